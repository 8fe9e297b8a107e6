import Foundation

/// What a branch condition may look at: the contact's tags and attributes, and its engagement events.
struct ContactFacts: Sendable, Equatable {
    var tags: Set<String>
    var attributes: [String: String]
}

/// Decides a branch condition for one contact at one time.
struct ConditionEvaluator: Sendable {
    let events: any EngagementEventStore

    func evaluate(_ condition: AutomationCondition, tenantId: String, contactId: String, facts: ContactFacts,
                  now: Date) async throws -> Bool {
        switch condition {
        case .hasTag(let tag):
            return facts.tags.contains(tag)
        case .attributeEquals(let name, let value):
            return facts.attributes[name] == value
        case .attributeExists(let name):
            return !(facts.attributes[name] ?? "").isEmpty
        case .engaged(let engagement, let days):
            let since = days.map { now.addingTimeInterval(-Double($0) * 86_400) }
            return try await events.hasEvent(tenantId: tenantId, contactId: contactId, type: engagement.eventType, since: since)
        case .all(let conditions):
            for condition in conditions {
                guard try await evaluate(condition, tenantId: tenantId, contactId: contactId, facts: facts, now: now) else {
                    return false
                }
            }
            return true
        case .any(let conditions):
            for condition in conditions {
                if try await evaluate(condition, tenantId: tenantId, contactId: contactId, facts: facts, now: now) { return true }
            }
            return false
        case .not(let condition):
            return try await !evaluate(condition, tenantId: tenantId, contactId: contactId, facts: facts, now: now)
        }
    }
}
