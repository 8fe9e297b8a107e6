import Auth
import ServiceRuntime

/// `sav-agent` (customer service): the knowledge base (FAQ) routes for now; every `/api/customer-service` route
/// re-verifies the caller's access token (`AuthConfig`: `JWT_SECRET` or the shared `data/jwt-secret`).
@main
enum CustomerServiceAgent {
    static func main() async throws {
        let config = try ServiceConfig(service: .customerService)
        let authConfig = try AuthConfig(environment: config.environment)
        let daemon = try Daemon(config: config) { SQLiteFAQStore.registerMigrations(&$0) }
        let tokens = await AccessTokens(config: authConfig)
        let api = daemon.router.group("api/customer-service", context: AuthenticatedContext.self)
            .add(middleware: AuthMiddleware(tokens: tokens))
        FAQController(store: SQLiteFAQStore(database: daemon.database)).register(on: api.group("faqs"))
        try await daemon.run()
    }
}
