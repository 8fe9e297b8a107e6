import Auth
import ServiceRuntime
import Storage

/// The engagement side of the email agent: tracking (open pixel, click redirects), per-campaign stats, one-click
/// unsubscribe and automations.
///
/// - `init(daemon:tokens:)` reads ``EngagementConfig`` and builds what the sending side needs first: the
///   ``TrackingDecorator`` (``MessageDecorating``) and the ``AutomationTriggers`` (``AutomationTriggering``).
/// - `start(enqueuer:)` registers the routes (`/t/o/{token}.gif`, `/t/c/{token}`, `/unsubscribe/{token}`,
///   `/api/email/campaigns/{id}/stats`, `/api/email/automations…`) and adds the ``AutomationScheduler`` to the
///   daemon's service group.
struct EngagementModule {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {
        SQLiteAutomationStore.registerMigrations(&migrator)
    }

    let decorator: any MessageDecorating
    let triggers: any AutomationTriggering

    private let daemon: Daemon
    private let tokens: AccessTokens
    private let config: EngagementConfig
    private let clock: any EngagementClock
    private let signer: TrackingTokenSigner
    private let events: SQLiteEngagementEventStore
    private let automations: SQLiteAutomationStore
    private let contacts: StoredAutomationContacts

    init(daemon: Daemon, tokens: AccessTokens) throws {
        let config = try EngagementConfig(service: daemon.config)
        self.daemon = daemon
        self.tokens = tokens
        self.config = config
        self.clock = config.clockOffsetFile.map { OffsetFileClock(path: $0) } ?? SystemEngagementClock()
        self.signer = TrackingTokenSigner(secret: config.trackingSecret)
        self.events = SQLiteEngagementEventStore(database: daemon.database)
        self.automations = SQLiteAutomationStore(database: daemon.database)
        self.contacts = StoredAutomationContacts(contacts: ContactStore(database: daemon.database))
        self.decorator = TrackingDecorator(links: EngagementLinks(baseURL: config.publicBaseURL, signer: signer))
        self.triggers = AutomationTriggers(store: automations, contacts: contacts, logger: daemon.logger)
    }

    func start(enqueuer: any MailEnqueuing) throws {
        TrackingController(signer: signer, events: events, clock: clock).register(on: daemon.router)
        UnsubscribeController(signer: signer, store: UnsubscribeStore(database: daemon.database), clock: clock)
            .register(on: daemon.router)
        let api = daemon.router.group("api/email", context: AuthenticatedContext.self)
            .add(middleware: AuthMiddleware(tokens: tokens))
        CampaignStatsController(database: daemon.database, events: events).register(on: api)
        AutomationController(store: automations, clock: clock).register(on: api)

        let runner = AutomationRunner(
            store: automations, contacts: contacts, evaluator: ConditionEvaluator(events: events), enqueuer: enqueuer,
            clock: clock, logger: daemon.logger)
        let scheduler = AutomationScheduler(
            runner: runner, interval: config.tickInterval, batchSize: config.batchSize, heartbeat: AutomationHeartbeat(),
            logger: daemon.logger)
        daemon.addService(scheduler)
        daemon.addHealthCheck(scheduler.healthCheck())
    }
}
