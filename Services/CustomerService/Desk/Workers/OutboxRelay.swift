import Foundation
import GRDB
import Logging
import Messaging
import ServiceLifecycle
import ServiceRuntime
import Storage

/// Publishes the desk's outbox (``NotificationOutbox``) to the broker: unsent rows in order, each with its
/// notification's `messageId` as the AMQP `message_id` and the request id in the `x-request-id` header, marked
/// sent once the broker has confirmed it. While the broker is down the publish waits for the reconnect; a refused
/// publish (blocked broker, nack) is retried with a capped backoff. A crash between the confirm and the marking
/// sends the row again on the next run: the consumer recognises the repeated message id.
struct OutboxRelay: Service {
    let database: AppDatabase
    let broker: AMQPConnection
    let pollInterval: Duration
    let logger: Logger
    var batchSize = 50
    /// Sent rows are kept this long (to answer "was it published, when?"), then deleted; the broker never
    /// redelivers anything that old, so the message ids are no longer needed for de-duplication either.
    var retention: TimeInterval = 7 * 86_400

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var failures = 0
            var lastPrune = Date.distantPast
            while !Task.isCancelled {
                do {
                    if Date().timeIntervalSince(lastPrune) > 3600 {
                        try await prune(before: Date().addingTimeInterval(-retention))
                        lastPrune = Date()
                    }
                    let sent = try await relayOnce()
                    failures = 0
                    if sent == batchSize { continue }
                    try? await Task.sleep(for: pollInterval)
                } catch is CancellationError {
                    return
                } catch {
                    failures += 1
                    let backoffMs = min(30_000, 250 << min(failures, 7))
                    logger.warning("notification relay failed; retrying", metadata: [
                        "error": "\(error)", "retryInMs": "\(backoffMs)"])
                    try? await Task.sleep(for: .milliseconds(backoffMs))
                }
            }
        }
    }

    /// Deletes rows sent before `cutoff`; unsent rows are never deleted.
    func prune(before cutoff: Date) async throws {
        let removed = try await database.writer.write { db in
            try db.execute(sql: "DELETE FROM desk_outbox WHERE sent_at IS NOT NULL AND sent_at < ?", arguments: [cutoff.databaseTimestamp])
            return db.changesCount
        }
        if removed > 0 { logger.info("sent notifications pruned", metadata: ["rows": "\(removed)"]) }
    }

    struct Row: Sendable {
        var seq: Int64
        var messageId: String
        var queue: String
        var type: String
        var body: [UInt8]
        var requestId: String?
    }

    /// Publishes one batch of unsent rows concurrently (within the connection's confirm window); returns how many
    /// were sent. Throws the first failure after marking what did go through.
    func relayOnce() async throws -> Int {
        let rows = try await database.writer.read { [batchSize] db in
            try GRDB.Row.fetchAll(
                db, sql: "SELECT seq, message_id, queue, type, body, request_id FROM desk_outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?",
                arguments: [batchSize]
            ).map { row in
                Row(seq: row["seq"], messageId: row["message_id"], queue: row["queue"], type: row["type"],
                    body: Array(row["body"] as Data), requestId: row["request_id"])
            }
        }
        guard !rows.isEmpty else { return 0 }
        let broker = self.broker
        var sent: [Int64] = []
        var failure: (any Error)?
        await withTaskGroup(of: (Int64, (any Error)?).self) { group in
            for row in rows {
                group.addTask {
                    do {
                        try await broker.publish(row.body, toQueue: row.queue, messageId: row.messageId,
                                                 requestId: row.requestId, type: row.type)
                        return (row.seq, nil)
                    } catch {
                        return (row.seq, error)
                    }
                }
            }
            for await (seq, error) in group {
                if let error { failure = failure ?? error } else { sent.append(seq) }
            }
        }
        let now = Date()
        let published = sent
        let failed = rows.map(\.seq).filter { !published.contains($0) }
        let errorText = failure.map { "\($0)" }
        try await database.writer.write { db in
            for seq in published {
                try db.execute(sql: "UPDATE desk_outbox SET sent_at = ?, attempts = attempts + 1 WHERE seq = ?", arguments: [now, seq])
            }
            for seq in failed {
                try db.execute(sql: "UPDATE desk_outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?",
                               arguments: [errorText, seq])
            }
        }
        if !sent.isEmpty { logger.debug("notifications published", metadata: ["count": "\(sent.count)"]) }
        if let failure { throw failure }
        return sent.count
    }
}

extension OutboxRelay {
    /// `/health`'s `notifications` check: how many notifications wait to be published; it fails (the service is
    /// then `degraded`) when the oldest has waited longer than `maxAge`.
    static func healthCheck(database: AppDatabase, maxAge: TimeInterval = 300) -> HealthCheck {
        HealthCheck(name: "notifications", critical: false) {
            do {
                let (count, oldest) = try await database.writer.read { db -> (Int, Date?) in
                    let row = try GRDB.Row.fetchOne(
                        db, sql: "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM desk_outbox WHERE sent_at IS NULL")
                    return (row.flatMap { $0["n"] as Int? } ?? 0, row.flatMap { $0["oldest"] as Date? })
                }
                let age = oldest.map { Date().timeIntervalSince($0) } ?? 0
                let detail = "\(count) waiting" + (count > 0 ? ", oldest \(Int(age)) s" : "")
                return HealthCheckResult(status: age > maxAge ? .down : .ok, detail: detail)
            } catch {
                return HealthCheckResult(status: .down, detail: "\(error)")
            }
        }
    }
}
