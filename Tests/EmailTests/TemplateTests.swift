import Foundation
import Testing

/// Templates through the gateway: checks when saved, preview with HTML escaping, the LLM draft, scoping and roles.
@Suite("Email templates", .serialized, .enabled(if: EmailStack.isAvailable))
struct TemplateTests {
    @Test("a template is checked when saved, previewed with escaping, drafted by the LLM, scoped by tenant")
    func templates() async throws {
        try await EmailStack.with { stack in
            let admin = try await stack.newTenantAdmin()
            let token = admin.accessToken
            try await stack.createContact(admin, email: "a@shop.test", name: "Ann", attributes: ["city": "Paris"])

            // Known: contact fields, the tenant's attributes (city), declared variables (coupon).
            let created = try await stack.call(.POST, "/api/email/templates", token: token, json: [
                "name": "welcome", "subject": "Hello {{firstName}}", "variables": ["coupon"],
                "html": "<p>Hi {{name}} from {{city}}, code {{coupon}}</p>{{#coupon}}<b>yes</b>{{/coupon}}",
                "text": "Hi {{name}} from {{city}}",
            ])
            #expect(created.status == 201, "\(created.body)")
            let id = try #require(created["id"] as? String)

            // Each refused with 400 naming the problem, and nothing saved.
            let refused: [([String: Any], String)] = [
                (["name": "x1", "subject": "Hi {{fistName}}", "text": "t"], "fistName"),
                (["name": "x2", "subject": "Hi", "html": "<p>{{{name}}}</p>"], "unescaped"),
                (["name": "x3", "subject": "Hi", "text": "{{#name}}open"], "never closed"),
                (["name": "x4", "subject": "Hi", "text": "{{> partial}}"], "partials"),
                (["name": "x5", "subject": "Hi"], "html or text"),
                (["name": "notification.bogus", "subject": "Hi", "text": "t"], "reserved"),
                (["name": "welcome", "subject": "Hi", "text": "t"], "already exists"),
                (["subject": "Hi", "text": "t"], "name"),
            ]
            for (body, needle) in refused {
                let reply = try await stack.call(.POST, "/api/email/templates", token: token, json: body)
                #expect([400, 409].contains(reply.status), "\(body): \(reply.status) \(reply.body)")
                #expect(reply.errorMessage?.contains(needle) == true, "\(body): \(reply.body)")
            }
            let list = try await stack.call(.GET, "/api/email/templates", token: token)
            #expect(list.items.count == 1)

            // Preview: variables are HTML-escaped in HTML, not in text or the subject.
            let preview = try await stack.call(.POST, "/api/email/templates/\(id)/preview", token: token, json: [
                "variables": ["name": "<Tom & \"Jerry\">", "firstName": "Tom&Co", "coupon": "C10", "city": "Lyon"],
            ])
            #expect(preview.status == 200, "\(preview.body)")
            #expect(preview["subject"] as? String == "Hello Tom&Co")
            let html = try #require(preview["html"] as? String)
            #expect(html.contains("Hi &lt;Tom &amp; &quot;Jerry&quot;&gt; from Lyon, code C10"), "\(html)")
            #expect(html.contains("<b>yes</b>"))
            #expect(preview["text"] as? String == "Hi <Tom & \"Jerry\"> from Lyon")

            // Update re-checks; a bad edit changes nothing.
            let badEdit = try await stack.call(.PATCH, "/api/email/templates/\(id)", token: token, json: ["subject": "{{nope}}"])
            #expect(badEdit.status == 400)
            let fetched = try await stack.call(.GET, "/api/email/templates/\(id)", token: token)
            #expect(fetched["subject"] as? String == "Hello {{firstName}}")
            let edit = try await stack.call(.PATCH, "/api/email/templates/\(id)", token: token, json: ["subject": "Welcome {{name}}"])
            #expect(edit.status == 200 && edit["subject"] as? String == "Welcome {{name}}")

            // Draft through the LLM client (embedded engine): a subject and a body, not saved.
            let draft = try await stack.call(.POST, "/api/email/templates/draft", token: token, json: [
                "brief": "Spring sale on garden furniture", "offer": "20% off this week", "language": "en",
            ])
            #expect(draft.status == 200, "\(draft.body)")
            #expect((draft["subject"] as? String)?.isEmpty == false)
            #expect((draft["html"] as? String)?.contains("{{firstName}}") == true)
            #expect((draft["text"] as? String)?.lowercased().contains("garden") == true, "\(draft.body)")
            let badDraft = try await stack.call(.POST, "/api/email/templates/draft", token: token, json: ["brief": ""])
            #expect(badDraft.status == 400)

            // Another tenant sees nothing; a customer is refused; no token is 401.
            let other = try await stack.newTenantAdmin("other")
            #expect(try await stack.call(.GET, "/api/email/templates/\(id)", token: other.accessToken).status == 404)
            #expect(try await stack.call(.POST, "/api/email/templates/\(id)/preview", token: other.accessToken, json: [:]).status == 404)
            #expect(try await stack.call(.DELETE, "/api/email/templates/\(id)", token: other.accessToken).status == 404)
            #expect(try await stack.call(.GET, "/api/email/templates", token: other.accessToken).items.isEmpty)
            let customer = try await stack.newCustomer(of: admin.tenantId)
            #expect(try await stack.call(.GET, "/api/email/templates", token: customer.accessToken).status == 403)
            #expect(try await stack.call(.GET, "/api/email/templates").status == 401)
            let wrongType = try await stack.call(.POST, "/api/email/templates", token: token, raw: "name=x", contentType: "text/plain")
            #expect(wrongType.status == 415)

            #expect(try await stack.call(.DELETE, "/api/email/templates/\(id)", token: token).status == 204)
            #expect(try await stack.call(.GET, "/api/email/templates/\(id)", token: token).status == 404)
        }
    }
}
