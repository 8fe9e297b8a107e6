import Foundation
public import GRDB
import Logging

/// A service's own SQLite database: one file per service (`data/<service>.sqlite` by default), WAL mode
/// (GRDB's `DatabasePool` opens it so: readers never block the writer), a busy timeout so that a concurrent
/// writer waits instead of failing, foreign keys on, and the service's migrations applied at open.
///
/// Domains never see this type directly: each aggregate has a repository protocol, and its SQLite
/// implementation holds an `AppDatabase`. A PostgreSQL implementation of the same protocols can come later.
public final class AppDatabase: Sendable {
    /// The connection pool. Repositories use `read`/`write`; nothing else should.
    public let writer: any DatabaseWriter
    /// Where the database lives (`:memory:` for an in-memory one).
    public let path: String
    /// Writes of concurrent requests committed together (hot write paths); see ``GroupCommit``.
    public let groupCommit: GroupCommit
    /// Checkpoints off the request path (file databases); see ``WALCheckpointer``.
    private let checkpointer: WALCheckpointer?

    /// Opens (creating if needed) the database at `path` and runs the migrations.
    /// - Parameters:
    ///   - path: file path; its directory is created if missing.
    ///   - busyTimeout: how long a writer waits for a lock held by another connection.
    ///   - migrations: the service's own migrations, registered after the shared ones.
    ///   - checkpointInterval: how often the log is copied into the database by ``WALCheckpointer``.
    public init(
        path: String,
        busyTimeout: Duration = .seconds(5),
        checkpointInterval: Duration = .milliseconds(500),
        migrations: (inout DatabaseMigrator) -> Void = { _ in }
    ) throws {
        let inMemory = path == ":memory:" || path.isEmpty
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)

        var configuration = Configuration()
        configuration.busyMode = .timeout(TimeInterval(busyTimeout.components.seconds))
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // WAL is set by DatabasePool; `synchronous = NORMAL` is the safe pairing with WAL
            // (a commit is durable once the WAL is synced at checkpoint, never corrupt).
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Reads through a memory map of the file rather than a read() per page: a reader connection's page
            // cache starts over after every commit of the writer, which on a busy service is before each read.
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mmapSize)")
            // The checkpointer's thread copies the log into the database; no commit does it (WALCheckpointer).
            if !inMemory { try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        self.writer = pool
        self.path = path
        self.groupCommit = GroupCommit(writer: pool)

        var migrator = DatabaseMigrator()
        Self.registerSharedMigrations(&migrator)
        migrations(&migrator)
        try migrator.migrate(pool)
        self.checkpointer = inMemory ? nil : try WALCheckpointer(path: path, interval: checkpointInterval)
    }

    /// The bytes of the database file each connection reads through a memory map (address space, not memory:
    /// the pages are the kernel's page cache, shared by every connection).
    static let mmapSize = 256 * 1024 * 1024

    /// The journal mode SQLite reports (`wal` for every file database opened here).
    public func journalMode() async throws -> String {
        try await writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// A cheap round trip used by `/health`.
    public func ping() async throws {
        _ = try await writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    // MARK: - Shared migrations

    static func registerSharedMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("shared.v1.processed_messages") { db in
            try db.create(table: "processed_messages") { t in
                t.column("consumer", .text).notNull()
                t.column("message_id", .text).notNull()
                t.column("processed_at", .datetime).notNull()
                t.primaryKey(["consumer", "message_id"])
            }
            try db.create(index: "processed_messages_by_time", on: "processed_messages", columns: ["processed_at"])
        }
    }
}
