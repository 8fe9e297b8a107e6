import Foundation
import ServiceRuntime
import Testing

@testable import HealthMonitor

/// Flap control as pure values: thresholds, one event per transition, reminders; queue conditions.
@Suite("Flap control")
struct FlapControlTests {
    let policy = AlertPolicy(failureThreshold: 3, successThreshold: 2, reminderInterval: .seconds(60), queueGrowthPolls: 3)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func observation(_ status: HealthStatus, _ second: Double) -> Observation {
        Observation(status: status, latencyMs: status == .down ? nil : 3, detail: status == .down ? "connection refused" : nil,
                    at: start.addingTimeInterval(second))
    }

    /// Feeds statuses one second apart; returns the events, keyed by the index of the poll that caused them.
    func feed(_ tracker: inout TargetTracker, _ statuses: [HealthStatus], from offset: Double = 0) -> [Int: TargetTracker.Event] {
        var events: [Int: TargetTracker.Event] = [:]
        for (index, status) in statuses.enumerated() {
            if let event = tracker.observe(observation(status, offset + Double(index))) { events[index] = event }
        }
        return events
    }

    @Test("the first ok is taken at once and is not alerted")
    func firstOk() {
        var tracker = TargetTracker(target: "sav-agent", policy: policy)
        let events = feed(&tracker, [.ok, .ok, .ok])
        #expect(tracker.state == .ok)
        #expect(events.count == 1)
        guard case .transition(let transition, let alert)? = events[0] else { Issue.record("no transition"); return }
        #expect(transition.from == .unknown && transition.to == .ok)
        #expect(alert == false)
    }

    @Test("down needs N failures in a row, up needs M successes in a row, one alert each way")
    func thresholds() {
        var tracker = TargetTracker(target: "sav-agent", policy: policy)
        _ = feed(&tracker, [.ok])
        // Two failures, then a success: a blip, no change.
        var events = feed(&tracker, [.down, .down, .ok, .down, .down], from: 1)
        #expect(events.isEmpty)
        #expect(tracker.state == .ok)
        // The third failure in a row: down, alerted once; later failures say nothing.
        events = feed(&tracker, [.down, .down, .down, .down], from: 6)
        #expect(tracker.state == .down)
        #expect(events.count == 1)
        guard case .transition(let down, let downAlert)? = events[0] else { Issue.record("no down transition"); return }
        #expect(down.to == .down && downAlert)
        #expect(down.at == start.addingTimeInterval(6))
        // One success is not enough; two are.
        events = feed(&tracker, [.ok, .down, .ok, .ok, .ok, .ok], from: 10)
        #expect(tracker.state == .ok)
        #expect(events.count == 1)
        guard case .transition(let up, let upAlert)? = events[3] else { Issue.record("no up transition at the 2nd ok in a row"); return }
        #expect(up.from == .down && up.to == .ok && upAlert)
    }

    @Test("a target down from the start is alerted after the failure threshold")
    func downFromStart() {
        var tracker = TargetTracker(target: "pages-agent", policy: policy)
        let events = feed(&tracker, [.down, .down, .down, .down])
        #expect(tracker.state == .down)
        #expect(events.keys.sorted() == [2])
        guard case .transition(let transition, let alert)? = events[2] else { Issue.record("no transition"); return }
        #expect(transition.from == .unknown && alert)
    }

    @Test("degraded is its own state, reached after the failure threshold")
    func degraded() {
        var tracker = TargetTracker(target: "content-agent", policy: policy)
        _ = feed(&tracker, [.ok])
        let events = feed(&tracker, [.degraded, .degraded, .degraded, .ok, .ok], from: 1)
        #expect(events.count == 2)
        #expect(tracker.state == .ok)
    }

    @Test("a reminder is due every reminder interval while down, not on every poll")
    func reminders() {
        var tracker = TargetTracker(target: "email-agent", policy: policy)
        _ = feed(&tracker, [.ok, .down, .down, .down])  // down at second 3
        var reminders = 0
        for second in 4...200 {
            if case .reminder? = tracker.observe(observation(.down, Double(second))) { reminders += 1 }
        }
        // Seconds 63, 123, 183.
        #expect(reminders == 3)
    }

