import Auth
import CommerceModels
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import ServiceRuntime

/// The WebSocket of `/api/customer-service/ws` and its rooms.
///
/// The daemon's server upgrades `GET /api/customer-service/ws` when the request carries a valid access token
/// (`Authorization: Bearer …` or `?token=…`); anything else is refused with the API's error shape (401). Each
/// connection joins rooms of its own tenant (``RealtimeSession``), and the desk and the conversations publish
/// `new_message` and `ticket_updated` to those rooms through the returned ``RealtimePublishing`` (the hub).
enum RealtimeModule {
    static let path = "/api/customer-service/ws"

    static func start(daemon: Daemon, tokens: AccessTokens) throws -> any RealtimePublishing {
        let config = try RealtimeConfig(environment: daemon.config.environment)
        let hub = RealtimeHub(logger: daemon.logger)
        let session = RealtimeSession(
            hub: hub, access: SQLiteRealtimeRoomAccess(database: daemon.database), config: config)
        let upgrade = RealtimeUpgrade(tokens: tokens, session: session, config: config)
        daemon.serverBuilder = { idleTimeout in
            HTTPServerBuilder { responder in
                FirstRequestIdleTimeout(
                    HTTP1WebSocketUpgradeChannel(
                        responder: responder,
                        configuration: .init(
                            http1: .init(idleTimeout: idleTimeout),
                            ws: .init(maxFrameSize: config.maxMessageBytes, autoPing: .enabled(timePeriod: config.pingInterval))),
                        shouldUpgrade: upgrade.shouldUpgrade),
                    timeout: idleTimeout)
            }
        }
        daemon.addHealthCheck(HealthCheck(name: "realtime", critical: false) { [hub] in
            HealthCheckResult(status: .ok, detail: "\(hub.clientCount) clients")
        })
        // A plain GET (no upgrade headers): 401 without a valid token, else 426.
        daemon.router.get(RouterPath(String(path.dropFirst()))) { request, context -> Response in
            guard let token = RealtimeUpgrade.token(path: request.uri.description, headers: request.headers) else {
                throw APIError.unauthorized()
            }
            _ = try await tokens.verify(token)
            throw APIError(status: 426, code: "upgrade_required", message: "this endpoint is a WebSocket: send an upgrade request",
                           headers: ["Upgrade": "websocket"])
        }
        return hub
    }

    /// Lets clients post to tickets (`send_message`) through the desk, once the desk is started.
    static func attach(desk: any HandoffRouting, to realtime: any RealtimePublishing) {
        guard let hub = realtime as? RealtimeHub, let poster = desk as? any TicketMessagePosting else { return }
        hub.messages = poster
    }
}

/// Decides on an upgrade request: the path, then the token; a refused request gets its error response here.
struct RealtimeUpgrade: Sendable {
    let tokens: AccessTokens
    let session: RealtimeSession
    let config: RealtimeConfig

    func shouldUpgrade(
        request: HTTPRequest, channel: any Channel, logger: Logger
    ) async throws -> ShouldUpgradeResult<WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>> {
        let target = request.path ?? "/"
        let requestId = request.headerFields[HTTPField.Name("X-Request-ID")!].flatMap(Self.acceptableRequestId)
            ?? UUID().uuidString.lowercased()
        guard target.split(separator: "?", maxSplits: 1).first.map(String.init) == RealtimeModule.path else {
            await UpgradeRefusal.write(.notFound("no WebSocket at \(target.split(separator: "?").first ?? "")"), requestId: requestId, on: channel)
            return .dontUpgrade
        }
        let verified: AccessTokens.Verified
        do {
            guard let token = Self.token(path: target, headers: request.headerFields) else { throw APIError.unauthorized() }
            verified = try await tokens.verify(token)
        } catch {
            let apiError = error as? APIError ?? .unauthorized()
            await UpgradeRefusal.write(apiError, requestId: requestId, on: channel)
            return .dontUpgrade
        }
        let identity = verified.identity(requestId: requestId)
        let session = self.session
        let bufferSize = config.clientBuffer
        let handler: WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context> = { inbound, outbound, context in
            var logger = context.logger
            logger[metadataKey: "hb.request.id"] = .string(requestId)
            logger[metadataKey: "tenant"] = .string(identity.tenantId)
            logger[metadataKey: "user"] = .string(identity.userId)
            let client = RealtimeClient(identity: verified, bufferSize: bufferSize, onOverflow: { channel.close(promise: nil) })
            await session.run(client: client, identity: identity, inbound: inbound, outbound: outbound, logger: logger)
        }
        return .upgrade([HTTPField.Name("X-Request-ID")!: requestId], handler)
    }

    /// The bearer token of the `Authorization` header, else the `token` query parameter.
    static func token(path: String, headers: HTTPFields) -> Substring? {
        if let bearer = AuthMiddleware.bearerToken(headers) { return bearer }
        guard let query = path.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        for pair in query.split(separator: "&") where pair.hasPrefix("token=") {
            let value = pair.dropFirst("token=".count)
            guard let decoded = String(value).removingPercentEncoding, !decoded.isEmpty else { return nil }
            return Substring(decoded)
        }
        return nil
    }

    static func acceptableRequestId(_ value: String) -> String? {
        guard (1...128).contains(value.utf8.count),
              value.utf8.allSatisfy({ byte in
                  (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                      || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x3A
              })
        else { return nil }
        return value
    }
}
