import Auth
import CommerceModels
import Foundation
import Hummingbird
import ServiceRuntime

/// `/api/customer-service/channels` (tenant administrators): the WhatsApp and Messenger settings, secrets
/// write-only (`GET` masks them); and `/api/customer-service/outbox` (staff): the messages to customers with their
/// delivery state, `?status=pending|sent|failed`.
struct ChannelsController: Sendable {
    let settings: ChannelSettingsStore
    let store: any ConversationStore
    let dispatcher: OutboundDispatcher
    let config: ConversationsConfig

    struct WhatsAppBody: Decodable {
        var accountSid: String
        var authToken: String
        var number: String
    }

    struct MessengerBody: Decodable {
        var pageId: String
        var appSecret: String
        var pageAccessToken: String
        var verifyToken: String
    }

    func register(channels: RouterGroup<AuthenticatedContext>, outbox: RouterGroup<AuthenticatedContext>) {
        channels.get(use: list)
        channels.put("whatsapp", use: putWhatsApp)
        channels.put("messenger", use: putMessenger)
        outbox.get(use: listOutbox)
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> ChannelSettingsView {
        let identity = try context.requireIdentity(Role.administrators)
        return try await view(tenantId: identity.tenantId)
    }

    @Sendable func putWhatsApp(_ request: Request, context: AuthenticatedContext) async throws -> ChannelSettingsView {
        let identity = try context.requireIdentity(Role.administrators)
        let body = try await request.decodeJSON(as: WhatsAppBody.self, context: context)
        let sid = try Self.field(body.accountSid, "accountSid", max: 64)
        guard sid.allSatisfy({ $0.isLetter || $0.isNumber }) else { throw APIError.validation("accountSid must be letters and digits") }
        let number = WhatsAppSettings.normalise(try Self.field(body.number, "number", max: 40))
        guard number.hasPrefix("+"), (8...16).contains(number.count) else {
            throw APIError.validation("number must be an international phone number such as +14155238886")
        }
        let settings = WhatsAppSettings(accountSid: sid, authToken: try Self.field(body.authToken, "authToken", max: 256), number: number)
        try await self.settings.save(settings, tenantId: identity.tenantId, now: Date())
        context.logger.info("whatsapp channel configured")
        await sendWaiting(tenantId: identity.tenantId, channel: .whatsapp, requestId: context.requestId)
        return try await view(tenantId: identity.tenantId)
    }

    @Sendable func putMessenger(_ request: Request, context: AuthenticatedContext) async throws -> ChannelSettingsView {
        let identity = try context.requireIdentity(Role.administrators)
        let body = try await request.decodeJSON(as: MessengerBody.self, context: context)
        let pageId = try Self.field(body.pageId, "pageId", max: 64)
        guard pageId.allSatisfy({ $0.isNumber || $0.isLetter }) else { throw APIError.validation("pageId must be letters and digits") }
        let settings = MessengerSettings(
            pageId: pageId, appSecret: try Self.field(body.appSecret, "appSecret", max: 256),
            pageAccessToken: try Self.field(body.pageAccessToken, "pageAccessToken", max: 1024),
            verifyToken: try Self.field(body.verifyToken, "verifyToken", max: 256))
        try await self.settings.save(settings, tenantId: identity.tenantId, now: Date())
        context.logger.info("messenger channel configured")
        await sendWaiting(tenantId: identity.tenantId, channel: .messenger, requestId: context.requestId)
        return try await view(tenantId: identity.tenantId)
    }

    @Sendable func listOutbox(_ request: Request, context: AuthenticatedContext) async throws -> Page<OutboxItem> {
        let identity = try context.requireIdentity(Role.staff)
        let query = request.uri.queryParameters
        let page = try PageRequest(limit: query["limit"].map(String.init), cursor: query["cursor"].map(String.init))
        var status: OutboxItem.Status?
        if let raw = query["status"].map(String.init) {
            guard let parsed = OutboxItem.Status(rawValue: raw) else {
                throw APIError.validation("status must be pending, sent or failed")
            }
            status = parsed
        }
        return try await store.listOutbox(tenantId: identity.tenantId, status: status, page: page)
    }

    // MARK: - Helpers

    /// Messages that waited for the channel's credentials go out now (failures are scheduled for retries).
    private func sendWaiting(tenantId: String, channel: ConversationChannel, requestId: String) async {
        guard let ids = try? await store.pendingOutbox(tenantId: tenantId, channel: channel), !ids.isEmpty else { return }
        for id in ids {
            await dispatcher.schedule(.init(outboxId: id, tenantId: tenantId), requestId: requestId, delayed: false)
        }
    }

    private func view(tenantId: String) async throws -> ChannelSettingsView {
        let whatsApp = try await settings.whatsApp(tenantId: tenantId)
        let messenger = try await settings.messenger(tenantId: tenantId)
        return ChannelSettingsView(
            whatsapp: whatsApp.map { .init(accountSid: $0.0.accountSid, number: $0.0.number, updatedAt: $0.1) },
            messenger: messenger.map { .init(pageId: $0.0.pageId, updatedAt: $0.1) },
            email: ["inboundConfigured": config.inboundEmailSecret != nil])
    }

    private static func field(_ raw: String, _ name: String, max: Int) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw APIError.validation("\(name) must not be empty") }
        guard text.count <= max else { throw APIError.validation("\(name) must be at most \(max) characters") }
        return text
    }
}
