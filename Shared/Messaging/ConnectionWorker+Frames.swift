internal import CRabbitMQ
import Logging
import Metrics
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension ConnectionWorker {
    // MARK: - Frames

    func readFrames() {
        guard let state else { return }
        var frame = amqp_frame_t()
        var zero = timeval(tv_sec: 0, tv_usec: 0)
        var count = 0
        wire { () throws(WireError) in
            while count < Self.frameBurst {
                let status = amqp_simple_wait_frame_noblock(state, &frame, &zero)
                if status == Int32(AMQP_STATUS_TIMEOUT.rawValue) { break }
                try check(status, "read frame")
                count += 1
                try handle(frame)
                guard self.state != nil else { return }
            }
        }
        // Every byte handed out was copied into Swift values; nothing points into rabbitmq-c's pools any more.
        if let state = self.state, amqp_frames_enqueued(state) == 0 { amqp_maybe_release_buffers(state) }
    }

    func handle(_ frame: amqp_frame_t) throws(WireError) {
        let channel = frame.channel
        switch frame.frame_type {
        case crmq_frame_method:
            try handleMethod(frame.payload.method, channel: channel)
        case crmq_frame_header:
            guard var content = partial[channel] else { return }
            content.expected = Int(frame.payload.properties.body_size)
            let decoded = frame.payload.properties.decoded?.assumingMemoryBound(to: amqp_basic_properties_t.self)
            content.properties = MessageProperties(decoded)
            content.body.reserveCapacity(content.expected)
            partial[channel] = content
            if content.expected == 0 { try completeContent(channel) }
        case crmq_frame_body:
            guard partial[channel] != nil else { return }
            let fragment = frame.payload.body_fragment
            if let bytes = fragment.bytes, fragment.len > 0 {
                partial[channel]!.body.append(
                    contentsOf: UnsafeRawBufferPointer(start: bytes, count: fragment.len))
            }
            if partial[channel]!.body.count >= partial[channel]!.expected { try completeContent(channel) }
        default:
            break  // heartbeats are consumed by rabbitmq-c itself
        }
    }

    func handleMethod(_ method: amqp_method_t, channel: UInt16) throws(WireError) {
        let decoded = method.decoded
        switch method.id {
        case crmq_basic_deliver_method:
            guard let d = decoded?.assumingMemoryBound(to: amqp_basic_deliver_t.self).pointee else { return }
            partial[channel] = PartialContent(kind: .deliver(
                tag: d.delivery_tag, redelivered: d.redelivered != 0, exchange: string(d.exchange),
                routingKey: string(d.routing_key)))
        case crmq_basic_ack_method:
            guard let a = decoded?.assumingMemoryBound(to: amqp_basic_ack_t.self).pointee,
                  channel == Self.publishChannel else { return }
            confirm(tag: a.delivery_tag, multiple: a.multiple != 0, acked: true)
        case crmq_basic_nack_method:
            guard let n = decoded?.assumingMemoryBound(to: amqp_basic_nack_t.self).pointee,
                  channel == Self.publishChannel else { return }
            confirm(tag: n.delivery_tag, multiple: n.multiple != 0, acked: false)
        case crmq_basic_return_method:
            guard let r = decoded?.assumingMemoryBound(to: amqp_basic_return_t.self).pointee else { return }
            partial[channel] = PartialContent(kind: .returned(
                code: Int(r.reply_code), reason: string(r.reply_text), exchange: string(r.exchange),
                routingKey: string(r.routing_key)))
        case crmq_basic_cancel_ok_method:
            if let id = consumerByChannel[channel], let consumer = consumers[id] {
                consumer.streamFinished = true
                consumer.continuation.finish()
                if consumer.abandoned { reclaimBuffered(consumer) }
                if consumer.inFlight.isEmpty { removeConsumer(consumer, error: nil) }
            }
        case crmq_basic_cancel_method:
            // The broker cancelled the consumer (its queue was deleted).
            if let id = consumerByChannel[channel], let consumer = consumers[id] {
                logger.warning("AMQP consumer cancelled by the broker", metadata: ["amqp.queue": "\(consumer.queue)"])
                consumer.cancelRequested = true
                removeConsumer(consumer,
                               error: .consumerCancelled(queue: consumer.queue, reason: "cancelled by the broker"))
            }
        case crmq_channel_close_method:
            guard let close = decoded?.assumingMemoryBound(to: amqp_channel_close_t.self).pointee else { return }
            let code = Int(close.reply_code)
            let reason = string(close.reply_text)
            if let state { try check(crmq_send_channel_close_ok(state, channel), "channel.close-ok") }
            forgetChannel(channel)
            channelClosedByBroker(channel, code: code, reason: reason)
        case crmq_connection_close_method:
            guard let close = decoded?.assumingMemoryBound(to: amqp_connection_close_t.self).pointee else { return }
            let reason = string(close.reply_text)
            if let state { _ = crmq_send_connection_close_ok(state) }
            throw .connection(.connectionClosed(code: Int(close.reply_code), reason: reason))
        case crmq_connection_blocked_method:
            let blocked = decoded?.assumingMemoryBound(to: amqp_connection_blocked_t.self).pointee
            let reason = blocked.map { string($0.reason) } ?? "blocked"
            logger.warning("AMQP connection blocked by the broker", metadata: ["amqp.reason": "\(reason)"])
            blockedReason = reason
            core.shared.withLock { $0.blockedReason = reason }
        case crmq_connection_unblocked_method:
            logger.info("AMQP connection unblocked")
            blockedReason = nil
            core.shared.withLock { $0.blockedReason = nil }
        default:
            break
        }
    }

    func channelClosedByBroker(_ channel: UInt16, code: Int, reason: String) {
        if channel == Self.publishChannel {
            publishChannelClosed(code: code, reason: reason)
        } else if let id = consumerByChannel.removeValue(forKey: channel), let consumer = consumers[id] {
            logger.warning("AMQP consumer channel closed by the broker", metadata: [
                "amqp.queue": "\(consumer.queue)", "amqp.code": "\(code)", "amqp.reason": "\(reason)"])
            consumer.channel = nil
            consumer.inFlight.removeAll()
            if consumer.cancelRequested || code == 404 {
                removeConsumer(consumer, error: code == 404 ? .queueNotFound(consumer.queue) : nil)
            } else {
                startConsumer(consumer)  // e.g. 406 after a bad ack: its unacked messages were requeued
            }
        }
    }

    func completeContent(_ channel: UInt16) throws(WireError) {
        guard let content = partial.removeValue(forKey: channel) else { return }
        switch content.kind {
        case .returned(let code, let reason, let exchange, let routingKey):
            if let messageId = content.properties.messageId {
                returned[messageId] = .unroutable(exchange: exchange, routingKey: routingKey,
                                                  reason: "\(code) \(reason)")
            }
        case .deliver(let tag, let redelivered, let exchange, let routingKey):
            guard let id = consumerByChannel[channel], let consumer = consumers[id],
                  let generation = channels[channel] else { return }
            if consumer.abandoned {
                // Nobody will read it: hand the message back at once.
                if let state { try check(amqp_basic_nack(state, channel, tag, 0, 1), "basic.nack") }
                return
            }
            let properties = content.properties
            let settlement = Settlement(connection: connection, channel: channel, generation: generation,
                                        deliveryTag: tag)
            let delivery = Delivery(
                body: content.body, messageId: properties.messageId, correlationId: properties.correlationId,
                requestId: properties.headers["x-request-id"], contentType: properties.contentType,
                type: properties.type, timestamp: properties.timestamp, headers: properties.headers,
                redelivered: redelivered, deliveryCount: properties.headers["x-delivery-count"].flatMap { Int($0) },
                queue: consumer.queue, exchange: exchange, routingKey: routingKey, settlement: settlement)
            consumer.inFlight[tag] = settlement
            if case .terminated = consumer.continuation.yield(delivery) {
                consumer.inFlight.removeValue(forKey: tag)
                if let state { try check(amqp_basic_nack(state, channel, tag, 0, 1), "basic.nack") }
                requestCancel(consumer, abandoned: true)
                return
            }
            metrics.consumedCounter(queue: consumer.queue).increment()
        }
    }
}

