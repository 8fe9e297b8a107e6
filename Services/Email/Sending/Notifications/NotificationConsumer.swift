import CommerceModels
import Crypto
import Foundation
import Logging
import Mail
import Messaging
import ServiceLifecycle
import ServiceRuntime
import Storage

/// Consumes `notifications` and turns each event into an email on `email.sending`.
///
/// The `type` is read first: support-desk events (`ticket.created`, `ticket.assigned`, `ticket.answered`,
/// `ticket.resolved`, `ticket.escalated`, a `SupportNotification`) are rendered from the tenant's
/// `notification.<type>` template, or the default one, for the recipient; `health.alert` goes to
/// `EMAIL_ALERT_RECIPIENTS` (or is logged and acknowledged when none are configured); any other type is
/// dead-lettered with the reason. An event without a recipient address is recorded in `email_messages` as
/// `unsendable` and acknowledged. Each event is handled once (`processOnce` by its message id) and the email's
/// message id is derived from it, so a redelivered event queues nothing new. Support events then reach
/// `AutomationTriggering.externalEvent`.
struct NotificationConsumer: Service {
    static let consumerName = "email.notifications"

    let connection: AMQPConnection
    let database: AppDatabase
    let queue: MailQueue
    let templates: TemplateStore
    let contacts: ContactStore
    let triggers: any AutomationTriggering
    let alertRecipients: [EmailAddress]
    let logger: Logger

    /// The health monitor's message (only what the email needs).
    struct HealthAlert: Decodable {
        struct Body: Decodable {
            var id: String?
            var subject: String?
            var severity: String?
            var event: String?
            var status: String?
            var message: String?
            var at: String?
        }
        var messageId: String?
        var alert: Body?
    }

