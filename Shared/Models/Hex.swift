/// Lowercase hexadecimal text of bytes (digests, random secrets, ids), two digits per byte, without Foundation's
/// formatter (one `String(format:)` per byte was the usual way, and it goes through CoreFoundation each time).
public enum Hex {
    static let digits = Array("0123456789abcdef".utf8)

    public static func encode(_ bytes: some Collection<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
            var position = 0
            for byte in bytes {
                buffer[position] = digits[Int(byte >> 4)]
                buffer[position + 1] = digits[Int(byte & 0x0F)]
                position += 2
            }
            return position
        }
    }
}
