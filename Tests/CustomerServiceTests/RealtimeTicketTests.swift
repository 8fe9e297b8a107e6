import Foundation
import Testing
import TestSupport

/// Ticket rooms end to end: real clients through the gateway, the desk's HTTP routes posting, the WebSocket
/// delivering.
@Suite("Realtime: ticket rooms", .serialized)
struct RealtimeTicketTests {
    @Test("a staff message reaches the room within 1 s; internal notes reach staff only; a status change is pushed")
    func messagesNotesAndStatus() async throws {
        try await SAVStack.with { stack in
            let tenant = try await stack.newTenant()
            let agent = try await tenant.agent()
            let customer = try await tenant.customer()
            let ticketId = try await Self.newTicket(stack, by: customer)
            let room = "ticket:\(ticketId.lowercased())"

            let customerSocket = try await RealtimeTestClient.connect(stack.baseURL, token: customer.accessToken, inQuery: true)
            let agentSocket = try await RealtimeTestClient.connect(stack.baseURL, token: agent.accessToken)
            #expect(try await customerSocket.join(ticket: ticketId) == "joined")
            #expect(try await agentSocket.join(ticket: ticketId) == "joined")

            // A public answer by staff: both members get it within a second of the POST.
            let text = "Your parcel left the warehouse this morning \(SAVStack.unique())"
            let start = ContinuousClock.now
            let posted = try await stack.post(
                "/api/tickets/\(ticketId)/messages", as: agent, json: ["message": text, "type": "agent_message"])
            #expect(posted.status == 201 || posted.status == 200, "\(posted)")
            let delivered = try await customerSocket.waitFor("new_message", timeout: .seconds(1)) { Self.mentions($0, text) }
            let elapsed = start.duration(to: .now)
            #expect(elapsed < .seconds(1), "new_message after \(elapsed)")
            #expect(delivered["room"] as? String == room)
            _ = try await agentSocket.waitFor("new_message", timeout: .seconds(1)) { Self.mentions($0, text) }

            // An internal note: the agent's socket gets it, the customer's never does (events to one client keep
            // their order, so once the next public message has arrived, the note would have come before it).
            let note = "Internal: carrier claims delivered, check with the depot \(SAVStack.unique())"
            let noted = try await stack.post(
                "/api/tickets/\(ticketId)/messages", as: agent, json: ["message": note, "type": "internal_note"])
            #expect(noted.status == 201 || noted.status == 200, "\(noted)")
            _ = try await agentSocket.waitFor("new_message", timeout: .seconds(1)) { Self.mentions($0, note) }
            let after = "Anything else I can do for you? \(SAVStack.unique())"
            _ = try await stack.post("/api/tickets/\(ticketId)/messages", as: agent, json: ["message": after, "type": "agent_message"])
            _ = try await customerSocket.waitFor("new_message", timeout: .seconds(1)) { Self.mentions($0, after) }
            #expect(!customerSocket.events.contains { Self.mentions($0, note) }, "the customer received an internal note")

            // A status change is pushed to the room.
            let changed = try await stack.put(
                "/api/tickets/\(ticketId)/status", as: agent, json: ["status": "in_progress", "notes": "looking into it"])
            #expect(changed.status == 200, "\(changed)")
            let updated = try await customerSocket.waitFor("ticket_updated", timeout: .seconds(1)) { Self.mentions($0, "in_progress") }
            #expect(updated["room"] as? String == room)
            _ = try await agentSocket.waitFor("ticket_updated", timeout: .seconds(1)) { Self.mentions($0, "in_progress") }

            await customerSocket.close()
            await agentSocket.close()
        }
    }

    @Test("a customer cannot join another customer's or another tenant's ticket; staff join only their tenant's")
    func joinIsScoped() async throws {
        try await SAVStack.with { stack in
            let tenant = try await stack.newTenant()
            let owner = try await tenant.customer("Owner")
            let neighbour = try await tenant.customer("Neighbour")
            let agent = try await tenant.agent()
            let other = try await stack.newTenant("other")
            let outsider = try await other.customer("Outsider")
            let ticketId = try await Self.newTicket(stack, by: owner)

            for (account, expected) in [
                (owner, "joined"), (agent, "joined"), (tenant.admin, "joined"),
                (neighbour, "error"), (outsider, "error"), (other.admin, "error"),
            ] {
                let socket = try await RealtimeTestClient.connect(stack.baseURL, token: account.accessToken)
                #expect(try await socket.join(ticket: ticketId) == expected, "\(account.role) \(account.email)")
                if expected == "error" {
                    let refusal = try await socket.waitFor("error")
                    #expect((refusal["data"] as? [String: Any])?["code"] as? String == "not_found")
                    // Not in the room: a message posted there does not reach it.
                    let text = "for the room only \(SAVStack.unique())"
                    _ = try await stack.post("/api/tickets/\(ticketId)/messages", as: agent, json: ["message": text, "type": "agent_message"])
                    try await Task.sleep(for: .milliseconds(300))
                    #expect(!socket.events.contains { Self.mentions($0, text) })
                }
                await socket.close()
            }
        }
    }

