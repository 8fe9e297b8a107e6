import Auth
import ServiceRuntime

/// The WebSocket of `/api/customer-service/ws` and its rooms. (Placeholder until the realtime work lands.)
enum RealtimeModule {
    static func start(daemon: Daemon, tokens: AccessTokens) throws -> any RealtimePublishing {
        NoRealtime()
    }
}

struct NoRealtime: RealtimePublishing {
    func broadcast<Payload: Encodable & Sendable>(
        tenantId: String, room: String, type: String, data: Payload, visibleToCustomers: Bool) async {}
}
