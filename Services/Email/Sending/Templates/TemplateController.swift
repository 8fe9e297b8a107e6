import Auth
import CommerceModels
import Foundation
import Hummingbird
import ServiceRuntime

/// `/api/email/templates`: staff (admin, agent) of a tenant write and read its templates; another tenant's
/// template is 404. Templates are checked when saved (see `TemplateRenderer`).
struct TemplateController: Sendable {
    let store: TemplateStore
    let contacts: ContactStore
    let drafter: TemplateDrafter

    static let maxSubject = 300
    static let maxBody = 200_000

    struct CreateBody: Decodable {
        var name: String
        var subject: String
        var html: String?
        var text: String?
        var variables: [String]?
    }

    struct UpdateBody: Decodable {
        var name: String?
        var subject: String?
        var html: String?
        var text: String?
        var variables: [String]?
    }

    struct PreviewBody: Decodable {
        var variables: [String: String]?
        var contactId: String?
    }

    struct DraftBody: Decodable {
        var brief: String
        var offer: String?
        var language: String?
        var tone: String?
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post("templates", use: create)
        group.get("templates", use: list)
        group.post("templates/draft", use: draft)
        group.get("templates/{id}", use: get)
        group.patch("templates/{id}", use: update)
        group.delete("templates/{id}", use: delete)
        group.post("templates/{id}/preview", use: preview)
    }

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<EmailTemplate> {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: CreateBody.self, context: context)
        let now = Date()
        let template = EmailTemplate(
            id: UUID().uuidString.lowercased(), name: try Self.name(body.name), subject: try Self.subject(body.subject),
            html: try body.html.map { try Self.body($0, field: "html") }, text: try body.text.map { try Self.body($0, field: "text") },
            variables: try Self.declared(body.variables ?? []), createdAt: now, updatedAt: now)
        try await check(template, tenantId: identity.tenantId)
        try await store.create(template, tenantId: identity.tenantId)
        context.logger.info("template created", metadata: ["template": "\(template.id)"])
        return EditedResponse(status: .created, response: template)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<EmailTemplate> {
        let identity = try context.requireIdentity(Role.staff)
        return try await store.list(tenantId: identity.tenantId, page: try SendingValidation.page(request))
    }

    @Sendable func get(_ request: Request, context: AuthenticatedContext) async throws -> EmailTemplate {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "template")
        guard let template = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no template \(id)") }
        return template
    }

    @Sendable func update(_ request: Request, context: AuthenticatedContext) async throws -> EmailTemplate {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "template")
        let body = try await request.decodeJSON(as: UpdateBody.self, context: context)
        guard var template = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no template \(id)") }
        if let name = body.name { template.name = try Self.name(name) }
        if let subject = body.subject { template.subject = try Self.subject(subject) }
        if let html = body.html { template.html = html.isEmpty ? nil : try Self.body(html, field: "html") }
        if let text = body.text { template.text = text.isEmpty ? nil : try Self.body(text, field: "text") }
        if let variables = body.variables { template.variables = try Self.declared(variables) }
        template.updatedAt = Date()
        try await check(template, tenantId: identity.tenantId)
        guard try await store.update(template, tenantId: identity.tenantId) else { throw APIError.notFound("no template \(id)") }
        return template
    }

    @Sendable func delete(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "template")
        guard try await store.delete(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no template \(id)") }
        return Response(status: .noContent)
    }

    /// Renders the template with sample values, a contact's values (`contactId`) and the given `variables`.
    @Sendable func preview(_ request: Request, context: AuthenticatedContext) async throws -> RenderedEmail {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "template")
        let body = try await request.decodeJSON(as: PreviewBody.self, context: context)
        guard let template = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no template \(id)") }
        var variables = ["email": "jane.doe@example.com", "name": "Jane Doe", "firstName": "Jane", "lastName": "Doe"]
        if let contactId = body.contactId {
            let contactId = try SendingValidation.uuid(contactId, field: "contactId")
            guard let contact = try await contacts.get(id: contactId, tenantId: identity.tenantId) else {
                throw APIError.notFound("no contact \(contactId)")
            }
            variables.merge(contact.templateVariables) { $1 }
        }
        for (key, value) in body.variables ?? [:] {
            guard SendingValidation.isName(key), value.count <= 10_000 else {
                throw APIError.validation("variables.\(key.prefix(70)) must be a name with a value of at most 10000 characters")
            }
            variables[key] = value
        }
        return try TemplateRenderer.compile(subject: template.subject, html: template.html, text: template.text).render(variables)
    }

    /// Drafts a subject and body from a brief (nothing is saved).
    @Sendable func draft(_ request: Request, context: AuthenticatedContext) async throws -> TemplateDrafter.Draft {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: DraftBody.self, context: context)
        let brief = try SendingValidation.text(body.brief, field: "brief", max: 2000)
        let offer = try body.offer.map { try SendingValidation.text($0, field: "offer", max: 500) }
        if let language = body.language, !(2...20).contains(language.count) || !language.allSatisfy(\.isLetter) {
            throw APIError.validation("language must be a language code or name (2 to 20 letters)")
        }
        if let tone = body.tone, !(2...30).contains(tone.count) || !tone.allSatisfy(\.isLetter) {
            throw APIError.validation("tone must be one word (2 to 30 letters)")
        }
        return try await drafter.draft(brief: brief, offer: offer, language: body.language, tone: body.tone,
                                       tenantId: identity.tenantId, requestId: context.requestId)
    }

    // MARK: - Checks

    /// Parses the template and checks every variable it uses against what the tenant's templates may use.
    func check(_ template: EmailTemplate, tenantId: String) async throws {
        guard template.html != nil || template.text != nil else { throw APIError.validation("html or text is required") }
        var known = ContactFields.templateFields.union(template.variables)
        known.formUnion(try await contacts.attributeNames(tenantId: tenantId))
        if NotificationTemplates.reservedNames.contains(template.name) { known.formUnion(NotificationTemplates.variables) }
        try TemplateRenderer.validate(subject: template.subject, html: template.html, text: template.text, known: known)
    }

    static func name(_ raw: String) throws -> String {
        let name = try SendingValidation.text(raw, field: "name", max: 100)
        if name.hasPrefix("notification."), !NotificationTemplates.reservedNames.contains(name) {
            throw APIError.validation("name \(name) is reserved: notification templates are \(NotificationTemplates.reservedNames.sorted().joined(separator: ", "))")
        }
        return name
    }

    static func subject(_ raw: String) throws -> String {
        let subject = try SendingValidation.text(raw, field: "subject", max: maxSubject)
        guard !subject.contains(where: \.isNewline) else { throw APIError.validation("subject must be one line") }
        return subject
    }

    static func body(_ raw: String, field: String) throws -> String {
        guard !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw APIError.validation("\(field) must not be empty") }
        guard raw.utf8.count <= maxBody else { throw APIError.validation("\(field) must be at most \(maxBody) bytes") }
        return raw
    }

    static func declared(_ raw: [String]) throws -> [String] {
        guard raw.count <= 50 else { throw APIError.validation("variables must have at most 50 entries") }
        for name in raw where !SendingValidation.isName(name) {
            throw APIError.validation("variables entry \(name.prefix(70)) must start with a letter and hold only letters, digits and _")
        }
        return Array(Set(raw)).sorted()
    }
}
