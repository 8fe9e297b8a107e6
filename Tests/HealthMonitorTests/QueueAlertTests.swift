import Foundation
import Logging
import ServiceRuntime
import Storage
import Synchronization
import TestSupport
import Testing

@testable import HealthMonitor

// MARK: - Fakes

/// A broker whose queues the test sets.
final class FakeQueueInspector: QueueInspector {
    let queues = Mutex<[String: QueueCounts]>([:])

    func set(_ name: String, depth: Int, consumers: Int) {
        queues.withLock { $0[name] = QueueCounts(messageCount: depth, consumerCount: consumers) }
    }

    func queueStatus(_ name: String) async throws -> QueueCounts {
        guard let counts = queues.withLock({ $0[name] }) else { throw QueueInspectionError.notFound(name) }
        return counts
    }
}

/// A broker that is always reachable.
struct ReachableBroker: BrokerProbe {
    func probe(timeout: Duration) async -> Observation {
        Observation(status: .ok, latencyMs: 0.4, detail: nil, at: Date())
    }
}

/// Records what would go on the `notifications` queue.
final class RecordingPublisher: NotificationPublisher {
    let published = Mutex<[(queue: String, messageId: String, body: [UInt8])]>([])

    func publish(queue: String, messageId: String, body: [UInt8]) async throws {
        published.withLock { $0.append((queue, messageId, body)) }
    }

    var notifications: [HealthAlertNotification] {
        published.withLock { $0 }.compactMap { try? MonitorJSON.decoder.decode(HealthAlertNotification.self, from: Data($0.body)) }
    }
}

/// Queue alerting through the `QueueInspector` role with a fake broker: the board, the broker poller's rounds,
/// the SQLite history and the dispatcher with the notifications sink are the real ones.
@Suite("Queue alerts")
struct QueueAlertTests {
    let policy = AlertPolicy(failureThreshold: 2, successThreshold: 2, reminderInterval: nil, queueGrowthPolls: 3)

    func makeBoard(publisher: RecordingPublisher) throws -> (StatusBoard, SQLiteHealthHistory, AlertDispatcher, TemporaryDirectory) {
        let (database, directory) = try AppDatabase.temporary { SQLiteHealthHistory.registerMigrations(&$0) }
        let store = SQLiteHealthHistory(database: database)
        let logger = Logger(label: "queue-alert-tests")
        let dispatcher = AlertDispatcher(
            sinks: [LogAlertSink(logger: logger), NotificationAlertSink(publisher: publisher)], logger: logger, backoff: .milliseconds(10))
        let board = StatusBoard(
            targets: [.init(name: BrokerTarget.name, type: .broker, endpoint: "amqp://127.0.0.1:5672")],
            queues: ["email.sending", "notifications"], policy: policy, store: store, alerts: dispatcher, logger: logger)
        return (board, store, dispatcher, directory)
    }

