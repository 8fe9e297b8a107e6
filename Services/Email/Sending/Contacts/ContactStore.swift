import CommerceModels
import Foundation
import GRDB
import Storage

/// The tenants' contacts on the agent's SQLite database (`email_contacts`). Every call is scoped by tenant.
struct ContactStore: Sendable {
    let database: AppDatabase

    /// Inserts a contact; 409 when the tenant already has one with this email.
    func create(_ contact: Contact, tenantId: String) async throws {
        try await database.writer.write { db in
            guard try Self.find(db, tenantId: tenantId, email: contact.email) == nil else {
                throw APIError.conflict("a contact with email \(contact.email) already exists")
            }
            try Self.insert(db, contact, tenantId: tenantId)
        }
    }

    func list(tenantId: String, page: PageRequest, tag: String?, consent: Consent?, email: String?) async throws -> Page<Contact> {
        let after = try SendingCursor.decode(page.cursor, kind: "c")
        return try await database.writer.read { db in
            var sql = "SELECT * FROM email_contacts WHERE tenant_id = ? AND seq > ?"
            var arguments: StatementArguments = [tenantId, after]
            if let tag {
                sql += " AND EXISTS (SELECT 1 FROM json_each(email_contacts.tags) WHERE json_each.value = ?)"
                arguments += [tag]
            }
            if let consent {
                sql += " AND consent = ?"
                arguments += [consent.rawValue]
            }
            if let email {
                sql += " AND instr(email, ?) > 0"
                arguments += [email.lowercased()]
            }
            sql += " ORDER BY seq LIMIT ?"
            arguments += [page.limit + 1]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let items = rows.prefix(page.limit).map(Self.contact)
            let next = rows.count > page.limit ? SendingCursor.encode(rows[page.limit - 1]["seq"], kind: "c") : nil
            return Page(items: items, nextCursor: next)
        }
    }

    func get(id: String, tenantId: String) async throws -> Contact? {
        try await database.writer.read { db in try Self.fetch(db, id: id, tenantId: tenantId) }
    }

    func find(email: String, tenantId: String) async throws -> Contact? {
        try await database.writer.read { db in try Self.find(db, tenantId: tenantId, email: email.lowercased()) }
    }

    /// The updated contact, or nil when the tenant has none with this id.
    func update(id: String, tenantId: String, changes: ContactChanges, now: Date) async throws -> Contact? {
        try await database.writer.write { db in
            guard var contact = try Self.fetch(db, id: id, tenantId: tenantId) else { return nil }
            if let name = changes.name { contact.name = name }
            if let attributes = changes.attributes { contact.attributes = attributes }
            if let tags = changes.tags { contact.tags = tags }
            if let consent = changes.consent, consent != contact.consent {
                contact.consent = consent
                contact.consentUpdatedAt = now
            }
            contact.updatedAt = now
            try Self.save(db, contact, tenantId: tenantId)
            return contact
        }
    }

    /// Adds tags; returns the contact and the tags it did not have before, or nil when there is no such contact.
    func addTags(id: String, tenantId: String, tags: [String], now: Date) async throws -> (Contact, [String])? {
        try await database.writer.write { db in
            guard var contact = try Self.fetch(db, id: id, tenantId: tenantId) else { return nil }
            let added = tags.filter { !contact.tags.contains($0) }
            guard contact.tags.count + added.count <= 50 else { throw APIError.validation("a contact has at most 50 tags") }
            contact.tags += added
            contact.updatedAt = now
            try Self.save(db, contact, tenantId: tenantId)
            return (contact, added)
        }
    }

    func removeTag(id: String, tenantId: String, tag: String, now: Date) async throws -> Contact? {
        try await database.writer.write { db in
            guard var contact = try Self.fetch(db, id: id, tenantId: tenantId) else { return nil }
            contact.tags.removeAll { $0 == tag }
            contact.updatedAt = now
            try Self.save(db, contact, tenantId: tenantId)
            return contact
        }
    }

