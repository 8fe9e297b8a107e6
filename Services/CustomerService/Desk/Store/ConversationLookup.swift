import Foundation
import GRDB
import LLM

/// Reads a conversation (the conversations' tables, same database) when a ticket is made from it, and summarises
/// it for the ticket and its handoff.
enum ConversationLookup {
    struct Found: Sendable {
        var id: String
        var summary: String
    }

    /// The conversation `id` of the tenant (and of `customerUserId` when given), with an extractive summary of its
    /// messages; nil when there is none.
    static func find(_ db: Database, tenantId: String, id: String, customerUserId: String?) throws -> Found? {
        guard try db.tableExists("conversations"), try db.tableExists("conversation_messages") else { return nil }
        var sql = "SELECT id, subject, escalation_reason FROM conversations WHERE tenant_id = ? AND id = ?"
        var arguments: StatementArguments = [tenantId, id]
        if let customerUserId { sql += " AND customer_user_id = ?"; arguments += [customerUserId] }
        guard let row = try Row.fetchOne(db, sql: sql, arguments: arguments) else { return nil }
        let turns = try Row.fetchAll(
            db, sql: "SELECT sender, text FROM conversation_messages WHERE tenant_id = ? AND conversation_id = ? ORDER BY seq LIMIT 200",
            arguments: [tenantId, id]
        ).map { message in
            ConversationTurn(speaker: ConversationTurn.Speaker(rawValue: message["sender"]) ?? .system, text: message["text"])
        }
        var summary = turns.isEmpty ? "" : EmbeddedEngine.shared.summarise(turns).text
        if summary.isEmpty, let subject: String = row["subject"] { summary = subject }
        if let reason: String = row["escalation_reason"], !summary.isEmpty { summary += "\n(escalated: \(reason))" }
        return Found(id: id, summary: summary)
    }
}
