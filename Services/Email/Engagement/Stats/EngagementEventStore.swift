import Foundation
import GRDB
import Storage

/// Per-campaign counts of the `email_events` ledger, with the rates derived from them.
struct CampaignStats: Codable, Sendable, Equatable {
    var campaignId: String
    var sent: Int
    var delivered: Int
    var failed: Int
    var bounces: Int
    var opens: Int
    var uniqueOpens: Int
    var clicks: Int
    var uniqueClicks: Int
    var unsubscribes: Int
    var rates: Rates

    /// Ratios in 0…1 (0 when the denominator is 0): delivery and bounce over sent; open, click and unsubscribe
    /// over delivered (over sent while no delivery is recorded); click-to-open over unique opens.
    struct Rates: Codable, Sendable, Equatable {
        var delivery: Double
        var bounce: Double
        var open: Double
        var click: Double
        var clickToOpen: Double
        var unsubscribe: Double
    }

    init(campaignId: String, sent: Int, delivered: Int, failed: Int, bounces: Int, opens: Int, uniqueOpens: Int,
         clicks: Int, uniqueClicks: Int, unsubscribes: Int) {
        self.campaignId = campaignId
        self.sent = sent
        self.delivered = delivered
        self.failed = failed
        self.bounces = bounces
        self.opens = opens
        self.uniqueOpens = uniqueOpens
        self.clicks = clicks
        self.uniqueClicks = uniqueClicks
        self.unsubscribes = unsubscribes
        func ratio(_ part: Int, _ whole: Int) -> Double {
            whole == 0 ? 0 : (Double(min(part, whole)) / Double(whole) * 10_000).rounded() / 10_000
        }
        let reached = delivered > 0 ? delivered : sent
        self.rates = Rates(
            delivery: ratio(delivered, sent), bounce: ratio(bounces, sent), open: ratio(uniqueOpens, reached),
            click: ratio(uniqueClicks, reached), clickToOpen: ratio(uniqueClicks, uniqueOpens),
            unsubscribe: ratio(unsubscribes, reached))
    }
}

/// The engagement side's writes to, and reads of, the shared `email_events` ledger.
protocol EngagementEventStore: Sendable {
    /// Records an `open`, `click` or `unsubscribe`.
    func record(type: String, claims: TrackingClaims, at: Date) async throws
    /// The counts of one campaign's events (the caller has checked the campaign is the tenant's).
    func campaignStats(tenantId: String, campaignId: String) async throws -> CampaignStats
    /// Whether the contact has an event of `type` since `since` (any time when nil).
    func hasEvent(tenantId: String, contactId: String, type: String, since: Date?) async throws -> Bool
}

/// ``EngagementEventStore`` on the agent's SQLite database.
struct SQLiteEngagementEventStore: EngagementEventStore {
    let database: AppDatabase

    func record(type: String, claims: TrackingClaims, at: Date) async throws {
        try await database.writer.write { db in
            try Self.insert(db, type: type, claims: claims, at: at)
        }
    }

    static func insert(_ db: Database, type: String, claims: TrackingClaims, at: Date) throws {
        try db.execute(
            sql: """
                INSERT INTO email_events (tenant_id, message_id, campaign_id, contact_id, type, url, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [claims.tenantId, claims.messageId, claims.campaignId, claims.contactId, type, claims.url, at])
    }

    func campaignStats(tenantId: String, campaignId: String) async throws -> CampaignStats {
        try await database.writer.read { db in
            // Delivery outcomes count messages (a redelivered job recording twice counts once); unique opens and
            // clicks count recipients: the contact, or the message when there is no contact.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT type, COUNT(*) AS total, COUNT(DISTINCT message_id) AS messages,
                        COUNT(DISTINCT COALESCE(contact_id, message_id)) AS recipients
                    FROM email_events WHERE tenant_id = ? AND campaign_id = ? GROUP BY type
                    """,
                arguments: [tenantId, campaignId])
            var total: [String: Int] = [:]
            var messages: [String: Int] = [:]
            var recipients: [String: Int] = [:]
            for row in rows {
                let type: String = row["type"]
                total[type] = row["total"]
                messages[type] = row["messages"]
                recipients[type] = row["recipients"]
            }
            return CampaignStats(
                campaignId: campaignId, sent: messages["sent"] ?? 0, delivered: messages["delivered"] ?? 0,
                failed: messages["failed"] ?? 0, bounces: messages["bounced"] ?? 0, opens: total["open"] ?? 0,
                uniqueOpens: recipients["open"] ?? 0, clicks: total["click"] ?? 0, uniqueClicks: recipients["click"] ?? 0,
                unsubscribes: recipients["unsubscribe"] ?? 0)
        }
    }

    func hasEvent(tenantId: String, contactId: String, type: String, since: Date?) async throws -> Bool {
        try await database.writer.read { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM email_events
                    WHERE tenant_id = ? AND contact_id = ? AND type = ? AND at >= ?)
                    """,
                arguments: [tenantId, contactId, type, since ?? Date(timeIntervalSince1970: 0)]) ?? false
        }
    }
}
