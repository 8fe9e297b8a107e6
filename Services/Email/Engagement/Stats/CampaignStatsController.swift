import Auth
import CommerceModels
import Foundation
import GRDB
import Hummingbird
import ServiceRuntime
import Storage

/// `GET /api/email/campaigns/{id}/stats` (staff): sent, delivered, failed, bounces, opens and unique opens, clicks and
/// unique clicks, unsubscribes, with rates, from the `email_events` ledger. Another tenant's campaign is 404.
/// (The other campaign routes belong to the sending side; this one route is the engagement side's.)
struct CampaignStatsController: Sendable {
    let database: AppDatabase
    let events: any EngagementEventStore

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.get("campaigns/{id}/stats", use: stats)
    }

    @Sendable func stats(_ request: Request, context: AuthenticatedContext) async throws -> CampaignStats {
        let identity = try context.requireIdentity(Role.staff)
        let raw = try context.parameters.require("id")
        guard let uuid = UUID(uuidString: raw) else { throw APIError.notFound("no campaign \(raw.prefix(64))") }
        let id = uuid.uuidString.lowercased()
        let exists = try await database.writer.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM email_campaigns WHERE id = ? AND tenant_id = ?)",
                arguments: [id, identity.tenantId]) ?? false
        }
        guard exists else { throw APIError.notFound("no campaign \(id)") }
        return try await events.campaignStats(tenantId: identity.tenantId, campaignId: id)
    }
}

extension CampaignStats: ResponseEncodable {}
