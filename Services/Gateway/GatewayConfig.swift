import CommerceModels
import Foundation
import ServiceRuntime

/// The gateway's own configuration, read once at start (the shared `ServiceConfig` and `AuthConfig` hold the rest).
///
/// Environment variables (defaults in brackets):
/// - `<PREFIX>_UPSTREAMS` for each service behind the gateway (`SAV`, `ADVERTISING`, `CONTENT`, `ANALYSIS`,
///   `PAGES`, `EMAIL`, `HEALTH_MONITOR`) [its `<PREFIX>_URL`]: comma-separated base URLs balanced round-robin.
/// - `<PREFIX>_TIMEOUT_MS` [`30000`; `120000` for analysis and content]: the whole upstream exchange, up to the
///   response headers; past it the client gets 504.
/// - `UPSTREAM_MAX_CONNECTIONS` [`64`]: idle keep-alive connections kept per upstream URL and event loop
///   (for the health polls and WebSocket relays, AsyncHTTPClient's soft limit per URL).
/// - `UPSTREAM_CONNECT_TIMEOUT_MS` [`1000`].
/// - `UPSTREAM_RETRIES` [`1`]: extra attempts for idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) after a
///   transport failure; never for POST or PATCH, never after a timeout.
/// - `UPSTREAM_HEALTH_INTERVAL_SECONDS` [`5`]: how often each upstream's `/health` is polled.
/// - `BREAKER_FAILURES` [`5`]: consecutive failures that open an upstream's circuit breaker.
/// - `BREAKER_OPEN_SECONDS` [`10`]: how long it stays open before one trial request (half-open).
/// - `RATE_LIMIT_PLANS` [`free=600:120,pro=3000:600,enterprise=30000:3000`]: per-tenant token buckets by plan,
///   `<plan>=<requests per minute>:<burst>`.
/// - `RATE_LIMIT_ANONYMOUS` [`300:60`]: per client IP, for requests without credentials (public routes).
/// - `RATE_LIMIT_LOGIN` [`30:10`]: per client IP, for `login`, `register` and `refresh`.
/// - `LOGIN_SLOWDOWN_AFTER` [`5`] and `LOGIN_LOCK_AFTER` [`10`]: consecutive failed logins of one account before
///   each further attempt must wait (1 s, doubling, at most 60 s), and before it is locked;
///   `LOGIN_LOCK_SECONDS` [`900`]. Per IP the thresholds are four times higher.
/// - `BCRYPT_COST` [`12`]: log2 rounds of password hashing (4…16).
/// - `MAX_HEADER_BYTES` [`16384`]: request headers larger in total are refused with 431.
/// - `MAX_JSON_DEPTH` [`64`]: JSON bodies nested deeper are refused with 400.
/// - `PLATFORM_ADMIN_EMAIL`, `PLATFORM_ADMIN_PASSWORD`: at start, when no account has this email, the platform
///   administrator is created with it (in the `platform` tenant). The password is never logged.
/// - `TRUST_FORWARDED_FOR` [`false`]: take the client IP from `X-Forwarded-For` (only behind a trusted proxy).
struct GatewayConfig: Sendable {
    struct Limit: Sendable, Equatable {
        var perMinute: Double
        var burst: Double
    }

    var upstreams: [ServiceIdentity: [String]]
    var timeouts: [ServiceIdentity: Duration]
    var maxConnectionsPerUpstream: Int
    var connectTimeout: Duration
    var retries: Int
    var healthInterval: Duration
    var breakerFailures: Int
    var breakerOpenDuration: Duration
    var planLimits: [String: Limit]
    var anonymousLimit: Limit
    var loginLimit: Limit
    var loginSlowdownAfter: Int
    var loginLockAfter: Int
    var loginLockDuration: Duration
    var bcryptCost: UInt8
    var maxHeaderBytes: Int
    var maxJSONDepth: Int
    var platformAdminEmail: String?
    var platformAdminPassword: String?
    var trustForwardedFor: Bool

    static let routedServices: [ServiceIdentity] = [
        .customerService, .advertising, .content, .analysis, .pages, .email, .healthMonitor,
    ]

