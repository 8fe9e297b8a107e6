import Foundation
public import CommerceModels
public import Logging

/// Configuration every daemon shares, read once from the environment at start.
///
/// Environment variables (defaults in brackets); `<PREFIX>` is the service's prefix
/// (`GATEWAY`, `HEALTH_MONITOR`, `SAV`, `ADVERTISING`, `CONTENT`, `ANALYSIS`, `PAGES`, `EMAIL`):
/// - `<PREFIX>_HOST`, else `HOST` [`127.0.0.1`]: the address to bind.
/// - `<PREFIX>_PORT` [API.md's port: 4000, 4002, 5001…5006].
/// - `DATA_DIR` [`data`]: where databases live.
/// - `<PREFIX>_DATABASE_PATH` [`$DATA_DIR/<service>.sqlite`].
/// - `RABBITMQ_URL` [`amqp://guest:guest@127.0.0.1:5672`]: the broker (its password is never logged).
/// - `LOG_LEVEL` [`info`]: trace, debug, info, notice, warning, error, critical.
/// - `MAX_BODY_BYTES` [`2097152`]: the largest request body accepted (413 beyond).
/// - `IDLE_TIMEOUT_SECONDS` [`60`]: a client connection idle this long is closed (slow clients too).
/// - `SHUTDOWN_GRACE_SECONDS` [`15`]: how long a SIGTERM waits for requests and queue work in flight.
/// - `<PREFIX>_URL` for every other service [`http://127.0.0.1:<its port>`]: how this one reaches it.
public struct ServiceConfig: Sendable {
    /// Which daemon this is.
    public var service: ServiceIdentity
    /// Bind address.
    public var host: String
    /// Listening port.
    public var port: Int
    /// The SQLite database file.
    public var databasePath: String
    /// AMQP URL of the broker.
    public var rabbitMQURL: String
    /// Log level.
    public var logLevel: Logger.Level
    /// Largest accepted request body, in bytes.
    public var maxBodyBytes: Int
    /// Idle connection timeout.
    public var idleTimeout: Duration
    /// Drain time on graceful shutdown.
    public var shutdownGracePeriod: Duration
    /// Base URLs of the other services.
    public var serviceURLs: [ServiceIdentity: String]
    /// The whole environment the config was read from, for a daemon's own typed config.
    public var environment: [String: String]

    /// The version every `/health` reports.
    public static let version = "0.1.0"

    /// Reads the configuration of `service` from `environment`; throws on a malformed value.
    public init(service: ServiceIdentity, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let reader = EnvironmentReader(environment)
        let prefix = service.environmentPrefix
        self.service = service
        self.environment = environment
        self.host = reader.string("\(prefix)_HOST") ?? reader.string("HOST") ?? "127.0.0.1"
        self.port = try reader.int("\(prefix)_PORT", default: service.defaultPort, range: 0...65535)
        let dataDirectory = reader.string("DATA_DIR") ?? "data"
        self.databasePath = reader.string("\(prefix)_DATABASE_PATH") ?? "\(dataDirectory)/\(service.name).sqlite"
        self.rabbitMQURL = reader.string("RABBITMQ_URL") ?? "amqp://guest:guest@127.0.0.1:5672"
        let level = reader.string("LOG_LEVEL") ?? "info"
        guard let logLevel = Logger.Level(rawValue: level.lowercased()) else {
            throw ConfigError.invalid(name: "LOG_LEVEL", value: level, expected: "trace|debug|info|notice|warning|error|critical")
        }
        self.logLevel = logLevel
        self.maxBodyBytes = try reader.int("MAX_BODY_BYTES", default: 2 * 1024 * 1024, range: 1024...(1 << 30))
        self.idleTimeout = .seconds(try reader.int("IDLE_TIMEOUT_SECONDS", default: 60, range: 1...3600))
        self.shutdownGracePeriod = .seconds(try reader.int("SHUTDOWN_GRACE_SECONDS", default: 15, range: 0...600))
        var urls: [ServiceIdentity: String] = [:]
        for other in ServiceIdentity.allCases {
            urls[other] = reader.string("\(other.environmentPrefix)_URL") ?? "http://127.0.0.1:\(other.defaultPort)"
        }
        self.serviceURLs = urls
    }

    /// Every environment variable the shared configuration reads, for documentation checks.
    public static func environmentVariables(of service: ServiceIdentity) -> [String] {
        let prefix = service.environmentPrefix
        return ["HOST", "\(prefix)_HOST", "\(prefix)_PORT", "DATA_DIR", "\(prefix)_DATABASE_PATH", "RABBITMQ_URL",
                "LOG_LEVEL", "MAX_BODY_BYTES", "IDLE_TIMEOUT_SECONDS", "SHUTDOWN_GRACE_SECONDS"]
            + ServiceIdentity.allCases.map { "\($0.environmentPrefix)_URL" }
    }
}

/// A configuration value that cannot be used.
public enum ConfigError: Error, CustomStringConvertible {
    case invalid(name: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .invalid(let name, let value, let expected): "\(name)=\(value) is invalid: expected \(expected)"
        }
    }
}

/// Typed reads of an environment dictionary, shared by every daemon's own config.
public struct EnvironmentReader: Sendable {
    public let environment: [String: String]

    public init(_ environment: [String: String]) { self.environment = environment }

    /// The value, or nil when unset or empty.
    public func string(_ name: String) -> String? {
        guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    public func int(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = string(name) else { return value }
        guard let parsed = Int(raw), range.contains(parsed) else {
            throw ConfigError.invalid(name: name, value: raw, expected: "an integer in \(range.lowerBound)...\(range.upperBound)")
        }
        return parsed
    }

    public func double(_ name: String, default value: Double, range: ClosedRange<Double>) throws -> Double {
        guard let raw = string(name) else { return value }
        guard let parsed = Double(raw), range.contains(parsed) else {
            throw ConfigError.invalid(name: name, value: raw, expected: "a number in \(range.lowerBound)...\(range.upperBound)")
        }
        return parsed
    }

    public func bool(_ name: String, default value: Bool) throws -> Bool {
        guard let raw = string(name) else { return value }
        switch raw.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw ConfigError.invalid(name: name, value: raw, expected: "true or false")
        }
    }
}
