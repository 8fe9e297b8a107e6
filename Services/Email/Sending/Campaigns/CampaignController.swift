import Auth
import CommerceModels
import Foundation
import Hummingbird
import ServiceRuntime

/// `/api/email/campaigns`: staff (admin, agent) of a tenant create campaigns and send them. `POST …/send`
/// answers 202 at once; the `CampaignDispatcher` expands and publishes in the background.
struct CampaignController: Sendable {
    let store: CampaignStore
    let dispatcher: CampaignDispatcher

    struct CreateBody: Decodable {
        var name: String
        var templateId: String
        var segmentId: String
        var scheduledAt: Date?
    }

    struct UpdateBody: Decodable {
        var name: String?
        var templateId: String?
        var segmentId: String?
        var scheduledAt: Date?
        /// `true` turns a scheduled campaign back into a draft.
        var unschedule: Bool?
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post("campaigns", use: create)
        group.get("campaigns", use: list)
        group.get("campaigns/{id}", use: get)
        group.patch("campaigns/{id}", use: update)
        group.delete("campaigns/{id}", use: delete)
        group.post("campaigns/{id}/send", use: send)
    }

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<Campaign> {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: CreateBody.self, context: context)
        let now = Date()
        if let scheduledAt = body.scheduledAt { try Self.checkSchedule(scheduledAt, now: now) }
        let campaign = Campaign(
            id: UUID().uuidString.lowercased(), name: try SendingValidation.text(body.name, field: "name", max: 200),
            templateId: try SendingValidation.uuid(body.templateId, field: "templateId"),
            segmentId: try SendingValidation.uuid(body.segmentId, field: "segmentId"),
            status: body.scheduledAt == nil ? "draft" : "scheduled", scheduledAt: body.scheduledAt, startedAt: nil,
            completedAt: nil, recipientCount: 0, error: nil, createdAt: now, updatedAt: now, messages: nil)
        try await store.create(campaign, tenantId: identity.tenantId)
        context.logger.info("campaign created", metadata: ["campaign": "\(campaign.id)", "status": "\(campaign.status)"])
        return EditedResponse(status: .created, response: campaign)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<Campaign> {
        let identity = try context.requireIdentity(Role.staff)
        let status = request.uri.queryParameters["status"].map(String.init)
        if let status, !["draft", "scheduled", "sending", "sent", "failed"].contains(status) {
            throw APIError.validation("status must be draft, scheduled, sending, sent or failed")
        }
        return try await store.list(tenantId: identity.tenantId, page: try SendingValidation.page(request), status: status)
    }

    @Sendable func get(_ request: Request, context: AuthenticatedContext) async throws -> Campaign {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "campaign")
        guard let campaign = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no campaign \(id)") }
        return campaign
    }

    @Sendable func update(_ request: Request, context: AuthenticatedContext) async throws -> Campaign {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "campaign")
        let body = try await request.decodeJSON(as: UpdateBody.self, context: context)
        let now = Date()
        let name = try body.name.map { try SendingValidation.text($0, field: "name", max: 200) }
        let templateId = try body.templateId.map { try SendingValidation.uuid($0, field: "templateId") }
        let segmentId = try body.segmentId.map { try SendingValidation.uuid($0, field: "segmentId") }
        if let scheduledAt = body.scheduledAt { try Self.checkSchedule(scheduledAt, now: now) }
        if body.unschedule == true, body.scheduledAt != nil { throw APIError.validation("give scheduledAt or unschedule, not both") }
        let scheduledAt = body.scheduledAt
        let unschedule = body.unschedule == true
        guard let campaign = try await store.update(id: id, tenantId: identity.tenantId, { campaign in
            if let name { campaign.name = name }
            if let templateId { campaign.templateId = templateId }
            if let segmentId { campaign.segmentId = segmentId }
            if let scheduledAt {
                campaign.scheduledAt = scheduledAt
                campaign.status = "scheduled"
            }
            if unschedule {
                campaign.scheduledAt = nil
                campaign.status = "draft"
            }
            campaign.updatedAt = now
        }) else { throw APIError.notFound("no campaign \(id)") }
        return campaign
    }

    @Sendable func delete(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "campaign")
        guard try await store.delete(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no campaign \(id)") }
        return Response(status: .noContent)
    }

    /// 202: the campaign is sending (or was already sending or sent: nothing is sent twice).
    @Sendable func send(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<Campaign> {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "campaign")
        guard let campaign = try await store.start(id: id, tenantId: identity.tenantId, now: Date(), requestId: context.requestId) else {
            throw APIError.notFound("no campaign \(id)")
        }
        dispatcher.wake()
        context.logger.info("campaign send requested", metadata: ["campaign": "\(id)", "status": "\(campaign.status)"])
        return EditedResponse(status: .accepted, response: campaign)
    }

    static func checkSchedule(_ date: Date, now: Date) throws {
        guard date > now else { throw APIError.validation("scheduledAt must be in the future") }
        guard date < now.addingTimeInterval(366 * 86_400) else { throw APIError.validation("scheduledAt must be within a year") }
    }
}
