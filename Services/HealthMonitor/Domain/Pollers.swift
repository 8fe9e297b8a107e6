import Foundation
import Logging
import ServiceLifecycle
import Synchronization

// MARK: - Services

/// Polls every daemon's `/health`, each on its own interval (a slow target never delays another), and feeds the
/// board. Stops at graceful shutdown: the poll in flight is cancelled, nothing is left half-written.
struct ServicePoller: Service {
    let targets: [MonitorTarget]
    let probe: HTTPHealthProbe
    let board: StatusBoard
    let heartbeat: PollHeartbeat

    func run() async throws {
        // A service that returns early would stop the whole group: with nothing to poll, wait for shutdown.
        guard !targets.isEmpty else { return try await gracefulShutdown() }
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                for target in targets {
                    group.addTask {
                        await every(target.interval) {
                            let observation = await probe.probe(target)
                            await board.record(target: target.name, observation: observation)
                            heartbeat.beat()
                        }
                    }
                }
            }
        }
    }
}

/// Checks the broker (reachable?) and every watched queue (depth, consumers, dead letters) on the broker's
/// interval. Without a queue inspector (no messaging module yet) only the broker's reachability is checked.
struct BrokerPoller: Service {
    let broker: BrokerTarget
    let probe: any BrokerProbe
    let inspector: (any QueueInspector)?
    let queues: [String]
    let board: StatusBoard

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await every(broker.interval) { await pollOnce() }
        }
    }

    /// One round: the broker, then each queue (only while the broker is reachable).
    func pollOnce() async {
        let observation = await probe.probe(timeout: broker.timeout)
        await board.record(target: BrokerTarget.name, observation: observation)
        guard observation.status != .down, let inspector else { return }
        for queue in queues {
            await board.record(queue: await Self.inspect(queue, with: TimeLimitedInspector(inner: inspector, timeout: broker.timeout)))
        }
    }

    /// Reads a queue and its dead-letter queue `<name>.dead`.
    static func inspect(_ queue: String, with inspector: any QueueInspector) async -> QueueObservation {
        let at = Date()
        var observation = QueueObservation(queue: queue, counts: nil, deadLetterCount: nil, error: nil, at: at)
        do {
            observation.counts = try await inspector.queueStatus(queue)
        } catch let error as QueueInspectionError {
            observation.error = error
        } catch {
            observation.error = .failed(String(describing: error))
        }
        // A dead-letter queue that does not exist yet holds nothing.
        do {
            observation.deadLetterCount = try await inspector.queueStatus("\(queue).dead").messageCount
        } catch QueueInspectionError.notFound {
            observation.deadLetterCount = 0
        } catch {}
        return observation
    }
}

/// Bounds each inspection: a broker that does not answer must not stall the poller.
struct TimeLimitedInspector: QueueInspector {
    let inner: any QueueInspector
    let timeout: Duration

    func queueStatus(_ name: String) async throws -> QueueCounts {
        try await withThrowingTaskGroup(of: QueueCounts?.self) { group in
            group.addTask { try await inner.queueStatus(name) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let counts = first else {
                throw QueueInspectionError.failed("no answer within \(Int(timeout.seconds * 1000)) ms")
            }
            return counts
        }
    }
}

/// Deletes history older than the retention, at start and then every `interval`.
struct HistoryPruner: Service {
    let store: any HealthHistoryStore
    let retention: Duration
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await every(interval) { await pruneOnce() }
        }
    }

    func pruneOnce(now: Date = Date()) async {
        do {
            let removed = try await store.prune(before: now.addingTimeInterval(-retention.seconds))
            if removed > 0 { logger.info("pruned history", metadata: ["rows": "\(removed)"]) }
        } catch {
            logger.error("pruning failed", metadata: ["error": "\(error)"])
        }
    }
}

// MARK: - Timing

/// Runs `work` now and then every `interval` (measured start to start, so polls do not drift by their own
/// duration), until the task is cancelled. A round that overruns the interval is followed at once by the next.
func every(_ interval: Duration, _ work: @Sendable () async -> Void) async {
    let clock = ContinuousClock()
    var next = clock.now
    while !Task.isCancelled {
        await work()
        next = next.advanced(by: interval)
        if next < clock.now { next = clock.now }
        do { try await clock.sleep(until: next) } catch { return }
    }
}

/// When the pollers last completed a poll, for the monitor's own `/health`.
final class PollHeartbeat: Sendable {
    private let last = Mutex<ContinuousClock.Instant?>(nil)

    func beat() { last.withLock { $0 = .now } }

    /// Time since the last completed poll; nil before the first.
    var age: Duration? { last.withLock { $0.map { $0.duration(to: .now) } } }
}
