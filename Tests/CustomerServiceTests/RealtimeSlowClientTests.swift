import Foundation
import NIOCore
import NIOPosix
import Testing
import TestSupport

/// A client that stops reading must not hold up the others: its bounded outbox overflows and it is disconnected,
/// while the rest of the room keeps receiving everything.
@Suite("Realtime: slow clients", .serialized)
struct RealtimeSlowClientTests {
    @Test("a client that never reads is dropped; the other members receive every event")
    func slowClientIsDropped() async throws {
        // A small per-client buffer so that the overflow comes quickly.
        try await SAVStack.with(sav: { _ in ["REALTIME_CLIENT_BUFFER": "200"] }) { stack in
            let tenant = try await stack.newTenant()
            let agent = try await tenant.agent()
            let customer = try await tenant.customer()
            let ticketId = try await RealtimeTicketTests.newTicket(stack, by: customer)

            let witness = try await RealtimeTestClient.connect(stack.sav.baseURL, token: tenant.admin.accessToken)
            let typist = try await RealtimeTestClient.connect(stack.sav.baseURL, token: agent.accessToken)
            #expect(try await witness.join(ticket: ticketId) == "joined")
            #expect(try await typist.join(ticket: ticketId) == "joined")

            // The slow one: a raw socket with a tiny receive buffer that upgrades, joins, then never reads again.
            let slow = try await StalledWebSocket.open(port: stack.sav.port, token: customer.accessToken, ticketId: ticketId)
            #expect(try await RealtimeConnectionTests.waitClients(stack, 3))
            try await Task.sleep(for: .milliseconds(200))  // its join is handled

            // Events in batches; the witness reads each batch before the next (so its own outbox never holds more
            // than a batch), while the stalled client's outbox only grows, until the agent drops it.
            var sent = 0
            var dropped = false
            while !dropped && sent < 40_000 {
                for _ in 0..<100 {
                    try typist.send(sent % 2 == 0 ? "typing_start" : "typing_stop", ["ticketId": ticketId])
                    sent += 1
                }
                let expected = sent
                try await SAVStack.eventually("\(expected) user_typing at the witness", timeout: .seconds(10)) {
                    witness.count("user_typing") >= expected ? true : nil
                }
                dropped = try await RealtimeConnectionTests.connectedClients(stack) == 2
            }
            #expect(dropped, "the stalled client was still connected after \(sent) events")
            #expect(witness.count("user_typing") == sent)
            #expect(!witness.isClosed && !typist.isClosed)
            try await slow.close()
            await witness.close()
            await typist.close()
        }
    }
}

/// A WebSocket client that completes the handshake, sends one frame, and then stops reading (auto-read off, a small
/// receive buffer), as a stuck browser tab would.
struct StalledWebSocket {
    let channel: any Channel

    static func open(port: Int, token: String, ticketId: String) async throws -> StalledWebSocket {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.so_rcvbuf), value: 2048)
            .channelOption(.autoRead, value: false)
            .connect(host: "127.0.0.1", port: port).get()
        let handshake = "GET /api/customer-service/ws HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
            + "Authorization: Bearer \(token)\r\n\r\n"
        try await channel.writeAndFlush(ByteBuffer(string: handshake)).get()
        // The join, as one masked text frame (clients must mask).
        let payload = Array(#"{"type":"join_ticket","data":{"ticketId":"\#(ticketId)"}}"#.utf8)
        let mask: [UInt8] = [0x11, 0x22, 0x33, 0x44]
        var frame: [UInt8] = [0x81, 0x80 | UInt8(payload.count)]
        frame += mask
        frame += payload.enumerated().map { $0.element ^ mask[$0.offset % 4] }
        try await channel.writeAndFlush(ByteBuffer(bytes: frame)).get()
        return StalledWebSocket(channel: channel)
    }

    func close() async throws {
        try? await channel.close().get()
    }
}
