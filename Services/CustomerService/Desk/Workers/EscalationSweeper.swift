import Foundation
import Logging
import ServiceLifecycle

/// Escalates tickets that waited too long (``SupportDesk/sweep(now:)``), every `interval`, with the time `now`
/// gives (the desk clock in the daemon, so `SAV_CLOCK_OFFSET_FILE` moves it; any clock in a test).
struct EscalationSweeper: Service {
    let desk: SupportDesk
    let interval: Duration
    let now: @Sendable () -> Date
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await sweepOnce()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One sweep; failures are logged and retried at the next tick.
    func sweepOnce() async {
        do {
            try await desk.sweep(now: now())
        } catch {
            logger.error("escalation sweep failed", metadata: ["error": "\(error)"])
        }
    }
}
