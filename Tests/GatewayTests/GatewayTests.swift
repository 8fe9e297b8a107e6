import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import TestSupport
import Synchronization
import Testing

/// The gateway and `sav-agent` as real processes over real sockets: identity, the forged-token matrix, routing,
/// limits and resilience.
@Suite("Gateway end to end", .serialized)
struct GatewayTests {
    static let faqsPath = "/api/customer-service/faqs"

    @Test("register → login → me → refresh (rotation, reuse revokes the family) → logout")
    func sessionLifecycle() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("lifecycle")

            let me = try await stack.call(.GET, "/api/auth/me", token: admin.accessToken)
            #expect(me.status == 200)
            #expect(me["email"] as? String == admin.email)
            #expect(me["role"] as? String == "admin")
            #expect(me["tenantId"] as? String == admin.tenantId)

            // Rotation: a new pair; the old refresh token stops working.
            let first = try await stack.call(.POST, "/api/auth/refresh", json: ["refreshToken": admin.refreshToken])
            #expect(first.status == 200)
            let secondRefresh = try #require(first["refreshToken"] as? String)
            #expect(secondRefresh != admin.refreshToken)
            let rotatedAccess = try #require(first["accessToken"] as? String)
            #expect(try await stack.call(.GET, "/api/auth/me", token: rotatedAccess).status == 200)

            // Reuse of the old one is refused and revokes the family: the newest token dies with it.
            let reuse = try await stack.call(.POST, "/api/auth/refresh", json: ["refreshToken": admin.refreshToken])
            #expect(reuse.status == 401)
            let afterReuse = try await stack.call(.POST, "/api/auth/refresh", json: ["refreshToken": secondRefresh])
            #expect(afterReuse.status == 401)

            // Logout: the refresh token and the access token used both stop working.
            let session = try await stack.login(email: admin.email, password: admin.password)
            let logout = try await stack.call(
                .POST, "/api/auth/logout", token: session.accessToken, json: ["refreshToken": session.refreshToken])
            #expect(logout.status == 204)
            #expect(try await stack.call(.POST, "/api/auth/refresh", json: ["refreshToken": session.refreshToken]).status == 401)
            #expect(try await stack.call(.GET, "/api/auth/me", token: session.accessToken).status == 401)
            #expect(try await stack.call(.GET, Self.faqsPath, token: session.accessToken).status == 401)

