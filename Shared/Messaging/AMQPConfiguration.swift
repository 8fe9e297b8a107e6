/// How to reach the broker and how the connection behaves. Built once from the daemon's typed config.
///
/// URL rules (`amqp://user:pass@host:port/vhost`):
/// - user, password and vhost are percent-decoded; missing user/password mean `guest`/`guest`;
/// - the port defaults to 5672;
/// - no path at all (`amqp://host:5672`) means the default vhost `/`;
/// - `/%2f` means the vhost `/`, `/shop` means `shop`;
/// - a bare trailing slash (`amqp://host:5672/`) means the EMPTY vhost, as the AMQP URI spec says. Brokers
///   have no such vhost, so it is rejected here with `MessagingError.invalidURL` rather than failing later with
///   an access-refused loop: write no path, or `/%2f`, for the default vhost.
/// Only `amqp` is supported (no TLS: the broker is on the private network); `amqps` is rejected.
/// `description` never shows the password.
public struct AMQPConfiguration: Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String
    public var vhost: String
    /// Shown by the broker (`rabbitmqctl list_connections client_properties`, management UI).
    public var connectionName: String
    /// Heartbeat interval negotiated with the broker; 0 disables heartbeats (not recommended).
    public var heartbeat: Duration
    /// Default prefetch (basic.qos) of a consumer.
    public var prefetch: Int
    /// Maximum number of published messages waiting for a broker confirm.
    public var confirmWindow: Int
    /// How long graceful shutdown waits for in-flight deliveries to be acked and confirms to arrive.
    public var drainTimeout: Duration
    /// Reconnect backoff: first delay, cap. Each delay is doubled and jittered (full jitter between half and all).
    public var reconnectInitialDelay: Duration
    public var reconnectMaxDelay: Duration
    /// Timeout of the TCP connect and of the login handshake.
    public var connectTimeout: Duration

    public init(
        host: String = "127.0.0.1", port: Int = 5672, user: String = "guest", password: String = "guest",
        vhost: String = "/", connectionName: String = "commerce", heartbeat: Duration = .seconds(30),
        prefetch: Int = 50, confirmWindow: Int = 1_000, drainTimeout: Duration = .seconds(10),
        reconnectInitialDelay: Duration = .milliseconds(250), reconnectMaxDelay: Duration = .seconds(30),
        connectTimeout: Duration = .seconds(10)
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.vhost = vhost
        self.connectionName = connectionName
        self.heartbeat = heartbeat
        self.prefetch = prefetch
        self.confirmWindow = confirmWindow
        self.drainTimeout = drainTimeout
        self.reconnectInitialDelay = reconnectInitialDelay
        self.reconnectMaxDelay = reconnectMaxDelay
        self.connectTimeout = connectTimeout
    }

    /// Parses `amqp://user:pass@host:port/vhost`; see the type's documentation for the rules.
    public init(url: String, connectionName: String = "commerce", heartbeat: Duration = .seconds(30),
                prefetch: Int = 50, confirmWindow: Int = 1_000) throws(MessagingError) {
        self.init(connectionName: connectionName, heartbeat: heartbeat, prefetch: prefetch,
                  confirmWindow: confirmWindow)
        let redacted = Self.redact(url)
        guard let schemeEnd = url.firstRange(of: "://") else { throw .invalidURL("\(redacted): missing scheme") }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "amqp" else { throw .invalidURL("\(redacted): unsupported scheme '\(scheme)'") }
        var rest = url[schemeEnd.upperBound...]
        // Query parameters (heartbeat=…) are not supported; refuse rather than silently ignore them.
        guard !rest.contains("?"), !rest.contains("#") else {
            throw .invalidURL("\(redacted): query parameters are not supported")
        }
        var path: Substring? = nil
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var hostPort = rest
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            hostPort = rest[rest.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                user = try Self.percentDecode(userInfo[..<colon], url: redacted)
                password = try Self.percentDecode(userInfo[userInfo.index(after: colon)...], url: redacted)
            } else {
                user = try Self.percentDecode(userInfo, url: redacted)
            }
        }
        if hostPort.hasPrefix("[") {  // IPv6 literal
            guard let close = hostPort.firstIndex(of: "]") else { throw .invalidURL("\(redacted): bad IPv6 host") }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            let after = hostPort[hostPort.index(after: close)...]
            if after.hasPrefix(":") { port = try Self.port(after.dropFirst(), url: redacted) }
            else if !after.isEmpty { throw .invalidURL("\(redacted): bad host") }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = String(hostPort[..<colon])
            port = try Self.port(hostPort[hostPort.index(after: colon)...], url: redacted)
        } else {
            host = String(hostPort)
        }
        if host.isEmpty { host = "localhost" }
        if let path {
            guard !path.isEmpty else {
                throw .invalidURL("\(redacted): a trailing '/' names the empty vhost; omit the path or use /%2f")
            }
            guard !path.contains("/") else { throw .invalidURL("\(redacted): the vhost must be one path segment") }
            vhost = try Self.percentDecode(path, url: redacted)
        } else {
            vhost = "/"
        }
    }

    public var description: String {
        "amqp://\(user)@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(vhost == "/" ? "%2f" : vhost)"
    }

    /// The URL with its password replaced, for logs and error messages.
    public static func redact(_ url: String) -> String {
        guard let schemeEnd = url.firstRange(of: "://"),
              let at = url[schemeEnd.upperBound...].firstIndex(of: "@") else { return url }
        let userInfo = url[schemeEnd.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }

    private static func port(_ text: Substring, url: String) throws(MessagingError) -> Int {
        guard let port = Int(text), (1...65535).contains(port) else { throw .invalidURL("\(url): bad port") }
        return port
    }

    static func percentDecode(_ text: Substring, url: String) throws(MessagingError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw .invalidURL("\(url): bad percent-encoding")
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw .invalidURL("\(url): percent-encoding is not UTF-8")
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
