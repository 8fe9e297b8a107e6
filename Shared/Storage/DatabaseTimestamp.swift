import Foundation

extension Date {
    /// The text GRDB stores for a `Date` (`yyyy-MM-dd HH:mm:ss.SSS`, UTC, to the nearest millisecond), computed with
    /// integer arithmetic.
    ///
    /// GRDB formats a `Date` argument with a `DateFormatter`, whose first use loads ICU's locale, calendar and time
    /// zone data (about 2 MiB of the binary's pages, resident for the process's life). The loops that run while a
    /// daemon is idle (sweepers, pruning) bind this text instead, so that an idle daemon never loads that data; the
    /// stored format, and therefore every comparison with stored dates, is the same.
    public var databaseTimestamp: String {
        let milliseconds = Int64((timeIntervalSince1970 * 1000 + 0.5).rounded(.down))
        let (days, millisecondOfDay) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let (day, time) = millisecondOfDay < 0 ? (days - 1, millisecondOfDay + 86_400_000) : (days, millisecondOfDay)
        // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil inverse, proleptic Gregorian).
        let z = day + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func padded(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(dayOfMonth, 2)) \(padded(time / 3_600_000, 2)):"
            + "\(padded(time / 60_000 % 60, 2)):\(padded(time / 1000 % 60, 2)).\(padded(time % 1000, 3))"
    }
}
