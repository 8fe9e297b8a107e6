internal import CRabbitMQ
import Logging
import Metrics
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension ConnectionWorker {
    // MARK: - Topology and admin

    func ensureAdminChannel() throws(WireError) {
        if channels[Self.adminChannel] == nil { try openChannel(Self.adminChannel) }
    }

    /// Declares on the admin channel. 406 PRECONDITION_FAILED becomes `topologyMismatch` naming the culprit.
    func declare(_ topology: Topology) throws(WireError) {
        guard let state else { throw .connection(.connectionFailed("not connected")) }
        try ensureAdminChannel()
        let channel = Self.adminChannel
        func mapped(_ name: String, _ body: () throws(WireError) -> Void) throws(WireError) {
            do throws(WireError) {
                try body()
            } catch {
                if case .channel(_, let code, let reason) = error, code == 406 {
                    throw .topologyMismatch(name: name, reason: reason)
                }
                throw error
            }
        }
        for exchange in topology.exchanges {
            try mapped(exchange.name) { () throws(WireError) in
                exchange.name.withCString { name in
                    exchange.kind.rawValue.withCString { kind in
                        _ = amqp_exchange_declare(state, channel, amqp_cstring_bytes(name), amqp_cstring_bytes(kind),
                                                  0, exchange.durable ? 1 : 0, 0, 0, amqp_empty_table)
                    }
                }
                try check(amqp_get_rpc_reply(state), channel: channel, "exchange.declare \(exchange.name)")
            }
        }
        for queue in topology.queues {
            try mapped(queue.name) { () throws(WireError) in
                withTable(queue.arguments) { arguments in
                    queue.name.withCString { name in
                        _ = amqp_queue_declare(state, channel, amqp_cstring_bytes(name), 0, queue.durable ? 1 : 0,
                                               0, 0, arguments)
                    }
                }
                try check(amqp_get_rpc_reply(state), channel: channel, "queue.declare \(queue.name)")
            }
        }
        for binding in topology.bindings {
            binding.queue.withCString { queue in
                binding.exchange.withCString { exchange in
                    binding.routingKey.withCString { key in
                        _ = amqp_queue_bind(state, channel, amqp_cstring_bytes(queue), amqp_cstring_bytes(exchange),
                                            amqp_cstring_bytes(key), amqp_empty_table)
                    }
                }
            }
            try check(amqp_get_rpc_reply(state), channel: channel,
                      "queue.bind \(binding.queue) to \(binding.exchange) (\(binding.routingKey))")
        }
    }

    /// An explicit `declare`: merged into the recovery topology only when the broker accepted it, so a
    /// mismatching declaration fails its caller and never the connection.
    func declareForCaller(id: UInt64, _ extra: Topology) {
        let error = wire { () throws(WireError) in try declare(extra) }
        switch error {
        case nil:
            topology.merge(extra)
            resolveAdmin([id], .success(.done))
        case .connection?:
            pendingDeclares.append((id, extra))  // retried at the next connection
        case let error?:
            resolveAdmin([id], .failure(error.messagingError))
        }
    }

    func admin(id: UInt64, _ operation: AdminOperation) {
        if case .declare(let extra) = operation {
            if state == nil { pendingDeclares.append((id, extra)) } else { declareForCaller(id: id, extra) }
            return
        }
        guard let state else {
            resolveAdmin([id], .failure(.connectionFailed("not connected")))
            return
        }
        var reply = AdminReply.done
        let error = wire { () throws(WireError) in
            try ensureAdminChannel()
            let channel = Self.adminChannel
            switch operation {
            case .declare:
                break  // handled by declareForCaller
            case .queueStatus(let name):
                let ok = name.withCString {
                    amqp_queue_declare(state, channel, amqp_cstring_bytes($0), 1, 0, 0, 0, amqp_empty_table)
                }
                try check(amqp_get_rpc_reply(state), channel: channel, "queue.declare passive \(name)")
                if let ok {
                    reply = .status(QueueStatus(messageCount: Int(ok.pointee.message_count),
                                                consumerCount: Int(ok.pointee.consumer_count)))
                }
            case .deleteQueue(let name):
                name.withCString { _ = amqp_queue_delete(state, channel, amqp_cstring_bytes($0), 0, 0) }
                try check(amqp_get_rpc_reply(state), channel: channel, "queue.delete \(name)")
                topology.forget(name)
            case .deleteExchange(let name):
                name.withCString { _ = amqp_exchange_delete(state, channel, amqp_cstring_bytes($0), 0) }
                try check(amqp_get_rpc_reply(state), channel: channel, "exchange.delete \(name)")
                topology.forget(name)
            case .purgeQueue(let name):
                name.withCString { _ = amqp_queue_purge(state, channel, amqp_cstring_bytes($0)) }
                try check(amqp_get_rpc_reply(state), channel: channel, "queue.purge \(name)")
            }
        }
        guard let error else {
            resolveAdmin([id], .success(reply))
            return
        }
        switch (error, operation) {
        case (.channel(_, 404, _), .queueStatus(let name)), (.channel(_, 404, _), .purgeQueue(let name)):
            resolveAdmin([id], .failure(.queueNotFound(name)))
        case (.channel(_, let code, let reason), _):
            resolveAdmin([id], .failure(.channelClosed(code: code, reason: reason)))
        case (.topologyMismatch(let name, let reason), _):
            resolveAdmin([id], .failure(.topologyMismatch(name: name, reason: reason)))
        case (.connection(let failure), _):
            resolveAdmin([id], .failure(failure))
        }
    }

    func resolveAdmin(_ ids: [UInt64], _ result: Result<AdminReply, MessagingError>) {
        guard !ids.isEmpty else { return }
        let waiters = core.shared.withLock { s in ids.compactMap { s.adminWaiters.removeValue(forKey: $0) } }
        for waiter in waiters { waiter.resume(with: result.mapError { $0 as any Error }) }
    }
}
