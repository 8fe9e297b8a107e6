import GRDB
import Storage

/// The desk's tables in sav-agent's database. Every row carries its tenant; every query filters on it.
enum DeskMigrations {
    static func register(_ builder: inout DatabaseMigratorBuilder) {
        builder.register("sav.v1.desk") { db in
            try db.execute(sql: """
                CREATE TABLE tickets (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    description TEXT NOT NULL,
                    category TEXT NOT NULL,
                    priority TEXT NOT NULL,
                    status TEXT NOT NULL,
                    customer_user_id TEXT,
                    customer_email TEXT,
                    customer_name TEXT,
                    order_id TEXT,
                    conversation_id TEXT,
                    summary TEXT NOT NULL,
                    assignee_id TEXT,
                    created_by TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    first_response_at DATETIME,
                    resolved_at DATETIME,
                    closed_at DATETIME,
                    rating INTEGER,
                    rating_comment TEXT,
                    rated_at DATETIME
                );
                CREATE INDEX tickets_by_tenant ON tickets(tenant_id, seq);
                CREATE INDEX tickets_by_customer ON tickets(tenant_id, customer_user_id, seq);
                CREATE INDEX tickets_by_status ON tickets(status, priority, created_at);
                CREATE INDEX tickets_by_created ON tickets(tenant_id, created_at);

                CREATE TABLE ticket_messages (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    ticket_id TEXT NOT NULL REFERENCES tickets(id),
                    type TEXT NOT NULL,
                    body TEXT NOT NULL,
                    author_id TEXT NOT NULL,
                    author_role TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX ticket_messages_by_ticket ON ticket_messages(tenant_id, ticket_id, seq);

                CREATE TABLE ticket_status_history (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    tenant_id TEXT NOT NULL,
                    ticket_id TEXT NOT NULL REFERENCES tickets(id),
                    from_status TEXT,
                    to_status TEXT NOT NULL,
                    notes TEXT,
                    changed_by TEXT,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX ticket_status_history_by_ticket ON ticket_status_history(tenant_id, ticket_id, seq);

                CREATE TABLE ticket_escalations (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    id TEXT NOT NULL UNIQUE,
                    tenant_id TEXT NOT NULL,
                    ticket_id TEXT NOT NULL REFERENCES tickets(id),
                    reason TEXT NOT NULL,
                    source TEXT NOT NULL,
                    escalated_by TEXT,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX ticket_escalations_by_ticket ON ticket_escalations(tenant_id, ticket_id, seq);
                CREATE INDEX ticket_escalations_by_time ON ticket_escalations(tenant_id, created_at);

                CREATE TABLE desk_agents (
                    tenant_id TEXT NOT NULL,
                    agent_id TEXT NOT NULL,
                    available INTEGER NOT NULL,
                    capacity INTEGER NOT NULL,
                    assignment_seq INTEGER NOT NULL DEFAULT 0,
                    last_assigned_at DATETIME,
                    updated_at DATETIME NOT NULL,
                    PRIMARY KEY (tenant_id, agent_id)
                );

                CREATE TABLE desk_handoffs (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    tenant_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    item_id TEXT NOT NULL,
                    state TEXT NOT NULL,
                    agent_id TEXT,
                    priority TEXT NOT NULL,
                    priority_rank INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    request_id TEXT,
                    queued_at DATETIME NOT NULL,
                    assigned_at DATETIME,
                    released_at DATETIME,
                    UNIQUE (tenant_id, kind, item_id)
                );
                CREATE INDEX desk_handoffs_load ON desk_handoffs(tenant_id, state, agent_id);
                CREATE INDEX desk_handoffs_queue ON desk_handoffs(tenant_id, state, priority_rank DESC, queued_at);

                CREATE TABLE desk_outbox (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    message_id TEXT NOT NULL UNIQUE,
                    queue TEXT NOT NULL,
                    type TEXT NOT NULL,
                    tenant_id TEXT NOT NULL,
                    body BLOB NOT NULL,
                    request_id TEXT,
                    created_at DATETIME NOT NULL,
                    sent_at DATETIME,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT
                );
                CREATE INDEX desk_outbox_unsent ON desk_outbox(seq) WHERE sent_at IS NULL;
                """)
        }
    }
}
