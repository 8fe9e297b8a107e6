import AsyncHTTPClient
import CommerceModels
import Foundation
import Synchronization
import TestSupport
import Testing

/// The eight real daemon binaries against the real test broker, over real sockets.
@Suite("Daemons", .enabled(if: TestEnvironment.hasBroker, "needs the test broker (deploy.sh test)"))
struct DaemonLifecycleTests {
    @Test("every daemon starts, declares the topology, answers /health and /metrics, and stops cleanly on SIGTERM")
    func allDaemons() async throws {
        let daemons = try ServiceIdentity.allCases.map { try DaemonProcess($0) }
        for daemon in daemons { try await daemon.waitHealthy() }

        for daemon in daemons {
            let health = try await HTTPClient.shared.send(.GET, "\(daemon.baseURL)/health")
            #expect(health.status == 200)
            let report = try JSONSerialization.jsonObject(with: Data(health.body.utf8)) as? [String: Any]
            #expect(report?["service"] as? String == daemon.service.name)
            let checks = report?["checks"] as? [String: [String: Any]]
            #expect(checks?["database"]?["status"] as? String == "ok")
            #expect(checks?["broker"]?["status"] as? String == "ok")
            let metrics = try await HTTPClient.shared.send(.GET, "\(daemon.baseURL)/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.headers.first(name: "content-type")?.hasPrefix("text/plain") == true)
            #expect(metrics.body.contains(#"http_route="/health""#))
        }

        let queues = try TestEnvironment.runRabbitmqctl(["list_queues", "name", "durable", "--quiet", "--no-table-headers"])
        for name in ["content.generation", "analysis.requests", "email.sending", "notifications"] {
            #expect(queues.contains("\(name)\ttrue"), "\(name) missing from:\n\(queues)")
            #expect(queues.contains("\(name).dead\ttrue"))
        }
        let connections = try TestEnvironment.runRabbitmqctl(["list_connections", "client_properties", "--quiet", "--no-table-headers"])
        for daemon in daemons { #expect(connections.contains(daemon.service.name)) }

        for daemon in daemons {
            let status = try await daemon.stop()
            #expect(status == 0, "\(daemon.service.name) exited \(status):\n\(daemon.log())")
            #expect(daemon.log().contains("\(daemon.service.name) stopped"))
        }
    }

    @Test("SIGTERM under load: every request that was answered was answered in full, and the daemon exits 0")
    func sigtermUnderLoad() async throws {
        let daemon = try DaemonProcess(.advertising)
        try await daemon.waitHealthy()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let load = LoadState()

        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    let path = worker.isMultiple(of: 2) ? "/health" : "/metrics"
                    while !load.stop.withLock({ $0 }) {
                        do {
                            let response = try await client.send(.GET, "\(daemon.baseURL)\(path)", timeout: .seconds(5))
                            if response.status == 200, !response.body.isEmpty {
                                load.answered.withLock { $0 += 1 }
                            } else {
                                load.wrong.withLock { $0.append("\(response.status) \(response.body.prefix(80))") }
                            }
                        } catch {
                            // After the listener closes, new connections are refused: expected. Stop this worker.
                            if !daemon.isRunning || load.stop.withLock({ $0 }) { return }
                            try await Task.sleep(for: .milliseconds(5))
                        }
                    }
                }
            }
            // SIGTERM once the load is well under way (bounded: a loaded CI machine is slow).
            let loadDeadline = ContinuousClock.now + .seconds(15)
            while load.answered.withLock({ $0 }) < 50 && ContinuousClock.now < loadDeadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            let before = load.answered.withLock { $0 }
            let status = try await daemon.stop(timeout: .seconds(20))
            load.stop.withLock { $0 = true }
            try await group.waitForAll()
            #expect(before >= 50, "the load did not run")
            #expect(status == 0, "exit \(status):\n\(daemon.log())")
        }
        try await client.shutdown()
        let wrongAnswers = load.wrong.withLock { $0 }
        #expect(wrongAnswers.isEmpty, "\(wrongAnswers.prefix(5))")
        #expect(daemon.log().contains("advertising-agent stopped"))
    }

    @Test("without a broker a daemon still serves, reports degraded, and becomes ok when the broker is there")
    func brokerOutage() async throws {
        let closedPort = try freeTCPPort()
        let daemon = try DaemonProcess(.pages, environment: ["RABBITMQ_URL": "amqp://guest:guest@127.0.0.1:\(closedPort)"])
        try await daemon.waitHealthy(status: "degraded")
        let health = try await HTTPClient.shared.send(.GET, "\(daemon.baseURL)/health")
        #expect(health.status == 200)
        #expect(health.body.contains("not connected to RabbitMQ"))
        #expect(daemon.isRunning)
        #expect(try await daemon.stop() == 0)
    }
}

/// Counters shared by the load workers of a test.
final class LoadState: Sendable {
    let answered = Mutex(0)
    let wrong = Mutex<[String]>([])
    let stop = Mutex(false)
}
