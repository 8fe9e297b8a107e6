import Logging
import ServiceLifecycle
import Testing

@testable import Messaging

@Suite("AMQP connection lifecycle", .enabled(if: TestBroker.available, "COMMERCE_TEST_AMQP_URL is unset"))
struct AMQPLifecycleTests {
    /// Graceful shutdown through a ServiceGroup: the consumer is cancelled, a delivery in flight can still be
    /// acked during the drain, an outstanding publish is confirmed, then the connection closes.
    @Test func gracefulShutdownDrainsInFlightWork() async throws {
        let queue = TestBroker.uniqueName("drain")
        let topology = Topology.workQueue(queue)
        var configuration = try TestBroker.configuration(name: queue)
        configuration.drainTimeout = .seconds(15)  // far above the 300 ms of "work" below, even on a busy machine
        let connection = AMQPConnection(configuration: configuration, topology: topology, logger: TestBroker.logger())
        let group = ServiceGroup(services: [connection], gracefulShutdownSignals: [], logger: TestBroker.logger())
        let running = Task { try await group.run() }
        do {
            try await connection.waitUntilConnected()
            try await connection.publish(Array("first".utf8), toQueue: queue, messageId: "first")
            try await connection.publish(Array("second".utf8), toQueue: queue, messageId: "second")
            let consumer = connection.consume(queue: queue, prefetch: 1)
            var iterator = consumer.makeAsyncIterator()
            let inFlight = try #require(try await iterator.next())
            #expect(inFlight.messageId == "first")

            await group.triggerGracefulShutdown()
            try await Task.sleep(for: .milliseconds(300))  // the work "in progress"
            try await inFlight.ack()  // still possible during the drain
            // The consumer was cancelled: the sequence ends without handing out the second message.
            let next = try await withTimeout(.seconds(10), "consumer end") { [consumer] in
                var rest = consumer.makeAsyncIterator()
                return try await rest.next()
            }
            #expect(next == nil)
            try await withTimeout(.seconds(20), "service group end") { try await running.value }
        }
        #expect(!connection.isConnected)
        await #expect(throws: MessagingError.shuttingDown) {
            try await connection.publish(Array("late".utf8), toQueue: queue)
        }
        // "first" was acked, "second" is still there.
        try await TestBroker.withConnection(name: "\(queue).check") { check in
            #expect(try await check.queueStatus(queue).messageCount == 1)
            try await check.delete(topology)
        }
    }

    /// With a 1 s heartbeat, an idle connection stays up for several heartbeat periods.
    @Test func heartbeatsKeepAnIdleConnectionAlive() async throws {
        let queue = TestBroker.uniqueName("heartbeat")
        var configuration = try TestBroker.configuration(name: queue)
        configuration.heartbeat = .seconds(1)
        let connection = AMQPConnection(configuration: configuration, logger: TestBroker.logger())
        let running = Task { try await connection.run() }
        do {
            try await connection.waitUntilConnected()
            let clock = ContinuousClock()
            let end = clock.now.advanced(by: .seconds(4))
            while clock.now < end {
                #expect(connection.isConnected)
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(try await TestBroker.connectionCount(name: queue) == 1)
            connection.shutdown()
            try await withTimeout(.seconds(20), "run end") { try await running.value }
        }
    }

    /// With the broker unreachable, run() keeps retrying with backoff (no busy loop) and shutdown still ends it.
    @Test func unreachableBrokerBacksOffAndShutsDown() async throws {
        var configuration = try AMQPConfiguration(url: "amqp://guest:guest@127.0.0.1:1", connectionName: "nowhere")
        configuration.reconnectInitialDelay = .milliseconds(50)
        configuration.reconnectMaxDelay = .milliseconds(400)
        configuration.drainTimeout = .seconds(1)
        let connection = AMQPConnection(configuration: configuration, logger: TestBroker.logger())
        let running = Task { try await connection.run() }
        do {
            let publish = Task { try await connection.publish(Array("x".utf8), toQueue: "nowhere") }
            try await Task.sleep(for: .seconds(1))
            #expect(!connection.isConnected)
            await #expect(throws: MessagingError.self) { try await connection.queueStatus("nowhere") }
            connection.shutdown()
            try await withTimeout(.seconds(10), "run end") { try await running.value }
            await #expect(throws: MessagingError.shuttingDown) { try await publish.value }
        }
    }
}
