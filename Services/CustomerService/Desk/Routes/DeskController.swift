import Auth
import CommerceModels
import Foundation
import Hummingbird
import ServiceRuntime

extension AgentAvailability: ResponseEncodable {}

/// Staff routes of `/api/customer-service` about people: an agent's availability, who is available with what
/// load, and the queue of work waiting for a person.
struct DeskController: Sendable {
    let desk: SupportDesk

    struct AvailabilityBody: Decodable {
        var available: Bool
        var capacity: Int?
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.put("agents/me/availability", use: setAvailability)
        group.get("agents", use: agents)
        group.get("queue", use: queue)
    }

    @Sendable func setAvailability(_ request: Request, context: AuthenticatedContext) async throws -> AgentAvailability {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: AvailabilityBody.self, context: context)
        if let capacity = body.capacity, !(1...1000).contains(capacity) {
            throw APIError.validation("capacity must be between 1 and 1000")
        }
        return try await desk.setAvailability(available: body.available, capacity: body.capacity, for: identity)
    }

    @Sendable func agents(_ request: Request, context: AuthenticatedContext) async throws -> Page<AgentAvailability> {
        let identity = try context.requireIdentity(Role.staff)
        return Page(items: try await desk.agents(tenantId: identity.tenantId), nextCursor: nil)
    }

    @Sendable func queue(_ request: Request, context: AuthenticatedContext) async throws -> Page<QueuedItem> {
        let identity = try context.requireIdentity(Role.staff)
        let query = request.uri.queryParameters
        let page = try PageRequest(limit: query["limit"].map(String.init), cursor: query["cursor"].map(String.init))
        return try await desk.queue(tenantId: identity.tenantId, page: page)
    }
}
