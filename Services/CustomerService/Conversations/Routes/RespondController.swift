import Auth
import CommerceModels
import Foundation
import Hummingbird
import LLM
import ServiceRuntime

/// `POST /api/customer-service/respond`: the bot's answer to a customer's message, in the customer's language, from
/// the tenant's own FAQ entries, with the conversation's context; or, once a person is needed, the message is kept
/// for them and the reply says so. Any signed-in user of the tenant may call it; a customer only ever continues
/// their own conversations.
struct RespondController: Sendable {
    let service: ConversationService

    static let maxMessage = 4000

    struct Body: Decodable {
        struct Customer: Decodable {
            var name: String?
            var email: String?
            var phone: String?
        }
        var message: String
        var conversationId: String?
        var channel: String?
        var customer: Customer?
    }

    struct Reply: Encodable, ResponseEncodable {
        struct Sentiment: Encodable {
            var label: String
            var score: Double
        }
        var conversationId: String
        var reply: String
        var category: String
        var sentiment: Sentiment
        var confidence: Double
        var escalated: Bool
        var escalationReason: String?
        var sources: [ConversationService.Source]
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post("respond", use: respond)
    }

    @Sendable func respond(_ request: Request, context: AuthenticatedContext) async throws -> Reply {
        let identity = try context.requireIdentity()
        let body = try await request.decodeJSON(as: Body.self, context: context)
        let message = body.message.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !message.isEmpty else { throw APIError.validation("message must not be empty") }
        guard message.count <= Self.maxMessage else { throw APIError.validation("message must be at most \(Self.maxMessage) characters") }
        var conversationId: String?
        if let raw = body.conversationId {
            guard let uuid = UUID(uuidString: raw) else { throw APIError.validation("conversationId must be a UUID") }
            conversationId = uuid.uuidString.lowercased()
        }
        var channel = ConversationChannel.web
        if let raw = body.channel {
            guard let parsed = ConversationChannel(rawValue: raw) else {
                throw APIError.validation("channel must be one of web, api, whatsapp, messenger, email")
            }
            channel = parsed
        }
        let customer = try Self.customer(body.customer)
        let isCustomer = identity.role == .customer
        // Where the people's messages (take-over, agent, close) reach the customer on that channel.
        let address: String? = switch channel {
        case .whatsapp: customer.phone.map(WhatsAppSettings.normalise)
        case .email: customer.email
        case .web, .api, .messenger: nil
        }
        var inbound = ConversationService.Inbound(
            tenantId: identity.tenantId, channel: channel, text: message, conversationId: conversationId,
            customerUserId: isCustomer ? identity.userId : nil, customerScope: isCustomer ? identity.userId : nil,
            customer: customer, externalId: address, requestId: context.requestId)
        inbound.deliversReply = false
        let outcome = try await service.receive(inbound)
        return Reply(
            conversationId: outcome.conversation.id, reply: outcome.reply, category: outcome.category,
            sentiment: .init(label: outcome.sentiment.label.rawValue, score: (outcome.sentiment.score * 1000).rounded() / 1000),
            confidence: (outcome.confidence * 1000).rounded() / 1000, escalated: outcome.escalated,
            escalationReason: outcome.escalationReason, sources: outcome.sources)
    }

    static func customer(_ raw: Body.Customer?) throws -> CustomerContact {
        guard let raw else { return CustomerContact() }
        func clean(_ value: String?, _ field: String, max: Int) throws -> String? {
            guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            guard value.count <= max else { throw APIError.validation("customer.\(field) must be at most \(max) characters") }
            return value
        }
        let email = try clean(raw.email, "email", max: 254)?.lowercased()
        if let email, !email.contains("@") || email.contains(" ") {
            throw APIError.validation("customer.email must be an email address")
        }
        let phone = try clean(raw.phone, "phone", max: 32)
        if let phone, !phone.allSatisfy({ $0.isNumber || " +-.()".contains($0) }) {
            throw APIError.validation("customer.phone must be a phone number")
        }
        return CustomerContact(name: try clean(raw.name, "name", max: 100), email: email, phone: phone)
    }
}
