public import Foundation

/// A support-desk event on the `notifications` queue: published by `sav-agent`, turned into an email by
/// `email-agent` (from a default template the tenant may override).
///
/// JSON, camelCase, dates as RFC 3339 (`.iso8601`). `messageId` is unique per event and is also the AMQP
/// `message_id`, so a redelivered event is recognised and never mailed twice. The health monitor publishes its
/// alerts on the same queue with `type` `health.alert` and its own shape: consumers switch on `type` first.
public struct SupportNotification: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case ticketCreated = "ticket.created"
        case ticketAssigned = "ticket.assigned"
        case ticketAnswered = "ticket.answered"
        /// Carries `ratingURL`: the customer is asked to rate the resolution.
        case ticketResolved = "ticket.resolved"
        case ticketEscalated = "ticket.escalated"
    }

    /// Who the email is for. `email` may be missing (a customer known only by id): the email agent records
    /// the event as not sendable instead of dropping it silently.
    public struct Recipient: Codable, Sendable, Equatable {
        public var userId: String?
        public var email: String?
        public var name: String?

        public init(userId: String? = nil, email: String? = nil, name: String? = nil) {
            self.userId = userId
            self.email = email
            self.name = name
        }
    }

    /// The ticket the event is about, as the email needs it.
    public struct Ticket: Codable, Sendable, Equatable {
        public var id: String
        public var subject: String
        public var status: String
        public var priority: String
        public var category: String

        public init(id: String, subject: String, status: String, priority: String, category: String) {
            self.id = id
            self.subject = subject
            self.status = status
            self.priority = priority
            self.category = category
        }
    }

    public var type: Kind
    public var messageId: String
    public var tenantId: String
    public var occurredAt: Date
    /// The `X-Request-ID` of the request that caused the event.
    public var requestId: String?
    public var recipient: Recipient
    public var ticket: Ticket
    /// The answer's text (`ticket.answered`), the escalation reason (`ticket.escalated`), the assignee's name.
    public var message: String?
    /// Where the customer rates the resolution (`ticket.resolved`).
    public var ratingURL: String?

    public init(
        type: Kind, messageId: String, tenantId: String, occurredAt: Date, requestId: String?,
        recipient: Recipient, ticket: Ticket, message: String? = nil, ratingURL: String? = nil
    ) {
        self.type = type
        self.messageId = messageId
        self.tenantId = tenantId
        self.occurredAt = occurredAt
        self.requestId = requestId
        self.recipient = recipient
        self.ticket = ticket
        self.message = message
        self.ratingURL = ratingURL
    }

    /// The value of `type` every consumer reads before decoding the rest.
    public struct Envelope: Decodable, Sendable {
        public var type: String
    }
}