    @Test("a restored down state is not alerted again, and its recovery is")
    func restored() {
        var tracker = TargetTracker(target: "gateway", policy: policy, state: .down, since: start)
        let events = feed(&tracker, [.down, .ok, .ok], from: 1)
        #expect(events.count == 1)
        guard case .transition(let transition, let alert)? = events[2] else { Issue.record("no recovery"); return }
        #expect(transition.from == .down && transition.to == .ok && alert)
    }

    // MARK: - Queues

    func queue(_ depth: Int, consumers: Int, dead: Int = 0, _ second: Double) -> QueueObservation {
        QueueObservation(
            queue: "email.sending", counts: QueueCounts(messageCount: depth, consumerCount: consumers), deadLetterCount: dead,
            error: nil, at: start.addingTimeInterval(second))
    }

    @Test("a queue without consumers is raised after the threshold, once, and cleared once")
    func noConsumers() {
        var watch = QueueWatch(queue: "email.sending", policy: policy)
        var raised: [(QueueCondition, ConditionTracker.Event)] = []
        for second in 0..<10 { raised += watch.observe(queue(0, consumers: 0, Double(second))) }
        #expect(raised.count == 1)
        #expect(raised.first?.0 == .noConsumers && raised.first?.1 == .raised)
        #expect(watch.activeConditions == [.noConsumers])
        var cleared: [(QueueCondition, ConditionTracker.Event)] = []
        for second in 10..<15 { cleared += watch.observe(queue(0, consumers: 2, Double(second))) }
        #expect(cleared.count == 1)
        #expect(cleared.first?.1 == .cleared)
        #expect(watch.activeConditions.isEmpty)
    }

    @Test("a queue that does not exist has no consumers")
    func missingQueue() {
        var watch = QueueWatch(queue: "notifications", policy: policy)
        var events: [(QueueCondition, ConditionTracker.Event)] = []
        for second in 0..<3 {
            events += watch.observe(QueueObservation(
                queue: "notifications", counts: nil, deadLetterCount: 0, error: .notFound("notifications"),
                at: start.addingTimeInterval(Double(second))))
        }
        #expect(events.map(\.0) == [.noConsumers])
    }

    @Test("an unreadable queue decides nothing")
    func unreadable() {
        var watch = QueueWatch(queue: "notifications", policy: policy)
        for second in 0..<10 {
            let events = watch.observe(QueueObservation(
                queue: "notifications", counts: nil, deadLetterCount: nil, error: .notConnected, at: start.addingTimeInterval(Double(second))))
            #expect(events.isEmpty)
        }
    }

    @Test("a queue whose depth rises at each of the last polls is growing; a plateau clears it")
    func growth() {
        var watch = QueueWatch(queue: "content.generation", policy: policy)
        let depths = [5, 3, 4, 9, 12, 20, 20, 20, 20]
        var events: [Int: [(QueueCondition, ConditionTracker.Event)]] = [:]
        for (index, depth) in depths.enumerated() {
            let produced = watch.observe(queue(depth, consumers: 1, Double(index))).filter { $0.0 == .growing }
            if !produced.isEmpty { events[index] = produced }
        }
        // 3→4→9→12: three rises in a row at index 4; cleared after two polls without growth (indexes 6, 7).
        #expect(events.keys.sorted() == [4, 7])
        #expect(events[4]?.first?.1 == .raised)
        #expect(events[7]?.first?.1 == .cleared)
    }

    @Test("dead letters raise after the threshold")
    func deadLetters() {
        var watch = QueueWatch(queue: "analysis.requests", policy: policy)
        var events: [(QueueCondition, ConditionTracker.Event)] = []
        for second in 0..<5 { events += watch.observe(queue(0, consumers: 1, dead: 4, Double(second))) }
        #expect(events.count == 1)
        #expect(events.first?.0 == .deadLetters)
        let alert = Alert.queue("analysis.requests", condition: .deadLetters, event: .raised, observation: queue(0, consumers: 1, dead: 4, 0))
        #expect(alert.message.contains("4 dead-lettered"))
    }

    @Test("percentiles are nearest-rank")
    func percentiles() {
        let sorted = (1...100).map(Double.init)
        #expect(SQLiteHealthHistory.percentile(0.5, of: sorted) == 50)
        #expect(SQLiteHealthHistory.percentile(0.95, of: sorted) == 95)
        #expect(SQLiteHealthHistory.percentile(0.95, of: [7]) == 7)
    }
}
