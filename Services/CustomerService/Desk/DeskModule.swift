import Auth
import ServiceRuntime
import Storage

/// The support desk: tickets, agents' availability, routing to people, the waiting queue, statistics,
/// the escalation sweeper and the notifications. (Placeholder until the desk work lands.)
enum DeskModule {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {}

    static func start(daemon: Daemon, tokens: AccessTokens, realtime: any RealtimePublishing) throws -> any HandoffRouting {
        fatalError("the desk is not built yet")
    }
}
