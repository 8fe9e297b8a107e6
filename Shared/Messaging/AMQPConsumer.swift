/// The deliveries of one AMQP consumer (basic.consume with manual acks and a prefetch).
///
/// Iterate it with `for try await delivery in consumer`. The AMQP consumer is cancelled (basic.cancel) when the
/// iterating task is cancelled, when `cancel()` is called, or when the last copy of the sequence and its iterator
/// are gone (e.g. after `break`). After basic.cancel-ok the sequence ends; deliveries already handed out can still
/// be settled until the connection's drain timeout, then their channel closes and the broker requeues what is
/// left. Deliveries that were buffered but never handed out by an abandoned sequence (task cancelled, or the
/// sequence and its iterator dropped) are nacked with requeue at once. Across reconnects the sequence keeps going: the consumer is re-registered on the new connection.
/// It throws `MessagingError.consumerCancelled` or `.queueNotFound` when the broker ends the consumer for good,
/// and `.topologyMismatch`/`.shuttingDown` when the connection stops.
public struct AMQPConsumer: AsyncSequence, Sendable {
    public typealias Element = Delivery
    public typealias Failure = any Error

    let stream: AsyncThrowingStream<Delivery, any Error>
    let handle: ConsumerHandle

    public var queue: String { handle.queue }

    /// Cancels the AMQP consumer (idempotent).
    public func cancel() { handle.cancel() }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: stream.makeAsyncIterator(), handle: handle)
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: AsyncThrowingStream<Delivery, any Error>.AsyncIterator
        let handle: ConsumerHandle

        public mutating func next() async throws -> Delivery? {
            let delivery = try await base.next()
            delivery?.settlement.markHandedOut()
            return delivery
        }

        public mutating func next(isolation actor: isolated (any Actor)?) async throws(any Error) -> Delivery? {
            let delivery = try await base.next(isolation: actor)
            delivery?.settlement.markHandedOut()
            return delivery
        }
    }
}

/// Cancels the AMQP consumer when the last reference goes away.
final class ConsumerHandle: Sendable {
    let id: UInt64
    let queue: String
    let core: ConnectionCore

    init(id: UInt64, queue: String, core: ConnectionCore) {
        self.id = id
        self.queue = queue
        self.core = core
    }

    func cancel() { core.enqueue(.cancelConsumer(id: id, abandoned: false)) }

    /// Nobody can read the sequence any more: its buffered deliveries go straight back to the broker.
    deinit { core.enqueue(.cancelConsumer(id: id, abandoned: true)) }
}
