import Foundation
import ServiceRuntime

/// Flap control for one target: turns a stream of poll results into state changes.
///
/// A state changes only after the same new result has been seen `failureThreshold` times in a row (getting worse)
/// or `successThreshold` times in a row (getting better), so a single lost poll neither pages anyone nor hides an
/// outage. The first verdict after start: `ok` is taken at once and is not news; `down` or `degraded` needs the
/// failure threshold and is alerted. While a target stays down or degraded, a reminder is due every
/// `reminderInterval`. A pure value: the caller persists what it returns.
struct TargetTracker: Sendable {
    /// What `observe` decided.
    enum Event: Sendable, Equatable {
        /// The state changed; `alert` says whether anyone should hear about it.
        case transition(Transition, alert: Bool)
        /// The problem still holds; say it again.
        case reminder(status: MonitorStatus, since: Date)
    }

    let target: String
    let policy: AlertPolicy
    private(set) var state: MonitorStatus
    /// When the current state began.
    private(set) var since: Date?
    private var candidate: MonitorStatus?
    private var streak = 0
    private var lastAlertAt: Date?

    init(target: String, policy: AlertPolicy, state: MonitorStatus = .unknown, since: Date? = nil) {
        self.target = target
        self.policy = policy
        self.state = state
        self.since = since
        // A restored problem was alerted before the restart; remind from its start.
        self.lastAlertAt = state.isProblem ? since : nil
    }

    /// Feeds one poll result; returns the event it causes, if any.
    mutating func observe(_ observation: Observation) -> Event? {
        let observed = MonitorStatus(observation.status)
        guard observed != state else {
            candidate = nil
            streak = 0
            return reminderIfDue(at: observation.at)
        }
        if candidate == observed {
            streak += 1
        } else {
            candidate = observed
            streak = 1
        }
        guard streak >= threshold(to: observed) else { return nil }

        let transition = Transition(target: target, from: state, to: observed, at: observation.at, detail: observation.detail)
        let alert = !(state == .unknown && observed == .ok)
        state = observed
        since = observation.at
        candidate = nil
        streak = 0
        lastAlertAt = alert ? observation.at : lastAlertAt
        return .transition(transition, alert: alert)
    }

    /// Observations in a row needed to move to `observed`.
    func threshold(to observed: MonitorStatus) -> Int {
        if state == .unknown { return observed == .ok ? 1 : policy.failureThreshold }
        return observed > state ? policy.failureThreshold : policy.successThreshold
    }

    private mutating func reminderIfDue(at now: Date) -> Event? {
        guard state.isProblem, let interval = policy.reminderInterval, let last = lastAlertAt,
              now.timeIntervalSince(last) >= interval.seconds
        else { return nil }
        lastAlertAt = now
        return .reminder(status: state, since: since ?? now)
    }
}

extension MonitorStatus {
    /// Down or degraded: worth an alert and reminders.
    var isProblem: Bool { self == .down || self == .degraded }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var seconds: TimeInterval {
        TimeInterval(components.seconds) + TimeInterval(components.attoseconds) / 1e18
    }
}