            // Wrong password, unknown account: the same 401.
            let wrong = try await stack.call(.POST, "/api/auth/login", json: ["email": admin.email, "password": "not-the-password"])
            #expect(wrong.status == 401)
            #expect(wrong.errorCode == "unauthorized")
            let unknown = try await stack.call(.POST, "/api/auth/login", json: ["email": "nobody@x.test", "password": "whatever-1"])
            #expect(unknown.status == 401)
            // Duplicate email: 409; bad input names the field.
            let duplicate = try await stack.call(
                .POST, "/api/auth/register", json: ["email": admin.email, "password": "another-pass-1", "name": "X", "tenantName": "Y"])
            #expect(duplicate.status == 409)
            let invalid = try await stack.call(.POST, "/api/auth/register", json: ["email": "a@b.test", "name": "X", "tenantName": "Y"])
            #expect(invalid.status == 400)
            #expect(invalid.body.contains("password"))
        }
    }

    @Test("API keys: shown once, stored hashed, usable through the gateway, revocable")
    func apiKeys() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("keys")

            let created = try await stack.call(.POST, "/api/auth/api-keys", token: admin.accessToken, json: ["name": "importer"])
            #expect(created.status == 201)
            let key = try #require(created["key"] as? String)
            let keyId = try #require(created["id"] as? String)
            #expect(key.hasPrefix("cai_"))

            let listed = try await stack.call(.GET, "/api/auth/api-keys", token: admin.accessToken)
            #expect(listed.status == 200)
            #expect(!listed.body.contains(key))
            #expect(listed.body.contains(keyId))

            // The key works on the gateway and, exchanged for a token, on the agent.
            let me = try await stack.call(.GET, "/api/auth/me", token: key)
            #expect(me["kind"] as? String == "api_key")
            let faq = try await stack.call(
                .POST, Self.faqsPath, token: key, json: ["question": "Opening hours?", "answer": "9 to 5", "tags": ["store"]])
            #expect(faq.status == 201)
            let list = try await stack.call(.GET, Self.faqsPath, token: admin.accessToken)
            #expect(list.body.contains("Opening hours?"))

            // Revoked: refused at once.
            #expect(try await stack.call(.DELETE, "/api/auth/api-keys/\(keyId)", token: admin.accessToken).status == 204)
            #expect(try await stack.call(.GET, Self.faqsPath, token: key).status == 401)
            #expect(try await stack.call(.GET, "/api/auth/me", token: key).status == 401)
            // A made-up key.
            #expect(try await stack.call(.GET, Self.faqsPath, token: "cai_" + String(repeating: "A", count: 43)).status == 401)
        }
    }

    @Test("roles: customers read but cannot write, only admins manage users, only the platform admin creates tenants")
    func roles() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("roles")
            let customer = try await stack.newCustomer(of: admin.tenantId)

            let write = try await stack.call(.POST, Self.faqsPath, token: customer.accessToken, json: ["question": "Q?", "answer": "A"])
            #expect(write.status == 403)
            #expect(write.errorCode == "forbidden")
            #expect(try await stack.call(.GET, Self.faqsPath, token: customer.accessToken).status == 200)
            #expect(try await stack.call(.GET, "/api/users", token: customer.accessToken).status == 403)
            #expect(try await stack.call(.POST, "/api/auth/api-keys", token: customer.accessToken, json: ["name": "x"]).status == 403)
            #expect(try await stack.call(.GET, "/api/admin/tenants", token: admin.accessToken).status == 403)

            // Staff created by the admin can write.
            let staff = try await stack.call(
                .POST, "/api/users", token: admin.accessToken,
                json: ["email": "agent@roles.test", "password": "agent-pass-1", "name": "Agent", "role": "agent"])
            #expect(staff.status == 201)
            let agent = try await stack.login(email: "agent@roles.test", password: "agent-pass-1")
            #expect(try await stack.call(.POST, Self.faqsPath, token: agent.accessToken, json: ["question": "Q?", "answer": "A"]).status == 201)
            let users = try await stack.call(.GET, "/api/users?limit=2", token: admin.accessToken)
            #expect(users.status == 200)
            #expect((users["items"] as? [Any])?.count == 2)
            #expect(users["nextCursor"] is String)

            // The platform admin from the environment creates tenants.
            let root = try await stack.login(email: GatewayStack.platformAdminEmail, password: GatewayStack.platformAdminPassword)
            let tenant = try await stack.call(
                .POST, "/api/admin/tenants", token: root.accessToken,
                json: ["name": "Concierge", "plan": "pro", "admin": ["email": "boss@concierge.test", "password": "boss-pass-1", "name": "Boss"]])
            #expect(tenant.status == 201)
            #expect(try await stack.call(.GET, "/api/admin/tenants", token: root.accessToken).status == 200)
            _ = try await stack.login(email: "boss@concierge.test", password: "boss-pass-1")
        }
    }

    @Test("forged tokens are all refused with 401, by the gateway and by the agent itself")
    func forgedTokens() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("forgery")
            let claims = Forge.claims(for: admin)
            let now = Int(Date().timeIntervalSince1970)
            let valid = admin.accessToken
            let parts = valid.split(separator: ".").map(String.init)

            var forged: [(String, String)] = []
            for alg in ["none", "None", "NONE", "nOnE"] {
                let unsigned = Forge.segment(["alg": alg, "typ": "JWT"]) + "." + Forge.segment(claims)
                forged.append(("alg \(alg), no signature", unsigned + "."))
                forged.append(("alg \(alg), a signature", unsigned + "." + Forge.hs256(unsigned, secret: GatewayStack.secret)))
            }
            forged += [
                ("empty signature", parts[0] + "." + parts[1] + "."),
                ("wrong signature", Forge.token(claims: claims, secret: "another-secret-of-at-least-32-bytes!!")),
                ("signature of another token", parts[0] + "." + parts[1] + "." + Forge.hs256("x.y", secret: GatewayStack.secret)),
                ("tampered claims", parts[0] + "." + Forge.segment(Forge.claims(for: admin, ["role": "platform_admin"])) + "." + parts[2]),
                ("expired", Forge.token(claims: Forge.claims(for: admin, ["iat": now - 7200, "nbf": now - 7200, "exp": now - 3600]))),
                ("not yet valid", Forge.token(claims: Forge.claims(for: admin, ["nbf": now + 3600, "exp": now + 7200]))),
                ("issued in the future", Forge.token(claims: Forge.claims(for: admin, ["iat": now + 3600, "nbf": now, "exp": now + 7200]))),
                ("missing exp", Forge.token(claims: Forge.claims(for: admin, ["exp": nil]))),
                ("wrong aud", Forge.token(claims: Forge.claims(for: admin, ["aud": "someone-else"]))),
                ("wrong iss", Forge.token(claims: Forge.claims(for: admin, ["iss": "evil-issuer"]))),
                ("HS384 with the right secret", {
                    let input = Forge.segment(["alg": "HS384", "typ": "JWT"]) + "." + Forge.segment(claims)
                    return input + "." + Forge.hs384(input, secret: GatewayStack.secret)
                }()),
                ("a kid header", Forge.token(header: ["alg": "HS256", "typ": "JWT", "kid": "../../dev/null"], claims: claims)),
                ("one segment", "abc"),
                ("two segments", parts[0] + "." + parts[1]),
                ("four segments", valid + ".abc"),
                ("not base64url", "!!!.###.$$$"),
                ("empty segments", ".."),
                ("header not JSON", Forge.base64URL(Array("not json".utf8)) + "." + parts[1] + "." + parts[2]),
                ("oversized", parts[0] + "." + String(repeating: "A", count: 10_000) + "." + parts[2]),
                ("weak guessed secret", Forge.token(claims: claims, secret: "secret")),
                ("another guessed secret", Forge.token(claims: claims, secret: "changeme")),
            ]
            for (name, token) in forged {
                let viaGateway = try await stack.call(.GET, Self.faqsPath, token: token)
                #expect(viaGateway.status == 401, "gateway accepted: \(name)")
                #expect(viaGateway.errorCode == "unauthorized", "\(name): \(viaGateway.body)")
                let direct = try await stack.call(.GET, Self.faqsPath, token: token, base: stack.sav.baseURL)
                #expect(direct.status == 401, "agent accepted: \(name)")
                let me = try await stack.call(.GET, "/api/auth/me", token: token)
                #expect(me.status == 401, "gateway /me accepted: \(name)")
            }
            // No credentials at all, and a scheme that is not Bearer.
            #expect(try await stack.call(.GET, Self.faqsPath).status == 401)
            #expect(try await stack.call(.GET, Self.faqsPath, headers: [("Authorization", "Basic \(valid)")]).status == 401)
            // The genuine token still works on both.
            #expect(try await stack.call(.GET, Self.faqsPath, token: valid).status == 200)
            #expect(try await stack.call(.GET, Self.faqsPath, token: valid, base: stack.sav.baseURL).status == 200)
            // The scheme in any case and spaces before the token are accepted; a scheme without a token, a token
            // glued to it, or two Authorization fields (read together, as one value) are not. Cached now: these go
            // through the gateway's event-loop path, and through the agent's middleware.
            let schemes: [(String, [String], Int)] = [
                ("lowercase scheme", ["bearer \(valid)"], 200), ("uppercase scheme", ["BEARER \(valid)"], 200),
                ("two spaces", ["Bearer  \(valid)"], 200), ("scheme alone", ["Bearer"], 401),
                ("scheme and a space", ["Bearer "], 401), ("no space", ["Bearer\(valid)"], 401),
                ("two fields", ["Bearer \(valid)", "Bearer \(valid)"], 401),
            ]
            for (name, values, status) in schemes {
                let headers = values.map { ("Authorization", $0) }
                #expect(try await stack.call(.GET, Self.faqsPath, headers: headers).status == status, "gateway: \(name)")
                let direct = try await stack.call(.GET, Self.faqsPath, headers: headers, base: stack.sav.baseURL)
                #expect(direct.status == status, "agent: \(name)")
            }
        }
    }

    @Test("client-sent identity headers have no effect")
    func identityHeadersIgnored() async throws {
        try await GatewayStack.with { stack in
            let victim = try await stack.newTenantAdmin("victim")
            let created = try await stack.call(
                .POST, Self.faqsPath, token: victim.accessToken, json: ["question": "Secret?", "answer": "Victim's"])
            #expect(created.status == 201)
            let attacker = try await stack.newTenantAdmin("attacker")
            let customer = try await stack.newCustomer(of: attacker.tenantId)
            let spoof = [
                ("X-User-Id", victim.userId), ("X-Tenant-Id", victim.tenantId), ("X-Tenant", victim.tenantId),
                ("X-User-Role", "platform_admin"), ("X-Role", "admin"), ("X-Forwarded-User", victim.userId),
                ("X-Authenticated-User", victim.userId), ("X-Internal-Identity", "tenant=\(victim.tenantId);role=admin"),
            ]
            let write = try await stack.call(
                .POST, Self.faqsPath, token: customer.accessToken, json: ["question": "Q?", "answer": "A"], headers: spoof)
            #expect(write.status == 403)
            let list = try await stack.call(.GET, Self.faqsPath, token: attacker.accessToken, headers: spoof)
            #expect(list.status == 200)
            #expect(!list.body.contains("Secret?"))
            let me = try await stack.call(.GET, "/api/auth/me", token: customer.accessToken, headers: spoof)
            #expect(me["role"] as? String == "customer")
            // Headers alone, without a token: nothing.
            #expect(try await stack.call(.GET, Self.faqsPath, headers: spoof).status == 401)
            #expect(try await stack.call(.GET, Self.faqsPath, headers: spoof, base: stack.sav.baseURL).status == 401)
        }
    }

    @Test("tenant B cannot see, change or delete tenant A's FAQ (404); paging with cursors")
    func tenantIsolation() async throws {
        try await GatewayStack.with { stack in
            let tenantA = try await stack.newTenantAdmin("alpha")
            let tenantB = try await stack.newTenantAdmin("beta")
            var ids: [String] = []
            for index in 1...3 {
                let created = try await stack.call(
                    .POST, Self.faqsPath, token: tenantA.accessToken,
                    json: ["question": "Question \(index)?", "answer": "Answer \(index)", "tags": ["t\(index)", "common"]])
                #expect(created.status == 201)
                ids.append(try #require(created["id"] as? String))
            }
            let id = ids[0]
            #expect(try await stack.call(.GET, "\(Self.faqsPath)/\(id)", token: tenantA.accessToken).status == 200)
            let other = try await stack.call(.GET, "\(Self.faqsPath)/\(id)", token: tenantB.accessToken)
            #expect(other.status == 404)
            #expect(other.errorCode == "not_found")
            #expect(try await stack.call(.PATCH, "\(Self.faqsPath)/\(id)", token: tenantB.accessToken, json: ["answer": "hacked"]).status == 404)
            #expect(try await stack.call(.DELETE, "\(Self.faqsPath)/\(id)", token: tenantB.accessToken).status == 404)
            let listB = try await stack.call(.GET, Self.faqsPath, token: tenantB.accessToken)
            #expect((listB["items"] as? [Any])?.isEmpty == true)

            // Paging: two then one, in creation order.
            let page1 = try await stack.call(.GET, "\(Self.faqsPath)?limit=2", token: tenantA.accessToken)
            #expect((page1["items"] as? [Any])?.count == 2)
            let cursor = try #require(page1["nextCursor"] as? String)
            let page2 = try await stack.call(.GET, "\(Self.faqsPath)?limit=2&cursor=\(cursor)", token: tenantA.accessToken)
            #expect((page2["items"] as? [[String: Any]])?.first?["id"] as? String == ids[2])
            #expect(page2.json["nextCursor"] is NSNull)
            #expect(try await stack.call(.GET, "\(Self.faqsPath)?limit=500", token: tenantA.accessToken).status == 400)
            let tagged = try await stack.call(.GET, "\(Self.faqsPath)?tag=t2", token: tenantA.accessToken)
            #expect((tagged["items"] as? [Any])?.count == 1)

            // The owner changes and deletes.
            let patched = try await stack.call(.PATCH, "\(Self.faqsPath)/\(id)", token: tenantA.accessToken, json: ["answer": "Updated"])
            #expect(patched.status == 200)
            #expect(patched["answer"] as? String == "Updated")
            #expect(try await stack.call(.DELETE, "\(Self.faqsPath)/\(id)", token: tenantA.accessToken).status == 204)
            #expect(try await stack.call(.GET, "\(Self.faqsPath)/\(id)", token: tenantA.accessToken).status == 404)
            let invalid = try await stack.call(.POST, Self.faqsPath, token: tenantA.accessToken, json: ["question": "", "answer": "A"])
            #expect(invalid.status == 400)
            #expect(invalid.body.contains("question"))
        }
    }

    @Test("rate limits answer 429 with Retry-After and RateLimit-* headers")
    func rateLimits() async throws {
        try await GatewayStack.with([
            "RATE_LIMIT_ANONYMOUS": "6:2", "RATE_LIMIT_LOGIN": "6:3", "RATE_LIMIT_PLANS": "free=6:3",
        ]) { stack in
            // Per IP on a public route (the agent answers 404 for an unknown webhook; the limiter is ahead of it).
            var statuses: [Int] = []
            var last: GatewayStack.Reply?
            for _ in 0..<3 {
                let reply = try await stack.call(.GET, "/webhook/unknown")
                statuses.append(reply.status)
                last = reply
            }
            #expect(statuses.prefix(2).allSatisfy { $0 != 429 })
            let limited = try #require(last)
            #expect(limited.status == 429)
            #expect(limited.errorCode == "rate_limited")
            #expect(Int(limited.headers.first(name: "Retry-After") ?? "") ?? 0 >= 1)
            #expect(limited.headers.first(name: "RateLimit-Limit") == "2")
            #expect(limited.headers.first(name: "RateLimit-Remaining") == "0")
            #expect(limited.headers.first(name: "RateLimit-Reset") != nil)

            // Per tenant, by plan (3 in the burst): registration and login take 2 of the 3 login-route tokens.
            let admin = try await stack.newTenantAdmin("limited")
            var tenantStatuses: [Int] = []
            for _ in 0..<4 { tenantStatuses.append(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status) }
            #expect(tenantStatuses.prefix(3).allSatisfy { $0 == 200 })
            #expect(tenantStatuses.last == 429)

            // Login routes per IP: the third token is gone after two more calls.
            var loginStatuses: [Int] = []
            for _ in 0..<2 {
                loginStatuses.append(try await stack.call(.POST, "/api/auth/login", json: ["email": "x@y.test", "password": "wrong-pass"]).status)
            }
            #expect(loginStatuses.last == 429)
            let metrics = try await stack.call(.GET, "/metrics")
            #expect(metrics.body.contains("gateway_rate_limited_total"))
        }
    }

    @Test("repeated failed logins are slowed, then the account is locked")
    func loginThrottling() async throws {
        try await GatewayStack.with(["LOGIN_SLOWDOWN_AFTER": "2", "LOGIN_LOCK_AFTER": "3"]) { stack in
            let admin = try await stack.newTenantAdmin("throttle")
            let bad = ["email": admin.email, "password": "wrong-password"]
            #expect(try await stack.call(.POST, "/api/auth/login", json: bad).status == 401)
            #expect(try await stack.call(.POST, "/api/auth/login", json: bad).status == 401)
            let slowed = try await stack.call(.POST, "/api/auth/login", json: bad)
            #expect(slowed.status == 429)
            #expect(slowed.headers.first(name: "Retry-After") != nil)
            try await Task.sleep(for: .milliseconds(1100))
            #expect(try await stack.call(.POST, "/api/auth/login", json: bad).status == 401)
            // Locked: even the right password is refused.
            let locked = try await stack.call(.POST, "/api/auth/login", json: ["email": admin.email, "password": admin.password])
            #expect(locked.status == 429)
            #expect(Int(locked.headers.first(name: "Retry-After") ?? "") ?? 0 > 60)
        }
    }

    @Test("an upstream killed mid-test gives fast 503s with the breaker open, and full service once it is back")
    func circuitBreaker() async throws {
        try await GatewayStack.with([
            "BREAKER_FAILURES": "3", "BREAKER_OPEN_SECONDS": "1", "UPSTREAM_HEALTH_INTERVAL_SECONDS": "1",
        ]) { stack in
            let admin = try await stack.newTenantAdmin("breaker")
            #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200)

            try await stack.sav.kill9()
            var statuses: [Int] = []
            for _ in 0..<4 { statuses.append(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status) }
            #expect(statuses.allSatisfy { $0 == 503 }, "\(statuses)")

            // Open: refused without trying, quickly, with Retry-After.
            let start = ContinuousClock.now
            let open = try await stack.call(.GET, Self.faqsPath, token: admin.accessToken)
            let elapsed = start.duration(to: .now)
            #expect(open.status == 503)
            #expect(open.errorCode == "service_unavailable")
            #expect(open.headers.first(name: "Retry-After") != nil)
            #expect(elapsed < .milliseconds(200), "open breaker answered in \(elapsed)")
            let metrics = try await stack.call(.GET, "/metrics")
            #expect(metrics.body.contains("gateway_circuit_breaker_state{upstream=\"\(stack.sav.baseURL)\"} 2"))
            let health = try await stack.call(.GET, "/health")
            #expect(health.body.contains("degraded"))

            // Back on the same port: the half-open trial succeeds and service resumes.
            let revived = try DaemonProcess(.customerService, environment: ["JWT_SECRET": GatewayStack.secret], port: stack.sav.port)
            stack.adopt(revived)
            try await revived.waitHealthy(status: TestEnvironment.hasBroker ? "ok" : "degraded")
            let deadline = ContinuousClock.now + .seconds(10)
            var recovered = false
            while ContinuousClock.now < deadline {
                if try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200 {
                    recovered = true
                    break
                }
                try await Task.sleep(for: .milliseconds(200))
            }
            #expect(recovered)
            var after: [Int] = []
            for _ in 0..<10 { after.append(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status) }
            #expect(after.allSatisfy { $0 == 200 }, "\(after)")
        }
    }

    @Test("an agent that stops answering gets 504 after the route's timeout, on a reused connection too; then service resumes")
    func upstreamTimeout() async throws {
        try await GatewayStack.with(["SAV_TIMEOUT_MS": "800"]) { stack in
            let admin = try await stack.newTenantAdmin("timeout")
            // The token is cached and a pooled connection exists, its deadline timer set by this exchange.
            #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200)
            #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200)
            // The timer fires 300 ms into the next exchange: it must wait for that exchange's own deadline.
            try await Task.sleep(for: .milliseconds(500))

            kill(stack.sav.pid, SIGSTOP)
            let start = ContinuousClock.now
            let stalled: GatewayStack.Reply
            do {
                stalled = try await stack.call(.GET, Self.faqsPath, token: admin.accessToken)
            } catch {
                kill(stack.sav.pid, SIGCONT)
                throw error
            }
            let elapsed = start.duration(to: .now)
            kill(stack.sav.pid, SIGCONT)
            #expect(stalled.status == 504)
            #expect(stalled.errorCode == "gateway_timeout")
            #expect(elapsed >= .milliseconds(750) && elapsed < .seconds(3), "504 after \(elapsed)")

            // A new connection; then idle for longer than the timeout (its timer fires with no exchange), and reused.
            #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200)
            try await Task.sleep(for: .milliseconds(1200))
            for _ in 0..<3 { #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200) }
        }
    }

    @Test("limits: a 3 MiB body is 413, oversized headers 431, deep JSON 400")
    func limits() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("limits")
            let big = [UInt8](repeating: UInt8(ascii: "a"), count: 3 * 1024 * 1024)
            for path in [Self.faqsPath, "/api/auth/register"] {
                let reply = try await stack.client.send(
                    .POST, stack.gateway.baseURL + path,
                    headers: [("Authorization", "Bearer \(admin.accessToken)"), ("Content-Type", "application/json")], body: big)
                #expect(reply.status == 413, "\(path)")
                #expect(reply.body.contains("payload_too_large"))
            }
            let headers = (0..<40).map { ("X-Padding-\($0)", String(repeating: "p", count: 500)) }
            #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken, headers: headers).status == 431)
            let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
            let reply = try await stack.client.send(
                .POST, stack.gateway.baseURL + Self.faqsPath,
                headers: [("Authorization", "Bearer \(admin.accessToken)"), ("Content-Type", "application/json")],
                body: Array(deep.utf8))
            #expect(reply.status == 400)
        }
    }

    @Test("the request id is returned, forwarded and appears in the agent's log line")
    func requestIdForwarded() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("trace")
            let requestId = "trace-\(UUID().uuidString.prefix(8).lowercased())"
            let reply = try await stack.call(.GET, Self.faqsPath, token: admin.accessToken, headers: [("X-Request-ID", requestId)])
            #expect(reply.status == 200)
            #expect(reply.headers.first(name: "X-Request-ID") == requestId)
            try await Task.sleep(for: .milliseconds(200))
            #expect(stack.sav.log().contains("request_id=\(requestId)"))
            let gatewayLine = stack.gateway.log().split(separator: "\n").first { $0.contains("request_id=\(requestId)") }
            #expect(gatewayLine?.contains("upstream=\(stack.sav.baseURL)") == true)
            #expect(gatewayLine?.contains("route=/api/customer-service") == true)
            // The token is cached now, so this one is answered on the event loop: the same trace.
            let second = "trace-\(UUID().uuidString.prefix(8).lowercased())"
            let again = try await stack.call(.GET, Self.faqsPath, token: admin.accessToken, headers: [("X-Request-ID", second)])
            #expect(again.status == 200)
            #expect(again.headers.first(name: "X-Request-ID") == second)
            try await Task.sleep(for: .milliseconds(200))
            #expect(stack.sav.log().contains("request_id=\(second)"))
            let secondLine = stack.gateway.log().split(separator: "\n").first { $0.contains("request_id=\(second)") }
            #expect(secondLine?.contains("upstream=\(stack.sav.baseURL)") == true)
            #expect(secondLine?.contains("tenant=\(admin.tenantId)") == true)
            // A generated one when none (or an unsafe one) is sent.
            let generated = try await stack.call(.GET, Self.faqsPath, token: admin.accessToken, headers: [("X-Request-ID", "bad id <script>")])
            #expect(generated.headers.first(name: "X-Request-ID").map { !$0.contains(" ") && !$0.isEmpty } == true)
            // Generated ids are UUIDs version 7, a new one each time.
            var ids: Set<String> = []
            for _ in 0..<5 {
                let reply = try await stack.call(.GET, Self.faqsPath, token: admin.accessToken)
                let id = reply.headers.first(name: "X-Request-ID") ?? ""
                #expect(UUID(uuidString: id) != nil && Array(id)[14] == "7", "\(id)")
                ids.insert(id)
            }
            #expect(ids.count == 5)
            let metrics = try await stack.call(.GET, "/metrics")
            #expect(metrics.body.contains("gateway_route_duration_seconds_bucket"))
            #expect(metrics.body.contains("gateway_upstream_duration_seconds_bucket"))
        }
    }

    @Test("one connection, requests pipelined: agent routes (answered on the event loop) and the gateway's own routes answer in order; Connection: close closes")
    func pipelinedMixedRoutes() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("pipeline")
            // The first use verifies and caches the token; the pipelined agent requests below are then taken on the
            // event loop, the gateway's own routes go through the router, and the answers must keep the order.
            #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200)
            let auth = "Authorization: Bearer \(admin.accessToken)\r\n"
            let body = #"{"question":"Pipelined question?","answer":"Pipelined answer.","tags":["pipeline"]}"#
            let requests = [
                "GET \(Self.faqsPath) HTTP/1.1\r\nHost: gw\r\n\(auth)X-Request-ID: pipe-1\r\n\r\n",
                "GET /api/auth/me HTTP/1.1\r\nHost: gw\r\n\(auth)X-Request-ID: pipe-2\r\n\r\n",
                "POST \(Self.faqsPath) HTTP/1.1\r\nHost: gw\r\n\(auth)X-Request-ID: pipe-3\r\nContent-Type: application/json\r\n"
                    + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)",
                "GET \(Self.faqsPath)?limit=50 HTTP/1.1\r\nHost: gw\r\n\(auth)X-Request-ID: pipe-4\r\n\r\n",
                "GET /nope HTTP/1.1\r\nHost: gw\r\nX-Request-ID: pipe-5\r\n\r\n",
                "GET \(Self.faqsPath) HTTP/1.1\r\nHost: gw\r\nAuthorization: Bearer forged.token.value\r\nX-Request-ID: pipe-6\r\n\r\n",
                "GET \(Self.faqsPath)?limit=1 HTTP/1.1\r\nHost: gw\r\n\(auth)X-Request-ID: pipe-7\r\nConnection: close\r\n\r\n",
            ]
            let answers = try await RawHTTP.pipeline(stack.gateway.baseURL, requests.joined())
            #expect(answers.map(\.status) == [200, 200, 201, 200, 404, 401, 200])
            #expect(answers.map { $0.headers["x-request-id"] ?? "" } == (1...7).map { "pipe-\($0)" })
            #expect(answers[1].body.contains(admin.email))
            #expect(answers[3].body.contains("Pipelined question?"))
            #expect(answers[5].body.contains("\"code\":\"unauthorized\""))
            #expect(answers[0].headers["ratelimit-remaining"] != nil)
            #expect(answers.allSatisfy { $0.headers["date"] != nil && $0.headers["content-length"] == String($0.body.utf8.count) })
            #expect(answers.count == requests.count)  // and the connection was closed after the last one
        }
    }

    @Test("event-loop path: a connection in use outlives the idle timeout, an idle or stalled one is closed after it; SIGTERM lets the request with the agent finish")
    func idleTimeAndShutdown() async throws {
        try await GatewayStack.with(["IDLE_TIMEOUT_SECONDS": "1"]) { stack in
            let admin = try await stack.newTenantAdmin("idletime")
            #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200)  // token cached
            let port = try #require(URL(string: stack.gateway.baseURL)?.port)
            let request = "GET \(Self.faqsPath) HTTP/1.1\r\nHost: gw\r\nAuthorization: Bearer \(admin.accessToken)\r\n\r\n"

            // A request every 0.3 s for 3 s (after the first, all taken on the event loop): never idle for 1 s, with
            // room for a slow scheduler.
            let busy = try await RawConnection(port: port)
            for _ in 0..<10 {
                try await busy.send(request)
                try await Task.sleep(for: .milliseconds(300))
            }
            #expect(busy.channel.isActive, "closed while in use")
            let idleStart = ContinuousClock.now
            try await busy.channel.closeFuture.get()
            #expect(idleStart.duration(to: .now) < .seconds(3))
            #expect(busy.text.components(separatedBy: "HTTP/1.1 200 OK").count - 1 == 10)

            // A request whose body stops arriving is idle time too.
            let stalled = try await RawConnection(port: port)
            try await stalled.send(request)
            try await Task.sleep(for: .milliseconds(300))
            try await stalled.send(
                "POST \(Self.faqsPath) HTTP/1.1\r\nHost: gw\r\nAuthorization: Bearer \(admin.accessToken)\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"question\"")
            let stallStart = ContinuousClock.now
            try await stalled.channel.closeFuture.get()
            #expect(stallStart.duration(to: .now) < .seconds(3))

            // SIGTERM while a request taken on the event loop is with a stopped agent: it is answered in full (with
            // `Connection: close`), then the connection is closed and the gateway exits 0.
            // The connection's first request goes to Hummingbird, and a request is taken on the event loop only once
            // Hummingbird's answer has ended (its task writes the end after the body the client already has): two
            // requests answered, each followed by a pause, then the one left with the stopped agent; the gateway gets
            // a second to read it.
            let draining = try await RawConnection(port: port)
            for answered in 1...2 {
                try await draining.send(request)
                let deadline = ContinuousClock.now + .seconds(5)
                while draining.text.components(separatedBy: "HTTP/1.1 200 OK").count - 1 < answered || !draining.text.hasSuffix("}"),
                      ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(20))
                }
                try await Task.sleep(for: .milliseconds(300))
            }
            kill(stack.sav.pid, SIGSTOP)
            try await draining.send(request)
            try await Task.sleep(for: .seconds(1))
            kill(stack.gateway.pid, SIGTERM)
            // The gateway closes its listener first, then asks each connection to quiesce: the agent is let go only
            // once new connections are refused (and a moment later), so the request is with it when the ask arrives.
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline {
                guard let probe = try? await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connect(host: "127.0.0.1", port: port).get()
                else { break }
                try? await probe.close()
                try await Task.sleep(for: .milliseconds(50))
            }
            try await Task.sleep(for: .milliseconds(300))
            let beforeLetGo = draining.text.utf8.count
            kill(stack.sav.pid, SIGCONT)
            try await draining.channel.closeFuture.get()
            let answers = draining.text.components(separatedBy: "HTTP/1.1 ").dropFirst()
            #expect(answers.count == 3)
            #expect(answers.last?.hasPrefix("200 OK") == true)
            #expect(
                answers.last?.lowercased().contains("connection: close") == true,
                "bytes before the agent was let go \(beforeLetGo), after \(draining.text.utf8.count); last answer's head: \(answers.last?.prefix(400) ?? "")")
            #expect(answers.last?.hasSuffix("}") == true, "answer cut short")
            #expect(try await stack.gateway.stop() == 0)
        }
    }

    @Test("a client that ends its output after its requests still gets every answer, in order")
    func halfClosedClient() async throws {
        try await GatewayStack.with { stack in
            let admin = try await stack.newTenantAdmin("halfclose")
            #expect(try await stack.call(.GET, Self.faqsPath, token: admin.accessToken).status == 200)
            let auth = "Authorization: Bearer \(admin.accessToken)\r\n"
            // Taken on the event loop: the end of input arrives while the first is with the agent.
            let answers = try await RawHTTP.pipeline(
                stack.gateway.baseURL,
                "GET \(Self.faqsPath) HTTP/1.1\r\nHost: gw\r\n\(auth)X-Request-ID: half-1\r\n\r\n"
                    + "GET \(Self.faqsPath)?limit=1 HTTP/1.1\r\nHost: gw\r\n\(auth)X-Request-ID: half-2\r\n\r\n",
                halfClose: true)
            #expect(answers.map(\.status) == [200, 200])
            #expect(answers.map { $0.headers["x-request-id"] ?? "" } == ["half-1", "half-2"])
            let single = try await RawHTTP.pipeline(
                stack.gateway.baseURL, "GET \(Self.faqsPath) HTTP/1.1\r\nHost: gw\r\n\(auth)\r\n", halfClose: true)
            #expect(single.map(\.status) == [200])
        }
    }

    @Test("/openapi.json documents every route of API.md; /docs renders it with no network resource")
    func documentation() async throws {
        try await GatewayStack.with { stack in
            let spec = try await stack.call(.GET, "/openapi.json")
            #expect(spec.status == 200)
            #expect(spec["openapi"] as? String == "3.1.0")
            let paths = try #require(spec["paths"] as? [String: [String: Any]])
            let expected: [(String, String)] = [
                ("post", "/api/auth/register"), ("post", "/api/auth/login"), ("post", "/api/auth/refresh"),
                ("post", "/api/auth/logout"), ("get", "/api/auth/me"), ("post", "/api/auth/api-keys"),
                ("post", "/api/users"), ("get", "/api/users"), ("post", "/api/admin/tenants"),
                ("post", "/api/customer-service/respond"), ("post", "/webhook/whatsapp"),
                ("get", "/api/customer-service/faqs"), ("post", "/api/customer-service/faqs"),
                ("patch", "/api/customer-service/faqs/{id}"), ("delete", "/api/customer-service/faqs/{id}"),
                ("post", "/api/tickets"), ("put", "/api/tickets/{id}/status"), ("get", "/api/tickets/stats"),
                ("post", "/api/advertising/optimize"), ("post", "/api/content/generate"), ("post", "/api/analysis/website"),
                ("get", "/p/{slug}"), ("post", "/api/email/campaigns/{id}/send"), ("get", "/api/health/status"),
                ("get", "/api/jobs/{jobId}"),
            ]
            for (method, path) in expected {
                #expect(paths[path]?[method] != nil, "\(method) \(path) is not documented")
            }
            let schemas = ((spec["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
            #expect(schemas["Error"] != nil && schemas["FAQ"] != nil && schemas["Session"] != nil)
            var operationIds = Set<String>()
            for (_, item) in paths {
                for (_, operation) in item {
                    let id = (operation as? [String: Any])?["operationId"] as? String ?? ""
                    #expect(operationIds.insert(id).inserted, "duplicate operationId \(id)")
                }
            }
            let docs = try await stack.call(.GET, "/docs")
            #expect(docs.status == 200)
            #expect(docs.headers.first(name: "Content-Type")?.hasPrefix("text/html") == true)
            #expect(docs.body.contains("/api/customer-service/faqs"))
            #expect(!docs.body.contains("<script"))
            #expect(!docs.body.contains("<link"))
            #expect(!docs.body.contains("src="))
            #expect(!docs.body.contains("https://"))
        }
    }
}

/// A raw TCP connection to the gateway that keeps everything it receives; closed by the test after 10 s at the
/// latest (a server that never closes fails the test instead of hanging it).
final class RawConnection: Sendable {
    let channel: any Channel
    private let received = Received()

    init(port: Int) async throws {
        let received = self.received
        channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Collector(received)) }
            }
            .connect(host: "127.0.0.1", port: port).get()
        let channel = self.channel
        channel.eventLoop.scheduleTask(in: .seconds(10)) { channel.close(promise: nil) }
    }

    func send(_ text: String) async throws {
        try await channel.writeAndFlush(ByteBuffer(string: text))
    }

    /// What arrived so far, as text.
    var text: String { String(decoding: received.bytes.withLock { $0 }, as: UTF8.self) }

    private final class Received: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }

    private final class Collector: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        let received: Received
        init(_ received: Received) { self.received = received }
        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let bytes = unwrapInboundIn(data).readableBytesView
            received.bytes.withLock { $0 += bytes }
        }
    }
}

