import AsyncHTTPClient
import Crypto
import Foundation
import Messaging
import NIOHTTP1
import Synchronization
import TestSupport

/// A real `sav-agent` behind a real `gateway`, each its own process on its own port and data folder, sharing one JWT
/// secret and the test broker; optionally more daemons (an email agent, fakes) adopted by the stack and stopped with it.
///
/// The gateway's port is chosen before the agent starts, so the agent can be told its public base URL
/// (`SAV_PUBLIC_BASE_URL`, which the webhook signatures cover). Keep start-ups few (each costs about a second):
/// group several checks on one stack, and give each check its own tenant (`newTenant()`).
final class SAVStack: Sendable {
    static let secret = "test-secret-0123456789abcdef0123456789abcdef"
    static let platformAdminEmail = "root@platform.test"
    static let platformAdminPassword = "platform-password-1"

    let sav: DaemonProcess
    let gateway: DaemonProcess
    let client = HTTPClient.shared
    /// The agent's own outbound retry queue (`SAV_OUTBOUND_QUEUE`), deleted with its `.retry` and `.dead` at the end.
    let outboundQueue: String
    /// Daemons a test started besides the two (stopped with them).
    private let others = Mutex<[DaemonProcess]>([])

    /// Runs `body` with a fresh stack and stops every daemon afterwards, whatever happens.
    /// `savEnvironment` receives the gateway's base URL and returns variables added to (or overriding) the agent's.
    static func with(
        sav savEnvironment: @Sendable (_ gatewayURL: String) -> [String: String] = { _ in [:] },
        gateway gatewayEnvironment: [String: String] = [:],
        _ body: (SAVStack) async throws -> Void
    ) async throws {
        let stack = try await SAVStack(savEnvironment: savEnvironment, gatewayEnvironment: gatewayEnvironment)
        do {
            try await body(stack)
        } catch {
            // The agent's last log lines say what went wrong on its side.
            let lines = stack.sav.log().split(separator: "\n").suffix(60).joined(separator: "\n")
            print("--- sav-agent log (last lines) ---\n\(lines)")
            await stack.stop()
            throw error
        }
        await stack.stop()
    }

    /// The test broker for this target: a virtual host of its own, shared by every stack of the target, so that
    /// daemons of other targets consuming the same queue names (an email-agent takes `notifications`) never take
    /// this target's messages.
    static let brokerVirtualHost: BrokerVirtualHost? =
        TestEnvironment.hasBroker ? try? BrokerVirtualHost.create(prefix: "sav-tests") : nil
    static var brokerURL: String? { brokerVirtualHost?.url }

    /// Starts both and waits until they are healthy.
    init(
        savEnvironment: @Sendable (_ gatewayURL: String) -> [String: String] = { _ in [:] },
        gatewayEnvironment: [String: String] = [:]
    ) async throws {
        let gatewayPort = try freeTCPPort()
        let gatewayURL = "http://127.0.0.1:\(gatewayPort)"
        // Each agent has its own database, so its own outbound retry queue on the shared test broker.
        let outboundQueue = "customer-service.outbound.test-\(Self.unique())"
        self.outboundQueue = outboundQueue
        var savEnv = [
            "JWT_SECRET": Self.secret, "SAV_PUBLIC_BASE_URL": gatewayURL, "SAV_OUTBOUND_QUEUE": outboundQueue,
        ]
        if let brokerURL = Self.brokerURL { savEnv["RABBITMQ_URL"] = brokerURL }
        savEnv.merge(savEnvironment(gatewayURL)) { $1 }
        let sav = try DaemonProcess(.customerService, environment: savEnv)
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
        if let brokerURL = Self.brokerURL { environment["RABBITMQ_URL"] = brokerURL }
        environment.merge(gatewayEnvironment) { $1 }
        let gateway: DaemonProcess
        do {
            gateway = try DaemonProcess(.gateway, environment: environment, port: gatewayPort)
        } catch {
            _ = try? await sav.stop()
            throw error
        }
        self.sav = sav
        self.gateway = gateway
        // Without the test broker the daemons run, and say so: `degraded`.
        let healthy = TestEnvironment.hasBroker ? "ok" : "degraded"
        do {
            try await sav.waitHealthy(status: healthy)
            try await gateway.waitHealthy(status: healthy)
        } catch {
            await stop()
            throw error
        }
    }

