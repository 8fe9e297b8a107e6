import Foundation
import TestSupport
import Testing

/// `POST /api/customer-service/respond` through a real gateway and a real sav-agent: answers drawn from the tenant's
/// own FAQ entries (cached, refreshed when they change), order numbers, the conversation's history, the language,
/// every automatic escalation reason, the bot falling silent once a person is needed, and bad requests.
@Suite(.serialized, .enabled(if: TestEnvironment.hasBroker, "needs the test broker (COMMERCE_TEST_AMQP_URL)"))
struct RespondTests {
    static func respond(
        _ stack: SAVStack, as account: SAVStack.Account, _ message: String, conversationId: String? = nil,
        extra: [String: Any] = [:]
    ) async throws -> SAVStack.Reply {
        var body: [String: Any] = ["message": message]
        if let conversationId { body["conversationId"] = conversationId }
        body.merge(extra) { $1 }
        return try await stack.post("/api/customer-service/respond", as: account, json: body)
    }

    static func faq(_ stack: SAVStack, as admin: SAVStack.Account, _ question: String, _ answer: String) async throws -> String {
        let created = try await stack.post(
            "/api/customer-service/faqs", as: admin, json: ["question": question, "answer": answer])
        guard created.status == 201, let id = created["id"] as? String else { throw TestSupportError("faq: \(created)") }
        return id
    }

    static func sources(_ reply: SAVStack.Reply) -> [(type: String, id: String)] {
        (reply["sources"] as? [[String: Any]] ?? []).map { ($0["type"] as? String ?? "", $0["id"] as? String ?? "") }
    }

    @Test("answers from the tenant's own FAQ with the order number, keeps the history, refreshes the index, answers in French")
    func answersFromOwnKnowledge() async throws {
        try await SAVStack.with { stack in
            let shop = try await stack.newTenant("shop")
            let other = try await stack.newTenant("other")
            let delivery = try await Self.faq(
                stack, as: shop.admin, "How long does delivery take?",
                "Delivery takes 3 to 5 working days in mainland France. You get a tracking link by email.")
            let returns = try await Self.faq(
                stack, as: shop.admin, "How do I return an item?",
                "You can return an item within 30 days from your account, section Returns, and print the prepaid label.")
            let customer = try await shop.customer("Alice")

            // The delivery FAQ and the order number are cited.
            let first = try await Self.respond(stack, as: customer, "Hello, how long does delivery take for my order #48213?")
            #expect(first.status == 200, "\(first)")
            let sources = Self.sources(first)
            #expect(sources.first?.type == "faq" && sources.first?.id == delivery, "\(first)")
            #expect(sources.contains { $0.type == "order" && $0.id == "48213" }, "\(first)")
            #expect(!sources.contains { $0.id == returns }, "\(first)")
            let reply = first["reply"] as? String ?? ""
            #expect(reply.contains("3 to 5 working days") && reply.contains("48213"), "\(reply)")
            #expect(first["escalated"] as? Bool == false)
            #expect(first["category"] is String && first["confidence"] is Double)
            let sentiment = first["sentiment"] as? [String: Any]
            #expect(["positive", "neutral", "negative"].contains(sentiment?["label"] as? String ?? "") && sentiment?["score"] is Double)
            let conversationId = try #require(first["conversationId"] as? String)

            // History: the next message names no order, the answer still knows it.
            let second = try await Self.respond(
                stack, as: customer, "It still has not arrived, where is my parcel?", conversationId: conversationId)
            #expect(second.status == 200, "\(second)")
            #expect(second["conversationId"] as? String == conversationId)
            #expect(Self.sources(second).contains { $0.type == "order" && $0.id == "48213" }, "\(second)")
            #expect((second["reply"] as? String ?? "").contains("48213"), "\(second)")
            let detail = try await stack.get("/api/customer-service/conversations/\(conversationId)", as: customer)
            #expect(detail.status == 200, "\(detail)")
            let senders = (detail["messages"] as? [[String: Any]] ?? []).map { $0["sender"] as? String ?? "" }
            #expect(senders == ["customer", "bot", "customer", "bot"], "\(detail)")
            #expect(detail["status"] as? String == "active" && detail["channel"] as? String == "web")

            // The index follows the FAQ: a new entry is cited at once, a deleted one no more.
            let giftCards = try await Self.faq(
                stack, as: shop.admin, "Do you sell gift cards?", "Yes, gift cards from 10 to 200 euros are sold in our shop.")
            let third = try await Self.respond(stack, as: customer, "Do you sell gift cards?", extra: ["channel": "api"])
            #expect(third.status == 200, "\(third)")
            #expect(Self.sources(third).first?.id == giftCards, "\(third)")
            let deleted = try await stack.call(.DELETE, "/api/customer-service/faqs/\(giftCards)", token: shop.admin.accessToken)
            #expect(deleted.status == 204)
            let fourth = try await Self.respond(stack, as: customer, "Do you sell gift cards?")
            #expect(!Self.sources(fourth).contains { $0.id == giftCards }, "\(fourth)")

            // Another tenant never gets this tenant's entries.
            let stranger = try await other.customer()
            let foreign = try await Self.respond(stack, as: stranger, "How long does delivery take?")
            #expect(foreign.status == 200)
            #expect(!Self.sources(foreign).contains { $0.type == "faq" }, "\(foreign)")

            // French in, French out, from the tenant's French entry.
            let retours = try await Self.faq(
                stack, as: shop.admin, "Comment retourner un article ?",
                "Vous pouvez retourner un article sous 30 jours depuis votre compte, rubrique Retours.")
            let french = try await Self.respond(stack, as: customer, "Bonjour, je voudrais retourner un article, comment faire ?")
            #expect(french.status == 200)
            #expect((french["reply"] as? String ?? "").hasPrefix("Bonjour"), "\(french)")
            #expect(Self.sources(french).first?.id == retours, "\(french)")
            #expect((french["reply"] as? String ?? "").contains("sous 30 jours"), "\(french)")
        }
    }

