import AsyncHTTPClient
import CommerceModels
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization
import TestSupport
import Testing

/// A webhook receiver for tests: a real Hummingbird server on an ephemeral port that records every POST body.
final class WebhookReceiver: Sendable {
    let port: Int
    private let bodies: Recorder
    private let task: Task<Void, any Error>

    /// The bodies the router records.
    final class Recorder: Sendable {
        let bodies = Mutex<[Data]>([])
    }

    var url: String { "http://127.0.0.1:\(port)/hooks/alerts" }

    private init(port: Int, bodies: Recorder, task: Task<Void, any Error>) {
        self.port = port
        self.bodies = bodies
        self.task = task
    }

    static func start() async throws -> WebhookReceiver {
        let recorder = Recorder()
        let router = Router()
        router.post("hooks/alerts") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            recorder.bodies.withLock { $0.append(Data(buffer: body)) }
            return .noContent
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw TestSupportError("webhook receiver did not start") }
        return WebhookReceiver(port: port, bodies: recorder, task: task)
    }

    /// The alerts received so far, in arrival order.
    var alerts: [ReceivedAlert] {
        bodies.bodies.withLock { $0 }.compactMap { try? JSONDecoder().decode(ReceivedAlert.self, from: $0) }
    }

    func stop() { task.cancel() }
}

/// An alert as the webhook receives it (the fields the tests read).
struct ReceivedAlert: Decodable, Equatable {
    var id: String
    var subject: String
    var kind: String
    var event: String
    var status: String
    var previousStatus: String?
    var message: String
    var at: String
}

/// Reads `/api/health/status` of a running monitor.
struct MonitorClient {
    let baseURL: String
    let client: HTTPClient = .shared

    struct Status: Decodable {
        struct Target: Decodable {
            var name: String
            var status: String
            var since: String?
            var latencyMs: Double?
            var lastCheck: String?
            var uptimePercent: Double?
            var uptime: [String: Double?]
            var latencyP50Ms: Double?
            var latencyP95Ms: Double?
        }
        struct Queue: Decodable {
            var name: String
            var status: String
        }
        var status: String
        var services: [Target]
        var broker: Target?
        var queues: [Queue]
    }

    func status() async throws -> Status {
        let response = try await client.send(.GET, "\(baseURL)/api/health/status")
        guard response.status == 200 else { throw TestSupportError("status answered \(response.status): \(response.body)") }
        return try JSONDecoder().decode(Status.self, from: Data(response.body.utf8))
    }

    func target(_ name: String) async throws -> Status.Target? {
        let status = try await status()
        return (status.services + (status.broker.map { [$0] } ?? [])).first { $0.name == name }
    }

    /// Waits until `name` is reported `expected`; returns its entry.
    @discardableResult
    func waitFor(_ name: String, _ expected: String, timeout: Duration) async throws -> Status.Target {
        let deadline = ContinuousClock.now + timeout
        var last: String = "no answer"
        while ContinuousClock.now < deadline {
            if let target = try? await target(name) {
                if target.status == expected { return target }
                last = target.status
            }
            try await Task.sleep(for: .milliseconds(25))
        }
        throw TestSupportError("\(name) not \(expected) within \(timeout) (last seen: \(last))")
    }
}

/// Parses the monitor's RFC 3339 times.
func parseTime(_ text: String?) -> Date? {
    guard let text else { return nil }
    return (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text))
}

/// The daemons these tests run must have been built (`swift build`, or `deploy.sh test`).
func requireBinaries(_ services: [ServiceIdentity]) throws {
    for service in services {
        let path = TestEnvironment.daemonCommand(service).executable.path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw TestSupportError("\(path) is missing: run `swift build` (or deploy.sh test) before these tests")
        }
    }
}
