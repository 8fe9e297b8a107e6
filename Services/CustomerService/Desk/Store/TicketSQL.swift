import Auth
import CommerceModels
import Foundation
import GRDB

/// The rows of tickets, their messages, status history and escalations. Every statement filters on the tenant.
enum TicketSQL {
    static func insert(_ db: Database, _ ticket: Ticket, tenantId: String) throws {
        try db.execute(
            sql: """
                INSERT INTO tickets (id, tenant_id, subject, description, category, priority, status, customer_user_id,
                    customer_email, customer_name, order_id, conversation_id, summary, assignee_id, created_by,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
                """,
            arguments: [ticket.id, tenantId, ticket.subject, ticket.description, ticket.category.rawValue,
                        ticket.priority.rawValue, ticket.status.rawValue, ticket.customer.userId, ticket.customer.email,
                        ticket.customer.name, ticket.orderId, ticket.conversationId, ticket.summary, ticket.createdBy,
                        ticket.createdAt, ticket.updatedAt])
    }

    static func fetch(_ db: Database, tenantId: String, id: String) throws -> Ticket? {
        try Row.fetchOne(db, sql: "SELECT * FROM tickets WHERE tenant_id = ? AND id = ?", arguments: [tenantId, id])
            .map(ticket)
    }

    /// The filters of `GET /api/tickets`.
    struct Filter: Sendable {
        var status: TicketStatus?
        var priority: TicketPriority?
        var category: TicketCategory?
        /// An agent id; `""` means unassigned.
        var assignee: String?
        /// Set for customers: only their own tickets.
        var customerUserId: String?
    }

    /// Newest first; the cursor is the last `seq` seen.
    static func list(_ db: Database, tenantId: String, filter: Filter, limit: Int, before: Int64?) throws -> (tickets: [Ticket], nextSeq: Int64?) {
        var sql = "SELECT * FROM tickets WHERE tenant_id = ?"
        var arguments: StatementArguments = [tenantId]
        if let before { sql += " AND seq < ?"; arguments += [before] }
        if let status = filter.status { sql += " AND status = ?"; arguments += [status.rawValue] }
        if let priority = filter.priority { sql += " AND priority = ?"; arguments += [priority.rawValue] }
        if let category = filter.category { sql += " AND category = ?"; arguments += [category.rawValue] }
        if let assignee = filter.assignee {
            if assignee.isEmpty { sql += " AND assignee_id IS NULL" } else { sql += " AND assignee_id = ?"; arguments += [assignee] }
        }
        if let customer = filter.customerUserId { sql += " AND customer_user_id = ?"; arguments += [customer] }
        sql += " ORDER BY seq DESC LIMIT ?"
        arguments += [limit + 1]
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        let tickets = rows.prefix(limit).map(ticket)
        let next: Int64? = rows.count > limit ? rows[limit - 1]["seq"] : nil
        return (tickets, next)
    }

    static func messages(_ db: Database, tenantId: String, ticketId: String, includeInternal: Bool) throws -> [TicketMessage] {
        var sql = "SELECT * FROM ticket_messages WHERE tenant_id = ? AND ticket_id = ?"
        if !includeInternal { sql += " AND type != 'internal_note'" }
        sql += " ORDER BY seq"
        return try Row.fetchAll(db, sql: sql, arguments: [tenantId, ticketId]).map(message)
    }

    static func escalations(_ db: Database, tenantId: String, ticketId: String) throws -> [TicketEscalation] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM ticket_escalations WHERE tenant_id = ? AND ticket_id = ? ORDER BY seq",
            arguments: [tenantId, ticketId]
        ).map { row in
            TicketEscalation(
                id: row["id"], reason: row["reason"], source: EscalationSource(rawValue: row["source"]) ?? .manual,
                escalatedBy: row["escalated_by"], createdAt: row["created_at"])
        }
    }

    static func insertMessage(_ db: Database, _ message: TicketMessage, tenantId: String) throws {
        try db.execute(
            sql: """
                INSERT INTO ticket_messages (id, tenant_id, ticket_id, type, body, author_id, author_role, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [message.id, tenantId, message.ticketId, message.type.rawValue, message.message,
                        message.authorId, message.authorRole, message.createdAt])
    }

    static func recordStatus(
        _ db: Database, tenantId: String, ticketId: String, from: TicketStatus?, to: TicketStatus, notes: String?,
        by: String?, now: Date
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO ticket_status_history (tenant_id, ticket_id, from_status, to_status, notes, changed_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [tenantId, ticketId, from?.rawValue, to.rawValue, notes, by, now])
    }

    static func insertEscalation(
        _ db: Database, tenantId: String, ticketId: String, reason: String, source: EscalationSource, by: String?, now: Date
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO ticket_escalations (id, tenant_id, ticket_id, reason, source, escalated_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [TimeOrderedID.make(), tenantId, ticketId, reason, source.rawValue, by, now])
    }

    // MARK: - Mapping

    static func ticket(_ row: Row) -> Ticket {
        let rating: Int? = row["rating"]
        return Ticket(
            id: row["id"], subject: row["subject"], description: row["description"],
            category: TicketCategory(rawValue: row["category"]) ?? .other,
            priority: TicketPriority(rawValue: row["priority"]) ?? .medium,
            status: TicketStatus(rawValue: row["status"]) ?? .open,
            customer: TicketCustomer(userId: row["customer_user_id"], email: row["customer_email"], name: row["customer_name"]),
            orderId: row["order_id"], conversationId: row["conversation_id"], summary: row["summary"],
            assigneeId: row["assignee_id"], createdBy: row["created_by"], createdAt: row["created_at"],
            updatedAt: row["updated_at"], firstResponseAt: row["first_response_at"], resolvedAt: row["resolved_at"],
            closedAt: row["closed_at"],
            rating: rating.map { TicketRating(rating: $0, comment: row["rating_comment"], ratedAt: row["rated_at"]) })
    }

    static func message(_ row: Row) -> TicketMessage {
        TicketMessage(
            id: row["id"], ticketId: row["ticket_id"], type: TicketMessageType(rawValue: row["type"]) ?? .internalNote,
            message: row["body"], authorId: row["author_id"], authorRole: row["author_role"], createdAt: row["created_at"])
    }
}
