import CommerceModels
import Foundation
import ServiceRuntime

/// The health monitor's own configuration, read once at start on top of the shared `ServiceConfig`.
///
/// Environment variables (defaults in brackets):
/// - `HEALTH_MONITOR_TARGETS` [every other daemon]: comma-separated service names to poll
///   (`gateway,sav-agent,advertising-agent,…`); each is reached at its `<PREFIX>_URL` (see `ServiceConfig`).
/// - `HEALTH_MONITOR_POLL_INTERVAL_MS` [`10000`]: how often each target's `/health` is polled.
/// - `HEALTH_MONITOR_TIMEOUT_MS` [`2000`]: a poll that has not answered by then is a failure (`down`).
/// - `HEALTH_MONITOR_<PREFIX>_POLL_INTERVAL_MS`, `HEALTH_MONITOR_<PREFIX>_TIMEOUT_MS`: per-target overrides,
///   `<PREFIX>` being the target's prefix (`SAV`, `ADVERTISING`, …, and `BROKER` for RabbitMQ and its queues).
/// - `HEALTH_MONITOR_FAILURE_THRESHOLD` [`3`]: consecutive failed polls before a target is declared down
///   (or a queue condition is raised).
/// - `HEALTH_MONITOR_SUCCESS_THRESHOLD` [`2`]: consecutive good polls before it is declared up again
///   (or a queue condition is cleared).
/// - `HEALTH_MONITOR_REMINDER_SECONDS` [`3600`]: while a target stays down (or a queue condition holds), the alert
///   is repeated this often; `0` turns reminders off.
/// - `HEALTH_MONITOR_WEBHOOK_URL` [none]: alerts are also POSTed there as JSON (http or https).
/// - `HEALTH_MONITOR_WEBHOOK_TIMEOUT_MS` [`5000`]: timeout of one webhook POST (retried twice with backoff).
/// - `HEALTH_MONITOR_RETENTION_HOURS` [`192`, eight days]: samples older than this are pruned (at least 168, so that
///   the 7-day uptime is computed on full data).
/// - `HEALTH_MONITOR_PRUNE_INTERVAL_SECONDS` [`3600`]: how often pruning runs.
/// - `HEALTH_MONITOR_CHECK_BROKER` [`true`]: whether RabbitMQ and its queues are checked.
/// - `HEALTH_MONITOR_QUEUES` [`content.generation,analysis.requests,email.sending,notifications`]: the work queues
///   watched; each one's dead-letter queue is `<name>.dead`.
/// - `HEALTH_MONITOR_QUEUE_GROWTH_POLLS` [`5`]: a queue whose depth grew at each of this many consecutive broker
///   polls is raised as growing.
///
/// The broker is the shared `RABBITMQ_URL` (its password is never logged); it is checked through the daemon's own
/// AMQP connection (connected? passive declares for the queue counts).
struct HealthMonitorConfig: Sendable {
    /// The shared daemon configuration.
    var service: ServiceConfig
    /// The services polled, with their `/health` URL and timings.
    var targets: [MonitorTarget]
    /// Whether the broker and its queues are checked.
    var checkBroker: Bool
    /// The broker target: its address (from `RABBITMQ_URL`) and timings.
    var broker: BrokerTarget
    /// Work queues watched (their `.dead` queues are watched too).
    var queues: [String]
    /// Flap control and reminders.
    var alerting: AlertPolicy
    /// Where alerts are POSTed, if anywhere.
    var webhookURL: String?
    /// Timeout of one webhook POST.
    var webhookTimeout: Duration
    /// How long samples are kept.
    var retention: Duration
    /// How often old samples are pruned.
    var pruneInterval: Duration

    init(service: ServiceConfig) throws {
        let reader = EnvironmentReader(service.environment)
        self.service = service

        let defaultInterval = try reader.int("HEALTH_MONITOR_POLL_INTERVAL_MS", default: 10_000, range: 50...3_600_000)
        let defaultTimeout = try reader.int("HEALTH_MONITOR_TIMEOUT_MS", default: 2_000, range: 10...600_000)
        func timings(prefix: String) throws -> (interval: Duration, timeout: Duration) {
            let interval = try reader.int("HEALTH_MONITOR_\(prefix)_POLL_INTERVAL_MS", default: defaultInterval, range: 50...3_600_000)
            let timeout = try reader.int("HEALTH_MONITOR_\(prefix)_TIMEOUT_MS", default: defaultTimeout, range: 10...600_000)
            return (.milliseconds(interval), .milliseconds(timeout))
        }

        let monitored: [ServiceIdentity]
        if let list = reader.string("HEALTH_MONITOR_TARGETS") {
            monitored = try list.split(separator: ",").map { raw in
                let name = raw.trimmingCharacters(in: .whitespaces)
                guard let identity = ServiceIdentity(rawValue: name), identity != .healthMonitor else {
                    let names = ServiceIdentity.allCases.filter { $0 != .healthMonitor }.map(\.name).joined(separator: ",")
                    throw ConfigError.invalid(name: "HEALTH_MONITOR_TARGETS", value: list, expected: "a comma-separated subset of \(names)")
                }
                return identity
            }
        } else {
            monitored = ServiceIdentity.allCases.filter { $0 != .healthMonitor }
        }
        self.targets = try monitored.map { identity in
            let (interval, timeout) = try timings(prefix: identity.environmentPrefix)
            let base = service.serviceURLs[identity] ?? "http://127.0.0.1:\(identity.defaultPort)"
            guard let url = URL(string: base), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                throw ConfigError.invalid(name: "\(identity.environmentPrefix)_URL", value: base, expected: "an http(s) URL")
            }
            let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
            return MonitorTarget(name: identity.name, healthURL: trimmed + "/health", interval: interval, timeout: timeout)
        }

