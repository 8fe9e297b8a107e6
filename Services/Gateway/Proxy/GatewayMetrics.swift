import Prometheus
import ServiceRuntime
import Synchronization

/// The gateway's Prometheus series, registered once in the process registry `/metrics` renders.
/// Series objects are created up front (per route and per upstream), so the request path never takes the
/// registry's lock.
final class GatewayMetrics: Sendable {
    static let buckets: [Duration] = [
        .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
        .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
        .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30),
    ]

    /// The series of one route prefix.
    struct RouteSeries: Sendable {
        let latency: DurationHistogram
        let byClass: [Counter]  // 1xx…5xx

        func record(status: Int, duration: Duration) {
            latency.record(duration)
            byClass[min(max(status / 100, 1), 5) - 1].increment()
        }
    }

    let registry: PrometheusCollectorRegistry

    init(registry: PrometheusCollectorRegistry = Observability.registry) {
        self.registry = registry
    }

    func route(_ prefix: String) -> RouteSeries {
        RouteSeries(
            latency: registry.makeDurationHistogram(
                descriptor: .init(metricName: "gateway_route_duration", unitName: "seconds",
                                  helpText: "Latency of proxied requests by route prefix, until the response headers"),
                labels: [("route", prefix)], buckets: Self.buckets),
            byClass: (1...5).map { klass in
                registry.makeCounter(
                    descriptor: .init(metricName: "gateway_route_responses", unitName: "total",
                                      helpText: "Responses of proxied requests by route prefix and status class"),
                    labels: [("route", prefix), ("class", "\(klass)xx")])
            })
    }

    func upstreamLatency(_ upstream: String) -> DurationHistogram {
        registry.makeDurationHistogram(
            descriptor: .init(metricName: "gateway_upstream_duration", unitName: "seconds",
                              helpText: "Latency of upstream exchanges, until the response headers"),
            labels: [("upstream", upstream)], buckets: Self.buckets)
    }

    func upstreamFailures(_ upstream: String) -> Counter {
        registry.makeCounter(
            descriptor: .init(metricName: "gateway_upstream_failures", unitName: "total",
                              helpText: "Failed upstream exchanges (transport errors, timeouts, 502/503/504)"),
            labels: [("upstream", upstream)])
    }

    func breakerState(_ upstream: String) -> Gauge {
        registry.makeGauge(
            descriptor: .init(metricName: "gateway_circuit_breaker_state", unitName: "",
                              helpText: "Circuit breaker per upstream: 0 closed, 1 half-open, 2 open"),
            labels: [("upstream", upstream)])
    }

    func upstreamHealthy(_ upstream: String) -> Gauge {
        registry.makeGauge(
            descriptor: .init(metricName: "gateway_upstream_healthy", unitName: "",
                              helpText: "1 when the upstream's last /health answered ok"),
            labels: [("upstream", upstream)])
    }

    func rateLimitedCounter(_ scope: String) -> Counter {
        registry.makeCounter(
            descriptor: .init(metricName: "gateway_rate_limited", unitName: "total",
                              helpText: "Requests refused with 429 by scope (tenant, ip, login)"),
            labels: [("scope", scope)])
    }

    func limiterBuckets() -> Gauge {
        registry.makeGauge(
            descriptor: .init(metricName: "gateway_rate_limiter_buckets", unitName: "",
                              helpText: "Token buckets held by the rate limiter"))
    }
}
