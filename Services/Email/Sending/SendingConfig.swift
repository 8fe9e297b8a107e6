import Foundation
import Mail
import ServiceRuntime

/// The sending side's configuration, read once at start from the daemon's environment.
///
/// Environment variables (defaults in brackets):
/// - `EMAIL_SMTP_URL` [none]: where mail is delivered, `smtp://user:pass@host:587?tls=required`,
///   `smtps://host:465`, `smtp://127.0.0.1:2525?tls=none`. Unset: nothing consumes `email.sending`, messages wait
///   in the queue (and `GET /api/email/outbox` lists them); `/health` says so as a detail, not a failure.
/// - `EMAIL_FROM` [`CommerceAI <no-reply@commerce.local>`]: the sender of every email.
/// - `EMAIL_SEND_RATE_PER_SECOND` [`50`]: token-bucket limit on SMTP sends per second (`0`: no limit).
/// - `EMAIL_SMTP_CONNECTIONS` [`8`]: SMTP connections kept open; also how many sends run at once.
/// - `EMAIL_SEND_PREFETCH` [`100`]: unacknowledged `email.sending` messages the delivery consumer holds.
/// - `EMAIL_SEND_MAX_ATTEMPTS` [`5`]: delivery attempts on temporary failures before dead-lettering (1...5, the
///   queue's delivery limit).
/// - `EMAIL_RETRY_BASE_DELAY_MS` [`2000`], `EMAIL_RETRY_MAX_DELAY_MS` [`60000`]: backoff before a temporarily
///   failed message is put back on the queue (doubled each attempt).
/// - `EMAIL_ALERT_RECIPIENTS` [none]: comma-separated addresses that receive health alerts from `notifications`.
/// - `EMAIL_SCHEDULER_INTERVAL_MS` [`5000`]: how often scheduled campaigns are looked at.
/// - `EMAIL_CLOCK_OFFSET_FILE` [none]: a file holding a number of seconds added to the scheduler's clock, read
///   at every tick (lets an operator or a test rehearse a schedule without changing the system clock).
/// - `EMAIL_IMPORT_MAX_ROWS` [`10000`]: most rows one CSV import accepts (the body is also bounded by
///   `MAX_BODY_BYTES`).
struct SendingConfig: Sendable {
    var smtp: SMTPConfiguration?
    var from: EmailAddress
    var ratePerSecond: Double
    var prefetch: Int
    var maxAttempts: Int
    var retryBaseDelay: Duration
    var retryMaxDelay: Duration
    var alertRecipients: [EmailAddress]
    var schedulerInterval: Duration
    var clockOffsetFile: String?
    var importMaxRows: Int

    init(environment: [String: String]) throws {
        let reader = EnvironmentReader(environment)
        let connections = try reader.int("EMAIL_SMTP_CONNECTIONS", default: 8, range: 1...64)
        if let url = reader.string("EMAIL_SMTP_URL") {
            do {
                smtp = try SMTPConfiguration(url: url, maxConnections: connections)
            } catch {
                throw ConfigError.invalid(name: "EMAIL_SMTP_URL", value: "(not shown)", expected: "smtp://user:pass@host:port?tls=none|opportunistic|required or smtps://host:port")
            }
        } else {
            smtp = nil
        }
        let fromText = reader.string("EMAIL_FROM") ?? "CommerceAI <no-reply@commerce.local>"
        guard let from = Self.parseAddress(fromText) else {
            throw ConfigError.invalid(name: "EMAIL_FROM", value: fromText, expected: "an address, optionally `Name <address>`")
        }
        self.from = from
        ratePerSecond = try reader.double("EMAIL_SEND_RATE_PER_SECOND", default: 50, range: 0...100_000)
        prefetch = try reader.int("EMAIL_SEND_PREFETCH", default: 100, range: 1...5000)
        maxAttempts = try reader.int("EMAIL_SEND_MAX_ATTEMPTS", default: 5, range: 1...5)
        retryBaseDelay = .milliseconds(try reader.int("EMAIL_RETRY_BASE_DELAY_MS", default: 2000, range: 0...600_000))
        retryMaxDelay = .milliseconds(try reader.int("EMAIL_RETRY_MAX_DELAY_MS", default: 60_000, range: 0...3_600_000))
        let recipients = (reader.string("EMAIL_ALERT_RECIPIENTS") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        alertRecipients = try recipients.map { text in
            guard let address = try? EmailAddress(text) else {
                throw ConfigError.invalid(name: "EMAIL_ALERT_RECIPIENTS", value: text, expected: "comma-separated email addresses")
            }
            return address
        }
        schedulerInterval = .milliseconds(try reader.int("EMAIL_SCHEDULER_INTERVAL_MS", default: 5000, range: 50...3_600_000))
        clockOffsetFile = reader.string("EMAIL_CLOCK_OFFSET_FILE")
        importMaxRows = try reader.int("EMAIL_IMPORT_MAX_ROWS", default: 10_000, range: 1...1_000_000)
    }

    /// `Name <address>` or a bare address.
    static func parseAddress(_ text: String) -> EmailAddress? {
        if let open = text.lastIndex(of: "<"), text.hasSuffix(">") {
            let name = text[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            return try? EmailAddress(address, name: name.isEmpty ? nil : name)
        }
        return try? EmailAddress(text)
    }
}
