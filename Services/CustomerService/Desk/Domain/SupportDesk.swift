import Auth
import CommerceModels
import Foundation
import GRDB
import Logging
import Storage

/// The support desk's operations: tickets and their lifecycle, routing to people, escalations and notifications.
///
/// Every change runs in one write transaction with everything it causes (status history, escalation record,
/// assignment, notification rows in the outbox), so nothing is ever half-written; real-time events go out after the
/// commit. The routing itself is ``RoutingSQL``; this type is also the ``HandoffRouting`` the conversations use.
final class SupportDesk: HandoffRouting, Sendable {
    let database: AppDatabase
    let config: DeskConfig
    let clock: DeskClock
    let realtime: any RealtimePublishing
    let logger: Logger

    init(database: AppDatabase, config: DeskConfig, clock: DeskClock, realtime: any RealtimePublishing, logger: Logger) {
        self.database = database
        self.config = config
        self.clock = clock
        self.realtime = realtime
        self.logger = logger
    }

    var now: Date { clock.now() }

    // MARK: - Tickets

    /// What `POST /api/tickets` asks for, validated.
    struct NewTicket: Sendable {
        var subject: String
        var description: String
        var category: TicketCategory
        var priority: TicketPriority
        var orderId: String?
        var conversationId: String?
        var customer: TicketCustomer
    }

    func create(_ input: NewTicket, by identity: Identity) async throws -> Ticket {
        let now = self.now
        let id = TimeOrderedID.make()
        let config = self.config
        var summary = Self.summary(subject: input.subject, description: input.description)
        if let conversationId = input.conversationId {
            // Read (and summarised) before the write transaction: summarising is CPU work, not to hold the writer.
            let conversation = try await database.writer.read { db in
                try ConversationLookup.find(db, tenantId: identity.tenantId, id: conversationId,
                                            customerUserId: identity.role == .customer ? identity.userId : nil)
            }
            guard let conversation else { throw APIError.notFound("no conversation \(conversationId)") }
            if !conversation.summary.isEmpty { summary = conversation.summary }
        }
        let (ticket, effects) = try await database.writer.write { [summary] db -> (Ticket, DeskEffects) in
            var effects = DeskEffects()
            let ticket = Ticket(
                id: id, subject: input.subject, description: input.description, category: input.category,
                priority: input.priority, status: .open, customer: input.customer, orderId: input.orderId,
                conversationId: input.conversationId, summary: summary, assigneeId: nil, createdBy: identity.userId,
                createdAt: now, updatedAt: now)
            try TicketSQL.insert(db, ticket, tenantId: identity.tenantId)
            try TicketSQL.recordStatus(db, tenantId: identity.tenantId, ticketId: id, from: nil, to: .open, notes: nil,
                                       by: identity.userId, now: now)
            try NotificationOutbox.enqueue(db, NotificationOutbox.make(
                .ticketCreated, ticket: ticket, tenantId: identity.tenantId, now: now, requestId: identity.requestId))
            effects.notified = true
            try RoutingSQL.handOff(db, HandoffRequest(
                tenantId: identity.tenantId, kind: .ticket, itemId: id, priority: input.priority.rawValue,
                reason: "new ticket", summary: summary, requestId: identity.requestId, now: now),
                reroute: false, config: config, effects: &effects)
            effects.touched(identity.tenantId, id)
            return (try TicketSQL.fetch(db, tenantId: identity.tenantId, id: id) ?? ticket, effects)
        }
        logger.info("ticket created", metadata: ["ticket": "\(id)", "priority": "\(input.priority.rawValue)"])
        await publish(effects)
        return ticket
    }

    func list(filter: TicketSQL.Filter, page: PageRequest, tenantId: String) async throws -> Page<Ticket> {
        let before = try Self.decodeCursor(page.cursor)
        return try await database.writer.read { db in
            let (tickets, next) = try TicketSQL.list(db, tenantId: tenantId, filter: filter, limit: page.limit, before: before)
            return Page(items: tickets, nextCursor: next.map(Self.encodeCursor))
        }
    }

