#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// New record identifiers: UUID version 7 (RFC 9562), lowercase, e.g. `019ad5c4-1f2e-7a3b-9c4d-5e6f7a8b9c0d`.
///
/// The first 48 bits are the Unix time in milliseconds, the rest random (74 bits from the system's generator,
/// `getrandom`, without opening a file). Ids made one after another sort after one another, so a unique index on
/// them grows at its right edge: a batch of inserts dirties one leaf page instead of one random page per row, which
/// is what a WAL commit writes. Still a UUID to every client (`UUID(uuidString:)` parses it).
public enum TimeOrderedID {
    /// A new identifier for a record created at `milliseconds` since 1970 (now by default).
    public static func make(milliseconds: UInt64 = currentMilliseconds()) -> String {
        var generator = SystemRandomNumberGenerator()
        return make(milliseconds: milliseconds, random: generator.next(), more: generator.next())
    }

    /// An identifier for `milliseconds` whose other 74 bits come from `random` (18 bits) and `more` (56 bits): for
    /// callers that make ids often enough that a system call for each would show, and whose ids need to be unique
    /// but not unpredictable (request ids).
    public static func make(milliseconds: UInt64, random: UInt64, more: UInt64) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
        bytes[6] = 0x70 | UInt8(truncatingIfNeeded: random & 0x0F)
        bytes[7] = UInt8(truncatingIfNeeded: random >> 8)
        bytes[8] = 0x80 | UInt8(truncatingIfNeeded: (random >> 16) & 0x3F)
        for index in 9..<16 { bytes[index] = UInt8(truncatingIfNeeded: more >> (8 * (index - 9))) }
        return format(bytes)
    }

    /// Milliseconds since 1970 on the wall clock.
    public static func currentMilliseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return UInt64(spec.tv_sec) * 1000 + UInt64(spec.tv_nsec) / 1_000_000
    }

    static func format(_ bytes: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                buffer[position] = Hex.digits[Int(byte >> 4)]
                buffer[position + 1] = Hex.digits[Int(byte & 0x0F)]
                position += 2
            }
            return position
        }
    }
}
