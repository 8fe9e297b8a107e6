import Foundation

/// The time the engagement side lives by: event timestamps, automation enrolments and due steps all read it, so a
/// test can move it (see ``OffsetFileClock``) instead of sleeping.
protocol EngagementClock: Sendable {
    func now() -> Date
}

/// The wall clock.
struct SystemEngagementClock: EngagementClock {
    func now() -> Date { Date() }
}

/// The wall clock plus a number of seconds read from a file at every call (`EMAIL_CLOCK_OFFSET_FILE`): a testing
/// aid an operator can leave unset. A missing, empty or malformed file means no offset; negative offsets are
/// ignored, so time never goes back before the wall clock.
struct OffsetFileClock: EngagementClock {
    let path: String

    func now() -> Date {
        Date().addingTimeInterval(Self.offset(atPath: path))
    }

    static func offset(atPath path: String) -> TimeInterval {
        guard let data = FileManager.default.contents(atPath: path) else { return 0 }
        let text = String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let seconds = Double(text), seconds.isFinite, seconds > 0 else { return 0 }
        return seconds
    }
}
