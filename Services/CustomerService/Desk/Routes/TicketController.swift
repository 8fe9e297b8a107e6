import Auth
import CommerceModels
import Foundation
import Hummingbird
import ServiceRuntime

extension Ticket: ResponseEncodable {}
extension TicketMessage: ResponseEncodable {}
extension TicketStats: ResponseEncodable {}

/// `/api/tickets`: customers open and follow their own tickets; staff (admin, agent) work on the tenant's;
/// administrators assign. Another tenant's ticket, or another customer's for a customer, answers 404.
struct TicketController: Sendable {
    let desk: SupportDesk

    static let maxSubject = 200
    static let maxDescription = 10_000
    static let maxMessage = 5_000
    static let maxNotes = 2_000
    static let maxReason = 1_000

    struct CustomerBody: Decodable {
        var userId: String?
        var email: String?
        var name: String?
    }

    struct CreateBody: Decodable {
        var subject: String
        var description: String
        var category: String
        var priority: String
        var orderId: String?
        var conversationId: String?
        var customer: CustomerBody?
        var contactEmail: String?
    }

    struct AssignBody: Decodable { var agentId: String }
    struct StatusBody: Decodable {
        var status: String
        var notes: String?
    }
    struct MessageBody: Decodable {
        var message: String
        var type: String
    }
    struct RatingBody: Decodable {
        var rating: Int
        var comment: String?
    }
    struct EscalateBody: Decodable { var reason: String }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post(use: create)
        group.get(use: list)
        group.get("stats", use: stats)
        group.get("{id}", use: get)
        group.post("{id}/assign", use: assign)
        group.put("{id}/status", use: status)
        group.post("{id}/messages", use: message)
        group.post("{id}/rating", use: rating)
        group.post("{id}/escalate", use: escalate)
    }

    // MARK: - Handlers

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<Ticket> {
        let identity = try context.requireIdentity()
        let body = try await request.decodeJSON(as: CreateBody.self, context: context)
        let customer: TicketCustomer
        if identity.role == .customer {
            guard body.customer == nil else { throw APIError.forbidden("only staff may open a ticket for a customer") }
            customer = TicketCustomer(userId: identity.userId, email: try body.contactEmail.map { try Self.email($0, field: "contactEmail") }, name: nil)
        } else {
            guard let given = body.customer else { throw APIError.validation("customer is required when staff open a ticket") }
            let userId = try given.userId.map { try Self.uuid($0, field: "customer.userId") }
            let email = try (given.email ?? body.contactEmail).map { try Self.email($0, field: "customer.email") }
            guard userId != nil || email != nil else { throw APIError.validation("customer.userId or customer.email is required") }
            customer = TicketCustomer(userId: userId, email: email,
                                      name: try given.name.map { try Self.text($0, field: "customer.name", max: 200) })
        }
        let input = SupportDesk.NewTicket(
            subject: try Self.text(body.subject, field: "subject", max: Self.maxSubject),
            description: try Self.text(body.description, field: "description", max: Self.maxDescription),
            category: try Self.enumValue(body.category, field: "category", as: TicketCategory.self),
            priority: try Self.enumValue(body.priority, field: "priority", as: TicketPriority.self),
            orderId: try body.orderId.map { try Self.text($0, field: "orderId", max: 100) },
            conversationId: try body.conversationId.map { try Self.uuid($0, field: "conversationId") },
            customer: customer)
        let ticket = try await desk.create(input, by: identity)
        return EditedResponse(status: .created, response: ticket)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<Ticket> {
        let identity = try context.requireIdentity()
        let query = request.uri.queryParameters
        let page = try PageRequest(limit: query["limit"].map(String.init), cursor: query["cursor"].map(String.init))
        var filter = TicketSQL.Filter()
        filter.status = try query["status"].map { try Self.enumValue(String($0), field: "status", as: TicketStatus.self) }
        filter.priority = try query["priority"].map { try Self.enumValue(String($0), field: "priority", as: TicketPriority.self) }
        filter.category = try query["category"].map { try Self.enumValue(String($0), field: "category", as: TicketCategory.self) }
        if let assignee = query["assignee"].map(String.init) {
            switch assignee {
            case "me": filter.assignee = identity.userId
            case "none": filter.assignee = ""
            default: filter.assignee = try Self.uuid(assignee, field: "assignee")
            }
        }
        if identity.role == .customer { filter.customerUserId = identity.userId }
        return try await desk.list(filter: filter, page: page, tenantId: identity.tenantId)
    }

    @Sendable func get(_ request: Request, context: AuthenticatedContext) async throws -> Ticket {
        let identity = try context.requireIdentity()
        return try await desk.get(id: try Self.id(context), for: identity)
    }

    @Sendable func assign(_ request: Request, context: AuthenticatedContext) async throws -> Ticket {
        let identity = try context.requireIdentity(Role.administrators)
        let id = try Self.id(context)
        let body = try await request.decodeJSON(as: AssignBody.self, context: context)
        return try await desk.assign(id: id, to: try Self.uuid(body.agentId, field: "agentId"), by: identity)
    }

    @Sendable func status(_ request: Request, context: AuthenticatedContext) async throws -> Ticket {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        let body = try await request.decodeJSON(as: StatusBody.self, context: context)
        let next = try Self.enumValue(body.status, field: "status", as: TicketStatus.self)
        let notes = try body.notes.map { try Self.text($0, field: "notes", max: Self.maxNotes) }
        return try await desk.changeStatus(id: id, to: next, notes: notes, by: identity)
    }

    @Sendable func message(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<TicketMessage> {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        let body = try await request.decodeJSON(as: MessageBody.self, context: context)
        let type = try Self.enumValue(body.type, field: "type", as: TicketMessageType.self)
        let text = try Self.text(body.message, field: "message", max: Self.maxMessage)
        let message = try await desk.addMessage(id: id, type: type, text: text, by: identity)
        return EditedResponse(status: .created, response: message)
    }

    @Sendable func rating(_ request: Request, context: AuthenticatedContext) async throws -> Ticket {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        let body = try await request.decodeJSON(as: RatingBody.self, context: context)
        guard (1...5).contains(body.rating) else { throw APIError.validation("rating must be between 1 and 5") }
        let comment = try body.comment.map { try Self.text($0, field: "comment", max: Self.maxNotes) }
        return try await desk.rate(id: id, rating: body.rating, comment: comment, by: identity)
    }

    @Sendable func escalate(_ request: Request, context: AuthenticatedContext) async throws -> Ticket {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        let body = try await request.decodeJSON(as: EscalateBody.self, context: context)
        return try await desk.escalate(id: id, reason: try Self.text(body.reason, field: "reason", max: Self.maxReason), by: identity)
    }

    @Sendable func stats(_ request: Request, context: AuthenticatedContext) async throws -> TicketStats {
        let identity = try context.requireIdentity(Role.staff)
        let query = request.uri.queryParameters
        let period = query["period"].map(String.init) ?? "7d"
        let seconds = try Self.period(period)
        let category = try query["category"].map { try Self.enumValue(String($0), field: "category", as: TicketCategory.self) }
        return try await desk.stats(tenantId: identity.tenantId, period: period, seconds: seconds, category: category)
    }

    // MARK: - Validation

    /// A ticket id; anything that is not a UUID cannot be a ticket: 404.
    static func id(_ context: AuthenticatedContext) throws -> String {
        let raw = try context.parameters.require("id")
        guard let uuid = UUID(uuidString: raw) else { throw APIError.notFound("no ticket \(raw)") }
        return uuid.uuidString.lowercased()
    }

    static func uuid(_ raw: String, field: String) throws -> String {
        guard let uuid = UUID(uuidString: raw.trimmingCharacters(in: .whitespaces)) else {
            throw APIError.validation("\(field) must be a UUID")
        }
        return uuid.uuidString.lowercased()
    }

    static func text(_ raw: String, field: String, max: Int) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw APIError.validation("\(field) must not be empty") }
        guard text.count <= max else { throw APIError.validation("\(field) must be at most \(max) characters") }
        return text
    }

    static func email(_ raw: String, field: String) throws -> String {
        let email = raw.trimmingCharacters(in: .whitespaces)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !email.contains(where: \.isWhitespace)
        else { throw APIError.validation("\(field) must be an email address") }
        return email
    }

    static func enumValue<T: RawRepresentable & CaseIterable>(_ raw: String, field: String, as type: T.Type) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: raw) else {
            throw APIError.validation("\(field) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// `<n>d` or `<n>h`, up to a year.
    static func period(_ raw: String) throws -> TimeInterval {
        guard let unit = raw.last, let n = Int(raw.dropLast()), n > 0 else {
            throw APIError.validation("period must look like 7d or 24h")
        }
        switch unit {
        case "d" where n <= 366: return TimeInterval(n * 86_400)
        case "h" where n <= 366 * 24: return TimeInterval(n * 3600)
        default: throw APIError.validation("period must look like 7d or 24h, at most a year")
        }
    }
}