    /// Hands another daemon to the stack, to be stopped with it.
    func adopt(_ daemon: DaemonProcess) {
        others.withLock { $0.append(daemon) }
    }

    func stop() async {
        _ = try? await gateway.stop()
        _ = try? await sav.stop()
        for daemon in others.withLock({ $0 }) { _ = try? await daemon.stop() }
        await deleteOutboundQueues()
    }

    /// Removes the agent's outbound queues from the shared test broker, so that runs do not pile them up.
    private func deleteOutboundQueues() async {
        guard let url = Self.brokerURL, let configuration = try? AMQPConfiguration(url: url, connectionName: "sav-tests")
        else { return }
        let connection = AMQPConnection(configuration: configuration)
        let running = Task { try await connection.run() }
        if (try? await connection.waitUntilConnected(timeout: .seconds(5))) != nil {
            for queue in [outboundQueue, outboundQueue + ".retry", outboundQueue + ".dead"] {
                try? await connection.deleteQueue(queue)
            }
            try? await connection.deleteExchange(outboundQueue + ".dlx")
        }
        connection.shutdown()
        _ = try? await running.value
    }

    /// The gateway's base URL (what clients and webhooks call).
    var baseURL: String { gateway.baseURL }

    // MARK: - Requests

    /// A response: status, headers, body, and JSON accessors.
    struct Reply: Sendable, CustomStringConvertible {
        var status: Int
        var headers: HTTPHeaders
        var body: String

        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }

        subscript(key: String) -> Any? { json[key] }

