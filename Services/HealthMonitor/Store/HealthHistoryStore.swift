import Foundation

/// Uptime and latency of one target over one window.
struct TargetStatistics: Sendable, Equatable {
    /// Samples in the window.
    var samples: Int
    /// Share of samples where the target answered (ok or degraded), in percent; nil without samples.
    var uptimePercent: Double?
}

/// Latency percentiles of the answered polls of one window.
struct LatencyPercentiles: Sendable, Equatable {
    var p50: Double
    var p95: Double
}

/// The monitor's history: samples, transitions and alerts. The domain only sees this protocol.
protocol HealthHistoryStore: Sendable {
    func record(_ sample: Sample) async throws
    func record(_ transition: Transition) async throws
    func record(_ alert: Alert) async throws

    /// Uptime per target since `start`.
    func statistics(since start: Date) async throws -> [String: TargetStatistics]
    /// Latency p50/p95 per target since `start` (answered polls only).
    func latencyPercentiles(since start: Date) async throws -> [String: LatencyPercentiles]
    /// Samples of `target` at or after `start`, oldest first, after the sample id `after` when given.
    func samples(of target: String, since start: Date, after: Int64?, limit: Int) async throws -> [Sample]
    /// The latest `limit` samples of every target, oldest first.
    func recentSamples(limit: Int) async throws -> [String: [Sample]]
    /// Transitions of `target` at or after `start`, newest first.
    func transitions(of target: String, since start: Date, limit: Int) async throws -> [Transition]
    /// The latest transition of every target (its current debounced state), to resume after a restart.
    func lastTransitions() async throws -> [String: Transition]
    /// The latest alerts, newest first.
    func recentAlerts(limit: Int) async throws -> [Alert]
    /// Deletes samples, transitions and alerts older than `cutoff`; returns how many rows went.
    func prune(before cutoff: Date) async throws -> Int
}
