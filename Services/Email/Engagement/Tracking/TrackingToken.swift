import Auth
import Crypto
import Foundation

/// What a tracking or unsubscribe link proves: which tenant's message to which contact it was in, and for a click,
/// which link (its position and its URL, so the redirect can only ever go to a URL that was in the message).
struct TrackingClaims: Codable, Sendable, Equatable {
    enum Purpose: String, Codable, Sendable {
        case open = "o"
        case click = "c"
        case unsubscribe = "u"
    }

    var purpose: Purpose
    var tenantId: String
    var messageId: String
    var contactId: String?
    var campaignId: String?
    /// Click only: the link's position in the message (0-based) and its target.
    var linkIndex: Int?
    var url: String?

    enum CodingKeys: String, CodingKey {
        case purpose = "p", tenantId = "t", messageId = "m", contactId = "r", campaignId = "c", linkIndex = "i", url = "u"
    }
}

/// Signs and verifies the tokens of `/t/o/{token}.gif`, `/t/c/{token}` and `/unsubscribe/{token}`:
/// `base64url(JSON claims) "." base64url(HMAC-SHA256(key, "<purpose>." + first part))`.
///
/// Tokens are deterministic (the same message decorated twice gets the same links, so a redelivered job sends the
/// same bytes), unguessable without the key, and bound to their purpose (an open token is not an unsubscribe token).
/// Verification compares the MAC in constant time and answers nil for anything malformed, so a caller cannot tell
/// a tampered token from an unknown one.
struct TrackingTokenSigner: Sendable {
    private let key: SymmetricKey

    /// Tokens longer than this are refused before any work (a click token carries its URL).
    static let maximumLength = 6000

    init(secret: [UInt8]) { key = SymmetricKey(data: secret) }

    func sign(_ claims: TrackingClaims) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a struct of strings and integers cannot fail.
        let payload = Base64URL.encode(try! encoder.encode(claims))
        return payload + "." + Base64URL.encode(mac(payload, purpose: claims.purpose))
    }

    /// The claims of `token` when it is well formed, signed with our key, and of `purpose`; nil otherwise.
    func verify(_ token: some StringProtocol, purpose: TrackingClaims.Purpose) -> TrackingClaims? {
        guard token.utf8.count <= Self.maximumLength else { return nil }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let signature = Base64URL.decode(parts[1].utf8), signature.count == SHA256.byteCount else {
            return nil
        }
        let payload = String(parts[0])
        let signed = Data("\(purpose.rawValue).\(payload)".utf8)
        guard HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: signed, using: key) else { return nil }
        guard let bytes = Base64URL.decode(payload.utf8),
              let claims = try? JSONDecoder().decode(TrackingClaims.self, from: Data(bytes)),
              claims.purpose == purpose
        else { return nil }
        return claims
    }

    private func mac(_ payload: String, purpose: TrackingClaims.Purpose) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Data("\(purpose.rawValue).\(payload)".utf8), using: key))
    }
}
