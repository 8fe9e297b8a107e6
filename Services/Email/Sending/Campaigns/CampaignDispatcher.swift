import CommerceModels
import Crypto
import Foundation
import GRDB
import Logging
import ServiceLifecycle
import Storage
import Synchronization

/// Sends campaigns: starts scheduled campaigns when they are due (by `SendingClock`), expands each sending
/// campaign to one message per consenting contact of its segment, renders and publishes them on `email.sending`.
///
/// Runs every `EMAIL_SCHEDULER_INTERVAL_MS`, and at once when `POST …/send` wakes it.
/// Idempotent at every step: the recipients are inserted once (`expanded_at`), each with a message id derived
/// from the campaign and the contact (`INSERT OR IGNORE`), and published in batches; only `pending` rows are
/// published, and a row becomes `queued` once the broker confirmed it. After a crash the next tick goes on where it
/// stopped; a message published twice is delivered once (the delivery workers deduplicate by message id).
/// A contact who stops consenting between expansion and publication is `skipped`.
struct CampaignDispatcher: Service {
    let database: AppDatabase
    let queue: MailQueue
    let clock: SendingClock
    let interval: Duration
    let logger: Logger
    let wakeups: AsyncStream<Void>
    let wakeup: AsyncStream<Void>.Continuation

    static let batchSize = 1000
    private let pruning = HourlyGate()

    init(database: AppDatabase, queue: MailQueue, clock: SendingClock, interval: Duration, logger: Logger) {
        self.database = database
        self.queue = queue
        self.clock = clock
        self.interval = interval
        self.logger = logger
        (wakeups, wakeup) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Asks for a pass now (after `POST …/send`).
    func wake() { wakeup.yield() }

    func run() async throws {
        let interval = self.interval
        let wakeup = self.wakeup
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask {
                // Cancelled when the loop below ends (shutdown): stop quietly, a thrown CancellationError would
                // fail the whole service group.
                while (try? await Task.sleep(for: interval)) != nil {
                    wakeup.yield()
                }
            }
            wakeup.yield()
            for await _ in wakeups.cancelOnGracefulShutdown() {
                await pass()
            }
            group.cancelAll()
        }
    }

