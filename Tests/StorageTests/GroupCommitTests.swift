import CommerceModels
import Foundation
import GRDB
import Storage
import TestSupport
import Testing

@Suite("GroupCommit")
struct GroupCommitTests {
    struct Refused: Error {}

    static func database() throws -> (AppDatabase, TemporaryDirectory) {
        try AppDatabase.temporary { migrations in
            migrations.register("test.v1.rows") { db in
                try db.execute(sql: "CREATE TABLE rows (id TEXT PRIMARY KEY, n INTEGER NOT NULL)")
            }
        }
    }

    @Test("concurrent writes are committed in fewer transactions than writes, each with its own result")
    func batchesConcurrentWrites() async throws {
        let (database, directory) = try Self.database()
        defer { directory.remove() }
        let commits = Counter()
        database.writer.add(transactionObserver: commits, extent: .databaseLifetime)

        let results = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for n in 0..<400 {
                group.addTask {
                    let stored = try await database.groupCommit.write { db in
                        try db.execute(sql: "INSERT INTO rows (id, n) VALUES (?, ?)", arguments: ["row-\(n)", n])
                        return try Int.fetchOne(db, sql: "SELECT n FROM rows WHERE id = ?", arguments: ["row-\(n)"]) ?? -1
                    }
                    return (n, stored)
                }
            }
            var results: [Int: Int] = [:]
            for try await (n, stored) in group { results[n] = stored }
            return results
        }
        #expect(results.count == 400)
        #expect(results.allSatisfy { $0.key == $0.value })
        let count = try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM rows") }
        #expect(count == 400)
        // 400 writes from 400 tasks: batched, they take far fewer commits than one each.
        #expect(commits.value < 400)
        #expect(commits.value >= 1)
    }

    @Test("a write that throws is rolled back alone; the writes batched with it commit")
    func failureIsIsolated() async throws {
        let (database, directory) = try Self.database()
        defer { directory.remove() }
        let outcomes = await withTaskGroup(of: (Int, Bool).self) { group in
            for n in 0..<60 {
                group.addTask {
                    do {
                        try await database.groupCommit.write { db in
                            try db.execute(sql: "INSERT INTO rows (id, n) VALUES (?, ?)", arguments: ["row-\(n)", n])
                            if n % 3 == 0 { throw Refused() }
                        }
                        return (n, true)
                    } catch {
                        return (n, false)
                    }
                }
            }
            var outcomes: [Int: Bool] = [:]
            for await (n, ok) in group { outcomes[n] = ok }
            return outcomes
        }
        let stored = try await database.writer.read { db in try Set(Int.fetchAll(db, sql: "SELECT n FROM rows")) }
        for n in 0..<60 {
            #expect(outcomes[n] == (n % 3 != 0))
            #expect(stored.contains(n) == (n % 3 != 0), "row \(n)")
        }
    }

    @Test("a write resumes only after its transaction committed: another connection sees it at once")
    func resumesAfterCommit() async throws {
        let (database, directory) = try Self.database()
        defer { directory.remove() }
        for n in 0..<20 {
            try await database.groupCommit.write { db in
                try db.execute(sql: "INSERT INTO rows (id, n) VALUES (?, ?)", arguments: ["row-\(n)", n])
            }
            let seen = try await database.writer.read { db in
                try Int.fetchOne(db, sql: "SELECT n FROM rows WHERE id = ?", arguments: ["row-\(n)"])
            }
            #expect(seen == n)
        }
    }

    @Test("time-ordered ids are version-7 UUIDs that sort in creation order")
    func timeOrderedIDs() {
        let ids = (0..<1000).map { TimeOrderedID.make(milliseconds: 1_764_400_000_000 + UInt64($0 / 10)) }
        for id in ids {
            let uuid = UUID(uuidString: id)
            #expect(uuid != nil)
            #expect(id == id.lowercased())
            #expect(Array(id.utf8)[14] == UInt8(ascii: "7"))
            #expect(["8", "9", "a", "b"].contains(String(Array(id)[19])))
        }
        #expect(Set(ids).count == ids.count)
        // Different milliseconds sort in order; ids of the same millisecond share the time prefix.
        for index in stride(from: 10, to: ids.count, by: 10) { #expect(ids[index - 1] < ids[index]) }
        #expect(ids[0].hasPrefix("019ace6f-6c00"))
    }

    @Test("hex text of bytes: two lowercase digits per byte, as String(format: \"%02x\") wrote them")
    func hexText() {
        let bytes: [UInt8] = [0x00, 0x0f, 0x10, 0x7f, 0x80, 0xab, 0xff]
        #expect(Hex.encode(bytes) == "000f107f80abff")
        #expect(Hex.encode([UInt8]()) == "")
        let all = (0...255).map { UInt8($0) }
        #expect(Hex.encode(all) == all.map { String(format: "%02x", $0) }.joined())
    }
}

/// Counts committed transactions.
final class Counter: TransactionObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var commits = 0
    var value: Int { lock.withLock { commits } }
    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseDidCommit(_ db: Database) { lock.withLock { commits += 1 } }
    func databaseDidRollback(_ db: Database) {}
}