    func run() async throws {
        let consumer = connection.consume(queue: Topology.QueueName.notifications, prefetch: 20)
        do {
            for try await delivery in consumer.cancelOnGracefulShutdown() {
                do {
                    try await handle(delivery)
                } catch {
                    logger.error("notification failed, requeued", metadata: ["message": "\(delivery.messageId ?? "-")", "error": "\(error)"])
                    try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(1)) }
                    try? await delivery.nack(requeue: true)
                }
            }
        } catch {
            logger.error("notifications consumer stopped", metadata: ["error": "\(error)"])
        }
    }

    func handle(_ delivery: Delivery) async throws {
        let data = Data(delivery.body)
        guard let envelope = try? JSONDecoder().decode(SupportNotification.Envelope.self, from: data) else {
            try await delivery.deadLetter(reason: "cannot decode the notification: no type")
            return
        }
        if envelope.type == "health.alert" {
            try await handleAlert(delivery, data: data)
        } else if SupportNotification.Kind(rawValue: envelope.type) != nil {
            try await handleSupport(delivery, data: data)
        } else {
            try await delivery.deadLetter(reason: "unknown notification type \(envelope.type.prefix(100))")
        }
    }

    // MARK: - Support-desk events

    private func handleSupport(_ delivery: Delivery, data: Data) async throws {
        let notification: SupportNotification
        do {
            notification = try JSONBody.decode(SupportNotification.self, from: data)
        } catch {
            try await delivery.deadLetter(reason: "cannot decode the \(delivery.type ?? "support") notification: \(error)")
            return
        }
        let eventId = delivery.messageId ?? notification.messageId
        if try await database.hasProcessed(messageId: eventId, consumer: Self.consumerName) {
            try await delivery.ack()
            return
        }
        let emailId = "n-" + Self.digest("\(notification.tenantId)|\(eventId)")
        guard let raw = notification.recipient.email, let address = try? EmailAddress(raw.lowercased()) else {
            let reason = notification.recipient.email == nil ? "the recipient has no email address" : "the recipient's email address is invalid"
            logger.notice("notification not sendable", metadata: ["event": "\(eventId)", "reason": "\(reason)"])
            let job = DeliveryJob(OutgoingMessage(
                messageId: emailId, tenantId: notification.tenantId, contactId: nil, campaignId: nil, to: notification.recipient.email ?? "",
                subject: notification.type.rawValue, html: nil, text: nil, headers: [:], marketing: false), kind: "notification")
            let now = Date()
            _ = try await database.processOnce(messageId: eventId, consumer: Self.consumerName) { db in
                try MessageLedger.insert(db, job, status: "unsendable", error: reason, now: now)
            }
            try await delivery.ack()
            return
        }

        let override = try await templates.find(name: NotificationTemplates.templateName(notification.type), tenantId: notification.tenantId)
        let compiled: TemplateRenderer.Compiled
        if let override {
            compiled = try TemplateRenderer.compile(subject: override.subject, html: override.html, text: override.text)
        } else {
            let fallback = NotificationTemplates.defaultTemplate(notification.type)
            compiled = try TemplateRenderer.compile(subject: fallback.subject, html: fallback.html, text: fallback.text)
        }
        let contact = try await contacts.find(email: address.address, tenantId: notification.tenantId)
        var variables = contact?.templateVariables ?? [:]
        variables.merge(NotificationTemplates.variables(for: notification)) { new, _ in new }
        if notification.recipient.name == nil, let contact { variables["recipientName"] = contact.name ?? "" }
        let rendered = compiled.render(variables)
        let message = OutgoingMessage(
            messageId: emailId, tenantId: notification.tenantId, contactId: contact?.id, campaignId: nil, to: address.address,
            subject: rendered.subject, html: rendered.html, text: rendered.text,
            headers: ["X-Ticket-ID": String(notification.ticket.id.prefix(100)).filter { !$0.isNewline }], marketing: false)
        try await queue.enqueue(message, kind: "notification", requestId: notification.requestId ?? delivery.requestId)
        let first = try await database.processOnce(messageId: eventId, consumer: Self.consumerName) { _ in true }
        try await delivery.ack()
        if first == true {
            do {
                try await triggers.externalEvent(tenantId: notification.tenantId, type: notification.type.rawValue,
                                                 email: address.address, now: Date())
            } catch {
                logger.error("automation trigger failed", metadata: ["event": "\(eventId)", "error": "\(error)"])
            }
        }
    }

    // MARK: - Health alerts

    private func handleAlert(_ delivery: Delivery, data: Data) async throws {
        guard let alert = try? JSONDecoder().decode(HealthAlert.self, from: data), let body = alert.alert else {
            try await delivery.deadLetter(reason: "cannot decode the health.alert notification")
            return
        }
        let eventId = delivery.messageId ?? alert.messageId ?? body.id ?? Self.digest(String(decoding: data, as: UTF8.self))
        guard !alertRecipients.isEmpty else {
            logger.notice("health alert (EMAIL_ALERT_RECIPIENTS is not set: not mailed)", metadata: [
                "subject": "\(body.subject ?? "-")", "event": "\(body.event ?? "-")", "message": "\(body.message ?? "-")",
            ])
            try await delivery.ack()
            return
        }
        if try await database.hasProcessed(messageId: eventId, consumer: Self.consumerName) {
            try await delivery.ack()
            return
        }
        let severity = (body.severity ?? "info").uppercased()
        let summary = (body.message ?? "\(body.subject ?? "a service") is \(body.status ?? "changed")").filter { !$0.isNewline }
        let text = """
            \(summary)

            Subject: \(body.subject ?? "-")
            Event: \(body.event ?? "-")
            Status: \(body.status ?? "-")
            At: \(body.at ?? "-")
            """
        for recipient in alertRecipients {
            let message = OutgoingMessage(
                messageId: "a-" + Self.digest("\(eventId)|\(recipient.address)"), tenantId: "platform", contactId: nil,
                campaignId: nil, to: recipient.address, subject: String("[CommerceAI \(severity)] \(summary)".prefix(250)),
                html: nil, text: text, headers: [:], marketing: false)
            try await queue.enqueue(message, kind: "alert", requestId: delivery.requestId)
        }
        _ = try await database.processOnce(messageId: eventId, consumer: Self.consumerName) { _ in true }
        try await delivery.ack()
    }

    static func digest(_ text: String) -> String {
        Hex.encode(Array(SHA256.hash(data: Array(text.utf8)).prefix(16)))
    }
}
