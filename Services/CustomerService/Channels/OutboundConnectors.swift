import AsyncHTTPClient
import Auth
import Foundation
import NIOCore
import NIOHTTP1

/// Why a send did not happen.
enum OutboundError: Error, CustomStringConvertible {
    /// The tenant has not configured the channel: the message waits in the outbox.
    case notConfigured(String)
    /// The provider refused the message for good (a 4xx other than 408/429): retrying would not help.
    case permanent(String)
    /// A network failure, a timeout, a 408/429/5xx: worth retrying later.
    case transient(String)

    var description: String {
        switch self {
        case .notConfigured(let text), .permanent(let text), .transient(let text): text
        }
    }
}

/// The outbound connectors of the channels, over AsyncHTTPClient with a time limit per send:
/// - WhatsApp: Twilio's Messages API, `POST {SAV_TWILIO_API_BASE_URL}/2010-04-01/Accounts/{sid}/Messages.json`,
///   basic auth `sid:authToken`, form `To=whatsapp:<customer>&From=whatsapp:<number>&Body=…`.
/// - Messenger: the Send API, `POST {SAV_MESSENGER_API_BASE_URL}/me/messages?access_token=<page token>`,
///   `{"recipient": {"id": psid}, "messaging_type": "RESPONSE", "message": {"text": …}}`.
/// - Email: the email agent, `POST {SAV_EMAIL_AGENT_URL}/api/email/send` `{to, subject, text}` with a short-lived
///   access token of the tenant minted with the shared JWT secret.
struct OutboundConnectors: Sendable {
    let settings: ChannelSettingsStore
    let tokens: AccessTokens
    let config: ConversationsConfig
    let client: HTTPClient

    /// Sends one outbox item; throws ``OutboundError``.
    func send(_ item: OutboxItem) async throws {
        switch item.channel {
        case .whatsapp: try await sendWhatsApp(item)
        case .messenger: try await sendMessenger(item)
        case .email: try await sendEmail(item)
        case .web, .api: return
        }
    }

    private func sendWhatsApp(_ item: OutboxItem) async throws {
        guard let (settings, _) = try await self.settings.whatsApp(tenantId: item.tenantId) else {
            throw OutboundError.notConfigured("no WhatsApp credentials configured")
        }
        let sid = FormEncoding.escape(settings.accountSid)
        var request = HTTPClientRequest(url: "\(config.twilioAPIBaseURL)/2010-04-01/Accounts/\(sid)/Messages.json")
        request.method = .POST
        let credentials = Data("\(settings.accountSid):\(settings.authToken)".utf8).base64EncodedString()
        request.headers.add(name: "Authorization", value: "Basic \(credentials)")
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        let form = FormEncoding.encode([
            ("To", "whatsapp:\(item.recipient)"), ("From", "whatsapp:\(WhatsAppSettings.normalise(settings.number))"),
            ("Body", item.body),
        ])
        request.body = .bytes(ByteBuffer(string: form))
        try await execute(request, provider: "Twilio")
    }

    private func sendMessenger(_ item: OutboxItem) async throws {
        guard let (settings, _) = try await self.settings.messenger(tenantId: item.tenantId) else {
            throw OutboundError.notConfigured("no Messenger credentials configured")
        }
        let token = FormEncoding.escape(settings.pageAccessToken)
        var request = HTTPClientRequest(url: "\(config.messengerAPIBaseURL)/me/messages?access_token=\(token)")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        let body: [String: Any] = [
            "recipient": ["id": item.recipient], "messaging_type": "RESPONSE", "message": ["text": String(item.body.prefix(2000))],
        ]
        request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        try await execute(request, provider: "Messenger")
    }

    private func sendEmail(_ item: OutboxItem) async throws {
        let (token, _) = try await tokens.issue(userId: "sav-agent", tenantId: item.tenantId, role: .agent)
        var request = HTTPClientRequest(url: "\(config.emailAgentURL)/api/email/send")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Idempotency-Key", value: item.id)
        let body = ["to": item.recipient, "subject": item.subject ?? "Re:", "text": item.body]
        request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(body)))
        try await execute(request, provider: "the email agent")
    }

    private func execute(_ request: HTTPClientRequest, provider: String) async throws {
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: .seconds(Int64(config.outboundTimeout.components.seconds)))
        } catch {
            throw OutboundError.transient("\(provider) unreachable: \(error)")
        }
        let status = Int(response.status.code)
        let body = (try? await response.body.collect(upTo: 64 * 1024)).map { String(buffer: $0) } ?? ""
        switch status {
        case 200..<300: return
        case 408, 429, 500...: throw OutboundError.transient("\(provider) answered \(status): \(body.prefix(200))")
        default: throw OutboundError.permanent("\(provider) answered \(status): \(body.prefix(200))")
        }
    }
}

/// `application/x-www-form-urlencoded`, both ways.
enum FormEncoding {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._*")

    static func encode(_ params: [(String, String)]) -> String {
        params.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    static func escape(_ text: String) -> String {
        (text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text).replacingOccurrences(of: "%20", with: "+")
    }

    /// The parameters of a form body, in order; nil when it is not valid percent-encoding.
    static func decode(_ body: String) -> [(String, String)]? {
        var params: [(String, String)] = []
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = unescape(parts[0]), let value = unescape(parts.count > 1 ? parts[1] : "") else { return nil }
            params.append((name, value))
        }
        return params
    }

    private static func unescape(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
