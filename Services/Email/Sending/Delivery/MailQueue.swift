import CommerceModels
import Foundation
import GRDB
import Logging
import Messaging
import Storage

/// Puts rendered emails on `email.sending`: each message is decorated by the engagement side (marketing mail:
/// tracked links, open pixel, unsubscribe headers), recorded in `email_messages` with a `sent` event, then
/// published persistently with its `messageId` and the broker's confirm. Also the `MailEnqueuing` the engagement
/// side uses for automation steps.
final class MailQueue: MailEnqueuing {
    let database: AppDatabase
    let broker: AMQPConnection
    let decorator: any MessageDecorating
    let templates: TemplateStore
    let contacts: ContactStore
    let logger: Logger
    /// Publishes in flight at once when a batch is published (the connection's confirm window bounds it too).
    static let publishConcurrency = 256

    init(database: AppDatabase, broker: AMQPConnection, decorator: any MessageDecorating, templates: TemplateStore,
         contacts: ContactStore, logger: Logger) {
        self.database = database
        self.broker = broker
        self.decorator = decorator
        self.templates = templates
        self.contacts = contacts
        self.logger = logger
    }

    /// Records and publishes one message; throws (503 at the edge) when the broker is unreachable or refuses it,
    /// after marking the message `failed`.
    func enqueue(_ message: OutgoingMessage, kind: String, requestId: String?) async throws {
        let job = DeliveryJob(decorator.decorate(message), kind: kind)
        let now = Date()
        let status = try await database.writer.write { db -> String in
            try MessageLedger.insert(db, job, status: "queued", now: now)
            if db.changesCount > 0 {
                try MessageLedger.event(db, job, type: "sent", at: now)
                return "queued"
            }
            return try String.fetchOne(db, sql: "SELECT status FROM email_messages WHERE message_id = ?", arguments: [job.messageId]) ?? "queued"
        }
        // The same message id was enqueued before: publish again only if it may not have reached the queue (a
        // crash or a broker failure in between); a duplicate on the queue is delivered once.
        guard status == "queued" || status == "failed" else { return }
        if status == "failed" {
            try await database.writer.write { db in
                try db.execute(sql: "UPDATE email_messages SET status = 'queued', updated_at = ? WHERE message_id = ? AND status = 'failed'",
                               arguments: [now, job.messageId])
            }
        }
        do {
            try await publish(job, requestId: requestId)
        } catch {
            try? await database.writer.write { db in
                try MessageLedger.finish(db, job, status: "failed", error: "could not be queued: \(error)", now: Date())
            }
            throw APIError.unavailable("the message could not be queued: the broker is unavailable", retryAfterSeconds: 5)
        }
    }

    /// Publishes jobs already recorded (campaign batches), many at a time; returns the ids the broker confirmed.
    func publishBatch(_ jobs: [DeliveryJob], requestId: String?) async -> [String] {
        await withTaskGroup(of: String?.self) { group in
            var confirmed: [String] = []
            var iterator = jobs.makeIterator()
            var running = 0
            while running < Self.publishConcurrency, let job = iterator.next() {
                running += 1
                group.addTask { await self.tryPublish(job, requestId: requestId) }
            }
            while let result = await group.next() {
                if let result { confirmed.append(result) }
                if let job = iterator.next() {
                    group.addTask { await self.tryPublish(job, requestId: requestId) }
                }
            }
            return confirmed
        }
    }

    private func tryPublish(_ job: DeliveryJob, requestId: String?) async -> String? {
        do {
            try await publish(job, requestId: requestId)
            return job.messageId
        } catch {
            logger.warning("publish failed", metadata: ["message": "\(job.messageId)", "error": "\(error)"])
            return nil
        }
    }

    func publish(_ job: DeliveryJob, requestId: String?) async throws {
        try await broker.publish(try job.encoded(), toQueue: Topology.QueueName.emailSending, messageId: job.messageId,
                                 correlationId: job.campaignId, requestId: requestId, type: job.kind)
    }

    // MARK: - MailEnqueuing

    func enqueueTemplate(tenantId: String, templateId: String, contactId: String, messageId: String,
                         variables: [String: String]) async throws -> Bool {
        guard let contact = try await contacts.get(id: contactId, tenantId: tenantId), contact.consent == .subscribed else {
            return false
        }
        guard let template = try await templates.get(id: templateId, tenantId: tenantId) else {
            throw APIError.notFound("no template \(templateId)")
        }
        var values = contact.templateVariables
        values.merge(variables) { $1 }
        let rendered = try TemplateRenderer.compile(subject: template.subject, html: template.html, text: template.text).render(values)
        let message = OutgoingMessage(
            messageId: messageId, tenantId: tenantId, contactId: contactId, campaignId: nil, to: contact.email,
            subject: rendered.subject, html: rendered.html, text: rendered.text, headers: [:], marketing: true)
        try await enqueue(message, kind: "automation", requestId: nil)
        return true
    }
}
