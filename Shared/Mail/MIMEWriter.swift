import Foundation

/// Renders an `EmailMessage` as an RFC 5322 / MIME message: CRLF line ends, encoded-words (RFC 2047) for
/// non-ASCII header text, quoted-printable bodies in UTF-8, multipart/alternative when there is an HTML part.
public enum MIMEWriter {
    public static func render(_ message: EmailMessage) throws -> [UInt8] {
        var lines: [String] = []
        lines.append("From: \(address(message.from))")
        lines.append("To: \(message.to.map(address).joined(separator: ", "))")
        if let replyTo = message.replyTo { lines.append("Reply-To: \(address(replyTo))") }
        lines.append("Subject: \(encodedWord(message.subject))")
        lines.append("Date: \(rfc5322Date(message.date))")
        lines.append("Message-ID: <\(message.messageId)>")
        lines.append("MIME-Version: 1.0")
        for header in message.headers {
            guard isToken(header.name), !header.value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) else {
                throw MailError.invalidHeader(header.name)
            }
            lines.append("\(header.name): \(header.value)")
        }
        if let html = message.htmlBody {
            let boundary = "=_commerce_\(UUID().uuidString.replacingOccurrences(of: "-", with: ""))"
            lines.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
            lines.append("")
            lines.append("--\(boundary)")
            lines.append(contentsOf: part("text/plain", message.textBody))
            lines.append("--\(boundary)")
            lines.append(contentsOf: part("text/html", html))
            lines.append("--\(boundary)--")
        } else {
            lines.append(contentsOf: part("text/plain", message.textBody))
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func part(_ type: String, _ body: String) -> [String] {
        ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "", quotedPrintable(body)]
    }

    static func address(_ address: EmailAddress) -> String {
        guard let name = address.name else { return address.address }
        let isPlain = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || ("0"..."9").contains($0)) }
        return "\(isPlain ? name : encodedWord(name)) <\(address.address)>"
    }

    /// RFC 2047 `=?utf-8?B?…?=` when the text is not plain printable ASCII; long text is split in chunks.
    static func encodedWord(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) && text.utf8.count < 900 { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk.append(contentsOf: bytes)
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// Quoted-printable (RFC 2045): lines of at most 76 characters, soft breaks with `=`, CRLF line ends.
    static func quotedPrintable(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var output: [String] = []
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded = ""
            var lineLength = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                var piece: String
                if (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 && !isLast) {
                    piece = String(UnicodeScalar(byte))
                } else {
                    piece = String(format: "=%02X", byte)
                }
                if byte == 0x2E && lineLength == 0 { piece = "=2E" }  // no line starting with "."
                if lineLength + piece.count > 75 {
                    encoded += "=\r\n"
                    lineLength = 0
                    if piece == "." { piece = "=2E" }
                }
                encoded += piece
                lineLength += piece.count
            }
            output.append(encoded)
        }
        return output.joined(separator: "\r\n")
    }

    static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 && $0.value < 127 && $0 != ":" }
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss +0000"
        return formatter.string(from: date)
    }
}
