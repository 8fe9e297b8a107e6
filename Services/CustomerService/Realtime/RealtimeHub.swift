import Foundation
import Logging
import Synchronization

/// The rooms of the real-time WebSocket, per tenant, in memory: who is in `ticket:<id>` or `conversation:<id>` of
/// which tenant. Broadcasting encodes an event once and queues it on each member's bounded outbox without waiting,
/// so a slow client never holds up the others (its outbox overflows and it is dropped).
final class RealtimeHub: RealtimePublishing {
    private struct RoomKey: Hashable {
        var tenantId: String
        var room: String
    }

    private struct State {
        var rooms: [RoomKey: [UInt64: RealtimeClient]] = [:]
        var memberships: [UInt64: Set<RoomKey>] = [:]
        var clients = 0
    }

    private let state = Mutex(State())
    private let messagePoster = Mutex<(any TicketMessagePosting)?>(nil)
    private let encoder: JSONEncoder
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        self.encoder = encoder
    }

    /// How `send_message` posts to a ticket (the desk, once it is started).
    var messages: (any TicketMessagePosting)? {
        get { messagePoster.withLock { $0 } }
        set { messagePoster.withLock { $0 = newValue } }
    }

    /// Connected clients.
    var clientCount: Int { state.withLock { $0.clients } }

    func connect(_ client: RealtimeClient) {
        state.withLock { state in
            state.clients += 1
            state.memberships[client.id] = []
        }
    }

    /// Removes the client from every room (on disconnect, whatever the reason).
    func disconnect(_ client: RealtimeClient) {
        state.withLock { state in
            guard let keys = state.memberships.removeValue(forKey: client.id) else { return }
            state.clients -= 1
            for key in keys {
                state.rooms[key]?.removeValue(forKey: client.id)
                if state.rooms[key]?.isEmpty == true { state.rooms.removeValue(forKey: key) }
            }
        }
        client.finish()
    }

    /// Puts the client in `room` of its own tenant (the caller checked it may read the room).
    func join(_ client: RealtimeClient, room: String) {
        let key = RoomKey(tenantId: client.tenantId, room: room)
        state.withLock { state in
            guard state.memberships[client.id] != nil else { return }
            state.memberships[client.id]?.insert(key)
            state.rooms[key, default: [:]][client.id] = client
        }
    }

    func leave(_ client: RealtimeClient, room: String) {
        let key = RoomKey(tenantId: client.tenantId, room: room)
        state.withLock { state in
            state.memberships[client.id]?.remove(key)
            state.rooms[key]?.removeValue(forKey: client.id)
            if state.rooms[key]?.isEmpty == true { state.rooms.removeValue(forKey: key) }
        }
    }

    func isMember(_ client: RealtimeClient, room: String) -> Bool {
        state.withLock { $0.memberships[client.id]?.contains(RoomKey(tenantId: client.tenantId, room: room)) ?? false }
    }

    // MARK: - RealtimePublishing

    func broadcast<Payload: Encodable & Sendable>(
        tenantId: String, room: String, type: String, data: Payload, visibleToCustomers: Bool
    ) async {
        publish(tenantId: tenantId, room: room, type: type, data: data, visibleToCustomers: visibleToCustomers, excluding: nil)
    }

    /// Sends the event to the room's members (staff only when `visibleToCustomers` is false), except `excluding`.
    func publish<Payload: Encodable>(
        tenantId: String, room: String, type: String, data: Payload, visibleToCustomers: Bool, excluding: UInt64?
    ) {
        let members = state.withLock { state in
            state.rooms[RoomKey(tenantId: tenantId, room: room)].map { Array($0.values) } ?? []
        }
        guard !members.isEmpty else { return }
        let text: String
        do {
            text = String(decoding: try encoder.encode(RealtimeEnvelope(type: type, room: room, data: data)), as: UTF8.self)
        } catch {
            logger.error("could not encode a real-time event", metadata: ["type": "\(type)", "error": "\(error)"])
            return
        }
        for member in members where member.id != excluding && (visibleToCustomers || member.isStaff) {
            if !member.send(text) {
                logger.warning("dropping a slow real-time client", metadata: ["client": "\(member.id)", "user": "\(member.userId)"])
            }
        }
    }
}

/// `{"type": …, "room": …, "data": …}`: every event the WebSocket sends.
struct RealtimeEnvelope<Payload: Encodable>: Encodable {
    var type: String
    var room: String?
    var data: Payload
}
