import Auth
import CommerceModels
import Foundation
import GRDB
import Storage

/// ``IdentityStore`` on the gateway's SQLite database.
struct SQLiteIdentityStore: IdentityStore {
    let database: AppDatabase

    /// The gateway's tables; identifiers never change once shipped.
    static func registerMigrations(_ builder: inout DatabaseMigratorBuilder) {
        builder.register("gateway.v1.identity") { db in
            try db.execute(sql: """
                CREATE TABLE tenants (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    plan TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                );
                CREATE TABLE users (
                    id TEXT PRIMARY KEY NOT NULL,
                    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX users_by_tenant ON users(tenant_id);
                CREATE TABLE refresh_tokens (
                    id TEXT PRIMARY KEY NOT NULL,
                    family_id TEXT NOT NULL,
                    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    tenant_id TEXT NOT NULL,
                    token_hash TEXT NOT NULL UNIQUE,
                    created_at DATETIME NOT NULL,
                    expires_at DATETIME NOT NULL,
                    used_at DATETIME,
                    revoked_at DATETIME
                );
                CREATE INDEX refresh_tokens_by_family ON refresh_tokens(family_id);
                CREATE INDEX refresh_tokens_by_user ON refresh_tokens(user_id);
                CREATE TABLE api_keys (
                    id TEXT PRIMARY KEY NOT NULL,
                    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    prefix TEXT NOT NULL,
                    key_hash TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL,
                    created_by TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    revoked_at DATETIME
                );
                CREATE INDEX api_keys_by_tenant ON api_keys(tenant_id);
                """)
        }
    }

    // MARK: - Tenants

    func createTenant(_ tenant: Tenant, admin: User) async throws {
        try await write { db in
            try db.execute(
                sql: "INSERT INTO tenants (id, name, plan, created_at) VALUES (?, ?, ?, ?)",
                arguments: [tenant.id, tenant.name, tenant.plan, tenant.createdAt])
            try Self.insert(admin, db)
        }
    }

