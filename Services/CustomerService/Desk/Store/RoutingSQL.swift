import CommerceModels
import Foundation
import GRDB

/// The routing of work to people, in SQL, always inside the caller's write transaction: SQLite runs one writer at
/// a time, so reading the loads and writing the assignment in one transaction can never exceed a cap or give one
/// item to two agents, however many requests hand work off at once.
///
/// - An item goes to the available agent with the fewest open items (assigned conversations and tickets), among
///   those below their capacity; ties go to the one assigned least recently (round-robin).
/// - When nobody is free it waits, ordered by priority then age; whenever an agent becomes available, raises
///   their capacity or finishes an item, waiting work is assigned (``drain(_:tenantId:now:config:effects:)``).
enum RoutingSQL {
    struct Context {
        var now: Date
        var requestId: String?
    }

    /// The agent who should receive the next item of `tenantId`, if anybody has room.
    static func pickAgent(_ db: Database, tenantId: String, excluding: String?) throws -> String? {
        try String.fetchOne(
            db,
            sql: """
                SELECT agent_id FROM (
                    SELECT a.agent_id, a.capacity, a.assignment_seq,
                        (SELECT COUNT(*) FROM desk_handoffs h
                         WHERE h.tenant_id = a.tenant_id AND h.agent_id = a.agent_id AND h.state = 'assigned') AS load
                    FROM desk_agents a
                    WHERE a.tenant_id = ? AND a.available = 1 AND a.agent_id IS NOT ?
                ) WHERE load < capacity
                ORDER BY load, assignment_seq, agent_id
                LIMIT 1
                """,
            arguments: [tenantId, excluding])
    }

