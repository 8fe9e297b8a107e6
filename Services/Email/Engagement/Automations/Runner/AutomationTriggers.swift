import Foundation
import Logging

/// ``AutomationTriggering``: the sending side reports contacts created, tags added and other agents' events; each
/// enrols the contact in the tenant's active automations with that trigger (at most once at a time per automation).
/// The scheduler runs the first step at its next tick.
struct AutomationTriggers: AutomationTriggering {
    let store: any AutomationStore
    let contacts: any AutomationContacts
    let logger: Logger

    func contactCreated(tenantId: String, contactId: String, now: Date) async throws {
        try await enrol(tenantId: tenantId, contactId: contactId, trigger: .contactCreated, now: now)
    }

    func tagAdded(tenantId: String, contactId: String, tag: String, now: Date) async throws {
        let tag = tag.trimmingCharacters(in: .whitespaces).lowercased()
        try await enrol(tenantId: tenantId, contactId: contactId, trigger: .tagAdded(tag), now: now)
    }

    func externalEvent(tenantId: String, type: String, email: String, now: Date) async throws {
        guard let contactId = try await contacts.contactId(tenantId: tenantId, email: email.lowercased()) else { return }
        try await enrol(tenantId: tenantId, contactId: contactId, trigger: .event(type), now: now)
    }

    private func enrol(tenantId: String, contactId: String, trigger: AutomationTrigger, now: Date) async throws {
        let count = try await store.enrol(tenantId: tenantId, contactId: contactId, trigger: trigger, now: now)
        if count > 0 {
            logger.info("contact enrolled", metadata: [
                "tenant": "\(tenantId)", "contact": "\(contactId)", "trigger": "\(trigger.type)", "automations": "\(count)",
            ])
        }
    }
}
