import Foundation
import Testing

/// Campaigns end to end: gateway → email-agent → `email.sending` → delivery workers → a real SMTP server.
@Suite("Email campaigns", .serialized, .enabled(if: EmailStack.isAvailable))
struct CampaignTests {
    /// A template, a Paris segment and four contacts (two consenting Parisians, one unsubscribed, one in Lyon).
    static func setUp(_ stack: EmailStack, _ admin: EmailStack.Account) async throws -> (template: String, segment: String) {
        try await stack.createContact(admin, email: "ann@paris.test", name: "Ann Lee", attributes: ["city": "Paris"])
        try await stack.createContact(admin, email: "bob@paris.test", name: "Bob <Bold> Ray", attributes: ["city": "Paris"])
        try await stack.createContact(admin, email: "gone@paris.test", name: "Gone", attributes: ["city": "Paris"], consent: "unsubscribed")
        try await stack.createContact(admin, email: "lea@lyon.test", name: "Lea", attributes: ["city": "Lyon"])
        let template = try await stack.createTemplate(
            admin, name: "spring", subject: "Hi {{firstName}}, news for {{city}}",
            html: "<p>Dear {{name}}, spring in {{city}}.</p>", text: "Dear {{name}}, spring in {{city}}.")
        let segment = try await stack.call(.POST, "/api/email/segments", token: admin.accessToken, json: [
            "name": "Paris", "rules": [["type": "attribute", "key": "city", "operator": "equals", "value": "Paris"]],
        ])
        return (template, try #require(segment["id"] as? String))
    }

    @Test("a campaign reaches exactly the segment's consenting contacts, rendered for each; sending twice sends once")
    func campaignReachesConsentingContacts() async throws {
        try await EmailStack.with { stack in
            let admin = try await stack.newTenantAdmin()
            let (template, segment) = try await Self.setUp(stack, admin)
            let created = try await stack.call(.POST, "/api/email/campaigns", token: admin.accessToken, json: [
                "name": "Spring", "templateId": template, "segmentId": segment,
            ])
            #expect(created.status == 201, "\(created.body)")
            #expect(created["status"] as? String == "draft")
            let id = try #require(created["id"] as? String)

            let sent = try await stack.call(.POST, "/api/email/campaigns/\(id)/send", token: admin.accessToken)
            #expect(sent.status == 202, "\(sent.body)")
            try await stack.eventually("two emails") { try stack.smtp.received().count >= 2 }
            let again = try await stack.call(.POST, "/api/email/campaigns/\(id)/send", token: admin.accessToken)
            #expect(again.status == 202)
            try await Task.sleep(for: .seconds(1.5))

            let received = try stack.smtp.received()
            #expect(received.count == 2)
            #expect(Set(received.flatMap(\.to)) == ["ann@paris.test", "bob@paris.test"])
            let ann = try #require(received.first { $0.to == ["ann@paris.test"] })
            #expect(ann.header("Subject") == "Hi Ann, news for Paris")
            #expect(ann.decoded.contains("Dear Ann Lee, spring in Paris."))
            #expect(ann.header("X-Campaign-ID") == id)
            #expect(ann.from == "shop@commerce.test")
            let bob = try #require(received.first { $0.to == ["bob@paris.test"] })
            #expect(bob.decoded.contains("Dear Bob &lt;Bold&gt; Ray"), "escaped in HTML")
            #expect(bob.decoded.contains("Dear Bob <Bold> Ray, spring"), "as is in text")
            #expect(ann.header("Message-ID") != bob.header("Message-ID"))

            try await stack.eventually("campaign sent and delivered") {
                let campaign = try await stack.call(.GET, "/api/email/campaigns/\(id)", token: admin.accessToken)
                return campaign["status"] as? String == "sent" && (campaign["messages"] as? [String: Int])?["delivered"] == 2
            }
            let campaign = try await stack.call(.GET, "/api/email/campaigns/\(id)", token: admin.accessToken)
            #expect(campaign["recipientCount"] as? Int == 2)
            let outbox = try await stack.call(.GET, "/api/email/outbox?campaignId=\(id)", token: admin.accessToken)
            #expect(outbox.items.count == 2)
            #expect(outbox.items.allSatisfy { $0["status"] as? String == "delivered" })
            // A sent campaign no longer changes.
            #expect(try await stack.call(.PATCH, "/api/email/campaigns/\(id)", token: admin.accessToken, json: ["name": "x"]).status == 409)
            #expect(try await stack.call(.DELETE, "/api/email/campaigns/\(id)", token: admin.accessToken).status == 409)
        }
    }

    @Test("a scheduled campaign is sent by the scheduler when its time comes (clock moved through EMAIL_CLOCK_OFFSET_FILE)")
    func scheduledCampaign() async throws {
        try await EmailStack.with { stack in
            let admin = try await stack.newTenantAdmin()
            let (template, segment) = try await Self.setUp(stack, admin)
            let at = Date().addingTimeInterval(3600).formatted(.iso8601)
            let created = try await stack.call(.POST, "/api/email/campaigns", token: admin.accessToken, json: [
                "name": "Later", "templateId": template, "segmentId": segment, "scheduledAt": at,
            ])
            #expect(created.status == 201, "\(created.body)")
            #expect(created["status"] as? String == "scheduled")
            let id = try #require(created["id"] as? String)
            try await Task.sleep(for: .seconds(1))
            #expect(try stack.smtp.received().isEmpty)
            #expect(try await stack.call(.GET, "/api/email/campaigns/\(id)", token: admin.accessToken)["status"] as? String == "scheduled")

            try stack.setClockOffset(seconds: 3700)
            try await stack.eventually("the scheduled campaign is delivered") { try stack.smtp.received().count == 2 }
            try await stack.eventually("status sent") {
                try await stack.call(.GET, "/api/email/campaigns/\(id)", token: admin.accessToken)["status"] as? String == "sent"
            }
        }
    }

    @Test("a crash in the middle of a campaign: after the restart it resumes, every contact gets it, none twice but the few in flight")
    func crashMidCampaign() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_SEND_RATE_PER_SECOND": "10"]) { stack in
            let admin = try await stack.newTenantAdmin()
            let count = 120
            let csv = "email,name\n" + (1...count).map { "reader\($0)@crash.test,Reader \($0)" }.joined(separator: "\n")
            let imported = try await stack.call(.POST, "/api/email/contacts/import", token: admin.accessToken, raw: csv, contentType: "text/csv")
            #expect(imported["created"] as? Int == count, "\(imported.body)")
            let template = try await stack.createTemplate(admin, name: "t", subject: "For {{name}}", html: nil, text: "Hello {{name}}")
            let segment = try await stack.call(.POST, "/api/email/segments", token: admin.accessToken, json: ["name": "all", "rules": []])
            let created = try await stack.call(.POST, "/api/email/campaigns", token: admin.accessToken, json: [
                "name": "crash", "templateId": template, "segmentId": try #require(segment["id"] as? String),
            ])
            let id = try #require(created["id"] as? String)
            #expect(try await stack.call(.POST, "/api/email/campaigns/\(id)/send", token: admin.accessToken).status == 202)
            try await stack.eventually("some delivered") { try stack.smtp.received().count >= 20 }
            try await stack.crashAndRestartEmail()
            let before = try stack.smtp.received().count
            #expect(before < count, "the crash came before the end")
            // 10 a second: the restart (seconds on a loaded machine) comes long before the last of the 120.
            try await stack.eventually("every contact reached", timeout: .seconds(90)) {
                Set(try stack.smtp.received().flatMap(\.to)).count == count
            }
            try await Task.sleep(for: .seconds(1))
            let received = try stack.smtp.received()
            // At least once: only messages in flight at the crash (accepted by the server, not yet committed) may be
            // sent again, at most the SMTP connections' worth (8).
            #expect(received.count - count <= 8, "\(received.count - count) duplicates")
            try await stack.eventually("campaign sent") {
                try await stack.call(.GET, "/api/email/campaigns/\(id)", token: admin.accessToken)["status"] as? String == "sent"
            }
        }
    }

    @Test("bad campaign requests: the error shape, nothing created, other tenants' objects are 404")
    func badRequests() async throws {
        try await EmailStack.with { stack in
            let admin = try await stack.newTenantAdmin()
            let (template, segment) = try await Self.setUp(stack, admin)
            let other = try await stack.newTenantAdmin("other")
            let past = Date().addingTimeInterval(-60).formatted(.iso8601)
            for (body, status) in [
                (["name": "x", "templateId": template, "segmentId": segment, "scheduledAt": past], 400),
                (["name": "x", "templateId": template, "segmentId": segment, "scheduledAt": "tomorrow"], 400),
                (["name": "x", "templateId": "nope", "segmentId": segment], 400),
                (["name": "", "templateId": template, "segmentId": segment], 400),
                (["name": "x", "templateId": UUID().uuidString, "segmentId": segment], 422),
                (["name": "x", "segmentId": segment], 400),
            ] as [([String: Any], Int)] {
                let reply = try await stack.call(.POST, "/api/email/campaigns", token: admin.accessToken, json: body)
                #expect(reply.status == status, "\(body): \(reply.body)")
                #expect(reply.errorCode != nil)
            }
            // Another tenant cannot use this tenant's template or segment.
            let (otherTemplate, otherSegment) = try await Self.setUp(stack, other)
            let crossed = try await stack.call(.POST, "/api/email/campaigns", token: admin.accessToken, json: [
                "name": "x", "templateId": otherTemplate, "segmentId": segment,
            ])
            #expect(crossed.status == 422)
            _ = otherSegment
            #expect(try await stack.call(.GET, "/api/email/campaigns", token: admin.accessToken).items.isEmpty)

            let created = try await stack.call(.POST, "/api/email/campaigns", token: admin.accessToken, json: [
                "name": "x", "templateId": template, "segmentId": segment,
            ])
            let id = try #require(created["id"] as? String)
            #expect(try await stack.call(.POST, "/api/email/campaigns/\(id)/send", token: other.accessToken).status == 404)
            #expect(try await stack.call(.GET, "/api/email/campaigns/\(id)", token: other.accessToken).status == 404)
            let customer = try await stack.newCustomer(of: admin.tenantId)
            #expect(try await stack.call(.POST, "/api/email/campaigns/\(id)/send", token: customer.accessToken).status == 403)
            // The template of a campaign not sent yet cannot be deleted.
            #expect(try await stack.call(.DELETE, "/api/email/templates/\(template)", token: admin.accessToken).status == 409)
            try await Task.sleep(for: .milliseconds(500))
            #expect(try stack.smtp.received().isEmpty)
        }
    }
}