    func delete(id: String, tenantId: String) async throws -> Bool {
        try await database.writer.write { db in
            try db.execute(sql: "DELETE FROM email_contacts WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            return db.changesCount > 0
        }
    }

    /// Every attribute name used by the tenant's contacts (what templates may refer to).
    func attributeNames(tenantId: String) async throws -> Set<String> {
        try await database.writer.read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT json_each.key FROM email_contacts, json_each(email_contacts.attributes)
                WHERE email_contacts.tenant_id = ?
                """, arguments: [tenantId]))
        }
    }

    // MARK: - Import

    /// The outcome of an import: rows created, rows that updated an existing contact, ids of the created ones.
    struct ImportResult: Sendable {
        var created: [Contact]
        var updated: Int
    }

    /// Upserts `contacts` in one transaction. An existing contact keeps its id and creation date, gets the new
    /// name and attributes (merged) and tags (added); its consent only changes when it is neither `unsubscribed`
    /// nor `bounced` (an import never re-subscribes someone who left or whose address bounces).
    func importContacts(_ contacts: [Contact], tenantId: String, now: Date) async throws -> ImportResult {
        try await database.writer.write { db in
            var result = ImportResult(created: [], updated: 0)
            for incoming in contacts {
                if var existing = try Self.find(db, tenantId: tenantId, email: incoming.email) {
                    if incoming.name != nil { existing.name = incoming.name }
                    existing.attributes.merge(incoming.attributes) { $1 }
                    existing.tags += incoming.tags.filter { !existing.tags.contains($0) }
                    if existing.consent != .unsubscribed, existing.consent != .bounced, existing.consent != incoming.consent {
                        existing.consent = incoming.consent
                        existing.consentUpdatedAt = now
                    }
                    existing.updatedAt = now
                    try Self.save(db, existing, tenantId: tenantId)
                    result.updated += 1
                } else {
                    try Self.insert(db, incoming, tenantId: tenantId)
                    result.created.append(incoming)
                }
            }
            return result
        }
    }

    // MARK: - Inside transactions (delivery workers)

    /// Marks the tenant's contact with this address `bounced` (a permanent SMTP refusal).
    static func markBounced(_ db: Database, tenantId: String, email: String, now: Date) throws {
        try db.execute(
            sql: "UPDATE email_contacts SET consent = 'bounced', consent_updated_at = ?, updated_at = ? WHERE tenant_id = ? AND email = ?",
            arguments: [now, now, tenantId, email.lowercased()])
    }

    // MARK: - Rows

    static func fetch(_ db: Database, id: String, tenantId: String) throws -> Contact? {
        try Row.fetchOne(db, sql: "SELECT * FROM email_contacts WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            .map(contact)
    }

    static func find(_ db: Database, tenantId: String, email: String) throws -> Contact? {
        try Row.fetchOne(db, sql: "SELECT * FROM email_contacts WHERE tenant_id = ? AND email = ?", arguments: [tenantId, email])
            .map(contact)
    }

    static func insert(_ db: Database, _ contact: Contact, tenantId: String) throws {
        try db.execute(
            sql: """
                INSERT INTO email_contacts (id, tenant_id, email, name, attributes, tags, consent, consent_updated_at,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [contact.id, tenantId, contact.email, contact.name, try JSONColumn.encode(contact.attributes),
                        try JSONColumn.encode(contact.tags), contact.consent.rawValue, contact.consentUpdatedAt,
                        contact.createdAt, contact.updatedAt])
    }

    static func save(_ db: Database, _ contact: Contact, tenantId: String) throws {
        try db.execute(
            sql: """
                UPDATE email_contacts SET name = ?, attributes = ?, tags = ?, consent = ?, consent_updated_at = ?,
                    updated_at = ?
                WHERE id = ? AND tenant_id = ?
                """,
            arguments: [contact.name, try JSONColumn.encode(contact.attributes), try JSONColumn.encode(contact.tags),
                        contact.consent.rawValue, contact.consentUpdatedAt, contact.updatedAt, contact.id, tenantId])
    }

    static func contact(_ row: Row) -> Contact {
        Contact(
            id: row["id"], email: row["email"], name: row["name"],
            attributes: JSONColumn.decode([String: String].self, row["attributes"], default: [:]),
            tags: JSONColumn.decode([String].self, row["tags"], default: []),
            consent: Consent(rawValue: row["consent"]) ?? .pending, consentUpdatedAt: row["consent_updated_at"],
            createdAt: row["created_at"], updatedAt: row["updated_at"])
    }
}
