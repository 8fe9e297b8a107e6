import CommerceModels
import Foundation
import Messaging
import NIOHTTP1
import Synchronization
import TestSupport
import Testing

/// The support desk through a real gateway and a real sav-agent over sockets, with the real broker: tickets,
/// roles and tenants, routing to people, the queue, escalations and the notifications. One stack; every check
/// has tenants of its own.
@Suite("Support desk: tickets, routing, notifications", .enabled(if: TestEnvironment.hasBroker))
struct TicketDeskTests {
    @Test("tickets, roles, tenants, routing, queue, escalations and notifications through the gateway")
    func desk() async throws {
        try await SAVStack.with { stack in
            try await Self.crudFiltersAndPaging(stack)
            try await Self.transitionsNotesAndRoles(stack)
            try await Self.tenantIsolationAndBadRequests(stack)
            try await Self.escalationGoesToTheLeastLoaded(stack)
            try await Self.queueingAndConcurrentAssignment(stack)
            try await Self.lowRatingEscalates(stack)
            try await Self.notificationsReachTheQueue(stack)
        }
    }

    // MARK: - Create, list, get

    static func crudFiltersAndPaging(_ stack: SAVStack) async throws {
        let shop = try await stack.newTenant("crud")
        let alice = try await shop.customer("Alice")
        let bob = try await shop.customer("Bob")
        let agent = try await shop.agent()

        let first = try await stack.ticket(by: alice, subject: "Parcel late", category: "order_issue", priority: "high",
                                           extra: ["orderId": "A-1001", "contactEmail": "alice@mail.test"])
        #expect(first["status"] as? String == "open")
        #expect(first["orderId"] as? String == "A-1001")
        let customer = first["customer"] as? [String: Any]
        #expect(customer?["userId"] as? String == alice.userId)
        #expect(customer?["email"] as? String == "alice@mail.test")
        #expect((first["summary"] as? String)?.hasPrefix("Parcel late") == true)
        _ = try await stack.ticket(by: alice, subject: "Card refused", category: "payment_issue", priority: "low")
        _ = try await stack.ticket(by: alice, subject: "Broken mug", category: "product_issue", priority: "high")
        let bobs = try await stack.ticket(by: bob, subject: "Password reset", category: "account_issue", priority: "urgent")
        // Staff open one for a customer known by email only.
        let forCarol = try await stack.post("/api/tickets", as: agent, json: [
            "subject": "Phone call", "description": "Called about a refund", "category": "refund_request",
            "priority": "medium", "customer": ["email": "carol@mail.test", "name": "Carol"]])
        #expect(forCarol.status == 201, "\(forCarol)")
        #expect((forCarol["customer"] as? [String: Any])?["email"] as? String == "carol@mail.test")
        #expect(forCarol["createdBy"] as? String == agent.userId)

        // Staff see the tenant's five, newest first, in pages.
        let all = try await stack.get("/api/tickets", as: agent)
        #expect(all.status == 200)
        #expect(all.items.count == 5)
        #expect(all.items.first?["id"] as? String == forCarol["id"] as? String)
        let page1 = try await stack.get("/api/tickets?limit=2", as: agent)
        #expect(page1.items.count == 2)
        let cursor = try #require(page1["nextCursor"] as? String)
        let page2 = try await stack.get("/api/tickets?limit=2&cursor=\(cursor)", as: agent)
        let page3 = try await stack.get("/api/tickets?limit=2&cursor=\(try #require(page2["nextCursor"] as? String))", as: agent)
        #expect(page2.items.count == 2 && page3.items.count == 1)
        #expect(page3["nextCursor"] is NSNull)
        let pagedIds = (page1.items + page2.items + page3.items).compactMap { $0["id"] as? String }
        #expect(pagedIds == all.items.compactMap { $0["id"] as? String })

        // Filters.
        let high = try await stack.get("/api/tickets?priority=high", as: agent)
        #expect(Set(high.items.compactMap { $0["subject"] as? String }) == ["Parcel late", "Broken mug"])
        let payment = try await stack.get("/api/tickets?category=payment_issue", as: agent)
        #expect(payment.items.compactMap { $0["subject"] as? String } == ["Card refused"])
        let open = try await stack.get("/api/tickets?status=open&priority=urgent", as: agent)
        #expect(open.items.compactMap { $0["id"] as? String } == [bobs["id"] as! String])
        let resolved = try await stack.get("/api/tickets?status=resolved", as: agent)
        #expect(resolved.items.isEmpty)
        // Nobody is available in this tenant: every ticket is unassigned.
        let unassigned = try await stack.get("/api/tickets?assignee=none", as: agent)
        #expect(unassigned.items.count == 5)
        let mine = try await stack.get("/api/tickets?assignee=me", as: agent)
        #expect(mine.items.isEmpty)

        // Customers see only their own, in lists and one by one.
        let alicesList = try await stack.get("/api/tickets", as: alice)
        #expect(alicesList.items.count == 3)
        #expect(alicesList.items.allSatisfy { ($0["customer"] as? [String: Any])?["userId"] as? String == alice.userId })
        let bobsList = try await stack.get("/api/tickets?priority=high", as: bob)
        #expect(bobsList.items.isEmpty)
        let notBobs = try await stack.get("/api/tickets/\(first["id"] as! String)", as: bob)
        #expect(notBobs.status == 404 && notBobs.isErrorShape)
        let hers = try await stack.get("/api/tickets/\(first["id"] as! String)", as: alice)
        #expect(hers.status == 200)
        #expect(hers["messages"] as? [Any] != nil)
    }

