import Storage

/// What automations read about contacts (the sending side owns them).
protocol AutomationContacts: Sendable {
    /// The contact's tags and attributes; nil when the tenant has no such contact.
    func facts(tenantId: String, contactId: String) async throws -> ContactFacts?
    /// The id of the tenant's contact with this address, if any.
    func contactId(tenantId: String, email: String) async throws -> String?
}

/// ``AutomationContacts`` over the sending side's ``ContactStore``.
struct StoredAutomationContacts: AutomationContacts {
    let contacts: ContactStore

    func facts(tenantId: String, contactId: String) async throws -> ContactFacts? {
        guard let contact = try await contacts.get(id: contactId, tenantId: tenantId) else { return nil }
        return ContactFacts(tags: Set(contact.tags), attributes: contact.attributes)
    }

    func contactId(tenantId: String, email: String) async throws -> String? {
        try await contacts.find(email: email, tenantId: tenantId)?.id
    }
}
