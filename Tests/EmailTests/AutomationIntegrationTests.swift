import Foundation
import TestSupport
import Testing

/// Automations end to end: a real gateway, a real email-agent, the broker and an SMTP server. Time moves through
/// the agent's `EMAIL_CLOCK_OFFSET_FILE`, never by sleeping through a wait.
@Suite("Automations (real daemons)", .enabled(if: EmailStack.isAvailable), .serialized)
struct AutomationIntegrationTests {
    static let trackingSecret = "automation-tests-tracking-secret-0123456789"

    @Test("a wait step fires once the injected clock passes it, not before, and survives a restart mid-wait")
    func waitSurvivesRestart() async throws {
        let data = try TemporaryDirectory("email-automation-data")
        defer { data.remove() }
        let environment = [
            "EMAIL_DATABASE_PATH": data.url.appendingPathComponent("email-agent.sqlite").path,
            "EMAIL_TRACKING_SECRET": Self.trackingSecret,
            "EMAIL_AUTOMATION_TICK_MS": "200",
        ]
        try await EmailStack.with(emailEnvironment: environment) { stack in
            let admin = try await stack.newTenantAdmin("automations")
            let welcome = try await stack.createTemplate(
                admin, name: "welcome", subject: "Welcome {{firstName}}", html: "<p>Welcome {{firstName}}</p>", text: nil)
            let dayTwo = try await stack.createTemplate(
                admin, name: "day-two", subject: "Day two", html: "<p>Day two</p>", text: nil)
            let created = try await stack.call(
                .POST, "/api/email/automations", token: admin.accessToken,
                json: ["name": "Onboarding", "trigger": ["type": "contact_created"],
                       "steps": [["type": "send_template", "templateId": welcome], ["type": "wait", "days": 1],
                                 ["type": "send_template", "templateId": dayTwo]]])
            #expect(created.status == 201, "\(created.body)")
            let automationId = try #require(created["id"] as? String)
            #expect(created["status"] as? String == "active")

            try await stack.createContact(admin, email: "jane@shop.test", name: "Jane Doe")
            try await stack.eventually("the welcome mail") { try stack.received(to: "jane@shop.test").count == 1 }
            #expect(try stack.received(to: "jane@shop.test")[0].header("Subject") == "Welcome Jane")

            // A dozen ticks and an offset one minute short of the wait: nothing more.
            try stack.setClockOffset(seconds: 86_400 - 60)
            try await Task.sleep(for: .milliseconds(2500))
            #expect(try stack.received(to: "jane@shop.test").count == 1)
            let waiting = try await stack.call(.GET, "/api/email/automations/\(automationId)", token: admin.accessToken)
            #expect((waiting["enrolments"] as? [String: Int])?["waiting"] == 1)

            // Restart the agent in the middle of the wait: all its state is in the database.
            let restarted = try await EmailRestart.restart(stack, environment: environment)
            do {
                try await Task.sleep(for: .milliseconds(1000))
                #expect(try stack.received(to: "jane@shop.test").count == 1)
                try stack.setClockOffset(seconds: 86_400 + 5)
                try await stack.eventually("the day-two mail after the restart") {
                    try stack.received(to: "jane@shop.test").count == 2
                }
                #expect(try stack.received(to: "jane@shop.test")[1].header("Subject") == "Day two")
                try await stack.eventually("the enrolment completes") {
                    let detail = try await stack.call(.GET, "/api/email/automations/\(automationId)", token: admin.accessToken)
                    return (detail["enrolments"] as? [String: Int])?["completed"] == 1
                }
                // And nothing is sent twice, however long we wait.
                try stack.setClockOffset(seconds: 30 * 86_400)
                try await Task.sleep(for: .milliseconds(1000))
                #expect(try stack.received(to: "jane@shop.test").count == 2)
            } catch {
                _ = try? await restarted.stop()
                throw error
            }
            _ = try await restarted.stop()
        }
    }

