import Foundation
import Testing

@testable import Messaging

/// Tests that disturb the whole test broker (a memory alarm blocks EVERY publisher on it; stop_app drops every
/// connection): opt in with `COMMERCE_TEST_AMQP_EXCLUSIVE=1` when nothing else uses that broker, and run this
/// suite alone (`swift test --filter AMQPBrokerWideTests`).
@Suite("AMQP broker-wide events", .serialized,
       .enabled(if: TestBroker.controllable && TestBroker.exclusive,
                "needs COMMERCE_TEST_AMQP_EXCLUSIVE=1 and COMMERCE_TEST_RABBITMQCTL"))
struct AMQPBrokerWideTests {
    @Test func publishFailsFastWhileTheBrokerBlocksPublishers() async throws {
        let queue = TestBroker.uniqueName("blocked")
        try await TestBroker.withConnection(name: queue) { connection in
            try await connection.declare(Topology(queues: [Topology.Queue(name: queue)]))
            try await TestBroker.ctl(["set_vm_memory_high_watermark", "absolute", "1"])
            // RabbitMQ blocks a connection (and says connection.blocked) when it next publishes: that first
            // message waits in the socket until the alarm clears; later publishes fail fast.
            let first = Task { try await connection.publish(Array("first".utf8), toQueue: queue) }
            do {
                try await eventually(.seconds(20), "connection.blocked") { connection.blockedReason != nil }
                await #expect(throws: MessagingError.connectionBlocked(reason: connection.blockedReason ?? "")) {
                    try await connection.publish(Array("x".utf8), toQueue: queue)
                }
            } catch {
                _ = try? await TestBroker.ctl(["set_vm_memory_high_watermark", "0.4"])
                throw error
            }
            try await TestBroker.ctl(["set_vm_memory_high_watermark", "0.4"])
            try await eventually(.seconds(20), "connection.unblocked") { connection.blockedReason == nil }
            try await withTimeout(.seconds(20), "first publish") { try await first.value }
            try await connection.publish(Array("x".utf8), toQueue: queue)
            #expect(try await connection.queueStatus(queue).messageCount == 2)
            try await connection.deleteQueue(queue)
        }
    }

    /// The broker application stops for a few seconds (connections refused) in the middle of a stream: the
    /// connections back off, come back, restore topology and consumers, and nothing confirmed is lost.
    @Test func brokerRestartMidStream() async throws {
        let queue = TestBroker.uniqueName("restart")
        let topology = Topology.workQueue(queue)
        let total = 3_000
        let confirmed = IdCounter()
        let seen = IdCounter()
        try await TestBroker.withConnection(name: "\(queue).consumer", topology: topology) { consumerConnection in
            try await TestBroker.withConnection(name: "\(queue).publisher", topology: topology) { publisher in
                let consuming = Task {
                    for try await delivery in consumerConnection.consume(queue: queue, prefetch: 50) {
                        seen.add(delivery.messageId ?? "?")
                        try? await delivery.ack()
                    }
                }
                let publishing = Task {
                    try await withThrowingTaskGroup(of: Void.self) { lanes in
                        for lane in 0..<10 {
                            lanes.addTask {
                                for index in stride(from: lane, to: total, by: 10) {
                                    try await publisher.publish(Array("n\(index)".utf8), toQueue: queue,
                                                                messageId: "m\(index)")
                                    confirmed.add("m\(index)")
                                    if index % 20 == 0 { try await Task.sleep(for: .milliseconds(5)) }
                                }
                            }
                        }
                        try await lanes.waitForAll()
                    }
                }
                try await eventually(.seconds(30), "messages flow") { seen.distinct > 300 }
                try await TestBroker.ctl(["stop_app"])
                try await Task.sleep(for: .seconds(3))
                #expect(!publisher.isConnected)
                try await TestBroker.ctl(["start_app"])
                try await withTimeout(.seconds(90), "publishing") { try await publishing.value }
                try await eventually(.seconds(60), "every confirmed message consumed") {
                    confirmed.snapshot.keys.allSatisfy { seen.snapshot[$0] != nil }
                }
                consuming.cancel()
            }
            try await consumerConnection.delete(topology)
        }
        #expect(confirmed.distinct == total)
        #expect(confirmed.snapshot.keys.allSatisfy { seen.snapshot[$0] != nil })
    }
}
