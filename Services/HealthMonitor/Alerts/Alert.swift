import Foundation

/// One alert: a target changed state, a problem still holds, or a queue condition was raised or cleared.
/// This is the JSON the webhook receives, the `notifications` queue carries (inside `HealthAlertNotification`)
/// and `/api/health/status` lists.
struct Alert: Codable, Sendable, Equatable, Identifiable {
    enum SubjectType: String, Codable, Sendable { case service, broker, queue }
    /// `raised` when a problem starts, `reminder` while it lasts, `resolved` when it ends.
    enum Event: String, Codable, Sendable { case raised, reminder, resolved }
    enum Severity: String, Codable, Sendable { case critical, warning, info }

    var id: String
    /// The service name, `rabbitmq`, or the queue name.
    var subject: String
    var subjectType: SubjectType
    /// `down`, `degraded` or `ok` for targets; a `QueueCondition` raw value for queues.
    var kind: String
    var event: Event
    var severity: Severity
    /// The target's state after the event (`down`, `ok`, …), or `active`/`cleared` for a queue condition.
    var status: String
    var previousStatus: String?
    /// One sentence for a person.
    var message: String
    var at: Date

    init(
        id: String = UUID().uuidString.lowercased(), subject: String, subjectType: SubjectType, kind: String, event: Event,
        severity: Severity, status: String, previousStatus: String? = nil, message: String, at: Date
    ) {
        self.id = id
        self.subject = subject
        self.subjectType = subjectType
        self.kind = kind
        self.event = event
        self.severity = severity
        self.status = status
        self.previousStatus = previousStatus
        self.message = message
        self.at = at
    }
}

extension Alert {
    /// The alert for a target's state change.
    static func transition(_ transition: Transition, subjectType: SubjectType) -> Alert {
        let event: Event = transition.to == .ok ? .resolved : .raised
        let severity: Severity = switch transition.to {
        case .down: .critical
        case .degraded: .warning
        default: .info
        }
        let reason = transition.detail.map { ": \($0)" } ?? ""
        let message = switch transition.to {
        case .ok: "\(transition.target) is ok again (was \(transition.from.rawValue))"
        case .degraded: "\(transition.target) is degraded\(reason)"
        default: "\(transition.target) is down\(reason)"
        }
        return Alert(
            subject: transition.target, subjectType: subjectType, kind: transition.to.rawValue, event: event, severity: severity,
            status: transition.to.rawValue, previousStatus: transition.from.rawValue, message: message, at: transition.at)
    }

    /// The reminder that a target is still in trouble.
    static func reminder(target: String, subjectType: SubjectType, status: MonitorStatus, since: Date, at: Date) -> Alert {
        let minutes = Int(at.timeIntervalSince(since) / 60)
        return Alert(
            subject: target, subjectType: subjectType, kind: status.rawValue, event: .reminder,
            severity: status == .down ? .critical : .warning, status: status.rawValue, previousStatus: status.rawValue,
            message: "\(target) is still \(status.rawValue) (for \(minutes) min)", at: at)
    }

    /// The alert for a queue condition event.
    static func queue(
        _ queue: String, condition: QueueCondition, event: ConditionTracker.Event, observation: QueueObservation
    ) -> Alert {
        let depth = observation.counts.map { String($0.messageCount) } ?? "?"
        let problem = switch condition {
        case .noConsumers: "has no consumers (depth \(depth))"
        case .growing: "keeps growing (depth \(depth))"
        case .deadLetters: "has \(observation.deadLetterCount ?? 0) dead-lettered message(s) in \(queue).dead"
        }
        let message = switch event {
        case .raised: "queue \(queue) \(problem)"
        case .reminder: "queue \(queue) still \(problem)"
        case .cleared: "queue \(queue) is fine again (\(condition.rawValue) cleared)"
        }
        return Alert(
            subject: queue, subjectType: .queue, kind: condition.rawValue,
            event: event == .cleared ? .resolved : (event == .raised ? .raised : .reminder),
            severity: event == .cleared ? .info : .warning,
            status: event == .cleared ? "cleared" : "active", previousStatus: nil, message: message, at: observation.at)
    }
}
