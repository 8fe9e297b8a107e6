internal import CRabbitMQ
import Logging
import Metrics
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension ConnectionWorker {
    // MARK: - Publishing

    /// Writes queued messages while the confirm window has room (at most `publishBurst` per loop turn, so
    /// confirms and deliveries are read in between). A message is recorded as unconfirmed before it is written:
    /// if the write fails, the reconnect sends it again.
    func pumpPublishes() {
        guard let state, blockedReason == nil, channels[Self.publishChannel] != nil else { return }
        var sent = 0
        let window = max(1, configuration.confirmWindow)
        wire { () throws(WireError) in
            while sent < Self.publishBurst, unconfirmed.count < window, let message = sendQueue.popFirst() {
                if cancelledPublishes.remove(message.id) != nil { continue }
                unconfirmed[nextSequence] = message
                nextSequence += 1
                sent += 1
                try check(Self.write(message, state: state), "basic.publish")
            }
        }
        if sent > 0 { metrics.outstandingConfirms.record(unconfirmed.count) }
    }

    /// basic.publish of one message: persistent, its properties and string headers. Returns the library status.
    private static func write(_ message: OutgoingMessage, state: amqp_connection_state_t) -> Int32 {
        message.strings.withUnsafeBufferPointer { buffer -> Int32 in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            func string(_ index: Int) -> UnsafePointer<CChar>? {
                let offset = message.offsets[index]
                return offset < 0 ? nil : base + offset
            }
            let headers = message.headerCount
            return withUnsafeTemporaryAllocation(of: UnsafePointer<CChar>?.self, capacity: max(1, 2 * headers)) {
                pointers in
                for index in 0..<headers {  // keys first, then values
                    pointers[index] = string(6 + 2 * index)
                    pointers[headers + index] = string(7 + 2 * index)
                }
                let keys = UnsafePointer(pointers.baseAddress!)
                return message.body.withUnsafeBytes { body in
                    crmq_publish(state, publishChannel, string(0), string(1), message.mandatory ? 1 : 0, 1,
                                 string(2), string(3), string(4), string(5), UInt64(unixTime()),
                                 keys, keys + headers, Int32(headers), body.baseAddress, body.count)
                }
            }
        }
    }

    /// basic.ack / basic.nack from the broker on the publish channel (`multiple` included).
    func confirm(tag: UInt64, multiple: Bool, acked: Bool) {
        var resolved: [OutgoingMessage] = []
        if multiple {
            if tag >= lowestUnconfirmed {
                for sequence in lowestUnconfirmed...tag {
                    if let message = unconfirmed.removeValue(forKey: sequence) { resolved.append(message) }
                }
            }
        } else if let message = unconfirmed.removeValue(forKey: tag) {
            resolved.append(message)
        }
        while lowestUnconfirmed < nextSequence, unconfirmed[lowestUnconfirmed] == nil { lowestUnconfirmed += 1 }
        metrics.outstandingConfirms.record(unconfirmed.count)
        guard !resolved.isEmpty else { return }
        var results: [(UInt64, MessagingError?)] = []
        results.reserveCapacity(resolved.count)
        for message in resolved {
            cancelledPublishes.remove(message.id)
            if !acked {
                results.append((message.id, .publishNacked(messageId: message.messageId)))
            } else if let failure = returned.removeValue(forKey: message.messageId) {
                results.append((message.id, failure))
            } else {
                results.append((message.id, nil))
                publishedCounter(message.exchange.isEmpty ? message.routingKey : message.exchange).increment()
            }
        }
        let waiters = core.shared.withLock { s in
            results.map { (s.publishWaiters.removeValue(forKey: $0.0), $0.1) }
        }
        for (waiter, failure) in waiters {
            guard let waiter else { continue }
            if let failure { waiter.resume(throwing: failure) } else { waiter.resume() }
        }
    }

    func publishedCounter(_ queue: String) -> Counter {
        if let counter = publishedCounters[queue] { return counter }
        let counter = Counter(label: "amqp_messages_published_total", dimensions: [("queue", queue)])
        publishedCounters[queue] = counter
        return counter
    }

    /// The broker closed the publish channel because of a message (e.g. 404: no such exchange). Every unconfirmed
    /// message to the exchange named in the reply fails with the error (all of them when the reply names none);
    /// the others are re-sent on the reopened channel.
    func publishChannelClosed(code: Int, reason: String) {
        logger.warning("AMQP publish channel closed by the broker", metadata: [
            "amqp.code": "\(code)", "amqp.reason": "\(reason)"])
        let culprit = Self.quotedName(after: "exchange '", in: reason)
        var failed: [UInt64] = []
        var resend: [OutgoingMessage] = []
        for (_, message) in unconfirmed.sorted(by: { $0.key < $1.key }) {
            if culprit == nil || culprit == message.exchange {
                failed.append(message.id)
            } else {
                resend.append(message)
            }
        }
        unconfirmed.removeAll()
        returned.removeAll()
        sendQueue.prepend(resend)
        let error = MessagingError.channelClosed(code: code, reason: reason)
        let waiters = core.shared.withLock { s in failed.compactMap { s.publishWaiters.removeValue(forKey: $0) } }
        for waiter in waiters { waiter.resume(throwing: error) }
        let reopenError = wire { () throws(WireError) in
            guard let state else { return }
            try openChannel(Self.publishChannel)
            amqp_confirm_select(state, Self.publishChannel)
            try check(amqp_get_rpc_reply(state), channel: Self.publishChannel, "confirm.select")
            nextSequence = 1
            lowestUnconfirmed = 1
        }
        if case .channel? = reopenError { connectionLost(.channelClosed(code: code, reason: reason)) }
    }

    static func quotedName(after prefix: String, in text: String) -> String? {
        guard let start = text.firstRange(of: prefix) else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    static func unixTime() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec)
    }
}
