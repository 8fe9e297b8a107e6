import Auth
import Foundation
import GRDB
import Storage

/// Who may join which room: a room of the caller's own tenant that the caller may read. Staff (admin, agent) may
/// join any ticket or conversation of their tenant; a customer only their own tickets and conversations (those whose
/// customer user is them). Anything else is "not found", whether it exists in another tenant or not at all.
protocol RealtimeRoomAccess: Sendable {
    func mayJoinTicket(_ ticketId: String, tenantId: String, userId: String, role: Role) async -> Bool
    func mayJoinConversation(_ conversationId: String, tenantId: String, userId: String, role: Role) async -> Bool
}

/// Reads the desk's `tickets` and the conversations' `conversations` tables of sav-agent's database.
struct SQLiteRealtimeRoomAccess: RealtimeRoomAccess {
    let database: AppDatabase

    func mayJoinTicket(_ ticketId: String, tenantId: String, userId: String, role: Role) async -> Bool {
        await mayRead(table: "tickets", id: ticketId, tenantId: tenantId, userId: userId, role: role)
    }

    func mayJoinConversation(_ conversationId: String, tenantId: String, userId: String, role: Role) async -> Bool {
        await mayRead(table: "conversations", id: conversationId, tenantId: tenantId, userId: userId, role: role)
    }

    /// Whether the row `id` of `table` is in the tenant and, for a customer, theirs (`customer_user_id`).
    private func mayRead(table: String, id: String, tenantId: String, userId: String, role: Role) async -> Bool {
        guard UUID(uuidString: id) != nil else { return false }
        let customer: String??
        do {
            customer = try await database.writer.read { db -> String?? in
                guard let row = try Row.fetchOne(
                    db, sql: "SELECT customer_user_id FROM \(table) WHERE id = ? AND tenant_id = ?",
                    arguments: [id.lowercased(), tenantId])
                else { return nil }
                return .some(row[0] as String?)
            }
        } catch {
            return false
        }
        guard let customer else { return false }
        if Role.staff.contains(role) { return true }
        return role == .customer && customer == userId
    }
}
