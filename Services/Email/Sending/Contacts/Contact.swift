import Foundation
import Hummingbird

/// Whether a contact may receive marketing mail: only `subscribed` contacts get campaigns and automations.
/// `bounced` is set by the delivery workers after a permanent refusal, `unsubscribed` by the one-click unsubscribe.
enum Consent: String, Codable, Sendable, CaseIterable {
    case subscribed, unsubscribed, pending, bounced, complained

    static let list = allCases.map(\.rawValue).joined(separator: ", ")
}

/// A person a tenant may email.
struct Contact: Codable, Sendable, Equatable, ResponseEncodable {
    var id: String
    /// Lowercased, unique per tenant.
    var email: String
    var name: String?
    var attributes: [String: String]
    var tags: [String]
    var consent: Consent
    var consentUpdatedAt: Date
    var createdAt: Date
    var updatedAt: Date

    /// The variables a template sees for this contact: the contact fields and every attribute.
    var templateVariables: [String: String] {
        var variables = attributes
        variables["email"] = email
        variables["name"] = name ?? ""
        let parts = (name ?? "").split(separator: " ", maxSplits: 1)
        variables["firstName"] = parts.first.map(String.init) ?? ""
        variables["lastName"] = parts.count > 1 ? String(parts[1]) : ""
        return variables
    }
}

/// The contact fields templates may use besides the attributes; attributes may not take these names.
enum ContactFields {
    static let templateFields: Set<String> = ["email", "name", "firstName", "lastName"]
    static let reserved: Set<String> = templateFields.union(["id", "tags", "consent"])
}

/// What a PATCH may change.
struct ContactChanges: Sendable {
    var name: String?
    var attributes: [String: String]?
    var tags: [String]?
    var consent: Consent?
}
