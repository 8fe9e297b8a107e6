import AsyncHTTPClient
import Logging
import Prometheus
import ServiceLifecycle

/// Polls every upstream's `/health` on an interval; an upstream that does not answer 200 is skipped by its pool
/// while another can take the request. Also refreshes the limiter gauge.
struct UpstreamHealthPoller: Service {
    let upstreams: [Upstream]
    let client: HTTPClient
    let interval: Duration
    let logger: Logger
    let limiter: TokenBucketLimiter
    let limiterGauge: Gauge

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await withTaskGroup(of: Void.self) { group in
                for upstream in upstreams {
                    group.addTask { await poll(upstream) }
                }
            }
            limiterGauge.set(to: Double(limiter.count))
            do {
                try await gracefulShutdown(sleeping: interval)
            } catch {
                return
            }
        }
    }

    private func gracefulShutdown(sleeping duration: Duration) async throws {
        try await cancelWhenGracefulShutdown { try await Task.sleep(for: duration) }
    }

    private func poll(_ upstream: Upstream) async {
        let healthy: Bool
        do {
            let response = try await client.execute(HTTPClientRequest(url: upstream.baseURL + "/health"), timeout: .seconds(2))
            _ = try? await response.body.collect(upTo: 64 * 1024)
            healthy = response.status.code == 200
        } catch {
            healthy = false
        }
        if healthy != upstream.isHealthy {
            logger.notice(
                "upstream \(healthy ? "healthy" : "unhealthy")",
                metadata: ["upstream": "\(upstream.baseURL)", "service": "\(upstream.service.name)"])
        }
        upstream.setHealthy(healthy)
    }
}
