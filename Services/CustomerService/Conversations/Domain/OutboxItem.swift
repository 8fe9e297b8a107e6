import Foundation
import Hummingbird

/// A message to a customer that leaves through a channel's outbound connector. It is written in the same
/// transaction as the conversation message, so it is never lost: `pending` until a send succeeds (`sent`), or
/// `failed` once the attempts are used up or the provider refused it for good.
struct OutboxItem: Codable, Sendable, Equatable, ResponseEncodable {
    enum Status: String, Codable, Sendable, CaseIterable {
        case pending
        case sent
        case failed
    }

    var id: String
    var tenantId: String
    var conversationId: String
    var messageId: String
    var channel: ConversationChannel
    /// The customer's address on the channel (phone number, page-scoped id, email address).
    var recipient: String
    /// Email only.
    var subject: String?
    var body: String
    var status: Status
    var attempts: Int
    var lastError: String?
    var nextAttemptAt: Date?
    var createdAt: Date
    var sentAt: Date?
}
