import Auth
import Foundation
import ServiceRuntime

/// The engagement side's configuration (tracking, unsubscribe, automations), read once at start on top of the
/// shared `ServiceConfig`.
///
/// Environment variables (defaults in brackets):
/// - `EMAIL_TRACKING_SECRET`: the HMAC-SHA256 key that signs tracking and unsubscribe tokens, at least 32 bytes.
/// - `EMAIL_TRACKING_SECRET_FILE` [`$DATA_DIR/email-tracking-secret`]: where the key is generated and kept when
///   `EMAIL_TRACKING_SECRET` is unset (mode 0600; replicas sharing the folder share the key). Changing the key
///   invalidates every link already sent.
/// - `EMAIL_PUBLIC_BASE_URL` [`http://127.0.0.1:4000`, the gateway]: the public address tracked links, the open pixel
///   and unsubscribe links point to (`https://mail.example.com` in production).
/// - `EMAIL_AUTOMATION_TICK_MS` [`5000`]: how often the automation scheduler looks for due steps.
/// - `EMAIL_AUTOMATION_BATCH` [`100`]: how many due enrolments one tick claims at most.
/// - `EMAIL_CLOCK_OFFSET_FILE` [none]: a testing aid. When set, the file (if present) holds a number of seconds added
///   to the wall clock; it is read at every scheduler tick and every tracked event, so a test can move time forward
///   (and make an automation's wait elapse) without sleeping. Leave unset in production.
struct EngagementConfig: Sendable {
    /// The token signing key; never logged.
    var trackingSecret: [UInt8]
    /// Base of public links, without a trailing slash.
    var publicBaseURL: String
    /// Time between two scheduler ticks.
    var tickInterval: Duration
    /// Most enrolments claimed per tick.
    var batchSize: Int
    /// The clock offset file, if any.
    var clockOffsetFile: String?

    static let minimumSecretBytes = 32

    init(service: ServiceConfig) throws {
        let reader = EnvironmentReader(service.environment)
        if let value = reader.string("EMAIL_TRACKING_SECRET") {
            guard value.utf8.count >= Self.minimumSecretBytes else {
                throw ConfigError.invalid(
                    name: "EMAIL_TRACKING_SECRET", value: "(not shown)", expected: "at least \(Self.minimumSecretBytes) bytes")
            }
            trackingSecret = Array(value.utf8)
        } else {
            let dataDirectory = reader.string("DATA_DIR") ?? "data"
            let path = reader.string("EMAIL_TRACKING_SECRET_FILE") ?? "\(dataDirectory)/email-tracking-secret"
            trackingSecret = try SecretFile.loadOrCreate(path: path)
        }
        let base = reader.string("EMAIL_PUBLIC_BASE_URL") ?? "http://127.0.0.1:4000"
        guard let url = URL(string: base), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil,
              url.query == nil, url.fragment == nil
        else {
            throw ConfigError.invalid(name: "EMAIL_PUBLIC_BASE_URL", value: base, expected: "an http(s) URL without query")
        }
        publicBaseURL = base.hasSuffix("/") ? String(base.dropLast()) : base
        tickInterval = .milliseconds(try reader.int("EMAIL_AUTOMATION_TICK_MS", default: 5000, range: 50...3_600_000))
        batchSize = try reader.int("EMAIL_AUTOMATION_BATCH", default: 100, range: 1...10_000)
        clockOffsetFile = reader.string("EMAIL_CLOCK_OFFSET_FILE")
    }

    /// Every environment variable read here, for documentation checks.
    static let environmentVariables = [
        "EMAIL_TRACKING_SECRET", "EMAIL_TRACKING_SECRET_FILE", "EMAIL_PUBLIC_BASE_URL", "EMAIL_AUTOMATION_TICK_MS",
        "EMAIL_AUTOMATION_BATCH", "EMAIL_CLOCK_OFFSET_FILE",
    ]
}
