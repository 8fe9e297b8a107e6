import Prometheus
import Synchronization

/// A circuit breaker for one upstream URL: after `failureThreshold` consecutive failures it opens, and requests
/// are refused at once (503) instead of waiting on a dead peer; after `openDuration` it lets one trial request
/// through (half-open): a success closes it, a failure opens it again.
final class CircuitBreaker: Sendable {
    enum State: Sendable, Equatable {
        case closed
        case open(until: ContinuousClock.Instant)
        case halfOpen(probeStarted: ContinuousClock.Instant)

        var gaugeValue: Double {
            switch self {
            case .closed: 0
            case .halfOpen: 1
            case .open: 2
            }
        }
    }

    private struct Storage {
        var state: State = .closed
        var consecutiveFailures = 0
    }

    let failureThreshold: Int
    let openDuration: Duration
    private let storage = Mutex(Storage())
    private let gauge: Gauge?
    private let clock = ContinuousClock()

    init(failureThreshold: Int, openDuration: Duration, gauge: Gauge? = nil) {
        self.failureThreshold = failureThreshold
        self.openDuration = openDuration
        self.gauge = gauge
        gauge?.set(to: 0)
    }

    var state: State { storage.withLock { $0.state } }

    /// Whether a request may go to this upstream now; in half-open, only the one trial request may.
    func acquire() -> Bool {
        let now = clock.now
        return storage.withLock { storage in
            switch storage.state {
            case .closed:
                return true
            case .open(let until):
                guard now >= until else { return false }
                set(&storage, .halfOpen(probeStarted: now))
                return true
            case .halfOpen(let started):
                // A trial that never reported (its task was cancelled) must not keep the breaker shut forever.
                guard started.duration(to: now) > openDuration else { return false }
                set(&storage, .halfOpen(probeStarted: now))
                return true
            }
        }
    }

    /// Whether `acquire()` would refuse right now (without taking the trial slot).
    var isRefusing: Bool {
        let now = clock.now
        return storage.withLock { storage in
            switch storage.state {
            case .closed: false
            case .open(let until): now < until
            case .halfOpen(let started): started.duration(to: now) <= openDuration
            }
        }
    }

    /// Seconds until the breaker lets a trial through (for `Retry-After`).
    var retryAfterSeconds: Int {
        let now = clock.now
        return storage.withLock { storage in
            if case .open(let until) = storage.state, until > now {
                let remaining = now.duration(to: until)
                return max(1, Int(remaining.components.seconds) + (remaining.components.attoseconds > 0 ? 1 : 0))
            }
            return 1
        }
    }

    func recordSuccess() {
        storage.withLock { storage in
            storage.consecutiveFailures = 0
            if storage.state != .closed { set(&storage, .closed) }
        }
    }

    func recordFailure() {
        let now = clock.now
        storage.withLock { storage in
            storage.consecutiveFailures += 1
            switch storage.state {
            case .halfOpen:
                set(&storage, .open(until: now + openDuration))
            case .closed where storage.consecutiveFailures >= failureThreshold:
                set(&storage, .open(until: now + openDuration))
            default:
                break
            }
        }
    }

    private func set(_ storage: inout Storage, _ state: State) {
        storage.state = state
        gauge?.set(to: state.gaugeValue)
    }
}
