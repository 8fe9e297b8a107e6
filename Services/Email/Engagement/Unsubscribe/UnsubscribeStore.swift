import Foundation
import GRDB
import Storage

/// What a one-click unsubscribe did.
enum UnsubscribeOutcome: Sendable, Equatable {
    /// The contact's consent went to `unsubscribed`; an `unsubscribe` event was recorded.
    case unsubscribed
    /// The contact had already unsubscribed: nothing changed.
    case alreadyUnsubscribed
    /// The contact no longer exists (deleted): nothing to change.
    case noContact
}

/// Sets a contact's consent to `unsubscribed` and records the `unsubscribe` event in one transaction (both or
/// neither), on the sending side's `email_contacts` table, which every later send checks.
struct UnsubscribeStore: Sendable {
    let database: AppDatabase

    func unsubscribe(_ claims: TrackingClaims, at now: Date) async throws -> UnsubscribeOutcome {
        guard let contactId = claims.contactId else { return .noContact }
        return try await database.writer.write { db in
            guard var contact = try ContactStore.fetch(db, id: contactId, tenantId: claims.tenantId) else { return .noContact }
            guard contact.consent != .unsubscribed else { return .alreadyUnsubscribed }
            contact.consent = .unsubscribed
            contact.consentUpdatedAt = now
            contact.updatedAt = now
            try ContactStore.save(db, contact, tenantId: claims.tenantId)
            try SQLiteEngagementEventStore.insert(db, type: "unsubscribe", claims: claims, at: now)
            return .unsubscribed
        }
    }

    /// The address the link was sent to, for the confirmation page; nil when the contact is gone.
    func contactEmail(_ claims: TrackingClaims) async throws -> String? {
        guard let contactId = claims.contactId else { return nil }
        return try await ContactStore(database: database).get(id: contactId, tenantId: claims.tenantId)?.email
    }
}
