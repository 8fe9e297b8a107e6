import Foundation
import ServiceRuntime

/// The support desk's configuration, read once at start on top of the shared `ServiceConfig`.
///
/// Environment variables (defaults in brackets):
/// - `SAV_AGENT_DEFAULT_CAPACITY` [`5`]: how many open items (conversations + tickets) an available agent holds at
///   most when they did not give a `capacity` of their own.
/// - `SAV_ESCALATE_UNANSWERED_SECONDS` [`172800`, 48 h]: an `open` ticket with no agent answer for this long is
///   escalated by the sweeper.
/// - `SAV_ESCALATE_URGENT_SECONDS` [`7200`, 2 h]: an `urgent` ticket still `open` without an agent answer for this
///   long is escalated by the sweeper.
/// - `SAV_ESCALATE_RATING_BELOW` [`3`]: a rating below this escalates the ticket at once (`0` turns it off).
/// - `SAV_SWEEP_INTERVAL_MS` [`60000`]: how often the escalation sweeper runs.
/// - `SAV_CLOCK_OFFSET_FILE` [none]: **testing aid**. A file holding a number of seconds that is added to the
///   system clock for everything the desk dates (tickets, answers, escalations, the sweeper's now); read at every
///   use, so a test advances time by rewriting it instead of sleeping. Leave it unset in production
///   (the daemon logs a warning when it is set).
/// - `SAV_OUTBOX_POLL_MS` [`250`]: how often the notification relay looks for unsent notifications.
/// - `SAV_RATING_URL` [`http://127.0.0.1:4000/api/tickets/{ticketId}/rating`]: the rating link put in the
///   `ticket.resolved` notification; `{ticketId}` is replaced by the ticket's id.
struct DeskConfig: Sendable {
    /// Open items an available agent may hold when they set no capacity.
    var defaultCapacity: Int
    /// Age of an unanswered `open` ticket that escalates it.
    var unansweredAfter: TimeInterval
    /// Age of an untreated `urgent` ticket that escalates it.
    var urgentUntreatedAfter: TimeInterval
    /// A rating below this escalates (0: never).
    var escalateRatingBelow: Int
    /// Time between two sweeps.
    var sweepInterval: Duration
    /// The clock-offset file (testing aid), if any.
    var clockOffsetFile: String?
    /// Time between two looks at the outbox.
    var outboxPollInterval: Duration
    /// The rating link template (`{ticketId}`).
    var ratingURLTemplate: String

    init(environment: [String: String]) throws {
        let reader = EnvironmentReader(environment)
        self.defaultCapacity = try reader.int("SAV_AGENT_DEFAULT_CAPACITY", default: 5, range: 1...1000)
        self.unansweredAfter = TimeInterval(try reader.int("SAV_ESCALATE_UNANSWERED_SECONDS", default: 48 * 3600, range: 1...(365 * 86_400)))
        self.urgentUntreatedAfter = TimeInterval(try reader.int("SAV_ESCALATE_URGENT_SECONDS", default: 2 * 3600, range: 1...(365 * 86_400)))
        self.escalateRatingBelow = try reader.int("SAV_ESCALATE_RATING_BELOW", default: 3, range: 0...5)
        self.sweepInterval = .milliseconds(try reader.int("SAV_SWEEP_INTERVAL_MS", default: 60_000, range: 50...86_400_000))
        self.clockOffsetFile = reader.string("SAV_CLOCK_OFFSET_FILE")
        self.outboxPollInterval = .milliseconds(try reader.int("SAV_OUTBOX_POLL_MS", default: 250, range: 10...60_000))
        let template = reader.string("SAV_RATING_URL") ?? "http://127.0.0.1:4000/api/tickets/{ticketId}/rating"
        guard template.contains("{ticketId}"), let url = URL(string: template.replacingOccurrences(of: "{ticketId}", with: "x")),
              let scheme = url.scheme, ["http", "https"].contains(scheme)
        else {
            throw ConfigError.invalid(name: "SAV_RATING_URL", value: template, expected: "an http(s) URL containing {ticketId}")
        }
        self.ratingURLTemplate = template
    }

    /// The rating link of a ticket.
    func ratingURL(ticketId: String) -> String {
        ratingURLTemplate.replacingOccurrences(of: "{ticketId}", with: ticketId)
    }
}
