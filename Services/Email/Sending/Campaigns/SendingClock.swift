import Foundation
import Logging

/// The scheduler's clock: the system time plus an offset in seconds read from `EMAIL_CLOCK_OFFSET_FILE` at every
/// call (absent, empty or unreadable: no offset). An operator can rehearse a schedule, and a test can move time
/// forward, without touching the system clock or adding an endpoint.
struct SendingClock: Sendable {
    let offsetFile: String?
    let logger: Logger

    func now() -> Date {
        guard let offsetFile else { return Date() }
        guard let text = try? String(contentsOfFile: offsetFile, encoding: .utf8) else { return Date() }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return Date() }
        guard let seconds = Double(trimmed), seconds.isFinite else {
            logger.warning("EMAIL_CLOCK_OFFSET_FILE does not hold a number of seconds; ignored")
            return Date()
        }
        return Date().addingTimeInterval(seconds)
    }
}
