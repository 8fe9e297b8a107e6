import CommerceModels
import Foundation
import GRDB
import Storage

/// ``AutomationStore`` on the agent's SQLite database: `email_automations` (the definitions, steps as JSON) and
/// `email_automation_enrolments` (one row per contact in an automation: the next node, when it is due, and the
/// claim of the tick running it). All the scheduler's state is here, so a restart resumes where it stopped.
struct SQLiteAutomationStore: AutomationStore {
    let database: AppDatabase

    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {
        migrator.register("email.v1.automations") { db in
            try db.execute(sql: """
                CREATE TABLE email_automations (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    trigger_type TEXT NOT NULL,
                    trigger_value TEXT,
                    steps TEXT NOT NULL,
                    status TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX email_automations_by_tenant ON email_automations(tenant_id, seq);
                CREATE INDEX email_automations_by_trigger ON email_automations(tenant_id, trigger_type, trigger_value, status);
                CREATE TABLE email_automation_enrolments (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    automation_id TEXT NOT NULL REFERENCES email_automations(id),
                    contact_id TEXT NOT NULL,
                    node INTEGER,
                    status TEXT NOT NULL,
                    due_at DATETIME NOT NULL,
                    claim TEXT,
                    lease_until DATETIME,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    enrolled_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX email_enrolments_due ON email_automation_enrolments(status, due_at);
                CREATE INDEX email_enrolments_by_automation ON email_automation_enrolments(automation_id, status);
                -- A contact is in an automation at most once at a time.
                CREATE UNIQUE INDEX email_enrolments_open ON email_automation_enrolments(automation_id, contact_id)
                    WHERE status IN ('waiting', 'running');
                """)
        }
    }

    // MARK: - Definitions

