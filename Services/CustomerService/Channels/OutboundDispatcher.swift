import Foundation
import Logging
import Messaging

/// Sends outbox items and schedules retries. A send is tried at once (in the request that wrote the message);
/// a failure is recorded on the item (`attempts`, `lastError`, `nextAttemptAt` with exponential backoff) and the
/// item's id goes to the `customer-service.outbound` queue (`SAV_OUTBOUND_QUEUE`), where ``OutboundRetryService`` tries again when it is
/// due. An item of a channel the tenant has not configured stays `pending` without retries until the channel is
/// configured (saving the settings sends what waited).
struct OutboundDispatcher: Sendable {
    let store: any ConversationStore
    let connectors: OutboundConnectors
    let broker: AMQPConnection
    let config: ConversationsConfig
    let logger: Logger
    let now: @Sendable () -> Date

    /// The work queue (`SAV_OUTBOUND_QUEUE`, by default `customer-service.outbound`).
    var queue: String { config.outboundQueue }
    /// Where retries wait a tick: `<queue>.retry`.
    var retryQueue: String { config.outboundQueue + ".retry" }
    /// How long a retry waits in the retry queue before it is looked at again.
    static let retryTickMilliseconds: Int64 = 1000
    /// How long scheduling a retry may wait for the broker.
    static let publishTimeout: Duration = .seconds(3)

    /// The work queue (quorum, dead letters to `<queue>.dead`) and its retry queue: a classic queue whose messages
    /// expire after a tick and are dead-lettered back to the work queue.
    var topology: Topology {
        Topology.workQueue(queue).merging(Topology(queues: [
            Topology.Queue(name: retryQueue, arguments: [
                "x-message-ttl": .int(Self.retryTickMilliseconds),
                "x-dead-letter-exchange": .string(""),
                "x-dead-letter-routing-key": .string(queue),
            ]),
        ]))
    }

    /// The queue message: which item to try.
    struct Job: Codable, Sendable {
        var outboxId: String
        var tenantId: String
    }

    /// What one attempt did.
    enum Attempt: Sendable, Equatable {
        case sent
        /// Already sent, failed for good, or being sent by another attempt.
        case skipped
        case notConfigured
        case retry(at: Date)
        case failed(String)
    }

    /// Tries each item now; failures are scheduled for a retry.
    func dispatch(_ items: [OutboxItem], requestId: String?) async {
        for item in items {
            if case .retry = await attempt(id: item.id) {
                await schedule(Job(outboxId: item.id, tenantId: item.tenantId), requestId: requestId, delayed: false)
            }
        }
    }

    /// One send attempt of the item `id`, recorded on the item.
    func attempt(id: String) async -> Attempt {
        let item: OutboxItem
        do {
            guard let leased = try await store.leaseOutbox(id: id, now: now(), lease: config.outboundTimeout * 3) else {
                return .skipped
            }
            item = leased
        } catch {
            logger.error("outbox lease failed", metadata: ["outbox": "\(id)", "error": "\(error)"])
            return .retry(at: now())
        }
        do {
            try await connectors.send(item)
            try await store.finishOutboxAttempt(
                id: id, status: .sent, error: nil, nextAttemptAt: nil, countsAsAttempt: true, now: now())
            logger.info("outbound sent", metadata: ["outbox": "\(id)", "channel": "\(item.channel.rawValue)"])
            return .sent
        } catch let error as OutboundError {
            return await record(error, item: item)
        } catch {
            return await record(.transient("\(error)"), item: item)
        }
    }

    private func record(_ error: OutboundError, item: OutboxItem) async -> Attempt {
        let time = now()
        let attempts = item.attempts + 1
        let result: Attempt
        var status = OutboxItem.Status.pending
        var next: Date?
        var counts = true
        switch error {
        case .notConfigured:
            counts = false
            result = .notConfigured
        case .permanent(let message):
            status = .failed
            result = .failed(message)
        case .transient(let message):
            if attempts >= config.maxAttempts {
                status = .failed
                result = .failed(message)
            } else {
                let base = Double(config.retryBase.components.seconds)
                let delay = min(600, base * pow(2, Double(attempts - 1)))
                next = time.addingTimeInterval(delay)
                result = .retry(at: next!)
            }
        }
        logger.warning("outbound not sent", metadata: [
            "outbox": "\(item.id)", "channel": "\(item.channel.rawValue)", "attempts": "\(attempts)", "error": "\(error)",
        ])
        do {
            try await store.finishOutboxAttempt(
                id: item.id, status: status, error: error.description, nextAttemptAt: next, countsAsAttempt: counts, now: time)
        } catch {
            logger.error("outbox update failed", metadata: ["outbox": "\(item.id)", "error": "\(error)"])
        }
        return result
    }

    /// Puts a job on the work queue (or, `delayed`, on the retry queue for a tick). A publish failure leaves the item
    /// pending with its `nextAttemptAt`: ``OutboundRetryService`` picks such items up again when it starts.
    func schedule(_ job: Job, requestId: String?, delayed: Bool) async {
        do {
            let body = Array(try JSONEncoder().encode(job))
            let broker = self.broker
            let queue = delayed ? retryQueue : self.queue
            // A broker that is down would hold the publish until it is back: give up after a few seconds instead.
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await broker.publish(body, toQueue: queue, requestId: requestId) }
                group.addTask {
                    try await Task.sleep(for: Self.publishTimeout)
                    throw OutboundError.transient("the broker did not confirm within \(Self.publishTimeout)")
                }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            logger.error("outbound retry not scheduled", metadata: ["outbox": "\(job.outboxId)", "error": "\(error)"])
        }
    }
}
