import CommerceModels
import Foundation
import GRDB
import LLM
import Storage

/// ``ConversationStore`` on the agent's SQLite database (tables `conversations`, `conversation_messages`,
/// `outbox`, `channel_settings`, `faq_versions`).
struct SQLiteConversationStore: ConversationStore {
    let database: AppDatabase

    // MARK: - Schema

    static func registerMigrations(_ builder: inout DatabaseMigratorBuilder) {
        builder.register("sav.v1.conversations") { db in
            try db.execute(sql: """
                CREATE TABLE conversations (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    status TEXT NOT NULL,
                    escalated INTEGER NOT NULL DEFAULT 0,
                    escalation_reason TEXT,
                    taken_over_by TEXT,
                    customer_user_id TEXT,
                    customer_name TEXT,
                    customer_email TEXT,
                    customer_phone TEXT,
                    external_id TEXT,
                    subject TEXT,
                    language TEXT,
                    last_order_number TEXT,
                    unhelpful_streak INTEGER NOT NULL DEFAULT 0,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    closed_at DATETIME,
                    duration_seconds INTEGER
                );
                CREATE INDEX conversations_by_tenant ON conversations(tenant_id, seq);
                CREATE INDEX conversations_by_status ON conversations(tenant_id, status, seq);
                CREATE INDEX conversations_by_customer ON conversations(tenant_id, customer_user_id, seq);
                CREATE INDEX conversations_by_channel_address ON conversations(tenant_id, channel, external_id, seq);

                CREATE TABLE conversation_messages (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    conversation_id TEXT NOT NULL REFERENCES conversations(id),
                    tenant_id TEXT NOT NULL,
                    sender TEXT NOT NULL,
                    author_id TEXT,
                    text TEXT NOT NULL,
                    external_id TEXT,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX conversation_messages_by_conversation ON conversation_messages(conversation_id, seq);
                CREATE UNIQUE INDEX conversation_messages_by_external_id ON conversation_messages(tenant_id, external_id)
                    WHERE external_id IS NOT NULL;

                CREATE TABLE outbox (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    conversation_id TEXT NOT NULL,
                    message_id TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    recipient TEXT NOT NULL,
                    subject TEXT,
                    body TEXT NOT NULL,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    next_attempt_at DATETIME,
                    lease_until DATETIME,
                    created_at DATETIME NOT NULL,
                    sent_at DATETIME
                );
                CREATE INDEX outbox_by_tenant ON outbox(tenant_id, status, seq);

                CREATE TABLE channel_settings (
                    tenant_id TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    lookup_key TEXT NOT NULL,
                    settings TEXT NOT NULL,
                    updated_at DATETIME NOT NULL,
                    PRIMARY KEY (tenant_id, channel)
                );
                CREATE UNIQUE INDEX channel_settings_by_key ON channel_settings(channel, lookup_key);

                -- The version of each tenant's FAQ entries, bumped by any change, so that the cached retrieval index
                -- is rebuilt only when the entries changed.
                CREATE TABLE faq_versions (tenant_id TEXT PRIMARY KEY, version INTEGER NOT NULL);
                CREATE TRIGGER faq_versions_on_insert AFTER INSERT ON faqs BEGIN
                    INSERT INTO faq_versions (tenant_id, version) VALUES (NEW.tenant_id, 1)
                    ON CONFLICT(tenant_id) DO UPDATE SET version = version + 1;
                END;
                CREATE TRIGGER faq_versions_on_update AFTER UPDATE ON faqs BEGIN
                    INSERT INTO faq_versions (tenant_id, version) VALUES (NEW.tenant_id, 1)
                    ON CONFLICT(tenant_id) DO UPDATE SET version = version + 1;
                END;
                CREATE TRIGGER faq_versions_on_delete AFTER DELETE ON faqs BEGIN
                    INSERT INTO faq_versions (tenant_id, version) VALUES (OLD.tenant_id, 1)
                    ON CONFLICT(tenant_id) DO UPDATE SET version = version + 1;
                END;
                """)
        }
    }

    // MARK: - Knowledge base

