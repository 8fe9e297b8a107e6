import Auth
import ServiceRuntime
import Storage

/// Templates, contacts, segments, campaigns, the `email.sending` workers, transactional mail and the
/// notifications consumer. (Placeholder until the sending work lands.)
enum SendingModule {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {}

    static func start(daemon: Daemon, tokens: AccessTokens, decorator: any MessageDecorating,
                      triggers: any AutomationTriggering) throws -> any MailEnqueuing {
        fatalError("the sending side is not built yet")
    }
}
