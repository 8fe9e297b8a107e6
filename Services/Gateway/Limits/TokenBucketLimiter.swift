import Foundation
import Synchronization

/// Token buckets keyed by a string (`tenant:<id>`, `ip:<address>`, `login:<address>`): each key refills at its
/// limit's rate up to its burst; a request takes one token or is refused with the wait until the next one.
final class TokenBucketLimiter: Sendable {
    /// The outcome of one request, with what the `RateLimit-*` headers report.
    struct Decision: Sendable {
        var allowed: Bool
        /// The bucket's size (`RateLimit-Limit`).
        var limit: Int
        /// Whole tokens left (`RateLimit-Remaining`).
        var remaining: Int
        /// Seconds until the bucket is full again (`RateLimit-Reset`).
        var resetSeconds: Int
        /// Seconds until one token is available (`Retry-After` on a 429).
        var retryAfterSeconds: Int

        /// The `RateLimit-*` header fields of this decision.
        var headers: [(String, String)] {
            [("RateLimit-Limit", String(limit)), ("RateLimit-Remaining", String(remaining)),
             ("RateLimit-Reset", String(resetSeconds))]
        }
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    /// Past this many keys, full (idle) buckets are dropped: an idle bucket is the same as no bucket.
    private let capacity: Int
    private let buckets = Mutex<[String: Bucket]>([:])
    private let clock = ContinuousClock()

    init(capacity: Int = 100_000) { self.capacity = capacity }

    /// Takes one token from `key`'s bucket under `limit`.
    func take(_ key: String, limit: GatewayConfig.Limit) -> Decision {
        let rate = limit.perMinute / 60
        let now = clock.now
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: limit.burst, updated: now)
            let elapsed = bucket.updated.duration(to: now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(limit.burst, bucket.tokens + seconds * rate)
            bucket.updated = now
            let allowed = bucket.tokens >= 1
            if allowed { bucket.tokens -= 1 }
            if buckets.count >= capacity, buckets[key] == nil { Self.evictIdle(&buckets, now: now, rate: rate, burst: limit.burst) }
            buckets[key] = bucket
            return Decision(
                allowed: allowed, limit: Int(limit.burst), remaining: Int(bucket.tokens.rounded(.down)),
                resetSeconds: Int(((limit.burst - bucket.tokens) / rate).rounded(.up)),
                retryAfterSeconds: allowed ? 0 : max(1, Int(((1 - bucket.tokens) / rate).rounded(.up))))
        }
    }

    /// How many keys have a bucket (for `/metrics`).
    var count: Int { buckets.withLock { $0.count } }

    private static func evictIdle(_ buckets: inout [String: Bucket], now: ContinuousClock.Instant, rate: Double, burst: Double) {
        // A bucket idle for long enough to refill completely carries no state.
        let idle = Duration.seconds(max(1, burst / rate))
        buckets = buckets.filter { $0.value.updated.duration(to: now) < idle }
        if buckets.count > 0, buckets.count >= 100_000 { buckets.removeAll(keepingCapacity: true) }
    }
}
