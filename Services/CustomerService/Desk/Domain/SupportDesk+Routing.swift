import Auth
import CommerceModels
import Foundation
import GRDB

/// An agent's availability as `PUT /api/customer-service/agents/me/availability` and
/// `GET /api/customer-service/agents` show it.
struct AgentAvailability: Codable, Sendable, Equatable {
    var agentId: String
    var available: Bool
    var capacity: Int
    /// Conversations and tickets the agent holds now.
    var openItems: Int
    var lastAssignedAt: Date?
}

/// A piece of work waiting for a person (`GET /api/customer-service/queue`).
struct QueuedItem: Codable, Sendable, Equatable {
    var kind: HandoffKind
    var itemId: String
    var priority: String
    var reason: String
    var summary: String
    var queuedAt: Date
    var waitingSeconds: Int
}

extension SupportDesk {
    // MARK: - HandoffRouting

    func handOff(_ request: HandoffRequest) async throws -> HandoffOutcome {
        let config = self.config
        let (outcome, effects) = try await database.writer.write { db -> (HandoffOutcome, DeskEffects) in
            var effects = DeskEffects()
            let outcome = try RoutingSQL.handOff(db, request, reroute: false, config: config, effects: &effects)
            return (outcome, effects)
        }
        logger.info("handed off", metadata: ["kind": "\(request.kind.rawValue)", "item": "\(request.itemId)",
                                              "outcome": "\(outcome)", "reason": "\(request.reason)"])
        await publish(effects)
        return outcome
    }

    func claim(tenantId: String, kind: HandoffKind, itemId: String, agentId: String, now: Date) async throws {
        let effects = try await database.writer.write { db -> DeskEffects in
            var effects = DeskEffects()
            try RoutingSQL.claim(db, tenantId: tenantId, kind: kind, itemId: itemId, agentId: agentId,
                                 context: .init(now: now, requestId: nil), defaultReason: "taken over",
                                 summary: "", priority: TicketPriority.medium.rawValue, effects: &effects)
            return effects
        }
        await publish(effects)
    }

    func release(tenantId: String, kind: HandoffKind, itemId: String, now: Date) async throws {
        let effects = try await database.writer.write { db -> DeskEffects in
            var effects = DeskEffects()
            try RoutingSQL.release(db, tenantId: tenantId, kind: kind, itemId: itemId,
                                   context: .init(now: now, requestId: nil), effects: &effects)
            return effects
        }
        await publish(effects)
    }

    func assignee(tenantId: String, kind: HandoffKind, itemId: String) async throws -> String? {
        try await database.writer.read { db in
            let record = try RoutingSQL.handoff(db, tenantId: tenantId, kind: kind, itemId: itemId)
            return record?.state == "assigned" ? record?.agentId : nil
        }
    }

    // MARK: - Availability and queue

    /// Sets the caller's availability (and capacity: theirs, else what they had, else the default). Becoming
    /// available or raising the capacity hands waiting work out at once. An agent who becomes unavailable keeps
    /// what they hold.
    func setAvailability(available: Bool, capacity: Int?, for identity: Identity) async throws -> AgentAvailability {
        let now = self.now
        let defaultCapacity = config.defaultCapacity
        let (availability, effects) = try await database.writer.write { db -> (AgentAvailability, DeskEffects) in
            var effects = DeskEffects()
            try db.execute(
                sql: """
                    INSERT INTO desk_agents (tenant_id, agent_id, available, capacity, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (tenant_id, agent_id) DO UPDATE SET available = excluded.available,
                        capacity = COALESCE(?, desk_agents.capacity), updated_at = excluded.updated_at
                    """,
                arguments: [identity.tenantId, identity.userId, available, capacity ?? defaultCapacity, now, capacity])
            if available {
                try RoutingSQL.drain(db, tenantId: identity.tenantId, context: .init(now: now, requestId: identity.requestId),
                                     effects: &effects)
            }
            let agents = try Self.agents(db, tenantId: identity.tenantId, agentId: identity.userId)
            return (agents[0], effects)
        }
        logger.info("agent availability", metadata: ["agent": "\(identity.userId)", "available": "\(available)",
                                                      "capacity": "\(availability.capacity)"])
        await publish(effects)
        return availability
    }

    func agents(tenantId: String) async throws -> [AgentAvailability] {
        try await database.writer.read { db in try Self.agents(db, tenantId: tenantId, agentId: nil) }
    }

    static func agents(_ db: Database, tenantId: String, agentId: String?) throws -> [AgentAvailability] {
        var sql = """
            SELECT a.agent_id, a.available, a.capacity, a.last_assigned_at,
                (SELECT COUNT(*) FROM desk_handoffs h
                 WHERE h.tenant_id = a.tenant_id AND h.agent_id = a.agent_id AND h.state = 'assigned') AS load
            FROM desk_agents a WHERE a.tenant_id = ?
            """
        var arguments: StatementArguments = [tenantId]
        if let agentId { sql += " AND a.agent_id = ?"; arguments += [agentId] }
        sql += " ORDER BY a.agent_id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            AgentAvailability(agentId: row["agent_id"], available: row["available"], capacity: row["capacity"],
                              openItems: row["load"], lastAssignedAt: row["last_assigned_at"])
        }
    }

    /// What waits for a person, highest priority first, then oldest. The cursor is an offset.
    func queue(tenantId: String, page: PageRequest) async throws -> Page<QueuedItem> {
        let offset = try Self.decodeOffset(page.cursor)
        let now = self.now
        return try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM desk_handoffs WHERE tenant_id = ? AND state = 'waiting'
                    ORDER BY priority_rank DESC, queued_at, seq LIMIT ? OFFSET ?
                    """,
                arguments: [tenantId, page.limit + 1, offset])
            let items = rows.prefix(page.limit).map { row -> QueuedItem in
                let record = RoutingSQL.record(row)
                return QueuedItem(kind: record.kind, itemId: record.itemId, priority: record.priority, reason: record.reason,
                                  summary: record.summary, queuedAt: record.queuedAt,
                                  waitingSeconds: max(0, Int(now.timeIntervalSince(record.queuedAt))))
            }
            let next = rows.count > page.limit ? Base64URL.encode(Array("q:\(offset + page.limit)".utf8)) : nil
            return Page(items: Array(items), nextCursor: next)
        }
    }

    static func decodeOffset(_ cursor: String?) throws -> Int {
        guard let cursor else { return 0 }
        guard let bytes = Base64URL.decode(cursor.utf8), let text = String(bytes: bytes, encoding: .utf8),
              text.hasPrefix("q:"), let value = Int(text.dropFirst(2)), value >= 0
        else { throw APIError.validation("cursor is malformed") }
        return value
    }
}
