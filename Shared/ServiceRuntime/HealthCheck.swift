import Foundation
public import Storage

/// The state `/health` reports for the service and for each of its checks.
public enum HealthStatus: String, Codable, Sendable, Comparable {
    case ok, degraded, down

    public static func < (lhs: HealthStatus, rhs: HealthStatus) -> Bool {
        lhs.severity < rhs.severity
    }

    var severity: Int {
        switch self {
        case .ok: 0
        case .degraded: 1
        case .down: 2
        }
    }
}

/// One check's outcome as `/health` shows it.
public struct HealthCheckResult: Codable, Sendable, Equatable {
    public var status: HealthStatus
    public var latencyMs: Double?
    public var detail: String?

    public init(status: HealthStatus, latencyMs: Double? = nil, detail: String? = nil) {
        self.status = status
        self.latencyMs = latencyMs
        self.detail = detail
    }
}

/// A named check `/health` runs on every call (concurrently, each bounded by a timeout).
/// A failing `critical` check makes the service `down` (HTTP 503); a failing non-critical one makes it `degraded`.
public struct HealthCheck: Sendable {
    public var name: String
    public var critical: Bool
    public var run: @Sendable () async -> HealthCheckResult

    public init(name: String, critical: Bool, run: @escaping @Sendable () async -> HealthCheckResult) {
        self.name = name
        self.critical = critical
        self.run = run
    }

    /// The service's database answers a query.
    public static func database(_ database: AppDatabase) -> HealthCheck {
        HealthCheck(name: "database", critical: true) {
            let start = ContinuousClock.now
            do {
                try await database.ping()
                return HealthCheckResult(status: .ok, latencyMs: start.duration(to: .now).milliseconds)
            } catch {
                return HealthCheckResult(status: .down, detail: "\(error)")
            }
        }
    }

    /// The broker connection is up. Without it HTTP still works but queued work waits: `degraded`.
    public static func broker(isConnected: @escaping @Sendable () -> Bool) -> HealthCheck {
        HealthCheck(name: "broker", critical: false) {
            isConnected()
                ? HealthCheckResult(status: .ok)
                : HealthCheckResult(status: .down, detail: "not connected to RabbitMQ; reconnecting")
        }
    }
}

extension Duration {
    /// The duration in milliseconds, as a `Double`.
    public var milliseconds: Double {
        Double(components.seconds) * 1_000 + Double(components.attoseconds) / 1e15
    }
}
