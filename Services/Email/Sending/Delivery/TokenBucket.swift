/// A token bucket shared by the delivery workers: at most `rate` sends per second on average, bursts of `burst`.
/// Callers reserve a token and sleep until it is theirs, so waiting callers are served in order.
actor TokenBucket {
    private let rate: Double
    private let burst: Double
    private var tokens: Double
    private var last: ContinuousClock.Instant
    private let clock = ContinuousClock()

    /// `rate` 0 means no limit.
    init(rate: Double, burst: Double? = nil) {
        self.rate = rate
        self.burst = max(1, burst ?? rate)
        self.tokens = max(1, burst ?? rate)
        self.last = clock.now
    }

    /// Waits until a send may start.
    func acquire() async {
        guard rate > 0 else { return }
        let now = clock.now
        let elapsed = last.duration(to: now)
        last = now
        tokens = min(burst, tokens + (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18) * rate)
        tokens -= 1
        if tokens >= 0 { return }
        let wait = -tokens / rate
        try? await Task.sleep(for: .nanoseconds(Int64(wait * 1e9)))
    }
}
