import ServiceRuntime

/// Settings of the real-time WebSocket, read once from the environment:
/// - `REALTIME_CLIENT_BUFFER` [256]: events queued for one client before it counts as too slow and is dropped.
/// - `REALTIME_PING_SECONDS` [30]: ping period; a client that does not answer a ping within it is disconnected.
/// - `REALTIME_MAX_MESSAGE_BYTES` [16384]: largest event a client may send.
struct RealtimeConfig: Sendable {
    var clientBuffer: Int
    var pingInterval: Duration
    var maxMessageBytes: Int

    init(environment: [String: String]) throws {
        let reader = EnvironmentReader(environment)
        clientBuffer = try reader.int("REALTIME_CLIENT_BUFFER", default: 256, range: 1...100_000)
        pingInterval = .seconds(try reader.int("REALTIME_PING_SECONDS", default: 30, range: 1...3600))
        maxMessageBytes = try reader.int("REALTIME_MAX_MESSAGE_BYTES", default: 16_384, range: 256...1_048_576)
    }
}
