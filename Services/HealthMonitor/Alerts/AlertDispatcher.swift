import Foundation
import Logging
import Metrics
import ServiceLifecycle

/// Somewhere an alert goes: the log, the `notifications` queue, a webhook.
protocol AlertSink: Sendable {
    /// A short name for logs (`log`, `webhook`, `notifications`).
    var name: String { get }
    /// Delivers one alert; throws when it could not (the dispatcher retries).
    func deliver(_ alert: Alert) async throws
}

/// Delivers alerts to every sink, off the pollers' path: a poll never waits for a slow webhook.
///
/// Alerts are queued in memory (bounded) and sent in order by `run()`; a sink that fails is retried with backoff
/// (`attempts` times), then the alert is dropped for that sink and the failure logged — the alert stays in the
/// monitor's database and on the dashboard either way. On graceful shutdown the queue is drained.
final class AlertDispatcher: Service, Sendable {
    private let sinks: [any AlertSink]
    private let logger: Logger
    private let attempts: Int
    private let backoff: Duration
    private let stream: AsyncStream<Alert>
    private let continuation: AsyncStream<Alert>.Continuation

    init(sinks: [any AlertSink], logger: Logger, attempts: Int = 3, backoff: Duration = .milliseconds(500), capacity: Int = 1000) {
        self.sinks = sinks
        self.logger = logger
        self.attempts = attempts
        self.backoff = backoff
        (self.stream, self.continuation) = AsyncStream.makeStream(of: Alert.self, bufferingPolicy: .bufferingOldest(capacity))
    }

    /// Queues `alert` for delivery; never blocks.
    func send(_ alert: Alert) {
        Counter(label: "health_monitor_alerts_total", dimensions: [("kind", alert.kind), ("event", alert.event.rawValue)]).increment()
        if case .dropped = continuation.yield(alert) {
            logger.error("alert queue full; alert dropped", metadata: ["alert": "\(alert.message)"])
        }
    }

    func run() async throws {
        try await withGracefulShutdownHandler {
            for await alert in stream {
                await deliver(alert)
            }
        } onGracefulShutdown: {
            self.continuation.finish()
        }
    }

    private func deliver(_ alert: Alert) async {
        await withTaskGroup(of: Void.self) { group in
            for sink in sinks {
                group.addTask { await self.deliver(alert, to: sink) }
            }
        }
    }

    private func deliver(_ alert: Alert, to sink: any AlertSink) async {
        var delay = backoff
        for attempt in 1...attempts {
            do {
                try await sink.deliver(alert)
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
}
