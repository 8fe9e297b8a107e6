import Foundation
import Testing
import TestSupport

/// Conversation rooms: the messages of a conversation (the customer's and the bot's) are pushed to the staff and to
/// the conversation's own customer, and nobody else may join.
@Suite("Realtime: conversation rooms", .serialized)
struct RealtimeConversationTests {
    @Test("staff and the conversation's customer follow it live; another customer or tenant cannot join")
    func conversationRoom() async throws {
        try await SAVStack.with { stack in
            let tenant = try await stack.newTenant()
            let agent = try await tenant.agent()
            let customer = try await tenant.customer()
            let neighbour = try await tenant.customer("Neighbour")
            let other = try await stack.newTenant("other")

            let first = try await stack.post(
                "/api/customer-service/respond", as: customer, json: ["message": "Hello, how long does delivery take?"])
            #expect(first.status == 200, "\(first)")
            let conversationId = try #require(first["conversationId"] as? String)

            let agentSocket = try await RealtimeTestClient.connect(stack.baseURL, token: agent.accessToken)
            let customerSocket = try await RealtimeTestClient.connect(stack.baseURL, token: customer.accessToken)
            #expect(try await agentSocket.join(conversation: conversationId) == "joined")
            #expect(try await customerSocket.join(conversation: conversationId) == "joined")
            for account in [neighbour, other.admin] {
                let socket = try await RealtimeTestClient.connect(stack.baseURL, token: account.accessToken)
                #expect(try await socket.join(conversation: conversationId) == "error", "\(account.email)")
                await socket.close()
            }

            let text = "And to Belgium, for order CMD-\(Int.random(in: 10000...99999))?"
            let second = try await stack.post(
                "/api/customer-service/respond", as: customer, json: ["message": text, "conversationId": conversationId])
            #expect(second.status == 200, "\(second)")
            let reply = try #require(second["reply"] as? String)
            for socket in [agentSocket, customerSocket] {
                let pushed = try await socket.waitFor("new_message", timeout: .seconds(1)) { RealtimeTicketTests.mentions($0, text) }
                #expect(pushed["room"] as? String == "conversation:\(conversationId.lowercased())")
                let bot = try await socket.waitFor("new_message", timeout: .seconds(1)) {
                    ($0["data"] as? [String: Any])?["sender"] as? String == "bot"
                }
                #expect((bot["data"] as? [String: Any])?["text"] as? String == reply)
            }
            await agentSocket.close()
            await customerSocket.close()
        }
    }
}
