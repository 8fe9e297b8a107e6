import CommerceModels
import Foundation
import GRDB
import Storage

/// The tenants' templates (`email_templates`); names are unique per tenant. Every call is scoped by tenant.
struct TemplateStore: Sendable {
    let database: AppDatabase

    func create(_ template: EmailTemplate, tenantId: String) async throws {
        try await database.writer.write { db in
            guard try Self.fetch(db, name: template.name, tenantId: tenantId) == nil else {
                throw APIError.conflict("a template named \(template.name) already exists")
            }
            try db.execute(
                sql: """
                    INSERT INTO email_templates (id, tenant_id, name, subject, html, text, variables, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [template.id, tenantId, template.name, template.subject, template.html, template.text,
                            try JSONColumn.encode(template.variables), template.createdAt, template.updatedAt])
        }
    }

    func list(tenantId: String, page: PageRequest) async throws -> Page<EmailTemplate> {
        let after = try SendingCursor.decode(page.cursor, kind: "t")
        return try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM email_templates WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                arguments: [tenantId, after, page.limit + 1])
            let next = rows.count > page.limit ? SendingCursor.encode(rows[page.limit - 1]["seq"], kind: "t") : nil
            return Page(items: rows.prefix(page.limit).map(Self.template), nextCursor: next)
        }
    }

    func get(id: String, tenantId: String) async throws -> EmailTemplate? {
        try await database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM email_templates WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
                .map(Self.template)
        }
    }

    func find(name: String, tenantId: String) async throws -> EmailTemplate? {
        try await database.writer.read { db in try Self.fetch(db, name: name, tenantId: tenantId) }
    }

    /// Saves an edited template (409 when the new name is taken); false when there is no such template.
    func update(_ template: EmailTemplate, tenantId: String) async throws -> Bool {
        try await database.writer.write { db in
            if let other = try Self.fetch(db, name: template.name, tenantId: tenantId), other.id != template.id {
                throw APIError.conflict("a template named \(template.name) already exists")
            }
            try db.execute(
                sql: """
                    UPDATE email_templates SET name = ?, subject = ?, html = ?, text = ?, variables = ?, updated_at = ?
                    WHERE id = ? AND tenant_id = ?
                    """,
                arguments: [template.name, template.subject, template.html, template.text,
                            try JSONColumn.encode(template.variables), template.updatedAt, template.id, tenantId])
            return db.changesCount > 0
        }
    }

    /// Deletes a template no unsent campaign uses (409 otherwise); false when there is no such template.
    func delete(id: String, tenantId: String) async throws -> Bool {
        try await database.writer.write { db in
            let inUse = try Bool.fetchOne(db, sql: """
                SELECT 1 FROM email_campaigns WHERE tenant_id = ? AND template_id = ? AND status IN ('draft', 'scheduled', 'sending')
                """, arguments: [tenantId, id]) ?? false
            if inUse { throw APIError.conflict("template \(id) is used by a campaign that is not sent yet") }
            try db.execute(sql: "DELETE FROM email_templates WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            return db.changesCount > 0
        }
    }

    static func fetch(_ db: Database, name: String, tenantId: String) throws -> EmailTemplate? {
        try Row.fetchOne(db, sql: "SELECT * FROM email_templates WHERE name = ? AND tenant_id = ?", arguments: [name, tenantId])
            .map(template)
    }

    static func fetch(_ db: Database, id: String, tenantId: String) throws -> EmailTemplate? {
        try Row.fetchOne(db, sql: "SELECT * FROM email_templates WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            .map(template)
    }

    static func template(_ row: Row) -> EmailTemplate {
        EmailTemplate(
            id: row["id"], name: row["name"], subject: row["subject"], html: row["html"], text: row["text"],
            variables: JSONColumn.decode([String].self, row["variables"], default: []),
            createdAt: row["created_at"], updatedAt: row["updated_at"])
    }
}
