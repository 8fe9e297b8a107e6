internal import CRabbitMQ
import Logging
import Metrics
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension ConnectionWorker {
    // MARK: - Channels

    func openChannel(_ channel: UInt16) throws(WireError) {
        guard let state else { throw .connection(.connectionFailed("not connected")) }
        amqp_channel_open(state, channel)
        try check(amqp_get_rpc_reply(state), channel: channel, "channel.open \(channel)")
        generationCounter += 1
        channels[channel] = generationCounter
        let generation = generationCounter
        core.shared.withLock { $0.channelGenerations[channel] = generation }
    }

    /// Closes a channel we no longer need (a cancelled consumer's).
    func closeChannel(_ channel: UInt16) {
        guard let state, channels[channel] != nil else { return }
        forgetChannel(channel)
        wire { () throws(WireError) in
            amqp_channel_close(state, channel, AMQP_REPLY_SUCCESS)
            try check(amqp_get_rpc_reply(state), channel: channel, "channel.close")
        }
    }

    func forgetChannel(_ channel: UInt16) {
        channels.removeValue(forKey: channel)
        partial.removeValue(forKey: channel)
        core.shared.withLock { _ = $0.channelGenerations.removeValue(forKey: channel) }
    }

    func freeConsumerChannel() -> UInt16 {
        var channel = Self.firstConsumerChannel
        while channels[channel] != nil || consumerByChannel[channel] != nil { channel += 1 }
        return channel
    }

    /// Runs wire operations: a connection-level error tears the connection down (and schedules the reconnect);
    /// a channel-level error is returned to the caller. Returns nil on success.
    @discardableResult
    func wire(_ body: () throws(WireError) -> Void) -> WireError? {
        do throws(WireError) {
            try body()
            return nil
        } catch {
            if case .connection(let failure) = error { connectionLost(failure) }
            return error
        }
    }

    // MARK: - check

    /// The one place rabbitmq-c statuses become Swift errors.
    func check(_ status: Int32, _ what: @autoclosure () -> String) throws(WireError) {
        guard status != Int32(AMQP_STATUS_OK.rawValue) else { return }
        let message = String(cString: amqp_error_string2(status))
        throw .connection(.library(status: Int(status), message: "\(what()): \(message)"))
    }

    /// The one place rabbitmq-c RPC replies become Swift errors. A channel.close or connection.close from the
    /// broker is answered (close-ok) here, so the protocol stays in step.
    func check(_ reply: amqp_rpc_reply_t, channel: UInt16, _ what: @autoclosure () -> String)
        throws(WireError)
    {
        switch reply.reply_type {
        case AMQP_RESPONSE_NORMAL:
            return
        case AMQP_RESPONSE_LIBRARY_EXCEPTION:
            let message = String(cString: amqp_error_string2(reply.library_error))
            throw .connection(.library(status: Int(reply.library_error), message: "\(what()): \(message)"))
        case AMQP_RESPONSE_SERVER_EXCEPTION:
            if reply.reply.id == crmq_channel_close_method, let decoded = reply.reply.decoded {
                let close = decoded.assumingMemoryBound(to: amqp_channel_close_t.self).pointee
                let text = string(close.reply_text)
                if let state { _ = crmq_send_channel_close_ok(state, channel) }
                forgetChannel(channel)
                throw .channel(channel, code: Int(close.reply_code), reason: text)
            }
            if reply.reply.id == crmq_connection_close_method, let decoded = reply.reply.decoded {
                let close = decoded.assumingMemoryBound(to: amqp_connection_close_t.self).pointee
                let text = string(close.reply_text)
                if let state { _ = crmq_send_connection_close_ok(state) }
                throw .connection(.connectionClosed(code: Int(close.reply_code), reason: "\(what()): \(text)"))
            }
            throw .connection(.library(status: 0, message: "\(what()): unexpected server method \(reply.reply.id)"))
        default:
            throw .connection(.library(status: 0, message: "\(what()): no reply"))
        }
    }
}

enum WireError: Error {
    case connection(MessagingError)
    case channel(UInt16, code: Int, reason: String)
    /// 406 PRECONDITION_FAILED on a declaration (the admin channel is closed, the connection is fine).
    case topologyMismatch(name: String, reason: String)

    var messagingError: MessagingError {
        switch self {
        case .connection(let error): error
        case .channel(_, let code, let reason): .channelClosed(code: code, reason: reason)
        case .topologyMismatch(let name, let reason): .topologyMismatch(name: name, reason: reason)
        }
    }
}
