import Auth
import ServiceRuntime
import Storage

/// Tracking (open pixel, click redirects, per-campaign stats), one-click unsubscribe and automations.
/// (Placeholder until the engagement work lands.)
struct EngagementModule {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {}

    let decorator: any MessageDecorating
    let triggers: any AutomationTriggering

    init(daemon: Daemon, tokens: AccessTokens) throws {
        fatalError("the engagement side is not built yet")
    }

    func start(enqueuer: any MailEnqueuing) throws {}
}
