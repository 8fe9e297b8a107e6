import Auth
import CommerceModels
import Foundation
import Hummingbird
import ServiceRuntime

/// `/api/email/segments`: staff (admin, agent) of a tenant define audiences and preview who they select.
struct SegmentController: Sendable {
    let store: SegmentStore

    struct Body: Decodable {
        var name: String?
        var match: String?
        var rules: [SegmentRule]?
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post("segments", use: create)
        group.get("segments", use: list)
        group.get("segments/{id}", use: get)
        group.patch("segments/{id}", use: update)
        group.delete("segments/{id}", use: delete)
        group.get("segments/{id}/contacts", use: contacts)
    }

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<Segment> {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: Body.self, context: context)
        guard let name = body.name else { throw APIError.validation("name is required") }
        guard let rules = body.rules else { throw APIError.validation("rules is required") }
        let match = try Self.match(body.match ?? "all")
        _ = try SegmentQuery.compile(match: match, rules: rules, now: Date())
        let now = Date()
        let segment = Segment(id: UUID().uuidString.lowercased(), name: try SendingValidation.text(name, field: "name", max: 200),
                              match: match, rules: rules, createdAt: now, updatedAt: now)
        try await store.create(segment, tenantId: identity.tenantId)
        return EditedResponse(status: .created, response: segment)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<Segment> {
        let identity = try context.requireIdentity(Role.staff)
        return try await store.list(tenantId: identity.tenantId, page: try SendingValidation.page(request))
    }

    @Sendable func get(_ request: Request, context: AuthenticatedContext) async throws -> Segment {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "segment")
        guard let segment = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no segment \(id)") }
        return segment
    }

    @Sendable func update(_ request: Request, context: AuthenticatedContext) async throws -> Segment {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "segment")
        let body = try await request.decodeJSON(as: Body.self, context: context)
        guard var segment = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no segment \(id)") }
        if let name = body.name { segment.name = try SendingValidation.text(name, field: "name", max: 200) }
        if let match = body.match { segment.match = try Self.match(match) }
        if let rules = body.rules { segment.rules = rules }
        _ = try SegmentQuery.compile(match: segment.match, rules: segment.rules, now: Date())
        segment.updatedAt = Date()
        guard try await store.update(segment, tenantId: identity.tenantId) else { throw APIError.notFound("no segment \(id)") }
        return segment
    }

    @Sendable func delete(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "segment")
        guard try await store.delete(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no segment \(id)") }
        return Response(status: .noContent)
    }

    @Sendable func contacts(_ request: Request, context: AuthenticatedContext) async throws -> SegmentContacts {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "segment")
        guard let segment = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no segment \(id)") }
        return try await store.contacts(of: segment, tenantId: identity.tenantId, page: try SendingValidation.page(request), now: Date())
    }

    static func match(_ raw: String) throws -> SegmentMatch {
        guard let match = SegmentMatch(rawValue: raw) else { throw APIError.validation("match must be all or any") }
        return match
    }
}
