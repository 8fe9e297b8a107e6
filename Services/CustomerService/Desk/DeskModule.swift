import Auth
import Hummingbird
import ServiceRuntime
import Storage

/// The support desk: tickets (`/api/tickets`), agents' availability, routing to people and the waiting queue
/// (`/api/customer-service/agents…`, `/api/customer-service/queue`), statistics, the escalation sweeper and the
/// notifications (a transactional outbox relayed to the `notifications` queue).
enum DeskModule {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {
        DeskMigrations.register(&migrator)
    }

    static func start(daemon: Daemon, tokens: AccessTokens, realtime: any RealtimePublishing) throws -> any HandoffRouting {
        let config = try DeskConfig(environment: daemon.config.environment)
        let clock = DeskClock(offsetFile: config.clockOffsetFile)
        if let file = config.clockOffsetFile {
            daemon.logger.warning("SAV_CLOCK_OFFSET_FILE is set: the desk's clock is shifted by that file (a testing aid)",
                                  metadata: ["file": "\(file)"])
        }
        let desk = SupportDesk(database: daemon.database, config: config, clock: clock, realtime: realtime,
                               logger: daemon.logger)

        let tickets = daemon.router.group("api/tickets", context: AuthenticatedContext.self)
            .add(middleware: AuthMiddleware(tokens: tokens))
        TicketController(desk: desk).register(on: tickets)
        let people = daemon.router.group("api/customer-service", context: AuthenticatedContext.self)
            .add(middleware: AuthMiddleware(tokens: tokens))
        DeskController(desk: desk).register(on: people)

        daemon.addHealthCheck(OutboxRelay.healthCheck(database: daemon.database))
        daemon.addService(OutboxRelay(database: daemon.database, broker: daemon.broker,
                                      pollInterval: config.outboxPollInterval, logger: daemon.logger))
        daemon.addService(EscalationSweeper(desk: desk, interval: config.sweepInterval, now: { clock.now() },
                                            logger: daemon.logger))
        return desk
    }
}
