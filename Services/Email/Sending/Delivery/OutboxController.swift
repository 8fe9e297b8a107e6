import Auth
import CommerceModels
import Foundation
import Hummingbird
import ServiceRuntime
import Storage

/// `GET /api/email/outbox` (tenant admins): the tenant's messages and where each one is (`?status=queued,retrying`,
/// `?campaignId=`). Without `EMAIL_SMTP_URL`, this is where queued mail can be seen waiting.
struct OutboxController: Sendable {
    let database: AppDatabase

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.get("outbox", use: list)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<MessageLedger.Entry> {
        let identity = try context.requireIdentity(Role.administrators)
        let query = request.uri.queryParameters
        let statuses = (query["status"].map(String.init) ?? "").split(separator: ",").map(String.init)
        for status in statuses where !MessageLedger.statuses.contains(status) {
            throw APIError.validation("status must be among \(MessageLedger.statuses.sorted().joined(separator: ", "))")
        }
        let campaignId = try query["campaignId"].map { try SendingValidation.uuid(String($0), field: "campaignId") }
        return try await MessageLedger.list(database, tenantId: identity.tenantId, statuses: statuses, campaignId: campaignId,
                                            page: try SendingValidation.page(request))
    }
}
