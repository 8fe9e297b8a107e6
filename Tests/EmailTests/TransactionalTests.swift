import Foundation
import Testing

/// `POST /api/email/send` through the gateway to the SMTP server.
@Suite("Transactional email", .serialized, .enabled(if: EmailStack.isAvailable))
struct TransactionalTests {
    @Test("one email, from a body or a template, 202 with a message id; idempotency key; bad input; roles")
    func send() async throws {
        try await EmailStack.with { stack in
            let admin = try await stack.newTenantAdmin()
            let agent = try await stack.newStaff(of: admin, role: "agent")
            try await stack.createContact(admin, email: "kim@mx.test", name: "Kim Park")
            let template = try await stack.createTemplate(admin, name: "order", subject: "Order {{order}} for {{firstName}}",
                                                          html: "<p>Order {{order}} ships.</p>", text: nil, variables: ["order"])

            let plain = try await stack.call(.POST, "/api/email/send", token: agent.accessToken,
                                             json: ["to": "Someone@MX.test", "subject": "Plain", "html": "<p>Hello <b>there</b></p>"])
            #expect(plain.status == 202, "\(plain.body)")
            #expect((plain["messageId"] as? String)?.isEmpty == false)
            let templated = try await stack.call(.POST, "/api/email/send", token: admin.accessToken,
                                                 json: ["to": "kim@mx.test", "templateId": template, "variables": ["order": "A-42"]])
            #expect(templated.status == 202, "\(templated.body)")
            try await stack.eventually("both delivered") { try stack.smtp.received().count == 2 }
            let kim = try #require(try stack.received(to: "kim@mx.test").first)
            #expect(kim.header("Subject") == "Order A-42 for Kim")
            #expect(kim.decoded.contains("Order A-42 ships."))
            #expect(kim.decoded.contains("Order A-42 ships."))
            let someone = try #require(try stack.received(to: "someone@mx.test").first)
            #expect(someone.decoded.contains("Hello there"), "a text part is made from the HTML")

            // The same Idempotency-Key queues one email.
            for _ in 0..<2 {
                let reply = try await stack.call(.POST, "/api/email/send", token: admin.accessToken,
                                                 json: ["to": "idem@mx.test", "subject": "Once", "text": "t"], headers: [("Idempotency-Key", "k-1")])
                #expect(reply.status == 202)
            }
            try await stack.eventually("idempotent send delivered") { try !stack.received(to: "idem@mx.test").isEmpty }
            try await Task.sleep(for: .seconds(1))
            #expect(try stack.received(to: "idem@mx.test").count == 1)

            let other = try await stack.newTenantAdmin("other")
            for (body, status, token) in [
                (["subject": "s", "text": "t"], 400, admin.accessToken),
                (["to": "nope", "subject": "s", "text": "t"], 400, admin.accessToken),
                (["to": "a@mx.test", "text": "t"], 400, admin.accessToken),
                (["to": "a@mx.test", "subject": "s"], 400, admin.accessToken),
                (["to": "a@mx.test", "subject": "two\nlines", "text": "t"], 400, admin.accessToken),
                (["to": "a@mx.test", "templateId": template, "text": "t"], 400, admin.accessToken),
                (["to": "a@mx.test", "templateId": UUID().uuidString], 404, admin.accessToken),
                (["to": "a@mx.test", "templateId": template], 404, other.accessToken),
            ] as [([String: Any], Int, String)] {
                let reply = try await stack.call(.POST, "/api/email/send", token: token, json: body)
                #expect(reply.status == status, "\(body): \(reply.body)")
                #expect(reply.errorCode != nil)
            }
            let customer = try await stack.newCustomer(of: admin.tenantId)
            #expect(try await stack.call(.POST, "/api/email/send", token: customer.accessToken,
                                         json: ["to": "a@mx.test", "subject": "s", "text": "t"]).status == 403)
            #expect(try await stack.call(.POST, "/api/email/send", json: ["to": "a@mx.test", "subject": "s", "text": "t"]).status == 401)
            try await Task.sleep(for: .milliseconds(500))
            #expect(try stack.received(to: "a@mx.test").isEmpty)
        }
    }
}
