/// Every error the messaging module throws. The HTTP edge maps `connectionBlocked` and `notConnected` to 503.
public enum MessagingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The AMQP URL could not be parsed (the message never contains the password).
    case invalidURL(String)
    /// TCP connect, login or channel setup failed; the connection retries by itself.
    case connectionFailed(String)
    /// The broker closed the connection (connection.close) or the socket died.
    case connectionClosed(code: Int, reason: String)
    /// The broker closed a channel (channel.close), e.g. 404 NOT_FOUND for a missing exchange.
    case channelClosed(code: Int, reason: String)
    /// The broker has blocked publishing (memory or disk alarm). Publish fails fast instead of hanging.
    case connectionBlocked(reason: String)
    /// The broker refused the message (basic.nack). It was not enqueued.
    case publishNacked(messageId: String)
    /// A mandatory publish was returned (basic.return): no queue is bound for its routing key.
    case unroutable(exchange: String, routingKey: String, reason: String)
    /// A queue or exchange already exists with other arguments (406 PRECONDITION_FAILED). Retrying cannot fix
    /// this: delete the old queue (after draining it) or align the declaration.
    case topologyMismatch(name: String, reason: String)
    /// Passive declare of a queue that does not exist (404).
    case queueNotFound(String)
    /// The delivery came from a channel that has since been closed (reconnect or channel error): its delivery
    /// tag is meaningless now. The broker has already requeued the message and will deliver it again.
    case staleDelivery
    /// `ack`/`nack`/`deadLetter` was already called on this delivery.
    case alreadySettled
    /// The broker cancelled the consumer (queue deleted, or the consumer's channel failed for good).
    case consumerCancelled(queue: String, reason: String)
    /// The connection is shutting down and no longer accepts this request.
    case shuttingDown
    /// A rabbitmq-c call failed with a library status.
    case library(status: Int, message: String)
    /// A bounded wait expired.
    case timeout(String)

    public var description: String {
        switch self {
        case .invalidURL(let detail): "invalid AMQP URL: \(detail)"
        case .connectionFailed(let detail): "AMQP connection failed: \(detail)"
        case .connectionClosed(let code, let reason): "AMQP connection closed (\(code)): \(reason)"
        case .channelClosed(let code, let reason): "AMQP channel closed (\(code)): \(reason)"
        case .connectionBlocked(let reason): "AMQP connection blocked by the broker: \(reason)"
        case .publishNacked(let id): "broker nacked message \(id)"
        case .unroutable(let exchange, let key, let reason):
            "message unroutable (exchange '\(exchange)', routing key '\(key)'): \(reason)"
        case .topologyMismatch(let name, let reason):
            "'\(name)' exists with different arguments (\(reason)); delete it or fix the declaration"
        case .queueNotFound(let name): "queue '\(name)' not found"
        case .staleDelivery: "delivery belongs to a closed channel; the broker will redeliver it"
        case .alreadySettled: "delivery already acked, nacked or dead-lettered"
        case .consumerCancelled(let queue, let reason): "consumer of '\(queue)' cancelled: \(reason)"
        case .shuttingDown: "AMQP connection is shutting down"
        case .library(let status, let message): "rabbitmq-c error \(status): \(message)"
        case .timeout(let what): "timed out: \(what)"
        }
    }
}