    func create(_ automation: Automation, tenantId: String) async throws {
        let steps = try JSONColumn.encode(automation.steps)
        try await database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO email_automations (id, tenant_id, name, trigger_type, trigger_value, steps, status,
                        created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [automation.id, tenantId, automation.name, automation.trigger.type, automation.trigger.value,
                            steps, automation.status.rawValue, automation.createdAt, automation.updatedAt])
        }
    }

    func list(tenantId: String, page: PageRequest, status: Automation.Status?) async throws -> Page<Automation> {
        let after = try SendingCursor.decode(page.cursor, kind: "a")
        return try await database.writer.read { db in
            var sql = "SELECT * FROM email_automations WHERE tenant_id = ? AND seq > ?"
            var arguments: StatementArguments = [tenantId, after]
            if let status {
                sql += " AND status = ?"
                arguments += [status.rawValue]
            }
            sql += " ORDER BY seq LIMIT ?"
            arguments += [page.limit + 1]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let items = try rows.prefix(page.limit).map(Self.automation)
            let next = rows.count > page.limit ? SendingCursor.encode(rows[page.limit - 1]["seq"], kind: "a") : nil
            return Page(items: items, nextCursor: next)
        }
    }

    func get(id: String, tenantId: String) async throws -> Automation? {
        try await database.writer.read { db in try Self.fetch(db, id: id, tenantId: tenantId, withCounts: true) }
    }

    func transition(id: String, tenantId: String, from: Automation.Status, to: Automation.Status, now: Date) async throws -> Automation? {
        try await database.writer.write { db in
            guard let current = try Self.fetch(db, id: id, tenantId: tenantId, withCounts: false) else { return nil }
            guard current.status == from else {
                throw APIError.conflict("automation \(id) is \(current.status.rawValue), not \(from.rawValue)")
            }
            try db.execute(
                sql: "UPDATE email_automations SET status = ?, updated_at = ? WHERE id = ? AND tenant_id = ?",
                arguments: [to.rawValue, now, id, tenantId])
            return try Self.fetch(db, id: id, tenantId: tenantId, withCounts: true)
        }
    }

    func missingTemplates(_ templateIds: [String], tenantId: String) async throws -> [String] {
        let unique = Array(Set(templateIds))
        guard !unique.isEmpty else { return [] }
        return try await database.writer.read { db in
            let placeholders = Array(repeating: "?", count: unique.count).joined(separator: ",")
            var arguments: StatementArguments = [tenantId]
            arguments += StatementArguments(unique)
            let found = Set(try String.fetchAll(
                db, sql: "SELECT id FROM email_templates WHERE tenant_id = ? AND id IN (\(placeholders))", arguments: arguments))
            return templateIds.filter { !found.contains($0) }
        }
    }

    // MARK: - Enrolments

    @discardableResult
    func enrol(tenantId: String, contactId: String, trigger: AutomationTrigger, now: Date) async throws -> Int {
        try await database.writer.write { db in
            var sql = "SELECT id FROM email_automations WHERE tenant_id = ? AND trigger_type = ? AND status = 'active'"
            var arguments: StatementArguments = [tenantId, trigger.type]
            if let value = trigger.value {
                sql += " AND trigger_value = ?"
                arguments += [value]
            }
            let automations = try String.fetchAll(db, sql: sql, arguments: arguments)
            var enrolled = 0
            for automationId in automations {
                let steps = try String.fetchOne(db, sql: "SELECT steps FROM email_automations WHERE id = ?", arguments: [automationId])
                let program = AutomationProgram(steps: JSONColumn.decode([AutomationStep].self, steps, default: []))
                guard let entry = program.entry else { continue }
                // The partial unique index refuses a second open enrolment of the same contact: ignored.
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO email_automation_enrolments (id, tenant_id, automation_id, contact_id, node,
                            status, due_at, enrolled_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?)
                        """,
                    arguments: [UUID().uuidString.lowercased(), tenantId, automationId, contactId, entry, now, now, now])
                enrolled += db.changesCount
            }
            return enrolled
        }
    }

    func claimDue(now: Date, leaseUntil: Date, limit: Int) async throws -> [ClaimedEnrolment] {
        try await database.writer.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.tenant_id, e.automation_id, e.contact_id, e.node, e.attempts, a.steps
                    FROM email_automation_enrolments e JOIN email_automations a ON a.id = e.automation_id
                    WHERE a.status = 'active'
                      AND ((e.status = 'waiting' AND e.due_at <= ?) OR (e.status = 'running' AND e.lease_until <= ?))
                    ORDER BY e.due_at LIMIT ?
                    """,
                arguments: [now.databaseTimestamp, now.databaseTimestamp, limit])
            return try rows.map { row in
                let claim = UUID().uuidString.lowercased()
                let id: String = row["id"]
                try db.execute(
                    sql: """
                        UPDATE email_automation_enrolments SET status = 'running', claim = ?, lease_until = ?, updated_at = ?
                        WHERE id = ?
                        """,
                    arguments: [claim, leaseUntil, now, id])
                return ClaimedEnrolment(
                    id: id, tenantId: row["tenant_id"], automationId: row["automation_id"], contactId: row["contact_id"],
                    node: row["node"], attempts: row["attempts"], claim: claim,
                    steps: JSONColumn.decode([AutomationStep].self, row["steps"], default: []))
            }
        }
    }

    func save(_ enrolment: ClaimedEnrolment, progress: EnrolmentProgress, now: Date) async throws -> Bool {
        let (status, node, due, attempts, error): (String, Int?, Date, Int, String?) = switch progress {
        case .waiting(let node, let dueAt): ("waiting", node, dueAt, 0, nil)
        case .completed: ("completed", nil, now, enrolment.attempts, nil)
        case .retry(let node, let retryAt, let error): ("waiting", node, retryAt, enrolment.attempts + 1, error)
        case .failed(let error): ("failed", enrolment.node, now, enrolment.attempts + 1, error)
        }
        return try await database.writer.write { db in
            try db.execute(
                sql: """
                    UPDATE email_automation_enrolments SET status = ?, node = ?, due_at = ?, attempts = ?,
                        last_error = COALESCE(?, last_error), claim = NULL, lease_until = NULL, updated_at = ?
                    WHERE id = ? AND claim = ?
                    """,
                arguments: [status, node, due, attempts, error, now, enrolment.id, enrolment.claim])
            return db.changesCount > 0
        }
    }

    func advance(_ enrolment: ClaimedEnrolment, to node: Int, now: Date) async throws -> Bool {
        try await database.writer.write { db in
            try db.execute(
                sql: "UPDATE email_automation_enrolments SET node = ?, updated_at = ? WHERE id = ? AND claim = ?",
                arguments: [node, now, enrolment.id, enrolment.claim])
            return db.changesCount > 0
        }
    }

    // MARK: - Rows

    private static func fetch(_ db: Database, id: String, tenantId: String, withCounts: Bool) throws -> Automation? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT * FROM email_automations WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
        else { return nil }
        var automation = try Self.automation(row)
        if withCounts {
            var counts = ["waiting": 0, "running": 0, "completed": 0, "failed": 0]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT status, COUNT(*) AS n FROM email_automation_enrolments WHERE automation_id = ? GROUP BY status",
                arguments: [id]) {
                let status: String = row["status"]
                counts[status] = row["n"] as Int
            }
            automation.enrolments = counts
        }
        return automation
    }

    private static func automation(_ row: Row) throws -> Automation {
        let type: String = row["trigger_type"]
        guard let trigger = AutomationTrigger(type: type, value: row["trigger_value"]),
              let status = Automation.Status(rawValue: row["status"])
        else { throw APIError.internal("automation \(row["id"] as String? ?? "?") is unreadable") }
        return Automation(
            id: row["id"], name: row["name"], trigger: trigger,
            steps: JSONColumn.decode([AutomationStep].self, row["steps"], default: []), status: status,
            createdAt: row["created_at"], updatedAt: row["updated_at"], enrolments: nil)
    }
}