    /// One pass: start what is due, then push every sending campaign forward (and, once an hour, forget
    /// processed message ids older than a week: the broker never redelivers anything that old).
    func pass() async {
        if pruning.shouldRun(now: Date()) {
            do {
                let removed = try await database.pruneProcessedMessages(olderThan: .seconds(7 * 86_400))
                if removed > 0 { logger.info("pruned processed message ids", metadata: ["count": "\(removed)"]) }
            } catch {
                logger.warning("pruning processed message ids failed", metadata: ["error": "\(error)"])
            }
        }
        do {
            let now = clock.now().databaseTimestamp  // (every tick, idle included: no DateFormatter, see Storage)
            let started = try await database.writer.write { db in
                try db.execute(
                    sql: "UPDATE email_campaigns SET status = 'sending', started_at = ?, updated_at = ? WHERE status = 'scheduled' AND scheduled_at <= ?",
                    arguments: [now, now, now])
                return db.changesCount
            }
            if started > 0 { logger.info("scheduled campaigns due", metadata: ["count": "\(started)"]) }
            let sending = try await database.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT id, tenant_id FROM email_campaigns WHERE status = 'sending' ORDER BY seq")
                    .map { (id: $0["id"] as String, tenantId: $0["tenant_id"] as String) }
            }
            for campaign in sending {
                do {
                    try await send(campaignId: campaign.id, tenantId: campaign.tenantId)
                } catch {
                    logger.error("campaign pass failed", metadata: ["campaign": "\(campaign.id)", "error": "\(error)"])
                }
            }
        } catch {
            logger.error("campaign scheduler pass failed", metadata: ["error": "\(error)"])
        }
    }

    /// Expands (once) and publishes what is still pending; marks the campaign sent when nothing is left.
    func send(campaignId: String, tenantId: String) async throws {
        guard let loaded = try await load(campaignId: campaignId, tenantId: tenantId) else { return }
        let (campaign, template, segment) = loaded
        let compiled = try TemplateRenderer.compile(subject: template.subject, html: template.html, text: template.text)
        if try await expand(campaign, segment: segment, tenantId: tenantId) == false { return }
        let requestId = try await database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT request_id FROM email_campaigns WHERE id = ?", arguments: [campaignId])
        }
        while true {
            let rows = try await database.writer.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT m.message_id, m.contact_id, c.id AS cid, c.email, c.name, c.attributes, c.tags, c.consent,
                        c.consent_updated_at, c.created_at, c.updated_at
                    FROM email_messages m LEFT JOIN email_contacts c ON c.id = m.contact_id AND c.tenant_id = m.tenant_id
                    WHERE m.campaign_id = ? AND m.status = 'pending' ORDER BY m.seq LIMIT ?
                    """, arguments: [campaignId, Self.batchSize])
            }
            if rows.isEmpty { break }
            var jobs: [DeliveryJob] = []
            var skipped: [String] = []
            for row in rows {
                let messageId: String = row["message_id"]
                let consent: String? = row["consent"]
                guard let cid: String = row["cid"], consent == Consent.subscribed.rawValue else {
                    skipped.append(messageId)
                    continue
                }
                let contact = Contact(
                    id: cid, email: row["email"], name: row["name"],
                    attributes: JSONColumn.decode([String: String].self, row["attributes"], default: [:]),
                    tags: [], consent: .subscribed, consentUpdatedAt: row["consent_updated_at"],
                    createdAt: row["created_at"], updatedAt: row["updated_at"])
                let rendered = compiled.render(contact.templateVariables)
                let message = OutgoingMessage(
                    messageId: messageId, tenantId: tenantId, contactId: cid, campaignId: campaignId, to: contact.email,
                    subject: rendered.subject, html: rendered.html, text: rendered.text, headers: [:], marketing: true)
                jobs.append(DeliveryJob(queue.decorator.decorate(message), kind: "campaign"))
            }
            let confirmed = await queue.publishBatch(jobs, requestId: requestId)
            let now = Date()
            let byId = Dictionary(uniqueKeysWithValues: jobs.map { ($0.messageId, $0) })
            let skippedIds = skipped
            try await database.writer.write { db in
                for id in skippedIds {
                    try db.execute(sql: "UPDATE email_messages SET status = 'skipped', last_error = 'the contact no longer consents', updated_at = ? WHERE message_id = ? AND status = 'pending'",
                                   arguments: [now, id])
                }
                for id in confirmed {
                    try db.execute(sql: "UPDATE email_messages SET status = 'queued', subject = ?, updated_at = ? WHERE message_id = ? AND status = 'pending'",
                                   arguments: [byId[id]?.subject, now, id])
                    if let job = byId[id] { try MessageLedger.event(db, job, type: "sent", at: now) }
                }
            }
            if confirmed.count < jobs.count {
                logger.warning("some campaign messages were not confirmed; retried at the next pass",
                               metadata: ["campaign": "\(campaignId)", "unconfirmed": "\(jobs.count - confirmed.count)"])
                return
            }
        }
        try await database.writer.write { db in
            try db.execute(
                sql: "UPDATE email_campaigns SET status = 'sent', completed_at = ?, updated_at = ? WHERE id = ? AND status = 'sending'",
                arguments: [Date(), Date(), campaignId])
        }
        logger.info("campaign sent", metadata: ["campaign": "\(campaignId)", "recipients": "\(campaign.recipientCount)"])
    }

    private func load(campaignId: String, tenantId: String) async throws -> (Campaign, EmailTemplate, Segment)? {
        let loaded = try await database.writer.read { db -> (Campaign, EmailTemplate?, Segment?)? in
            guard let campaign = try CampaignStore.fetch(db, id: campaignId, tenantId: tenantId) else { return nil }
            return (campaign, try TemplateStore.fetch(db, id: campaign.templateId, tenantId: tenantId),
                    try SegmentStore.fetch(db, id: campaign.segmentId, tenantId: tenantId))
        }
        guard let loaded else { return nil }
        let (campaign, template, segment) = loaded
        guard let template, let segment else {
            try await fail(campaignId, reason: template == nil ? "its template no longer exists" : "its segment no longer exists")
            return nil
        }
        return (campaign, template, segment)
    }

    /// Inserts one `pending` message per consenting contact, once. False when the campaign failed.
    private func expand(_ campaign: Campaign, segment: Segment, tenantId: String) async throws -> Bool {
        let now = clock.now()
        return try await database.writer.write { db in
            let expanded = try Bool.fetchOne(db, sql: "SELECT expanded_at IS NOT NULL FROM email_campaigns WHERE id = ?", arguments: [campaign.id]) ?? false
            if expanded { return true }
            let recipients = try SegmentStore.consentingContacts(db, segment: segment, tenantId: tenantId, now: now)
            let statement = try db.makeStatement(sql: """
                INSERT OR IGNORE INTO email_messages (message_id, tenant_id, kind, campaign_id, contact_id, to_address,
                    status, created_at, updated_at)
                VALUES (?, ?, 'campaign', ?, ?, ?, 'pending', ?, ?)
                """)
            for recipient in recipients {
                try statement.execute(arguments: [Self.messageId(campaignId: campaign.id, contactId: recipient.id), tenantId,
                                                  campaign.id, recipient.id, recipient.email, now, now])
            }
            try db.execute(sql: "UPDATE email_campaigns SET expanded_at = ?, recipient_count = ?, updated_at = ? WHERE id = ?",
                           arguments: [now, recipients.count, now, campaign.id])
            return true
        }
    }

    private func fail(_ campaignId: String, reason: String) async throws {
        logger.error("campaign failed", metadata: ["campaign": "\(campaignId)", "reason": "\(reason)"])
        try await database.writer.write { db in
            try db.execute(sql: "UPDATE email_campaigns SET status = 'failed', error = ?, updated_at = ? WHERE id = ?",
                           arguments: [reason, Date(), campaignId])
        }
    }

    /// The message id of a campaign's email to a contact: the same every time (a UUID from a SHA-256 of both ids).
    static func messageId(campaignId: String, contactId: String) -> String {
        let bytes = Array(SHA256.hash(data: Array("campaign|\(campaignId)|\(contactId)".utf8)).prefix(16))
        let hex = Hex.encode(bytes)
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}

/// Lets something through at most once an hour.
final class HourlyGate: Sendable {
    private let last = Mutex<Date?>(nil)

    func shouldRun(now: Date) -> Bool {
        last.withLock { last in
            if let previous = last, now.timeIntervalSince(previous) < 3600 { return false }
            last = now
            return true
        }
    }
}
