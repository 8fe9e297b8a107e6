import ArgumentParser
import Logging
import Messaging

/// `commerce-bench messaging`: throughput of the Swift AMQP client against a real broker, persistent messages
/// on a fresh durable queue (deleted afterwards). Prints machine-readable lines:
/// `messaging swift publish_msgs_per_s=…` (publish with confirms, `--window` outstanding) and
/// `messaging swift e2e_msgs_per_s=…` (publisher and consumer concurrently, each on its own connection, until all
/// are consumed and acked).
/// `deploy/bench/amqp_reference.c` measures the same in C for comparison.
struct MessagingBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messaging", abstract: "AMQP publish and end-to-end throughput of the Messaging module.")

    @Option(help: "Broker URL.") var url = "amqp://guest:guest@127.0.0.1:5672"
    @Option(help: "Messages per measurement.") var count = 20_000
    @Option(help: "Body size in bytes.") var size = 256
    @Option(help: "Maximum outstanding publisher confirms.") var window = 1_000
    @Option(help: "Consumer prefetch.") var prefetch = 200
    @Option(help: "quorum or classic.") var queueType = "quorum"

    func run() async throws {
        guard let type = Topology.QueueType(rawValue: queueType) else {
            throw ValidationError("--queue-type must be quorum or classic")
        }
        var logger = Logger(label: "messaging-bench")
        logger.logLevel = .error
        let configuration = try AMQPConfiguration(
            url: url, connectionName: "messaging-bench", prefetch: prefetch, confirmWindow: window)
        // Publisher and consumer on separate connections (and so separate threads), as the daemons should run
        // them: RabbitMQ's flow control throttles a publishing connection, which must not slow down acks.
        let connection = AMQPConnection(configuration: configuration, logger: logger)
        var consumerConfiguration = configuration
        consumerConfiguration.connectionName = "messaging-bench-consumer"
        let consumerConnection = AMQPConnection(configuration: consumerConfiguration, logger: logger)
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: size)
        let count = self.count
        let publishers = max(1, min(window, count))

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await connection.run() }
            group.addTask { try await consumerConnection.run() }
            try await connection.waitUntilConnected()
            try await consumerConnection.waitUntilConnected()
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)

            // (a) publish only
            let publishQueue = Topology.Queue(name: "bench.publish.\(suffix)", arguments: Self.arguments(type))
            try await connection.declare(Topology(queues: [publishQueue]))
            let clock = ContinuousClock()
            let publishTime = try await clock.measure {
                try await Self.publish(count: count, body: body, queue: publishQueue.name,
                                       publishers: publishers, connection: connection)
            }
            try await connection.deleteQueue(publishQueue.name)
            print("messaging swift publish_msgs_per_s=\(Self.rate(count, publishTime))")

            // (b) end to end
            let e2eQueue = Topology.Queue(name: "bench.e2e.\(suffix)", arguments: Self.arguments(type))
            try await connection.declare(Topology(queues: [e2eQueue]))
            let e2eTime = try await clock.measure {
                try await withThrowingTaskGroup(of: Void.self) { inner in
                    inner.addTask {
                        var consumed = 0
                        for try await delivery in consumerConnection.consume(queue: e2eQueue.name,
                                                                                 prefetch: prefetch) {
                            try await delivery.ack()
                            consumed += 1
                            if consumed == count { break }
                        }
                    }
                    inner.addTask {
                        try await Self.publish(count: count, body: body, queue: e2eQueue.name,
                                               publishers: publishers, connection: connection)
                    }
                    try await inner.waitForAll()
                }
            }
            try await connection.deleteQueue(e2eQueue.name)
            print("messaging swift e2e_msgs_per_s=\(Self.rate(count, e2eTime))")
            connection.shutdown()
            consumerConnection.shutdown()
            try await group.waitForAll()
        }
    }

    static func arguments(_ type: Topology.QueueType) -> [String: Topology.Argument] {
        type == .quorum ? ["x-queue-type": .string("quorum")] : [:]
    }

    static func publish(count: Int, body: [UInt8], queue: String, publishers: Int,
                        connection: AMQPConnection) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for publisher in 0..<publishers {
                group.addTask {
                    var index = publisher
                    while index < count {
                        try await connection.publish(body, routingKey: queue, messageId: "m\(index)",
                                                     contentType: "application/octet-stream")
                        index += publishers
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    static func rate(_ count: Int, _ duration: Duration) -> Int {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return Int((Double(count) / seconds).rounded())
    }
}
