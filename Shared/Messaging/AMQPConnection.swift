import Logging
import ServiceLifecycle

/// One AMQP connection to RabbitMQ, through rabbitmq-c.
///
/// **Threading.** The connection owns one OS thread (a pthread, never the cooperative pool) and the rabbitmq-c
/// connection handle; only that thread ever calls rabbitmq-c. Async callers (publish, ack, nack, declare,
/// consume, cancel, queueStatus) put a request on a lock-protected queue and wake the thread through an eventfd;
/// the thread poll()s the socket and the eventfd, never longer than a quarter of the heartbeat (and at most one
/// second), and drains rabbitmq-c's own buffered frames before polling.
///
/// **Lifecycle.** A `Service`: `run()` connects, declares the topology, and keeps the connection alive,
/// reconnecting with capped, jittered exponential backoff, restoring channels, confirm mode, QoS, the topology
/// and the active consumers, and re-sending every message not yet confirmed. On graceful shutdown it cancels the
/// consumers (basic.cancel), lets deliveries in flight be acked or nacked and outstanding confirms arrive for at
/// most `drainTimeout`, then closes the connection cleanly. Cancelling `run()` closes at once.
/// `run()` throws `MessagingError.topologyMismatch` when the broker holds a queue or exchange with other arguments
/// (retrying cannot fix that, so it does not retry).
///
/// **Channels.** Channel 1 publishes in confirm mode, channel 2 declares and inspects topology, each consumer has
/// a channel of its own (so its prefetch and its channel errors stay its own).
///
/// **Use.** One connection for publishing and one for consuming per daemon (RabbitMQ's flow control throttles a
/// publishing connection; acks should not wait behind it). Put the connections before the services that use them
/// in the `ServiceGroup` (shutdown runs in reverse order), and let consumer services stop iterating on graceful
/// shutdown (`.cancelOnGracefulShutdown()`): their consumer is then cancelled and the connection drains.
/// ```swift
/// let amqp = try AMQPConfiguration(url: config.amqpURL, connectionName: "content-agent.publish")
/// var consuming = amqp
/// consuming.connectionName = "content-agent.consume"
/// let publisher = AMQPConnection(configuration: amqp, topology: .commerce, logger: logger)
/// let consumer = AMQPConnection(configuration: consuming, topology: .commerce, logger: logger)
/// // ServiceGroup(services: [publisher, consumer, httpServer, jobWorker], …)
/// try await publisher.publish(body, toQueue: Topology.QueueName.contentGeneration,
///                             messageId: job.id, requestId: requestID)
///
/// for try await delivery in consumer.consume(queue: Topology.QueueName.contentGeneration)
///     .cancelOnGracefulShutdown() {
///     guard let job = try? JSONDecoder().decode(Job.self, from: Data(delivery.body)) else {
///         try await delivery.deadLetter(reason: "cannot decode Job")
///         continue
///     }
///     try await process(job)      // idempotent by delivery.messageId: redeliveries happen
///     try await delivery.ack()
/// }
/// ```
public final class AMQPConnection: Service, Sendable {
    public let configuration: AMQPConfiguration
    let core = ConnectionCore()
    private let logger: Logger
    private let topology: Topology
    private let started = Locked(false)

    /// - Parameters:
    ///   - topology: declared at every connection before anything else (e.g. `Topology.commerce`).
    public init(configuration: AMQPConfiguration, topology: Topology = .empty,
                logger: Logger = Logger(label: "commerce.messaging")) {
        self.configuration = configuration
        self.topology = topology
        var logger = logger
        logger[metadataKey: "amqp.connection"] = "\(configuration.connectionName)"
        self.logger = logger
    }

    // MARK: - Service

