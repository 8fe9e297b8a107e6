import Auth
import CommerceModels
import Foundation
import GRDB
import Storage

/// ``FAQStore`` on the agent's SQLite database. Tags are stored as a JSON array.
struct SQLiteFAQStore: FAQStore {
    let database: AppDatabase
    /// Told the tenant id after each committed change of its entries (the answer path's knowledge cache).
    var changed: @Sendable (String) -> Void = { _ in }

    static func registerMigrations(_ builder: inout DatabaseMigratorBuilder) {
        builder.register("sav.v1.faqs") { db in
            try db.execute(sql: """
                CREATE TABLE faqs (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    question TEXT NOT NULL,
                    answer TEXT NOT NULL,
                    tags TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX faqs_by_tenant ON faqs(tenant_id, seq);
                """)
        }
    }

    func create(_ faq: FAQ, tenantId: String) async throws {
        let tags = try Self.encode(faq.tags)
        try await database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO faqs (id, tenant_id, question, answer, tags, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [faq.id, tenantId, faq.question, faq.answer, tags, faq.createdAt, faq.updatedAt])
        }
        changed(tenantId)
    }

    func list(tenantId: String, page: PageRequest, tag: String?) async throws -> Page<FAQ> {
        let after = try Self.decodeCursor(page.cursor)
        return try await database.writer.read { db in
            var sql = "SELECT * FROM faqs WHERE tenant_id = ? AND seq > ?"
            var arguments: StatementArguments = [tenantId, after]
            if let tag {
                sql += " AND EXISTS (SELECT 1 FROM json_each(faqs.tags) WHERE json_each.value = ?)"
                arguments += [tag]
            }
            sql += " ORDER BY seq LIMIT ?"
            arguments += [page.limit + 1]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let items = try rows.prefix(page.limit).map(Self.faq)
            let next = rows.count > page.limit ? Self.encodeCursor(rows[page.limit - 1]["seq"]) : nil
            return Page(items: items, nextCursor: next)
        }
    }

    func get(id: String, tenantId: String) async throws -> FAQ? {
        try await database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM faqs WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
                .map(Self.faq)
        }
    }

    func update(id: String, tenantId: String, changes: FAQChanges, now: Date) async throws -> FAQ? {
        let tags = try changes.tags.map(Self.encode)
        let updated = try await database.writer.write { db -> FAQ? in
            try db.execute(
                sql: """
                    UPDATE faqs SET question = COALESCE(?, question), answer = COALESCE(?, answer),
                        tags = COALESCE(?, tags), updated_at = ?
                    WHERE id = ? AND tenant_id = ?
                    """,
                arguments: [changes.question, changes.answer, tags, now, id, tenantId])
            guard db.changesCount > 0 else { return nil }
            return try Row.fetchOne(db, sql: "SELECT * FROM faqs WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
                .map(Self.faq)
        }
        if updated != nil { changed(tenantId) }
        return updated
    }

    func delete(id: String, tenantId: String) async throws -> Bool {
        let deleted = try await database.writer.write { db in
            try db.execute(sql: "DELETE FROM faqs WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            return db.changesCount > 0
        }
        if deleted { changed(tenantId) }
        return deleted
    }

    // MARK: - Rows

    private static func faq(_ row: Row) throws -> FAQ {
        let tagsJSON: String = row["tags"]
        return FAQ(
            id: row["id"], question: row["question"], answer: row["answer"],
            tags: (try? JSONDecoder().decode([String].self, from: Data(tagsJSON.utf8))) ?? [],
            createdAt: row["created_at"], updatedAt: row["updated_at"])
    }

    private static func encode(_ tags: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
    }

    private static func encodeCursor(_ seq: Int64) -> String { Base64URL.encode(Array("f:\(seq)".utf8)) }

    private static func decodeCursor(_ cursor: String?) throws -> Int64 {
        guard let cursor else { return 0 }
        guard let bytes = Base64URL.decode(cursor.utf8), let text = String(bytes: bytes, encoding: .utf8),
              text.hasPrefix("f:"), let value = Int64(text.dropFirst(2)), value >= 0
        else { throw APIError.validation("cursor is malformed") }
        return value
    }
}