    /// One ticket with its messages, escalations and handoff (customers: their own only, without internal notes).
    func get(id: String, for identity: Identity) async throws -> Ticket {
        try await database.writer.read { db in
            let ticket = try Self.visibleTicket(db, id: id, for: identity)
            return try Self.detailed(db, ticket, tenantId: identity.tenantId, staff: identity.role != .customer)
        }
    }

    /// An administrator gives the ticket to `agentId` (whatever their load).
    func assign(id: String, to agentId: String, by identity: Identity) async throws -> Ticket {
        let now = self.now
        let effects = try await database.writer.write { db -> DeskEffects in
            var effects = DeskEffects()
            let ticket = try Self.visibleTicket(db, id: id, for: identity)
            guard !ticket.status.isFinished else {
                throw APIError.conflict("a \(ticket.status.rawValue) ticket cannot be assigned")
            }
            try RoutingSQL.claim(
                db, tenantId: identity.tenantId, kind: .ticket, itemId: id, agentId: agentId,
                context: .init(now: now, requestId: identity.requestId), defaultReason: "assigned by an administrator",
                summary: ticket.summary, priority: ticket.priority.rawValue, effects: &effects)
            effects.touched(identity.tenantId, id)
            return effects
        }
        await publish(effects)
        return try await get(id: id, for: identity)
    }

    /// Moves the ticket to `next` (the transition table of ``TicketStatus``; 409 otherwise). Customers may only
    /// close their ticket or reopen it after its resolution.
    func changeStatus(id: String, to next: TicketStatus, notes: String?, by identity: Identity) async throws -> Ticket {
        let now = self.now
        let config = self.config
        let effects = try await database.writer.write { db -> DeskEffects in
            var effects = DeskEffects()
            let ticket = try Self.visibleTicket(db, id: id, for: identity)
            if identity.role == .customer, !(next == .closed || (next == .open && ticket.status == .resolved)) {
                throw APIError.forbidden("a customer may only close a ticket or reopen a resolved one")
            }
            if next == .escalated {
                try Self.escalate(db, ticket, tenantId: identity.tenantId, reason: notes ?? "escalated by \(identity.role.rawValue)",
                                  source: .manual, by: identity.userId, now: now, requestId: identity.requestId,
                                  config: config, effects: &effects)
            } else {
                try Self.transition(db, ticket, tenantId: identity.tenantId, to: next, notes: notes, by: identity.userId,
                                    now: now, requestId: identity.requestId, config: config, effects: &effects)
            }
            return effects
        }
        await publish(effects)
        return try await get(id: id, for: identity)
    }

    func escalate(id: String, reason: String, by identity: Identity) async throws -> Ticket {
        let now = self.now
        let config = self.config
        let effects = try await database.writer.write { db -> DeskEffects in
            var effects = DeskEffects()
            let ticket = try Self.visibleTicket(db, id: id, for: identity)
            try Self.escalate(db, ticket, tenantId: identity.tenantId, reason: reason, source: .manual, by: identity.userId,
                              now: now, requestId: identity.requestId, config: config, effects: &effects)
            return effects
        }
        await publish(effects)
        return try await get(id: id, for: identity)
    }