/// Raw HTTP/1.1 on one connection: requests written at once (pipelined), answers read until the server closes (at
/// most 15 s).
enum RawHTTP {
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// - Parameter halfClose: end the connection's output (`shutdown(SHUT_WR)`) once the requests are written.
    static func pipeline(_ baseURL: String, _ text: String, halfClose: Bool = false) async throws -> [Answer] {
        guard let url = URL(string: baseURL), let host = url.host, let port = url.port else {
            throw TestSupportError("bad base URL \(baseURL)")
        }
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        // A server that never closes must fail the test, not hang it: what arrived within 15 s is all there is.
        let underlying = channel.channel
        let deadline = underlying.eventLoop.scheduleTask(in: .seconds(15)) { underlying.close(promise: nil) }
        defer { deadline.cancel() }
        var received: [UInt8] = []
        try? await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: text))
            if halfClose { try await underlying.close(mode: .output) }
            for try await chunk in inbound { received += chunk.readableBytesView }
        }
        var answers: [Answer] = []
        var rest = received[...]
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        while let end = rest.firstRange(of: separator) {
            let lines = String(decoding: rest[rest.startIndex..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
            var headers: [String: String] = [:]
            for line in lines.dropFirst() {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
            let length = Int(headers["content-length"] ?? "0") ?? 0
            let bodyEnd = min(end.upperBound + length, rest.endIndex)
            answers.append(Answer(
                status: Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0, headers: headers,
                body: String(decoding: rest[end.upperBound..<bodyEnd], as: UTF8.self)))
            rest = rest[bodyEnd...]
        }
        return answers
    }
}
