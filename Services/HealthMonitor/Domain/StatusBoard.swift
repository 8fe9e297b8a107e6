import Foundation
import Logging
import Metrics
import ServiceRuntime

/// The monitor's live state: every target's debounced status, its latest and recent samples, every queue's
/// counts and raised conditions. Pollers feed it; it persists samples and transitions, raises alerts through the
/// dispatcher and keeps the Prometheus gauges current; the status route reads a snapshot.
actor StatusBoard {
    /// A monitored target as the board knows it.
    struct TargetInfo: Sendable {
        var name: String
        var type: Alert.SubjectType
        /// The URL polled (a service's `/health`, `host:port` for the broker).
        var endpoint: String
    }

    /// A target's state as the status route shows it.
    struct TargetSnapshot: Sendable {
        var info: TargetInfo
        var status: MonitorStatus
        var since: Date?
        var last: Sample?
        var recent: [Sample]
    }

    /// A queue's state as the status route shows it.
    struct QueueSnapshot: Sendable {
        var name: String
        var last: QueueObservation?
        var conditions: [QueueCondition]
    }

    /// How many samples per target are kept in memory for the sparklines.
    static let recentCapacity = 60

    private let targets: [TargetInfo]
    private let queueNames: [String]
    private let store: any HealthHistoryStore
    private let alerts: AlertDispatcher
    private let logger: Logger
    private var trackers: [String: TargetTracker]
    private var recent: [String: [Sample]] = [:]
    private var watches: [String: QueueWatch]

    init(targets: [TargetInfo], queues: [String], policy: AlertPolicy, store: any HealthHistoryStore, alerts: AlertDispatcher, logger: Logger) {
        self.targets = targets
        self.queueNames = queues
        self.store = store
        self.alerts = alerts
        self.logger = logger
        self.trackers = Dictionary(uniqueKeysWithValues: targets.map { ($0.name, TargetTracker(target: $0.name, policy: policy)) })
        self.watches = Dictionary(uniqueKeysWithValues: queues.map { ($0, QueueWatch(queue: $0, policy: policy)) })
    }

    /// Resumes from the database: each target's last known state (so a restart neither re-alerts an outage that
    /// was already alerted nor misses its recovery) and its recent samples.
    func restore() async throws {
        let last = try await store.lastTransitions()
        for (name, transition) in last where trackers[name] != nil {
            trackers[name] = TargetTracker(target: name, policy: trackers[name]!.policy, state: transition.to, since: transition.at)
        }
        let samples = try await store.recentSamples(limit: Self.recentCapacity)
        for (name, list) in samples where trackers[name] != nil { recent[name] = list }
    }

    // MARK: - Feeding

    /// Records one poll of `target`: the sample, and the transition and alert it may cause.
    func record(target: String, observation: Observation) async {
        guard var tracker = trackers[target], let info = targets.first(where: { $0.name == target }) else { return }
        let event = tracker.observe(observation)
        trackers[target] = tracker
        let sample = Sample(
            target: target, status: observation.status, latencyMs: observation.latencyMs, detail: observation.detail,
            at: observation.at)
        var list = recent[target, default: []]
        list.append(sample)
        if list.count > Self.recentCapacity { list.removeFirst(list.count - Self.recentCapacity) }
        recent[target] = list
        updateGauges(target: target, status: tracker.state, latencyMs: observation.latencyMs)

        await persist { try await self.store.record(sample) }
        switch event {
        case .transition(let transition, let alert)?:
            logger.notice(
                "\(target) \(transition.from.rawValue) -> \(transition.to.rawValue)",
                metadata: ["target": "\(target)", "detail": "\(transition.detail ?? "-")"])
            await persist { try await self.store.record(transition) }
            if alert { await raise(.transition(transition, subjectType: info.type)) }
        case .reminder(let status, let since)?:
            await raise(.reminder(target: target, subjectType: info.type, status: status, since: since, at: observation.at))
        case nil:
            break
        }
    }

    /// Records one broker poll of a queue and raises or clears its conditions.
    func record(queue observation: QueueObservation) async {
        guard var watch = watches[observation.queue] else { return }
        let events = watch.observe(observation)
        watches[observation.queue] = watch
        let dimensions = [("queue", observation.queue)]
        if let counts = observation.counts {
            Gauge(label: "health_monitor_queue_depth", dimensions: dimensions).record(counts.messageCount)
            Gauge(label: "health_monitor_queue_consumers", dimensions: dimensions).record(counts.consumerCount)
        }
        if let dead = observation.deadLetterCount {
            Gauge(label: "health_monitor_queue_dead_letters", dimensions: dimensions).record(dead)
        }
        for (condition, event) in events {
            await raise(.queue(observation.queue, condition: condition, event: event, observation: observation))
        }
    }

    private func raise(_ alert: Alert) async {
        await persist { try await self.store.record(alert) }
        alerts.send(alert)
    }

    /// A database hiccup must not stop monitoring: it is logged and the poll goes on.
    private func persist(_ write: () async throws -> Void) async {
        do {
            try await write()
        } catch {
            logger.error("history write failed", metadata: ["error": "\(error)"])
        }
    }

    private func updateGauges(target: String, status: MonitorStatus, latencyMs: Double?) {
        let dimensions = [("target", target)]
        // 1 ok, 0.5 degraded, 0 down or unknown: `min_over_time(...) < 1` finds any trouble.
        let value: Double = switch status {
        case .ok: 1
        case .degraded: 0.5
        default: 0
        }
        Gauge(label: "health_monitor_target_up", dimensions: dimensions).record(value)
        if let latencyMs {
            Gauge(label: "health_monitor_target_latency_ms", dimensions: dimensions).record(latencyMs)
        }
    }

    // MARK: - Reading

    func snapshot() -> (targets: [TargetSnapshot], queues: [QueueSnapshot]) {
        let targetSnapshots = targets.map { info in
            let tracker = trackers[info.name]
            let list = recent[info.name] ?? []
            return TargetSnapshot(info: info, status: tracker?.state ?? .unknown, since: tracker?.since, last: list.last, recent: list)
        }
        let queueSnapshots = queueNames.map { name in
            QueueSnapshot(name: name, last: watches[name]?.last, conditions: watches[name]?.activeConditions ?? [])
        }
        return (targetSnapshots, queueSnapshots)
    }

    /// The names of the targets, in display order.
    nonisolated var targetNames: [String] { targets.map(\.name) }
}
