import Dispatch
import Foundation
import Logging
import Testing

@testable import Messaging

/// Test-broker access for the messaging tests. `COMMERCE_TEST_AMQP_URL` points at a broker (tests are skipped
/// without it); `COMMERCE_TEST_RABBITMQCTL` is a script running rabbitmqctl against that broker's node.
enum TestBroker {
    static let url = ProcessInfo.processInfo.environment["COMMERCE_TEST_AMQP_URL"]
    static let rabbitmqctl = ProcessInfo.processInfo.environment["COMMERCE_TEST_RABBITMQCTL"]
    static var available: Bool { url != nil }
    static var controllable: Bool { url != nil && rabbitmqctl != nil }
    /// `COMMERCE_TEST_AMQP_EXCLUSIVE=1`: nothing else uses the test broker, broker-wide tests may run.
    static var exclusive: Bool { ProcessInfo.processInfo.environment["COMMERCE_TEST_AMQP_EXCLUSIVE"] == "1" }

    static func uniqueName(_ prefix: String) -> String {
        "test.\(prefix).\(UInt64.random(in: 0...UInt64.max) % 1_000_000_000_000)"
    }

    static func configuration(name: String) throws -> AMQPConfiguration {
        var configuration = try AMQPConfiguration(url: url ?? "amqp://localhost", connectionName: name,
                                                  heartbeat: .seconds(10), prefetch: 100, confirmWindow: 500)
        configuration.reconnectInitialDelay = .milliseconds(100)
        configuration.reconnectMaxDelay = .seconds(2)
        configuration.drainTimeout = .seconds(5)
        return configuration
    }

    static func logger() -> Logger {
        var logger = Logger(label: "messaging-tests")
        logger.logLevel = ProcessInfo.processInfo.environment["COMMERCE_TEST_LOG"] == nil ? .warning : .debug
        return logger
    }

    /// Runs `body` with a running, connected connection, deletes `topology` (also when `body` failed, so a failing
    /// test leaves nothing behind), then shuts the connection down gracefully (bounded).
    static func withConnection<T: Sendable>(
        name: String, topology: Topology = .empty, cleanup: Topology = .empty, timeout: Duration = .seconds(120),
        _ body: @Sendable @escaping (AMQPConnection) async throws -> T
    ) async throws -> T {
        let doomed = topology.merging(cleanup)
        let connection = AMQPConnection(configuration: try configuration(name: name), topology: topology,
                                        logger: logger())
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await connection.run()
                return nil
            }
            let result: T
            do {
                result = try await withTimeout(timeout, "test body") {
                    try await connection.waitUntilConnected(timeout: .seconds(30))
                    return try await body(connection)
                }
            } catch {
                _ = try? await withTimeout(.seconds(10), "cleanup") { try await connection.delete(doomed) }
                group.cancelAll()
                throw error
            }
            _ = try? await withTimeout(.seconds(10), "cleanup") { try await connection.delete(doomed) }
            connection.shutdown()
            group.addTask {
                try await Task.sleep(for: .seconds(30))
                throw TimeoutError(what: "connection shutdown")
            }
            _ = try await group.next()  // run() returned (nil), or the timeout threw
            group.cancelAll()
            return result
        }
    }

    /// Runs rabbitmqctl through the wrapper script on a Dispatch thread (it blocks for a second or more, which
    /// must not happen on the two threads of the cooperative pool); returns its standard output.
    @discardableResult
    static func ctl(_ arguments: [String]) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blockingCtl(arguments) })
            }
        }
    }

    private static func blockingCtl(_ arguments: [String]) throws -> String {
        guard let rabbitmqctl else { throw MessagingError.connectionFailed("COMMERCE_TEST_RABBITMQCTL unset") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rabbitmqctl)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Closes (from the broker side) every connection whose client properties carry `connectionName`.
    /// Returns how many were closed.
    static func forceClose(connectionName: String) async throws -> Int {
        let listing = try await ctl(["list_connections", "--no-table-headers", "--quiet", "pid", "client_properties"])
        var closed = 0
        for line in listing.split(separator: "\n") where line.contains("\"\(connectionName)\"") {
            guard let start = line.firstIndex(of: "<"), let end = line.firstIndex(of: ">") else { continue }
            let pid = String(line[start...end])
            try await ctl(["close_connection", pid, "forced by MessagingTests"])
            closed += 1
        }
        return closed
    }
}

struct TimeoutError: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out: \(what)" }
}

/// Runs `body`, failing with `TimeoutError` after `timeout`.
func withTimeout<T: Sendable>(_ timeout: Duration, _ what: String,
                              _ body: @Sendable @escaping () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw TimeoutError(what: what)
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// Polls `condition` every 50 ms until it holds, at most `timeout`.
func eventually(_ timeout: Duration, _ what: String, _ condition: @Sendable () async throws -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while try await !condition() {
        guard clock.now < deadline else { throw TimeoutError(what: what) }
        try await Task.sleep(for: .milliseconds(50))
    }
}

/// A thread-safe bag of message ids with counts.
final class IdCounter: Sendable {
    private let counts = Locked<[String: Int]>([:])
    func add(_ id: String) { counts.withLock { $0[id, default: 0] += 1 } }
    var snapshot: [String: Int] { counts.withLock { $0 } }
    var distinct: Int { counts.withLock { $0.count } }
}

/// A thread-safe counter.
final class Tally: Sendable {
    private let count = Locked(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

extension TestBroker {
    /// How many broker connections carry `name` in their client properties.
    static func connectionCount(name: String) async throws -> Int {
        try await ctl(["list_connections", "--no-table-headers", "--quiet", "client_properties"])
            .split(separator: "\n").filter { $0.contains("\"\(name)\"") }.count
    }
}
