import Foundation
import Logging
import Metrics
import ServiceLifecycle
import Synchronization

/// Somewhere an alert goes: the log, the `notifications` queue, a webhook.
protocol AlertSink: Sendable {
    /// A short name for logs (`log`, `webhook`, `notifications`).
    var name: String { get }
    /// Delivers one alert; throws when it could not (the dispatcher retries).
    func deliver(_ alert: Alert) async throws
}

/// Delivers alerts to every sink, off the pollers' path: a poll never waits for a slow webhook.
///
/// Each sink has its own bounded in-memory queue and delivery loop, so a slow or unreachable sink (a webhook that
/// times out, a broker that is down) never delays another. Alerts reach a sink in order; a failed delivery is
/// retried with backoff (`attempts` times, each bounded by `timeout`), then dropped for that sink and the failure
/// logged — the alert stays in the monitor's database and on the dashboard either way. On graceful shutdown the
/// queues are drained.
final class AlertDispatcher: Service, Sendable {
    private let lanes: [(sink: any AlertSink, stream: AsyncStream<Alert>, continuation: AsyncStream<Alert>.Continuation)]
    private let logger: Logger
    private let attempts: Int
    private let backoff: Duration
    private let timeout: Duration
    private let shuttingDown = Mutex(false)

    init(
        sinks: [any AlertSink], logger: Logger, attempts: Int = 3, backoff: Duration = .milliseconds(500),
        timeout: Duration = .seconds(10), capacity: Int = 1000
    ) {
        self.lanes = sinks.map { sink in
            let (stream, continuation) = AsyncStream.makeStream(of: Alert.self, bufferingPolicy: .bufferingOldest(capacity))
            return (sink, stream, continuation)
        }
        self.logger = logger
        self.attempts = attempts
        self.backoff = backoff
        self.timeout = timeout
    }

    /// Queues `alert` for every sink; never blocks.
    func send(_ alert: Alert) {
        Counter(label: "health_monitor_alerts_total", dimensions: [("kind", alert.kind), ("event", alert.event.rawValue)]).increment()
        for lane in lanes {
            if case .dropped = lane.continuation.yield(alert) {
                logger.error("alert queue full; alert dropped", metadata: ["sink": "\(lane.sink.name)", "alert": "\(alert.message)"])
            }
        }
    }

    func run() async throws {
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                for lane in lanes {
                    group.addTask {
                        for await alert in lane.stream {
                            await self.deliver(alert, to: lane.sink)
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            // Drain what is queued, one attempt each: shutdown must not wait on a sink that is down.
            self.shuttingDown.withLock { $0 = true }
            for lane in self.lanes { lane.continuation.finish() }
        }
    }

    private func deliver(_ alert: Alert, to sink: any AlertSink) async {
        var delay = backoff
        let attempts = shuttingDown.withLock { $0 } ? 1 : self.attempts
        for attempt in 1...attempts {
            do {
                try await deliverOnce(alert, to: sink)
                return
            } catch {
                let metadata: Logger.Metadata = [
                    "sink": "\(sink.name)", "alert_id": "\(alert.id)", "attempt": "\(attempt)", "error": "\(error)",
                ]
                if attempt == attempts {
                    logger.error("alert not delivered", metadata: metadata)
                    Counter(label: "health_monitor_alert_delivery_failures_total", dimensions: [("sink", sink.name)]).increment()
                    return
                }
                logger.warning("alert delivery failed; retrying", metadata: metadata)
                try? await Task.sleep(for: delay)
                delay = delay * 2
            }
        }
    }

    /// One attempt, bounded by `timeout` (the sink's own call is cancelled past it).
    private func deliverOnce(_ alert: Alert, to sink: any AlertSink) async throws {
        let timeout = self.timeout
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await sink.deliver(alert)
                return true
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            defer { group.cancelAll() }
            guard try await group.next() == true else { throw DeliveryTimeout(timeout: timeout) }
        }
    }

    struct DeliveryTimeout: Error, CustomStringConvertible {
        var timeout: Duration
        var description: String { "no delivery within \(timeout)" }
    }
}
