import Auth
import CommerceModels
import Foundation
import HTTPTypes
import HummingbirdWSClient
import HummingbirdWebSocket
import Logging
import NIOCore
import Prometheus
import ServiceRuntime

/// The gateway's WebSocket path: an upgrade on `/api/customer-service/ws` is authenticated as any proxied request
/// (access token or API key, as `Authorization: Bearer` or `?token=`; then the tenant's rate limit), and once the
/// client is upgraded the gateway opens a WebSocket to a sav-agent upstream with the verified token in its
/// `Authorization` header (never in the URL), and relays messages both ways. When either side closes, the other is
/// closed too, with the agent's close code when it gave one. Every other upgrade is refused (404), and refusals use
/// the API's error shape. Plain HTTP requests never come here: they take ``ProxyResponder``'s path unchanged.
struct WebSocketProxy: Sendable {
    static let paths: Set<String> = ["/api/customer-service/ws"]
    /// Largest message relayed in either direction.
    static let maxMessageBytes = 1 << 16

    let pool: UpstreamPool?
    let authenticator: GatewayAuthenticator
    let limits: RateLimits
    let logger: Logger
    /// `gateway_websocket_connections`: WebSockets relayed now.
    let connections: Gauge

    init(pool: UpstreamPool?, authenticator: GatewayAuthenticator, limits: RateLimits, metrics: GatewayMetrics, logger: Logger) {
        self.pool = pool
        self.authenticator = authenticator
        self.limits = limits
        self.logger = logger
        self.connections = metrics.registry.makeGauge(
            descriptor: .init(metricName: "gateway_websocket_connections", unitName: "",
                              helpText: "WebSockets relayed to the agents now"))
    }

    func shouldUpgrade(
        request: HTTPRequest, channel: any Channel, logger: Logger
    ) async throws -> ShouldUpgradeResult<WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>> {
        let target = request.path ?? "/"
        let path = String(target.split(separator: "?", maxSplits: 1).first ?? "/")
        let requestId = request.headerFields[HTTPField.Name("X-Request-ID")!].flatMap(RequestID.acceptable)
            ?? UUID().uuidString.lowercased()
        var logger = logger
        logger[metadataKey: "hb.request.id"] = .string(requestId)
        let forwardToken: String
        let upstream: Upstream
        do {
            guard Self.paths.contains(path) else { throw APIError.notFound("no WebSocket at \(path)") }
            guard let credential = Self.credential(target: target, headers: request.headerFields) else {
                throw APIError.unauthorized()
            }
            let authenticated = try await authenticator.authenticate(credential)
            let decision = await limits.tenant(authenticated.verified.tenantId)
            guard decision.allowed else { throw RateLimits.error(decision) }
            guard let picked = pool?.pick() else {
                throw APIError.unavailable("customer-service is unavailable", retryAfterSeconds: pool?.retryAfterSeconds ?? 1)
            }
            forwardToken = authenticated.forwardToken
            upstream = picked.upstream
            logger[metadataKey: "tenant"] = .string(authenticated.verified.tenantId)
        } catch {
            let apiError = ProxyResponder.apiError(for: error)
            logger.info("WebSocket upgrade refused", metadata: ["path": .string(path), "status": .stringConvertible(apiError.status)])
            await UpgradeRefusal.write(apiError, requestId: requestId, on: channel)
            return .dontUpgrade
        }

        var headers = HTTPFields()
        headers[.authorization] = "Bearer \(forwardToken)"
        headers[HTTPField.Name("X-Request-ID")!] = requestId
        if let peer = channel.remoteAddress?.ipAddress { headers[HTTPField.Name("X-Forwarded-For")!] = peer }
        let url = Self.webSocketURL(base: upstream.baseURL, path: path)
        let relayLogger = logger
        let upstreamHeaders = headers
        let connections = self.connections
        let handler: WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context> = { inbound, outbound, _ in
            connections.increment()
            defer { connections.decrement() }
            await Self.relay(client: (inbound, outbound), upstream: upstream, url: url, headers: upstreamHeaders, logger: relayLogger)
        }
        return .upgrade([HTTPField.Name("X-Request-ID")!: requestId], handler)
    }

    /// Runs until either side closes: client → agent and agent → client, message by message.
    static func relay(
        client: (inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter), upstream: Upstream, url: String,
        headers: HTTPFields, logger: Logger
    ) async {
        let start = ContinuousClock.now
        logger.info("WebSocket opened", metadata: ["upstream": .string(upstream.baseURL)])
        var configuration = WebSocketClientConfiguration(maxFrameSize: maxMessageBytes, additionalHeaders: headers)
        configuration.closeTimeout = .seconds(5)
        do {
            let closeFrame = try await WebSocketClient.connect(url: url, configuration: configuration, logger: logger) {
                agentInbound, agentOutbound, _ in
                upstream.breaker.recordSuccess()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await message in client.inbound.messages(maxSize: maxMessageBytes) {
                            try await agentOutbound.write(Self.frame(message))
                        }
                    }
                    group.addTask {
                        for try await message in agentInbound.messages(maxSize: maxMessageBytes) {
                            try await client.outbound.write(Self.frame(message))
                        }
                    }
                    _ = try await group.next()
                    group.cancelAll()
                }
            }
            if let closeFrame, closeFrame.closeCode != .normalClosure {
                try? await client.outbound.close(closeFrame.closeCode, reason: closeFrame.reason)
            }
        } catch {
            if (error as? WebSocketClientError) == .webSocketUpgradeFailed {
                // The agent answered but refused: not a failure of the upstream (a client must not be able to open
                // the breaker for everyone).
                upstream.breaker.recordSuccess()
            } else if ProxyResponder.isConnectFailure(error) {
                upstream.breaker.recordFailure()
                upstream.failures.increment()
            }
            logger.warning("WebSocket relay ended with an error", metadata: ["upstream": .string(upstream.baseURL), "error": "\(error)"])
            try? await client.outbound.close(.unexpectedServerError, reason: "customer-service is unavailable")
        }
        let seconds = start.duration(to: .now).components.seconds
        logger.info("WebSocket closed", metadata: ["upstream": .string(upstream.baseURL), "seconds": .stringConvertible(seconds)])
    }

    static func frame(_ message: WebSocketMessage) -> WebSocketOutboundWriter.OutboundFrame {
        switch message {
        case .text(let text): .text(text)
        case .binary(let buffer): .binary(buffer)
        }
    }

    /// `ws://host:port/path` (or `wss://`) of an upstream base URL.
    static func webSocketURL(base: String, path: String) -> String {
        if base.hasPrefix("https://") { return "wss://" + base.dropFirst("https://".count) + path }
        if base.hasPrefix("http://") { return "ws://" + base.dropFirst("http://".count) + path }
        return base + path
    }

    /// `Authorization: Bearer …`, else the `token` query parameter (browsers cannot set headers on a WebSocket).
    static func credential(target: String, headers: HTTPFields) -> Substring? {
        if let bearer = AuthMiddleware.bearerToken(headers) { return bearer }
        guard let query = target.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        for pair in query.split(separator: "&") where pair.hasPrefix("token=") {
            guard let decoded = String(pair.dropFirst("token=".count)).removingPercentEncoding, !decoded.isEmpty else {
                return nil
            }
            return Substring(decoded)
        }
        return nil
    }
}
