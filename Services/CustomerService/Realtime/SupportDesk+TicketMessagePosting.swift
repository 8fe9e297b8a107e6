import Auth
import CommerceModels
import Foundation

/// `send_message` on the WebSocket posts through the desk exactly as `POST /api/tickets/{id}/messages` does: the same
/// validation, the same rules (a customer posts `customer_message` on their own ticket), storage, notifications and
/// the `new_message` broadcast.
extension SupportDesk: TicketMessagePosting {
    func postMessage(ticketId: String, message: String, type: String, identity: Identity) async throws {
        guard let uuid = UUID(uuidString: ticketId) else { throw APIError.notFound("no ticket \(ticketId)") }
        let kind = try TicketController.enumValue(type, field: "type", as: TicketMessageType.self)
        let text = try TicketController.text(message, field: "message", max: TicketController.maxMessage)
        _ = try await addMessage(id: uuid.uuidString.lowercased(), type: kind, text: text, by: identity)
    }
}