    @Test("escalates for each reason, explains it, hands off to the desk, and the bot then stays silent")
    func escalations() async throws {
        try await SAVStack.with(sav: { _ in ["SAV_REFUND_ESCALATION_AMOUNT": "100", "SAV_MAX_UNHELPFUL_ANSWERS": "2"] }) { stack in
            let shop = try await stack.newTenant("escalating")
            _ = try await Self.faq(stack, as: shop.admin, "How long does delivery take?", "Delivery takes 3 to 5 working days.")
            let customer = try await shop.customer()
            let agent = try await shop.agent()

            // A person asked for.
            let human = try await Self.respond(stack, as: customer, "I want to talk to a real person please")
            #expect(human["escalated"] as? Bool == true, "\(human)")
            #expect(human["escalationReason"] as? String == "customer_requested_human", "\(human)")
            let humanId = try #require(human["conversationId"] as? String)

            // Once transferred, the bot is silent: the message is stored, the reply says a person will answer.
            let after = try await Self.respond(stack, as: customer, "How long does delivery take?", conversationId: humanId)
            #expect(after.status == 200)
            #expect(after["escalated"] as? Bool == true)
            #expect((after["reply"] as? String ?? "").contains("member of our team"), "\(after)")
            #expect(Self.sources(after).isEmpty)
            let detail = try await stack.get("/api/customer-service/conversations/\(humanId)", as: agent)
            #expect(detail["status"] as? String == "transferred" && detail["escalated"] as? Bool == true)
            #expect(detail["escalationReason"] as? String == "customer_requested_human")
            let messages = detail["messages"] as? [[String: Any]] ?? []
            #expect(messages.map { $0["sender"] as? String ?? "" } == ["customer", "bot", "customer"], "\(detail)")
            #expect(messages.last?["text"] as? String == "How long does delivery take?")

            // The desk received it (nobody is available: it waits in the queue) with its reason, priority and summary.
            let queue = try await stack.get("/api/customer-service/queue", as: agent)
            #expect(queue.status == 200, "\(queue)")
            let waiting = try #require(queue.items.first { $0["itemId"] as? String == humanId }, "\(queue)")
            #expect(waiting["kind"] as? String == "conversation" && waiting["reason"] as? String == "customer_requested_human")
            #expect(waiting["priority"] as? String == "medium")
            #expect((waiting["summary"] as? String ?? "").contains("real person"), "\(waiting)")

            // A large refund, not a small one.
            let refund = try await Self.respond(stack, as: customer, "I want a refund of 250 € for order #77812")
            #expect(refund["escalationReason"] as? String == "refund_above_threshold", "\(refund)")
            let small = try await Self.respond(stack, as: customer, "I would like a refund of 20 € for order #77813")
            #expect(small["escalated"] as? Bool == false, "\(small)")

            // Strongly negative.
            let angry = try await Self.respond(
                stack, as: customer, "This is absolutely disgusting, the worst service ever, I am furious and I hate your shop!")
            #expect(angry["escalationReason"] as? String == "very_negative_sentiment", "\(angry)")

            // Not understood.
            let unclear = try await Self.respond(stack, as: customer, "blorp zxq fnord wibble")
            #expect(unclear["escalationReason"] as? String == "low_confidence", "\(unclear)")

            // Two answers in a row without a source.
            let firstMiss = try await Self.respond(stack, as: customer, "I cannot log in to my customer account")
            #expect(firstMiss["escalated"] as? Bool == false, "\(firstMiss)")
            let missId = try #require(firstMiss["conversationId"] as? String)
            let secondMiss = try await Self.respond(
                stack, as: customer, "My account password reset does not work", conversationId: missId)
            #expect(secondMiss["escalationReason"] as? String == "repeated_failure", "\(secondMiss)")

            // Staff see what waits, by status.
            let transferred = try await stack.get("/api/customer-service/conversations?status=transferred", as: agent)
            #expect(transferred.status == 200)
            let reasons = Set(transferred.items.compactMap { $0["escalationReason"] as? String })
            #expect(reasons == ["customer_requested_human", "refund_above_threshold", "very_negative_sentiment",
                                "low_confidence", "repeated_failure"], "\(transferred)")
        }
    }

    @Test("bad requests answer the error shape and change nothing; customers and other tenants see only their own")
    func badRequestsAndScoping() async throws {
        try await SAVStack.with { stack in
            let shop = try await stack.newTenant("strict")
            let other = try await stack.newTenant("foreign")
            let customer = try await shop.customer()
            let neighbour = try await shop.customer()
            let agent = try await shop.agent()
            let foreignAgent = try await other.agent()

            let cases: [(String, Any?, Int)] = [
                ("missing message", [String: Any](), 400),
                ("empty message", ["message": "   "], 400),
                ("message not a string", ["message": 42], 400),
                ("too long", ["message": String(repeating: "a", count: 4001)], 400),
                ("conversationId not a UUID", ["message": "hi", "conversationId": "nope"], 400),
                ("unknown conversation", ["message": "hi", "conversationId": UUID().uuidString], 404),
                ("unknown channel", ["message": "hi", "channel": "fax"], 400),
                ("bad email", ["message": "hi", "customer": ["email": "not-an-email"]], 400),
                ("bad phone", ["message": "hi", "customer": ["phone": "call me maybe"]], 400),
            ]
            for (name, body, status) in cases {
                let reply = try await stack.call(.POST, "/api/customer-service/respond", token: customer.accessToken, json: body)
                #expect(reply.status == status && reply.isErrorShape, "\(name): \(reply)")
            }
            let notJSON = try await stack.raw(
                .POST, "/api/customer-service/respond", token: customer.accessToken, body: Array("message=hi".utf8),
                headers: [("Content-Type", "application/x-www-form-urlencoded")])
            #expect(notJSON.status == 415 && notJSON.isErrorShape, "\(notJSON)")
            let malformed = try await stack.raw(
                .POST, "/api/customer-service/respond", token: customer.accessToken, body: Array("{\"message\":".utf8),
                headers: [("Content-Type", "application/json")])
            #expect(malformed.status == 400 && malformed.isErrorShape, "\(malformed)")
            let anonymous = try await stack.call(.POST, "/api/customer-service/respond", json: ["message": "hi"])
            #expect(anonymous.status == 401 && anonymous.isErrorShape)
            // Nothing was stored by any of them.
            let none = try await stack.get("/api/customer-service/conversations", as: agent)
            #expect(none.status == 200 && none.items.isEmpty, "\(none)")

            // A conversation of this customer.
            let mine = try await Self.respond(stack, as: customer, "Where is my order #30303?")
            let id = try #require(mine["conversationId"] as? String)

            // Another customer of the same tenant: not found, and their list is empty.
            #expect(try await stack.get("/api/customer-service/conversations/\(id)", as: neighbour).status == 404)
            #expect(try await Self.respond(stack, as: neighbour, "hello", conversationId: id).status == 404)
            #expect(try await stack.post("/api/customer-service/conversations/\(id)/close", as: neighbour).status == 404)
            #expect(try await stack.get("/api/customer-service/conversations", as: neighbour).items.isEmpty)
            #expect(try await stack.get("/api/customer-service/conversations", as: customer).items.count == 1)
            // Customers do not take over or write as agents.
            #expect(try await stack.post("/api/customer-service/conversations/\(id)/take-over", as: customer).status == 403)

            // Another tenant: 404 on every route.
            let foreignCustomer = try await other.customer()
            for (method, path, body) in [
                ("GET", "/api/customer-service/conversations/\(id)", nil),
                ("POST", "/api/customer-service/conversations/\(id)/take-over", nil),
                ("POST", "/api/customer-service/conversations/\(id)/send", ["message": "hello"]),
                ("POST", "/api/customer-service/conversations/\(id)/close", nil),
            ] as [(String, String, [String: Any]?)] {
                let reply = try await stack.call(method == "GET" ? .GET : .POST, path, token: foreignAgent.accessToken, json: body)
                #expect(reply.status == 404 && reply.isErrorShape, "\(method) \(path): \(reply)")
            }
            #expect(try await Self.respond(stack, as: foreignCustomer, "hi", conversationId: id).status == 404)
            #expect(try await stack.get("/api/customer-service/conversations", as: foreignAgent).items.isEmpty)
            // Unchanged by all of it.
            let detail = try await stack.get("/api/customer-service/conversations/\(id)", as: agent)
            #expect(detail["status"] as? String == "active" && (detail["messages"] as? [Any])?.count == 2, "\(detail)")

            // Lists: bad status and cursor are 400; paging walks every item once.
            #expect(try await stack.get("/api/customer-service/conversations?status=open", as: agent).status == 400)
            #expect(try await stack.get("/api/customer-service/conversations?cursor=zzz", as: agent).status == 400)
            #expect(try await stack.get("/api/customer-service/conversations?limit=0", as: agent).status == 400)
            for index in 0..<3 { _ = try await Self.respond(stack, as: customer, "Question number \(index) about my order #4040\(index)") }
            var seen: [String] = []
            var cursor: String?
            repeat {
                let page = try await stack.get(
                    "/api/customer-service/conversations?limit=2" + (cursor.map { "&cursor=\($0)" } ?? ""), as: agent)
                #expect(page.status == 200)
                seen += page.items.compactMap { $0["id"] as? String }
                cursor = page["nextCursor"] as? String
            } while cursor != nil
            #expect(seen.count == 4 && Set(seen).count == 4 && seen.contains(id))
        }
    }
}
