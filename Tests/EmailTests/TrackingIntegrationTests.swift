import AsyncHTTPClient
import Foundation
import NIOHTTP1
import TestSupport
import Testing

/// Tracking, stats and one-click unsubscribe end to end: a campaign is sent through the real broker to the real SMTP
/// server; the test reads the received message and uses its pixel, its links and its `List-Unsubscribe` header
/// through the gateway, as a mail client and a mailbox provider would.
@Suite("Tracking and unsubscribe (real daemons)", .enabled(if: EmailStack.isAvailable), .serialized)
struct TrackingIntegrationTests {
    /// Links in mail point here; the test swaps it for the gateway's address (the public proxy in production).
    static let publicBase = "http://mail.public.test"

    /// A client that does not follow redirects (to see the 302 itself).
    static func withClient(_ body: (HTTPClient) async throws -> Void) async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(redirectConfiguration: .disallow))
        do {
            try await body(client)
        } catch {
            try? await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    /// Creates a segment of the contacts tagged `tag`, a campaign of `templateId` to it, sends it; returns its id.
    static func sendCampaign(_ stack: EmailStack, _ admin: EmailStack.Account, templateId: String, tag: String) async throws -> String {
        let segment = try await stack.call(
            .POST, "/api/email/segments", token: admin.accessToken,
            json: ["name": "tagged \(tag) \(UUID().uuidString.prefix(4))", "match": "all",
                   "rules": [["type": "tag", "operator": "has", "value": tag]]])
        guard segment.status == 201, let segmentId = segment["id"] as? String else {
            throw TestSupportError("segment: \(segment.status) \(segment.body)")
        }
        let campaign = try await stack.call(
            .POST, "/api/email/campaigns", token: admin.accessToken,
            json: ["name": "campaign \(UUID().uuidString.prefix(4))", "templateId": templateId, "segmentId": segmentId])
        guard campaign.status == 201, let campaignId = campaign["id"] as? String else {
            throw TestSupportError("campaign: \(campaign.status) \(campaign.body)")
        }
        let sent = try await stack.call(.POST, "/api/email/campaigns/\(campaignId)/send", token: admin.accessToken)
        guard sent.status == 202 else { throw TestSupportError("send: \(sent.status) \(sent.body)") }
        return campaignId
    }

    /// Every `<base><kind><token>` URL in `text`, in order.
    static func urls(in text: String, kind: String) -> [String] {
        let prefix = publicBase + kind
        return text.components(separatedBy: prefix).dropFirst().map { rest in
            prefix + rest.prefix { $0.isLetter || $0.isNumber || "-_.".contains($0) }
        }
    }

    /// The path of a public URL, sent to the gateway instead.
    static func viaGateway(_ stack: EmailStack, _ url: String) -> String {
        stack.gateway.baseURL + url.dropFirst(publicBase.count)
    }

    static func stats(_ stack: EmailStack, _ admin: EmailStack.Account, _ campaignId: String) async throws -> EmailStack.Reply {
        try await stack.call(.GET, "/api/email/campaigns/\(campaignId)/stats", token: admin.accessToken)
    }

    @Test("an open and a click are counted; a tampered token is refused; stats are staff-only and tenant-scoped")
    func openAndClick() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_PUBLIC_BASE_URL": Self.publicBase]) { stack in
            let admin = try await stack.newTenantAdmin("tracked")
            let template = try await stack.createTemplate(
                admin, name: "sale", subject: "Sale",
                html: #"<html><body><p>Hi {{firstName}}</p><a href="https://shop.example/sale?x=1&amp;y=2">Sale</a> <a href="https://shop.example/new">New</a></body></html>"#,
                text: "Sale at https://shop.example/sale")
            try await stack.createContact(admin, email: "ann@reader.test", name: "Ann", tags: ["news"])
            try await stack.createContact(admin, email: "bob@reader.test", name: "Bob", tags: ["news"])
            let campaignId = try await Self.sendCampaign(stack, admin, templateId: template, tag: "news")
            try await stack.eventually("both messages") {
                try stack.received(to: "ann@reader.test").count == 1 && stack.received(to: "bob@reader.test").count == 1
            }
            let message = try stack.received(to: "ann@reader.test")[0].decoded
            let clicks = Self.urls(in: message, kind: "/t/c/")
            let pixels = Self.urls(in: message, kind: "/t/o/")
            #expect(clicks.count == 2 && pixels.count == 1, "\(message)")
            #expect(!message.contains(#"href="https://shop.example/sale"#))

            try await Self.withClient { client in
                // The pixel: a GIF no cache keeps, fetched twice (one reader, two opens, one unique).
                for _ in 0..<2 {
                    let pixel = try await client.send(.GET, Self.viaGateway(stack, pixels[0]))
                    #expect(pixel.status == 200)
                    #expect(pixel.headers["Content-Type"].first == "image/gif")
                    #expect(pixel.headers["Cache-Control"].first?.contains("no-store") == true)
                    #expect(pixel.body.hasPrefix("GIF89a"))
                }
                // A link scanner's HEAD on the second link and on the pixel: the same answers, nothing counted.
                let probe = try await client.send(.HEAD, Self.viaGateway(stack, clicks[1]))
                #expect(probe.status == 302 && probe.headers["Location"].first == "https://shop.example/new")
                #expect(try await client.send(.HEAD, Self.viaGateway(stack, pixels[0])).status == 200)
                // The first link: 302 to the original URL, entities decoded.
                let click = try await client.send(.GET, Self.viaGateway(stack, clicks[0]))
                #expect(click.status == 302)
                #expect(click.headers["Location"].first == "https://shop.example/sale?x=1&y=2")

                // Tampered tokens: one character changed in the payload or the signature, the URL swapped, an open
                // token used as a click token. Each a bare 404, nothing recorded, no redirect.
                var tampered: [String] = []
                let token = String(clicks[1].dropFirst(Self.publicBase.count + 5))
                let parts = token.split(separator: ".").map(String.init)
                for index in [3, parts[0].count + 4] {
                    var characters = Array(token)
                    characters[index] = characters[index] == "x" ? "y" : "x"
                    tampered.append("/t/c/" + String(characters))
                }
                var payload = try #require(Data(base64Encoded: Self.base64(parts[0])))
                let json = String(decoding: payload, as: UTF8.self).replacingOccurrences(of: "shop.example", with: "evil.example")
                payload = Data(json.utf8)
                tampered.append("/t/c/" + Self.base64URL(payload) + "." + parts[1])
                tampered.append("/t/c/" + String(pixels[0].dropFirst(Self.publicBase.count + 5).dropLast(4)))
                tampered.append("/t/o/" + String(clicks[1].dropFirst(Self.publicBase.count + 5)) + ".gif")
                tampered.append("/t/c/not-a-token")
                for path in tampered {
                    let reply = try await client.send(.GET, stack.gateway.baseURL + path)
                    #expect(reply.status == 404, "\(path)")
                    #expect(reply.headers["Location"].isEmpty)
                    #expect(!reply.body.contains("evil") && !reply.body.contains("shop.example"))
                }
            }

            try await stack.eventually("delivered counted") {
                let stats = try await Self.stats(stack, admin, campaignId)
                return stats["delivered"] as? Int == 2
            }
            let stats = try await Self.stats(stack, admin, campaignId)
            #expect(stats.status == 200, "\(stats.body)")
            #expect(stats["sent"] as? Int == 2)
            #expect(stats["opens"] as? Int == 2 && stats["uniqueOpens"] as? Int == 1)
            #expect(stats["clicks"] as? Int == 1 && stats["uniqueClicks"] as? Int == 1)
            #expect(stats["unsubscribes"] as? Int == 0 && stats["bounces"] as? Int == 0 && stats["failed"] as? Int == 0)
            let rates = try #require(stats["rates"] as? [String: Any])
            #expect(rates["open"] as? Double == 0.5 && rates["click"] as? Double == 0.5 && rates["delivery"] as? Double == 1)

            // The agent's own /metrics counts them too.
            let metrics = try await stack.client.getString(stack.email.baseURL + "/metrics")
            #expect(metrics.contains(#"email_engagement_events_total{type="open"} 2"#), "\(metrics)")
            #expect(metrics.contains(#"email_engagement_events_total{type="click"} 1"#))

            // Staff only; another tenant's campaign does not exist for them.
            let agent = try await stack.newStaff(of: admin, role: "agent")
            #expect(try await Self.stats(stack, agent, campaignId).status == 200)
            let customer = try await stack.newCustomer(of: admin.tenantId)
            #expect(try await Self.stats(stack, customer, campaignId).status == 403)
            let other = try await stack.newTenantAdmin("other")
            let foreign = try await Self.stats(stack, other, campaignId)
            #expect(foreign.status == 404 && foreign.errorCode == "not_found")
            #expect(try await Self.stats(stack, admin, UUID().uuidString).status == 404)
            #expect(try await Self.stats(stack, admin, "not-a-uuid").status == 404)
        }
    }

    @Test("the one-click unsubscribe of the received headers stops every later campaign; GET changes nothing")
    func oneClickUnsubscribe() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_PUBLIC_BASE_URL": Self.publicBase]) { stack in
            let admin = try await stack.newTenantAdmin("lists")
            let template = try await stack.createTemplate(
                admin, name: "news", subject: "News", html: "<p>News for {{firstName}}</p>", text: "News")
            let leaver = try await stack.createContact(admin, email: "leaver@reader.test", name: "Lee", tags: ["news"])
            try await stack.createContact(admin, email: "stayer@reader.test", name: "Sam", tags: ["news"])
            let first = try await Self.sendCampaign(stack, admin, templateId: template, tag: "news")
            try await stack.eventually("the first campaign") {
                try stack.received(to: "leaver@reader.test").count == 1 && stack.received(to: "stayer@reader.test").count == 1
            }
            let received = try stack.received(to: "leaver@reader.test")[0]
            #expect(received.header("List-Unsubscribe-Post") == "List-Unsubscribe=One-Click")
            let header = try #require(received.header("List-Unsubscribe"))
            #expect(header.hasPrefix("<\(Self.publicBase)/unsubscribe/") && header.hasSuffix(">"))
            let url = Self.viaGateway(stack, String(header.dropFirst().dropLast()))

            // GET: a confirmation page with a form; the contact is still subscribed.
            let page = try await stack.client.send(.GET, url)
            #expect(page.status == 200)
            #expect(page.headers["Content-Type"].first?.hasPrefix("text/html") == true)
            #expect(page.body.contains("<form method=\"post\""))
            #expect(page.body.contains("l•••@reader.test"))
            var contact = try await stack.call(.GET, "/api/email/contacts/\(leaver)", token: admin.accessToken)
            #expect(contact["consent"] as? String == "subscribed")

            // POST as a mailbox provider does (RFC 8058), twice: the same answer, one event.
            for _ in 0..<2 {
                let done = try await stack.client.send(
                    .POST, url, headers: [("Content-Type", "application/x-www-form-urlencoded")],
                    body: Array("List-Unsubscribe=One-Click".utf8))
                #expect(done.status == 200)
                #expect(done.body.contains("unsubscribed"))
            }
            contact = try await stack.call(.GET, "/api/email/contacts/\(leaver)", token: admin.accessToken)
            #expect(contact["consent"] as? String == "unsubscribed")
            #expect(try await Self.stats(stack, admin, first)["unsubscribes"] as? Int == 1)
            // A forged unsubscribe token changes nothing.
            let forged = try await stack.client.send(.POST, url.replacingOccurrences(of: "/unsubscribe/", with: "/unsubscribe/x"))
            #expect(forged.status == 404)

            // The next campaign reaches the one who stayed, not the one who left.
            let second = try await Self.sendCampaign(stack, admin, templateId: template, tag: "news")
            try await stack.eventually("the second campaign") { try stack.received(to: "stayer@reader.test").count == 2 }
            try await stack.eventually("the second campaign is sent") {
                let detail = try await stack.call(.GET, "/api/email/campaigns/\(second)", token: admin.accessToken)
                return detail["status"] as? String == "sent"
            }
            try await Task.sleep(for: .milliseconds(500))
            #expect(try stack.received(to: "leaver@reader.test").count == 1)
            #expect(try await Self.stats(stack, admin, second)["sent"] as? Int == 1)
        }
    }

    static func base64(_ base64URL: String) -> String {
        var text = base64URL.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return text
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
