import Auth
import CommerceModels
import Foundation
import HummingbirdWebSocket
import Logging
import NIOCore

/// Posts a message to a ticket on behalf of a WebSocket client, through the same code path as
/// `POST /api/tickets/{id}/messages` (checks, storage, notifications, the `new_message` broadcast).
protocol TicketMessagePosting: Sendable {
    func postMessage(
        ticketId: String, message: String, type: String, identity: Identity) async throws
}

/// One client's WebSocket connection: a writer draining the client's outbox and a reader handling its events, run
/// together until either ends (the client leaves, or is dropped for being too slow) or the access token that opened
/// the connection expires (close 1008: the client reconnects with a fresh token, so a revoked account does not keep
/// listening); the client then leaves every room.
struct RealtimeSession: Sendable {
    let hub: RealtimeHub
    let access: any RealtimeRoomAccess
    let config: RealtimeConfig

    func run(
        client: RealtimeClient, identity: Identity, inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter,
        logger: Logger
    ) async {
        hub.connect(client)
        defer { hub.disconnect(client) }
        logger.debug("real-time client connected", metadata: ["client": "\(client.id)"])
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await text in client.outbox {
                        try await outbound.writeTextMessage(text)
                    }
                    if client.hasOverflowed {
                        try? await outbound.close(.policyViolation, reason: "too slow: events were not read")
                    }
                }
                group.addTask {
                    for try await message in inbound.messages(maxSize: config.maxMessageBytes) {
                        guard case .text(let text) = message else {
                            reply(client, "error", RealtimeReply(code: "validation_failed", message: "events are JSON text frames"))
                            continue
                        }
                        await handle(text, client: client, identity: identity, logger: logger)
                    }
                }
                group.addTask {
                    let remaining = identity.expiresAt.timeIntervalSinceNow
                    if remaining > 0 { try await Task.sleep(for: .milliseconds(Int64(remaining * 1000))) }
                    try? await outbound.close(.policyViolation, reason: "access token expired")
                }
                _ = try await group.next()
                group.cancelAll()
            }
        } catch {
            logger.debug("real-time connection ended", metadata: ["client": "\(client.id)", "error": "\(error)"])
        }
        logger.debug("real-time client disconnected", metadata: ["client": "\(client.id)"])
    }

    // MARK: - Events from the client

    func handle(_ text: String, client: RealtimeClient, identity: Identity, logger: Logger) async {
        let command: RealtimeCommand
        do {
            command = try JSONDecoder().decode(RealtimeCommand.self, from: Data(text.utf8))
        } catch {
            reply(client, "error", RealtimeReply(code: "validation_failed", message: "an event is {\"type\": …, \"data\": {…}}"))
            return
        }
        switch command.type {
        case "join_ticket", "join_conversation":
            await join(command, client: client, identity: identity)
        case "leave_ticket", "leave_conversation":
            guard let room = command.room else { return refuse(client, command, "validation_failed", "ticketId or conversationId is required") }
            hub.leave(client, room: room)
            reply(client, "left", room: room, RealtimeReply(code: "ok", message: "left \(room)", event: command.type))
        case "typing_start", "typing_stop":
            guard let room = command.room else { return refuse(client, command, "validation_failed", "ticketId or conversationId is required") }
            guard hub.isMember(client, room: room) else { return refuse(client, command, "not_joined", "join \(room) first") }
            hub.publish(
                tenantId: client.tenantId, room: room, type: "user_typing",
                data: TypingEvent(userId: client.userId, role: client.role.rawValue, typing: command.type == "typing_start"),
                visibleToCustomers: true, excluding: client.id)
        case "send_message":
            await send(command, client: client, identity: identity, logger: logger)
        default:
            refuse(client, command, "validation_failed", "unknown event type \(command.type)")
        }
    }

    private func join(_ command: RealtimeCommand, client: RealtimeClient, identity: Identity) async {
        let room: String
        let allowed: Bool
        if command.type == "join_ticket" {
            guard let id = command.fields.ticketId else { return refuse(client, command, "validation_failed", "ticketId is required") }
            room = RealtimeRooms.ticket(id)
            allowed = await access.mayJoinTicket(id, tenantId: client.tenantId, userId: client.userId, role: client.role)
        } else {
            guard let id = command.fields.conversationId else {
                return refuse(client, command, "validation_failed", "conversationId is required")
            }
            room = RealtimeRooms.conversation(id)
            allowed = await access.mayJoinConversation(id, tenantId: client.tenantId, userId: client.userId, role: client.role)
        }
        guard allowed else { return refuse(client, command, "not_found", "\(room) not found") }
        hub.join(client, room: room)
        reply(client, "joined", room: room, RealtimeReply(code: "ok", message: "joined \(room)", event: command.type))
    }

    private func send(_ command: RealtimeCommand, client: RealtimeClient, identity: Identity, logger: Logger) async {
        guard let ticketId = command.fields.ticketId else { return refuse(client, command, "validation_failed", "ticketId is required") }
        guard let message = command.fields.message else { return refuse(client, command, "validation_failed", "message is required") }
        guard let messages = hub.messages else { return refuse(client, command, "unavailable", "tickets are not available") }
        let type = command.fields.type ?? (identity.isStaff ? "agent_message" : "customer_message")
        do {
            try await messages.postMessage(ticketId: ticketId, message: message, type: type, identity: identity)
        } catch let error as APIError {
            refuse(client, command, error.code, error.message)
        } catch {
            logger.error("posting a message from the WebSocket failed", metadata: ["error": "\(error)"])
            refuse(client, command, "internal_error", "the message could not be posted")
        }
    }

    // MARK: - Replies to one client

    private func refuse(_ client: RealtimeClient, _ command: RealtimeCommand, _ code: String, _ message: String) {
        reply(client, "error", room: command.room, RealtimeReply(code: code, message: message, event: command.type))
    }

    private func reply(_ client: RealtimeClient, _ type: String, room: String? = nil, _ data: RealtimeReply) {
        let encoder = JSONEncoder()
        guard let bytes = try? encoder.encode(RealtimeEnvelope(type: type, room: room, data: data)) else { return }
        client.send(String(decoding: bytes, as: UTF8.self))
    }
}
