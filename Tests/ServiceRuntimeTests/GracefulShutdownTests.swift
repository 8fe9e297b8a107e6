import AsyncHTTPClient
import Foundation
import Hummingbird
import ServiceRuntime
import Synchronization
import TestSupport
import Testing

/// The drain on shutdown, with a real socket: requests in flight when shutdown starts complete; the listener
/// closes so new connections are refused; the group returns.
@Suite("Graceful shutdown")
struct GracefulShutdownTests {
    @Test("requests in flight complete after shutdown is triggered")
    func inFlightRequestsComplete() async throws {
        let directory = try TemporaryDirectory("drain")
        defer { directory.remove() }
        let config = try ServiceConfig(
            service: .content, environment: ["DATA_DIR": directory.path, "CONTENT_PORT": "0", "SHUTDOWN_GRACE_SECONDS": "10"])
        let daemon = try Daemon(config: config)
        let started = Mutex(0)
        daemon.router.get("slow") { _, _ -> String in
            started.withLock { $0 += 1 }
            try await Task.sleep(for: .milliseconds(1500))
            return "finished"
        }
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        daemon.onListening = { portContinuation.yield($0) }
        let group = daemon.makeServiceGroup(signals: [])

        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())

            let client = HTTPClient(eventLoopGroupProvider: .singleton)
            let inFlight = (0..<8).map { _ in
                Task { try await client.send(.GET, "http://127.0.0.1:\(port)/slow", timeout: .seconds(10)) }
            }
            // Shut down only once every request is inside its handler.
            while started.withLock({ $0 }) < 8 { try await Task.sleep(for: .milliseconds(20)) }
            let shutdownStart = ContinuousClock.now
            await group.triggerGracefulShutdown()

            for request in inFlight {
                let response = try await request.value
                #expect(response.status == 200)
                #expect(response.body == "finished")
            }
            try await tasks.next()  // the group returns once drained
            #expect(shutdownStart.duration(to: .now) < .seconds(8))
            await #expect(throws: (any Error).self) {
                _ = try await client.send(.GET, "http://127.0.0.1:\(port)/health", timeout: .seconds(2))
            }
            try await client.shutdown()
        }
    }
}