    // MARK: - Transitions, internal notes, roles

    static func transitionsNotesAndRoles(_ stack: SAVStack) async throws {
        let shop = try await stack.newTenant("flow")
        let customer = try await shop.customer()
        let agent = try await shop.agent()
        let ticket = try await stack.ticket(by: customer, subject: "Wrong size", category: "product_issue", priority: "medium")
        let id = ticket["id"] as! String

        // Messages: the customer, an internal note, an agent answer (the first response).
        #expect(try await stack.post("/api/tickets/\(id)/messages", as: customer,
                                     json: ["message": "It is too small", "type": "customer_message"]).status == 201)
        let note = try await stack.post("/api/tickets/\(id)/messages", as: agent,
                                        json: ["message": "Customer has ordered twice before", "type": "internal_note"])
        #expect(note.status == 201 && note["type"] as? String == "internal_note")
        let answer = try await stack.post("/api/tickets/\(id)/messages", as: agent,
                                          json: ["message": "We will send a larger one", "type": "agent_message"])
        #expect(answer.status == 201)
        // A customer cannot post anything but customer messages.
        let sneaky = try await stack.post("/api/tickets/\(id)/messages", as: customer,
                                          json: ["message": "note to self", "type": "internal_note"])
        #expect(sneaky.status == 403 && sneaky.isErrorShape)

        let seenByCustomer = try await stack.get("/api/tickets/\(id)", as: customer)
        let customerTypes = (seenByCustomer["messages"] as? [[String: Any]])?.compactMap { $0["type"] as? String }
        #expect(customerTypes == ["customer_message", "agent_message"])
        #expect(!seenByCustomer.body.contains("ordered twice before"))
        let seenByStaff = try await stack.get("/api/tickets/\(id)", as: agent)
        let staffTypes = (seenByStaff["messages"] as? [[String: Any]])?.compactMap { $0["type"] as? String }
        #expect(staffTypes == ["customer_message", "internal_note", "agent_message"])
        #expect(seenByStaff["firstResponseAt"] is String)
        #expect(seenByCustomer["firstResponseAt"] as? String == seenByStaff["firstResponseAt"] as? String)

        // The state machine: open → in_progress → resolved; then illegal moves are 409 and change nothing.
        #expect(try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "in_progress"])["status"] as? String == "in_progress")
        let backToOpen = try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "open"])
        #expect(backToOpen.status == 409 && backToOpen.errorCode == "conflict" && backToOpen.isErrorShape)
        let same = try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "in_progress"])
        #expect(same.status == 409)
        let resolved = try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "resolved", "notes": "sent"])
        #expect(resolved.status == 200 && resolved["resolvedAt"] is String)
        let illegal = try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "pending"])
        #expect(illegal.status == 409)
        #expect(try await stack.get("/api/tickets/\(id)", as: agent)["status"] as? String == "resolved")
        // Customers may close (or reopen) but not work the ticket.
        let customerWorks = try await stack.put("/api/tickets/\(id)/status", as: customer, json: ["status": "in_progress"])
        #expect(customerWorks.status == 403)
        let closed = try await stack.put("/api/tickets/\(id)/status", as: customer, json: ["status": "closed"])
        #expect(closed.status == 200 && closed["closedAt"] is String)
        let reopen = try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "open"])
        #expect(reopen.status == 409)
        let lateMessage = try await stack.post("/api/tickets/\(id)/messages", as: customer,
                                               json: ["message": "hello?", "type": "customer_message"])
        #expect(lateMessage.status == 409)

        // Role checks.
        let other = try await stack.ticket(by: customer, subject: "Second", category: "other", priority: "low")
        let otherId = other["id"] as! String
        let byCustomer = try await stack.post("/api/tickets/\(otherId)/assign", as: customer, json: ["agentId": agent.userId])
        #expect(byCustomer.status == 403 && byCustomer.isErrorShape)
        let byAgent = try await stack.post("/api/tickets/\(otherId)/assign", as: agent, json: ["agentId": agent.userId])
        #expect(byAgent.status == 403)
        let byAdmin = try await stack.post("/api/tickets/\(otherId)/assign", as: shop.admin, json: ["agentId": agent.userId])
        #expect(byAdmin.status == 200 && byAdmin["assigneeId"] as? String == agent.userId)
        #expect(try await stack.get("/api/tickets/stats", as: customer).status == 403)
        #expect(try await stack.get("/api/customer-service/queue", as: customer).status == 403)
        #expect(try await stack.put("/api/customer-service/agents/me/availability", as: customer,
                                    json: ["available": true]).status == 403)
        let staffForSomeone = try await stack.post("/api/tickets", as: customer, json: [
            "subject": "x", "description": "y", "category": "other", "priority": "low", "customer": ["email": "z@mail.test"]])
        #expect(staffForSomeone.status == 403)
        #expect(try await stack.call(.GET, "/api/tickets").status == 401)
    }

    // MARK: - Tenants and bad requests

    static func tenantIsolationAndBadRequests(_ stack: SAVStack) async throws {
        let a = try await stack.newTenant("tenanta")
        let b = try await stack.newTenant("tenantb")
        let customerA = try await a.customer()
        let agentB = try await b.agent()
        let customerB = try await b.customer()
        let ticket = try await stack.ticket(by: customerA, subject: "Mine only", category: "other", priority: "medium")
        let id = ticket["id"] as! String
        let before = try await stack.get("/api/tickets/\(id)", as: a.admin)

        for account in [b.admin, agentB, customerB] {
            let replies = [
                try await stack.get("/api/tickets/\(id)", as: account),
                try await stack.post("/api/tickets/\(id)/assign", as: account, json: ["agentId": agentB.userId]),
                try await stack.put("/api/tickets/\(id)/status", as: account, json: ["status": "closed"]),
                try await stack.post("/api/tickets/\(id)/messages", as: account, json: ["message": "hi", "type": "customer_message"]),
                try await stack.post("/api/tickets/\(id)/rating", as: account, json: ["rating": 5]),
                try await stack.post("/api/tickets/\(id)/escalate", as: account, json: ["reason": "because"]),
            ]
            for (index, reply) in replies.enumerated() {
                // The assign route checks the role first (403 for non-admins); everything else is 404.
                let expected = index == 1 && account.role != "admin" ? 403 : 404
                #expect(reply.status == expected, "route \(index) as \(account.role): \(reply)")
                #expect(reply.isErrorShape)
            }
            #expect(try await stack.get("/api/tickets", as: account).items.isEmpty)
        }
        let after = try await stack.get("/api/tickets/\(id)", as: a.admin)
        #expect(after.canonical == before.canonical, "tenant B changed tenant A's ticket")

        // Bad requests: the one error shape, and nothing written.
        let bad: [(SAVStack.Reply, Int)] = [
            (try await stack.post("/api/tickets", as: customerA, json: ["description": "no subject", "category": "other", "priority": "low"]), 400),
            (try await stack.post("/api/tickets", as: customerA, json: ["subject": "s", "description": "d", "category": "other", "priority": "critical"]), 400),
            (try await stack.post("/api/tickets", as: customerA, json: ["subject": "s", "description": "d", "category": "nope", "priority": "low"]), 400),
            (try await stack.post("/api/tickets", as: customerA, json: ["subject": "  ", "description": "d", "category": "other", "priority": "low"]), 400),
            (try await stack.post("/api/tickets", as: customerA, json: ["subject": "s", "description": "d", "category": "other", "priority": "low", "contactEmail": "not-an-email"]), 400),
            (try await stack.post("/api/tickets", as: customerA, json: ["subject": "s", "description": "d", "category": "other", "priority": "low", "conversationId": UUID().uuidString]), 404),
            (try await stack.post("/api/tickets", as: a.admin, json: ["subject": "s", "description": "d", "category": "other", "priority": "low"]), 400),
            (try await stack.raw(.POST, "/api/tickets", token: customerA.accessToken, body: Array("{\"subject\":".utf8),
                                 headers: [("Content-Type", "application/json")]), 400),
            (try await stack.raw(.POST, "/api/tickets", token: customerA.accessToken, body: Array("subject=s".utf8),
                                 headers: [("Content-Type", "application/x-www-form-urlencoded")]), 415),
            (try await stack.put("/api/tickets/\(id)/status", as: a.admin, json: ["status": "done"]), 400),
            (try await stack.post("/api/tickets/\(id)/messages", as: a.admin, json: ["message": "", "type": "agent_message"]), 400),
            (try await stack.post("/api/tickets/\(id)/messages", as: a.admin, json: ["message": "x", "type": "shout"]), 400),
            (try await stack.post("/api/tickets/\(id)/rating", as: customerA, json: ["rating": 6]), 400),
            (try await stack.post("/api/tickets/\(id)/rating", as: customerA, json: ["rating": "five"]), 400),
            (try await stack.post("/api/tickets/\(id)/escalate", as: customerA, json: [:]), 400),
            (try await stack.post("/api/tickets/\(id)/assign", as: a.admin, json: ["agentId": "bob"]), 400),
            (try await stack.get("/api/tickets?status=lost", as: a.admin), 400),
            (try await stack.get("/api/tickets?limit=500", as: a.admin), 400),
            (try await stack.get("/api/tickets?cursor=bogus", as: a.admin), 400),
            (try await stack.get("/api/tickets/stats?period=forever", as: a.admin), 400),
            (try await stack.get("/api/tickets/not-a-uuid", as: a.admin), 404),
            (try await stack.put("/api/customer-service/agents/me/availability", as: a.admin, json: ["available": true, "capacity": 0]), 400),
        ]
        for (index, (reply, status)) in bad.enumerated() {
            #expect(reply.status == status, "bad request \(index): \(reply)")
            #expect(reply.isErrorShape, "bad request \(index): \(reply)")
        }
        #expect(try await stack.get("/api/tickets", as: a.admin).items.count == 1)
        #expect(try await stack.get("/api/tickets/\(id)", as: a.admin).canonical == before.canonical)
        #expect(try await stack.get("/api/customer-service/agents", as: a.admin).items.isEmpty)
    }

    // MARK: - Routing

    /// Three agents with loads 3, 1 and 2: a new ticket goes to the least loaded (B); when it is escalated it goes
    /// to the least loaded other than its holder (C), with the escalation's reason and the ticket's summary.
    static func escalationGoesToTheLeastLoaded(_ stack: SAVStack) async throws {
        let shop = try await stack.newTenant("routing")
        let customer = try await shop.customer()
        let a = try await shop.agent("A"), b = try await shop.agent("B"), c = try await shop.agent("C")
        for agent in [a, b, c] {
            let reply = try await stack.put("/api/customer-service/agents/me/availability", as: agent,
                                            json: ["available": true, "capacity": 10])
            #expect(reply.status == 200 && reply["capacity"] as? Int == 10 && reply["available"] as? Bool == true)
        }
        for (agent, count) in [(a, 3), (b, 1), (c, 2)] {
            for n in 0..<count {
                let ticket = try await stack.ticket(by: customer, subject: "Load \(n)", category: "other", priority: "low")
                let assigned = try await stack.post("/api/tickets/\(ticket["id"] as! String)/assign", as: shop.admin,
                                                    json: ["agentId": agent.userId])
                #expect(assigned.status == 200)
            }
        }
        let loads = try await stack.get("/api/customer-service/agents", as: shop.admin)
        let byAgent = Dictionary(uniqueKeysWithValues: loads.items.map { ($0["agentId"] as! String, $0["openItems"] as! Int) })
        #expect(byAgent == [a.userId: 3, b.userId: 1, c.userId: 2])

        let ticket = try await stack.ticket(by: customer, subject: "Refund never arrived",
                                            description: "I returned the boots on March 3 and still have no refund.",
                                            category: "refund_request", priority: "high")
        let id = ticket["id"] as! String
        #expect(ticket["assigneeId"] as? String == b.userId)

        let escalated = try await stack.post("/api/tickets/\(id)/escalate", as: b, json: ["reason": "needs a supervisor"])
        #expect(escalated.status == 200, "\(escalated)")
        #expect(escalated["status"] as? String == "escalated")
        #expect(escalated["assigneeId"] as? String == c.userId)
        let handoff = try #require(escalated["handoff"] as? [String: Any])
        #expect(handoff["reason"] as? String == "needs a supervisor")
        #expect(handoff["agentId"] as? String == c.userId)
        #expect(handoff["state"] as? String == "assigned")
        #expect(handoff["priority"] as? String == "urgent")
        #expect((handoff["summary"] as? String)?.contains("Refund never arrived") == true)
        #expect((handoff["summary"] as? String)?.contains("boots") == true)
        let history = try #require(escalated["escalations"] as? [[String: Any]])
        #expect(history.count == 1 && history.first?["reason"] as? String == "needs a supervisor"
                && history.first?["source"] as? String == "manual")
        let again = try await stack.post("/api/tickets/\(id)/escalate", as: b, json: ["reason": "again"])
        #expect(again.status == 409)
        let after = try await stack.get("/api/customer-service/agents", as: shop.admin)
        let loadsAfter = Dictionary(uniqueKeysWithValues: after.items.map { ($0["agentId"] as! String, $0["openItems"] as! Int) })
        #expect(loadsAfter == [a.userId: 3, b.userId: 1, c.userId: 3])
    }

    /// Nobody available: tickets wait by priority then age (with reason and summary); an agent who becomes
    /// available receives the most urgent, and the next when they finish one. Ten tickets created at once for
    /// an agent of capacity 2: exactly two assigned, none twice.
    static func queueingAndConcurrentAssignment(_ stack: SAVStack) async throws {
        let shop = try await stack.newTenant("queue")
        let customer = try await shop.customer()
        let agent = try await shop.agent()
        let low = try await stack.ticket(by: customer, subject: "Low one", category: "other", priority: "low")
        let urgent = try await stack.ticket(by: customer, subject: "Urgent one", category: "payment_issue", priority: "urgent")
        let medium = try await stack.ticket(by: customer, subject: "Medium one", category: "other", priority: "medium")
        #expect([low, urgent, medium].allSatisfy { $0["assigneeId"] == nil })

        let queue = try await stack.get("/api/customer-service/queue", as: agent)
        #expect(queue.status == 200)
        #expect(queue.items.compactMap { $0["itemId"] as? String } == [urgent, medium, low].map { $0["id"] as! String })
        #expect(queue.items.first?["reason"] as? String == "new ticket")
        #expect((queue.items.first?["summary"] as? String)?.hasPrefix("Urgent one") == true)
        #expect(queue.items.first?["kind"] as? String == "ticket")
        #expect(queue.items.first?["waitingSeconds"] as? Int != nil)

        let available = try await stack.put("/api/customer-service/agents/me/availability", as: agent,
                                            json: ["available": true, "capacity": 1])
        #expect(available["openItems"] as? Int == 1)
        #expect(try await stack.get("/api/tickets/\(urgent["id"] as! String)", as: agent)["assigneeId"] as? String == agent.userId)
        #expect(try await stack.get("/api/customer-service/queue", as: agent).items.compactMap { $0["itemId"] as? String }
                == [medium, low].map { $0["id"] as! String })
        // Finishing the urgent one frees the capacity: the medium one follows.
        #expect(try await stack.put("/api/tickets/\(urgent["id"] as! String)/status", as: agent, json: ["status": "resolved"]).status == 200)
        #expect(try await stack.get("/api/tickets/\(medium["id"] as! String)", as: agent)["assigneeId"] as? String == agent.userId)
        // Raising the capacity hands out the rest.
        let more = try await stack.put("/api/customer-service/agents/me/availability", as: agent, json: ["available": true, "capacity": 2])
        #expect(more["openItems"] as? Int == 2)
        #expect(try await stack.get("/api/customer-service/queue", as: agent).items.isEmpty)

        // Concurrency: a fresh tenant, one agent with room for two, ten tickets at once.
        let busy = try await stack.newTenant("concurrent")
        let buyer = try await busy.customer()
        let solo = try await busy.agent()
        _ = try await stack.put("/api/customer-service/agents/me/availability", as: solo, json: ["available": true, "capacity": 2])
        // Each creation answers with the ticket's assignee at its commit (nil: queued).
        let assignees = try await withThrowingTaskGroup(of: String?.self) { group in
            for n in 0..<10 {
                group.addTask {
                    try await stack.ticket(by: buyer, subject: "Rush \(n)", category: "other", priority: "medium")["assigneeId"] as? String
                }
            }
            var all: [String?] = []
            for try await assignee in group { all.append(assignee) }
            return all
        }
        #expect(assignees.count == 10)
        #expect(assignees.filter { $0 == solo.userId }.count == 2)
        #expect(assignees.filter { $0 == nil }.count == 8)
        let held = try await stack.get("/api/tickets?assignee=me", as: solo)
        #expect(held.items.count == 2)
        #expect(try await stack.get("/api/customer-service/queue", as: solo).items.count == 8)
        #expect(try await stack.get("/api/customer-service/agents", as: busy.admin).items.first?["openItems"] as? Int == 2)
    }

    /// A rating of 2 escalates the ticket at once, with its reason; a ticket is rated once, by its customer only.
    static func lowRatingEscalates(_ stack: SAVStack) async throws {
        let shop = try await stack.newTenant("rating")
        let customer = try await shop.customer()
        let agent = try await shop.agent()
        let ticket = try await stack.ticket(by: customer, subject: "Late delivery", category: "order_issue", priority: "medium")
        let id = ticket["id"] as! String
        let early = try await stack.post("/api/tickets/\(id)/rating", as: customer, json: ["rating": 5])
        #expect(early.status == 409)
        #expect(try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "resolved"]).status == 200)
        let byStaff = try await stack.post("/api/tickets/\(id)/rating", as: agent, json: ["rating": 5])
        #expect(byStaff.status == 403)
        let rated = try await stack.post("/api/tickets/\(id)/rating", as: customer, json: ["rating": 2, "comment": "still waiting"])
        #expect(rated.status == 200, "\(rated)")
        #expect(rated["status"] as? String == "escalated")
        #expect((rated["rating"] as? [String: Any])?["rating"] as? Int == 2)
        let staffView = try await stack.get("/api/tickets/\(id)", as: agent)
        let history = try #require(staffView["escalations"] as? [[String: Any]])
        #expect(history.count == 1)
        #expect(history.first?["source"] as? String == "low_rating")
        #expect((history.first?["reason"] as? String)?.contains("2/5") == true)
        // Nobody is available: the escalated ticket waits in the queue with its reason.
        let queue = try await stack.get("/api/customer-service/queue", as: agent)
        #expect(queue.items.first?["itemId"] as? String == id)
        #expect((queue.items.first?["reason"] as? String)?.contains("2/5") == true)
        let twice = try await stack.post("/api/tickets/\(id)/rating", as: customer, json: ["rating": 4])
        #expect(twice.status == 409)
    }

    // MARK: - Notifications

    /// Creating, answering and resolving a ticket publish `ticket.created`, `ticket.answered` and
    /// `ticket.resolved` (with the rating link) on `notifications`, each with its message id as the AMQP
    /// message_id and the caller's request id in `x-request-id`.
    static func notificationsReachTheQueue(_ stack: SAVStack) async throws {
        let shop = try await stack.newTenant("notify")
        let customer = try await shop.customer("Dana")
        let agent = try await shop.agent()
        let requestId = "desk-notify-\(SAVStack.unique())"
        let created = try await stack.call(.POST, "/api/tickets", token: customer.accessToken, json: [
            "subject": "Where is my parcel", "description": "Order 5521 has not arrived", "category": "order_issue",
            "priority": "high", "contactEmail": "dana@mail.test"], headers: [("X-Request-ID", requestId)])
        #expect(created.status == 201)
        let id = created["id"] as! String
        _ = try await stack.post("/api/tickets/\(id)/messages", as: agent, json: ["message": "It ships today", "type": "agent_message"])
        _ = try await stack.put("/api/tickets/\(id)/status", as: agent, json: ["status": "resolved"])

        let received = try await NotificationQueueReader.read(tenantId: shop.id) { received in
            Set(received.map(\.notification.type)).isSuperset(of: [.ticketCreated, .ticketAnswered, .ticketResolved])
        }
        let byType = Dictionary(received.map { ($0.notification.type, $0) }) { first, _ in first }
        let creation = try #require(byType[.ticketCreated])
        #expect(creation.notification.ticket.id == id)
        #expect(creation.notification.ticket.subject == "Where is my parcel")
        #expect(creation.notification.recipient.email == "dana@mail.test")
        #expect(creation.notification.recipient.userId == customer.userId)
        #expect(creation.messageId == creation.notification.messageId)
        #expect(creation.requestId == requestId)
        #expect(creation.notification.requestId == requestId)
        #expect(byType[.ticketAnswered]?.notification.message == "It ships today")
        let resolution = try #require(byType[.ticketResolved])
        #expect(resolution.notification.ratingURL?.contains("/api/tickets/\(id)/rating") == true)
        #expect(resolution.notification.ticket.status == "resolved")
        #expect(Set(received.map(\.messageId)).count == received.count)
    }
}

