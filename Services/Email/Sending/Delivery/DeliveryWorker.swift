import CommerceModels
import Foundation
import Logging
import Mail
import Messaging
import ServiceLifecycle
import ServiceRuntime
import Storage

/// Consumes `email.sending` and delivers each message over SMTP.
///
/// - Throughput: the consumer holds `prefetch` unacknowledged messages and sends each on its own task; the SMTP
///   client keeps `EMAIL_SMTP_CONNECTIONS` connections open and reuses them; a token bucket holds the rate to
///   `EMAIL_SEND_RATE_PER_SECOND`.
/// - Temporary failures (4xx, connection errors): the message is marked `retrying`, the worker waits a backoff
///   (doubling from `EMAIL_RETRY_BASE_DELAY_MS`) and nacks it back onto the queue; the quorum queue counts the
///   deliveries, and the attempt that reaches `EMAIL_SEND_MAX_ATTEMPTS` dead-letters it with the last error
///   (a `failed` event).
/// - Permanent failures (5xx): dead-lettered with the server's reply, a `bounced` event, and the tenant's contact
///   with that address marked `bounced`.
/// - Idempotence: a message id is claimed in `email_messages` before sending (a duplicate delivery that arrives
///   while the first is being sent waits and finds it done), and its outcome is recorded with
///   `AppDatabase.processOnce` before the ack, so a redelivered message is acked without sending.
///
/// The crash window: if the process dies after the SMTP server accepted a message and before the outcome is
/// committed, the broker redelivers it and, the claims of the dead run being released at start, it is sent again.
/// We chose at-least-once over at-most-once (claiming as "sent" before the SMTP transaction would lose the email
/// instead): a rare duplicate carries the same `Message-ID`, which receiving systems can use to drop it.
struct DeliveryWorker: Service {
    static let consumerName = "email.delivery"

    let connection: AMQPConnection
    let database: AppDatabase
    let smtp: SMTPClient
    let config: SendingConfig
    let bucket: TokenBucket
    let status: SMTPStatus
    let slots: AsyncSemaphore
    let logger: Logger

    func run() async throws {
        let consumer = connection.consume(queue: Topology.QueueName.emailSending, prefetch: config.prefetch)
        logger.info("delivery workers consuming", metadata: ["smtp": "\(smtp.configuration)", "prefetch": "\(config.prefetch)"])
        await withDiscardingTaskGroup { group in
            do {
                for try await delivery in consumer.cancelOnGracefulShutdown() {
                    group.addTask { await handle(delivery) }
                }
            } catch {
                logger.error("email.sending consumer stopped", metadata: ["error": "\(error)"])
            }
        }
    }

