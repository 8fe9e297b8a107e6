import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization
import TestSupport

/// The providers behind the channels' outbound connectors, faked on one real Hummingbird server on an ephemeral port
/// that records every request: Twilio's Messages API (`/2010-04-01/Accounts/{sid}/Messages.json`), Messenger's Send
/// API (`/me/messages`) and the email agent's `/api/email/send`. `failNext(_:status:)` makes the next sends answer an
/// error (to drive retries). Point the agent at it with `SAV_TWILIO_API_BASE_URL`, `SAV_MESSENGER_API_BASE_URL` and
/// `SAV_EMAIL_AGENT_URL`.
final class FakeChannelProviders: Sendable {
    /// One request the fake received.
    struct Received: Sendable {
        var path: String
        var query: String
        var headers: [String: String]
        var body: String

        /// The form fields of a form-encoded body.
        var form: [String: String] {
            var fields: [String: String] = [:]
            for pair in body.split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1).map {
                    $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
                }
                fields[parts[0]] = parts.count > 1 ? parts[1] : ""
            }
            return fields
        }

        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }
    }

    final class State: Sendable {
        let received = Mutex<[Received]>([])
        let failures = Mutex<(count: Int, status: Int)>((0, 500))

        func record(_ request: Request, body: ByteBuffer) -> HTTPResponse.Status? {
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            received.withLock {
                $0.append(Received(path: request.uri.path, query: request.uri.query ?? "", headers: headers,
                                   body: String(buffer: body)))
            }
            return failures.withLock { failures in
                guard failures.count > 0 else { return nil }
                failures.count -= 1
                return HTTPResponse.Status(code: failures.status)
            }
        }
    }

    let port: Int
    let state: State
    private let task: Task<Void, any Error>

    var baseURL: String { "http://127.0.0.1:\(port)" }

    private init(port: Int, state: State, task: Task<Void, any Error>) {
        self.port = port
        self.state = state
        self.task = task
    }

    static func start() async throws -> FakeChannelProviders {
        let state = State()
        let router = Router()
        router.post("2010-04-01/Accounts/{sid}/Messages.json") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            if let failure = state.record(request, body: body) { return Self.json(failure, #"{"code":20500,"message":"fake failure"}"#) }
            return Self.json(.created, #"{"sid":"SM\#(UUID().uuidString.prefix(8))","status":"queued"}"#)
        }
        router.post("me/messages") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            if let failure = state.record(request, body: body) { return Self.json(failure, #"{"error":{"message":"fake failure"}}"#) }
            return Self.json(.ok, #"{"recipient_id":"1","message_id":"m_1"}"#)
        }
        router.post("api/email/send") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            if let failure = state.record(request, body: body) { return Self.json(failure, #"{"error":{"code":"x","message":"fake"}}"#) }
            return Self.json(.accepted, #"{"status":"queued"}"#)
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw TestSupportError("fake providers did not start") }
        return FakeChannelProviders(port: port, state: state, task: task)
    }

    private static func json(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Every request so far, in arrival order; only those whose path contains `path` when given.
    func received(_ path: String? = nil) -> [Received] {
        state.received.withLock { $0 }.filter { path == nil || $0.path.contains(path!) }
    }

    /// The next `count` requests answer `status`.
    func failNext(_ count: Int, status: Int = 500) {
        state.failures.withLock { $0 = (count, status) }
    }

    /// The variables pointing `sav-agent` at this fake.
    var environment: [String: String] {
        ["SAV_TWILIO_API_BASE_URL": baseURL, "SAV_MESSENGER_API_BASE_URL": baseURL, "SAV_EMAIL_AGENT_URL": baseURL]
    }

    func stop() { task.cancel() }
}