    @Test("an event from another agent enrols its contact once; a branch picks the template; an unsubscribe stops later steps")
    func eventBranchAndUnsubscribe() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_AUTOMATION_TICK_MS": "200"]) { stack in
            let admin = try await stack.newTenantAdmin("events")
            let vipThanks = try await stack.createTemplate(admin, name: "vip", subject: "VIP thanks", html: "<p>VIP</p>", text: "VIP")
            let thanks = try await stack.createTemplate(admin, name: "thanks", subject: "Thanks", html: "<p>Thanks</p>", text: "Thanks")
            let survey = try await stack.createTemplate(admin, name: "survey", subject: "Survey", html: "<p>Survey</p>", text: nil)
            let created = try await stack.call(
                .POST, "/api/email/automations", token: admin.accessToken,
                json: ["name": "After support", "trigger": ["type": "event", "event": "ticket.resolved"],
                       "steps": [["type": "branch", "condition": ["tag": "vip"],
                                  "then": [["type": "send_template", "templateId": vipThanks]],
                                  "else": [["type": "send_template", "templateId": thanks]]],
                                 ["type": "wait", "hours": 1],
                                 ["type": "send_template", "templateId": survey]]])
            #expect(created.status == 201, "\(created.body)")
            let automationId = try #require(created["id"] as? String)
            try await stack.createContact(admin, email: "vip@client.test", name: "Vi P", tags: ["vip"])
            try await stack.createContact(admin, email: "reg@client.test", name: "Re G")

            // The support desk resolves a ticket of each (the first event delivered twice, as a broker may).
            for (id, email) in [("ev-vip", "vip@client.test"), ("ev-vip", "vip@client.test"), ("ev-reg", "reg@client.test")] {
                let event: [String: Any] = [
                    "type": "ticket.resolved", "messageId": id, "tenantId": admin.tenantId, "occurredAt": Date().formatted(.iso8601),
                    "recipient": ["userId": "u-\(id)", "email": email, "name": "Client"],
                    "ticket": ["id": "T-\(id)", "subject": "Lamp", "status": "resolved", "priority": "low", "category": "product_issue"],
                ]
                try await stack.publish(event, toQueue: "notifications", messageId: id, type: "ticket.resolved")
            }
            func subjects(_ address: String) throws -> [String] { try stack.received(to: address).compactMap { $0.header("Subject") } }
            try await stack.eventually("the branch mails") {
                try subjects("vip@client.test").contains("VIP thanks") && subjects("reg@client.test").contains("Thanks")
            }
            #expect(try !subjects("vip@client.test").contains("Thanks"))
            #expect(try !subjects("reg@client.test").contains("VIP thanks"))
            let detail = try await stack.call(.GET, "/api/email/automations/\(automationId)", token: admin.accessToken)
            #expect((detail["enrolments"] as? [String: Int])?["waiting"] == 2, "\(detail.body)")

            // Automation mail is marketing mail (unsubscribe headers); the support notification is not.
            let regMails = try stack.received(to: "reg@client.test")
            let notification = try #require(regMails.first { $0.header("Subject") != "Thanks" })
            #expect(notification.header("List-Unsubscribe") == nil && !notification.decoded.contains("/t/o/"))
            let marketing = try #require(regMails.first { $0.header("Subject") == "Thanks" })
            let header = try #require(marketing.header("List-Unsubscribe"))
            let url = stack.gateway.baseURL + header.dropFirst("<http://127.0.0.1:4000".count).dropLast()
            let done = try await stack.client.send(
                .POST, url, headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Array("List-Unsubscribe=One-Click".utf8))
            #expect(done.status == 200)

