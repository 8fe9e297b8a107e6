import Auth
import Foundation
import LLM
import Mail
import Messaging
import ServiceRuntime
import Storage

/// The sending side of the email agent: templates, contacts, segments, campaigns (with their dispatcher), the
/// `email.sending` delivery workers, transactional mail, the `notifications` consumer and the outbox.
///
/// Routes (under `/api/email`, access token re-verified): `templates`, `contacts`, `segments`, `campaigns`,
/// `send`, `outbox`. Services added to the daemon, in order: a second broker connection for consuming (acks
/// never wait behind publishes), the campaign dispatcher, the notifications consumer, and the delivery workers
/// when `EMAIL_SMTP_URL` is set (without it nothing consumes `email.sending`: mail waits in the queue, and
/// `/health` says so in its `smtp` check without failing).
enum SendingModule {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {
        SendingSchema.registerMigrations(&migrator)
    }

    static func start(daemon: Daemon, tokens: AccessTokens, decorator: any MessageDecorating,
                      triggers: any AutomationTriggering) throws -> any MailEnqueuing {
        let config = try SendingConfig(environment: daemon.config.environment)
        let logger = daemon.logger
        let database = daemon.database
        let interrupted = try MessageLedger.releaseClaims(database)
        if interrupted > 0 {
            logger.notice("messages interrupted by the last stop will be sent again", metadata: ["count": "\(interrupted)"])
        }
        let templates = TemplateStore(database: database)
        let contacts = ContactStore(database: database)
        let segments = SegmentStore(database: database)
        let campaigns = CampaignStore(database: database)
        let queue = MailQueue(database: database, broker: daemon.broker, decorator: decorator, templates: templates,
                              contacts: contacts, logger: logger)
        let dispatcher = CampaignDispatcher(
            database: database, queue: queue, clock: SendingClock(offsetFile: config.clockOffsetFile, logger: logger),
            interval: config.schedulerInterval, logger: logger)
        let llmConfiguration = LLMConfiguration(environment: daemon.config.environment)
        // Made on the first draft: the embedded engine it trains is not needed until then.
        let llm = DeferredLLMClient { LLMService(configuration: llmConfiguration, logger: logger) }

        let api = daemon.router.group("api/email", context: AuthenticatedContext.self)
            .add(middleware: AuthMiddleware(tokens: tokens))
        TemplateController(store: templates, contacts: contacts, drafter: TemplateDrafter(llm: llm)).register(on: api)
        ContactController(store: contacts, triggers: triggers, importMaxRows: config.importMaxRows).register(on: api)
        SegmentController(store: segments).register(on: api)
        CampaignController(store: campaigns, dispatcher: dispatcher).register(on: api)
        TransactionalController(queue: queue, templates: templates, contacts: contacts).register(on: api)
        OutboxController(database: database).register(on: api)

        var amqp = try AMQPConfiguration(url: daemon.config.rabbitMQURL, connectionName: "email-agent.consume",
                                         prefetch: config.prefetch)
        amqp.drainTimeout = .seconds(5)
        let consuming = AMQPConnection(configuration: amqp, topology: .commerce, logger: logger)
        daemon.addService(consuming)
        daemon.addHealthCheck(HealthCheck(name: "broker.consume", critical: false) {
            consuming.isConnected
                ? HealthCheckResult(status: .ok)
                : HealthCheckResult(status: .down, detail: "the consuming connection is not connected; reconnecting")
        })
        daemon.addService(dispatcher)
        daemon.addService(NotificationConsumer(
            connection: consuming, database: database, queue: queue, templates: templates, contacts: contacts,
            triggers: triggers, alertRecipients: config.alertRecipients, logger: logger))

        if let smtp = config.smtp {
            let client = SMTPClient(configuration: smtp, logger: logger)
            let status = SMTPStatus()
            daemon.addService(DeliveryWorker(
                connection: consuming, database: database, smtp: client, config: config,
                bucket: TokenBucket(rate: config.ratePerSecond), status: status,
                slots: AsyncSemaphore(permits: smtp.maxConnections), logger: logger))
            let detail = "\(smtp)"
            daemon.addHealthCheck(HealthCheck(name: "smtp", critical: false) {
                if let failure = status.failure {
                    return HealthCheckResult(status: .degraded, detail: "\(detail): \(failure); mail waits and is retried")
                }
                return HealthCheckResult(status: .ok, detail: detail)
            })
        } else {
            logger.notice("EMAIL_SMTP_URL is not set: email.sending is not consumed, mail waits in the queue")
            daemon.addHealthCheck(HealthCheck(name: "smtp", critical: false) {
                HealthCheckResult(status: .ok, detail: "not configured (EMAIL_SMTP_URL is unset): mail waits in email.sending")
            })
        }
        return queue
    }
}
