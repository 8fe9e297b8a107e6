import Foundation
import TestSupport
import Testing

/// Time at the desk, moved without sleeping: the agent runs with `SAV_CLOCK_OFFSET_FILE` (seconds added to its
/// clock) and a 100 ms sweep interval. Statistics on a known data set, then the sweeper's escalations.
@Suite("Support desk: statistics and the escalation sweeper", .enabled(if: TestEnvironment.hasBroker))
struct DeskClockTests {
    @Test("stats on a known data set; the sweeper escalates an untreated urgent ticket and an unanswered one")
    func clock() async throws {
        let folder = try TemporaryDirectory("sav-desk-clock")
        let offsetFile = folder.url.appendingPathComponent("clock-offset").path
        let clock = OffsetClock(path: offsetFile)
        try clock.set(0)
        try await SAVStack.with(sav: { _ in
            ["SAV_CLOCK_OFFSET_FILE": offsetFile, "SAV_SWEEP_INTERVAL_MS": "100"]
        }) { stack in
            try await Self.statistics(stack, clock: clock)
            try await Self.sweeper(stack, clock: clock)
        }
        folder.remove()
    }

    /// Four tickets at t0: answered after 600, 1200 and 1200 s; resolved after 1800, 1800 and 3600 s; rated 5, 4
    /// and 2 (the 2 escalates); the fourth escalated by hand. A fifth, made from an escalated conversation, closed.
    /// Two conversations completed, one of them without the bot handing it over.
    static func statistics(_ stack: SAVStack, clock: OffsetClock) async throws {
        let shop = try await stack.newTenant("stats")
        let customer = try await shop.customer()
        let agent = try await shop.agent()
        let a = try await stack.ticket(by: customer, subject: "A", category: "order_issue", priority: "high")["id"] as! String
        let b = try await stack.ticket(by: customer, subject: "B", category: "order_issue", priority: "low")["id"] as! String
        let c = try await stack.ticket(by: customer, subject: "C", category: "payment_issue", priority: "medium")["id"] as! String
        let d = try await stack.ticket(by: customer, subject: "D", category: "technical_issue", priority: "medium")["id"] as! String

        func answer(_ id: String) async throws {
            let reply = try await stack.post("/api/tickets/\(id)/messages", as: agent, json: ["message": "On it", "type": "agent_message"])
            #expect(reply.status == 201)
        }
        func resolve(_ id: String) async throws {
            #expect(try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "resolved"]).status == 200)
        }
        try clock.set(600)
        try await answer(a)
        try clock.set(1200)
        try await answer(b)
        try await answer(c)
        try clock.set(1800)
        try await resolve(a)
        try await resolve(b)
        try clock.set(3600)
        try await resolve(c)
        for (id, rating) in [(a, 5), (b, 4), (c, 2)] {
            #expect(try await stack.post("/api/tickets/\(id)/rating", as: customer, json: ["rating": rating]).status == 200)
        }
        #expect(try await stack.post("/api/tickets/\(d)/escalate", as: agent, json: ["reason": "server error"]).status == 200)

        // Two conversations with the bot: one it answers, one where the customer asks for a person (handed to the
        // desk: nobody is available, so it waits in the queue with its reason and summary). Both are closed.
        #expect(try await stack.post("/api/customer-service/faqs", as: shop.admin, json: [
            "question": "How long does delivery take?", "answer": "Delivery takes 3 to 5 working days."]).status == 201)
        let answered = try await stack.post("/api/customer-service/respond", as: customer,
                                            json: ["message": "Hello, how long does delivery take for my order #48213?"])
        #expect(answered["escalated"] as? Bool == false, "\(answered)")
        let human = try await stack.post("/api/customer-service/respond", as: customer,
                                         json: ["message": "I want to talk to a real person please"])
        #expect(human["escalated"] as? Bool == true, "\(human)")
        let humanId = try #require(human["conversationId"] as? String)
        let waiting = try await SAVStack.eventually("the escalated conversation in the queue") { () -> [String: Any]? in
            try await stack.get("/api/customer-service/queue", as: agent).items.first { $0["itemId"] as? String == humanId }
        }
        #expect(waiting["kind"] as? String == "conversation")
        #expect(waiting["reason"] as? String == "customer_requested_human")
        #expect((waiting["summary"] as? String)?.isEmpty == false)
        // A ticket made from the conversation carries its summary.
        let fromConversation = try await stack.post("/api/tickets", as: customer, json: [
            "subject": "Talk to someone", "description": "Follow-up of the chat", "category": "general_inquiry",
            "priority": "low", "conversationId": humanId])
        #expect(fromConversation.status == 201, "\(fromConversation)")
        #expect(fromConversation["conversationId"] as? String == humanId)
        #expect((fromConversation["summary"] as? String)?.contains("real person") == true, "\(fromConversation)")
        let fromConversationId = try #require(fromConversation["id"] as? String)
        #expect(try await stack.put("/api/tickets/\(fromConversationId)/status", as: agent, json: ["status": "closed"]).status == 200)
        for conversation in [answered["conversationId"] as? String, humanId].compactMap({ $0 }) {
            let closed = try await stack.post("/api/customer-service/conversations/\(conversation)/close", as: customer)
            #expect(closed.status == 200, "\(closed)")
        }
        #expect(try await stack.get("/api/customer-service/queue", as: agent).items.allSatisfy { $0["itemId"] as? String != humanId })

        let reply = try await stack.get("/api/tickets/stats?period=7d", as: agent)
        #expect(reply.status == 200, "\(reply)")
        let stats = reply.json
        // The ticket made from the conversation is the fifth: closed, never answered, never resolved.
        #expect(stats["total"] as? Int == 5)
        let byStatus = stats["byStatus"] as? [String: Int]
        #expect(byStatus == ["open": 0, "in_progress": 0, "pending": 0, "resolved": 2, "closed": 1, "escalated": 2])
        let byCategory = stats["byCategory"] as? [String: Int]
        #expect(byCategory?["order_issue"] == 2 && byCategory?["payment_issue"] == 1 && byCategory?["technical_issue"] == 1
                && byCategory?["general_inquiry"] == 1)
        #expect(byCategory?.values.reduce(0, +) == 5)
        #expect(stats["byPriority"] as? [String: Int] == ["low": 2, "medium": 2, "high": 1, "urgent": 0])
        let firstResponse = try #require(stats["firstResponse"] as? [String: Any])
        #expect(firstResponse["count"] as? Int == 3)
        Self.expectNear(firstResponse["meanSeconds"], 1000)
        Self.expectNear(firstResponse["p90Seconds"], 1200)
        let resolution = try #require(stats["resolution"] as? [String: Any])
        #expect(resolution["count"] as? Int == 3)
        Self.expectNear(resolution["meanSeconds"], 2400)
        Self.expectNear(resolution["p90Seconds"], 3600)
        #expect(stats["resolutionRate"] as? Double == 0.6)
        let csat = try #require(stats["csat"] as? [String: Any])
        #expect(csat["responses"] as? Int == 3)
        #expect(csat["meanRating"] as? Double == 3.67)
        #expect(csat["satisfiedShare"] as? Double == 0.6667)
        let escalations = try #require(stats["escalations"] as? [String: Any])
        #expect(escalations["total"] as? Int == 2)
        #expect(escalations["tickets"] as? Int == 2)
        #expect(escalations["bySource"] as? [String: Int] == ["manual": 1, "unanswered": 0, "urgent_untreated": 0, "low_rating": 1])
        let deflection = try #require(stats["botDeflection"] as? [String: Any])
        #expect(deflection["conversationsCompleted"] as? Int == 2)
        #expect(deflection["deflected"] as? Int == 1)
        #expect(deflection["rate"] as? Double == 0.5)

        let orders = try await stack.get("/api/tickets/stats?period=7d&category=order_issue", as: shop.admin)
        #expect(orders.json["total"] as? Int == 2)
        #expect(orders.json["resolutionRate"] as? Double == 1)
        #expect((orders.json["csat"] as? [String: Any])?["meanRating"] as? Double == 4.5)
        // A one-hour window seen from three hours later holds none of them.
        try clock.set(3 * 3600 + 3600)
        let later = try await stack.get("/api/tickets/stats?period=1h", as: agent)
        #expect(later.json["total"] as? Int == 0)
        #expect(later.json["resolutionRate"] is NSNull || later.json["resolutionRate"] == nil)
    }

    /// An urgent ticket untreated past 2 h is escalated (not the urgent one that was answered, not the medium one);
    /// past 48 h the unanswered medium one is escalated too. Each goes through the routing with its reason.
    static func sweeper(_ stack: SAVStack, clock: OffsetClock) async throws {
        let base: TimeInterval = 5 * 3600
        try clock.set(base)
        let shop = try await stack.newTenant("sweeper")
        let customer = try await shop.customer()
        let first = try await shop.agent("First"), second = try await shop.agent("Second")
        for agent in [first, second] {
            _ = try await stack.put("/api/customer-service/agents/me/availability", as: agent, json: ["available": true])
        }
        let untreated = try await stack.ticket(by: customer, subject: "Charged twice", category: "payment_issue", priority: "urgent")
        let treated = try await stack.ticket(by: customer, subject: "Locked out", category: "account_issue", priority: "urgent")
        let medium = try await stack.ticket(by: customer, subject: "Question", category: "general_inquiry", priority: "medium")
        let untreatedId = untreated["id"] as! String, treatedId = treated["id"] as! String, mediumId = medium["id"] as! String
        let holder = try #require(untreated["assigneeId"] as? String)
        #expect(try await stack.post("/api/tickets/\(treatedId)/messages", as: first,
                                     json: ["message": "Unlocked", "type": "agent_message"]).status == 201)

        // An hour later nothing has happened.
        try clock.set(base + 3600)
        try await Task.sleep(for: .milliseconds(400))
        #expect(try await stack.get("/api/tickets/\(untreatedId)", as: first)["status"] as? String == "open")

        try clock.set(base + 2 * 3600 + 60)
        let escalated = try await SAVStack.eventually("the sweeper to escalate the untreated urgent ticket") { () -> SAVStack.Reply? in
            let reply = try await stack.get("/api/tickets/\(untreatedId)", as: shop.admin)
            return reply["status"] as? String == "escalated" ? reply : nil
        }
        let history = try #require(escalated["escalations"] as? [[String: Any]])
        #expect(history.count == 1)
        #expect(history.first?["source"] as? String == "urgent_untreated")
        #expect((history.first?["reason"] as? String)?.contains("urgent ticket untreated for more than 2 h") == true)
        let handoff = try #require(escalated["handoff"] as? [String: Any])
        #expect(handoff["reason"] as? String == history.first?["reason"] as? String)
        #expect(handoff["state"] as? String == "assigned")
        #expect(handoff["agentId"] as? String != holder, "an escalation goes to another agent when one has room")
        #expect(try await stack.get("/api/tickets/\(treatedId)", as: shop.admin)["status"] as? String == "open")
        #expect(try await stack.get("/api/tickets/\(mediumId)", as: shop.admin)["status"] as? String == "open")

        try clock.set(base + 49 * 3600)
        let unanswered = try await SAVStack.eventually("the sweeper to escalate the unanswered ticket") { () -> SAVStack.Reply? in
            let reply = try await stack.get("/api/tickets/\(mediumId)", as: shop.admin)
            return reply["status"] as? String == "escalated" ? reply : nil
        }
        #expect((unanswered["escalations"] as? [[String: Any]])?.first?["source"] as? String == "unanswered")
        // The answered urgent ticket is open but answered: neither rule applies.
        try await Task.sleep(for: .milliseconds(400))
        #expect(try await stack.get("/api/tickets/\(treatedId)", as: shop.admin)["status"] as? String == "open")
        let stats = try await stack.get("/api/tickets/stats?period=7d", as: shop.admin)
        // This tenant's three tickets only (the statistics tenant's five are in the same window).
        #expect(stats.json["total"] as? Int == 3)
        #expect((stats.json["escalations"] as? [String: Any])?["bySource"] as? [String: Int]
                == ["manual": 0, "unanswered": 1, "urgent_untreated": 1, "low_rating": 0])
    }

    static func expectNear(_ value: Any?, _ expected: Double, tolerance: Double = 5, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let number = value as? Double else {
            Issue.record("expected a number near \(expected), got \(String(describing: value))", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(number - expected) <= tolerance, "\(number) is not within \(tolerance) of \(expected)", sourceLocation: sourceLocation)
    }
}

/// The file the agent reads its clock offset from (`SAV_CLOCK_OFFSET_FILE`).
struct OffsetClock: Sendable {
    let path: String

    func set(_ seconds: TimeInterval) throws {
        try String(seconds).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
