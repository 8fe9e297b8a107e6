import Auth
import ServiceRuntime
import Storage

/// Conversations: `respond`, escalation, the channels' webhooks and outbound connectors, human take-over.
/// (Placeholder until the conversations work lands.)
enum ConversationsModule {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {}

    static func start(daemon: Daemon, tokens: AccessTokens, authConfig: AuthConfig,
                      desk: any HandoffRouting, realtime: any RealtimePublishing) throws {}
}
