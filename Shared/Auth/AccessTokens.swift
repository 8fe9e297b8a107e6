import CommerceModels
public import Foundation
import JWTKit
import Synchronization

/// Issues and verifies access tokens (JWT, HS256 only).
///
/// Verification is strict before jwt-kit even sees a token: at most ``maximumTokenBytes``, three non-empty
/// base64url segments, a header that says exactly `"alg":"HS256"` (so `none`, in any casing, and every other
/// algorithm are refused) and carries nothing it does not expect. Then jwt-kit checks the signature and decodes the
/// claims, the claims check their times with a leeway, and `iss` and `aud` must be ours.
///
/// A verified token is remembered until it expires (keyed by the whole token, so only the same bytes hit), which
/// makes the hot path of the gateway and of each agent one dictionary lookup instead of an HMAC and a JSON decode.
public final class AccessTokens: Sendable {
    /// The claims of a verified token, without the request it came with.
    public struct Verified: Sendable, Equatable {
        public var userId: String
        public var tenantId: String
        public var role: Role
        public var tokenId: String
        public var expiresAt: Date

        public init(userId: String, tenantId: String, role: Role, tokenId: String, expiresAt: Date) {
            self.userId = userId
            self.tenantId = tenantId
            self.role = role
            self.tokenId = tokenId
            self.expiresAt = expiresAt
        }

        /// The identity of a request carrying this token.
        public func identity(requestId: String) -> Identity {
            Identity(tenantId: tenantId, userId: userId, role: role, requestId: requestId, tokenId: tokenId, expiresAt: expiresAt)
        }
    }

    /// A longer `Authorization` value is refused before any parsing.
    public static let maximumTokenBytes = 4096
    /// Verified tokens remembered at most (the cache is emptied of expired entries, then cleared, past it).
    static let cacheCapacity = 50_000

    public let config: AuthConfig
    private let keys: JWTKeyCollection
    private let cache = Mutex<[String: Verified]>([:])
    private let isRevoked: @Sendable (String) -> Bool

    /// - Parameter isRevoked: told a verified token's `jti`; returning true refuses it (a logged-out session).
    public init(config: AuthConfig, isRevoked: @escaping @Sendable (String) -> Bool = { _ in false }) async {
        self.config = config
        self.keys = JWTKeyCollection()
        self.isRevoked = isRevoked
        await keys.add(hmac: HMACKey(from: config.secret), digestAlgorithm: .sha256)
    }

    // MARK: - Issuing

    /// Signs a new access token for a user; returns it with its claims.
    public func issue(userId: String, tenantId: String, role: Role, now: Date = Date()) async throws -> (token: String, claims: AccessTokenClaims) {
        let claims = AccessTokenClaims(
            userId: userId, tenantId: tenantId, role: role, issuedAt: now,
            expiresAt: now.addingTimeInterval(config.accessTokenTTL), issuer: config.issuer, audience: config.audience)
        let token = try await keys.sign(claims, header: ["typ": "JWT"])
        return (token, claims)
    }

    // MARK: - Verifying

    /// Verifies `token`; throws 401 (`APIError.unauthorized`) for anything short of a valid token of ours.
    public func verify(_ token: Substring) async throws -> Verified {
        if let hit = try cached(token) { return hit }
        let key = String(token)
        let now = Date()
        try Self.checkShape(key)
        let claims: AccessTokenClaims
        do {
            claims = try await keys.verify(key, as: AccessTokenClaims.self)
        } catch {
            throw APIError.unauthorized("invalid access token")
        }
        guard claims.iss.value == config.issuer, claims.aud.value.contains(config.audience),
              !claims.sub.value.isEmpty, !claims.tenant.isEmpty, !claims.jti.value.isEmpty
        else { throw APIError.unauthorized("invalid access token") }
        guard !isRevoked(claims.jti.value) else { throw APIError.unauthorized("access token revoked") }
        let verified = Verified(
            userId: claims.sub.value, tenantId: claims.tenant, role: claims.role, tokenId: claims.jti.value,
            expiresAt: claims.exp.value)
        cache.withLock { entries in
            if entries.count >= Self.cacheCapacity {
                entries = entries.filter { $0.value.expiresAt > now }
                if entries.count >= Self.cacheCapacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[key] = verified
        }
        return verified
    }

    /// `token` when it was verified before and is still valid (expiry and revocation are checked again), nil when it
    /// is not in the cache of verified tokens (then only ``verify(_:)`` can tell), 401 when it expired or was revoked.
    /// It never waits, so code on an event loop can use it.
    public func cached(_ token: Substring) throws -> Verified? {
        guard !token.isEmpty, token.utf8.count <= Self.maximumTokenBytes else {
            throw APIError.unauthorized("invalid access token")
        }
        let key = String(token)
        guard let hit = cache.withLock({ $0[key] }) else { return nil }
        guard hit.expiresAt.addingTimeInterval(AccessTokenClaims.leeway) > Date() else {
            cache.withLock { _ = $0.removeValue(forKey: key) }
            throw APIError.unauthorized("access token expired")
        }
        guard !isRevoked(hit.tokenId) else { throw APIError.unauthorized("access token revoked") }
        return hit
    }

    /// Forgets a cached token (after a logout, so the revocation check runs on the next use).
    public func forget(_ token: Substring) {
        _ = cache.withLock { $0.removeValue(forKey: String(token)) }
    }

    /// Three base64url segments, none empty, and a header that is exactly what we issue: `alg` HS256, optionally
    /// `typ` JWT, nothing else (no `kid`, `jku`, `x5u`, `crit`: no key selection by the sender).
    static func checkShape(_ token: String) throws {
        let segments = token.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.count == 3, segments.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isBase64URL) }) else {
            throw APIError.unauthorized("malformed access token")
        }
        guard let headerBytes = Base64URL.decode(segments[0]),
              let header = try? JSONSerialization.jsonObject(with: Data(headerBytes)) as? [String: Any],
              let alg = header["alg"] as? String, alg == "HS256"
        else { throw APIError.unauthorized("invalid access token") }
        for (name, value) in header where name != "alg" {
            guard name == "typ", let typ = value as? String, typ.uppercased() == "JWT" else {
                throw APIError.unauthorized("invalid access token")
            }
        }
    }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x5F
    }
}

/// Base64url without padding (RFC 7515 §2).
public enum Base64URL {
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    public static func decode(_ text: some Collection<UInt8>) -> [UInt8]? {
        var base64 = String(decoding: text, as: UTF8.self)
            .replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.utf8.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64).map { [UInt8]($0) }
    }
}
