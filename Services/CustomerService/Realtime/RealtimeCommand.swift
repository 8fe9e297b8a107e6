import Foundation

/// An event a client sends: `{"type": "join_ticket", "data": {"ticketId": "…"}}`. The fields of `data` are also
/// accepted at the top level (`{"type": "join_ticket", "ticketId": "…"}`).
///
/// - `join_ticket` `{ticketId}`, `leave_ticket` `{ticketId}`, `join_conversation` `{conversationId}`,
///   `leave_conversation` `{conversationId}`
/// - `send_message` `{ticketId, message, type?}`: posts to the ticket as `POST /api/tickets/{id}/messages` does
///   (`type` defaults to `agent_message` for staff, `customer_message` for a customer)
/// - `typing_start`, `typing_stop` `{ticketId}` or `{conversationId}`: the others in the room get `user_typing`
struct RealtimeCommand: Decodable {
    struct Fields: Decodable {
        var ticketId: String?
        var conversationId: String?
        var message: String?
        var type: String?
    }

    var type: String
    var fields: Fields

    private enum CodingKeys: String, CodingKey {
        case type, data, ticketId, conversationId, message, messageType
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        var fields = try container.decodeIfPresent(Fields.self, forKey: .data) ?? Fields()
        if fields.ticketId == nil { fields.ticketId = try container.decodeIfPresent(String.self, forKey: .ticketId) }
        if fields.conversationId == nil {
            fields.conversationId = try container.decodeIfPresent(String.self, forKey: .conversationId)
        }
        if fields.message == nil { fields.message = try container.decodeIfPresent(String.self, forKey: .message) }
        if fields.type == nil { fields.type = try container.decodeIfPresent(String.self, forKey: .messageType) }
        self.fields = fields
    }

    /// The room named by `ticketId` or `conversationId`.
    var room: String? {
        if let ticketId = fields.ticketId { return RealtimeRooms.ticket(ticketId) }
        if let conversationId = fields.conversationId { return RealtimeRooms.conversation(conversationId) }
        return nil
    }
}

/// Room names: `ticket:<id>` and `conversation:<id>` (ids lowercased, as stored).
enum RealtimeRooms {
    static func ticket(_ id: String) -> String { "ticket:\(id.lowercased())" }
    static func conversation(_ id: String) -> String { "conversation:\(id.lowercased())" }
}

/// What the server says back about one of the client's own events.
struct RealtimeReply: Encodable {
    var code: String
    var message: String
    /// The client event it answers.
    var event: String?
}

/// `user_typing`'s data.
struct TypingEvent: Encodable {
    var userId: String
    var role: String
    var typing: Bool
}
