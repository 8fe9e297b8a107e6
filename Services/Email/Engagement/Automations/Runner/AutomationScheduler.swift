import Logging
import ServiceLifecycle
import ServiceRuntime
import Synchronization

/// The daemon's automation loop: a runner tick every `interval` (due times are read against the engagement clock,
/// so an offset file moves them). At graceful shutdown the tick in flight completes, then the loop stops; an
/// enrolment interrupted harder keeps its claim until the lease ends and is then taken up again.
struct AutomationScheduler: Service {
    let runner: AutomationRunner
    let interval: Duration
    let batchSize: Int
    let heartbeat: AutomationHeartbeat
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                // A full batch means more may be due: go again at once.
                while try await runner.tick(limit: batchSize) == batchSize, !Task.isShuttingDownGracefully {}
                heartbeat.beat()
            } catch {
                logger.error("automation tick failed", metadata: ["error": "\(error)"])
            }
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }

    /// `/health`'s `automations` check (not critical): degraded when no tick has completed for three intervals.
    func healthCheck() -> HealthCheck {
        let heartbeat = heartbeat
        let limit = interval * 3 + .seconds(30)
        return HealthCheck(name: "automations", critical: false) {
            guard let age = heartbeat.age else { return HealthCheckResult(status: .ok, detail: "starting") }
            return age <= limit
                ? HealthCheckResult(status: .ok)
                : HealthCheckResult(status: .degraded, detail: "no automation tick completed for \(age.components.seconds) s")
        }
    }
}

/// When the scheduler last completed a tick.
final class AutomationHeartbeat: Sendable {
    private let last = Mutex<ContinuousClock.Instant?>(nil)

    func beat() { last.withLock { $0 = .now } }

    /// Time since the last completed tick; nil before the first.
    var age: Duration? { last.withLock { $0.map { $0.duration(to: .now) } } }
}
