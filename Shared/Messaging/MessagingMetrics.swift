import Metrics

/// The messaging module's metrics, through swift-metrics (the service runtime bootstraps Prometheus):
/// `amqp_messages_published_total{queue}` (confirmed publishes; `queue` is the exchange, or the routing key on the
/// default exchange), `amqp_messages_consumed_total{queue}`, `amqp_messages_acked_total`,
/// `amqp_messages_nacked_total`, `amqp_reconnects_total`, `amqp_outstanding_confirms` (gauge).
/// Used by the connection thread only.
final class MessagingMetrics {
    let acked = Counter(label: "amqp_messages_acked_total")
    let nacked = Counter(label: "amqp_messages_nacked_total")
    let reconnects = Counter(label: "amqp_reconnects_total")
    let outstandingConfirms = Gauge(label: "amqp_outstanding_confirms")
    private var consumed: [String: Counter] = [:]

    @discardableResult
    func consumedCounter(queue: String) -> Counter {
        if let counter = consumed[queue] { return counter }
        let counter = Counter(label: "amqp_messages_consumed_total", dimensions: [("queue", queue)])
        consumed[queue] = counter
        return counter
    }
}
