import Foundation
import GRDB
import Storage

// The seams between the sending side of the email agent (templates, contacts, segments, campaigns, the
// `email.sending` workers, transactional mail, the notifications consumer) and the engagement side
// (tracking, unsubscribe, automations). Each side implements its protocols; `EmailAgent.main` wires them.

/// What the engagement side adds to each outgoing message: tracked links, the open pixel, and the one-click
/// unsubscribe headers (`List-Unsubscribe`, `List-Unsubscribe-Post`).
protocol MessageDecorating: Sendable {
    func decorate(_ message: OutgoingMessage) -> OutgoingMessage
}

/// One email about to be handed to the queue, already rendered for its recipient.
struct OutgoingMessage: Sendable, Equatable {
    /// Unique per (campaign or automation step or transactional request, recipient): the AMQP `message_id` and
    /// the idempotency key of the delivery.
    var messageId: String
    var tenantId: String
    var contactId: String?
    var campaignId: String?
    var to: String
    var subject: String
    var html: String?
    var text: String?
    /// Extra headers (`List-Unsubscribe` and such).
    var headers: [String: String]
    /// Whether the message may be tracked and carries an unsubscribe link (campaigns and automations: yes;
    /// transactional mail: no unsubscribe, no tracking).
    var marketing: Bool
}

/// Enqueues mail for delivery (the sending side implements it): renders `templateId` for the contact and puts the
/// message on `email.sending`. Unsubscribed or bounced contacts get nothing: the call says so.
protocol MailEnqueuing: Sendable {
    /// Returns false when the contact may not be mailed (unsubscribed, bounced, no consent).
    func enqueueTemplate(tenantId: String, templateId: String, contactId: String, messageId: String,
                         variables: [String: String]) async throws -> Bool
}

/// What starts automations (the engagement side implements it; the sending side calls it).
protocol AutomationTriggering: Sendable {
    func contactCreated(tenantId: String, contactId: String, now: Date) async throws
    func tagAdded(tenantId: String, contactId: String, tag: String, now: Date) async throws
    /// An event from another agent (from the `notifications` queue: `ticket.resolved`...), for the contact whose
    /// email it names.
    func externalEvent(tenantId: String, type: String, email: String, now: Date) async throws
}

/// The engagement ledger both sides write and segments read ("opened or clicked in the last N days").
enum EmailEventsTable {
    /// `type`: `sent`, `delivered`, `failed`, `bounced`, `open`, `click`, `unsubscribe`.
    static func registerMigrations(_ migrator: inout DatabaseMigratorBuilder) {
        migrator.register("email.v1.events") { db in
            try db.execute(sql: """
                CREATE TABLE email_events (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    tenant_id TEXT NOT NULL,
                    message_id TEXT NOT NULL,
                    campaign_id TEXT,
                    contact_id TEXT,
                    type TEXT NOT NULL,
                    url TEXT,
                    at DATETIME NOT NULL
                );
                CREATE INDEX email_events_by_campaign ON email_events(tenant_id, campaign_id, type);
                CREATE INDEX email_events_by_contact ON email_events(tenant_id, contact_id, type, at);
                """)
        }
    }
}