        self.checkBroker = try reader.bool("HEALTH_MONITOR_CHECK_BROKER", default: true)
        let (brokerInterval, brokerTimeout) = try timings(prefix: "BROKER")
        let endpoint = try BrokerEndpoint(url: service.rabbitMQURL)
        self.broker = BrokerTarget(endpoint: endpoint, interval: brokerInterval, timeout: brokerTimeout)
        self.queues = (reader.string("HEALTH_MONITOR_QUEUES") ?? "content.generation,analysis.requests,email.sending,notifications")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }

        let failures = try reader.int("HEALTH_MONITOR_FAILURE_THRESHOLD", default: 3, range: 1...100)
        let successes = try reader.int("HEALTH_MONITOR_SUCCESS_THRESHOLD", default: 2, range: 1...100)
        let reminder = try reader.int("HEALTH_MONITOR_REMINDER_SECONDS", default: 3600, range: 0...(30 * 86_400))
        let growth = try reader.int("HEALTH_MONITOR_QUEUE_GROWTH_POLLS", default: 5, range: 2...1000)
        self.alerting = AlertPolicy(
            failureThreshold: failures, successThreshold: successes,
            reminderInterval: reminder == 0 ? nil : .seconds(reminder), queueGrowthPolls: growth)

        if let webhook = reader.string("HEALTH_MONITOR_WEBHOOK_URL") {
            guard let url = URL(string: webhook), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                throw ConfigError.invalid(name: "HEALTH_MONITOR_WEBHOOK_URL", value: "(not shown)", expected: "an http(s) URL")
            }
            self.webhookURL = webhook
        } else {
            self.webhookURL = nil
        }
        self.webhookTimeout = .milliseconds(try reader.int("HEALTH_MONITOR_WEBHOOK_TIMEOUT_MS", default: 5_000, range: 100...120_000))
        self.retention = .seconds(3600 * (try reader.int("HEALTH_MONITOR_RETENTION_HOURS", default: 192, range: 168...(24 * 3650))))
        self.pruneInterval = .seconds(try reader.int("HEALTH_MONITOR_PRUNE_INTERVAL_SECONDS", default: 3600, range: 1...86_400))
    }

    /// Every environment variable this configuration reads beyond the shared ones, for documentation checks.
    static let environmentVariables: [String] = [
        "HEALTH_MONITOR_TARGETS", "HEALTH_MONITOR_POLL_INTERVAL_MS", "HEALTH_MONITOR_TIMEOUT_MS",
        "HEALTH_MONITOR_FAILURE_THRESHOLD", "HEALTH_MONITOR_SUCCESS_THRESHOLD", "HEALTH_MONITOR_REMINDER_SECONDS",
        "HEALTH_MONITOR_WEBHOOK_URL", "HEALTH_MONITOR_WEBHOOK_TIMEOUT_MS", "HEALTH_MONITOR_RETENTION_HOURS",
        "HEALTH_MONITOR_PRUNE_INTERVAL_SECONDS", "HEALTH_MONITOR_CHECK_BROKER", "HEALTH_MONITOR_QUEUES",
        "HEALTH_MONITOR_QUEUE_GROWTH_POLLS",
    ]
}

/// A daemon whose `/health` is polled.
struct MonitorTarget: Sendable, Equatable {
    /// The service name (`advertising-agent`), as the API and the dashboard show it.
    var name: String
    /// The full URL of its `/health`.
    var healthURL: String
    /// Time between the starts of two polls.
    var interval: Duration
    /// A poll not answered within this is a failure.
    var timeout: Duration
}

/// RabbitMQ as a monitored target.
struct BrokerTarget: Sendable {
    /// The name the status and dashboard use for it.
    static let name = "rabbitmq"
    var endpoint: BrokerEndpoint
    var interval: Duration
    var timeout: Duration
}

/// The host and port of `RABBITMQ_URL`, for display (credentials are dropped here, never shown or logged).
struct BrokerEndpoint: Sendable, Equatable {
    var host: String
    var port: Int

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    init(url: String) throws {
        guard let components = URLComponents(string: url), ["amqp", "amqps"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty
        else {
            throw ConfigError.invalid(name: "RABBITMQ_URL", value: "(not shown)", expected: "amqp://user:password@host:port")
        }
        self.host = host
        self.port = components.port ?? (components.scheme == "amqps" ? 5671 : 5672)
    }
}

/// Flap control and reminders, shared by service targets and queue conditions.
struct AlertPolicy: Sendable, Equatable {
    /// Consecutive bad observations before a state worsens.
    var failureThreshold: Int
    /// Consecutive good observations before it recovers.
    var successThreshold: Int
    /// How often an unresolved problem is repeated; nil for never.
    var reminderInterval: Duration?
    /// Consecutive depth increases that make a queue "growing".
    var queueGrowthPolls: Int
}
