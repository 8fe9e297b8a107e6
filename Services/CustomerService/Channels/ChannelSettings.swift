import CommerceModels
import Foundation
import GRDB
import Hummingbird
import Storage

/// A tenant's Twilio WhatsApp sender: the account that sends, its auth token (also the key of the webhook
/// signature) and the receiving number that tells which tenant a webhook is for.
struct WhatsAppSettings: Codable, Sendable, Equatable {
    var accountSid: String
    var authToken: String
    var number: String

    /// `whatsapp:+33 6 12…` and `+336 12…` are the same number: `+33612…`.
    static func normalise(_ number: String) -> String {
        var text = number.trimmingCharacters(in: .whitespaces)
        if text.lowercased().hasPrefix("whatsapp:") { text = String(text.dropFirst("whatsapp:".count)) }
        return text.filter { $0.isNumber || $0 == "+" }
    }
}

/// A tenant's Facebook page for Messenger: the page id that tells which tenant a webhook is for, the app secret that
/// signs webhooks, the page access token of the Send API and the token of the subscription check.
struct MessengerSettings: Codable, Sendable, Equatable {
    var pageId: String
    var appSecret: String
    var pageAccessToken: String
    var verifyToken: String
}

/// `GET /channels`: what is configured, secrets masked.
struct ChannelSettingsView: Encodable, Sendable, ResponseEncodable {
    struct WhatsApp: Encodable, Sendable {
        var accountSid: String
        var authToken = ChannelSettingsView.mask
        var number: String
        var updatedAt: Date
    }

    struct Messenger: Encodable, Sendable {
        var pageId: String
        var appSecret = ChannelSettingsView.mask
        var pageAccessToken = ChannelSettingsView.mask
        var verifyToken = ChannelSettingsView.mask
        var updatedAt: Date
    }

    static let mask = "********"

    var whatsapp: WhatsApp?
    var messenger: Messenger?
    /// Inbound email is configured for the whole installation (`SAV_INBOUND_EMAIL_SECRET`).
    var email: [String: Bool]
}

/// The channel settings of every tenant. Secrets stay in the agent's database and never leave it through the API.
struct ChannelSettingsStore: Sendable {
    let database: AppDatabase

    /// Saves a tenant's WhatsApp settings; 409 when another tenant already receives on this number.
    func save(_ settings: WhatsAppSettings, tenantId: String, now: Date) async throws {
        try await save(channel: "whatsapp", key: WhatsAppSettings.normalise(settings.number), value: settings,
                       tenantId: tenantId, now: now, conflict: "this WhatsApp number is already configured by another tenant")
    }

    /// Saves a tenant's Messenger settings; 409 when another tenant already uses this page.
    func save(_ settings: MessengerSettings, tenantId: String, now: Date) async throws {
        try await save(channel: "messenger", key: settings.pageId, value: settings,
                       tenantId: tenantId, now: now, conflict: "this page is already configured by another tenant")
    }

    func whatsApp(tenantId: String) async throws -> (WhatsAppSettings, Date)? {
        try await load(tenantId: tenantId, channel: "whatsapp")
    }

    func messenger(tenantId: String) async throws -> (MessengerSettings, Date)? {
        try await load(tenantId: tenantId, channel: "messenger")
    }

    /// The tenant receiving WhatsApp messages on `number`, and its settings.
    func whatsApp(number: String) async throws -> (tenantId: String, settings: WhatsAppSettings)? {
        try await find(channel: "whatsapp", key: WhatsAppSettings.normalise(number))
    }

    /// The tenant owning the page `pageId`, and its settings.
    func messenger(pageId: String) async throws -> (tenantId: String, settings: MessengerSettings)? {
        try await find(channel: "messenger", key: pageId)
    }

    /// Every Messenger configuration whose verify token is `token` (the subscription check names no page).
    func messengerVerifyTokens() async throws -> [String] {
        try await database.writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT json_extract(settings, '$.verifyToken') FROM channel_settings WHERE channel = 'messenger'")
        }
    }

    // MARK: - Rows

    private func save<T: Encodable & Sendable>(
        channel: String, key: String, value: T, tenantId: String, now: Date, conflict: String
    ) async throws {
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        try await database.writer.write { db in
            let owner = try String.fetchOne(
                db, sql: "SELECT tenant_id FROM channel_settings WHERE channel = ? AND lookup_key = ?", arguments: [channel, key])
            if let owner, owner != tenantId { throw APIError.conflict(conflict) }
            try db.execute(
                sql: """
                    INSERT INTO channel_settings (tenant_id, channel, lookup_key, settings, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(tenant_id, channel) DO UPDATE SET lookup_key = excluded.lookup_key,
                        settings = excluded.settings, updated_at = excluded.updated_at
                    """,
                arguments: [tenantId, channel, key, json, now])
        }
    }

    private func load<T: Decodable & Sendable>(tenantId: String, channel: String) async throws -> (T, Date)? {
        let row = try await database.writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT settings, updated_at FROM channel_settings WHERE tenant_id = ? AND channel = ?",
                arguments: [tenantId, channel])
        }
        guard let row else { return nil }
        let json: String = row["settings"]
        let date: Date = row["updated_at"]
        return (try JSONDecoder().decode(T.self, from: Data(json.utf8)), date)
    }

    private func find<T: Decodable & Sendable>(channel: String, key: String) async throws -> (tenantId: String, settings: T)? {
        let row = try await database.writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT tenant_id, settings FROM channel_settings WHERE channel = ? AND lookup_key = ?",
                arguments: [channel, key])
        }
        guard let row else { return nil }
        let json: String = row["settings"]
        return (row["tenant_id"], try JSONDecoder().decode(T.self, from: Data(json.utf8)))
    }
}
