import CommerceModels
import Foundation
import Prometheus
import Synchronization

/// One base URL of a service behind the gateway, with its breaker, health and metrics.
final class Upstream: Sendable {
    let service: ServiceIdentity
    /// `http://host:port`, without a trailing slash.
    let baseURL: String
    /// Where to connect, from `baseURL`.
    let host: String
    let port: Int
    /// `https`: the connection is TLS.
    let tls: Bool
    /// The `Host` header of requests to it.
    let hostHeader: String
    /// Its idle connections' key in ``UpstreamClient``.
    let poolKey: String
    let breaker: CircuitBreaker
    let latency: DurationHistogram
    let failures: Counter
    private let healthGauge: Gauge
    private let healthyFlag = Atomic<Bool>(true)

    init(service: ServiceIdentity, baseURL: String, config: GatewayConfig, metrics: GatewayMetrics) {
        self.service = service
        self.baseURL = baseURL
        let url = URL(string: baseURL)
        self.tls = url?.scheme == "https"
        self.host = url?.host ?? "127.0.0.1"
        self.port = url?.port ?? (url?.scheme == "https" ? 443 : 80)
        let hostName = host.contains(":") ? "[\(host)]" : host  // an IPv6 literal
        self.hostHeader = url?.port == nil ? hostName : "\(hostName):\(port)"
        self.poolKey = UpstreamClient.poolKey(host: host, port: port, tls: tls)
        self.breaker = CircuitBreaker(
            failureThreshold: config.breakerFailures, openDuration: config.breakerOpenDuration,
            gauge: metrics.breakerState(baseURL))
        self.latency = metrics.upstreamLatency(baseURL)
        self.failures = metrics.upstreamFailures(baseURL)
        self.healthGauge = metrics.upstreamHealthy(baseURL)
        healthGauge.set(to: 1)
    }

    /// Whether the last `/health` poll answered (assumed until the first poll says otherwise).
    var isHealthy: Bool { healthyFlag.load(ordering: .relaxed) }

    func setHealthy(_ healthy: Bool) {
        healthyFlag.store(healthy, ordering: .relaxed)
        healthGauge.set(to: healthy ? 1 : 0)
    }
}

/// The base URLs of one service, balanced round-robin: healthy upstreams whose breaker lets the request through
/// first; an upstream that failed its last health poll only when no healthy one can take the request.
final class UpstreamPool: Sendable {
    let service: ServiceIdentity
    let upstreams: [Upstream]
    private let cursor = Atomic<Int>(0)

    init(service: ServiceIdentity, upstreams: [Upstream]) {
        self.service = service
        self.upstreams = upstreams
    }

    /// The next upstream to try, skipping `excluded` (already tried for this request); nil when every breaker is open.
    func pick(excluding excluded: [Int] = []) -> (index: Int, upstream: Upstream)? {
        let count = upstreams.count
        let start = cursor.wrappingAdd(1, ordering: .relaxed).oldValue
        for healthyOnly in [true, false] {
            for offset in 0..<count {
                let index = (start &+ offset) % count
                let index2 = index < 0 ? index + count : index
                guard !excluded.contains(index2) else { continue }
                let upstream = upstreams[index2]
                if healthyOnly && !upstream.isHealthy { continue }
                if upstream.breaker.acquire() { return (index2, upstream) }
            }
        }
        return nil
    }

    /// Seconds until the soonest breaker lets a trial through.
    var retryAfterSeconds: Int {
        upstreams.map(\.breaker.retryAfterSeconds).min() ?? 1
    }
}