    func tenant(id: String) async throws -> Tenant? {
        try await database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM tenants WHERE id = ?", arguments: [id]).map(Self.tenant)
        }
    }

    func tenants(page: PageRequest) async throws -> Page<Tenant> {
        let after = try Cursor.decode(page.cursor)
        return try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT rowid AS seq, * FROM tenants WHERE rowid > ? ORDER BY rowid LIMIT ?",
                arguments: [after, page.limit + 1])
            return Self.page(rows, limit: page.limit, map: Self.tenant)
        }
    }

    // MARK: - Users

    func createUser(_ user: User) async throws {
        try await write { db in try Self.insert(user, db) }
    }

    func user(email: String) async throws -> User? {
        try await database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM users WHERE email = ?", arguments: [email]).map(Self.user)
        }
    }

    func user(id: String, tenantId: String) async throws -> User? {
        try await database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM users WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
                .map(Self.user)
        }
    }

    func users(tenantId: String, page: PageRequest) async throws -> Page<UserView> {
        let after = try Cursor.decode(page.cursor)
        return try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT rowid AS seq, * FROM users WHERE tenant_id = ? AND rowid > ? ORDER BY rowid LIMIT ?",
                arguments: [tenantId, after, page.limit + 1])
            return Self.page(rows, limit: page.limit) { UserView(Self.user($0)) }
        }
    }

    // MARK: - Refresh tokens

    func storeRefreshToken(hash: String, record: RefreshTokenRecord) async throws {
        try await database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO refresh_tokens (id, family_id, user_id, tenant_id, token_hash, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [record.id, record.familyId, record.userId, record.tenantId, hash, Date(), record.expiresAt])
        }
    }

    func redeemRefreshToken(hash: String, now: Date) async throws -> RefreshOutcome {
        // One write transaction: two concurrent redemptions of the same token cannot both succeed.
        try await database.writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM refresh_tokens WHERE token_hash = ?", arguments: [hash]) else {
                return .invalid
            }
            let familyId: String = row["family_id"]
            let usedAt: Date? = row["used_at"]
            let revokedAt: Date? = row["revoked_at"]
            if usedAt != nil || revokedAt != nil {
                try db.execute(
                    sql: "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                    arguments: [now, familyId])
                return .reused
            }
            let expiresAt: Date = row["expires_at"]
            guard expiresAt > now else { return .invalid }
            let userId: String = row["user_id"]
            let tenantId: String = row["tenant_id"]
            guard let userRow = try Row.fetchOne(
                db, sql: "SELECT * FROM users WHERE id = ? AND tenant_id = ?", arguments: [userId, tenantId])
            else { return .invalid }
            try db.execute(sql: "UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?", arguments: [now, hash])
            return .rotated(user: Self.user(userRow), familyId: familyId)
        }
    }

    func revokeRefreshFamily(hash: String, userId: String, now: Date) async throws -> Bool {
        try await database.writer.write { db in
            guard let familyId = try String.fetchOne(
                db, sql: "SELECT family_id FROM refresh_tokens WHERE token_hash = ? AND user_id = ?", arguments: [hash, userId])
            else { return false }
            try db.execute(
                sql: "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                arguments: [now, familyId])
            return true
        }
    }

    func revokeAllRefreshTokens(userId: String, now: Date) async throws {
        try await database.writer.write { db in
            try db.execute(
                sql: "UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", arguments: [now, userId])
        }
    }

    // MARK: - API keys

    func storeAPIKey(_ record: APIKeyRecord, hash: String) async throws {
        try await database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO api_keys (id, tenant_id, name, prefix, key_hash, role, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [record.id, record.tenantId, record.name, record.prefix, hash, record.role.rawValue,
                            record.createdBy, record.createdAt])
        }
    }

    func apiKey(hash: String) async throws -> APIKeyRecord? {
        try await database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL", arguments: [hash])
                .map(Self.apiKey)
        }
    }

    func apiKeys(tenantId: String) async throws -> [APIKeyRecord] {
        try await database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM api_keys WHERE tenant_id = ? ORDER BY rowid", arguments: [tenantId])
                .map(Self.apiKey)
        }
    }

    func revokeAPIKey(id: String, tenantId: String, now: Date) async throws -> String? {
        try await database.writer.write { db in
            guard let hash = try String.fetchOne(
                db, sql: "SELECT key_hash FROM api_keys WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            else { return nil }
            try db.execute(
                sql: "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", arguments: [now, id])
            return hash
        }
    }

    // MARK: - Rows

    private func write(_ work: @escaping @Sendable (Database) throws -> Void) async throws {
        do {
            try await database.writer.write(work)
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw APIError.conflict("an account with this email already exists")
        }
    }

    private static func insert(_ user: User, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO users (id, tenant_id, email, name, role, password_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [user.id, user.tenantId, user.email, user.name, user.role.rawValue, user.passwordHash, user.createdAt])
    }

    private static func tenant(_ row: Row) -> Tenant {
        Tenant(id: row["id"], name: row["name"], plan: row["plan"], createdAt: row["created_at"])
    }

    private static func user(_ row: Row) -> User {
        User(
            id: row["id"], tenantId: row["tenant_id"], email: row["email"], name: row["name"],
            role: Role(rawValue: row["role"]) ?? .customer, passwordHash: row["password_hash"], createdAt: row["created_at"])
    }

    private static func apiKey(_ row: Row) -> APIKeyRecord {
        APIKeyRecord(
            id: row["id"], tenantId: row["tenant_id"], name: row["name"], prefix: row["prefix"],
            role: Role(rawValue: row["role"]) ?? .agent, createdBy: row["created_by"], createdAt: row["created_at"],
            revokedAt: row["revoked_at"])
    }

    private static func page<T: Codable & Sendable>(_ rows: [Row], limit: Int, map: (Row) -> T) -> Page<T> {
        let items = rows.prefix(limit).map(map)
        let next: String? = rows.count > limit ? Cursor.encode(rows[limit - 1]["seq"] as Int64) : nil
        return Page(items: items, nextCursor: next)
    }
}

/// Opaque list cursors: the base64url of the last row's sequence number.
enum Cursor {
    static func encode(_ sequence: Int64) -> String { Base64URL.encode(Array("s:\(sequence)".utf8)) }

    static func decode(_ cursor: String?) throws -> Int64 {
        guard let cursor else { return 0 }
        guard let bytes = Base64URL.decode(cursor.utf8), let text = String(bytes: bytes, encoding: .utf8),
              text.hasPrefix("s:"), let value = Int64(text.dropFirst(2)), value >= 0
        else { throw APIError.validation("cursor is malformed") }
        return value
    }
}
