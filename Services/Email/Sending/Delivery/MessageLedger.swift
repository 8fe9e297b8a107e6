import CommerceModels
import Foundation
import GRDB
import Hummingbird
import Storage

/// The `email_messages` table: one row per message handed (or about to be handed) to `email.sending`, with its
/// delivery state, and the writes to the shared `email_events` ledger that go with each state.
///
/// Statuses: `pending` (a campaign recipient not yet published), `queued`, `sending` (a worker holds it),
/// `retrying` (a temporary failure, back on the queue), `delivered` (the SMTP server accepted it), `bounced`
/// (permanently refused), `failed` (temporary failures until the last attempt, or not sendable at all),
/// `skipped` (the contact stopped consenting before it was published), `unsendable` (no recipient address).
enum MessageLedger {
    /// How long a worker's claim on a message holds; past it another delivery of the same message may send it
    /// (the worker that held it is assumed stuck). Longer than one SMTP transaction may take (60 s timeout).
    /// Claims of a crashed run are released at start (`releaseClaims`), not by the lease.
    static let claimLease: TimeInterval = 120

    static func insert(_ db: Database, _ job: DeliveryJob, status: String, error: String? = nil, now: Date) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO email_messages (message_id, tenant_id, kind, campaign_id, contact_id, to_address, subject,
                    status, last_error, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [job.messageId, job.tenantId, job.kind, job.campaignId, job.contactId, job.to, job.subject, status,
                        error, now, now])
    }

    /// Appends to the shared engagement ledger.
    static func event(_ db: Database, _ job: DeliveryJob, type: String, at: Date) throws {
        try db.execute(
            sql: "INSERT INTO email_events (tenant_id, message_id, campaign_id, contact_id, type, at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [job.tenantId, job.messageId, job.campaignId, job.contactId, type, at])
    }

    enum Claim: Equatable {
        /// This worker may send it now.
        case claimed
        /// Already delivered, bounced or failed for good.
        case finished(String)
        /// Another worker holds it (a duplicate delivery of the same message).
        case inFlight
    }

    /// Takes a message for sending (recording it first if it was published by someone else).
    static func claim(_ database: AppDatabase, _ job: DeliveryJob, now: Date) async throws -> Claim {
        try await database.writer.write { db in
            try insert(db, job, status: "queued", now: now)
            try db.execute(
                sql: """
                    UPDATE email_messages SET status = 'sending', claimed_at = ?, attempts = attempts + 1, updated_at = ?
                    WHERE message_id = ? AND (status IN ('pending', 'queued', 'retrying', 'failed') OR (status = 'sending' AND claimed_at < ?))
                    """,
                arguments: [now, now, job.messageId, now.addingTimeInterval(-claimLease)])
            if db.changesCount > 0 { return .claimed }
            let status = try String.fetchOne(db, sql: "SELECT status FROM email_messages WHERE message_id = ?", arguments: [job.messageId]) ?? "queued"
            return status == "sending" ? .inFlight : .finished(status)
        }
    }

    /// At start: claims left by the previous run of this daemon (it stopped or crashed while sending) are released,
    /// so the redelivered messages are sent at once instead of after the lease. Each daemon has its own database,
    /// so a `sending` row at start can only come from its own previous run. Returns how many were released.
    static func releaseClaims(_ database: AppDatabase) throws -> Int {
        try database.writer.write { db in
            try db.execute(sql: """
                UPDATE email_messages SET status = 'retrying', claimed_at = NULL, last_error = 'interrupted by a restart'
                WHERE status = 'sending'
                """)
            return db.changesCount
        }
    }

    /// A temporary failure: the message goes back on the queue.
    static func retrying(_ database: AppDatabase, _ job: DeliveryJob, error: String, now: Date) async throws {
        try await database.writer.write { db in
            try db.execute(
                sql: "UPDATE email_messages SET status = 'retrying', last_error = ?, updated_at = ? WHERE message_id = ?",
                arguments: [error, now, job.messageId])
        }
    }

    /// The final state, inside the idempotency transaction.
    static func finish(_ db: Database, _ job: DeliveryJob, status: String, error: String?, now: Date) throws {
        try db.execute(
            sql: "UPDATE email_messages SET status = ?, last_error = ?, claimed_at = NULL, updated_at = ? WHERE message_id = ?",
            arguments: [status, error, now, job.messageId])
    }

    // MARK: - The outbox

    /// One row of `GET /api/email/outbox`.
    struct Entry: Codable, Sendable, ResponseEncodable {
        var messageId: String
        var kind: String
        var campaignId: String?
        var contactId: String?
        var to: String
        var subject: String?
        var status: String
        var attempts: Int
        var lastError: String?
        var createdAt: Date
        var updatedAt: Date
    }

    static let statuses: Set<String> = ["pending", "queued", "sending", "retrying", "delivered", "bounced", "failed", "skipped", "unsendable"]

    static func list(_ database: AppDatabase, tenantId: String, statuses: [String], campaignId: String?, page: PageRequest) async throws -> Page<Entry> {
        let after = try SendingCursor.decode(page.cursor, kind: "m")
        return try await database.writer.read { db in
            var sql = "SELECT * FROM email_messages WHERE tenant_id = ? AND seq > ?"
            var arguments: StatementArguments = [tenantId, after]
            if !statuses.isEmpty {
                sql += " AND status IN (\(statuses.map { _ in "?" }.joined(separator: ", ")))"
                arguments += StatementArguments(statuses)
            }
            if let campaignId {
                sql += " AND campaign_id = ?"
                arguments += [campaignId]
            }
            sql += " ORDER BY seq LIMIT ?"
            arguments += [page.limit + 1]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let items = rows.prefix(page.limit).map { row in
                Entry(messageId: row["message_id"], kind: row["kind"], campaignId: row["campaign_id"], contactId: row["contact_id"],
                      to: row["to_address"], subject: row["subject"], status: row["status"], attempts: row["attempts"],
                      lastError: row["last_error"], createdAt: row["created_at"], updatedAt: row["updated_at"])
            }
            let next = rows.count > page.limit ? SendingCursor.encode(rows[page.limit - 1]["seq"], kind: "m") : nil
            return Page(items: items, nextCursor: next)
        }
    }
}
