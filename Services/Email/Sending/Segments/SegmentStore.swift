import CommerceModels
import Foundation
import GRDB
import Hummingbird
import Storage

/// The tenants' segments (`email_segments`, rules stored as JSON) and the contacts they select.
struct SegmentStore: Sendable {
    let database: AppDatabase

    struct Definition: Codable {
        var match: SegmentMatch
        var rules: [SegmentRule]
    }

    func create(_ segment: Segment, tenantId: String) async throws {
        let definition = try JSONColumn.encode(Definition(match: segment.match, rules: segment.rules))
        try await database.writer.write { db in
            try db.execute(
                sql: "INSERT INTO email_segments (id, tenant_id, name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [segment.id, tenantId, segment.name, definition, segment.createdAt, segment.updatedAt])
        }
    }

    func list(tenantId: String, page: PageRequest) async throws -> Page<Segment> {
        let after = try SendingCursor.decode(page.cursor, kind: "s")
        return try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM email_segments WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                arguments: [tenantId, after, page.limit + 1])
            let next = rows.count > page.limit ? SendingCursor.encode(rows[page.limit - 1]["seq"], kind: "s") : nil
            return Page(items: rows.prefix(page.limit).map(Self.segment), nextCursor: next)
        }
    }

    func get(id: String, tenantId: String) async throws -> Segment? {
        try await database.writer.read { db in try Self.fetch(db, id: id, tenantId: tenantId) }
    }

    func update(_ segment: Segment, tenantId: String) async throws -> Bool {
        let definition = try JSONColumn.encode(Definition(match: segment.match, rules: segment.rules))
        return try await database.writer.write { db in
            try db.execute(
                sql: "UPDATE email_segments SET name = ?, definition = ?, updated_at = ? WHERE id = ? AND tenant_id = ?",
                arguments: [segment.name, definition, segment.updatedAt, segment.id, tenantId])
            return db.changesCount > 0
        }
    }

    func delete(id: String, tenantId: String) async throws -> Bool {
        try await database.writer.write { db in
            let inUse = try Bool.fetchOne(db, sql: """
                SELECT 1 FROM email_campaigns WHERE tenant_id = ? AND segment_id = ? AND status IN ('draft', 'scheduled', 'sending')
                """, arguments: [tenantId, id]) ?? false
            if inUse { throw APIError.conflict("segment \(id) is used by a campaign that is not sent yet") }
            try db.execute(sql: "DELETE FROM email_segments WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            return db.changesCount > 0
        }
    }

    /// One page of the segment's contacts, with how many match in all and how many of those may be mailed.
    func contacts(of segment: Segment, tenantId: String, page: PageRequest, now: Date) async throws -> SegmentContacts {
        let query = try SegmentQuery.compile(match: segment.match, rules: segment.rules, now: now)
        let after = try SendingCursor.decode(page.cursor, kind: "sc")
        return try await database.writer.read { db in
            let base = "FROM email_contacts c WHERE c.tenant_id = ? AND (\(query.sql))"
            let count = try Int.fetchOne(db, sql: "SELECT count(*) \(base)", arguments: [tenantId] + query.arguments) ?? 0
            let consenting = try Int.fetchOne(
                db, sql: "SELECT count(*) \(base) AND c.consent = 'subscribed'", arguments: [tenantId] + query.arguments) ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT c.* \(base) AND c.seq > ? ORDER BY c.seq LIMIT ?",
                arguments: [tenantId] + query.arguments + [after, page.limit + 1])
            let next = rows.count > page.limit ? SendingCursor.encode(rows[page.limit - 1]["seq"], kind: "sc") : nil
            return SegmentContacts(count: count, consentingCount: consenting,
                                   items: rows.prefix(page.limit).map(ContactStore.contact), nextCursor: next)
        }
    }

    /// The consenting contacts of a segment (ids and addresses), inside a transaction: what a campaign sends to.
    static func consentingContacts(_ db: Database, segment: Segment, tenantId: String, now: Date) throws -> [(id: String, email: String)] {
        let query = try SegmentQuery.compile(match: segment.match, rules: segment.rules, now: now)
        return try Row.fetchAll(
            db, sql: "SELECT c.id, c.email FROM email_contacts c WHERE c.tenant_id = ? AND c.consent = 'subscribed' AND (\(query.sql)) ORDER BY c.seq",
            arguments: [tenantId] + query.arguments
        ).map { (id: $0["id"], email: $0["email"]) }
    }

    static func fetch(_ db: Database, id: String, tenantId: String) throws -> Segment? {
        try Row.fetchOne(db, sql: "SELECT * FROM email_segments WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            .map(segment)
    }

    static func segment(_ row: Row) -> Segment {
        let definition = JSONColumn.decode(Definition.self, row["definition"], default: Definition(match: .all, rules: []))
        return Segment(id: row["id"], name: row["name"], match: definition.match, rules: definition.rules,
                       createdAt: row["created_at"], updatedAt: row["updated_at"])
    }
}

/// `GET /api/email/segments/{id}/contacts`: a page of the matching contacts and the counts.
struct SegmentContacts: Codable, Sendable, ResponseEncodable {
    var count: Int
    var consentingCount: Int
    var items: [Contact]
    var nextCursor: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(count, forKey: .count)
        try container.encode(consentingCount, forKey: .consentingCount)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}
