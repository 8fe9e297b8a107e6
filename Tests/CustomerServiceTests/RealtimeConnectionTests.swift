import Crypto
import Foundation
import Testing
import TestSupport

/// The real-time WebSocket's door, through a real gateway in front of a real sav-agent: who may open it, and how
/// the gateway relays it.
@Suite("Realtime: the WebSocket door", .serialized)
struct RealtimeConnectionTests {
    @Test("an upgrade without a valid token is refused with 401 in the error shape, at the gateway and at the agent")
    func refusedWithoutValidToken() async throws {
        try await SAVStack.with { stack in
            let tenant = try await stack.newTenant()
            let forged = tenant.admin.accessToken.dropLast(4) + "AAAA"
            for base in [stack.baseURL, stack.sav.baseURL] {
                // No token, a forged token (header and query): 401 with the API's error shape, no upgrade.
                for (path, headers) in [
                    ("/api/customer-service/ws", []),
                    ("/api/customer-service/ws", [("Authorization", "Bearer \(forged)")]),
                    ("/api/customer-service/ws?token=\(forged)", []),
                    ("/api/customer-service/ws?token=", []),
                ] {
                    let (status, body) = try await RawUpgrade.request(base, path: path, headers: headers)
                    let reply = SAVStack.Reply(status: status, headers: [:], body: body)
                    #expect(reply.status == 401, "\(base)\(path): \(reply)")
                    #expect(reply.isErrorShape, "\(base)\(path): \(reply)")
                }
                // The same requests with a valid token are upgraded.
                let upgraded = try await RawUpgrade.request(
                    base, path: "/api/customer-service/ws", headers: [("Authorization", "Bearer \(tenant.admin.accessToken)")])
                #expect(upgraded.status == 101)
                await #expect(throws: (any Error).self) {
                    try await RealtimeTestClient.connect(base, token: nil)
                }
                await #expect(throws: (any Error).self) {
                    try await RealtimeTestClient.connect(base, token: String(forged))
                }
                // A plain GET with a valid token is told to upgrade.
                let plain = try await stack.get("/api/customer-service/ws", as: tenant.admin)
                #expect(plain.status == 426, "\(plain)")
            }
            // Only the real-time path upgrades at the gateway.
            let elsewhere = try await RawUpgrade.request(
                stack.baseURL, path: "/api/customer-service/faqs", headers: [("Authorization", "Bearer \(tenant.admin.accessToken)")])
            #expect(elsewhere.status == 404, "\(elsewhere)")
            // Nothing is left connected at the agent once the clients have gone.
            #expect(try await Self.waitClients(stack, 0))
        }
    }

    @Test("a valid token opens the WebSocket through the gateway (header or query) and the agent answers events")
    func opensAndRelays() async throws {
        try await SAVStack.with { stack in
            let tenant = try await stack.newTenant()
            let customer = try await tenant.customer()
            let viaHeader = try await RealtimeTestClient.connect(stack.baseURL, token: tenant.admin.accessToken)
            let viaQuery = try await RealtimeTestClient.connect(stack.baseURL, token: customer.accessToken, inQuery: true)
            #expect(try await Self.waitClients(stack, 2))

            // Client → gateway → agent → gateway → client: malformed and unknown events are answered with `error`.
            viaHeader.sendText("not json")
            let malformed = try await viaHeader.waitFor("error")
            #expect((malformed["data"] as? [String: Any])?["code"] as? String == "validation_failed")
            try viaQuery.send("dance", [:])
            let unknown = try await viaQuery.waitFor("error")
            #expect((unknown["data"] as? [String: Any])?["event"] as? String == "dance")
            // Joining a room that does not exist (or is another tenant's) is "not found", never "joined".
            #expect(try await viaQuery.join(ticket: UUID().uuidString) == "error")
            #expect(try await viaHeader.join(conversation: "not-a-uuid") == "error")

            // Closing the client closes the agent's side through the gateway.
            await viaHeader.close()
            #expect(try await Self.waitClients(stack, 1))
            // Stopping the agent closes the client's side at the gateway.
            _ = try await stack.sav.stop()
            try await SAVStack.eventually("the client sees the end", timeout: .seconds(10)) { viaQuery.isClosed ? true : nil }
        }
    }

    @Test("a connection ends (1008) when the access token that opened it expires, through the gateway too")
    func endsWhenTokenExpires() async throws {
        try await SAVStack.with { stack in
            let tenant = try await stack.newTenant()
            let token = ShortToken.make(for: tenant.admin, seconds: 3)
            let direct = try await RealtimeTestClient.connect(stack.sav.baseURL, token: token)
            let relayed = try await RealtimeTestClient.connect(stack.baseURL, token: token)
            try await Task.sleep(for: .seconds(1))
            #expect(!direct.isClosed && !relayed.isClosed)
            try await SAVStack.eventually("both closed", timeout: .seconds(8)) { direct.isClosed && relayed.isClosed ? true : nil }
            #expect(direct.closeCode?.contains("policyViolation") == true, "\(String(describing: direct.closeCode))")
            #expect(relayed.closeCode?.contains("policyViolation") == true, "\(String(describing: relayed.closeCode))")
            #expect(try await Self.waitClients(stack, 0))
        }
    }

    // MARK: - Helpers

    /// The agent's count of connected real-time clients, from its `/health` (`checks.realtime.detail`).
    static func connectedClients(_ stack: SAVStack) async throws -> Int {
        let health = try await stack.call(.GET, "/health", base: stack.sav.baseURL)
        let detail = ((health["checks"] as? [String: Any])?["realtime"] as? [String: Any])?["detail"] as? String ?? ""
        return Int(detail.split(separator: " ").first ?? "") ?? -1
    }

    static func waitClients(_ stack: SAVStack, _ count: Int) async throws -> Bool {
        try await SAVStack.eventually("\(count) connected clients", timeout: .seconds(5)) {
            try await connectedClients(stack) == count ? true : nil
        }
    }
}

/// An access token signed with the stack's secret that expires in a few seconds.
enum ShortToken {
    static func make(for account: SAVStack.Account, seconds: Int) -> String {
        let now = Int(Date().timeIntervalSince1970)
        let claims: [String: Any] = [
            "sub": account.userId, "tenant": account.tenantId, "role": account.role, "iat": now, "nbf": now,
            "exp": now + seconds, "iss": "commerceai-gateway", "aud": "commerceai", "jti": UUID().uuidString,
        ]
        let header = segment(["alg": "HS256", "typ": "JWT"])
        let input = header + "." + segment(claims)
        let mac = HMAC<SHA256>.authenticationCode(for: Array(input.utf8), using: SymmetricKey(data: Array(SAVStack.secret.utf8)))
        return input + "." + base64URL(Array(mac))
    }

    static func segment(_ object: [String: Any]) -> String {
        base64URL(Array(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
