import CommerceModels
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceRuntime

/// The channels' public webhooks (the gateway forwards them without a token; each proves itself with a signature):
/// - `POST /webhook/whatsapp`: Twilio, form-encoded; the tenant is the one receiving on `To`; `X-Twilio-Signature`
///   must verify with its auth token over `SAV_PUBLIC_BASE_URL` + path + query and the sorted form parameters.
/// - `GET /api/customer-service/webhook/messenger`: the subscription check (`hub.mode=subscribe`,
///   `hub.verify_token`, `hub.challenge` echoed back).
/// - `POST /api/customer-service/webhook/messenger`: page events; the tenant owns the page `entry[].id`;
///   `X-Hub-Signature-256: sha256=<hex>` must verify with its app secret over the raw body.
/// - `POST /api/customer-service/webhook/email`: `{tenantId, from, fromName?, subject?, text, messageId?}` signed with
///   `SAV_INBOUND_EMAIL_SECRET` (`X-Signature: sha256=<hex>` over the raw body).
/// A bad or missing signature is 403 in the error shape and nothing is stored. A verified message is stored and
/// answered (unless a person holds the conversation); the channel's delivery id makes a redelivery harmless.
struct WebhookController: Sendable {
    let service: ConversationService
    let settings: ChannelSettingsStore
    let config: ConversationsConfig

    static let maxText = 4000

    func register(on router: Router<AppRequestContext>) {
        router.post("/webhook/whatsapp", use: whatsApp)
        router.get("/api/customer-service/webhook/messenger", use: messengerChallenge)
        router.post("/api/customer-service/webhook/messenger", use: messenger)
        router.post("/api/customer-service/webhook/email", use: email)
    }

    // MARK: - WhatsApp (Twilio)

    @Sendable func whatsApp(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await Self.rawBody(request, context: context)
        guard let params = FormEncoding.decode(String(decoding: body, as: UTF8.self)) else {
            throw Self.badSignature
        }
        let field = { (name: String) in params.first(where: { $0.0 == name })?.1 }
        guard let to = field("To"), let (tenantId, whatsApp) = try await settings.whatsApp(number: to) else {
            throw Self.badSignature
        }
        let url = config.publicBaseURL + request.uri.description
        guard WebhookSignatures.verifyTwilio(
            header: Self.header(request, "x-twilio-signature"), url: url, params: params,
            authToken: whatsApp.authToken)
        else {
            context.logger.warning("whatsapp webhook refused: bad signature")
            throw Self.badSignature
        }
        guard let from = field("From").map(WhatsAppSettings.normalise), !from.isEmpty else {
            throw APIError.validation("From is required")
        }
        let text = try Self.text(field("Body") ?? "", field: "Body")
        let name = field("ProfileName").map { String($0.prefix(100)) }
        _ = try await service.receive(.init(
            tenantId: tenantId, channel: .whatsapp, text: text, customer: CustomerContact(name: name, phone: from),
            externalId: from, externalMessageId: field("MessageSid").map { "twilio:\($0)" }, requestId: context.requestId))
        var headers = HTTPFields()
        headers[.contentType] = "text/xml; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>")))
    }

    // MARK: - Messenger

    @Sendable func messengerChallenge(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard query["hub.mode"].map(String.init) == "subscribe", let token = query["hub.verify_token"].map(String.init),
              let challenge = query["hub.challenge"].map(String.init), !challenge.isEmpty, challenge.count <= 200
        else { throw APIError.forbidden("the subscription check does not verify") }
        var matched = false
        for candidate in try await settings.messengerVerifyTokens() where WebhookSignatures.constantTimeEqual(candidate, token) {
            matched = true
        }
        guard matched else { throw APIError.forbidden("the subscription check does not verify") }
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: challenge)))
    }

    struct MessengerEvent: Decodable {
        struct Entry: Decodable {
            struct Messaging: Decodable {
                struct Party: Decodable { var id: String }
                struct Message: Decodable {
                    var mid: String?
                    var text: String?
                    var is_echo: Bool?
                }
                var sender: Party
                var recipient: Party?
                var message: Message?
            }
            var id: String
            var messaging: [Messaging]?
        }
        var object: String?
        var entry: [Entry]
    }

    @Sendable func messenger(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await Self.rawBody(request, context: context)
        guard let event = try? JSONDecoder().decode(MessengerEvent.self, from: Data(body)),
              let pageId = event.entry.first?.id, event.entry.allSatisfy({ $0.id == pageId }),
              let (tenantId, messenger) = try await settings.messenger(pageId: pageId)
        else { throw Self.badSignature }
        guard WebhookSignatures.verifySHA256(
            header: Self.header(request, "x-hub-signature-256"), body: body,
            secret: messenger.appSecret)
        else {
            context.logger.warning("messenger webhook refused: bad signature")
            throw Self.badSignature
        }
        for entry in event.entry {
            for item in entry.messaging ?? [] {
                guard let message = item.message, message.is_echo != true, let raw = message.text else { continue }
                let text = try Self.text(raw, field: "message.text")
                _ = try await service.receive(.init(
                    tenantId: tenantId, channel: .messenger, text: text, customer: CustomerContact(),
                    externalId: item.sender.id, externalMessageId: message.mid.map { "messenger:\($0)" },
                    requestId: context.requestId))
            }
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"received"}"#)))
    }

    // MARK: - Email

    struct InboundEmail: Decodable {
        var tenantId: String
        var from: String
        var fromName: String?
        var subject: String?
        var text: String
        var messageId: String?
    }

    @Sendable func email(_ request: Request, context: AppRequestContext) async throws -> Response {
        let body = try await Self.rawBody(request, context: context)
        guard let secret = config.inboundEmailSecret,
              WebhookSignatures.verifySHA256(
                header: Self.header(request, "x-signature"), body: body, secret: secret)
        else {
            context.logger.warning("email webhook refused: bad signature")
            throw Self.badSignature
        }
        let email = try JSONBody.decode(InboundEmail.self, from: Data(body))
        guard (1...64).contains(email.tenantId.count), !email.tenantId.contains(where: \.isWhitespace) else {
            throw APIError.validation("tenantId is invalid")
        }
        let from = email.from.trimmingCharacters(in: .whitespaces).lowercased()
        guard from.count <= 254, from.contains("@"), !from.contains(" ") else { throw APIError.validation("from must be an email address") }
        let text = try Self.text(email.text, field: "text")
        if let subject = email.subject, subject.count > 300 { throw APIError.validation("subject must be at most 300 characters") }
        _ = try await service.receive(.init(
            tenantId: email.tenantId, channel: .email, text: text,
            customer: CustomerContact(name: email.fromName.map { String($0.prefix(100)) }, email: from),
            externalId: from, externalMessageId: email.messageId.map { "email:\($0.prefix(300))" }, subject: email.subject,
            requestId: context.requestId))
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"received"}"#)))
    }

    // MARK: - Helpers

    /// The first value of the header `name` (lower case).
    static func header(_ request: Request, _ name: String) -> String? {
        request.headers.first { $0.name.canonicalName == name }?.value
    }

    static let badSignature = APIError.forbidden("the webhook signature does not verify")

    static func rawBody(_ request: Request, context: AppRequestContext) async throws -> [UInt8] {
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: context.maxUploadSize)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw APIError.payloadTooLarge(limit: context.maxUploadSize)
        }
    }

    static func text(_ raw: String, field: String) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw APIError.validation("\(field) must not be empty") }
        guard text.count <= maxText else { throw APIError.validation("\(field) must be at most \(maxText) characters") }
        return text
    }
}
