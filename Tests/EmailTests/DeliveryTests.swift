import Foundation
import TestSupport
import Testing

/// The `email.sending` workers against a real SMTP server that refuses some recipients: retries with backoff,
/// dead letters with the reason, bounced contacts, no duplicates on redelivery, and no SMTP at all.
@Suite("Email delivery", .serialized, .enabled(if: EmailStack.isAvailable))
struct DeliveryTests {
    @Test("temporary refusals are retried and delivered; permanent ones dead-letter and mark the contact bounced")
    func retriesAndBounces() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_SEND_MAX_ATTEMPTS": "3"]) { stack in
            let admin = try await stack.newTenantAdmin()
            for email in ["flaky1@mx.test", "bounce1@mx.test", "busy1@mx.test", "fine@mx.test"] {
                try await stack.createContact(admin, email: email, name: "N", tags: ["all"])
            }
            let template = try await stack.createTemplate(admin, name: "t", subject: "Hello {{email}}", html: nil, text: "Hi {{email}}")
            let segment = try await stack.call(.POST, "/api/email/segments", token: admin.accessToken, json: [
                "name": "all", "rules": [["type": "tag", "operator": "has", "value": "all"]],
            ])
            let campaign = try await stack.call(.POST, "/api/email/campaigns", token: admin.accessToken, json: [
                "name": "c", "templateId": template, "segmentId": try #require(segment["id"] as? String),
            ])
            let id = try #require(campaign["id"] as? String)
            #expect(try await stack.call(.POST, "/api/email/campaigns/\(id)/send", token: admin.accessToken).status == 202)

            try await stack.eventually("flaky delivered after two refusals") { try !stack.received(to: "flaky1@mx.test").isEmpty }
            #expect(try stack.received(to: "fine@mx.test").count == 1)
            let dead = try await stack.drain("email.sending.dead", expecting: 2, timeout: .seconds(20))
            #expect(dead.count == 2)
            let reasons = Dictionary(uniqueKeysWithValues: try dead.map { delivery -> (String, String) in
                let body = try JSONSerialization.jsonObject(with: Data(delivery.body)) as? [String: Any] ?? [:]
                return (body["to"] as? String ?? "", delivery.headers["x-death-reason"] ?? "")
            })
            #expect(reasons["bounce1@mx.test"]?.contains("550") == true, "\(reasons)")
            #expect(reasons["busy1@mx.test"]?.contains("gave up after 3 attempts") == true, "\(reasons)")
            #expect(try stack.received(to: "bounce1@mx.test").isEmpty && stack.received(to: "busy1@mx.test").isEmpty)
            #expect(try stack.received(to: "flaky1@mx.test").count == 1)

