import Foundation
import Testing

/// Contacts through the gateway: validation, uniqueness, tags, CSV import with per-row errors, scoping.
@Suite("Email contacts", .serialized, .enabled(if: EmailStack.isAvailable))
struct ContactTests {
    @Test("contacts: validated, unique per tenant, tagged, scoped; bad input changes nothing")
    func contacts() async throws {
        try await EmailStack.with { stack in
            let admin = try await stack.newTenantAdmin()
            let agent = try await stack.newStaff(of: admin, role: "agent")
            let token = admin.accessToken
            let id = try await stack.createContact(admin, email: "Ann@Shop.TEST", name: "Ann Lee", attributes: ["city": "Paris"], tags: ["VIP"])
            let got = try await stack.call(.GET, "/api/email/contacts/\(id)", token: agent.accessToken)
            #expect(got["email"] as? String == "ann@shop.test")
            #expect(got["tags"] as? [String] == ["vip"])
            #expect(got["consent"] as? String == "subscribed")

            for body: [String: Any] in [
                ["email": "ann@shop.test"],                       // duplicate: 409
                ["email": "not-an-email"],
                ["email": "x@y.test", "consent": "maybe"],
                ["email": "x@y.test", "attributes": ["1bad": "v"]],
                ["email": "x@y.test", "attributes": ["email": "v"]],
                ["email": "x@y.test", "tags": [""]],
                ["name": "no email"],
            ] {
                let reply = try await stack.call(.POST, "/api/email/contacts", token: token, json: body)
                #expect(reply.status == (body["email"] as? String == "ann@shop.test" ? 409 : 400), "\(body): \(reply.body)")
                #expect(reply.errorCode != nil)
            }
            #expect(try await stack.call(.GET, "/api/email/contacts", token: token).items.count == 1)

            let tagged = try await stack.call(.POST, "/api/email/contacts/\(id)/tags", token: token, json: ["tags": ["new", "vip"]])
            #expect(tagged["tags"] as? [String] == ["vip", "new"])
            let untagged = try await stack.call(.DELETE, "/api/email/contacts/\(id)/tags/vip", token: token)
            #expect(untagged["tags"] as? [String] == ["new"])
            let patched = try await stack.call(.PATCH, "/api/email/contacts/\(id)", token: token, json: ["consent": "unsubscribed"])
            #expect(patched["consent"] as? String == "unsubscribed")
            #expect(try await stack.call(.GET, "/api/email/contacts?consent=unsubscribed", token: token).items.count == 1)
            #expect(try await stack.call(.GET, "/api/email/contacts?tag=new", token: token).items.count == 1)

            let other = try await stack.newTenantAdmin("other")
            #expect(try await stack.call(.GET, "/api/email/contacts/\(id)", token: other.accessToken).status == 404)
            #expect(try await stack.call(.PATCH, "/api/email/contacts/\(id)", token: other.accessToken, json: ["name": "x"]).status == 404)
            #expect(try await stack.call(.DELETE, "/api/email/contacts/\(id)", token: other.accessToken).status == 404)
            // The same address is free in another tenant.
            try await stack.createContact(other, email: "ann@shop.test")
            let customer = try await stack.newCustomer(of: admin.tenantId)
            #expect(try await stack.call(.GET, "/api/email/contacts", token: customer.accessToken).status == 403)
            #expect(try await stack.call(.DELETE, "/api/email/contacts/\(id)", token: token).status == 204)
        }
    }

    @Test("CSV import: valid rows in one go, each bad row reported by line, existing contacts updated, limits")
    func csvImport() async throws {
        try await EmailStack.with(emailEnvironment: ["EMAIL_IMPORT_MAX_ROWS": "5"]) { stack in
            let admin = try await stack.newTenantAdmin()
            let token = admin.accessToken
            try await stack.createContact(admin, email: "old@shop.test", name: "Old", attributes: ["city": "Nice"], consent: "unsubscribed")
            let csv = """
                email,name,tags,consent,city
                new1@shop.test,New One,vip;promo,,Paris
                "new2@shop.test","Two, with comma",,pending,Lyon
                not-an-email,Bad,,,
                old@shop.test,Old Renamed,,subscribed,Marseille
                new1@shop.test,Dup,,,
                """
            let reply = try await stack.call(.POST, "/api/email/contacts/import", token: token, raw: csv, contentType: "text/csv")
            #expect(reply.status == 200, "\(reply.body)")
            #expect(reply["rows"] as? Int == 5)
            #expect(reply["created"] as? Int == 2)
            #expect(reply["updated"] as? Int == 1)
            let errors = reply["errors"] as? [[String: Any]] ?? []
            #expect(errors.map { $0["row"] as? Int } == [4, 6], "\(errors)")

            let all = try await stack.call(.GET, "/api/email/contacts", token: token).items
            #expect(all.count == 3)
            let two = try #require(all.first { $0["email"] as? String == "new2@shop.test" })
            #expect(two["name"] as? String == "Two, with comma")
            #expect(two["consent"] as? String == "pending")
            #expect((two["attributes"] as? [String: String])?["city"] == "Lyon")
            let one = try #require(all.first { $0["email"] as? String == "new1@shop.test" })
            #expect(one["tags"] as? [String] == ["vip", "promo"])
            let old = try #require(all.first { $0["email"] as? String == "old@shop.test" })
            #expect(old["name"] as? String == "Old Renamed")
            #expect(old["consent"] as? String == "unsubscribed", "an import never re-subscribes")
            #expect((old["attributes"] as? [String: String])?["city"] == "Marseille")

            // Refused as a whole, nothing changed: wrong type, no email column, a bad column, too many rows.
            #expect(try await stack.call(.POST, "/api/email/contacts/import", token: token, raw: csv, contentType: "application/json").status == 415)
            #expect(try await stack.call(.POST, "/api/email/contacts/import", token: token, raw: "name\nx\n", contentType: "text/csv").status == 400)
            #expect(try await stack.call(.POST, "/api/email/contacts/import", token: token, raw: "email,bad col\na@b.test,1\n", contentType: "text/csv").status == 400)
            let big = "email\n" + (1...6).map { "p\($0)@shop.test" }.joined(separator: "\n")
            #expect(try await stack.call(.POST, "/api/email/contacts/import", token: token, raw: big, contentType: "text/csv").status == 413)
            #expect(try await stack.call(.GET, "/api/email/contacts", token: token).items.count == 3)
        }
    }
}
