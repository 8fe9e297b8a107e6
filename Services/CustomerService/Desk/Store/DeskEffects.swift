/// What a desk transaction changed that real-time clients must hear about once it has committed.
struct DeskEffects: Sendable {
    struct TicketRef: Hashable, Sendable {
        var tenantId: String
        var ticketId: String
    }

    /// Tickets whose state changed (`ticket_updated`).
    var tickets: [TicketRef] = []
    /// Messages added (`new_message`), with their tenant.
    var messages: [(tenantId: String, message: TicketMessage)] = []
    /// Whether notifications were written to the outbox.
    var notified = false

    mutating func touched(_ tenantId: String, _ ticketId: String) {
        let ref = TicketRef(tenantId: tenantId, ticketId: ticketId)
        if !tickets.contains(ref) { tickets.append(ref) }
    }
}
