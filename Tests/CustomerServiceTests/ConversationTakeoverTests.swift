import Foundation
import TestSupport
import Testing

/// Human take-over through a real gateway and sav-agent: one holder (a second agent gets 409), the bot silenced,
/// the customer's next message reaching the conversation, the agent's messages (holder only, 1600 characters),
/// the close (closing message, duration, 409 the second time); and the outbox: messages to a WhatsApp customer
/// wait there while the tenant has no credentials, and leave through the queue once credentials are saved.
@Suite(.serialized, .enabled(if: TestEnvironment.hasBroker, "needs the test broker (COMMERCE_TEST_AMQP_URL)"))
struct ConversationTakeoverTests {
    @Test("take-over, agent messages, close; outbox without credentials, sent once they arrive")
    func takeOverAndClose() async throws {
        let fake = try await FakeChannelProviders.start()
        defer { fake.stop() }
        let env = fake.environment
        try await SAVStack.with(sav: { _ in env }) { stack in
            let shop = try await stack.newTenant("desk")
            let customer = try await shop.customer()
            let agent = try await shop.agent("Agent One")
            let second = try await shop.agent("Agent Two")
            let base = "/api/customer-service/conversations"

            let opened = try await RespondTests.respond(
                stack, as: customer, "Hello, my order #61616 has not arrived yet",
                extra: ["channel": "whatsapp", "customer": ["name": "Bob", "phone": "+33 6 12 34 56 78"]])
            #expect(opened.status == 200, "\(opened)")
            let id = try #require(opened["conversationId"] as? String)

            // Nobody holds it yet: writing is a conflict; a bad body is 400.
            let early = try await stack.post("\(base)/\(id)/send", as: agent, json: ["message": "Hi"])
            #expect(early.status == 409 && early.isErrorShape, "\(early)")

            // The first agent takes it over; the second gets 409; the first again is harmless.
            let taken = try await stack.post("\(base)/\(id)/take-over", as: agent)
            #expect(taken.status == 200, "\(taken)")
            #expect(taken["takenOverBy"] as? String == agent.userId && taken["status"] as? String == "transferred")
            let conflict = try await stack.post("\(base)/\(id)/take-over", as: second)
            #expect(conflict.status == 409 && conflict.isErrorShape, "\(conflict)")
            #expect(try await stack.post("\(base)/\(id)/take-over", as: agent).status == 200)

            // The agent follows the conversation's room in real time.
            let live = try await RealtimeTestClient.connect(stack.baseURL, token: agent.accessToken)
            defer { Task { await live.close() } }
            #expect(try await live.join(conversation: id) == "joined")

            // The bot is silent; the customer's message reaches the conversation and the agent, live.
            let next = try await RespondTests.respond(stack, as: customer, "Hello? Is anyone there?", conversationId: id)
            #expect(next.status == 200 && next["escalated"] as? Bool == true, "\(next)")
            #expect(RespondTests.sources(next).isEmpty)
            let pushed = try await live.waitFor("new_message") { event in
                (event["data"] as? [String: Any])?["text"] as? String == "Hello? Is anyone there?"
            }
            #expect((pushed["data"] as? [String: Any])?["sender"] as? String == "customer", "\(pushed)")
            #expect(live.events("new_message").count == 1, "the bot answered: \(live.events("new_message"))")

            // Only the holder writes, within 1600 characters.
            for (who, body, status) in [
                (second, ["message": "Hello"], 403), (agent, ["message": ""], 400),
                (agent, ["message": String(repeating: "x", count: 1601)], 400), (agent, ["text": "Hello"], 400),
            ] as [(SAVStack.Account, [String: Any], Int)] {
                let reply = try await stack.post("\(base)/\(id)/send", as: who, json: body)
                #expect(reply.status == status && reply.isErrorShape, "\(reply)")
            }
            let sent = try await stack.post("\(base)/\(id)/send", as: agent, json: ["message": "I'm checking order 61616 now."])
            #expect(sent.status == 201 && sent["sender"] as? String == "agent", "\(sent)")

            var detail = try await stack.get("\(base)/\(id)", as: customer)
            let senders = (detail["messages"] as? [[String: Any]] ?? []).map { $0["sender"] as? String ?? "" }
            #expect(senders == ["customer", "bot", "system", "customer", "agent"], "\(detail)")

            // No WhatsApp credentials: the take-over notice and the agent's message wait in the outbox, visible.
            let outbox = try await stack.get("/api/customer-service/outbox?status=pending", as: agent)
            #expect(outbox.status == 200)
            #expect(outbox.items.count == 2, "\(outbox)")
            #expect(outbox.items.allSatisfy { ($0["lastError"] as? String ?? "").contains("credentials") && $0["recipient"] as? String == "+33612345678" })
            #expect(fake.received().isEmpty)
            #expect(try await stack.get("/api/customer-service/outbox?status=lost", as: agent).status == 400)
            #expect(try await stack.get("/api/customer-service/outbox", as: customer).status == 403)

            // Close: the closing message, the duration, 409 the second time.
            try await Task.sleep(for: .seconds(1))
            let closed = try await stack.post("\(base)/\(id)/close", as: agent)
            #expect(closed.status == 200, "\(closed)")
            #expect(closed["status"] as? String == "completed")
            #expect((closed["durationSeconds"] as? Int ?? 0) >= 1, "\(closed)")
            #expect(closed["closedAt"] is String)
            let again = try await stack.post("\(base)/\(id)/close", as: agent)
            #expect(again.status == 409 && again.isErrorShape, "\(again)")
            #expect(try await RespondTests.respond(stack, as: customer, "one more thing", conversationId: id).status == 409)
            #expect(try await stack.post("\(base)/\(id)/take-over", as: second).status == 409)
            detail = try await stack.get("\(base)/\(id)", as: customer)
            let last = (detail["messages"] as? [[String: Any]] ?? []).last
            #expect(last?["sender"] as? String == "system" && (last?["text"] as? String ?? "").contains("closed"), "\(detail)")
            let completed = try await stack.get("\(base)?status=completed", as: agent)
            #expect(completed.items.map { $0["id"] as? String } == [id])

            // Credentials arrive: what waited is sent through the queue to Twilio, in order.
            let saved = try await stack.put(
                "/api/customer-service/channels/whatsapp", as: shop.admin,
                json: ["accountSid": "AC0001", "authToken": "token-0001", "number": "+14155550001"])
            #expect(saved.status == 200, "\(saved)")
            let delivered = try await SAVStack.eventually("the waiting messages sent") { () -> [FakeChannelProviders.Received]? in
                let received = fake.received("Messages.json")
                return received.count >= 3 ? received : nil
            }
            #expect(delivered.allSatisfy { $0.form["To"] == "whatsapp:+33612345678" && $0.form["From"] == "whatsapp:+14155550001" })
            let bodies = Set(delivered.compactMap { $0.form["Body"] })
            #expect(bodies.contains("I'm checking order 61616 now.") && bodies.contains { $0.contains("closed") }, "\(bodies)")
            let sentItems = try await SAVStack.eventually("the outbox marked sent") { () -> [[String: Any]]? in
                let items = try await stack.get("/api/customer-service/outbox?status=sent", as: agent).items
                return items.count == 3 ? items : nil
            }
            #expect(sentItems.allSatisfy { $0["sentAt"] is String })
        }
    }
}
