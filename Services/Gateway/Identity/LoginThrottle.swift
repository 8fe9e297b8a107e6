import Foundation
import Synchronization

/// Slows and then locks logins after repeated failures, per account and per client IP.
///
/// After `slowdownAfter` consecutive failures, each further attempt must wait 1 s (doubling each time, at most 60 s)
/// after the last failure; after `lockAfter` failures the key is locked for `lockDuration`. A success clears the
/// account's count. Per IP the thresholds are four times the account's (one office shares an address).
/// Refused attempts are answered before the password is checked, so they cost no bcrypt work.
final class LoginThrottle: Sendable {
    private struct Entry {
        var failures: Int
        var lastFailure: ContinuousClock.Instant
        var lockedUntil: ContinuousClock.Instant?
    }

    private let slowdownAfter: Int
    private let lockAfter: Int
    private let lockDuration: Duration
    private let entries = Mutex<[String: Entry]>([:])
    private let clock = ContinuousClock()

    init(slowdownAfter: Int, lockAfter: Int, lockDuration: Duration) {
        self.slowdownAfter = slowdownAfter
        self.lockAfter = max(lockAfter, slowdownAfter)
        self.lockDuration = lockDuration
    }

    /// Seconds the caller must wait before trying again, or nil when an attempt is allowed now.
    func retryAfter(account: String, ip: String) -> Int? {
        let now = clock.now
        return entries.withLock { entries in
            let waits = [
                Self.wait(entries["a:\(account)"], now: now, slowdownAfter: slowdownAfter, lockAfter: lockAfter),
                Self.wait(entries["i:\(ip)"], now: now, slowdownAfter: slowdownAfter * 4, lockAfter: lockAfter * 4),
            ].compactMap { $0 }
            return waits.max()
        }
    }

    /// Records a failed attempt.
    func failed(account: String, ip: String) {
        let now = clock.now
        entries.withLock { entries in
            if entries.count > 100_000 { Self.prune(&entries, now: now, keep: lockDuration) }
            for (key, lockAfter) in [("a:\(account)", self.lockAfter), ("i:\(ip)", self.lockAfter * 4)] {
                var entry = entries[key] ?? Entry(failures: 0, lastFailure: now, lockedUntil: nil)
                if let until = entry.lockedUntil, until <= now { entry = Entry(failures: 0, lastFailure: now, lockedUntil: nil) }
                entry.failures += 1
                entry.lastFailure = now
                if entry.failures >= lockAfter { entry.lockedUntil = now + lockDuration }
                entries[key] = entry
            }
        }
    }

    /// Records a success: the account's failures are forgotten.
    func succeeded(account: String) {
        _ = entries.withLock { $0.removeValue(forKey: "a:\(account)") }
    }

    private static func wait(_ entry: Entry?, now: ContinuousClock.Instant, slowdownAfter: Int, lockAfter: Int) -> Int? {
        guard let entry else { return nil }
        if let until = entry.lockedUntil {
            return until > now ? seconds(now.duration(to: until)) : nil
        }
        guard entry.failures >= slowdownAfter else { return nil }
        let exponent = min(entry.failures - slowdownAfter, 6)
        let delay = Duration.seconds(min(60, 1 << exponent))
        let allowedAt = entry.lastFailure + delay
        return allowedAt > now ? seconds(now.duration(to: allowedAt)) : nil
    }

    private static func seconds(_ duration: Duration) -> Int {
        max(1, Int(duration.components.seconds) + (duration.components.attoseconds > 0 ? 1 : 0))
    }

    private static func prune(_ entries: inout [String: Entry], now: ContinuousClock.Instant, keep: Duration) {
        entries = entries.filter { $0.value.lastFailure.duration(to: now) < keep || ($0.value.lockedUntil.map { $0 > now } ?? false) }
    }
}
