import CommerceModels
import Foundation
import Hummingbird

/// A knowledge-base entry of one tenant; the bot's answers draw on the tenant's own entries only.
struct FAQ: Codable, Sendable, Equatable, ResponseEncodable {
    var id: String
    var question: String
    var answer: String
    var tags: [String]
    var createdAt: Date
    var updatedAt: Date
}

/// What a PATCH may change.
struct FAQChanges: Sendable, Equatable {
    var question: String?
    var answer: String?
    var tags: [String]?
}

/// Where a tenant's FAQ entries live. Every call is scoped by tenant: another tenant's id is simply not found.
protocol FAQStore: Sendable {
    func create(_ faq: FAQ, tenantId: String) async throws
    func list(tenantId: String, page: PageRequest, tag: String?) async throws -> Page<FAQ>
    func get(id: String, tenantId: String) async throws -> FAQ?
    /// The updated entry, or nil when there is none with this id in the tenant.
    func update(id: String, tenantId: String, changes: FAQChanges, now: Date) async throws -> FAQ?
    /// Whether an entry was deleted.
    func delete(id: String, tenantId: String) async throws -> Bool
}
