import Foundation

/// An email address with an optional display name, checked when made (no CR/LF, one `@`, no spaces), so it can
/// never inject a header or an SMTP command.
public struct EmailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    public let address: String
    public let name: String?

    public init(_ address: String, name: String? = nil) throws {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              trimmed.utf8.count <= 254,
              !trimmed.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0 == "<" || $0 == ">" || $0 == "," || $0 == "\"" })
        else { throw MailError.invalidAddress(address) }
        // Unicode scalars, not Characters: "\r\n" is one Character and would slip past a per-Character check.
        if let name, name.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) { throw MailError.invalidAddress(name) }
        self.address = trimmed
        self.name = name?.isEmpty == true ? nil : name
    }

    public var description: String { name.map { "\($0) <\(address)>" } ?? address }

    /// The domain part, for Message-IDs.
    public var domain: String { String(address.split(separator: "@").last ?? "localhost") }
}

/// One email: headers, a text part and optionally an HTML part (sent as multipart/alternative).
public struct EmailMessage: Sendable {
    public var from: EmailAddress
    public var to: [EmailAddress]
    public var replyTo: EmailAddress?
    public var subject: String
    public var textBody: String
    public var htmlBody: String?
    /// Extra headers (`List-Unsubscribe`, `X-Campaign-ID`…); names and values must be single-line.
    public var headers: [(name: String, value: String)]
    /// The `Message-ID` (without angle brackets); stable across retries so a receiver can deduplicate.
    public var messageId: String
    public var date: Date

    public init(
        from: EmailAddress, to: [EmailAddress], subject: String, textBody: String, htmlBody: String? = nil,
        replyTo: EmailAddress? = nil, headers: [(name: String, value: String)] = [],
        messageId: String? = nil, date: Date = Date()
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.textBody = textBody
        self.htmlBody = htmlBody
        self.headers = headers
        self.messageId = messageId ?? "\(UUID().uuidString.lowercased())@\(from.domain)"
        self.date = date
    }
}

/// Why an email could not be sent. `isTransient` tells whether trying again later can succeed.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidAddress(String)
    case invalidHeader(String)
    case invalidConfiguration(String)
    /// The server answered with a 4xx code (greylisting, mailbox busy, rate limit…) or the connection failed.
    case transient(code: Int, message: String)
    /// The server answered with a 5xx code (no such user, rejected as spam…).
    case permanent(code: Int, message: String)
    /// libcurl, which Mail opens on the first send, is missing on this host (the message says what to install).
    case libraryUnavailable(String)

    public var isTransient: Bool {
        if case .transient = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .invalidAddress(let value): "invalid email address: \(value)"
        case .invalidHeader(let value): "invalid header: \(value)"
        case .invalidConfiguration(let value): "invalid SMTP configuration: \(value)"
        case .transient(let code, let message): "temporary SMTP failure \(code): \(message)"
        case .permanent(let code, let message): "permanent SMTP failure \(code): \(message)"
        case .libraryUnavailable(let message): "cannot send mail: \(message)"
        }
    }
}
