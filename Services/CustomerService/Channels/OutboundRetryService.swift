import Foundation
import Logging
import Messaging
import ServiceLifecycle

/// Consumes `customer-service.outbound`: each message names an outbox item to try again. An item that is not due
/// yet goes back to the retry queue for a tick; a due one is tried (``OutboundDispatcher/attempt(id:)``); an item
/// already sent or failed is acknowledged without doing anything (redeliveries are harmless); an item whose
/// attempts are used up is dead-lettered to `customer-service.outbound.dead` and stays `failed` in the outbox.
/// At start, items left pending with a retry time (their retry could not be queued) are queued again.
struct OutboundRetryService: Service {
    let dispatcher: OutboundDispatcher
    let store: any ConversationStore
    let broker: AMQPConnection
    let logger: Logger
    let now: @Sendable () -> Date

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                let topology = dispatcher.topology
                try await cancelWhenGracefulShutdown { [broker] in
                    try await broker.declare(topology)
                }
                for id in try await store.scheduledRetries() {
                    await dispatcher.schedule(.init(outboxId: id.outboxId, tenantId: id.tenantId), requestId: nil, delayed: true)
                }
                let deliveries = broker.consume(queue: dispatcher.queue, prefetch: 16)
                for try await delivery in deliveries.cancelOnGracefulShutdown() {
                    await handle(delivery)
                }
                return
            } catch {
                if Task.isCancelled || Task.isShuttingDownGracefully { return }
                logger.warning("outbound retries paused", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    private func handle(_ delivery: Delivery) async {
        do {
            guard let job = try? JSONDecoder().decode(OutboundDispatcher.Job.self, from: Data(delivery.body)) else {
                try await delivery.deadLetter(reason: "not an outbound job")
                return
            }
            guard let item = try await store.outboxItem(id: job.outboxId) else {
                // Another installation's job (each instance has its own database and should have its own queue).
                logger.warning("outbound job for an unknown outbox item", metadata: ["outbox": "\(job.outboxId)"])
                try await delivery.ack()
                return
            }
            guard item.status == .pending else {
                try await delivery.ack()
                return
            }
            if let due = item.nextAttemptAt, due > now() {
                await dispatcher.schedule(job, requestId: delivery.requestId, delayed: true)
                try await delivery.ack()
                return
            }
            switch await dispatcher.attempt(id: job.outboxId) {
            case .retry:
                await dispatcher.schedule(job, requestId: delivery.requestId, delayed: true)
                try await delivery.ack()
            case .failed(let reason):
                try await delivery.deadLetter(reason: String(reason.prefix(200)))
            case .sent, .skipped, .notConfigured:
                try await delivery.ack()
            }
        } catch {
            logger.warning("outbound job not settled", metadata: ["error": "\(error)"])
        }
    }
}
