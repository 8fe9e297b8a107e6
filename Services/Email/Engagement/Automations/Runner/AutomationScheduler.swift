import Logging
import ServiceLifecycle

/// The daemon's automation loop: a runner tick every `interval` (read against the engagement clock, so an offset
/// file moves it). At graceful shutdown the tick in flight completes, then the loop stops; an enrolment interrupted
/// harder keeps its claim until the lease ends and is then taken up again.
struct AutomationScheduler: Service {
    let runner: AutomationRunner
    let interval: Duration
    let batchSize: Int
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                // A full batch means more may be due: go again at once.
                while try await runner.tick(limit: batchSize) == batchSize, !Task.isShuttingDownGracefully {}
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
}