    @Test("typing events reach the other members of the room, not the typist, and need a joined room")
    func typing() async throws {
        try await SAVStack.with { stack in
            let tenant = try await stack.newTenant()
            let agent = try await tenant.agent()
            let customer = try await tenant.customer()
            let ticketId = try await Self.newTicket(stack, by: customer)
            let customerSocket = try await RealtimeTestClient.connect(stack.baseURL, token: customer.accessToken)
            let agentSocket = try await RealtimeTestClient.connect(stack.baseURL, token: agent.accessToken)

            try customerSocket.send("typing_start", ["ticketId": ticketId])
            let notJoined = try await customerSocket.waitFor("error")
            #expect((notJoined["data"] as? [String: Any])?["code"] as? String == "not_joined")

            #expect(try await customerSocket.join(ticket: ticketId) == "joined")
            #expect(try await agentSocket.join(ticket: ticketId) == "joined")
            try customerSocket.send("typing_start", ["ticketId": ticketId])
            let typing = try await agentSocket.waitFor("user_typing", timeout: .seconds(1))
            let data = typing["data"] as? [String: Any] ?? [:]
            #expect(data["userId"] as? String == customer.userId)
            #expect(data["typing"] as? Bool == true)
            try customerSocket.send("typing_stop", ["ticketId": ticketId])
            _ = try await agentSocket.waitFor("user_typing", timeout: .seconds(1)) {
                ($0["data"] as? [String: Any])?["typing"] as? Bool == false
            }
            try agentSocket.send("typing_start", ["ticketId": ticketId])
            _ = try await customerSocket.waitFor("user_typing", timeout: .seconds(1)) {
                ($0["data"] as? [String: Any])?["userId"] as? String == agent.userId
            }
            #expect(!customerSocket.events("user_typing").contains {
                ($0["data"] as? [String: Any])?["userId"] as? String == customer.userId
            })

            // send_message posts through the desk: stored on the ticket, pushed to the room.
            let text = "Still nothing in my letterbox today \(SAVStack.unique())"
            try customerSocket.send("send_message", ["ticketId": ticketId, "message": text])
            _ = try await agentSocket.waitFor("new_message", timeout: .seconds(1)) { Self.mentions($0, text) }
            let ticket = try await stack.get("/api/tickets/\(ticketId)", as: agent)
            #expect(ticket.body.contains(text), "\(ticket)")
            // ...with the desk's rules: a customer cannot post an internal note, nor post to someone else's ticket.
            try customerSocket.send("send_message", ["ticketId": ticketId, "message": "sneaky", "type": "internal_note"])
            let forbidden = try await customerSocket.waitFor("error") { ($0["data"] as? [String: Any])?["event"] as? String == "send_message" }
            #expect((forbidden["data"] as? [String: Any])?["code"] as? String == "forbidden")
            let stranger = try await tenant.customer("Stranger")
            let strangerSocket = try await RealtimeTestClient.connect(stack.baseURL, token: stranger.accessToken)
            try strangerSocket.send("send_message", ["ticketId": ticketId, "message": "hello?"])
            let notFound = try await strangerSocket.waitFor("error")
            #expect((notFound["data"] as? [String: Any])?["code"] as? String == "not_found")
            await strangerSocket.close()
            await customerSocket.close()
            await agentSocket.close()
        }
    }

    // MARK: - Helpers

    /// A ticket opened by `customer`; its id.
    static func newTicket(_ stack: SAVStack, by customer: SAVStack.Account) async throws -> String {
        let created = try await stack.post(
            "/api/tickets", as: customer,
            json: ["subject": "Parcel not delivered", "description": "Order CMD-48213 has not arrived after 8 days.",
                   "category": "order_issue", "priority": "medium"])
        guard created.status == 201, let id = created["id"] as? String else {
            throw TestSupportError("create ticket: \(created)")
        }
        return id
    }

    /// Whether `text` appears anywhere in the event (its data's fields are the desk's).
    static func mentions(_ event: [String: Any], _ text: String) -> Bool {
        guard let data = try? JSONSerialization.data(withJSONObject: event),
              let json = String(data: data, encoding: .utf8) else { return false }
        return json.contains(text) || json.replacingOccurrences(of: "\\/", with: "/").contains(text)
    }
}
