import Auth
import CommerceModels
import Foundation
import Hummingbird
import Logging
import Mail
import NIOCore
import ServiceRuntime

/// `/api/email/contacts`: staff (admin, agent) of a tenant manage its contacts; another tenant's contact is 404.
struct ContactController: Sendable {
    let store: ContactStore
    let triggers: any AutomationTriggering
    let importMaxRows: Int

    struct CreateBody: Decodable {
        var email: String
        var name: String?
        var attributes: [String: String]?
        var tags: [String]?
        var consent: String?
    }

    struct UpdateBody: Decodable {
        var name: String?
        var attributes: [String: String]?
        var tags: [String]?
        var consent: String?
    }

    struct TagsBody: Decodable {
        var tags: [String]
    }

    struct ImportReport: Codable, Sendable, ResponseEncodable {
        struct RowError: Codable, Sendable {
            var row: Int
            var message: String
        }
        var rows: Int
        var created: Int
        var updated: Int
        var errors: [RowError]
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post("contacts", use: create)
        group.get("contacts", use: list)
        group.post("contacts/import", use: importCSV)
        group.get("contacts/{id}", use: get)
        group.patch("contacts/{id}", use: update)
        group.delete("contacts/{id}", use: delete)
        group.post("contacts/{id}/tags", use: addTags)
        group.delete("contacts/{id}/tags/{tag}", use: removeTag)
    }

    // MARK: - Routes

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<Contact> {
        let identity = try context.requireIdentity(Role.staff)
        let body = try await request.decodeJSON(as: CreateBody.self, context: context)
        let now = Date()
        let contact = Contact(
            id: UUID().uuidString.lowercased(), email: try Self.email(body.email, field: "email"),
            name: try body.name.map { try SendingValidation.text($0, field: "name", max: 200) },
            attributes: try SendingValidation.attributes(body.attributes ?? [:]),
            tags: try SendingValidation.tags(body.tags ?? []),
            consent: try Self.consent(body.consent ?? Consent.subscribed.rawValue, field: "consent"),
            consentUpdatedAt: now, createdAt: now, updatedAt: now)
        try await store.create(contact, tenantId: identity.tenantId)
        context.logger.info("contact created", metadata: ["contact": "\(contact.id)"])
        await fire(context.logger) {
            try await triggers.contactCreated(tenantId: identity.tenantId, contactId: contact.id, now: now)
            for tag in contact.tags {
                try await triggers.tagAdded(tenantId: identity.tenantId, contactId: contact.id, tag: tag, now: now)
            }
        }
        return EditedResponse(status: .created, response: contact)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<Contact> {
        let identity = try context.requireIdentity(Role.staff)
        let query = request.uri.queryParameters
        let consent = try query["consent"].map { try Self.consent(String($0), field: "consent") }
        let tag = query["tag"].map { String($0).lowercased() }
        let email = query["email"].map(String.init)
        return try await store.list(tenantId: identity.tenantId, page: try SendingValidation.page(request), tag: tag,
                                    consent: consent, email: email)
    }

    @Sendable func get(_ request: Request, context: AuthenticatedContext) async throws -> Contact {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "contact")
        guard let contact = try await store.get(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no contact \(id)") }
        return contact
    }

    @Sendable func update(_ request: Request, context: AuthenticatedContext) async throws -> Contact {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "contact")
        let body = try await request.decodeJSON(as: UpdateBody.self, context: context)
        guard body.name != nil || body.attributes != nil || body.tags != nil || body.consent != nil else {
            throw APIError.validation("at least one of name, attributes, tags or consent is required")
        }
        let changes = ContactChanges(
            name: try body.name.map { try SendingValidation.text($0, field: "name", max: 200) },
            attributes: try body.attributes.map { try SendingValidation.attributes($0) },
            tags: try body.tags.map { try SendingValidation.tags($0) },
            consent: try body.consent.map { try Self.consent($0, field: "consent") })
        let before = try await store.get(id: id, tenantId: identity.tenantId)
        let now = Date()
        guard let before, let contact = try await store.update(id: id, tenantId: identity.tenantId, changes: changes, now: now) else {
            throw APIError.notFound("no contact \(id)")
        }
        let added = contact.tags.filter { !before.tags.contains($0) }
        await fire(context.logger) {
            for tag in added { try await triggers.tagAdded(tenantId: identity.tenantId, contactId: id, tag: tag, now: now) }
        }
        return contact
    }

