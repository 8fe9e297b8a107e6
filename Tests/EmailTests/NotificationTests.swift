import Foundation
import Testing

/// The `notifications` consumer: support-desk events become emails (default or tenant templates), once each;
/// events without an address are recorded as not sendable; unknown types dead-letter; health alerts go to the
/// configured recipients.
@Suite("Support notifications by email", .serialized, .enabled(if: EmailStack.isAvailable))
struct NotificationTests {
    static func event(_ type: String, id: String, tenantId: String, email: String?, name: String? = "Sam Client",
                      message: String? = nil, ratingURL: String? = nil) -> [String: Any] {
        var recipient: [String: Any] = ["userId": "u-1"]
        if let email { recipient["email"] = email }
        if let name { recipient["name"] = name }
        var event: [String: Any] = [
            "type": type, "messageId": id, "tenantId": tenantId, "occurredAt": Date().formatted(.iso8601),
            "requestId": "req-\(id)", "recipient": recipient,
            "ticket": ["id": "T-1001", "subject": "Broken <lamp>", "status": "resolved", "priority": "high", "category": "product_issue"],
        ]
        if let message { event["message"] = message }
        if let ratingURL { event["ratingURL"] = ratingURL }
        return event
    }

    @Test("a ticket notification on the queue arrives by email, once; a tenant template overrides the default")
    func ticketNotifications() async throws {
        try await EmailStack.with { stack in
            let admin = try await stack.newTenantAdmin()
            let tenant = admin.tenantId
            let resolved = Self.event("ticket.resolved", id: "ev-1", tenantId: tenant, email: "sam@client.test",
                                      ratingURL: "https://shop.test/rate/T-1001")
            try await stack.publish(resolved, toQueue: "notifications", messageId: "ev-1", type: "ticket.resolved")
            try await stack.publish(resolved, toQueue: "notifications", messageId: "ev-1", type: "ticket.resolved")
            try await stack.eventually("the resolution email") { try !stack.received(to: "sam@client.test").isEmpty }
            let mail = try #require(try stack.received(to: "sam@client.test").first)
            #expect(mail.header("Subject") == "Your request is resolved: Broken <lamp>")
            #expect(mail.decoded.contains("https://shop.test/rate/T-1001"))
            #expect(mail.decoded.contains("Hello Sam Client,"))
            #expect(mail.decoded.contains("Broken &lt;lamp&gt;"))

            // The tenant's own template for ticket.answered.
            let custom = try await stack.call(.POST, "/api/email/templates", token: admin.accessToken, json: [
                "name": "notification.ticket.answered", "subject": "[{{ticketId}}] {{recipientName}}, we answered",
                "text": "Answer: {{message}}",
            ])
            #expect(custom.status == 201, "\(custom.body)")
            let answered = Self.event("ticket.answered", id: "ev-2", tenantId: tenant, email: "sam@client.test", message: "Try a new bulb.")
            try await stack.publish(answered, toQueue: "notifications", messageId: "ev-2", type: "ticket.answered")
            try await stack.eventually("the answer email") { try stack.received(to: "sam@client.test").count == 2 }
            let answer = try #require(try stack.received(to: "sam@client.test").first { $0.header("Subject")?.hasPrefix("[T-1001]") == true })
            #expect(answer.header("Subject") == "[T-1001] Sam Client, we answered")
            #expect(answer.decoded.contains("Answer: Try a new bulb."))
            // Another tenant's event uses its own (default) template.
            let other = try await stack.newTenantAdmin("other")
            try await stack.publish(Self.event("ticket.answered", id: "ev-3", tenantId: other.tenantId, email: "zoe@client.test", message: "Hi"),
                                    toQueue: "notifications", messageId: "ev-3", type: "ticket.answered")
            try await stack.eventually("the other tenant's email") { try !stack.received(to: "zoe@client.test").isEmpty }
            #expect(try stack.received(to: "zoe@client.test").first?.header("Subject") == "New answer to your request: Broken <lamp>")

            // No address: recorded as not sendable. Unknown type: dead-lettered with the reason.
            try await stack.publish(Self.event("ticket.created", id: "ev-4", tenantId: tenant, email: nil),
                                    toQueue: "notifications", messageId: "ev-4", type: "ticket.created")
            try await stack.publish(["type": "ticket.exploded", "messageId": "ev-5"], toQueue: "notifications", messageId: "ev-5")
            let dead = try await stack.drain("notifications.dead", expecting: 1)
            #expect(dead.first?.headers["x-death-reason"]?.contains("unknown notification type ticket.exploded") == true)
            try await stack.eventually("the unsendable event recorded") {
                let outbox = try await stack.call(.GET, "/api/email/outbox?status=unsendable", token: admin.accessToken)
                return outbox.items.first?["lastError"] as? String == "the recipient has no email address"
            }
            try await Task.sleep(for: .seconds(1))
            #expect(try stack.received(to: "sam@client.test").count == 2, "the redelivered event was mailed once")
            #expect(try stack.smtp.received().count == 3)
        }
    }

    @Test("health alerts go to EMAIL_ALERT_RECIPIENTS")
    func healthAlerts() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_ALERT_RECIPIENTS": "ops@ops.test, oncall@ops.test"]) { stack in
            let alert: [String: Any] = [
                "type": "health.alert", "messageId": "al-1",
                "alert": ["id": "al-1", "subject": "sav-agent", "subjectType": "service", "kind": "down", "event": "raised",
                          "severity": "critical", "status": "down", "message": "sav-agent is down: connection refused",
                          "at": Date().formatted(.iso8601)],
            ]
            try await stack.publish(alert, toQueue: "notifications", messageId: "al-1", type: "health.alert")
            try await stack.eventually("both recipients") { try stack.smtp.received().count == 2 }
            let mail = try #require(try stack.received(to: "ops@ops.test").first)
            #expect(mail.header("Subject") == "[CommerceAI CRITICAL] sav-agent is down: connection refused")
            #expect(try stack.received(to: "oncall@ops.test").count == 1)
        }
    }
}
