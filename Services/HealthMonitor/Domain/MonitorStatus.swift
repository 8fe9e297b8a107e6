import Foundation
import ServiceRuntime

/// The state the monitor holds for a target: what its `/health` says, debounced by flap control.
/// `unknown` until the first verdict.
enum MonitorStatus: String, Codable, Sendable, Comparable, CaseIterable {
    case unknown, ok, degraded, down

    init(_ status: HealthStatus) {
        switch status {
        case .ok: self = .ok
        case .degraded: self = .degraded
        case .down: self = .down
        }
    }

    /// Worse is greater; `unknown` sorts before `ok`.
    var severity: Int {
        switch self {
        case .unknown: -1
        case .ok: 0
        case .degraded: 1
        case .down: 2
        }
    }

    static func < (lhs: MonitorStatus, rhs: MonitorStatus) -> Bool { lhs.severity < rhs.severity }

    /// Whether the target answered (ok or degraded): what uptime counts.
    var isUp: Bool { self == .ok || self == .degraded }
}

/// One poll of one target: what it answered, how fast, and when.
struct Observation: Sendable, Equatable {
    /// What the poll saw: `ok`/`degraded` from the target's `/health` body, `down` for a 503, another status,
    /// a timeout or a refused connection.
    var status: HealthStatus
    /// Round-trip time when the target answered at all; nil when it did not.
    var latencyMs: Double?
    /// Why it is not ok (HTTP status, error), for the history and the alert message.
    var detail: String?
    /// When the poll started.
    var at: Date
}

/// A persisted sample: an observation of a named target.
struct Sample: Sendable, Equatable, Codable {
    var id: Int64?
    var target: String
    var status: HealthStatus
    var latencyMs: Double?
    var detail: String?
    var at: Date
}

/// A change of a target's debounced state.
struct Transition: Sendable, Equatable, Codable {
    var target: String
    var from: MonitorStatus
    var to: MonitorStatus
    var at: Date
    var detail: String?
}