        /// `items` of a list response.
        var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }

        /// `error.code` of an error response.
        var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }

        /// Whether the body is the API's one error shape (`error.code`, `error.message`, `error.requestId`).
        var isErrorShape: Bool {
            guard let error = json["error"] as? [String: Any] else { return false }
            return error["code"] is String && error["message"] is String && error["requestId"] is String
        }

        var description: String { "\(status) \(body)" }
    }

    /// A request to the gateway (or `base`), with an optional bearer token and a JSON body.
    func call(
        _ method: HTTPMethod, _ path: String, token: String? = nil, json: Any? = nil, headers: [(String, String)] = [],
        base: String? = nil
    ) async throws -> Reply {
        var body: [UInt8]?
        var allHeaders = headers
        if let json {
            body = Array(try JSONSerialization.data(withJSONObject: json))
            allHeaders.append(("Content-Type", "application/json"))
        }
        return try await raw(method, path, token: token, body: body, headers: allHeaders, base: base)
    }

    /// A request with `body` sent as is (forms, signed payloads, malformed JSON); set the content type in `headers`.
    func raw(
        _ method: HTTPMethod, _ path: String, token: String? = nil, body: [UInt8]?, headers: [(String, String)] = [],
        base: String? = nil
    ) async throws -> Reply {
        var allHeaders = headers
        if let token { allHeaders.append(("Authorization", "Bearer \(token)")) }
        let reply = try await client.send(method, (base ?? gateway.baseURL) + path, headers: allHeaders, body: body)
        return Reply(status: reply.status, headers: reply.headers, body: reply.body)
    }

    /// Shorthands with a signed-in account.
    func get(_ path: String, as account: Account) async throws -> Reply {
        try await call(.GET, path, token: account.accessToken)
    }

    func post(_ path: String, as account: Account, json: Any? = nil) async throws -> Reply {
        try await call(.POST, path, token: account.accessToken, json: json)
    }

    func put(_ path: String, as account: Account, json: Any? = nil) async throws -> Reply {
        try await call(.PUT, path, token: account.accessToken, json: json)
    }

    // MARK: - Accounts

    /// A signed-in user.
    struct Account: Sendable {
        var email: String
        var password: String
        var userId: String
        var tenantId: String
        var role: String
        var accessToken: String
        var refreshToken: String
    }

    /// A tenant and its first admin; make its other users with `agent()` and `customer()`.
    struct Tenant: Sendable {
        let stack: SAVStack
        let admin: Account
        var id: String { admin.tenantId }

        /// A new staff member with the role `agent`, signed in.
        func agent(_ name: String = "Agent") async throws -> Account {
            try await stack.newStaff(role: "agent", name: name, by: admin)
        }

        /// A second administrator, signed in.
        func secondAdmin() async throws -> Account {
            try await stack.newStaff(role: "admin", name: "Admin Two", by: admin)
        }

        /// A new customer of this tenant, signed in.
        func customer(_ name: String = "Customer") async throws -> Account {
            try await stack.newCustomer(of: id, name: name)
        }
    }

    /// Registers a new tenant with its admin and signs in.
    func newTenant(_ name: String = "shop") async throws -> Tenant {
        Tenant(stack: self, admin: try await newTenantAdmin(name))
    }

    /// Registers a new tenant with its admin and logs in.
    func newTenantAdmin(_ name: String = "shop") async throws -> Account {
        let email = "admin-\(Self.unique())@\(name.lowercased().filter(\.isLetter)).test"
        let registered = try await call(
            .POST, "/api/auth/register",
            json: ["email": email, "password": "correct-horse-1", "name": "Admin", "tenantName": "\(name) \(Self.unique())"])
        guard registered.status == 201 else { throw TestSupportError("register: \(registered)") }
        return try await login(email: email, password: "correct-horse-1")
    }

    /// Creates a staff user (`agent` or `admin`) in `admin`'s tenant and logs in.
    func newStaff(role: String, name: String, by admin: Account) async throws -> Account {
        let email = "\(role)-\(Self.unique())@staff.test"
        let created = try await post(
            "/api/users", as: admin, json: ["email": email, "password": "staff-pass-1", "name": name, "role": role])
        guard created.status == 201 else { throw TestSupportError("create \(role): \(created)") }
        return try await login(email: email, password: "staff-pass-1")
    }

    /// Registers a customer of `tenantId` and logs in.
    func newCustomer(of tenantId: String, name: String = "Customer") async throws -> Account {
        let email = "customer-\(Self.unique())@mail.test"
        let registered = try await call(
            .POST, "/api/auth/register",
            json: ["email": email, "password": "customer-pass-1", "name": name, "tenantId": tenantId])
        guard registered.status == 201 else { throw TestSupportError("register: \(registered)") }
        return try await login(email: email, password: "customer-pass-1")
    }

    /// The platform administrator (configured on the gateway), signed in.
    func platformAdmin() async throws -> Account {
        try await login(email: Self.platformAdminEmail, password: Self.platformAdminPassword)
    }

    func login(email: String, password: String) async throws -> Account {
        let reply = try await call(.POST, "/api/auth/login", json: ["email": email, "password": password])
        guard reply.status == 200, let user = reply["user"] as? [String: Any] else {
            throw TestSupportError("login: \(reply)")
        }
        return Account(
            email: email, password: password, userId: user["id"] as! String, tenantId: user["tenantId"] as! String,
            role: user["role"] as? String ?? "", accessToken: reply["accessToken"] as! String,
            refreshToken: reply["refreshToken"] as! String)
    }

    static func unique() -> String { UUID().uuidString.prefix(8).lowercased() }

    // MARK: - Waiting

    /// Polls `check` every 50 ms until it returns a value, or throws after `timeout` with `what`.
    static func eventually<T>(
        _ what: String, timeout: Duration = .seconds(10), _ check: () async throws -> T?
    ) async throws -> T {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let value = try await check() { return value }
            guard ContinuousClock.now < deadline else { throw TestSupportError("timed out waiting for \(what)") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}

/// Signatures as the channels compute them, for webhook tests.
enum WebhookSigning {
    /// Twilio's `X-Twilio-Signature`: base64 HMAC-SHA1 of the full URL followed by every form parameter's name and
    /// value, sorted by name, with the account's auth token.
    static func twilio(url: String, params: [(String, String)], authToken: String) -> String {
        var data = url
        for (name, value) in params.sorted(by: { $0.0 < $1.0 }) { data += name + value }
        let mac = HMAC<Insecure.SHA1>.authenticationCode(for: Array(data.utf8), using: SymmetricKey(data: Array(authToken.utf8)))
        return Data(mac).base64EncodedString()
    }

    /// `sha256=<hex>` HMAC-SHA256 of `body` with `secret` (Messenger's `X-Hub-Signature-256`, the inbound email's
    /// `X-Signature`).
    static func sha256(_ body: [UInt8], secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Array(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// `application/x-www-form-urlencoded` encoding of `params`.
    static func form(_ params: [(String, String)]) -> [UInt8] {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._*")
        let text = params.map { name, value in
            let encode = { (s: String) in
                (s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s).replacingOccurrences(of: "%20", with: "+")
            }
            return encode(name) + "=" + encode(value)
        }.joined(separator: "&")
        return Array(text.utf8)
    }
}