    /// Adds a message. Customers post only `customer_message` on their own tickets; the first agent answer records
    /// the first-response time; an agent answer notifies the customer.
    func addMessage(id: String, type: TicketMessageType, text: String, by identity: Identity) async throws -> TicketMessage {
        if identity.role == .customer, type != .customerMessage {
            throw APIError.forbidden("customers may only post customer_message")
        }
        let now = self.now
        let (message, effects) = try await database.writer.write { db -> (TicketMessage, DeskEffects) in
            var effects = DeskEffects()
            let ticket = try Self.visibleTicket(db, id: id, for: identity)
            guard ticket.status != .closed else { throw APIError.conflict("the ticket is closed") }
            let message = TicketMessage(
                id: TimeOrderedID.make(), ticketId: id, type: type, message: text, authorId: identity.userId,
                authorRole: identity.role.rawValue, createdAt: now)
            try TicketSQL.insertMessage(db, message, tenantId: identity.tenantId)
            if type == .agentMessage {
                try db.execute(
                    sql: """
                        UPDATE tickets SET updated_at = ?, first_response_at = COALESCE(first_response_at, ?)
                        WHERE tenant_id = ? AND id = ?
                        """,
                    arguments: [now, now, identity.tenantId, id])
                try NotificationOutbox.enqueue(db, NotificationOutbox.make(
                    .ticketAnswered, ticket: ticket, tenantId: identity.tenantId, now: now,
                    requestId: identity.requestId, message: text))
                effects.notified = true
            } else {
                try db.execute(sql: "UPDATE tickets SET updated_at = ? WHERE tenant_id = ? AND id = ?",
                               arguments: [now, identity.tenantId, id])
            }
            effects.messages.append((identity.tenantId, message))
            effects.touched(identity.tenantId, id)
            return (message, effects)
        }
        await publish(effects)
        return message
    }

    /// The ticket's customer rates its resolution, once, after it is resolved; a rating below the threshold
    /// escalates the ticket at once.
    func rate(id: String, rating: Int, comment: String?, by identity: Identity) async throws -> Ticket {
        let now = self.now
        let config = self.config
        let effects = try await database.writer.write { db -> DeskEffects in
            var effects = DeskEffects()
            let ticket = try Self.visibleTicket(db, id: id, for: identity)
            guard identity.role == .customer, ticket.customer.userId == identity.userId else {
                throw APIError.forbidden("only the ticket's customer may rate it")
            }
            guard ticket.rating == nil else { throw APIError.conflict("the ticket has already been rated") }
            guard ticket.status.isFinished else { throw APIError.conflict("a ticket can be rated once it is resolved") }
            try db.execute(
                sql: """
                    UPDATE tickets SET rating = ?, rating_comment = ?, rated_at = ?, updated_at = ?
                    WHERE tenant_id = ? AND id = ?
                    """,
                arguments: [rating, comment, now, now, identity.tenantId, id])
            effects.touched(identity.tenantId, id)
            if config.escalateRatingBelow > 0, rating < config.escalateRatingBelow {
                let rated = try TicketSQL.fetch(db, tenantId: identity.tenantId, id: id) ?? ticket
                try Self.escalate(db, rated, tenantId: identity.tenantId,
                                  reason: "customer rated the resolution \(rating)/5" + (comment.map { ": \($0)" } ?? ""),
                                  source: .lowRating, by: identity.userId, now: now, requestId: identity.requestId,
                                  config: config, effects: &effects)
            }
            return effects
        }
        await publish(effects)
        return try await get(id: id, for: identity)
    }

    // MARK: - Sweeper

