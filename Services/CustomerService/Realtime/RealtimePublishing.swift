import Foundation

/// Pushes events to the WebSocket clients of a room (`Realtime` folder implements it). Rooms are per tenant:
/// `ticket:<id>` and `conversation:<id>`; a client only ever joins rooms of its own tenant it may read.
/// Event types going out: `new_message`, `user_typing`, `ticket_updated`.
protocol RealtimePublishing: Sendable {
    /// Sends `{"type": type, "room": room, "data": data}` to every client in `room` of `tenantId`, now.
    /// `visibleToCustomers: false` (an internal note) reaches staff only.
    func broadcast<Payload: Encodable & Sendable>(
        tenantId: String, room: String, type: String, data: Payload, visibleToCustomers: Bool) async
}
