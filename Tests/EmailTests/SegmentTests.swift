import Foundation
import Testing

/// Segments through the gateway: each kind of rule, all/any, groups, engagement from the events ledger, values
/// bound as SQL parameters, bad rules refused.
@Suite("Email segments", .serialized, .enabled(if: EmailStack.isAvailable))
struct SegmentTests {
    @Test("segment rules select the right contacts; bad rules are 400; values are never SQL")
    func rules() async throws {
        try await EmailStack.with { stack in
            let admin = try await stack.newTenantAdmin()
            let token = admin.accessToken
            try await stack.createContact(admin, email: "paris-vip@s.test", attributes: ["city": "Paris", "plan": "gold"], tags: ["vip"])
            try await stack.createContact(admin, email: "paris@s.test", attributes: ["city": "Paris"])
            try await stack.createContact(admin, email: "lyon-vip@s.test", attributes: ["city": "Lyon"], tags: ["vip"], consent: "unsubscribed")
            try await stack.createContact(admin, email: "nocity@s.test", tags: ["promo"])
            let other = try await stack.newTenantAdmin("other")
            try await stack.createContact(other, email: "paris-other@s.test", attributes: ["city": "Paris"], tags: ["vip"])

            func matches(_ match: String, _ rules: [[String: Any]]) async throws -> (emails: Set<String>, consenting: Int) {
                let created = try await stack.call(.POST, "/api/email/segments", token: token,
                                                   json: ["name": "s", "match": match, "rules": rules])
                #expect(created.status == 201, "\(created.body)")
                let id = try #require(created["id"] as? String)
                let listed = try await stack.call(.GET, "/api/email/segments/\(id)/contacts", token: token)
                #expect(listed["count"] as? Int == listed.items.count)
                return (Set(listed.items.compactMap { $0["email"] as? String }), listed["consentingCount"] as? Int ?? -1)
            }

            let paris = try await matches("all", [["type": "attribute", "key": "city", "operator": "equals", "value": "Paris"]])
            #expect(paris.emails == ["paris-vip@s.test", "paris@s.test"])
            #expect(try await matches("all", [["type": "attribute", "key": "city", "operator": "not_equals", "value": "Paris"]]).emails
                    == ["lyon-vip@s.test", "nocity@s.test"])
            #expect(try await matches("all", [["type": "attribute", "key": "city", "operator": "contains", "value": "YO"]]).emails == ["lyon-vip@s.test"])
            #expect(try await matches("all", [["type": "attribute", "key": "plan", "operator": "exists"]]).emails == ["paris-vip@s.test"])
            let vip = try await matches("all", [["type": "tag", "operator": "has", "value": "vip"]])
            #expect(vip.emails == ["paris-vip@s.test", "lyon-vip@s.test"])
            #expect(vip.consenting == 1)
            #expect(try await matches("all", [["type": "tag", "operator": "has_not", "value": "vip"]]).emails == ["paris@s.test", "nocity@s.test"])
            #expect(try await matches("all", [["type": "consent", "operator": "equals", "value": "unsubscribed"]]).emails == ["lyon-vip@s.test"])
            #expect(try await matches("any", [
                ["type": "tag", "operator": "has", "value": "promo"],
                ["type": "group", "match": "all", "rules": [
                    ["type": "attribute", "key": "city", "operator": "equals", "value": "Paris"],
                    ["type": "tag", "operator": "has", "value": "vip"],
                ]],
            ]).emails == ["paris-vip@s.test", "nocity@s.test"])
            // Nobody has opened anything yet.
            #expect(try await matches("all", [["type": "engagement", "operator": "engaged", "days": 30]]).emails.isEmpty)
            #expect(try await matches("all", [["type": "engagement", "operator": "not_engaged", "days": 30]]).emails.count == 4)
            // A value that would be SQL if concatenated is just a value.
            #expect(try await matches("all", [["type": "attribute", "key": "city", "operator": "equals", "value": "x' OR '1'='1"]]).emails.isEmpty)
            #expect(try await matches("all", [["type": "tag", "operator": "has", "value": "vip') OR 1=1 --"]]).emails.isEmpty)

            for rules: [[String: Any]] in [
                [["type": "attribute", "key": "city\" OR 1=1", "operator": "equals", "value": "x"]],
                [["type": "attribute", "key": "city", "operator": "like", "value": "x"]],
                [["type": "tag", "operator": "has"]],
                [["type": "consent", "operator": "equals", "value": "maybe"]],
                [["type": "engagement", "operator": "opened", "days": 0]],
                [["type": "unknown"]],
                [["type": "group", "match": "all", "rules": [["type": "group", "match": "all", "rules": [["type": "group", "match": "all", "rules": []]]]]]],
            ] {
                let reply = try await stack.call(.POST, "/api/email/segments", token: token, json: ["name": "bad", "rules": rules])
                #expect(reply.status == 400, "\(rules): \(reply.body)")
                #expect(reply.errorMessage?.contains("rules[0]") == true, "\(reply.body)")
            }
            #expect(try await stack.call(.POST, "/api/email/segments", token: token, json: ["name": "bad", "match": "some", "rules": []]).status == 400)
            let before = try await stack.call(.GET, "/api/email/segments?limit=200", token: token).items.count
            #expect(before == 12)
            let first = try await stack.call(.GET, "/api/email/segments?limit=1", token: token)
            let id = try #require(first.items.first?["id"] as? String)
            #expect(try await stack.call(.GET, "/api/email/segments/\(id)/contacts", token: other.accessToken).status == 404)
            #expect(try await stack.call(.GET, "/api/email/segments?limit=0", token: token).status == 400)
        }
    }
}
