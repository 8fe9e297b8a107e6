import Foundation
import GRDB
import Storage
import TestSupport
import Testing

@Suite("AppDatabase")
struct AppDatabaseTests {
    @Test("a file database runs in WAL mode with its migrations applied")
    func walAndMigrations() async throws {
        let (database, directory) = try AppDatabase.temporary { migrations in
            migrations.register("test.v1.notes") { db in
                try db.create(table: "notes") { t in
                    t.primaryKey("id", .text)
                    t.column("body", .text).notNull()
                }
            }
        }
        defer { directory.remove() }
        #expect(try await database.journalMode() == "wal")
        let tables = try await database.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables.contains("notes"))
        #expect(tables.contains("processed_messages"))
        #expect(tables.contains("grdb_migrations"))
    }

    @Test("reopening applies only new migrations and keeps the data")
    func reopenKeepsData() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("svc.sqlite").path
        do {
            let database = try AppDatabase(path: path) { m in
                m.registerMigration("v1") { db in try db.execute(sql: "CREATE TABLE t (v INTEGER)") }
            }
            try await database.writer.write { db in try db.execute(sql: "INSERT INTO t VALUES (42)") }
        }
        let reopened = try AppDatabase(path: path) { m in
            m.registerMigration("v1") { db in try db.execute(sql: "CREATE TABLE t (v INTEGER)") }
            m.registerMigration("v2") { db in try db.execute(sql: "ALTER TABLE t ADD COLUMN w INTEGER DEFAULT 7") }
        }
        let row = try reopened.writer.read { db in try Row.fetchOne(db, sql: "SELECT v, w FROM t") }
        #expect(row?["v"] == 42)
        #expect(row?["w"] == 7)
    }

    @Test("commits never copy the log into the database; the checkpointer's thread does, within its interval")
    func checkpointsOffTheCommitPath() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        func fileSize(_ path: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        }
        // 8 MiB of rows: twice SQLite's automatic checkpoint threshold (1000 pages of log).
        func fill(_ database: AppDatabase) async throws {
            try await database.writer.write { db in try db.execute(sql: "CREATE TABLE blobs (body BLOB)") }
            for _ in 0..<8 {
                try await database.writer.write { db in
                    for _ in 0..<1024 {
                        try db.execute(sql: "INSERT INTO blobs VALUES (randomblob(1024))")
                    }
                }
            }
        }
        // A checkpointer that does not come round during the test: the database file stays as the migrations
        // left it, the 8 MiB wait in the log (a commit would have checkpointed past 4 MiB).
        let idlePath = directory.url.appendingPathComponent("idle.sqlite").path
        let idle = try AppDatabase(path: idlePath, checkpointInterval: .seconds(3600))
        try await fill(idle)
        #expect(fileSize(idlePath) < 1 << 20)
        #expect(fileSize(idlePath + "-wal") > 8 << 20)

        // Every 50 ms: the rows reach the database file without any commit copying them.
        let busyPath = directory.url.appendingPathComponent("busy.sqlite").path
        let busy = try AppDatabase(path: busyPath, checkpointInterval: .milliseconds(50))
        try await fill(busy)
        let deadline = ContinuousClock.now + .seconds(10)
        while fileSize(busyPath) <= 8 << 20, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(fileSize(busyPath) > 8 << 20, "the log copied into the database")
        #expect(try await busy.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM blobs") } == 8192)
    }

    @Test("processOnce runs the work once per message id and consumer, atomically with its record")
    func processOnce() async throws {
        let (database, directory) = try AppDatabase.temporary { m in
            m.register("test.v1.effects") { db in try db.execute(sql: "CREATE TABLE effects (message_id TEXT)") }
        }
        defer { directory.remove() }
        let first = try await database.processOnce(messageId: "m-1", consumer: "mailer") { db in
            try db.execute(sql: "INSERT INTO effects VALUES ('m-1')")
            return "done"
        }
        let again = try await database.processOnce(messageId: "m-1", consumer: "mailer") { db in
            try db.execute(sql: "INSERT INTO effects VALUES ('m-1')")
            return "done twice"
        }
        let otherConsumer = try await database.processOnce(messageId: "m-1", consumer: "auditor") { _ in "other" }
        #expect(first == "done")
        #expect(again == nil)
        #expect(otherConsumer == "other")
        let count = try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM effects") }
        #expect(count == 1)

        // Work that fails leaves no record: the redelivery will do it.
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            _ = try await database.processOnce(messageId: "m-2", consumer: "mailer") { db in
                try db.execute(sql: "INSERT INTO effects VALUES ('m-2')")
                throw Boom()
            }
        }
        #expect(try await database.hasProcessed(messageId: "m-2", consumer: "mailer") == false)
        let afterFailure = try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM effects") }
        #expect(afterFailure == 1)
    }

    @Test("concurrent redeliveries of one message do the work once")
    func concurrentProcessOnce() async throws {
        let (database, directory) = try AppDatabase.temporary { m in
            m.register("test.v1.counter") { db in
                try db.execute(sql: "CREATE TABLE counter (n INTEGER)")
                try db.execute(sql: "INSERT INTO counter VALUES (0)")
            }
        }
        defer { directory.remove() }
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    try await database.processOnce(messageId: "dup", consumer: "c") { db in
                        try db.execute(sql: "UPDATE counter SET n = n + 1")
                    } != nil
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 1)
        let n = try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT n FROM counter") }
        #expect(n == 1)
    }

    @Test("pruning forgets only old processed ids")
    func prune() async throws {
        let (database, directory) = try AppDatabase.temporary()
        defer { directory.remove() }
        _ = try await database.processOnce(messageId: "old", consumer: "c") { _ in 1 }
        let removedNow = try await database.pruneProcessedMessages(olderThan: .seconds(3600))
        #expect(removedNow == 0)
        let removedLater = try await database.pruneProcessedMessages(olderThan: .seconds(3600), now: Date().addingTimeInterval(7200))
        #expect(removedLater == 1)
        #expect(try await database.hasProcessed(messageId: "old", consumer: "c") == false)
    }
}

/// `Date.databaseTimestamp` is the text GRDB stores for a `Date`, so comparisons with stored dates hold.
@Suite struct DatabaseTimestampTests {
    @Test func sameTextAsGRDB() throws {
        var generator = SystemRandomNumberGenerator()
        var dates = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: 951_782_400.999),
                     Date(timeIntervalSince1970: 4_107_542_399.123), Date(timeIntervalSince1970: -2_208_988_800.5), Date()]
        for _ in 0..<2000 { dates.append(Date(timeIntervalSince1970: Double.random(in: -3e9...5e9, using: &generator))) }
        for date in dates {
            let stored = try #require(String.fromDatabaseValue(date.databaseValue))
            #expect(date.databaseTimestamp == stored, "\(date.timeIntervalSince1970)")
        }
    }
}
