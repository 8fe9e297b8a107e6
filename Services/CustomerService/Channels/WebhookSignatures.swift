import Crypto
import Foundation

/// The signatures the channels put on their webhooks, checked in constant time.
enum WebhookSignatures {
    /// Twilio's `X-Twilio-Signature`: base64 of HMAC-SHA1, keyed with the account's auth token, over the full URL
    /// Twilio called followed by each POST parameter's name and value, sorted by name (then value).
    static func twilio(url: String, params: [(String, String)], authToken: String) -> [UInt8] {
        var data = url
        for (name, value) in params.sorted(by: { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }) {
            data += name + value
        }
        return Array(HMAC<Insecure.SHA1>.authenticationCode(
            for: Array(data.utf8), using: SymmetricKey(data: Array(authToken.utf8))))
    }

    static func verifyTwilio(header: String?, url: String, params: [(String, String)], authToken: String) -> Bool {
        guard let header, let given = Data(base64Encoded: header.trimmingCharacters(in: .whitespaces)) else { return false }
        return constantTimeEqual(Array(given), twilio(url: url, params: params, authToken: authToken))
    }

    /// `sha256=<hex>` of HMAC-SHA256 over the raw body (Messenger's `X-Hub-Signature-256`, the inbound email's
    /// `X-Signature`).
    static func verifySHA256(header: String?, body: [UInt8], secret: String) -> Bool {
        guard let header else { return false }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("sha256="), let given = hexBytes(trimmed.dropFirst(7)) else { return false }
        let expected = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Array(secret.utf8)))
        return constantTimeEqual(given, Array(expected))
    }

    /// Equal contents, in a time that does not depend on where they differ.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        constantTimeEqual(Array(a.utf8), Array(b.utf8))
    }

    private static func hexBytes(_ text: Substring) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0, !utf8.isEmpty else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = nibble(utf8[index]), let low = nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }
}