    /// Escalates what has waited too long: `open` without an answer past `unansweredAfter`, `urgent` untreated past
    /// `urgentUntreatedAfter`. Each ticket is escalated once per reason. Returns how many were escalated.
    @discardableResult
    func sweep(now: Date) async throws -> Int {
        let config = self.config
        let urgentCutoff = now.addingTimeInterval(-config.urgentUntreatedAfter)
        let unansweredCutoff = now.addingTimeInterval(-config.unansweredAfter)
        let (count, effects) = try await database.writer.write { db -> (Int, DeskEffects) in
            var effects = DeskEffects()
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.* FROM tickets t
                    WHERE t.status = 'open' AND t.first_response_at IS NULL AND (
                        (t.priority = 'urgent' AND t.created_at <= ? AND NOT EXISTS (
                            SELECT 1 FROM ticket_escalations e WHERE e.tenant_id = t.tenant_id AND e.ticket_id = t.id
                                AND e.source = 'urgent_untreated'))
                        OR (t.created_at <= ? AND NOT EXISTS (
                            SELECT 1 FROM ticket_escalations e WHERE e.tenant_id = t.tenant_id AND e.ticket_id = t.id
                                AND e.source = 'unanswered')))
                    ORDER BY t.seq LIMIT 500
                    """,
                arguments: [urgentCutoff.databaseTimestamp, unansweredCutoff.databaseTimestamp])
            for row in rows {
                let tenantId: String = row["tenant_id"]
                let ticket = TicketSQL.ticket(row)
                let urgent = ticket.priority == .urgent && ticket.createdAt <= urgentCutoff
                let reason = urgent
                    ? "urgent ticket untreated for more than \(Self.describe(config.urgentUntreatedAfter))"
                    : "open for more than \(Self.describe(config.unansweredAfter)) without an answer"
                try Self.escalate(db, ticket, tenantId: tenantId, reason: reason,
                                  source: urgent ? .urgentUntreated : .unanswered, by: nil, now: now,
                                  requestId: nil, config: config, effects: &effects)
            }
            return (rows.count, effects)
        }
        if count > 0 { logger.notice("tickets escalated by the sweeper", metadata: ["count": "\(count)"]) }
        await publish(effects)
        return count
    }

    // MARK: - Transitions (inside a transaction)

    static func transition(
        _ db: Database, _ ticket: Ticket, tenantId: String, to next: TicketStatus, notes: String?, by: String?,
        now: Date, requestId: String?, config: DeskConfig, effects: inout DeskEffects
    ) throws {
        guard ticket.status.canMove(to: next) else {
            throw APIError.conflict("a ticket cannot go from \(ticket.status.rawValue) to \(next.rawValue)")
        }
        try db.execute(
            sql: """
                UPDATE tickets SET status = ?, updated_at = ?,
                    resolved_at = CASE WHEN ? = 'resolved' THEN ? ELSE resolved_at END,
                    closed_at = CASE WHEN ? = 'closed' THEN ? ELSE closed_at END
                WHERE tenant_id = ? AND id = ?
                """,
            arguments: [next.rawValue, now, next.rawValue, now, next.rawValue, now, tenantId, ticket.id])
        try TicketSQL.recordStatus(db, tenantId: tenantId, ticketId: ticket.id, from: ticket.status, to: next,
                                   notes: notes, by: by, now: now)
        effects.touched(tenantId, ticket.id)
        let context = RoutingSQL.Context(now: now, requestId: requestId)
        switch next {
        case .resolved, .closed:
            try RoutingSQL.release(db, tenantId: tenantId, kind: .ticket, itemId: ticket.id, context: context, effects: &effects)
            if next == .resolved, let updated = try TicketSQL.fetch(db, tenantId: tenantId, id: ticket.id) {
                try NotificationOutbox.enqueue(db, NotificationOutbox.make(
                    .ticketResolved, ticket: updated, tenantId: tenantId, now: now, requestId: requestId,
                    message: notes, ratingURL: config.ratingURL(ticketId: ticket.id)))
                effects.notified = true
            }
        case .open:
            try RoutingSQL.handOff(db, HandoffRequest(
                tenantId: tenantId, kind: .ticket, itemId: ticket.id, priority: ticket.priority.rawValue,
                reason: "ticket reopened", summary: ticket.summary, requestId: requestId, now: now),
                reroute: false, config: config, effects: &effects)
        case .inProgress, .pending, .escalated:
            break
        }
    }

    /// Escalates: status `escalated` (409 when it cannot go there), an escalation record with its reason, routing
    /// again at a raised priority to the least-loaded available agent other than the holder, and the customer told.
    static func escalate(
        _ db: Database, _ ticket: Ticket, tenantId: String, reason: String, source: EscalationSource, by: String?,
        now: Date, requestId: String?, config: DeskConfig, effects: inout DeskEffects
    ) throws {
        guard ticket.status.canMove(to: .escalated) else {
            throw APIError.conflict(ticket.status == .escalated
                ? "the ticket is already escalated" : "a ticket cannot go from \(ticket.status.rawValue) to escalated")
        }
        try transition(db, ticket, tenantId: tenantId, to: .escalated, notes: reason, by: by, now: now,
                       requestId: requestId, config: config, effects: &effects)
        try TicketSQL.insertEscalation(db, tenantId: tenantId, ticketId: ticket.id, reason: reason, source: source,
                                       by: by, now: now)
        try RoutingSQL.handOff(db, HandoffRequest(
            tenantId: tenantId, kind: .ticket, itemId: ticket.id, priority: ticket.priority.raised.rawValue,
            reason: reason, summary: ticket.summary, requestId: requestId, now: now),
            reroute: true, config: config, effects: &effects)
        if let updated = try TicketSQL.fetch(db, tenantId: tenantId, id: ticket.id) {
            try NotificationOutbox.enqueue(db, NotificationOutbox.make(
                .ticketEscalated, ticket: updated, tenantId: tenantId, now: now, requestId: requestId, message: reason))
            effects.notified = true
        }
    }

    // MARK: - Reads (inside a transaction)

    /// The ticket if the identity may see it: same tenant, and for a customer their own; otherwise 404.
    static func visibleTicket(_ db: Database, id: String, for identity: Identity) throws -> Ticket {
        guard let ticket = try TicketSQL.fetch(db, tenantId: identity.tenantId, id: id),
              identity.role != .customer || ticket.customer.userId == identity.userId
        else { throw APIError.notFound("no ticket \(id)") }
        return ticket
    }

    static func detailed(_ db: Database, _ ticket: Ticket, tenantId: String, staff: Bool) throws -> Ticket {
        var ticket = ticket
        ticket.messages = try TicketSQL.messages(db, tenantId: tenantId, ticketId: ticket.id, includeInternal: staff)
        ticket.escalations = try TicketSQL.escalations(db, tenantId: tenantId, ticketId: ticket.id)
        if staff {
            ticket.handoff = try RoutingSQL.handoff(db, tenantId: tenantId, kind: .ticket, itemId: ticket.id)
        } else {
            // Who escalated and why is staff business; the customer sees that it happened.
            ticket.escalations = ticket.escalations?.map { TicketEscalation(id: $0.id, reason: "", source: $0.source, escalatedBy: nil, createdAt: $0.createdAt) }
        }
        return ticket
    }

    // MARK: - Real time

    /// Sends `ticket_updated` for every changed ticket and `new_message` for every new message, after the commit.
    func publish(_ effects: DeskEffects) async {
        for (tenantId, message) in effects.messages {
            await realtime.broadcast(tenantId: tenantId, room: "ticket:\(message.ticketId)", type: "new_message",
                                     data: message, visibleToCustomers: message.type != .internalNote)
        }
        guard !effects.tickets.isEmpty else { return }
        let tickets = try? await database.writer.read { db in
            try effects.tickets.compactMap { ref in
                try TicketSQL.fetch(db, tenantId: ref.tenantId, id: ref.ticketId).map { (ref.tenantId, $0) }
            }
        }
        for (tenantId, ticket) in tickets ?? [] {
            await realtime.broadcast(tenantId: tenantId, room: "ticket:\(ticket.id)", type: "ticket_updated",
                                     data: ticket, visibleToCustomers: true)
        }
    }

    // MARK: - Helpers

    static func summary(subject: String, description: String) -> String {
        let text = description.replacingOccurrences(of: "\n", with: " ")
        let short = text.count > 240 ? String(text.prefix(240)) + "…" : text
        return "\(subject): \(short)"
    }

    static func describe(_ interval: TimeInterval) -> String {
        interval.truncatingRemainder(dividingBy: 3600) == 0 ? "\(Int(interval / 3600)) h" : "\(Int(interval)) s"
    }

    static func encodeCursor(_ seq: Int64) -> String { Base64URL.encode(Array("t:\(seq)".utf8)) }

    static func decodeCursor(_ cursor: String?) throws -> Int64? {
        guard let cursor else { return nil }
        guard let bytes = Base64URL.decode(cursor.utf8), let text = String(bytes: bytes, encoding: .utf8),
              text.hasPrefix("t:"), let value = Int64(text.dropFirst(2)), value > 0
        else { throw APIError.validation("cursor is malformed") }
        return value
    }
}
