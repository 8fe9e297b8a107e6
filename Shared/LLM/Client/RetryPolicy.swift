import Foundation

/// Exponential backoff with full jitter, honouring `Retry-After`.
public struct RetryPolicy: Sendable, Hashable {
    /// Retries after the first attempt.
    public var maxRetries: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// The longest `Retry-After` the client waits for; beyond it the call fails (or falls back) at once.
    public var maxRetryAfter: Duration

    public init(maxRetries: Int = 2, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8), maxRetryAfter: Duration = .seconds(30)) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// How long to wait before retry number `retry` (1-based), or `nil` to stop. A server's `Retry-After`
    /// wins over the computed backoff when it is within `maxRetryAfter`.
    public func delay<G: RandomNumberGenerator>(beforeRetry retry: Int, retryAfter: Duration?, using generator: inout G) -> Duration? {
        guard retry <= maxRetries else { return nil }
        if let retryAfter {
            return retryAfter <= maxRetryAfter ? max(retryAfter, .zero) : nil
        }
        let exponential = baseDelay * (1 << min(retry - 1, 20))
        let ceiling = min(exponential, maxDelay)
        let ceilingNanos = max(1, Int64(ceiling.components.seconds) * 1_000_000_000 + ceiling.components.attoseconds / 1_000_000_000)
        // Full jitter: uniform in [ceiling/2, ceiling] keeps a floor so retries are never immediate.
        let nanos = ceilingNanos / 2 + Int64.random(in: 0...(ceilingNanos / 2), using: &generator)
        return .nanoseconds(nanos)
    }

    /// Parses `Retry-After`: delta-seconds (`120`) or an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`).
    public static func parseRetryAfter(_ value: String, now: Date = Date()) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed) { return seconds >= 0 ? .milliseconds(Int64(seconds * 1000)) : nil }
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) {
                return .milliseconds(Int64(max(0, date.timeIntervalSince(now)) * 1000))
            }
        }
        return nil
    }
}