    public func run() async throws {
        let first = started.withLock { started in
            defer { started = true }
            return !started
        }
        precondition(first, "AMQPConnection.run() called twice")
        let worker = ConnectionWorker(connection: self, core: core, configuration: configuration,
                                      topology: topology, logger: logger)
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await worker.runOnOwnThread()
            } onGracefulShutdown: {
                self.core.enqueue(.shutdown(graceful: true))
            }
        } onCancel: {
            self.core.enqueue(.shutdown(graceful: false))
        }
    }

    /// Starts a graceful shutdown without a ServiceGroup (tools, tests): `run()` returns once drained and closed.
    public func shutdown() {
        core.enqueue(.shutdown(graceful: true))
    }

    // MARK: - State

    /// Whether the connection is up with its channels open (false while reconnecting).
    public var isConnected: Bool { core.shared.withLock { $0.connected } }

    /// The broker's connection.blocked reason while it blocks publishers (memory or disk alarm), else nil.
    public var blockedReason: String? { core.shared.withLock { $0.blockedReason } }

    /// Waits until the connection is up, polling every 20 ms, at most `timeout`.
    public func waitUntilConnected(timeout: Duration = .seconds(30)) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while !isConnected {
            if let error = core.shared.withLock({ $0.terminalError }) { throw error }
            guard clock.now < deadline else { throw MessagingError.timeout("connecting to \(configuration)") }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    // MARK: - Publish

    /// Publishes a persistent message (delivery mode 2) and returns once the broker has confirmed it.
    ///
    /// At most `confirmWindow` messages per connection wait for their confirm; further calls wait their turn.
    /// While the connection is down, the message waits and is sent after the reconnect; a message sent but not
    /// yet confirmed when the connection drops is sent again (same message id), so consumers must be idempotent
    /// by message id. Throws `connectionBlocked` at once while the broker blocks publishing (the HTTP layer
    /// answers 503; it does not wait: a blocked broker can stay blocked for minutes), `publishNacked` on
    /// basic.nack, `unroutable` for a `mandatory` message no queue took, `channelClosed` when the broker closes
    /// the channel because of this message (e.g. unknown exchange), `shuttingDown`.
    /// Cancelling the calling task throws `CancellationError`; if the message was already sent it may still be
    /// delivered. The same holds for `shuttingDown` thrown when the drain timeout ends before the confirm came.
    /// Requires `run()` to be running (until then, and while reconnecting, the message waits).
    /// - Parameters:
    ///   - messageId: the idempotency key; a random one is generated when nil.
    ///   - requestId: sent as the `x-request-id` header.
    ///   - headers: extra string headers.
    public func publish(
        _ body: [UInt8], exchange: String = "", routingKey: String, messageId: String? = nil,
        correlationId: String? = nil, requestId: String? = nil, contentType: String? = "application/json",
        type: String? = nil, headers: [String: String] = [:], mandatory: Bool = false
    ) async throws {
        let id = core.nextId()
        var headerList = headers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if let requestId {
            headerList.removeAll { $0.0 == "x-request-id" }
            headerList.append(("x-request-id", requestId))
        }
        let message = OutgoingMessage(
            id: id, exchange: exchange, routingKey: routingKey, messageId: messageId ?? Self.randomMessageId(),
            correlationId: correlationId, contentType: contentType, type: type, headers: headerList,
            mandatory: mandatory, body: body)
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let (wake, failure) = core.shared.withLock { s -> (Bool, (any Error)?) in
                    if Task.isCancelled { return (false, CancellationError()) }
                    if let error = s.terminalError { return (false, error) }
                    if let reason = s.blockedReason { return (false, MessagingError.connectionBlocked(reason: reason)) }
                    s.publishWaiters[id] = continuation
                    s.requests.append(.publish(message))
                    return (s.takeWake(), nil)
                }
                if let failure { continuation.resume(throwing: failure) }
                if wake { core.wakeUp() }
            }
        } onCancel: {
            let waiter = core.shared.withLock { s in
                let waiter = s.publishWaiters.removeValue(forKey: id)
                if waiter != nil { s.cancelledPublishes.insert(id) }
                return waiter
            }
            waiter?.resume(throwing: CancellationError())
        }
    }

    /// Publishes to a queue through the default exchange (`mandatory`: fails with `unroutable` if the queue
    /// does not exist).
    public func publish(
        _ body: [UInt8], toQueue queue: String, messageId: String? = nil, correlationId: String? = nil,
        requestId: String? = nil, contentType: String? = "application/json", type: String? = nil,
        headers: [String: String] = [:]
    ) async throws {
        try await publish(body, exchange: "", routingKey: queue, messageId: messageId, correlationId: correlationId,
                          requestId: requestId, contentType: contentType, type: type, headers: headers,
                          mandatory: true)
    }

    static func randomMessageId() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        let hex = String(high, radix: 16) + String(low, radix: 16)
        return String(repeating: "0", count: max(0, 32 - hex.count)) + hex
    }

    // MARK: - Consume

    /// Starts consuming `queue` with manual acks and `prefetch` unacked deliveries at most (default: the
    /// configuration's). See `AMQPConsumer` for cancellation and reconnect behaviour.
    public func consume(queue: String, prefetch: Int? = nil) -> AMQPConsumer {
        let id = core.nextId()
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: Delivery.self, throwing: (any Error).self)
        let handle = ConsumerHandle(id: id, queue: queue, core: core)
        let core = self.core
        continuation.onTermination = { termination in
            if case .cancelled = termination { core.enqueue(.cancelConsumer(id: id, abandoned: true)) }
        }
        let registration = ConsumerRegistration(
            id: id, queue: queue, prefetch: max(1, min(prefetch ?? configuration.prefetch, 65535)),
            continuation: continuation)
        // Checked and queued under one lock: a consumer can never be queued after the worker has finished.
        let (wake, failure) = core.shared.withLock { s -> (Bool, MessagingError?) in
            if let error = s.terminalError { return (false, error) }
            if !s.accepting { return (false, .shuttingDown) }
            s.requests.append(.consume(registration))
            return (s.takeWake(), nil)
        }
        if let failure { continuation.finish(throwing: failure) }
        if wake { core.wakeUp() }
        return AMQPConsumer(stream: stream, handle: handle)
    }

    // MARK: - Topology

    /// Declares `topology` now and after every reconnect. Throws `topologyMismatch` when something exists with
    /// other arguments. Waits for the connection if it is down.
    public func declare(_ topology: Topology) async throws {
        _ = try await admin(.declare(topology))
    }

    /// Passive queue.declare: message and consumer counts. Throws `queueNotFound`, or `connectionFailed` at
    /// once while the connection is down (for health checks).
    public func queueStatus(_ queue: String) async throws -> QueueStatus {
        guard case .status(let status) = try await admin(.queueStatus(queue)) else {
            throw MessagingError.library(status: 0, message: "unexpected reply")
        }
        return status
    }

    /// Deletes a queue (and forgets it, so it is not re-declared after a reconnect).
    public func deleteQueue(_ queue: String) async throws {
        _ = try await admin(.deleteQueue(queue))
    }

    /// Deletes an exchange (and forgets it).
    public func deleteExchange(_ exchange: String) async throws {
        _ = try await admin(.deleteExchange(exchange))
    }

    /// Removes every ready message of a queue.
    public func purgeQueue(_ queue: String) async throws {
        _ = try await admin(.purgeQueue(queue))
    }

    /// Deletes every queue and exchange of `topology` (tests and tools).
    public func delete(_ topology: Topology) async throws {
        for queue in topology.queues { try await deleteQueue(queue.name) }
        for exchange in topology.exchanges { try await deleteExchange(exchange.name) }
    }

    private func admin(_ operation: AdminOperation) async throws -> AdminReply {
        let id = core.nextId()
        return try await withCheckedThrowingContinuation { continuation in
            let (wake, failure) = core.shared.withLock { s -> (Bool, MessagingError?) in
                if let error = s.terminalError { return (false, error) }
                s.adminWaiters[id] = continuation
                s.requests.append(.admin(id: id, operation))
                return (s.takeWake(), nil)
            }
            if let failure { continuation.resume(throwing: failure) }
            if wake { core.wakeUp() }
        }
    }
}
