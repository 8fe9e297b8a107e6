import Foundation

/// A ticket's status, and the transitions allowed between statuses.
///
/// | from \ to    | open | in_progress | pending | resolved | closed | escalated |
/// | ------------ | ---- | ----------- | ------- | -------- | ------ | --------- |
/// | open         |      | yes         | yes     | yes      | yes    | yes       |
/// | in_progress  |      |             | yes     | yes      | yes    | yes       |
/// | pending      |      | yes         |         | yes      | yes    | yes       |
/// | escalated    |      | yes         | yes     | yes      | yes    |           |
/// | resolved     | yes (reopen) |     |         |          | yes    | yes (low rating, or on request) |
/// | closed       |      |             |         |          |        | yes (only through an escalation) |
///
/// Anything else, the same status included, is a conflict (409). A ticket comes back to `open` only by being
/// reopened after its resolution; a closed ticket comes back only through an escalation.
enum TicketStatus: String, Codable, Sendable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case pending
    case resolved
    case closed
    case escalated

    /// Where a ticket in this status may go.
    var allowedNext: Set<TicketStatus> {
        switch self {
        case .open: [.inProgress, .pending, .resolved, .closed, .escalated]
        case .inProgress: [.pending, .resolved, .closed, .escalated]
        case .pending: [.inProgress, .resolved, .closed, .escalated]
        case .escalated: [.inProgress, .pending, .resolved, .closed]
        case .resolved: [.open, .closed, .escalated]
        case .closed: [.escalated]
        }
    }

    func canMove(to next: TicketStatus) -> Bool { allowedNext.contains(next) }

    /// Whether the ticket is finished work (it frees its holder).
    var isFinished: Bool { self == .resolved || self == .closed }
}

/// `low`, `medium`, `high`, `urgent`; the rank orders the waiting queue.
enum TicketPriority: String, Codable, Sendable, CaseIterable {
    case low, medium, high, urgent

    var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .urgent: 3
        }
    }

    /// One level up (an escalation raises the priority), `urgent` stays `urgent`.
    var raised: TicketPriority {
        switch self {
        case .low: .medium
        case .medium: .high
        case .high, .urgent: .urgent
        }
    }

    static func rank(of raw: String) -> Int { TicketPriority(rawValue: raw)?.rank ?? 1 }
}

/// The categories of API.md (the same as the conversations').
enum TicketCategory: String, Codable, Sendable, CaseIterable {
    case orderIssue = "order_issue"
    case productIssue = "product_issue"
    case paymentIssue = "payment_issue"
    case accountIssue = "account_issue"
    case technicalIssue = "technical_issue"
    case generalInquiry = "general_inquiry"
    case refundRequest = "refund_request"
    case other
}

/// The kinds of ticket message. Customers never see internal notes.
enum TicketMessageType: String, Codable, Sendable, CaseIterable {
    case customerMessage = "customer_message"
    case agentMessage = "agent_message"
    case internalNote = "internal_note"
}

/// What caused an escalation (kept in the escalation history).
enum EscalationSource: String, Codable, Sendable {
    /// `POST /api/tickets/{id}/escalate` or a status change to `escalated`.
    case manual
    /// The sweeper: open too long without an answer.
    case unanswered
    /// The sweeper: urgent and untreated too long.
    case urgentUntreated = "urgent_untreated"
    /// A rating below the threshold.
    case lowRating = "low_rating"
}

/// The customer a ticket is for. `email` is kept so that notifications can reach them (tokens carry no email).
struct TicketCustomer: Codable, Sendable, Equatable {
    var userId: String?
    var email: String?
    var name: String?
}

/// A ticket's rating by its customer.
struct TicketRating: Codable, Sendable, Equatable {
    var rating: Int
    var comment: String?
    var ratedAt: Date
}

/// One message of a ticket.
struct TicketMessage: Codable, Sendable, Equatable {
    var id: String
    var ticketId: String
    var type: TicketMessageType
    var message: String
    var authorId: String
    var authorRole: String
    var createdAt: Date
}

/// One escalation of a ticket, as the history keeps it.
struct TicketEscalation: Codable, Sendable, Equatable {
    var id: String
    var reason: String
    var source: EscalationSource
    var escalatedBy: String?
    var createdAt: Date
}

/// Who holds a piece of work, or that it waits, and why a person was needed.
struct HandoffRecord: Codable, Sendable, Equatable {
    var kind: HandoffKind
    var itemId: String
    /// `waiting`, `assigned` or `released`.
    var state: String
    var agentId: String?
    var priority: String
    var reason: String
    var summary: String
    var queuedAt: Date
    var assignedAt: Date?
    var releasedAt: Date?
}

/// A support ticket as the API shows it. `messages`, `escalations` and `handoff` are filled for a single ticket.
struct Ticket: Codable, Sendable, Equatable {
    var id: String
    var subject: String
    var description: String
    var category: TicketCategory
    var priority: TicketPriority
    var status: TicketStatus
    var customer: TicketCustomer
    var orderId: String?
    var conversationId: String?
    var summary: String
    var assigneeId: String?
    var createdBy: String
    var createdAt: Date
    var updatedAt: Date
    var firstResponseAt: Date?
    var resolvedAt: Date?
    var closedAt: Date?
    var rating: TicketRating?
    var messages: [TicketMessage]?
    var escalations: [TicketEscalation]?
    var handoff: HandoffRecord?
}
