import AsyncHTTPClient
import Auth
import Foundation
import LLM
import ServiceRuntime
import Storage

/// Conversations: `respond` (the bot over the tenant's own FAQ entries), automatic escalation to the desk, human
/// take-over, the channels' webhooks (WhatsApp through Twilio, Messenger, inbound email) and their outbound
/// connectors with the outbox and its retry queue (`customer-service.outbound`). Configuration:
/// ``ConversationsConfig``.
enum ConversationsModule {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {
        SQLiteConversationStore.registerMigrations(&migrator)
    }

    static func start(daemon: Daemon, tokens: AccessTokens, authConfig: AuthConfig, knowledge: KnowledgeIndexCache,
                      desk: any HandoffRouting, realtime: any RealtimePublishing) throws {
        let config = try ConversationsConfig(config: daemon.config)
        let now: @Sendable () -> Date = { Date() }
        let store = SQLiteConversationStore(database: daemon.database)
        let settings = ChannelSettingsStore(database: daemon.database)
        let connectors = OutboundConnectors(settings: settings, tokens: tokens, config: config, client: HTTPClient.shared)
        let dispatcher = OutboundDispatcher(
            store: store, connectors: connectors, broker: daemon.broker, config: config, logger: daemon.logger, now: now)
        // Trained (or mapped from its model file) now rather than on the first customer's message.
        let engine = EmbeddedEngine.shared
        let service = ConversationService(
            store: store, cache: knowledge, engine: engine, policy: EscalationPolicy(config: config), desk: desk,
            realtime: realtime, outbound: dispatcher, logger: daemon.logger, now: now)

        let api = daemon.router.group("api/customer-service", context: AuthenticatedContext.self)
            .add(middleware: AuthMiddleware(tokens: tokens))
        RespondController(service: service).register(on: api)
        ConversationsController(service: service, store: store).register(on: api.group("conversations"))
        ChannelsController(settings: settings, store: store, dispatcher: dispatcher, config: config)
            .register(channels: api.group("channels"), outbox: api.group("outbox"))
        WebhookController(service: service, settings: settings, config: config).register(on: daemon.router)

        daemon.addService(OutboundRetryService(
            dispatcher: dispatcher, store: store, broker: daemon.broker, logger: daemon.logger, now: now))
    }
}
