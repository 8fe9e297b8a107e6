import Foundation

/// The desk's "now": every date the desk records (tickets, answers, escalations) and the escalation sweeper's
/// view of time come from here, so time can be moved in tests without sleeping.
///
/// Why an offset file rather than a sweep endpoint taking `now`: it adds no HTTP surface to a production daemon
/// (an endpoint that rewrites time is a foot-gun even behind platform_admin), it is off unless the operator sets
/// `SAV_CLOCK_OFFSET_FILE` (a warning is logged at start when it is set), and it moves the whole desk's clock
/// consistently, so a test sees tickets really age (first-response and resolution times included) instead of
/// only the sweeper's view of them. The file holds a number of seconds (may be fractional or negative); a missing
/// or unreadable file means no offset.
struct DeskClock: Sendable {
    /// The offset file, if any.
    let offsetFile: String?
    /// The underlying clock (the system clock in the daemon).
    let base: @Sendable () -> Date

    init(offsetFile: String?, base: @escaping @Sendable () -> Date = { Date() }) {
        self.offsetFile = offsetFile
        self.base = base
    }

    /// Now, shifted by the offset file's current content.
    func now() -> Date {
        base().addingTimeInterval(offset())
    }

    /// The offset in seconds, read at every call (the file is tiny; unset in production).
    func offset() -> TimeInterval {
        guard let offsetFile, let data = FileManager.default.contents(atPath: offsetFile),
              let text = String(data: data, encoding: .utf8),
              let seconds = TimeInterval(text.trimmingCharacters(in: .whitespacesAndNewlines)), seconds.isFinite
        else { return 0 }
        return seconds
    }
}