            let bounced = try await stack.call(.GET, "/api/email/contacts?consent=bounced", token: admin.accessToken)
            #expect(bounced.items.compactMap { $0["email"] as? String } == ["bounce1@mx.test"])
            let outbox = try await stack.call(.GET, "/api/email/outbox?campaignId=\(id)", token: admin.accessToken)
            let statuses = Dictionary(uniqueKeysWithValues: outbox.items.map { ($0["to"] as? String ?? "", $0["status"] as? String ?? "") })
            #expect(statuses == ["flaky1@mx.test": "delivered", "fine@mx.test": "delivered", "bounce1@mx.test": "bounced", "busy1@mx.test": "failed"])
            let flaky = try #require(outbox.items.first { $0["to"] as? String == "flaky1@mx.test" })
            #expect(flaky["attempts"] as? Int == 3)
            // A bounced contact gets no transactional mail either.
            let refused = try await stack.call(.POST, "/api/email/send", token: admin.accessToken,
                                               json: ["to": "bounce1@mx.test", "subject": "s", "text": "t"])
            #expect(refused.status == 422)
        }
    }

    @Test("the same message delivered twice by the broker is sent once")
    func redeliveryIsIdempotent() async throws {
        try await EmailStack.with { stack in
            let job: [String: Any] = [
                "kind": "transactional", "messageId": "dup-1", "tenantId": "t1", "to": "dup@mx.test", "subject": "Once",
                "text": "only once", "headers": [:] as [String: String], "marketing": false,
            ]
            try await stack.publish(job, toQueue: "email.sending", messageId: "dup-1")
            try await stack.publish(job, toQueue: "email.sending", messageId: "dup-1")
            try await stack.eventually("delivered") { try !stack.received(to: "dup@mx.test").isEmpty }
            try await stack.publish(job, toQueue: "email.sending", messageId: "dup-1")
            try await Task.sleep(for: .seconds(2))
            #expect(try stack.received(to: "dup@mx.test").count == 1)
            let status = try await stack.queueStatus("email.sending")
            #expect(status.messages == 0)
            // A message that is not an email goes to the dead-letter queue with the reason.
            try await stack.publish(["hello": "world"], toQueue: "email.sending", messageId: "junk-1")
            let dead = try await stack.drain("email.sending.dead", expecting: 1)
            #expect(dead.first?.headers["x-death-reason"]?.contains("cannot decode") == true)
        }
    }

    @Test("an SMTP server that cannot be reached: the message is retried, then dead-lettered; /health is degraded")
    func unreachableServer() async throws {
        let closedPort = try freeTCPPort()
        try await EmailStack.with(emailEnvironment: ["EMAIL_SMTP_URL": "smtp://127.0.0.1:\(closedPort)?tls=none",
                                                     "EMAIL_SEND_MAX_ATTEMPTS": "2"]) { stack in
            let admin = try await stack.newTenantAdmin()
            let sent = try await stack.call(.POST, "/api/email/send", token: admin.accessToken,
                                            json: ["to": "nowhere@mx.test", "subject": "s", "text": "t"])
            #expect(sent.status == 202)
            try await stack.eventually("health degraded") {
                let health = try await stack.call(.GET, "/health", base: stack.email.baseURL)
                let smtp = (health["checks"] as? [String: Any])?["smtp"] as? [String: Any]
                return health["status"] as? String == "degraded" && (smtp?["detail"] as? String)?.contains("mail waits") == true
            }
            let dead = try await stack.drain("email.sending.dead", expecting: 1)
            #expect(dead.first?.headers["x-death-reason"]?.contains("gave up after 2 attempts") == true)
            let outbox = try await stack.call(.GET, "/api/email/outbox", token: admin.accessToken)
            #expect(outbox.items.first?["status"] as? String == "failed")
            // A failed message republished from the dead-letter queue is tried again (here: fails again).
            let body = try #require(try JSONSerialization.jsonObject(with: Data(try #require(dead.first).body)))
            try await stack.publish(body, toQueue: "email.sending", messageId: try #require(dead.first?.messageId))
            try await stack.eventually("tried again") {
                let entry = try await stack.call(.GET, "/api/email/outbox", token: admin.accessToken).items.first
                return (entry?["attempts"] as? Int ?? 0) > 2
            }
        }
    }

    @Test("without EMAIL_SMTP_URL the daemon is healthy, says so, and mail waits in the queue and the outbox")
    func withoutSMTP() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_SMTP_URL": ""]) { stack in
            let health = try await stack.call(.GET, "/health", base: stack.email.baseURL)
            #expect(health["status"] as? String == "ok")
            let smtp = (health["checks"] as? [String: Any])?["smtp"] as? [String: Any]
            #expect((smtp?["detail"] as? String)?.contains("not configured") == true, "\(health.body)")
            let admin = try await stack.newTenantAdmin()
            let sent = try await stack.call(.POST, "/api/email/send", token: admin.accessToken,
                                            json: ["to": "wait@mx.test", "subject": "Later", "text": "waiting"])
            #expect(sent.status == 202)
            let outbox = try await stack.call(.GET, "/api/email/outbox?status=queued", token: admin.accessToken)
            #expect(outbox.items.map { $0["to"] as? String } == ["wait@mx.test"])
            try await Task.sleep(for: .seconds(1))
            let queue = try await stack.queueStatus("email.sending")
            #expect(queue.messages == 1 && queue.consumers == 0)
            #expect(try stack.smtp.received().isEmpty)
            let agent = try await stack.newStaff(of: admin, role: "agent")
            #expect(try await stack.call(.GET, "/api/email/outbox", token: agent.accessToken).status == 403)
            #expect(try await stack.call(.GET, "/api/email/outbox?status=lost", token: admin.accessToken).status == 400)
        }
    }
}
