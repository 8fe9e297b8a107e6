import Auth
import ServiceRuntime

/// `email-agent`: templates, contacts, segments, campaigns and transactional mail sent over SMTP through the
/// `email.sending` queue (the sending side), and tracking, unsubscribe and automations (the engagement side).
/// `/api/email` routes re-verify the caller's access token; `/t/*` and `/unsubscribe/*` are public and signed.
public enum EmailAgent {
    /// Runs the daemon until SIGTERM or SIGINT (`commerceai` calls it when started as `email-agent`).
    public static func run() async throws {
        let config = try ServiceConfig(service: .email)
        let authConfig = try AuthConfig(environment: config.environment)
        let daemon = try Daemon(config: config) { migrator in
            EmailEventsTable.registerMigrations(&migrator)
            SendingModule.registerMigrations(&migrator)
            EngagementModule.registerMigrations(&migrator)
        }
        let tokens = await AccessTokens(config: authConfig)
        let engagement = try EngagementModule(daemon: daemon, tokens: tokens)
        let sending = try SendingModule.start(
            daemon: daemon, tokens: tokens, decorator: engagement.decorator, triggers: engagement.triggers)
        try engagement.start(enqueuer: sending)
        try await daemon.run()
    }
}
