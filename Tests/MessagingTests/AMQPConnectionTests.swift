import Foundation
import Testing

@testable import Messaging

/// Against a real broker (`COMMERCE_TEST_AMQP_URL`). Every test uses its own uniquely named queues and deletes them.
@Suite("AMQP connection against a real broker", .enabled(if: TestBroker.available, "COMMERCE_TEST_AMQP_URL is unset"))
struct AMQPConnectionTests {
    @Test func tenThousandPersistentConfirmedMessagesNoneLost() async throws {
        let queue = TestBroker.uniqueName("volume")
        let topology = Topology.workQueue(queue)
        let total = 10_000
        try await TestBroker.withConnection(name: queue, topology: topology) { connection in
            let seen = IdCounter()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    var consumed = 0
                    for try await delivery in connection.consume(queue: queue, prefetch: 200) {
                        seen.add(delivery.messageId ?? "?")
                        try await delivery.ack()
                        consumed += 1
                        if consumed == total { break }
                    }
                }
                group.addTask {
                    try await withThrowingTaskGroup(of: Void.self) { publishers in
                        for publisher in 0..<100 {
                            publishers.addTask {
                                for index in stride(from: publisher, to: total, by: 100) {
                                    try await connection.publish(Array("message \(index)".utf8), toQueue: queue,
                                                                 messageId: "m\(index)", requestId: "r\(index)")
                                }
                            }
                        }
                        try await publishers.waitForAll()
                    }
                }
                try await group.waitForAll()
            }
            let counts = seen.snapshot
            #expect(counts.count == total)
            #expect(counts.values.allSatisfy { $0 == 1 })
            #expect((0..<total).allSatisfy { counts["m\($0)"] == 1 })
            try await eventually(.seconds(10), "queue empty") {
                try await connection.queueStatus(queue).messageCount == 0
            }
            try await connection.delete(topology)
        }
    }

    @Test func propertiesAndHeadersRoundTrip() async throws {
        let queue = TestBroker.uniqueName("props")
        let topology = Topology.workQueue(queue)
        try await TestBroker.withConnection(name: queue, topology: topology) { connection in
            try await connection.publish(Array("{\"a\":1}".utf8), toQueue: queue, messageId: "id-1",
                                         correlationId: "corr-1", requestId: "req-1", type: "test.event",
                                         headers: ["x-tenant": "t1"])
            var iterator = connection.consume(queue: queue).makeAsyncIterator()
            let delivery = try #require(try await iterator.next())
            #expect(delivery.body == Array("{\"a\":1}".utf8))
            #expect(delivery.messageId == "id-1")
            #expect(delivery.correlationId == "corr-1")
            #expect(delivery.requestId == "req-1")
            #expect(delivery.contentType == "application/json")
            #expect(delivery.type == "test.event")
            #expect(delivery.headers["x-tenant"] == "t1")
            #expect(delivery.redelivered == false)
            #expect((delivery.timestamp ?? 0) > 1_700_000_000)
            try await delivery.ack()
            await #expect(throws: MessagingError.alreadySettled) { try await delivery.ack() }
            let status = try await connection.queueStatus(queue)
            #expect(status.consumerCount == 1)
            try await connection.delete(topology)
        }
    }

    /// The broker closes both connections by force in the middle of a stream: publisher and consumer recover by
    /// themselves, and every message whose publish returned is consumed (duplicates allowed, losses not).
    @Test(.enabled(if: TestBroker.controllable, "COMMERCE_TEST_RABBITMQCTL is unset"))
    func forcedConnectionCloseMidStream() async throws {
        let queue = TestBroker.uniqueName("forced")
        let topology = Topology.workQueue(queue)
        let total = 4_000
        let confirmed = IdCounter()
        let seen = IdCounter()
        let staleAcks = Tally()
        try await TestBroker.withConnection(name: "\(queue).consumer", topology: topology) { consumerConnection in
            try await TestBroker.withConnection(name: "\(queue).publisher", topology: topology) { publisher in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await delivery in consumerConnection.consume(queue: queue, prefetch: 50) {
                            seen.add(delivery.messageId ?? "?")
                            do {
                                try await delivery.ack()
                            } catch MessagingError.staleDelivery {
                                staleAcks.increment()  // redelivered later: fine
                            }
                            if Task.isCancelled { break }
                        }
                    }
                    group.addTask {
                        try await withThrowingTaskGroup(of: Void.self) { publishers in
                            for lane in 0..<20 {
                                publishers.addTask {
                                    for index in stride(from: lane, to: total, by: 20) {
                                        try await publisher.publish(Array("n\(index)".utf8), toQueue: queue,
                                                                    messageId: "m\(index)")
                                        confirmed.add("m\(index)")
                                        if index % 40 == 0 { try await Task.sleep(for: .milliseconds(5)) }
                                    }
                                }
                            }
                            try await publishers.waitForAll()
                        }
                    }
                    // Kill both connections twice while messages flow.
                    try await eventually(.seconds(30), "first messages flow") { seen.distinct > 300 }
                    #expect(try await TestBroker.forceClose(connectionName: "\(queue).publisher") == 1)
                    #expect(try await TestBroker.forceClose(connectionName: "\(queue).consumer") == 1)
                    try await eventually(.seconds(30), "reconnected") {
                        publisher.isConnected && consumerConnection.isConnected && confirmed.distinct > 2_000
                    }
                    _ = try await TestBroker.forceClose(connectionName: "\(queue).consumer")
                    _ = try await TestBroker.forceClose(connectionName: "\(queue).publisher")
                    try await eventually(.seconds(60), "every confirmed message consumed") {
                        confirmed.distinct == total
                            && confirmed.snapshot.keys.allSatisfy { seen.snapshot[$0] != nil }
                    }
                    group.cancelAll()
                }
            }
            try await consumerConnection.delete(topology)
        }
        let lost = confirmed.snapshot.keys.filter { seen.snapshot[$0] == nil }
        #expect(lost.isEmpty, "lost \(lost.count) confirmed messages")
        #expect(confirmed.distinct == total)
    }

    /// A message that keeps failing (nack with requeue) lands in `<queue>.dead` after the delivery limit.
    @Test func poisonMessageLandsInDeadQueueAfterDeliveryLimit() async throws {
        let queue = TestBroker.uniqueName("poison")
        let topology = Topology.workQueue(queue, deliveryLimit: 3)
        try await TestBroker.withConnection(name: queue, topology: topology) { connection in
            try await connection.publish(Array("always fails".utf8), toQueue: queue, messageId: "poison-1")
            let attempts = Tally()
            let consumer = connection.consume(queue: queue, prefetch: 1)
            let failing = Task {
                for try await delivery in consumer {
                    attempts.increment()
                    try await delivery.nack(requeue: true)
                }
            }
            let deadConsumer = connection.consume(queue: Topology.deadLetterQueue(for: queue))
            let dead = try await withTimeout(.seconds(30), "dead letter") {
                var iterator = deadConsumer.makeAsyncIterator()
                return try await iterator.next()
            }
            failing.cancel()
            let letter = try #require(dead)
            #expect(letter.messageId == "poison-1")
            #expect(letter.body == Array("always fails".utf8))
            #expect(attempts.value >= 3)
            try await letter.ack()
            _ = try? await failing.value
            try await connection.delete(topology)
        }
    }

    struct Order: Codable, Sendable { let id: Int }

    /// A message that cannot be decoded is dead-lettered with its reason and the consumer goes on.
    @Test func undecodableMessageIsDeadLetteredWithReason() async throws {
        let queue = TestBroker.uniqueName("undecodable")
        let topology = Topology.workQueue(queue)
        try await TestBroker.withConnection(name: queue, topology: topology) { connection in
            try await connection.publish(Array(#"{"id":1}"#.utf8), toQueue: queue, messageId: "good-1")
            try await connection.publish(Array("not json".utf8), toQueue: queue, messageId: "bad-1",
                                         requestId: "req-bad")
            try await connection.publish(Array(#"{"id":2}"#.utf8), toQueue: queue, messageId: "good-2")
            let processed = try await withTimeout(.seconds(30), "consumer") {
                var orders: [Int] = []
                for try await delivery in connection.consume(queue: queue) {
                    do {
                        let order = try JSONDecoder().decode(Order.self, from: Data(delivery.body))
                        orders.append(order.id)
                        try await delivery.ack()
                    } catch is DecodingError {
                        try await delivery.deadLetter(reason: "cannot decode Order")
                    }
                    if orders.count == 2 { break }
                }
                return orders
            }
            #expect(processed == [1, 2])
            var deadIterator = connection.consume(queue: Topology.deadLetterQueue(for: queue)).makeAsyncIterator()
            let letter = try #require(try await deadIterator.next())
            #expect(letter.messageId == "bad-1")
            #expect(letter.body == Array("not json".utf8))
            #expect(letter.headers["x-death-reason"] == "cannot decode Order")
            #expect(letter.headers["x-original-queue"] == queue)
            #expect(letter.requestId == "req-bad")
            try await letter.ack()
            #expect(try await connection.queueStatus(queue).messageCount == 0)
            try await connection.delete(topology)
        }
    }

    /// Declaring an existing queue with other arguments gives a clear error; the connection stays up.
    @Test func topologyMismatchIsAClearError() async throws {
        let queue = TestBroker.uniqueName("mismatch")
        try await TestBroker.withConnection(name: queue, cleanup: Topology.workQueue(queue)) { connection in
            try await connection.declare(Topology(queues: [Topology.Queue(name: queue)]))  // classic
            await #expect(throws: MessagingError.topologyMismatch(name: queue, reason: "")) {
                do {
                    try await connection.declare(Topology.workQueue(queue))  // quorum
                } catch MessagingError.topologyMismatch(let name, let reason) {
                    #expect(reason.contains("PRECONDITION_FAILED"))
                    throw MessagingError.topologyMismatch(name: name, reason: "")
                }
            }
            #expect(connection.isConnected)
            #expect(try await connection.queueStatus(queue).messageCount == 0)
            try await connection.deleteQueue(queue)
            await #expect(throws: MessagingError.queueNotFound(queue)) { try await connection.queueStatus(queue) }
            try await connection.delete(Topology.workQueue(queue))
        }
    }

    /// A run() whose topology mismatches the broker's ends with the error instead of reconnecting forever.
    @Test func runFailsOnTopologyMismatch() async throws {
        let queue = TestBroker.uniqueName("runmismatch")
        try await TestBroker.withConnection(name: queue) { connection in
            try await connection.declare(Topology(queues: [Topology.Queue(name: queue)]))
        }
        let connection = AMQPConnection(configuration: try TestBroker.configuration(name: queue),
                                        topology: Topology.workQueue(queue), logger: TestBroker.logger())
        await #expect(throws: MessagingError.self) {
            try await withTimeout(.seconds(30), "run") { try await connection.run() }
        }
        try await TestBroker.withConnection(name: queue) { connection in
            try await connection.deleteQueue(queue)
            try await connection.delete(Topology.workQueue(queue))
        }
    }

    @Test func publishToMissingQueueIsUnroutable() async throws {
        let queue = TestBroker.uniqueName("missing")
        try await TestBroker.withConnection(name: queue) { connection in
            await #expect(throws: MessagingError.self) {
                try await connection.publish(Array("x".utf8), toQueue: queue)
            }
            await #expect(throws: MessagingError.self) {
                try await connection.publish(Array("x".utf8), exchange: "\(queue).no-such-exchange", routingKey: "k")
            }
            // The publish channel recovered from the 404.
            try await connection.declare(Topology(queues: [Topology.Queue(name: queue)]))
            try await connection.publish(Array("x".utf8), toQueue: queue)
            #expect(try await connection.queueStatus(queue).messageCount == 1)
            try await connection.deleteQueue(queue)
        }
    }

    /// After a reconnect, settling a delivery from the old channel throws `staleDelivery` and acks nothing.
    @Test(.enabled(if: TestBroker.controllable, "COMMERCE_TEST_RABBITMQCTL is unset"))
    func ackAfterReconnectIsStale() async throws {
        let queue = TestBroker.uniqueName("stale")
        let topology = Topology.workQueue(queue)
        try await TestBroker.withConnection(name: queue, topology: topology) { connection in
            try await connection.publish(Array("one".utf8), toQueue: queue, messageId: "one")
            var iterator = connection.consume(queue: queue).makeAsyncIterator()
            let first = try #require(try await iterator.next())
            #expect(try await TestBroker.forceClose(connectionName: queue) == 1)
            try await eventually(.seconds(20), "disconnected") { !connection.isConnected }
            await #expect(throws: MessagingError.staleDelivery) { try await first.ack() }
            let again = try #require(try await iterator.next())
            #expect(again.messageId == "one")
            #expect(again.redelivered)
            try await again.ack()
            try await connection.delete(topology)
        }
    }

    /// Breaking out of the loop cancels the AMQP consumer and hands its buffered, never-seen deliveries back at
    /// once (well before the 5 s drain timeout of the test configuration).
    @Test func breakingOutOfTheLoopCancelsTheConsumer() async throws {
        let queue = TestBroker.uniqueName("cancel")
        let topology = Topology.workQueue(queue)
        try await TestBroker.withConnection(name: queue, topology: topology) { connection in
            for index in 0..<10 { try await connection.publish(Array("\(index)".utf8), toQueue: queue) }
            var received = 0
            for try await delivery in connection.consume(queue: queue, prefetch: 5) {
                try await delivery.ack()
                received += 1
                if received == 2 { break }
            }
            try await eventually(.seconds(2), "consumer cancelled, buffered deliveries requeued") {
                let status = try await connection.queueStatus(queue)
                return status.consumerCount == 0 && status.messageCount == 8
            }
            try await connection.delete(topology)
        }
    }

    /// A task that stops iterating (cancelled) gives its deliveries back, and a new consumer gets them.
    @Test func cancelledConsumerTaskRequeuesItsBuffer() async throws {
        let queue = TestBroker.uniqueName("taskcancel")
        let topology = Topology.workQueue(queue)
        try await TestBroker.withConnection(name: queue, topology: topology) { connection in
            for index in 0..<6 { try await connection.publish(Array("\(index)".utf8), toQueue: queue) }
            let acked = Tally()
            let first = Task {
                for try await delivery in connection.consume(queue: queue, prefetch: 3) {
                    try await delivery.ack()
                    acked.increment()
                    try await Task.sleep(for: .seconds(60))  // stuck until cancelled, 2 more buffered
                }
            }
            try await eventually(.seconds(5), "one acked") { acked.value == 1 }
            try await Task.sleep(for: .milliseconds(200))  // let the prefetch fill the buffer
            first.cancel()
            _ = try? await first.value
            // The 5 left, including the 2 that were buffered, come to a new consumer well before the 5 s drain
            // timeout after which an unsettled channel would be closed.
            let seen = try await withTimeout(.seconds(2), "buffer requeued") {
                var seen = 0
                for try await delivery in connection.consume(queue: queue) {
                    try await delivery.ack()
                    seen += 1
                    if seen == 5 { break }
                }
                return seen
            }
            #expect(seen == 5)
            try await connection.delete(topology)
        }
    }
}