    /// The open items an agent holds.
    static func load(_ db: Database, tenantId: String, agentId: String) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM desk_handoffs WHERE tenant_id = ? AND agent_id = ? AND state = 'assigned'",
            arguments: [tenantId, agentId]) ?? 0
    }

    static func handoff(_ db: Database, tenantId: String, kind: HandoffKind, itemId: String) throws -> HandoffRecord? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM desk_handoffs WHERE tenant_id = ? AND kind = ? AND item_id = ?",
            arguments: [tenantId, kind.rawValue, itemId]
        ).map(record)
    }

    static func record(_ row: Row) -> HandoffRecord {
        HandoffRecord(
            kind: HandoffKind(rawValue: row["kind"]) ?? .ticket, itemId: row["item_id"], state: row["state"],
            agentId: row["agent_id"], priority: row["priority"], reason: row["reason"], summary: row["summary"],
            queuedAt: row["queued_at"], assignedAt: row["assigned_at"], releasedAt: row["released_at"])
    }

    /// Assigns `request`'s item or queues it. An item already waiting or assigned keeps its place (its reason,
    /// summary and priority are refreshed), unless `reroute`: then it goes to the least-loaded available agent
    /// other than its holder, and stays with the holder when nobody else has room.
    @discardableResult
    static func handOff(
        _ db: Database, _ request: HandoffRequest, reroute: Bool, config: DeskConfig, effects: inout DeskEffects
    ) throws -> HandoffOutcome {
        let existing = try handoff(db, tenantId: request.tenantId, kind: request.kind, itemId: request.itemId)
        let active = existing.map { $0.state != "released" } ?? false
        let holder = active ? existing?.agentId : nil
        let context = Context(now: request.now, requestId: request.requestId)
        if active, let existing, !(reroute && holder != nil) {
            try refresh(db, request)
            return existing.agentId.map { .assigned(agentId: $0) } ?? .queued
        }
        if let agent = try pickAgent(db, tenantId: request.tenantId, excluding: holder) {
            try upsert(db, request, state: "assigned", agentId: agent, queuedAt: active ? existing?.queuedAt : nil)
            try noteAssignment(db, tenantId: request.tenantId, agentId: agent, now: request.now)
            if request.kind == .ticket {
                try ticketAssigned(db, tenantId: request.tenantId, ticketId: request.itemId, agentId: agent,
                                   context: context, effects: &effects)
            }
            return .assigned(agentId: agent)
        }
        if let holder {
            try refresh(db, request)
            return .assigned(agentId: holder)
        }
        try upsert(db, request, state: "waiting", agentId: nil, queuedAt: active ? existing?.queuedAt : nil)
        if request.kind == .ticket {
            try db.execute(
                sql: "UPDATE tickets SET assignee_id = NULL, updated_at = ? WHERE tenant_id = ? AND id = ?",
                arguments: [request.now, request.tenantId, request.itemId])
            effects.touched(request.tenantId, request.itemId)
        }
        return .queued
    }

    /// `agentId` takes the item (a take-over, or an administrator's assignment): it leaves the queue and counts as
    /// theirs, whatever their capacity.
    static func claim(
        _ db: Database, tenantId: String, kind: HandoffKind, itemId: String, agentId: String, context: Context,
        defaultReason: String, summary: String, priority: String, effects: inout DeskEffects
    ) throws {
        let existing = try handoff(db, tenantId: tenantId, kind: kind, itemId: itemId)
        if let existing, existing.state == "assigned", existing.agentId == agentId { return }
        let active = existing.map { $0.state != "released" } ?? false
        let request = HandoffRequest(
            tenantId: tenantId, kind: kind, itemId: itemId,
            priority: active ? existing!.priority : priority,
            reason: active ? existing!.reason : defaultReason,
            summary: active ? existing!.summary : summary,
            requestId: context.requestId, now: context.now)
        try upsert(db, request, state: "assigned", agentId: agentId, queuedAt: active ? existing?.queuedAt : nil)
        if kind == .ticket {
            try ticketAssigned(db, tenantId: tenantId, ticketId: itemId, agentId: agentId, context: context, effects: &effects)
        }
        // The previous holder (if any) has room again.
        if existing?.state == "assigned" { try drain(db, tenantId: tenantId, context: context, effects: &effects) }
    }

    /// The item is finished: it no longer counts, and waiting work may go to the freed agent.
    static func release(
        _ db: Database, tenantId: String, kind: HandoffKind, itemId: String, context: Context, effects: inout DeskEffects
    ) throws {
        try db.execute(
            sql: """
                UPDATE desk_handoffs SET state = 'released', released_at = ?
                WHERE tenant_id = ? AND kind = ? AND item_id = ? AND state != 'released'
                """,
            arguments: [context.now, tenantId, kind.rawValue, itemId])
        if db.changesCount > 0 { try drain(db, tenantId: tenantId, context: context, effects: &effects) }
    }

    /// Assigns waiting work, highest priority and oldest first, while an agent of the tenant has room.
    static func drain(_ db: Database, tenantId: String, context: Context, effects: inout DeskEffects) throws {
        while let next = try Row.fetchOne(
            db,
            sql: """
                SELECT kind, item_id, request_id FROM desk_handoffs WHERE tenant_id = ? AND state = 'waiting'
                ORDER BY priority_rank DESC, queued_at, seq LIMIT 1
                """,
            arguments: [tenantId]
        ), let agent = try pickAgent(db, tenantId: tenantId, excluding: nil) {
            let kind: String = next["kind"]
            let itemId: String = next["item_id"]
            let requestId: String? = next["request_id"]
            try db.execute(
                sql: """
                    UPDATE desk_handoffs SET state = 'assigned', agent_id = ?, assigned_at = ?
                    WHERE tenant_id = ? AND kind = ? AND item_id = ?
                    """,
                arguments: [agent, context.now, tenantId, kind, itemId])
            try noteAssignment(db, tenantId: tenantId, agentId: agent, now: context.now)
            if kind == HandoffKind.ticket.rawValue {
                try ticketAssigned(db, tenantId: tenantId, ticketId: itemId, agentId: agent,
                                   context: Context(now: context.now, requestId: requestId ?? context.requestId),
                                   effects: &effects)
            }
        }
    }

    // MARK: - Rows

    private static func refresh(_ db: Database, _ request: HandoffRequest) throws {
        try db.execute(
            sql: """
                UPDATE desk_handoffs SET reason = ?, summary = ?, priority = ?, priority_rank = ?, request_id = ?
                WHERE tenant_id = ? AND kind = ? AND item_id = ?
                """,
            arguments: [request.reason, request.summary, request.priority, TicketPriority.rank(of: request.priority),
                        request.requestId, request.tenantId, request.kind.rawValue, request.itemId])
    }

    private static func upsert(
        _ db: Database, _ request: HandoffRequest, state: String, agentId: String?, queuedAt: Date?
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO desk_handoffs (tenant_id, kind, item_id, state, agent_id, priority, priority_rank, reason,
                    summary, request_id, queued_at, assigned_at, released_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
                ON CONFLICT (tenant_id, kind, item_id) DO UPDATE SET
                    state = excluded.state, agent_id = excluded.agent_id, priority = excluded.priority,
                    priority_rank = excluded.priority_rank, reason = excluded.reason, summary = excluded.summary,
                    request_id = excluded.request_id, queued_at = excluded.queued_at,
                    assigned_at = excluded.assigned_at, released_at = NULL
                """,
            arguments: [request.tenantId, request.kind.rawValue, request.itemId, state, agentId, request.priority,
                        TicketPriority.rank(of: request.priority), request.reason, request.summary, request.requestId,
                        queuedAt ?? request.now, agentId == nil ? nil : request.now])
    }

    /// Moves the agent to the back of the round-robin order among equally loaded agents.
    private static func noteAssignment(_ db: Database, tenantId: String, agentId: String, now: Date) throws {
        try db.execute(
            sql: """
                UPDATE desk_agents SET last_assigned_at = ?,
                    assignment_seq = (SELECT COALESCE(MAX(assignment_seq), 0) + 1 FROM desk_agents WHERE tenant_id = ?)
                WHERE tenant_id = ? AND agent_id = ?
                """,
            arguments: [now, tenantId, tenantId, agentId])
    }

    /// A ticket got its holder: the ticket shows it and its customer is told.
    private static func ticketAssigned(
        _ db: Database, tenantId: String, ticketId: String, agentId: String, context: Context,
        effects: inout DeskEffects
    ) throws {
        try db.execute(
            sql: "UPDATE tickets SET assignee_id = ?, updated_at = ? WHERE tenant_id = ? AND id = ?",
            arguments: [agentId, context.now, tenantId, ticketId])
        guard let ticket = try TicketSQL.fetch(db, tenantId: tenantId, id: ticketId) else { return }
        try NotificationOutbox.enqueue(db, NotificationOutbox.make(
            .ticketAssigned, ticket: ticket, tenantId: tenantId, now: context.now, requestId: context.requestId,
            message: "Your ticket has been assigned to a support agent."))
        effects.notified = true
        effects.touched(tenantId, ticketId)
    }
}
