
/// One message received by a consumer. Settle it exactly once with `ack()`, `nack(requeue:)` or
/// `deadLetter(reason:)`.
///
/// A delivery is tied to the channel it came from. After a reconnect (or a channel error) its delivery tag means
/// nothing any more: settling it throws `MessagingError.staleDelivery` and sends nothing, so it can never ack
/// another message; the broker has already put the message back and delivers it again.
public struct Delivery: Sendable {
    public let body: [UInt8]
    public let messageId: String?
    public let correlationId: String?
    /// The `x-request-id` header.
    public let requestId: String?
    public let contentType: String?
    public let type: String?
    /// AMQP timestamp property (seconds since 1970), when set.
    public let timestamp: Int64?
    /// Headers whose value is a string or an integer (integers in decimal).
    public let headers: [String: String]
    public let redelivered: Bool
    /// How many times the broker delivered this message before (quorum queues' `x-delivery-count`); nil on
    /// classic queues, and on a first delivery to a quorum queue.
    public let deliveryCount: Int?
    /// The queue this delivery was consumed from.
    public let queue: String
    public let exchange: String
    public let routingKey: String

    let settlement: Settlement

    /// Acknowledges the message: the broker forgets it.
    public func ack() async throws {
        try settlement.settle(.ack)
    }

    /// Rejects the message; with `requeue` the broker delivers it again (a quorum queue dead-letters it once the
    /// delivery limit is reached), without it the broker dead-letters it at once.
    public func nack(requeue: Bool) async throws {
        try settlement.settle(.nack(requeue: requeue))
    }

    /// For a message that can never be processed (cannot be decoded, invalid): publishes a copy to
    /// `<queue>.dead` with an `x-death-reason` header (and `x-original-queue`), waits for the broker's confirm,
    /// then acks the original, so the consumer goes on. If the copy cannot be published, the original is left
    /// unsettled and the error is thrown (nack it or let the connection redeliver it).
    /// A crash between the confirm and the ack leaves a duplicate in the dead queue, never a loss.
    public func deadLetter(reason: String) async throws {
        try settlement.checkUnsettled()
        var deadHeaders = headers
        deadHeaders["x-death-reason"] = reason
        deadHeaders["x-original-queue"] = queue
        deadHeaders["x-original-routing-key"] = routingKey
        if !exchange.isEmpty { deadHeaders["x-original-exchange"] = exchange }
        deadHeaders.removeValue(forKey: "x-request-id")
        try await settlement.connection.publish(
            body, exchange: "", routingKey: Topology.deadLetterQueue(for: queue),
            messageId: messageId, correlationId: correlationId, requestId: requestId,
            contentType: contentType, type: type, headers: deadHeaders, mandatory: true)
        try settlement.settle(.ack)
    }
}

/// The channel-bound part of a delivery, shared by its copies so a second settle is caught.
final class Settlement: Sendable {
    enum Kind: Sendable { case ack, nack(requeue: Bool) }

    let connection: AMQPConnection
    let channel: UInt16
    let generation: UInt64
    let deliveryTag: UInt64
    /// buffered: in the consumer's sequence, not handed out yet; handedOut: returned by the iterator;
    /// settled: acked, nacked, dead-lettered, or taken back by the connection.
    enum State { case buffered, handedOut, settled }
    private let state = Locked(State.buffered)

    init(connection: AMQPConnection, channel: UInt16, generation: UInt64, deliveryTag: UInt64) {
        self.connection = connection
        self.channel = channel
        self.generation = generation
        self.deliveryTag = deliveryTag
    }

    func checkUnsettled() throws {
        if state.withLock({ $0 }) == .settled { throw MessagingError.alreadySettled }
        if !connection.core.isCurrent(channel: channel, generation: generation) { throw MessagingError.staleDelivery }
    }

    func settle(_ kind: Kind) throws {
        let first = state.withLock { state in
            defer { state = .settled }
            return state != .settled
        }
        guard first else { throw MessagingError.alreadySettled }
        guard connection.core.isCurrent(channel: channel, generation: generation) else {
            throw MessagingError.staleDelivery
        }
        // The worker checks the generation again before sending: a channel that closes in between drops it.
        connection.core.enqueue(.settle(channel: channel, generation: generation, tag: deliveryTag, kind: kind))
    }

    /// Called by the consumer's iterator when it hands the delivery out.
    func markHandedOut() {
        state.withLock { if $0 == .buffered { $0 = .handedOut } }
    }

    /// Called by the connection thread when nobody will ever read the delivery (its consumer was abandoned):
    /// true if it was still buffered, and is now settled (the caller hands it back to the broker).
    func reclaimIfBuffered() -> Bool {
        state.withLock { state in
            guard state == .buffered else { return false }
            state = .settled
            return true
        }
    }
}