            // An hour later: the survey reaches the one still subscribed only.
            try stack.setClockOffset(seconds: 3600 + 5)
            try await stack.eventually("the survey") { try subjects("vip@client.test").contains("Survey") }
            try await stack.eventually("both enrolments complete") {
                let detail = try await stack.call(.GET, "/api/email/automations/\(automationId)", token: admin.accessToken)
                return (detail["enrolments"] as? [String: Int])?["completed"] == 2
            }
            #expect(try !subjects("reg@client.test").contains("Survey"))
            #expect(try subjects("vip@client.test").filter { $0 == "VIP thanks" }.count == 1)
        }
    }

    @Test("automations are staff-only, tenant-scoped, validated, and pause/resume are state transitions")
    func routes() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_AUTOMATION_TICK_MS": "200"]) { stack in
            let admin = try await stack.newTenantAdmin("alpha")
            let other = try await stack.newTenantAdmin("beta")
            let agent = try await stack.newStaff(of: admin, role: "agent")
            let customer = try await stack.newCustomer(of: admin.tenantId)
            let template = try await stack.createTemplate(admin, name: "t", subject: "s", html: "<p>x</p>", text: nil)
            let body: [String: Any] = [
                "name": "VIP", "trigger": ["type": "tag_added", "tag": "vip"],
                "steps": [["type": "send_template", "templateId": template]],
            ]
            let created = try await stack.call(.POST, "/api/email/automations", token: agent.accessToken, json: body)
            #expect(created.status == 201, "\(created.body)")
            let id = try #require(created["id"] as? String)

            // Customers may not touch automations; no token is 401 at the gateway.
            #expect(try await stack.call(.GET, "/api/email/automations", token: customer.accessToken).status == 403)
            #expect(try await stack.call(.POST, "/api/email/automations", token: customer.accessToken, json: body).status == 403)
            #expect(try await stack.call(.GET, "/api/email/automations").status == 401)

            // Another tenant sees nothing and cannot act on it.
            let foreign = try await stack.call(.GET, "/api/email/automations/\(id)", token: other.accessToken)
            #expect(foreign.status == 404 && foreign.errorCode == "not_found")
            #expect(try await stack.call(.GET, "/api/email/automations", token: other.accessToken).items.isEmpty)
            #expect(try await stack.call(.POST, "/api/email/automations/\(id)/pause", token: other.accessToken).status == 404)
            // Nor use our template.
            let borrowed = try await stack.call(.POST, "/api/email/automations", token: other.accessToken, json: body)
            #expect(borrowed.status == 422, "\(borrowed.body)")

            // Validation names the field; nothing is created.
            let bad = try await stack.call(
                .POST, "/api/email/automations", token: admin.accessToken,
                json: ["name": "x", "trigger": ["type": "contact_created"], "steps": [["type": "wait"]]])
            #expect(bad.status == 400 && bad.errorCode == "validation_failed")
            #expect(bad.errorMessage == "steps[0] needs exactly one of seconds, minutes, hours or days")
            let list = try await stack.call(.GET, "/api/email/automations", token: admin.accessToken)
            #expect(list.items.map { $0["id"] as? String } == [id])
            #expect(list.json["nextCursor"] is NSNull)

            // Pause, pause again (409), resume, resume again (409).
            let paused = try await stack.call(.POST, "/api/email/automations/\(id)/pause", token: admin.accessToken)
            #expect(paused.status == 200 && paused["status"] as? String == "paused")
            #expect(try await stack.call(.POST, "/api/email/automations/\(id)/pause", token: admin.accessToken).status == 409)
            #expect(try await stack.call(.GET, "/api/email/automations?status=paused", token: admin.accessToken).items.count == 1)
            #expect(try await stack.call(.GET, "/api/email/automations?status=bogus", token: admin.accessToken).status == 400)

            // While paused, a contact tagged vip is not enrolled (nothing is sent even after resuming).
            try await stack.createContact(admin, email: "paused@shop.test", tags: ["vip"])
            try await Task.sleep(for: .milliseconds(800))
            let resumed = try await stack.call(.POST, "/api/email/automations/\(id)/resume", token: admin.accessToken)
            #expect(resumed.status == 200 && resumed["status"] as? String == "active")
            #expect(try await stack.call(.POST, "/api/email/automations/\(id)/resume", token: admin.accessToken).status == 409)
            try await stack.createContact(admin, email: "active@shop.test", tags: ["vip"])
            try await stack.eventually("the vip mail") { try stack.received(to: "active@shop.test").count == 1 }
            #expect(try stack.received(to: "paused@shop.test").isEmpty)
        }
    }
}

/// Stops the stack's email-agent and starts a new one on the same port with the same database, so the gateway's
/// upstream stays valid.
enum EmailRestart {
    static func restart(_ stack: EmailStack, environment: [String: String]) async throws -> DaemonProcess {
        try await stack.email.stop()
        var full = [
            "JWT_SECRET": EmailStack.secret,
            "RABBITMQ_URL": stack.amqpURL,
            "EMAIL_SMTP_URL": stack.smtp.url,
            "EMAIL_FROM": "Shop <shop@commerce.test>",
            "EMAIL_SEND_RATE_PER_SECOND": "0",
            "EMAIL_SCHEDULER_INTERVAL_MS": "200",
            "EMAIL_CLOCK_OFFSET_FILE": stack.clockFile.path,
        ]
        full.merge(environment) { $1 }
        let process = try DaemonProcess(.email, environment: full, port: stack.email.port)
        try await process.waitHealthy()
        return process
    }
}
