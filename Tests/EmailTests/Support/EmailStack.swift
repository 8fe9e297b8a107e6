import AsyncHTTPClient
import Foundation
import Logging
import Messaging
import NIOHTTP1
import Synchronization
import TestSupport

/// A real `email-agent` behind a real `gateway`, each its own process, with a real SMTP server (aiosmtpd) on
/// loopback and a RabbitMQ virtual host of its own on the test broker (so that two stacks, or another suite's
/// email-agent, never consume each other's `email.sending` or `notifications` messages).
///
/// Usage:
/// ```
/// try await EmailStack.with { stack in
///     let admin = try await stack.newTenantAdmin()
///     let reply = try await stack.call(.POST, "/api/email/contacts", token: admin.accessToken, json: [...])
///     try await stack.eventually("mail arrives") { try stack.smtp.received().count == 1 }
/// }
/// ```
final class EmailStack: Sendable {
    static let secret = "test-secret-0123456789abcdef0123456789abcdef"
    static let platformAdminEmail = "root@platform.test"
    static let platformAdminPassword = "platform-password-1"

    /// Whether the stack can run here: a test broker with its `rabbitmqctl`, and a Python with aiosmtpd.
    static var isAvailable: Bool {
        TestEnvironment.hasBroker && TestEnvironment.rabbitmqctl != nil && SMTPTestServer.isAvailable
    }

    let email: DaemonProcess
    let gateway: DaemonProcess
    let smtp: SMTPTestServer
    /// The stack's own virtual host on the test broker, and the AMQP URL that reaches it.
    let virtualHost: BrokerVirtualHost
    let amqpURL: String
    /// A file the email-agent reads as its clock offset (`EMAIL_CLOCK_OFFSET_FILE`): see `setClockOffset`.
    let clockFile: URL
    let scratch: TemporaryDirectory
    let client = HTTPClient.shared
    private let broker: AMQPConnection
    private let brokerTask: Mutex<Task<Void, any Error>?>
    /// The email-agent's environment, for `crashAndRestartEmail`.
    private let emailEnvironment: [String: String]
    /// email-agent processes started by `crashAndRestartEmail` (the latest one is the live one).
    private let restarted = Mutex<[DaemonProcess]>([])

    /// Runs `body` with a fresh stack and stops everything afterwards, whatever happens.
    /// `emailEnvironment` adds to (or overrides) the email-agent's environment (`EMAIL_SMTP_URL: ""` removes SMTP).
    static func with(
        emailEnvironment: [String: String] = [:], gatewayEnvironment: [String: String] = [:],
        _ body: (EmailStack) async throws -> Void
    ) async throws {
        let stack = try await EmailStack(emailEnvironment: emailEnvironment, gatewayEnvironment: gatewayEnvironment)
        do {
            try await body(stack)
        } catch {
            await stack.stop()
            throw error
        }
        await stack.stop()
    }

    init(emailEnvironment: [String: String] = [:], gatewayEnvironment: [String: String] = [:]) async throws {
        let virtualHost = try await BrokerVirtualHost.create(prefix: "email-test")
        let amqpURL = virtualHost.url
        self.virtualHost = virtualHost
        self.amqpURL = amqpURL

        let smtp = try SMTPTestServer()
        let scratch = try TemporaryDirectory("email-stack")
        let clockFile = scratch.url.appendingPathComponent("clock-offset")
        try "0".write(to: clockFile, atomically: true, encoding: .utf8)

        var environment = [
            "JWT_SECRET": Self.secret,
            "RABBITMQ_URL": amqpURL,
            "EMAIL_SMTP_URL": smtp.url,
            "EMAIL_FROM": "Shop <shop@commerce.test>",
            "EMAIL_SEND_RATE_PER_SECOND": "0",
            "EMAIL_RETRY_BASE_DELAY_MS": "100",
            "EMAIL_RETRY_MAX_DELAY_MS": "400",
            "EMAIL_SCHEDULER_INTERVAL_MS": "200",
            "EMAIL_CLOCK_OFFSET_FILE": clockFile.path,
        ]
        environment.merge(emailEnvironment) { $1 }
        self.emailEnvironment = environment
        let email = try DaemonProcess(.email, environment: environment)
        var gatewayEnv = [
            "JWT_SECRET": Self.secret,
            "RABBITMQ_URL": amqpURL,
            "EMAIL_UPSTREAMS": email.baseURL,
            "BCRYPT_COST": "4",
            "PLATFORM_ADMIN_EMAIL": Self.platformAdminEmail,
            "PLATFORM_ADMIN_PASSWORD": Self.platformAdminPassword,
            "RATE_LIMIT_PLANS": "free=60000:10000,pro=60000:10000,enterprise=60000:10000",
            "RATE_LIMIT_ANONYMOUS": "60000:10000",
            "RATE_LIMIT_LOGIN": "60000:10000",
        ]
        gatewayEnv.merge(gatewayEnvironment) { $1 }
        let gateway = try DaemonProcess(.gateway, environment: gatewayEnv)
        self.email = email
        self.gateway = gateway
        self.smtp = smtp
        self.clockFile = clockFile
        self.scratch = scratch

        var configuration = try AMQPConfiguration(url: amqpURL, connectionName: "email-tests", heartbeat: .seconds(10))
        configuration.reconnectInitialDelay = .milliseconds(100)
        configuration.drainTimeout = .seconds(3)
        var logger = Logger(label: "email-tests")
        logger.logLevel = .warning
        let broker = AMQPConnection(configuration: configuration, topology: .commerce, logger: logger)
        self.broker = broker
        self.brokerTask = Mutex(Task { try await broker.run() })

        try await email.waitHealthy()
        try await gateway.waitHealthy()
        try await broker.waitUntilConnected()
    }

