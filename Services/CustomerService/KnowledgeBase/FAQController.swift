import Auth
import CommerceModels
import Foundation
import Hummingbird
import Logging
import ServiceRuntime


/// `/api/customer-service/faqs`: every signed-in user of a tenant reads its knowledge base; staff (admin, agent)
/// write it. Another tenant's entry answers 404, as if it did not exist.
struct FAQController: Sendable {
    let store: any FAQStore

    static let maxQuestion = 500
    static let maxAnswer = 5000
    static let maxTags = 20

    struct CreateBody: Decodable {
        var question: String
        var answer: String
        var tags: [String]?
    }

    struct UpdateBody: Decodable {
        var question: String?
        var answer: String?
        var tags: [String]?
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get("{id}", use: get)
        group.patch("{id}", use: update)
        group.delete("{id}", use: delete)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<FAQ> {
        let identity = try context.requireIdentity()
        let query = request.uri.queryParameters
        let page = try PageRequest(limit: query["limit"].map(String.init), cursor: query["cursor"].map(String.init))
        return try await store.list(tenantId: identity.tenantId, page: page, tag: query["tag"].map(String.init))
    }

    @Sendable func get(_ request: Request, context: AuthenticatedContext) async throws -> FAQ {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        guard let faq = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no FAQ \(id)") }
        return faq
    }

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<FAQ> {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: CreateBody.self, context: context)
        let now = Date()
        let faq = FAQ(
            id: TimeOrderedID.make(),
            question: try Self.text(body.question, field: "question", max: Self.maxQuestion),
            answer: try Self.text(body.answer, field: "answer", max: Self.maxAnswer),
            tags: try Self.tags(body.tags ?? []), createdAt: now, updatedAt: now)
        try await store.create(faq, tenantId: identity.tenantId)
        context.logger.info("faq created", metadata: ["faq": "\(faq.id)"])
        return EditedResponse(status: .created, response: faq)
    }

    @Sendable func update(_ request: Request, context: AuthenticatedContext) async throws -> FAQ {
        let identity = try context.requireIdentity(Role.staff)
        let id = try Self.id(context)
        let body = try await request.decodeJSON(as: UpdateBody.self, context: context)
        guard body.question != nil || body.answer != nil || body.tags != nil else {
            throw APIError.validation("at least one of question, answer or tags is required")
        }
        let changes = FAQChanges(
            question: try body.question.map { try Self.text($0, field: "question", max: Self.maxQuestion) },
            answer: try body.answer.map { try Self.text($0, field: "answer", max: Self.maxAnswer) },
            tags: try body.tags.map(Self.tags))
        guard let faq = try await store.update(id: id, tenantId: identity.tenantId, changes: changes, now: Date()) else {
            throw APIError.notFound("no FAQ \(id)")
        }
        return faq
    }

    @Sendable func delete(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let identity = try context.requireIdentity(Role.staff)
        let id = try Self.id(context)
        guard try await store.delete(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no FAQ \(id)") }
        context.logger.info("faq deleted", metadata: ["faq": "\(id)"])
        return Response(status: .noContent)
    }

    // MARK: - Validation

    private static func id(_ context: AuthenticatedContext) throws -> String {
        let raw = try context.parameters.require("id")
        guard let uuid = UUID(uuidString: raw) else { throw APIError.notFound("no FAQ \(raw)") }
        return uuid.uuidString.lowercased()
    }

    private static func text(_ raw: String, field: String, max: Int) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw APIError.validation("\(field) must not be empty") }
        guard text.count <= max else { throw APIError.validation("\(field) must be at most \(max) characters") }
        return text
    }

    private static func tags(_ raw: [String]) throws -> [String] {
        guard raw.count <= maxTags else { throw APIError.validation("tags must have at most \(maxTags) entries") }
        var seen = Set<String>()
        return try raw.compactMap { tag in
            let tag = tag.trimmingCharacters(in: .whitespaces).lowercased()
            guard (1...50).contains(tag.count) else { throw APIError.validation("each tag must be 1 to 50 characters") }
            return seen.insert(tag).inserted ? tag : nil
        }
    }
}
