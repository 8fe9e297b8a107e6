import AsyncHTTPClient
import Foundation
import Logging
import NIOCore

// MARK: - Log

/// Every alert is logged: `error` when something went down, `warning` for degradation and queue trouble,
/// `notice` when it is resolved.
struct LogAlertSink: AlertSink {
    let logger: Logger
    var name: String { "log" }

    func deliver(_ alert: Alert) async throws {
        let level: Logger.Level = switch alert.severity {
        case .critical: .error
        case .warning: .warning
        case .info: .notice
        }
        logger.log(
            level: level, "alert: \(alert.message)",
            metadata: [
                "alert_id": "\(alert.id)", "subject": "\(alert.subject)", "kind": "\(alert.kind)",
                "event": "\(alert.event.rawValue)", "status": "\(alert.status)",
            ])
    }
}

// MARK: - Webhook

/// POSTs each alert as JSON to the operator's webhook (`HEALTH_MONITOR_WEBHOOK_URL`), with a timeout.
/// Any 2xx is delivered; anything else throws so that the dispatcher retries. The URL is never logged (it often
/// carries a token).
struct WebhookAlertSink: AlertSink {
    let client: HTTPClient
    let url: String
    let timeout: Duration
    var name: String { "webhook" }

    struct Failure: Error, CustomStringConvertible {
        var status: UInt
        var description: String { "webhook answered HTTP \(status)" }
    }

    func deliver(_ alert: Alert) async throws {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        request.headers.add(name: "User-Agent", value: "commerceai-health-monitor")
        request.headers.add(name: "Idempotency-Key", value: alert.id)
        request.body = .bytes(ByteBuffer(bytes: try MonitorJSON.encoder.encode(alert)))
        let response = try await client.execute(request, deadline: .now() + .nanoseconds(Int64(timeout.seconds * 1e9)))
        _ = try await response.body.collect(upTo: 64 * 1024)
        guard (200..<300).contains(response.status.code) else { throw Failure(status: response.status.code) }
    }
}

// MARK: - The notifications queue

/// The message the monitor publishes on the `notifications` queue for each alert.
/// `type` lets the email service route it; `messageId` is the alert's id, so a redelivery is recognised.
struct HealthAlertNotification: Codable, Sendable, Equatable {
    var type = "health.alert"
    var messageId: String
    var alert: Alert

    init(alert: Alert) {
        self.messageId = alert.id
        self.alert = alert
    }
}

/// The role of whatever puts a message on a queue (the shared messaging module's publisher, with confirms).
protocol NotificationPublisher: Sendable {
    /// Publishes `body` (JSON) persistently on `queue` with `messageId`; returns once the broker confirmed it.
    func publish(queue: String, messageId: String, body: [UInt8]) async throws
}

/// Publishes each alert on the `notifications` queue.
struct NotificationAlertSink: AlertSink {
    static let queue = "notifications"
    let publisher: any NotificationPublisher
    var name: String { "notifications" }

    func deliver(_ alert: Alert) async throws {
        let body = try MonitorJSON.encoder.encode(HealthAlertNotification(alert: alert))
        try await publisher.publish(queue: Self.queue, messageId: alert.id, body: Array(body))
    }
}