    func stop() async {
        _ = try? await gateway.stop()
        _ = try? await email.stop()
        for daemon in restarted.withLock({ $0 }) { _ = try? await daemon.stop() }
        broker.shutdown()
        if let task = brokerTask.withLock({ $0 }) { _ = await task.result }
        smtp.stop()
        scratch.remove()
        await virtualHost.delete()
    }

    // MARK: - Broker

    /// Publishes `object` as JSON on `queue` of the stack's virtual host (confirmed).
    func publish(_ object: Any, toQueue queue: String, messageId: String, type: String? = nil) async throws {
        let body = try JSONSerialization.data(withJSONObject: object)
        try await broker.publish(Array(body), toQueue: queue, messageId: messageId, type: type)
    }

    /// Ready messages (and consumers) of a queue of the stack's virtual host.
    func queueStatus(_ queue: String) async throws -> (messages: Int, consumers: Int) {
        let status = try await broker.queueStatus(queue)
        return (Int(status.messageCount), Int(status.consumerCount))
    }

    /// Takes every message waiting on `queue` (dead-letter queues) and returns their bodies and headers.
    func drain(_ queue: String, expecting count: Int, timeout: Duration = .seconds(10)) async throws -> [Delivery] {
        var taken: [Delivery] = []
        let consumer = broker.consume(queue: queue, prefetch: 100)
        let deadline = ContinuousClock.now + timeout
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await Task.sleep(until: deadline)
                consumer.cancel()
            }
            for try await delivery in consumer {
                try await delivery.ack()
                taken.append(delivery)
                if taken.count >= count { break }
            }
            group.cancelAll()
        }
        consumer.cancel()
        return taken
    }

    /// Kills the running email-agent with SIGKILL (a crash) and starts it again on the same port, database
    /// folder and environment; returns the new process (stopped with the stack).
    @discardableResult
    func crashAndRestartEmail() async throws -> DaemonProcess {
        let current = restarted.withLock { $0.last } ?? email
        try await current.kill9()
        var environment = emailEnvironment
        environment["DATA_DIR"] = email.dataDirectory.path
        let next = try DaemonProcess(.email, environment: environment, port: email.port)
        restarted.withLock { $0.append(next) }
        try await next.waitHealthy()
        return next
    }

    // MARK: - Clock

    /// Moves the email-agent's clock (the scheduler reads `EMAIL_CLOCK_OFFSET_FILE` at every tick).
    func setClockOffset(seconds: Int) throws {
        try String(seconds).write(to: clockFile, atomically: true, encoding: .utf8)
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
        var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
        var string: (String) -> String? { { key in self.json[key] as? String } }
        var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
        var errorMessage: String? { (json["error"] as? [String: Any])?["message"] as? String }
    }

    /// A request to the gateway (or `base`), with an optional bearer token and a JSON (or raw) body.
    func call(
        _ method: HTTPMethod, _ path: String, token: String? = nil, json: Any? = nil, raw: String? = nil,
        contentType: String? = nil, headers: [(String, String)] = [], base: String? = nil
    ) async throws -> Reply {
        var allHeaders = headers
        if let token { allHeaders.append(("Authorization", "Bearer \(token)")) }
        var body: [UInt8]?
        if let json {
            body = Array(try JSONSerialization.data(withJSONObject: json))
            allHeaders.append(("Content-Type", contentType ?? "application/json"))
        } else if let raw {
            body = Array(raw.utf8)
            allHeaders.append(("Content-Type", contentType ?? "text/plain"))
        }
        let reply = try await client.send(method, (base ?? gateway.baseURL) + path, headers: allHeaders, body: body,
                                          timeout: .seconds(30))
        return Reply(status: reply.status, headers: reply.headers, body: reply.body)
    }

    /// Polls `condition` every 100 ms until it holds; throws after `timeout`.
    func eventually(_ what: String, timeout: Duration = .seconds(20), _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while try await !condition() {
            guard ContinuousClock.now < deadline else { throw TestSupportError("timed out waiting for: \(what)") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    // MARK: - Accounts

    struct Account: Sendable {
        var email: String
        var password: String
        var userId: String
        var tenantId: String
        var accessToken: String
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

    /// Creates a user of `admin`'s tenant with `role` (`agent`, `admin`) and logs in.
    func newStaff(of admin: Account, role: String = "agent") async throws -> Account {
        let email = "\(role)-\(UUID().uuidString.prefix(8).lowercased())@staff.test"
        let created = try await call(
            .POST, "/api/users", token: admin.accessToken,
            json: ["email": email, "password": "staff-pass-123", "name": "Staff", "role": role])
        guard created.status == 201 else { throw TestSupportError("create user: \(created.status) \(created.body)") }
        return try await login(email: email, password: "staff-pass-123")
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

    func platformAdmin() async throws -> Account {
        try await login(email: Self.platformAdminEmail, password: Self.platformAdminPassword)
    }

    func login(email: String, password: String) async throws -> Account {
        let reply = try await call(.POST, "/api/auth/login", json: ["email": email, "password": password])
        guard reply.status == 200, let user = reply["user"] as? [String: Any] else {
            throw TestSupportError("login: \(reply.status) \(reply.body)")
        }
        return Account(
            email: email, password: password, userId: user["id"] as! String, tenantId: user["tenantId"] as! String,
            accessToken: reply["accessToken"] as! String)
    }

    // MARK: - Shortcuts

    /// Creates a contact; returns its id.
    @discardableResult
    func createContact(_ admin: Account, email: String, name: String? = nil, attributes: [String: String] = [:],
                       tags: [String] = [], consent: String? = nil) async throws -> String {
        var body: [String: Any] = ["email": email, "attributes": attributes, "tags": tags]
        if let name { body["name"] = name }
        if let consent { body["consent"] = consent }
        let reply = try await call(.POST, "/api/email/contacts", token: admin.accessToken, json: body)
        guard reply.status == 201, let id = reply["id"] as? String else {
            throw TestSupportError("create contact: \(reply.status) \(reply.body)")
        }
        return id
    }

    /// Creates a template; returns its id.
    func createTemplate(_ admin: Account, name: String, subject: String, html: String?, text: String?,
                        variables: [String]? = nil) async throws -> String {
        var body: [String: Any] = ["name": name, "subject": subject]
        if let html { body["html"] = html }
        if let text { body["text"] = text }
        if let variables { body["variables"] = variables }
        let reply = try await call(.POST, "/api/email/templates", token: admin.accessToken, json: body)
        guard reply.status == 201, let id = reply["id"] as? String else {
            throw TestSupportError("create template: \(reply.status) \(reply.body)")
        }
        return id
    }

    /// Messages the SMTP server received for `address`.
    func received(to address: String) throws -> [SMTPTestServer.Received] {
        try smtp.received().filter { $0.to.contains(address) }
    }
}

extension SMTPTestServer.Received {
    /// The raw message with quoted-printable soft breaks and escapes undone (good enough to search the text).
    var decoded: String {
        let text = Array(raw.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == UInt8(ascii: "="), index + 2 < text.count,
               let byte = UInt8(String(decoding: text[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                index += 3
            } else {
                bytes.append(text[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of a header (first occurrence), unfolded.
    func header(_ name: String) -> String? {
        let head = raw.components(separatedBy: "\r\n\r\n").first ?? raw
        let unfolded = head.replacingOccurrences(of: "\r\n ", with: " ").replacingOccurrences(of: "\r\n\t", with: " ")
        for line in unfolded.components(separatedBy: "\r\n") {
            if line.lowercased().hasPrefix(name.lowercased() + ":") {
                return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