// MARK: - Helpers

extension SAVStack {
    /// Opens a ticket as `account` (a customer) and returns it; fails the test unless 201.
    func ticket(
        by account: Account, subject: String, description: String = "Please help with this.", category: String,
        priority: String, extra: [String: Any] = [:]
    ) async throws -> [String: Any] {
        var body: [String: Any] = ["subject": subject, "description": description, "category": category, "priority": priority]
        body.merge(extra) { $1 }
        let reply = try await post("/api/tickets", as: account, json: body)
        guard reply.status == 201 else { throw TestSupportError("create ticket: \(reply)") }
        return reply.json
    }
}

/// Reads the `notifications` queue of the test broker for one tenant's events: acks those (they are ours), leaves
/// every other message unsettled, so the broker gives it back when the connection closes.
enum NotificationQueueReader {
    struct Received: Sendable {
        var notification: SupportNotification
        var messageId: String?
        var requestId: String?
        var type: String?
    }

    static func read(
        tenantId: String, brokerURL: String? = SAVStack.brokerURL, timeout: Duration = .seconds(20),
        until done: @escaping @Sendable ([Received]) -> Bool
    ) async throws -> [Received] {
        let url = try #require(brokerURL)
        let connection = AMQPConnection(
            configuration: try AMQPConfiguration(url: url, connectionName: "sav-desk-tests"), topology: .commerce)
        let finished = Flag()
        return try await withThrowingTaskGroup(of: [Received]?.self) { group in
            group.addTask {
                try await connection.run()
                return nil
            }
            group.addTask {
                try await connection.waitUntilConnected()
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .iso8601
                var received: [Received] = []
                var others: [Delivery] = []
                for try await delivery in connection.consume(queue: Topology.QueueName.notifications, prefetch: 1000) {
                    guard let notification = try? decoder.decode(SupportNotification.self, from: Data(delivery.body)),
                          notification.tenantId == tenantId
                    else {
                        others.append(delivery)
                        continue
                    }
                    received.append(Received(notification: notification, messageId: delivery.messageId,
                                             requestId: delivery.requestId, type: delivery.type))
                    try await delivery.ack()
                    if done(received) { break }
                }
                // Not ours: handed back now rather than held until the connection drains.
                for delivery in others { try? await delivery.nack(requeue: true) }
                return received
            }
            group.addTask {
                let deadline = ContinuousClock.now + timeout
                while !finished.isSet {
                    guard ContinuousClock.now < deadline else { throw TestSupportError("notifications not received in \(timeout)") }
                    try await Task.sleep(for: .milliseconds(100))
                }
                return nil
            }
            var result: [Received] = []
            do {
                while let next = try await group.next() {
                    if let next { result = next; break }
                }
            } catch {
                finished.set()
                connection.shutdown()
                group.cancelAll()
                throw error
            }
            finished.set()
            connection.shutdown()
            while try await group.next() != nil {}
            return result
        }
    }
}

extension SAVStack.Reply {
    /// The JSON body with sorted keys, to compare two bodies whatever the key order.
    var canonical: String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
    }
}

/// A flag shared between tasks.
final class Flag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}