    init(service: ServiceConfig) throws {
        let reader = EnvironmentReader(service.environment)
        var upstreams: [ServiceIdentity: [String]] = [:]
        var timeouts: [ServiceIdentity: Duration] = [:]
        for target in Self.routedServices {
            let prefix = target.environmentPrefix
            let list = (reader.string("\(prefix)_UPSTREAMS") ?? service.serviceURLs[target] ?? "http://127.0.0.1:\(target.defaultPort)")
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for url in list {
                guard let parsed = URL(string: url), parsed.scheme == "http" || parsed.scheme == "https", parsed.host != nil else {
                    throw ConfigError.invalid(name: "\(prefix)_UPSTREAMS", value: url, expected: "http(s)://host:port URLs")
                }
            }
            upstreams[target] = list.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            let longRunning = target == .analysis || target == .content
            timeouts[target] = .milliseconds(
                try reader.int("\(prefix)_TIMEOUT_MS", default: longRunning ? 120_000 : 30_000, range: 100...600_000))
        }
        self.upstreams = upstreams
        self.timeouts = timeouts
        self.maxConnectionsPerUpstream = try reader.int("UPSTREAM_MAX_CONNECTIONS", default: 64, range: 1...4096)
        self.connectTimeout = .milliseconds(try reader.int("UPSTREAM_CONNECT_TIMEOUT_MS", default: 1000, range: 10...60_000))
        self.retries = try reader.int("UPSTREAM_RETRIES", default: 1, range: 0...5)
        self.healthInterval = .seconds(try reader.int("UPSTREAM_HEALTH_INTERVAL_SECONDS", default: 5, range: 1...3600))
        self.breakerFailures = try reader.int("BREAKER_FAILURES", default: 5, range: 1...1000)
        self.breakerOpenDuration = .milliseconds(
            Int64(try reader.double("BREAKER_OPEN_SECONDS", default: 10, range: 0.1...3600) * 1000))
        self.planLimits = try Self.parsePlans(
            reader.string("RATE_LIMIT_PLANS") ?? "free=600:120,pro=3000:600,enterprise=30000:3000")
        self.anonymousLimit = try Self.parseLimit(reader.string("RATE_LIMIT_ANONYMOUS") ?? "300:60", name: "RATE_LIMIT_ANONYMOUS")
        self.loginLimit = try Self.parseLimit(reader.string("RATE_LIMIT_LOGIN") ?? "30:10", name: "RATE_LIMIT_LOGIN")
        self.loginSlowdownAfter = try reader.int("LOGIN_SLOWDOWN_AFTER", default: 5, range: 1...1000)
        self.loginLockAfter = try reader.int("LOGIN_LOCK_AFTER", default: 10, range: 1...10_000)
        self.loginLockDuration = .seconds(try reader.int("LOGIN_LOCK_SECONDS", default: 900, range: 1...86400))
        self.bcryptCost = UInt8(try reader.int("BCRYPT_COST", default: 12, range: 4...16))
        self.maxHeaderBytes = try reader.int("MAX_HEADER_BYTES", default: 16384, range: 1024...1_048_576)
        self.maxJSONDepth = try reader.int("MAX_JSON_DEPTH", default: 64, range: 1...10_000)
        self.platformAdminEmail = reader.string("PLATFORM_ADMIN_EMAIL")
        self.platformAdminPassword = service.environment["PLATFORM_ADMIN_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        self.trustForwardedFor = try reader.bool("TRUST_FORWARDED_FOR", default: false)
    }

    static func parsePlans(_ text: String) throws -> [String: Limit] {
        var plans: [String: Limit] = [:]
        for entry in text.split(separator: ",") {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ConfigError.invalid(name: "RATE_LIMIT_PLANS", value: text, expected: "plan=perMinute:burst,…")
            }
            plans[parts[0]] = try parseLimit(parts[1], name: "RATE_LIMIT_PLANS")
        }
        guard plans["free"] != nil else {
            throw ConfigError.invalid(name: "RATE_LIMIT_PLANS", value: text, expected: "at least the plan `free`")
        }
        return plans
    }

    static func parseLimit(_ text: String, name: String) throws -> Limit {
        let parts = text.split(separator: ":").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let perMinute = parts[0], let burst = parts[1], perMinute > 0, burst >= 1 else {
            throw ConfigError.invalid(name: name, value: text, expected: "<requests per minute>:<burst>, both positive")
        }
        return Limit(perMinute: perMinute, burst: burst)
    }
}