struct PartialContent {
    enum Kind {
        case deliver(tag: UInt64, redelivered: Bool, exchange: String, routingKey: String)
        case returned(code: Int, reason: String, exchange: String, routingKey: String)
    }
    let kind: Kind
    var expected = 0
    var properties = MessageProperties()
    var body: [UInt8] = []
}

/// Basic properties copied out of rabbitmq-c's memory.
struct MessageProperties {
    var messageId: String?
    var correlationId: String?
    var contentType: String?
    var type: String?
    var timestamp: Int64?
    var headers: [String: String] = [:]

    init() {}

    init(_ pointer: UnsafeMutablePointer<amqp_basic_properties_t>?) {
        guard let properties = pointer?.pointee else { return }
        let flags = properties._flags
        if flags & crmq_flag_message_id != 0 { messageId = string(properties.message_id) }
        if flags & crmq_flag_correlation_id != 0 { correlationId = string(properties.correlation_id) }
        if flags & crmq_flag_content_type != 0 { contentType = string(properties.content_type) }
        if flags & crmq_flag_type != 0 { type = string(properties.type) }
        if flags & crmq_flag_timestamp != 0 { timestamp = Int64(bitPattern: properties.timestamp) }
        if flags & crmq_flag_headers != 0, let entries = properties.headers.entries {
            for index in 0..<Int(properties.headers.num_entries) {
                var entry = entries[index]
                var bytes = amqp_bytes_t()
                var integer: Int64 = 0
                switch crmq_field_value(&entry.value, &bytes, &integer) {
                case 1: headers[string(entry.key)] = string(bytes)
                case 2: headers[string(entry.key)] = String(integer)
                default: break
                }
            }
        }
    }
}
