import CommerceModels
import Foundation
import GRDB
import Storage

/// The tenants' campaigns (`email_campaigns`). Every call from a route is scoped by tenant; the dispatcher's
/// calls look across tenants for due and unfinished campaigns.
struct CampaignStore: Sendable {
    let database: AppDatabase

    func create(_ campaign: Campaign, tenantId: String) async throws {
        try await database.writer.write { db in
            try Self.checkReferences(db, campaign, tenantId: tenantId)
            try db.execute(
                sql: """
                    INSERT INTO email_campaigns (id, tenant_id, name, template_id, segment_id, status, scheduled_at,
                        created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [campaign.id, tenantId, campaign.name, campaign.templateId, campaign.segmentId, campaign.status,
                            campaign.scheduledAt, campaign.createdAt, campaign.updatedAt])
        }
    }

    func list(tenantId: String, page: PageRequest, status: String?) async throws -> Page<Campaign> {
        let after = try SendingCursor.decode(page.cursor, kind: "k")
        return try await database.writer.read { db in
            var sql = "SELECT * FROM email_campaigns WHERE tenant_id = ? AND seq > ?"
            var arguments: StatementArguments = [tenantId, after]
            if let status {
                sql += " AND status = ?"
                arguments += [status]
            }
            sql += " ORDER BY seq LIMIT ?"
            arguments += [page.limit + 1]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let next = rows.count > page.limit ? SendingCursor.encode(rows[page.limit - 1]["seq"], kind: "k") : nil
            return Page(items: rows.prefix(page.limit).map(Self.campaign), nextCursor: next)
        }
    }

    /// The campaign with its message counts by status.
    func get(id: String, tenantId: String) async throws -> Campaign? {
        try await database.writer.read { db in
            guard var campaign = try Self.fetch(db, id: id, tenantId: tenantId) else { return nil }
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM email_messages WHERE campaign_id = ? AND tenant_id = ? GROUP BY status",
                                        arguments: [id, tenantId]) {
                counts[row["status"]] = row["n"]
            }
            campaign.messages = counts
            return campaign
        }
    }

    /// Edits a draft or scheduled campaign (409 otherwise); nil when there is no such campaign.
    func update(id: String, tenantId: String, _ edit: @escaping @Sendable (inout Campaign) throws -> Void) async throws -> Campaign? {
        try await database.writer.write { db in
            guard var campaign = try Self.fetch(db, id: id, tenantId: tenantId) else { return nil }
            guard campaign.status == "draft" || campaign.status == "scheduled" else {
                throw APIError.conflict("campaign \(id) is \(campaign.status): only draft and scheduled campaigns change")
            }
            try edit(&campaign)
            try Self.checkReferences(db, campaign, tenantId: tenantId)
            try db.execute(
                sql: """
                    UPDATE email_campaigns SET name = ?, template_id = ?, segment_id = ?, status = ?, scheduled_at = ?, updated_at = ?
                    WHERE id = ? AND tenant_id = ?
                    """,
                arguments: [campaign.name, campaign.templateId, campaign.segmentId, campaign.status, campaign.scheduledAt,
                            campaign.updatedAt, id, tenantId])
            return campaign
        }
    }

    func delete(id: String, tenantId: String) async throws -> Bool {
        try await database.writer.write { db in
            guard let campaign = try Self.fetch(db, id: id, tenantId: tenantId) else { return false }
            guard campaign.status == "draft" || campaign.status == "scheduled" else {
                throw APIError.conflict("campaign \(id) is \(campaign.status): only draft and scheduled campaigns can be deleted")
            }
            try db.execute(sql: "DELETE FROM email_campaigns WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            return true
        }
    }

    /// `POST …/send`: a draft or scheduled campaign starts sending now; one already sending or sent is left as it
    /// is (sending twice sends once). Returns the campaign, nil when there is none.
    func start(id: String, tenantId: String, now: Date, requestId: String) async throws -> Campaign? {
        try await database.writer.write { db in
            guard let campaign = try Self.fetch(db, id: id, tenantId: tenantId) else { return nil }
            switch campaign.status {
            case "draft", "scheduled":
                try Self.checkReferences(db, campaign, tenantId: tenantId)
                try db.execute(
                    sql: "UPDATE email_campaigns SET status = 'sending', started_at = ?, request_id = ?, updated_at = ? WHERE id = ?",
                    arguments: [now, requestId, now, id])
                return try Self.fetch(db, id: id, tenantId: tenantId)
            case "failed":
                throw APIError.conflict("campaign \(id) failed: \(campaign.error ?? "unknown reason")")
            default:
                return campaign
            }
        }
    }

    // MARK: - Rows

    static func checkReferences(_ db: Database, _ campaign: Campaign, tenantId: String) throws {
        guard try TemplateStore.fetch(db, id: campaign.templateId, tenantId: tenantId) != nil else {
            throw APIError.unprocessable("templateId \(campaign.templateId): no such template")
        }
        guard try SegmentStore.fetch(db, id: campaign.segmentId, tenantId: tenantId) != nil else {
            throw APIError.unprocessable("segmentId \(campaign.segmentId): no such segment")
        }
    }

    static func fetch(_ db: Database, id: String, tenantId: String) throws -> Campaign? {
        try Row.fetchOne(db, sql: "SELECT * FROM email_campaigns WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            .map(campaign)
    }

    static func campaign(_ row: Row) -> Campaign {
        let status: String = row["status"]
        return Campaign(
            id: row["id"], name: row["name"], templateId: row["template_id"], segmentId: row["segment_id"], status: status,
            scheduledAt: row["scheduled_at"], startedAt: row["started_at"], completedAt: row["completed_at"],
            recipientCount: row["recipient_count"], error: row["error"],
            createdAt: row["created_at"], updatedAt: row["updated_at"], messages: nil)
    }
}
