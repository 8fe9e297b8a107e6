import Foundation

/// A problem a queue can have, as alerts and the status name it.
enum QueueCondition: String, Codable, Sendable, CaseIterable {
    /// Nobody consumes it (or it does not exist): work piles up unseen.
    case noConsumers = "queue_no_consumers"
    /// Its depth grew at each of the last polls: consumers do not keep up.
    case growing = "queue_growing"
    /// Its dead-letter queue holds messages: jobs failed for good.
    case deadLetters = "queue_dead_letters"
}

/// One broker poll of one work queue and its dead-letter queue.
struct QueueObservation: Sendable, Equatable {
    var queue: String
    /// nil when the queue could not be read.
    var counts: QueueCounts?
    /// nil when the dead-letter queue could not be read (or does not exist: nothing dead-lettered yet).
    var deadLetterCount: Int?
    /// Why `counts` is nil.
    var error: QueueInspectionError?
    var at: Date
}

/// Flap control for one yes/no condition: raised after `raiseAfter` consecutive observations that it holds,
/// cleared after `clearAfter` consecutive ones that it does not, reminded every `reminderInterval` while raised.
struct ConditionTracker: Sendable, Equatable {
    enum Event: Sendable, Equatable { case raised, cleared, reminder }

    let raiseAfter: Int
    let clearAfter: Int
    let reminderInterval: Duration?
    private(set) var active = false
    private(set) var since: Date?
    private var streak = 0
    private var lastAlertAt: Date?

    init(raiseAfter: Int, clearAfter: Int, reminderInterval: Duration?) {
        self.raiseAfter = raiseAfter
        self.clearAfter = clearAfter
        self.reminderInterval = reminderInterval
    }

    mutating func observe(holds: Bool, at now: Date) -> Event? {
        guard holds != active else {
            streak = 0
            if active, let interval = reminderInterval, let last = lastAlertAt, now.timeIntervalSince(last) >= interval.seconds {
                lastAlertAt = now
                return .reminder
            }
            return nil
        }
        streak += 1
        guard streak >= (holds ? raiseAfter : clearAfter) else { return nil }
        active = holds
        since = now
        streak = 0
        lastAlertAt = now
        return holds ? .raised : .cleared
    }
}

/// Everything the monitor watches on one work queue: consumers, growth, dead letters.
struct QueueWatch: Sendable {
    let queue: String
    let policy: AlertPolicy
    private(set) var trackers: [QueueCondition: ConditionTracker]
    /// The last depths seen, oldest first (`queueGrowthPolls + 1` at most).
    private(set) var depths: [Int] = []
    private(set) var last: QueueObservation?

    init(queue: String, policy: AlertPolicy) {
        self.queue = queue
        self.policy = policy
        let standard = ConditionTracker(
            raiseAfter: policy.failureThreshold, clearAfter: policy.successThreshold, reminderInterval: policy.reminderInterval)
        // Growth already spans `queueGrowthPolls` polls: raise on the first verdict.
        let growth = ConditionTracker(raiseAfter: 1, clearAfter: policy.successThreshold, reminderInterval: policy.reminderInterval)
        self.trackers = [.noConsumers: standard, .growing: growth, .deadLetters: standard]
    }

    /// The conditions currently raised.
    var activeConditions: [QueueCondition] {
        QueueCondition.allCases.filter { trackers[$0]?.active == true }
    }

    /// Feeds one poll; returns the condition events it causes. An unreadable queue (broker down) decides nothing,
    /// except a queue that does not exist: nobody declared it, so nobody consumes it.
    mutating func observe(_ observation: QueueObservation) -> [(QueueCondition, ConditionTracker.Event)] {
        last = observation
        var events: [(QueueCondition, ConditionTracker.Event)] = []
        func feed(_ condition: QueueCondition, _ holds: Bool) {
            if let event = trackers[condition]?.observe(holds: holds, at: observation.at) { events.append((condition, event)) }
        }
        if let counts = observation.counts {
            feed(.noConsumers, counts.consumerCount == 0)
            depths.append(counts.messageCount)
            if depths.count > policy.queueGrowthPolls + 1 { depths.removeFirst(depths.count - policy.queueGrowthPolls - 1) }
            feed(.growing, isGrowing)
        } else if case .notFound = observation.error {
            feed(.noConsumers, true)
        }
        if let dead = observation.deadLetterCount {
            feed(.deadLetters, dead > 0)
        }
        return events
    }

    /// Whether the depth rose at each of the last `queueGrowthPolls` polls.
    var isGrowing: Bool {
        guard depths.count == policy.queueGrowthPolls + 1 else { return false }
        return zip(depths, depths.dropFirst()).allSatisfy { $0 < $1 }
    }
}
