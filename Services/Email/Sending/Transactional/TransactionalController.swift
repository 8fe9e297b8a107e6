import Auth
import CommerceModels
import Crypto
import Foundation
import Hummingbird
import Mail
import ServiceRuntime

/// `POST /api/email/send`: one transactional email (staff, or a service token minted for the tenant such as
/// sav-agent's), through the same queue as campaigns. Either `templateId` (rendered with the recipient's contact
/// fields, if it is a contact, and `variables`) or `subject` with `html` and/or `text`. Transactional mail is not
/// tracked and carries no unsubscribe link; it is refused (422) to an address whose contact has bounced.
/// An `Idempotency-Key` header makes the message id deterministic: a retried request queues nothing new.
struct TransactionalController: Sendable {
    let queue: MailQueue
    let templates: TemplateStore
    let contacts: ContactStore

    struct Body: Decodable {
        var to: String
        var subject: String?
        var templateId: String?
        var variables: [String: String]?
        var html: String?
        var text: String?
    }

    struct Accepted: Codable, Sendable, ResponseEncodable {
        var messageId: String
        var status: String
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post("send", use: send)
    }

    @Sendable func send(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<Accepted> {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: Body.self, context: context)
        let to = try ContactController.email(body.to, field: "to")
        var variables: [String: String] = [:]
        for (key, value) in body.variables ?? [:] {
            guard SendingValidation.isName(key), value.count <= 10_000 else {
                throw APIError.validation("variables.\(key.prefix(70)) must be a name with a value of at most 10000 characters")
            }
            variables[key] = value
        }
        let contact = try await contacts.find(email: to, tenantId: identity.tenantId)
        if contact?.consent == .bounced { throw APIError.unprocessable("\(to) has bounced: mail to it is not sent") }

        let rendered: RenderedEmail
        if let templateId = body.templateId {
            guard body.html == nil, body.text == nil else { throw APIError.validation("give templateId or html/text, not both") }
            let id = try SendingValidation.uuid(templateId, field: "templateId")
            guard let template = try await templates.get(id: id, tenantId: identity.tenantId) else {
                throw APIError.notFound("no template \(id)")
            }
            var values = contact?.templateVariables ?? ["email": to]
            values.merge(variables) { $1 }
            var compiled = try TemplateRenderer.compile(subject: template.subject, html: template.html, text: template.text)
            if let subject = body.subject {
                compiled.subject = try TemplateRenderer.compile(subject: try TemplateController.subject(subject), html: nil, text: nil).subject
            }
            rendered = compiled.render(values)
        } else {
            guard let subject = body.subject else { throw APIError.validation("subject is required without templateId") }
            guard body.html != nil || body.text != nil else { throw APIError.validation("html or text is required without templateId") }
            let html = try body.html.map { try TemplateController.body($0, field: "html") }
            let text = try body.text.map { try TemplateController.body($0, field: "text") }
            rendered = RenderedEmail(subject: try TemplateController.subject(subject), html: html,
                                     text: text ?? html.map(TemplateRenderer.plainText) ?? "")
        }
        guard !rendered.subject.isEmpty else { throw APIError.validation("subject renders empty") }

        let messageId: String
        if let key = request.headers[.init("Idempotency-Key")!] {
            guard (1...200).contains(key.count) else { throw APIError.validation("Idempotency-Key must be 1 to 200 characters") }
            messageId = "t-" + Self.digest("\(identity.tenantId)|\(key)")
        } else {
            messageId = "t-" + UUID().uuidString.lowercased()
        }
        let message = OutgoingMessage(
            messageId: messageId, tenantId: identity.tenantId, contactId: contact?.id, campaignId: nil, to: to,
            subject: rendered.subject, html: rendered.html, text: rendered.text, headers: [:], marketing: false)
        try await queue.enqueue(message, kind: "transactional", requestId: context.requestId)
        context.logger.info("transactional email queued", metadata: ["message": "\(messageId)"])
        return EditedResponse(status: .accepted, response: Accepted(messageId: messageId, status: "queued"))
    }

    static func digest(_ text: String) -> String {
        Hex.encode(Array(SHA256.hash(data: Array(text.utf8)).prefix(16)))
    }
}
