import Foundation
import Hummingbird

/// A tenant's email template: a Mustache subject, HTML part and text part (at least one of the two).
/// `variables` declares names beyond the contact fields and attributes (values given when sending).
/// A template named `notification.<event>` (`notification.ticket.resolved`…) replaces the default template of
/// that support-desk notification for the tenant.
struct EmailTemplate: Codable, Sendable, Equatable, ResponseEncodable {
    var id: String
    var name: String
    var subject: String
    var html: String?
    var text: String?
    var variables: [String]
    var createdAt: Date
    var updatedAt: Date
}

/// A subject and body rendered for one recipient.
struct RenderedEmail: Codable, Sendable, Equatable, ResponseEncodable {
    var subject: String
    var html: String?
    var text: String
}
