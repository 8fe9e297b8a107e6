import Foundation
import HTTPTypes
import HummingbirdWSClient
import Logging
import NIOCore
import NIOPosix
import Synchronization
import TestSupport
import Testing

/// The gateway's WebSocket path (`/api/customer-service/ws`) in front of a real sav-agent: authentication as for any
/// route (API keys included), the tenant's rate limit, the relay, and what a client sees when the agent is gone.
@Suite("Gateway WebSockets", .serialized)
struct GatewayWebSocketTests {
    @Test("an API key opens the WebSocket; the relay carries events both ways; the HTTP path still works after")
    func apiKeyAndRelay() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("wskeys")
            let created = try await stack.call(.POST, "/api/auth/api-keys", token: admin.accessToken, json: ["name": "console"])
            let key = try #require(created["key"] as? String)

            // The agent answers an unknown event with `error` naming it: through the gateway, with the minted token.
            let replies = try await Self.exchange(stack.gateway.baseURL, token: key, send: [#"{"type":"dance"}"#], expect: 1)
            #expect(replies.first?.contains(#""event":"dance""#) == true, "\(replies)")
            #expect(replies.first?.contains(#""type":"error""#) == true, "\(replies)")

            let faqs = try await stack.call(.GET, "/api/customer-service/faqs", token: key)
            #expect(faqs.status == 200)
        }
    }

    @Test("a tenant over its rate limit is refused the upgrade with 429 and Retry-After")
    func rateLimited() async throws {
        try await GatewayStack.with(["RATE_LIMIT_PLANS": "free=1:2,pro=1:2,enterprise=1:2"]) { stack in
            let admin = try await stack.newTenantAdmin("wslimit")
            var statuses: [Int] = []
            var retryAfter: String?
            for _ in 0..<3 {
                let answer = try await RawWebSocketUpgrade.request(stack.gateway.baseURL, token: admin.accessToken)
                statuses.append(answer.status)
                if answer.status == 429 { retryAfter = answer.headers["retry-after"] }
            }
            #expect(statuses == [101, 101, 429], "\(statuses)")
            #expect(retryAfter != nil)
        }
    }

    @Test("when sav-agent is gone, an upgraded client is closed with 1011 at once")
    func agentGone() async throws {
        try await GatewayStack.with(["BREAKER_FAILURES": "100"]) { stack in
            let admin = try await stack.newTenantAdmin("wsgone")
            _ = try await stack.sav.stop()
            let start = ContinuousClock.now
            let logger = Logger(label: "gateway-ws-test")
            let close = try await WebSocketClient.connect(
                url: stack.gateway.baseURL.replacingOccurrences(of: "http://", with: "ws://") + "/api/customer-service/ws",
                configuration: .init(additionalHeaders: [.authorization: "Bearer \(admin.accessToken)"]), logger: logger
            ) { inbound, _, _ in
                for try await _ in inbound {}
            }
            #expect(close?.closeCode == .unexpectedServerError, "\(String(describing: close))")
            #expect(start.duration(to: .now) < .seconds(5))
        }
    }

    @Test("with WebSockets on, a connection that never completes a request is still closed after the idle timeout; an open WebSocket is not")
    func idleConnections() async throws {
        try await GatewayStack.with(["IDLE_TIMEOUT_SECONDS": "1"]) { stack in
            let admin = try await stack.newTenantAdmin("wsidle")
            let port = try #require(URL(string: stack.gateway.baseURL)?.port)
            for opening in ["", "GET /api/customer-service/faqs HTTP/1.1\r\nHost: x\r\n"] {
                let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connect(host: "127.0.0.1", port: port).get()
                if !opening.isEmpty { try await channel.writeAndFlush(ByteBuffer(string: opening)).get() }
                let start = ContinuousClock.now
                // Never wait for ever: the test closes it itself after 6 s (and then fails).
                channel.eventLoop.scheduleTask(in: .seconds(6)) { channel.close(promise: nil) }
                try await channel.closeFuture.get()
                #expect(start.duration(to: .now) < .seconds(4), "opening \(opening.debugDescription)")
            }
            // A WebSocket outlives the idle timeout (its liveness is the pings).
            let replies = try await Self.exchange(
                stack.gateway.baseURL, token: admin.accessToken, send: [], expect: 0, thenWait: .milliseconds(2500),
                thenSend: [#"{"type":"dance"}"#], thenExpect: 1)
            #expect(replies.count == 1, "\(replies)")
        }
    }

    // MARK: - Helpers

    /// Connects, sends `send`, collects `expect` text messages, closes.
    static func exchange(
        _ baseURL: String, token: String, send: [String], expect: Int, thenWait: Duration? = nil, thenSend: [String] = [],
        thenExpect: Int = 0
    ) async throws -> [String] {
        let received = Mutex<[String]>([])
        let logger = Logger(label: "gateway-ws-test")
        try await WebSocketClient.connect(
            url: baseURL.replacingOccurrences(of: "http://", with: "ws://") + "/api/customer-service/ws",
            configuration: .init(additionalHeaders: [.authorization: "Bearer \(token)"]), logger: logger
        ) { inbound, outbound, _ in
            for text in send { try await outbound.write(.text(text)) }
            let deadline = ContinuousClock.now + .seconds(5)
            var iterator = inbound.messages(maxSize: 1 << 20).makeAsyncIterator()
            while received.withLock({ $0.count }) < expect, ContinuousClock.now < deadline {
                guard let message = try await iterator.next() else { break }
                if case .text(let text) = message { received.withLock { $0.append(text) } }
            }
            guard let thenWait else { return }
            try await Task.sleep(for: thenWait)
            for text in thenSend { try await outbound.write(.text(text)) }
            while received.withLock({ $0.count }) < expect + thenExpect, ContinuousClock.now < deadline + thenWait {
                guard let message = try await iterator.next() else { break }
                if case .text(let text) = message { received.withLock { $0.append(text) } }
            }
        }
        return received.withLock { $0 }
    }
}

/// A WebSocket upgrade request on a connection of its own: the status and headers of the answer.
enum RawWebSocketUpgrade {
    static func request(_ baseURL: String, token: String) async throws -> (status: Int, headers: [String: String]) {
        guard let url = URL(string: baseURL), let host = url.host, let port = url.port else {
            throw TestSupportError("bad base URL \(baseURL)")
        }
        let text = "GET /api/customer-service/ws HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: Upgrade\r\n"
            + "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            + "Authorization: Bearer \(token)\r\n\r\n"
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        var received = ""
        try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: text))
            for try await chunk in inbound {
                received += String(buffer: chunk)
                if received.contains("\r\n\r\n") { break }
            }
        }
        let head = received.components(separatedBy: "\r\n\r\n").first ?? ""
        let lines = head.components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return (status, headers)
    }
}
