import Foundation
import Messaging
import ServiceRuntime

/// The broker through the daemon's own AMQP connection (the shared messaging module): reachable when the
/// connection is up — which covers credentials and vhost, not just the TCP port — and queue counts by passive
/// declare. A thin adapter: the alerting logic only sees `BrokerProbe` and `QueueInspector`.
struct AMQPBrokerInspector: BrokerProbe, QueueInspector {
    let connection: AMQPConnection
    /// The queue whose passive declare measures the broker's round trip.
    var latencyProbeQueue = "notifications"

    func probe(timeout: Duration) async -> Observation {
        let at = Date()
        guard connection.isConnected else {
            return Observation(status: .down, latencyMs: nil, detail: "not connected to RabbitMQ", at: at)
        }
        let start = ContinuousClock.now
        var latency: Double?
        if (try? await TimeLimitedInspector(inner: self, timeout: timeout).queueStatus(latencyProbeQueue)) != nil {
            latency = start.duration(to: .now).milliseconds
        }
        if let reason = connection.blockedReason {
            // Publishing is refused (memory or disk alarm): up, but not healthy.
            return Observation(status: .degraded, latencyMs: latency, detail: "publishing blocked: \(reason)", at: at)
        }
        return Observation(status: .ok, latencyMs: latency, detail: nil, at: at)
    }

    func queueStatus(_ name: String) async throws -> QueueCounts {
        do {
            let status = try await connection.queueStatus(name)
            return QueueCounts(messageCount: status.messageCount, consumerCount: status.consumerCount)
        } catch MessagingError.queueNotFound {
            throw QueueInspectionError.notFound(name)
        } catch MessagingError.connectionFailed, MessagingError.connectionClosed, MessagingError.shuttingDown {
            throw QueueInspectionError.notConnected
        }
    }
}

/// Publishes alerts on a queue through the daemon's AMQP connection: persistent, confirmed by the broker,
/// mandatory (a missing queue fails instead of dropping the message silently).
struct AMQPNotificationPublisher: NotificationPublisher {
    let connection: AMQPConnection

    func publish(queue: String, messageId: String, body: [UInt8]) async throws {
        // The connection would hold the message until it reconnects; the dispatcher's retries are the policy here.
        guard connection.isConnected else { throw MessagingError.connectionFailed("not connected to RabbitMQ") }
        try await connection.publish(body, toQueue: queue, messageId: messageId, type: "health.alert")
    }
}
