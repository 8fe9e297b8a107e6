import Storage

/// The sending side's tables. `email_contacts` is also read and written by the engagement side (an unsubscribe
/// sets `consent`), `email_messages` is the ledger of every message handed to `email.sending` (the outbox).
enum SendingSchema {
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {
        migrator.register("email.v1.sending") { db in
            try db.execute(sql: """
                CREATE TABLE email_templates (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    html TEXT,
                    text TEXT,
                    variables TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    UNIQUE (tenant_id, name)
                );
                CREATE TABLE email_contacts (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    email TEXT NOT NULL,
                    name TEXT,
                    attributes TEXT NOT NULL,
                    tags TEXT NOT NULL,
                    consent TEXT NOT NULL,
                    consent_updated_at DATETIME NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    UNIQUE (tenant_id, email)
                );
                CREATE INDEX email_contacts_by_tenant ON email_contacts(tenant_id, seq);
                CREATE TABLE email_segments (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    definition TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX email_segments_by_tenant ON email_segments(tenant_id, seq);
                CREATE TABLE email_campaigns (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    template_id TEXT NOT NULL,
                    segment_id TEXT NOT NULL,
                    status TEXT NOT NULL,
                    scheduled_at DATETIME,
                    started_at DATETIME,
                    expanded_at DATETIME,
                    completed_at DATETIME,
                    recipient_count INTEGER NOT NULL DEFAULT 0,
                    request_id TEXT,
                    error TEXT,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX email_campaigns_by_tenant ON email_campaigns(tenant_id, seq);
                CREATE INDEX email_campaigns_by_status ON email_campaigns(status, scheduled_at);
                CREATE TABLE email_messages (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    message_id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    campaign_id TEXT,
                    contact_id TEXT,
                    to_address TEXT NOT NULL,
                    subject TEXT,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    claimed_at DATETIME,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX email_messages_by_campaign ON email_messages(campaign_id, status);
                CREATE INDEX email_messages_by_tenant ON email_messages(tenant_id, status, seq);
                """)
        }
    }
}
