internal import CRabbitMQ
import Logging
import Metrics
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension ConnectionWorker {
    // MARK: - Consuming

    func startConsumer(_ consumer: ConsumerState) {
        guard let state, consumer.channel == nil, !consumer.cancelRequested else { return }
        let channel = freeConsumerChannel()
        let error = wire { () throws(WireError) in
            try openChannel(channel)
            consumer.channel = channel
            consumer.inFlight.removeAll()
            consumerByChannel[channel] = consumer.id
            amqp_basic_qos(state, channel, 0, UInt16(consumer.prefetch), 0)
            try check(amqp_get_rpc_reply(state), channel: channel, "basic.qos")
            consumer.queue.withCString { queue in
                consumer.tag.withCString { tag in
                    _ = amqp_basic_consume(state, channel, amqp_cstring_bytes(queue), amqp_cstring_bytes(tag),
                                           0, 0, 0, amqp_empty_table)
                }
            }
            try check(amqp_get_rpc_reply(state), channel: channel, "basic.consume \(consumer.queue)")
        }
        guard let error else {
            logger.debug("AMQP consumer started", metadata: ["amqp.queue": "\(consumer.queue)"])
            return
        }
        if case .channel(_, let code, let reason) = error {
            consumerByChannel.removeValue(forKey: channel)
            consumer.channel = nil
            let failure: MessagingError = code == 404 ? .queueNotFound(consumer.queue)
                : .consumerCancelled(queue: consumer.queue, reason: "\(code) \(reason)")
            logger.error("AMQP consumer could not start", metadata: ["amqp.error": "\(failure)"])
            removeConsumer(consumer, error: failure)
        }
    }

    func requestCancel(_ consumer: ConsumerState, abandoned: Bool = false) {
        if abandoned {
            consumer.abandoned = true
            reclaimBuffered(consumer)
        }
        guard !consumer.cancelRequested else { return }
        consumer.cancelRequested = true
        consumer.closeDeadline = clock.now.advanced(by: configuration.drainTimeout)
        guard let state, let channel = consumer.channel else {
            removeConsumer(consumer, error: nil)
            return
        }
        wire { () throws(WireError) in
            let status = consumer.tag.withCString { crmq_send_basic_cancel(state, channel, $0) }
            try check(status, "basic.cancel")
            consumer.cancelSent = true
        }
    }

    /// Finishes the consumer's sequence and, once its deliveries are settled, closes its channel.
    func removeConsumer(_ consumer: ConsumerState, error: MessagingError?) {
        consumer.continuation.finish(throwing: error)
        consumers.removeValue(forKey: consumer.id)
        if let channel = consumer.channel {
            consumerByChannel.removeValue(forKey: channel)
            closeChannel(channel)
        }
    }

    func settle(channel: UInt16, generation: UInt64, tag: UInt64, kind: Settlement.Kind) {
        guard let state, channels[channel] == generation else {
            logger.debug("AMQP dropped a settle for a closed channel", metadata: ["amqp.channel": "\(channel)"])
            return
        }
        wire { () throws(WireError) in
            switch kind {
            case .ack:
                try check(amqp_basic_ack(state, channel, tag, 0), "basic.ack")
                metrics.acked.increment()
            case .nack(let requeue):
                try check(amqp_basic_nack(state, channel, tag, 0, requeue ? 1 : 0), "basic.nack")
                metrics.nacked.increment()
            }
        }
        if let id = consumerByChannel[channel], let consumer = consumers[id] {
            consumer.inFlight.removeValue(forKey: tag)
        }
    }

    /// Nacks (with requeue) the deliveries of an abandoned consumer that were never handed out.
    func reclaimBuffered(_ consumer: ConsumerState) {
        guard let state, let channel = consumer.channel, channels[channel] != nil else { return }
        let reclaimed = consumer.inFlight.filter { $0.value.reclaimIfBuffered() }.keys.sorted()
        guard !reclaimed.isEmpty else { return }
        wire { () throws(WireError) in
            for tag in reclaimed {
                try check(amqp_basic_nack(state, channel, tag, 0, 1), "basic.nack")
                consumer.inFlight.removeValue(forKey: tag)
            }
        }
    }

    /// Closes the channels of cancelled consumers once basic.cancel-ok came and their deliveries are settled, or
    /// when their drain time is up (the broker then requeues what is still unacked).
    func maintenance() {
        let now = clock.now
        for consumer in Array(consumers.values) where consumer.cancelRequested {
            let settled = consumer.streamFinished && consumer.inFlight.isEmpty
            if settled || (consumer.closeDeadline.map { now >= $0 } ?? true) {
                removeConsumer(consumer, error: nil)
            }
        }
    }
}

final class ConsumerState {
    let id: UInt64
    let queue: String
    let prefetch: Int
    let tag: String
    let continuation: AsyncThrowingStream<Delivery, any Error>.Continuation
    var channel: UInt16?
    /// Deliveries of the current channel not yet settled, by delivery tag.
    var inFlight: [UInt64: Settlement] = [:]
    /// Nobody reads the sequence any more (see `Request.cancelConsumer`).
    var abandoned = false
    var cancelRequested = false
    var cancelSent = false
    var streamFinished = false
    var closeDeadline: ContinuousClock.Instant?

    init(registration: ConsumerRegistration, tag: String) {
        id = registration.id
        queue = registration.queue
        prefetch = registration.prefetch
        continuation = registration.continuation
        self.tag = tag
    }
}
