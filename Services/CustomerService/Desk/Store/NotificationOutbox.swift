import CommerceModels
import Foundation
import GRDB
import Messaging

/// The transactional outbox of the `notifications` queue: a notification is written in the same transaction as
/// the ticket change that causes it, and ``OutboxRelay`` publishes it afterwards (confirmed), so a broker that is
/// down when the ticket changes delays the notification but never loses it.
enum NotificationOutbox {
    /// The queue the desk's notifications go to.
    static let queue = Topology.QueueName.notifications

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// Writes `notification` for the relay, inside the caller's transaction.
    static func enqueue(_ db: Database, _ notification: SupportNotification) throws {
        let body = try encoder.encode(notification)
        try db.execute(
            sql: """
                INSERT INTO desk_outbox (message_id, queue, type, tenant_id, body, request_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [notification.messageId, queue, notification.type.rawValue, notification.tenantId, body,
                        notification.requestId, Date()])
    }

    /// The notification of `kind` about `ticket`, for its customer.
    static func make(
        _ kind: SupportNotification.Kind, ticket: Ticket, tenantId: String, now: Date, requestId: String?,
        message: String? = nil, ratingURL: String? = nil
    ) -> SupportNotification {
        SupportNotification(
            type: kind, messageId: TimeOrderedID.make(), tenantId: tenantId,
            occurredAt: now, requestId: requestId,
            recipient: .init(userId: ticket.customer.userId, email: ticket.customer.email, name: ticket.customer.name),
            ticket: .init(id: ticket.id, subject: ticket.subject, status: ticket.status.rawValue,
                          priority: ticket.priority.rawValue, category: ticket.category.rawValue),
            message: message, ratingURL: ratingURL)
    }
}
