import Foundation
public import GRDB

extension AppDatabase {
    /// Runs `work` at most once for a given queue message, however often the broker delivers it.
    ///
    /// The message id is recorded in `processed_messages` in the same transaction as the work, so either both are
    /// committed or neither is: a crash before the commit leaves the message to be redelivered and done; a crash
    /// after the commit (before the ack) leads to a redelivery that is recognised and skipped. Ack the delivery
    /// only after this returns.
    ///
    /// - Returns: the work's result, or `nil` when the message had already been processed.
    public func processOnce<T: Sendable>(
        messageId: String,
        consumer: String,
        _ work: @escaping @Sendable (Database) throws -> T
    ) async throws -> T? {
        try await writer.write { db in
            let seen = try Bool.fetchOne(
                db, sql: "SELECT 1 FROM processed_messages WHERE consumer = ? AND message_id = ?",
                arguments: [consumer, messageId]) ?? false
            if seen { return nil }
            let result = try work(db)
            try db.execute(
                sql: "INSERT INTO processed_messages (consumer, message_id, processed_at) VALUES (?, ?, ?)",
                arguments: [consumer, messageId, Date()])
            return result
        }
    }

    /// Whether `messageId` has been processed by `consumer`.
    public func hasProcessed(messageId: String, consumer: String) async throws -> Bool {
        try await writer.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM processed_messages WHERE consumer = ? AND message_id = ?",
                arguments: [consumer, messageId]) ?? false
        }
    }

    /// Forgets processed ids older than `age`. The broker never redelivers a message that old, so the table
    /// stays bounded. Returns how many rows were removed.
    @discardableResult
    public func pruneProcessedMessages(olderThan age: Duration, now: Date = Date()) async throws -> Int {
        let cutoff = now.addingTimeInterval(-TimeInterval(age.components.seconds))
        return try await writer.write { db in
            try db.execute(sql: "DELETE FROM processed_messages WHERE processed_at < ?", arguments: [cutoff.databaseTimestamp])
            return db.changesCount
        }
    }
}
