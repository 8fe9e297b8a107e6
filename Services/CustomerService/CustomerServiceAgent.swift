import Auth
import ServiceRuntime

/// `sav-agent` (customer service): conversations on every channel, the knowledge base, the support desk
/// (tickets, routing to people, statistics), real time. Every `/api/customer-service` and `/api/tickets` route
/// re-verifies the caller's access token (`AuthConfig`: `JWT_SECRET` or the shared `data/jwt-secret`).
public enum CustomerServiceAgent {
    /// Runs the daemon until SIGTERM or SIGINT (`commerceai` calls it when started as `sav-agent`).
    public static func run() async throws {
        let config = try ServiceConfig(service: .customerService)
        let authConfig = try AuthConfig(environment: config.environment)
        let daemon = try Daemon(config: config) { migrator in
            SQLiteFAQStore.registerMigrations(&migrator)
            DeskModule.registerMigrations(&migrator)
            ConversationsModule.registerMigrations(&migrator)
        }
        let tokens = await AccessTokens(config: authConfig)
        let api = daemon.router.group("api/customer-service", context: AuthenticatedContext.self)
            .add(middleware: AuthMiddleware(tokens: tokens))
        let knowledge = KnowledgeIndexCache()
        FAQController(store: SQLiteFAQStore(database: daemon.database) { knowledge.invalidate(tenantId: $0) })
            .register(on: api.group("faqs"))
        let realtime = try RealtimeModule.start(daemon: daemon, tokens: tokens)
        let desk = try DeskModule.start(daemon: daemon, tokens: tokens, realtime: realtime)
        RealtimeModule.attach(desk: desk, to: realtime)
        try ConversationsModule.start(
            daemon: daemon, tokens: tokens, authConfig: authConfig, knowledge: knowledge, desk: desk, realtime: realtime)
        try await daemon.run()
    }
}