    @Test("a queue without consumers is flagged in the status and alerted once on the notifications queue", .timeLimit(.minutes(1)))
    func queueWithoutConsumers() async throws {
        let publisher = RecordingPublisher()
        let (board, store, dispatcher, directory) = try makeBoard(publisher: publisher)
        defer { directory.remove() }
        let inspector = FakeQueueInspector()
        inspector.set("email.sending", depth: 3, consumers: 1)
        inspector.set("notifications", depth: 7, consumers: 0)
        let poller = BrokerPoller(
            broker: BrokerTarget(endpoint: .init(host: "127.0.0.1", port: 5672), interval: .milliseconds(10), timeout: .seconds(1)),
            probe: ReachableBroker(), inspector: inspector, queues: ["email.sending", "notifications"], board: board)
        let delivery = Task { try await dispatcher.run() }
        defer { delivery.cancel() }

        for _ in 0..<6 { await poller.pollOnce() }

        let status = try await StatusController(board: board, store: store).status()
        let notifications = try #require(status.queues.first { $0.name == "notifications" })
        #expect(notifications.status == "warning")
        #expect(notifications.conditions == ["queue_no_consumers"])
        #expect(notifications.depth == 7 && notifications.consumers == 0 && notifications.deadLetters == 0)
        let email = try #require(status.queues.first { $0.name == "email.sending" })
        #expect(email.status == "ok" && email.conditions.isEmpty)
        #expect(status.broker?.status == .ok)
        #expect(status.status == "degraded")

        // One alert, not one per poll; it reaches the notifications queue through the publisher role.
        try await eventually { publisher.notifications.count >= 1 }
        try await Task.sleep(for: .milliseconds(100))
        let sent = publisher.notifications
        #expect(sent.count == 1)
        #expect(sent.first?.type == "health.alert")
        #expect(sent.first?.alert.subject == "notifications")
        #expect(sent.first?.alert.kind == "queue_no_consumers")
        #expect(sent.first?.alert.event == .raised)
        #expect(publisher.published.withLock { $0.first?.queue } == "notifications")
        #expect(try await store.recentAlerts(limit: 10).map(\.kind) == ["queue_no_consumers"])

        // A consumer attaches: cleared once, after the success threshold.
        inspector.set("notifications", depth: 0, consumers: 1)
        for _ in 0..<5 { await poller.pollOnce() }
        try await eventually { publisher.notifications.count >= 2 }
        try await Task.sleep(for: .milliseconds(100))
        #expect(publisher.notifications.map(\.alert.event) == [.raised, .resolved])
        let after = try await StatusController(board: board, store: store).status()
        #expect(after.queues.allSatisfy { $0.status == "ok" })
    }

    @Test("a queue that does not exist is flagged; a missing dead-letter queue counts as empty", .timeLimit(.minutes(1)))
    func missingQueue() async throws {
        let publisher = RecordingPublisher()
        let (board, store, _, directory) = try makeBoard(publisher: publisher)
        defer { directory.remove() }
        let inspector = FakeQueueInspector()
        inspector.set("email.sending", depth: 0, consumers: 1)
        inspector.set("email.sending.dead", depth: 2, consumers: 0)
        for _ in 0..<3 {
            for queue in ["email.sending", "notifications"] {
                await board.record(queue: await BrokerPoller.inspect(queue, with: inspector))
            }
        }
        let status = try await StatusController(board: board, store: store).status()
        #expect(status.queues.first { $0.name == "notifications" }?.conditions == ["queue_no_consumers"])
        #expect(status.queues.first { $0.name == "notifications" }?.detail == "queue notifications does not exist")
        #expect(status.queues.first { $0.name == "email.sending" }?.conditions == ["queue_dead_letters"])
        #expect(status.queues.first { $0.name == "email.sending" }?.deadLetters == 2)
    }

    @Test("history is pruned past the retention; the last transition of each target is kept")
    func pruning() async throws {
        let (database, directory) = try AppDatabase.temporary { SQLiteHealthHistory.registerMigrations(&$0) }
        defer { directory.remove() }
        let store = SQLiteHealthHistory(database: database)
        let now = Date()
        let old = now.addingTimeInterval(-10 * 86_400)
        try await store.record(Sample(target: "gateway", status: .ok, latencyMs: 2, detail: nil, at: old))
        try await store.record(Sample(target: "gateway", status: .ok, latencyMs: 4, detail: nil, at: now))
        try await store.record(Transition(target: "gateway", from: .unknown, to: .ok, at: old))
        let pruner = HistoryPruner(store: store, retention: .seconds(8 * 86_400), interval: .seconds(3600), logger: Logger(label: "t"))
        await pruner.pruneOnce(now: now)
        let samples = try await store.samples(of: "gateway", since: old.addingTimeInterval(-1), after: nil, limit: 10)
        #expect(samples.map(\.latencyMs) == [4])
        #expect(try await store.lastTransitions()["gateway"]?.to == .ok)
        let week = try await store.statistics(since: now.addingTimeInterval(-7 * 86_400))
        #expect(week["gateway"] == TargetStatistics(samples: 1, uptimePercent: 100))
    }
}

/// Waits until `condition` holds, for at most `timeout`.
func eventually(timeout: Duration = .seconds(5), _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    throw TestSupportError("condition not met within \(timeout)")
}
