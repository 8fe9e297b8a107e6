import Auth
import CommerceModels
import Foundation
import Hummingbird
import ServiceRuntime

/// `/api/customer-service/conversations`: staff list and read their tenant's conversations, take one over, write to
/// the customer and close it; a customer lists and reads only their own (and may close them). Another tenant's
/// conversation is 404 on every route.
struct ConversationsController: Sendable {
    let service: ConversationService
    let store: any ConversationStore

    static let maxAgentMessage = 1600

    struct SendBody: Decodable {
        var message: String
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.get(use: list)
        group.get("{id}", use: get)
        group.post("{id}/take-over", use: takeOver)
        group.post("{id}/send", use: send)
        group.post("{id}/close", use: close)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<Conversation> {
        let identity = try context.requireIdentity()
        let query = request.uri.queryParameters
        let page = try PageRequest(limit: query["limit"].map(String.init), cursor: query["cursor"].map(String.init))
        var status: ConversationStatus?
        if let raw = query["status"].map(String.init) {
            guard let parsed = ConversationStatus(rawValue: raw) else {
                throw APIError.validation("status must be active, transferred or completed")
            }
            status = parsed
        }
        return try await store.list(
            tenantId: identity.tenantId, status: status,
            customerUserId: identity.role == .customer ? identity.userId : nil, page: page)
    }

    @Sendable func get(_ request: Request, context: AuthenticatedContext) async throws -> ConversationDetail {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        guard let detail = try await store.detail(id: id, tenantId: identity.tenantId),
              identity.role != .customer || detail.conversation.customerUserId == identity.userId
        else { throw APIError.notFound("no conversation \(id)") }
        return detail
    }

    @Sendable func takeOver(_ request: Request, context: AuthenticatedContext) async throws -> Conversation {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        try identity.require(Role.staff)
        let conversation = try await service.takeOver(
            id: id, tenantId: identity.tenantId, agentId: identity.userId, requestId: context.requestId)
        context.logger.info("conversation taken over", metadata: ["conversation": "\(id)"])
        return conversation
    }

    @Sendable func send(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<ConversationMessage> {
        let identity = try context.requireIdentity(Role.staff)
        let id = try Self.id(context)
        let body = try await request.decodeJSON(as: SendBody.self, context: context)
        let text = body.message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw APIError.validation("message must not be empty") }
        guard text.count <= Self.maxAgentMessage else {
            throw APIError.validation("message must be at most \(Self.maxAgentMessage) characters")
        }
        let message = try await service.send(
            id: id, tenantId: identity.tenantId, agentId: identity.userId, text: text, requestId: context.requestId)
        return EditedResponse(status: .created, response: message)
    }

    @Sendable func close(_ request: Request, context: AuthenticatedContext) async throws -> Conversation {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        let conversation = try await service.close(
            id: id, tenantId: identity.tenantId, closedBy: identity.userId, requestId: context.requestId
        ) { conversation in
            switch identity.role {
            case .customer:
                guard conversation.customerUserId == identity.userId else { throw APIError.notFound("no conversation \(id)") }
            case .agent:
                if let holder = conversation.takenOverBy, holder != identity.userId {
                    throw APIError.forbidden("another agent holds this conversation")
                }
            case .admin, .platformAdmin:
                break
            }
        }
        context.logger.info("conversation closed", metadata: ["conversation": "\(id)"])
        return conversation
    }

    private static func id(_ context: AuthenticatedContext) throws -> String {
        let raw = try context.parameters.require("id")
        guard let uuid = UUID(uuidString: raw) else { throw APIError.notFound("no conversation \(raw)") }
        return uuid.uuidString.lowercased()
    }
}

extension ConversationMessage: ResponseEncodable {}
