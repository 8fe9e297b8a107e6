import CommerceModels

/// The default email of each support-desk event, and the variables those templates see. A tenant overrides one
/// by saving a template named `notification.<event>` (`notification.ticket.resolved`…).
enum NotificationTemplates {
    struct Default: Sendable {
        var subject: String
        var html: String
        var text: String
    }

    /// The reserved template name of an event type.
    static func templateName(_ kind: SupportNotification.Kind) -> String { "notification.\(kind.rawValue)" }

    /// Every reserved name.
    static let reservedNames: Set<String> = Set(SupportNotification.Kind.allCases.map(templateName))

    /// What a notification template may use.
    static let variables: Set<String> = [
        "recipientName", "recipientEmail", "ticketId", "ticketSubject", "ticketStatus", "ticketPriority", "ticketCategory",
        "message", "ratingUrl", "eventType", "occurredAt",
    ]

    static func variables(for notification: SupportNotification) -> [String: String] {
        [
            "recipientName": notification.recipient.name ?? "",
            "recipientEmail": notification.recipient.email ?? "",
            "name": notification.recipient.name ?? "",
            "email": notification.recipient.email ?? "",
            "firstName": notification.recipient.name.flatMap { $0.split(separator: " ").first.map(String.init) } ?? "",
            "ticketId": notification.ticket.id,
            "ticketSubject": notification.ticket.subject,
            "ticketStatus": notification.ticket.status,
            "ticketPriority": notification.ticket.priority,
            "ticketCategory": notification.ticket.category,
            "message": notification.message ?? "",
            "ratingUrl": notification.ratingURL ?? "",
            "eventType": notification.type.rawValue,
            "occurredAt": notification.occurredAt.formatted(.iso8601),
        ]
    }

    static func defaultTemplate(_ kind: SupportNotification.Kind) -> Default {
        let hello = "Hello{{#recipientName}} {{recipientName}}{{/recipientName}},"
        switch kind {
        case .ticketCreated:
            return Default(
                subject: "We received your request: {{ticketSubject}}",
                html: "<p>\(hello)</p><p>We received your request <strong>{{ticketSubject}}</strong> (ticket {{ticketId}}). Our team will answer soon.</p>",
                text: "\(hello)\n\nWe received your request \"{{ticketSubject}}\" (ticket {{ticketId}}). Our team will answer soon.")
        case .ticketAssigned:
            return Default(
                subject: "Your request is being handled: {{ticketSubject}}",
                html: "<p>\(hello)</p><p>{{#message}}{{message}} is{{/message}}{{^message}}Someone is{{/message}} now taking care of your request <strong>{{ticketSubject}}</strong> (ticket {{ticketId}}).</p>",
                text: "\(hello)\n\n{{#message}}{{message}} is{{/message}}{{^message}}Someone is{{/message}} now taking care of your request \"{{ticketSubject}}\" (ticket {{ticketId}}).")
        case .ticketAnswered:
            return Default(
                subject: "New answer to your request: {{ticketSubject}}",
                html: "<p>\(hello)</p><p>There is a new answer to your request <strong>{{ticketSubject}}</strong>:</p><blockquote>{{message}}</blockquote>",
                text: "\(hello)\n\nThere is a new answer to your request \"{{ticketSubject}}\":\n\n{{message}}")
        case .ticketResolved:
            return Default(
                subject: "Your request is resolved: {{ticketSubject}}",
                html: "<p>\(hello)</p><p>Your request <strong>{{ticketSubject}}</strong> (ticket {{ticketId}}) is resolved.</p>{{#ratingUrl}}<p>How did we do? <a href=\"{{ratingUrl}}\">Rate our answer</a>.</p>{{/ratingUrl}}",
                text: "\(hello)\n\nYour request \"{{ticketSubject}}\" (ticket {{ticketId}}) is resolved.{{#ratingUrl}}\n\nHow did we do? Rate our answer: {{ratingUrl}}{{/ratingUrl}}")
        case .ticketEscalated:
            return Default(
                subject: "Your request has been escalated: {{ticketSubject}}",
                html: "<p>\(hello)</p><p>Your request <strong>{{ticketSubject}}</strong> (ticket {{ticketId}}) has been passed to a senior member of our team.{{#message}} Reason: {{message}}{{/message}}</p>",
                text: "\(hello)\n\nYour request \"{{ticketSubject}}\" (ticket {{ticketId}}) has been passed to a senior member of our team.{{#message}} Reason: {{message}}{{/message}}")
        }
    }
}
