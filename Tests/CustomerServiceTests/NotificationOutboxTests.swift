import CommerceModels
import Foundation
import TestSupport
import Testing

/// A notification survives a broker outage: sav-agent reaches the broker through a TCP relay the test cuts and
/// restores. While the relay is down, tickets are still created (201) and their notifications wait in the outbox;
/// once it is back, they reach the `notifications` queue, each once.
@Suite("Support desk: notifications through a broker outage",
       .enabled(if: TestEnvironment.hasBroker && SMTPTestServer.isAvailable))
struct NotificationOutboxTests {
    @Test("a ticket created while the broker is unreachable is notified once the broker is back")
    func outage() async throws {
        // Its own virtual host: its readers hold other tenants' notifications unsettled while they wait, which must
        // not delay the desk suite's reader on the shared one.
        let virtualHost = try await BrokerVirtualHost.create(prefix: "sav-outage")
        let brokerURL = virtualHost.url
        let brokerPort = try #require(URLComponents(string: brokerURL)?.port)
        let relayPort = try freeTCPPort()
        let relay = try TCPRelay(listenPort: relayPort, targetPort: brokerPort)
        try await relay.start()
        defer {
            relay.stop()
            Task { await virtualHost.delete() }
        }
        let viaRelay = brokerURL.replacingOccurrences(of: ":\(brokerPort)", with: ":\(relayPort)")

        try await SAVStack.with(sav: { _ in ["RABBITMQ_URL": viaRelay] }) { stack in
            let shop = try await stack.newTenant("outage")
            let customer = try await shop.customer("Erin")

            relay.stop()
            try await stack.sav.waitHealthy(status: "degraded")
            let created = try await stack.post("/api/tickets", as: customer, json: [
                "subject": "Broker down", "description": "Created while the broker is unreachable",
                "category": "technical_issue", "priority": "medium", "contactEmail": "erin@mail.test"])
            #expect(created.status == 201, "\(created)")
            let id = try #require(created["id"] as? String)
            // The agent's /health shows the notification waiting in the outbox.
            let waiting = try await stack.call(.GET, "/health", base: stack.sav.baseURL)
            let check = (waiting["checks"] as? [String: Any])?["notifications"] as? [String: Any]
            #expect((check?["detail"] as? String)?.hasPrefix("0 waiting") == false, "\(waiting)")
            // Nothing can have been published for this tenant yet.
            await #expect(throws: TestSupportError.self) {
                _ = try await NotificationQueueReader.read(tenantId: shop.id, brokerURL: brokerURL, timeout: .seconds(2)) { !$0.isEmpty }
            }

            try await relay.start()
            try await stack.sav.waitHealthy(status: "ok", timeout: .seconds(60))
            let received = try await NotificationQueueReader.read(tenantId: shop.id, brokerURL: brokerURL, timeout: .seconds(30)) { received in
                received.contains { $0.notification.type == .ticketCreated }
            }
            let notification = try #require(received.first { $0.notification.type == .ticketCreated })
            #expect(notification.notification.ticket.id == id)
            #expect(notification.notification.recipient.email == "erin@mail.test")
            #expect(notification.messageId == notification.notification.messageId)
            #expect(received.filter { $0.notification.type == .ticketCreated }.count == 1)
            let drained = try await SAVStack.eventually("the outbox to drain") { () -> Bool? in
                let health = try await stack.call(.GET, "/health", base: stack.sav.baseURL)
                let detail = ((health["checks"] as? [String: Any])?["notifications"] as? [String: Any])?["detail"] as? String
                return detail == "0 waiting" ? true : nil
            }
            #expect(drained)
        }
    }
}

/// A TCP relay on loopback (a small Python asyncio program, the test Python of `COMMERCE_TEST_PYTHON`): stopping it
/// cuts every connection through it, as a broker outage does.
final class TCPRelay: @unchecked Sendable {
    let listenPort: Int
    let targetPort: Int
    private let lock = NSLock()
    private var process: Process?
    private let folder: TemporaryDirectory

    static let script = """
        import asyncio, sys
        listen_port, target_port, ready = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
        async def pipe(reader, writer):
            try:
                while True:
                    data = await reader.read(65536)
                    if not data:
                        break
                    writer.write(data)
                    await writer.drain()
            except Exception:
                pass
            finally:
                writer.close()
        async def handle(client_reader, client_writer):
            try:
                broker_reader, broker_writer = await asyncio.open_connection('127.0.0.1', target_port)
            except Exception:
                client_writer.close()
                return
            await asyncio.gather(pipe(client_reader, broker_writer), pipe(broker_reader, client_writer))
        async def main():
            server = await asyncio.start_server(handle, '127.0.0.1', listen_port, reuse_address=True)
            open(ready, 'w').close()
            async with server:
                await server.serve_forever()
        asyncio.run(main())
        """

    init(listenPort: Int, targetPort: Int) throws {
        self.listenPort = listenPort
        self.targetPort = targetPort
        self.folder = try TemporaryDirectory("sav-tcp-relay")
        try Self.script.write(to: folder.url.appendingPathComponent("relay.py"), atomically: true, encoding: .utf8)
    }

    /// Starts the relay and waits until it listens.
    func start() async throws {
        let python = try #require(SMTPTestServer.python)
        let ready = folder.url.appendingPathComponent("ready-\(UUID().uuidString)").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [folder.url.appendingPathComponent("relay.py").path, String(listenPort), String(targetPort), ready]
        try process.run()
        lock.withLock { self.process = process }
        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: ready) {
            guard process.isRunning, ContinuousClock.now < deadline else { throw TestSupportError("the TCP relay did not start") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// Kills the relay: every connection through it drops at once.
    func stop() {
        guard let process = lock.withLock({ defer { self.process = nil }; return self.process }) else { return }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit {
        stop()
        folder.remove()
    }
}