    @Sendable func delete(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "contact")
        guard try await store.delete(id: id, tenantId: identity.tenantId) else { throw APIError.notFound("no contact \(id)") }
        return Response(status: .noContent)
    }

    @Sendable func addTags(_ request: Request, context: AuthenticatedContext) async throws -> Contact {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "contact")
        let body = try await request.decodeJSON(as: TagsBody.self, context: context)
        let tags = try SendingValidation.tags(body.tags)
        guard !tags.isEmpty else { throw APIError.validation("tags must not be empty") }
        let now = Date()
        guard let result = try await store.addTags(id: id, tenantId: identity.tenantId, tags: tags, now: now) else {
            throw APIError.notFound("no contact \(id)")
        }
        let (contact, added) = result
        await fire(context.logger) {
            for tag in added { try await triggers.tagAdded(tenantId: identity.tenantId, contactId: id, tag: tag, now: now) }
        }
        return contact
    }

    @Sendable func removeTag(_ request: Request, context: AuthenticatedContext) async throws -> Contact {
        let identity = try context.requireIdentity(Role.staff)
        let id = try SendingValidation.id(context, "contact")
        let tag = try context.parameters.require("tag").removingPercentEncoding?.lowercased() ?? ""
        guard let contact = try await store.removeTag(id: id, tenantId: identity.tenantId, tag: tag, now: Date()) else {
            throw APIError.notFound("no contact \(id)")
        }
        return contact
    }

    // MARK: - CSV import

    /// `POST /api/email/contacts/import` with a `text/csv` body: a header row naming `email` (required), `name`,
    /// `tags` (separated by `;`), `consent`, and any other column as an attribute. Valid rows are imported in one
    /// transaction; each invalid row is reported with its line number and changes nothing.
    @Sendable func importCSV(_ request: Request, context: AuthenticatedContext) async throws -> ImportReport {
        let identity = try context.requireIdentity(Role.staff)
        let mediaType = request.headers[.contentType]?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard mediaType == "text/csv" else { throw APIError.unsupportedMediaType("content type must be text/csv") }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: context.maxUploadSize)
        } catch is NIOTooManyBytesError {
            throw APIError.payloadTooLarge(limit: context.maxUploadSize)
        }
        guard let text = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw APIError.validation("body must be UTF-8 text")
        }
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            throw APIError.validation("body is not valid CSV: \(error)")
        }
        guard let header = records.first else { throw APIError.validation("body must start with a header row naming the columns") }
        guard records.count - 1 <= importMaxRows else {
            throw APIError(status: 413, code: "payload_too_large", message: "an import holds at most \(importMaxRows) rows")
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let emailColumn = columns.firstIndex(where: { $0.lowercased() == "email" }) else {
            throw APIError.validation("the header row must have an email column")
        }
        var seenColumns = Set<String>()
        for column in columns {
            guard seenColumns.insert(column.lowercased()).inserted else { throw APIError.validation("column \(column) appears twice") }
            let known = ["email", "name", "tags", "consent"].contains(column.lowercased())
            guard known || SendingValidation.isName(column) else {
                throw APIError.validation("column \(column.prefix(70)) is not a valid attribute name (a letter, then letters, digits or _)")
            }
            guard known || !ContactFields.reserved.contains(column) else { throw APIError.validation("column \(column) is reserved") }
        }

        let now = Date()
        var contacts: [Contact] = []
        var errors: [ImportReport.RowError] = []
        var seenEmails = Set<String>()
        for record in records.dropFirst() {
            do {
                guard record.fields.count == columns.count else {
                    throw APIError.validation("has \(record.fields.count) fields, the header has \(columns.count)")
                }
                var contact = Contact(
                    id: UUID().uuidString.lowercased(), email: try Self.email(record.fields[emailColumn], field: "email"),
                    name: nil, attributes: [:], tags: [], consent: .subscribed, consentUpdatedAt: now, createdAt: now, updatedAt: now)
                for (index, column) in columns.enumerated() where index != emailColumn {
                    let value = record.fields[index].trimmingCharacters(in: .whitespaces)
                    guard !value.isEmpty else { continue }
                    switch column.lowercased() {
                    case "name": contact.name = try SendingValidation.text(value, field: "name", max: 200)
                    case "tags": contact.tags = try SendingValidation.tags(value.split(separator: ";").map(String.init))
                    case "consent": contact.consent = try Self.consent(value.lowercased(), field: "consent")
                    default:
                        guard value.count <= 1000 else { throw APIError.validation("\(column) must be at most 1000 characters") }
                        contact.attributes[column] = value
                    }
                }
                guard seenEmails.insert(contact.email).inserted else {
                    throw APIError.validation("email \(contact.email) appears on an earlier row")
                }
                contacts.append(contact)
            } catch let error as APIError {
                errors.append(.init(row: record.line, message: error.message))
            }
        }
        let result = try await store.importContacts(contacts, tenantId: identity.tenantId, now: now)
        context.logger.info("contacts imported", metadata: [
            "created": "\(result.created.count)", "updated": "\(result.updated)", "rejected": "\(errors.count)",
        ])
        await fire(context.logger) {
            for contact in result.created {
                try await triggers.contactCreated(tenantId: identity.tenantId, contactId: contact.id, now: now)
            }
        }
        return ImportReport(rows: records.count - 1, created: result.created.count, updated: result.updated, errors: errors)
    }

    // MARK: - Helpers

    /// Runs automation triggers after the change is committed; a failing trigger is logged, the request succeeds.
    private func fire(_ logger: Logger, _ body: () async throws -> Void) async {
        do {
            try await body()
        } catch {
            logger.error("automation trigger failed", metadata: ["error": "\(error)"])
        }
    }

    static func email(_ raw: String, field: String) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty else { throw APIError.validation("\(field) must not be empty") }
        guard let address = try? EmailAddress(text), address.address.count <= 254 else {
            throw APIError.validation("\(field) is not a valid email address")
        }
        return address.address
    }

    static func consent(_ raw: String, field: String) throws -> Consent {
        guard let consent = Consent(rawValue: raw) else { throw APIError.validation("\(field) must be one of \(Consent.list)") }
        return consent
    }
}
