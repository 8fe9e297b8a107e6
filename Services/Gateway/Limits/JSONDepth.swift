import NIOCore

/// Measures how deeply a JSON document nests, without parsing it: `[` and `{` outside strings open a level.
/// A deeply nested body is refused before any service spends a recursive decoder on it.
enum JSONDepth {
    /// Whether `buffer` nests at most `limit` levels.
    static func isWithin(_ buffer: ByteBuffer, limit: Int) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        return buffer.withUnsafeReadableBytes { bytes in
            for byte in bytes {
                if inString {
                    if escaped { escaped = false }
                    else if byte == UInt8(ascii: "\\") { escaped = true }
                    else if byte == UInt8(ascii: "\"") { inString = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > limit { return false }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
            }
            return true
        }
    }
}