    func handle(_ delivery: Delivery) async {
        do {
            try await process(delivery)
        } catch {
            // The database or the broker failed under us: leave the message to the broker, a little later.
            logger.error("delivery failed, message requeued", metadata: ["message": "\(delivery.messageId ?? "-")", "error": "\(error)"])
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(1)) }
            try? await delivery.nack(requeue: true)
        }
    }

    private func process(_ delivery: Delivery) async throws {
        guard let job = try? JSONBody.decode(DeliveryJob.self, from: Data(delivery.body)) else {
            try await delivery.deadLetter(reason: "cannot decode the message as an email")
            return
        }
        let messageId = delivery.messageId ?? job.messageId
        guard messageId == job.messageId else {
            try await delivery.deadLetter(reason: "message_id \(messageId) differs from the body's messageId")
            return
        }
        if try await database.hasProcessed(messageId: messageId, consumer: Self.consumerName) {
            try await delivery.ack()
            return
        }
        var claim = try await MessageLedger.claim(database, job, now: Date())
        while claim == .inFlight {
            // Another delivery of the same message is being sent (a duplicate on the queue), or a worker died
            // holding it: wait, holding this copy, until that one finishes or its claim's lease runs out.
            // (Requeueing instead would spend the queue's delivery limit and dead-letter a good message.)
            try await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(1)) }
            claim = try await MessageLedger.claim(database, job, now: Date())
        }
        if case .finished = claim {
            try await delivery.ack()
            return
        }

        let message: EmailMessage
        do {
            message = try makeMessage(job)
        } catch {
            try await finish(job, delivery, status: "failed", event: "failed", error: "\(error)", deadLetter: true)
            return
        }
        await bucket.acquire()
        // A slot covers the SMTP transaction and the commit of its outcome: at most `EMAIL_SMTP_CONNECTIONS`
        // messages can ever be accepted by the server and not yet recorded (the crash window).
        await slots.wait()
        let failure: MailError
        do {
            try await smtp.send(message)
            status.delivered()
            try await finish(job, delivery, status: "delivered", event: "delivered", error: nil, deadLetter: false)
            await slots.signal()
            return
        } catch let error as MailError {
            await slots.signal()
            failure = error
        } catch {
            await slots.signal()
            throw error
        }
        do {
            let error = failure
            switch error {
            case .permanent:
                logger.notice("permanent refusal", metadata: ["message": "\(messageId)", "error": "\(error)"])
                try await finish(job, delivery, status: "bounced", event: "bounced", error: error.description, deadLetter: true)
            case .transient(let code, _):
                if !(400..<500).contains(code) { status.connectionFailed(error.description) }
                let attempt = (delivery.deliveryCount ?? 0) + 1
                if attempt >= config.maxAttempts {
                    logger.warning("giving up after temporary failures", metadata: ["message": "\(messageId)", "attempts": "\(attempt)", "error": "\(error)"])
                    try await finish(job, delivery, status: "failed", event: "failed",
                                     error: "gave up after \(attempt) attempts: \(error)", deadLetter: true)
                } else {
                    logger.info("temporary failure, retrying", metadata: ["message": "\(messageId)", "attempt": "\(attempt)", "error": "\(error)"])
                    try await MessageLedger.retrying(database, job, error: error.description, now: Date())
                    try? await cancelWhenGracefulShutdown { try await Task.sleep(for: backoff(attempt: attempt)) }
                    try await delivery.nack(requeue: true)
                }
            case .invalidAddress, .invalidHeader:
                try await finish(job, delivery, status: "failed", event: "failed", error: error.description, deadLetter: true)
            case .invalidConfiguration, .libraryUnavailable:
                try await MessageLedger.retrying(database, job, error: error.description, now: Date())
                throw error
            }
        }
    }

    /// Records the outcome once (with the `processed_messages` mark), then acks or dead-letters.
    private func finish(_ job: DeliveryJob, _ delivery: Delivery, status: String, event: String, error: String?,
                        deadLetter: Bool) async throws {
        let now = Date()
        if status == "failed" {
            // Not sent: not marked processed either, so an operator can republish it from the dead-letter queue
            // once the cause is fixed (a `failed` message may be claimed again).
            try await database.writer.write { db in
                try MessageLedger.finish(db, job, status: status, error: error, now: now)
                try MessageLedger.event(db, job, type: event, at: now)
            }
        } else {
            _ = try await database.processOnce(messageId: job.messageId, consumer: Self.consumerName) { db in
                try MessageLedger.finish(db, job, status: status, error: error, now: now)
                try MessageLedger.event(db, job, type: event, at: now)
                if status == "bounced" { try ContactStore.markBounced(db, tenantId: job.tenantId, email: job.to, now: now) }
            }
        }
        if deadLetter {
            try await delivery.deadLetter(reason: error ?? status)
        } else {
            try await delivery.ack()
        }
    }

    private func makeMessage(_ job: DeliveryJob) throws -> EmailMessage {
        let to = try EmailAddress(job.to)
        var headers = job.headers.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
        headers.append((name: "X-Commerce-Message-ID", value: job.messageId))
        if let campaignId = job.campaignId { headers.append((name: "X-Campaign-ID", value: campaignId)) }
        return EmailMessage(
            from: config.from, to: [to], subject: job.subject,
            textBody: job.text ?? job.html.map(TemplateRenderer.plainText) ?? "", htmlBody: job.html,
            headers: headers, messageId: "\(job.messageId)@\(config.from.domain)")
    }

    func backoff(attempt: Int) -> Duration {
        let base = config.retryBaseDelay * (1 << min(attempt - 1, 10))
        return min(base, config.retryMaxDelay)
    }
}
