import Foundation
import Hummingbird

/// Where a conversation takes place: the `respond` API (`web`, the default, or `api` for a merchant's own
/// integration), or a messaging channel with its outbound connector.
enum ConversationChannel: String, Codable, Sendable, CaseIterable {
    case web
    case api
    case whatsapp
    case messenger
    case email

    /// Whether messages to the customer leave through an outbound connector (and the outbox).
    var hasOutbound: Bool { self != .web && self != .api }
}

/// `active` (the bot answers), `transferred` (a person is needed or has taken over: the bot is silent),
/// `completed` (closed).
enum ConversationStatus: String, Codable, Sendable, CaseIterable {
    case active
    case transferred
    case completed
}

/// Who wrote a message.
enum MessageSender: String, Codable, Sendable {
    case customer
    case bot
    case agent
    case system
}

/// Why a conversation went to a person (`escalationReason`).
enum EscalationReason: String, Codable, Sendable {
    case customerRequestedHuman = "customer_requested_human"
    case refundAboveThreshold = "refund_above_threshold"
    case veryNegativeSentiment = "very_negative_sentiment"
    case repeatedFailure = "repeated_failure"
    case lowConfidence = "low_confidence"

    /// The desk's priority for the handoff.
    var priority: String {
        switch self {
        case .veryNegativeSentiment, .refundAboveThreshold: "high"
        case .customerRequestedHuman, .repeatedFailure: "medium"
        case .lowConfidence: "low"
        }
    }
}

/// What the customer told about themselves (the `customer` of `respond`, or what a channel knows).
struct CustomerContact: Codable, Sendable, Equatable {
    var name: String?
    var email: String?
    var phone: String?
}

/// A conversation of one tenant, as stored and as the API shows it.
struct Conversation: Codable, Sendable, Equatable {
    var id: String
    var tenantId: String
    var channel: ConversationChannel
    var status: ConversationStatus
    var escalated: Bool
    var escalationReason: String?
    var takenOverBy: String?
    var customerUserId: String?
    var customer: CustomerContact
    /// The channel's address of the customer: a phone number (WhatsApp), a page-scoped id (Messenger), an email.
    var externalId: String?
    var subject: String?
    var language: String?
    /// The last order number the customer gave, kept as context for later answers.
    var lastOrderNumber: String?
    /// Bot answers in a row without a source.
    var unhelpfulStreak: Int
    var createdAt: Date
    var updatedAt: Date
    var closedAt: Date?
    var durationSeconds: Int?

    var isFrench: Bool { language != "en" }
}

/// One message of a conversation.
struct ConversationMessage: Codable, Sendable, Equatable {
    var id: String
    var conversationId: String
    var sender: MessageSender
    /// The agent (or customer) who wrote it, when known.
    var authorId: String?
    var text: String
    var createdAt: Date
}

/// `GET /conversations/{id}`: the conversation and its messages, oldest first.
struct ConversationDetail: Encodable, Sendable, ResponseEncodable {
    var conversation: Conversation
    var messages: [ConversationMessage]

    func encode(to encoder: any Encoder) throws {
        try conversation.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(messages, forKey: .messages)
    }

    private enum Key: String, CodingKey { case messages }
}

extension Conversation: ResponseEncodable {}