    /// The version of the tenant's FAQ entries (0 when it never had any).
    func faqVersion(tenantId: String) async throws -> Int64 {
        try await database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT version FROM faq_versions WHERE tenant_id = ?", arguments: [tenantId]) ?? 0
        }
    }

    /// The tenant's FAQ entries as retrieval documents, with the version they are at.
    func faqDocuments(tenantId: String) async throws -> (version: Int64, documents: [KnowledgeDocument]) {
        try await database.writer.read { db in
            let version = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT version FROM faq_versions WHERE tenant_id = ?"), arguments: [tenantId]) ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, question, answer, tags FROM faqs WHERE tenant_id = ? ORDER BY seq", arguments: [tenantId])
            let documents = rows.map { row -> KnowledgeDocument in
                let tags: String = row["tags"]
                return KnowledgeDocument(
                    id: row["id"], kind: .faq, title: row["question"], body: row["answer"],
                    tags: (try? JSONDecoder().decode([String].self, from: Data(tags.utf8))) ?? [])
            }
            return (version, documents)
        }
    }

    // MARK: - Reads

    /// What `respond` needs before composing: the conversation (by id, or the open one at a channel address) and
    /// the FAQ version, in one read.
    func context(tenantId: String, conversationId: String?, channel: ConversationChannel, externalId: String?)
        async throws -> (conversation: Conversation?, faqVersion: Int64)
    {
        try await database.writer.read { db in
            let version = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT version FROM faq_versions WHERE tenant_id = ?"), arguments: [tenantId]) ?? 0
            var conversation: Conversation?
            if let conversationId {
                conversation = try Self.fetchConversation(db, id: conversationId, tenantId: tenantId)
            } else if let externalId {
                conversation = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT * FROM conversations WHERE tenant_id = ? AND channel = ? AND external_id = ? AND status != 'completed'
                        ORDER BY seq DESC LIMIT 1
                        """,
                    arguments: [tenantId, channel.rawValue, externalId]
                ).map(Self.conversation)
            }
            return (conversation, version)
        }
    }

    func conversation(id: String, tenantId: String) async throws -> Conversation? {
        try await database.writer.read { db in try Self.fetchConversation(db, id: id, tenantId: tenantId) }
    }

    /// The last `limit` messages of a conversation, oldest first.
    func recentMessages(conversationId: String, tenantId: String, limit: Int) async throws -> [ConversationMessage] {
        try await database.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM (SELECT * FROM conversation_messages WHERE conversation_id = ? AND tenant_id = ?
                    ORDER BY seq DESC LIMIT ?) ORDER BY seq
                    """,
                arguments: [conversationId, tenantId, limit]
            ).map(Self.message)
        }
    }

    /// A conversation with all its messages.
    func detail(id: String, tenantId: String) async throws -> ConversationDetail? {
        try await database.writer.read { db in
            guard let conversation = try Self.fetchConversation(db, id: id, tenantId: tenantId) else { return nil }
            let messages = try Row.fetchAll(
                db, sql: "SELECT * FROM conversation_messages WHERE conversation_id = ? AND tenant_id = ? ORDER BY seq",
                arguments: [id, tenantId]
            ).map(Self.message)
            return ConversationDetail(conversation: conversation, messages: messages)
        }
    }

    /// The tenant's conversations, newest first; only `customerUserId`'s when given.
    func list(tenantId: String, status: ConversationStatus?, customerUserId: String?, page: PageRequest) async throws
        -> Page<Conversation>
    {
        let before = try Cursor.decode(page.cursor, prefix: "c")
        return try await database.writer.read { db in
            var sql = "SELECT * FROM conversations WHERE tenant_id = ?"
            var arguments: StatementArguments = [tenantId]
            if let status {
                sql += " AND status = ?"
                arguments += [status.rawValue]
            }
            if let customerUserId {
                sql += " AND customer_user_id = ?"
                arguments += [customerUserId]
            }
            if let before {
                sql += " AND seq < ?"
                arguments += [before]
            }
            sql += " ORDER BY seq DESC LIMIT ?"
            arguments += [page.limit + 1]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let items = rows.prefix(page.limit).map(Self.conversation)
            let next = rows.count > page.limit ? Cursor.encode(rows[page.limit - 1]["seq"], prefix: "c") : nil
            return Page(items: items, nextCursor: next)
        }
    }

    // MARK: - Writes

    /// Writes a turn of a conversation in one transaction: the conversation (inserted or updated), its new messages
    /// and the outbox items. `expected` is the conversation as read before composing (nil for a new one); when the
    /// stored one no longer has the same status and holder, nothing is written (`stale`).
    func write(
        conversation: Conversation, expected: Conversation?, messages: [ConversationMessage],
        customerExternalId: String?, outbox: [OutboxItem]
    ) async throws -> ConversationWriteOutcome {
        // The hot path of every answer: committed together with the answers of concurrent requests.
        try await database.groupCommit.write { db in
            if let customerExternalId,
               try Bool.fetchOne(
                db, sql: "SELECT 1 FROM conversation_messages WHERE tenant_id = ? AND external_id = ?",
                arguments: [conversation.tenantId, customerExternalId]) == true
            {
                return .duplicate
            }
            if let expected {
                let current = try Row.fetchOne(
                    db, sql: "SELECT status, taken_over_by FROM conversations WHERE id = ? AND tenant_id = ?",
                    arguments: [expected.id, expected.tenantId])
                guard let current, current["status"] as String == expected.status.rawValue,
                      current["taken_over_by"] as String? == expected.takenOverBy
                else { return .stale }
                try Self.update(db, conversation)
            } else {
                try Self.insert(db, conversation)
            }
            for (index, message) in messages.enumerated() {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO conversation_messages (id, conversation_id, tenant_id, sender, author_id, text, external_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(
                    arguments: [message.id, message.conversationId, conversation.tenantId, message.sender.rawValue,
                                message.authorId, message.text, index == 0 ? customerExternalId : nil, message.createdAt])
            }
            for item in outbox { try Self.insert(db, item) }
            return .stored
        }
    }

    // MARK: - Outbox

    func outboxItem(id: String) async throws -> OutboxItem? {
        try await database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]).map(Self.outboxItem)
        }
    }

    /// Takes the item for one send attempt: only a `pending` item not leased by another attempt is taken.
    func leaseOutbox(id: String, now: Date, lease: Duration) async throws -> OutboxItem? {
        try await database.writer.write { db in
            try db.execute(
                sql: """
                    UPDATE outbox SET lease_until = ? WHERE id = ? AND status = 'pending'
                    AND (lease_until IS NULL OR lease_until < ?)
                    """,
                arguments: [now.addingTimeInterval(TimeInterval(lease.components.seconds)), id, now])
            guard db.changesCount > 0 else { return nil }
            return try Row.fetchOne(db, sql: "SELECT * FROM outbox WHERE id = ?", arguments: [id]).map(Self.outboxItem)
        }
    }

    /// Records the end of an attempt: sent, failed for good, or to retry at `nextAttemptAt`.
    func finishOutboxAttempt(
        id: String, status: OutboxItem.Status, error: String?, nextAttemptAt: Date?, countsAsAttempt: Bool, now: Date
    ) async throws {
        try await database.writer.write { db in
            try db.execute(
                sql: """
                    UPDATE outbox SET status = ?, last_error = ?, next_attempt_at = ?, lease_until = NULL,
                        attempts = attempts + ?, sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END
                    WHERE id = ?
                    """,
                arguments: [status.rawValue, error, nextAttemptAt, countsAsAttempt ? 1 : 0, status.rawValue, now, id])
        }
    }

    /// The ids of a tenant's pending items of `channel` (to send once credentials arrive).
    func pendingOutbox(tenantId: String, channel: ConversationChannel) async throws -> [String] {
        try await database.writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM outbox WHERE tenant_id = ? AND channel = ? AND status = 'pending' ORDER BY seq LIMIT 1000",
                arguments: [tenantId, channel.rawValue])
        }
    }

    /// Items waiting for a retry (pending with a retry time), oldest first.
    func scheduledRetries() async throws -> [(outboxId: String, tenantId: String)] {
        try await database.writer.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, tenant_id FROM outbox WHERE status = 'pending' AND next_attempt_at IS NOT NULL ORDER BY seq LIMIT 10000"
            ).map { ($0["id"], $0["tenant_id"]) }
        }
    }

    func listOutbox(tenantId: String, status: OutboxItem.Status?, page: PageRequest) async throws -> Page<OutboxItem> {
        let before = try Cursor.decode(page.cursor, prefix: "o")
        return try await database.writer.read { db in
            var sql = "SELECT * FROM outbox WHERE tenant_id = ?"
            var arguments: StatementArguments = [tenantId]
            if let status {
                sql += " AND status = ?"
                arguments += [status.rawValue]
            }
            if let before {
                sql += " AND seq < ?"
                arguments += [before]
            }
            sql += " ORDER BY seq DESC LIMIT ?"
            arguments += [page.limit + 1]
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let items = rows.prefix(page.limit).map(Self.outboxItem)
            let next = rows.count > page.limit ? Cursor.encode(rows[page.limit - 1]["seq"], prefix: "o") : nil
            return Page(items: items, nextCursor: next)
        }
    }

    // MARK: - Rows

    static func fetchConversation(_ db: Database, id: String, tenantId: String) throws -> Conversation? {
        try Row.fetchOne(db, sql: "SELECT * FROM conversations WHERE id = ? AND tenant_id = ?", arguments: [id, tenantId])
            .map(conversation)
    }

    static func insert(_ db: Database, _ c: Conversation) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO conversations (id, tenant_id, channel, status, escalated, escalation_reason, taken_over_by,
                    customer_user_id, customer_name, customer_email, customer_phone, external_id, subject, language,
                    last_order_number, unhelpful_streak, created_at, updated_at, closed_at, duration_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [c.id, c.tenantId, c.channel.rawValue, c.status.rawValue, c.escalated ? 1 : 0, c.escalationReason,
                        c.takenOverBy, c.customerUserId, c.customer.name, c.customer.email, c.customer.phone, c.externalId,
                        c.subject, c.language, c.lastOrderNumber, c.unhelpfulStreak, c.createdAt, c.updatedAt, c.closedAt,
                        c.durationSeconds])
    }

    static func update(_ db: Database, _ c: Conversation) throws {
        try db.cachedStatement(
            sql: """
                UPDATE conversations SET status = ?, escalated = ?, escalation_reason = ?, taken_over_by = ?,
                    customer_name = ?, customer_email = ?, customer_phone = ?, subject = ?, language = ?,
                    last_order_number = ?, unhelpful_streak = ?, updated_at = ?, closed_at = ?, duration_seconds = ?
                WHERE id = ? AND tenant_id = ?
                """
        ).execute(
            arguments: [c.status.rawValue, c.escalated ? 1 : 0, c.escalationReason, c.takenOverBy, c.customer.name,
                        c.customer.email, c.customer.phone, c.subject, c.language, c.lastOrderNumber, c.unhelpfulStreak,
                        c.updatedAt, c.closedAt, c.durationSeconds, c.id, c.tenantId])
    }

    static func insert(_ db: Database, _ item: OutboxItem) throws {
        try db.execute(
            sql: """
                INSERT INTO outbox (id, tenant_id, conversation_id, message_id, channel, recipient, subject, body, status,
                    attempts, last_error, next_attempt_at, created_at, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [item.id, item.tenantId, item.conversationId, item.messageId, item.channel.rawValue, item.recipient,
                        item.subject, item.body, item.status.rawValue, item.attempts, item.lastError, item.nextAttemptAt,
                        item.createdAt, item.sentAt])
    }

    static func conversation(_ row: Row) -> Conversation {
        Conversation(
            id: row["id"], tenantId: row["tenant_id"],
            channel: ConversationChannel(rawValue: row["channel"]) ?? .web,
            status: ConversationStatus(rawValue: row["status"]) ?? .active,
            escalated: (row["escalated"] as Int) != 0, escalationReason: row["escalation_reason"],
            takenOverBy: row["taken_over_by"], customerUserId: row["customer_user_id"],
            customer: CustomerContact(name: row["customer_name"], email: row["customer_email"], phone: row["customer_phone"]),
            externalId: row["external_id"], subject: row["subject"], language: row["language"],
            lastOrderNumber: row["last_order_number"], unhelpfulStreak: row["unhelpful_streak"],
            createdAt: row["created_at"], updatedAt: row["updated_at"], closedAt: row["closed_at"],
            durationSeconds: row["duration_seconds"])
    }

    static func message(_ row: Row) -> ConversationMessage {
        ConversationMessage(
            id: row["id"], conversationId: row["conversation_id"],
            sender: MessageSender(rawValue: row["sender"]) ?? .system, authorId: row["author_id"], text: row["text"],
            createdAt: row["created_at"])
    }

    static func outboxItem(_ row: Row) -> OutboxItem {
        OutboxItem(
            id: row["id"], tenantId: row["tenant_id"], conversationId: row["conversation_id"], messageId: row["message_id"],
            channel: ConversationChannel(rawValue: row["channel"]) ?? .web, recipient: row["recipient"],
            subject: row["subject"], body: row["body"], status: OutboxItem.Status(rawValue: row["status"]) ?? .pending,
            attempts: row["attempts"], lastError: row["last_error"], nextAttemptAt: row["next_attempt_at"],
            createdAt: row["created_at"], sentAt: row["sent_at"])
    }
}

/// Opaque list cursors: base64url of `<prefix>:<seq>`.
enum Cursor {
    static func encode(_ seq: Int64, prefix: String) -> String {
        Data("\(prefix):\(seq)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ cursor: String?, prefix: String) throws -> Int64? {
        guard let cursor else { return nil }
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard cursor.count <= 64, let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
              text.hasPrefix("\(prefix):"), let value = Int64(text.dropFirst(prefix.count + 1)), value > 0
        else { throw APIError.validation("cursor is malformed") }
        return value
    }
}
