import AsyncHTTPClient
import Crypto
import Foundation
import NIOHTTP1
import Synchronization
import TestSupport

/// A real `sav-agent` and a real `gateway` in front of it, each its own process on its own port and data folder,
/// sharing one JWT secret.
final class GatewayStack: Sendable {
    static let secret = "test-secret-0123456789abcdef0123456789abcdef"
    static let platformAdminEmail = "root@platform.test"
    static let platformAdminPassword = "platform-password-1"

    let sav: DaemonProcess
    let gateway: DaemonProcess
    let client = HTTPClient.shared
    /// Daemons a test started besides the two (stopped with them).
    private let others = Mutex<[DaemonProcess]>([])

    /// Runs `body` with a fresh stack and stops every daemon afterwards, whatever happens.
    static func with(
        _ gatewayEnvironment: [String: String] = [:], _ body: (GatewayStack) async throws -> Void
    ) async throws {
        let stack = try await GatewayStack(gatewayEnvironment: gatewayEnvironment)
        do {
            try await body(stack)
        } catch {
            await stack.stop()
            throw error
        }
        await stack.stop()
    }

    /// Hands another daemon to the stack, to be stopped with it.
    func adopt(_ daemon: DaemonProcess) {
        others.withLock { $0.append(daemon) }
    }

    /// Starts both and waits until they are healthy; `gatewayEnvironment` adds to (or overrides) the gateway's.
    init(gatewayEnvironment: [String: String] = [:]) async throws {
        let sav = try DaemonProcess(.customerService, environment: ["JWT_SECRET": Self.secret])
        var environment = [
            "JWT_SECRET": Self.secret,
            "SAV_UPSTREAMS": sav.baseURL,
            "BCRYPT_COST": "4",
            "PLATFORM_ADMIN_EMAIL": Self.platformAdminEmail,
            "PLATFORM_ADMIN_PASSWORD": Self.platformAdminPassword,
            "RATE_LIMIT_PLANS": "free=60000:10000,pro=60000:10000,enterprise=60000:10000",
            "RATE_LIMIT_ANONYMOUS": "60000:10000",
            "RATE_LIMIT_LOGIN": "60000:10000",
        ]
        environment.merge(gatewayEnvironment) { $1 }
        let gateway = try DaemonProcess(.gateway, environment: environment)
        self.sav = sav
        self.gateway = gateway
        // Without the test broker the daemons run, and say so: `degraded`.
        let healthy = TestEnvironment.hasBroker ? "ok" : "degraded"
        try await sav.waitHealthy(status: healthy)
        try await gateway.waitHealthy(status: healthy)
    }

    func stop() async {
        _ = try? await gateway.stop()
        _ = try? await sav.stop()
        for daemon in others.withLock({ $0 }) { _ = try? await daemon.stop() }
    }

    // MARK: - Requests

    struct Reply: Sendable {
        var status: Int
        var headers: HTTPHeaders
        var body: String

        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }

        subscript(key: String) -> Any? { json[key] }

        var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    }

    /// A request to the gateway (or `base`), with an optional bearer token and JSON body.
    func call(
        _ method: HTTPMethod, _ path: String, token: String? = nil, json: Any? = nil, headers: [(String, String)] = [],
        base: String? = nil
    ) async throws -> Reply {
        var allHeaders = headers
        if let token { allHeaders.append(("Authorization", "Bearer \(token)")) }
        var body: [UInt8]?
        if let json {
            body = Array(try JSONSerialization.data(withJSONObject: json))
            allHeaders.append(("Content-Type", "application/json"))
        }
        let reply = try await client.send(method, (base ?? gateway.baseURL) + path, headers: allHeaders, body: body)
        return Reply(status: reply.status, headers: reply.headers, body: reply.body)
    }

    // MARK: - Accounts

    struct Account: Sendable {
        var email: String
        var password: String
        var userId: String
        var tenantId: String
        var accessToken: String
        var refreshToken: String
    }

    /// Registers a new tenant with its admin and logs in.
    func newTenantAdmin(_ name: String = "shop") async throws -> Account {
        let email = "admin-\(UUID().uuidString.prefix(8).lowercased())@\(name).test"
        let registered = try await call(
            .POST, "/api/auth/register",
            json: ["email": email, "password": "correct-horse-1", "name": "Admin", "tenantName": name])
        guard registered.status == 201 else { throw TestSupportError("register: \(registered.status) \(registered.body)") }
        return try await login(email: email, password: "correct-horse-1")
    }

    /// Registers a customer of `tenantId` and logs in.
    func newCustomer(of tenantId: String) async throws -> Account {
        let email = "customer-\(UUID().uuidString.prefix(8).lowercased())@mail.test"
        let registered = try await call(
            .POST, "/api/auth/register",
            json: ["email": email, "password": "customer-pass-1", "name": "Customer", "tenantId": tenantId])
        guard registered.status == 201 else { throw TestSupportError("register: \(registered.status) \(registered.body)") }
        return try await login(email: email, password: "customer-pass-1")
    }

    func login(email: String, password: String) async throws -> Account {
        let reply = try await call(.POST, "/api/auth/login", json: ["email": email, "password": password])
        guard reply.status == 200, let user = reply["user"] as? [String: Any] else {
            throw TestSupportError("login: \(reply.status) \(reply.body)")
        }
        return Account(
            email: email, password: password, userId: user["id"] as! String, tenantId: user["tenantId"] as! String,
            accessToken: reply["accessToken"] as! String, refreshToken: reply["refreshToken"] as! String)
    }
}

/// Hand-made JWTs for the forged-token matrix.
enum Forge {
    static func base64URL(_ data: some Sequence<UInt8>) -> String {
        Data(data).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func segment(_ object: [String: Any]) -> String {
        base64URL(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    static func hs256(_ input: String, secret: String) -> String {
        base64URL(HMAC<SHA256>.authenticationCode(for: Array(input.utf8), using: SymmetricKey(data: Array(secret.utf8))))
    }

    static func hs384(_ input: String, secret: String) -> String {
        base64URL(HMAC<SHA384>.authenticationCode(for: Array(input.utf8), using: SymmetricKey(data: Array(secret.utf8))))
    }

    /// Claims as the gateway issues them, for `account`, shifted by `changes`.
    static func claims(for account: GatewayStack.Account, _ changes: [String: Any?] = [:]) -> [String: Any] {
        let now = Int(Date().timeIntervalSince1970)
        var claims: [String: Any] = [
            "sub": account.userId, "tenant": account.tenantId, "role": "admin", "iat": now, "nbf": now, "exp": now + 600,
            "iss": "commerceai-gateway", "aud": "commerceai", "jti": UUID().uuidString,
        ]
        for (key, value) in changes {
            if let value { claims[key] = value } else { claims.removeValue(forKey: key) }
        }
        return claims
    }

    static func token(header: [String: Any] = ["alg": "HS256", "typ": "JWT"], claims: [String: Any],
                      secret: String = GatewayStack.secret) -> String {
        let input = segment(header) + "." + segment(claims)
        return input + "." + hs256(input, secret: secret)
    }
}
