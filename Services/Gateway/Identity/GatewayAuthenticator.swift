import Auth
import CommerceModels
import Crypto
import Foundation
import Synchronization

/// Turns a bearer credential (an access token or an API key) into a verified identity and the token the gateway
/// forwards to the agents: the access token itself, or for an API key a short-lived access token minted for the key,
/// so an agent only ever verifies one kind of credential, signed by us.
final class GatewayAuthenticator: Sendable {
    struct Authenticated: Sendable {
        var verified: AccessTokens.Verified
        /// The bearer token to forward upstream.
        var forwardToken: String
        var isAPIKey: Bool
    }

    private struct CachedKey {
        var authenticated: Authenticated
        var cachedAt: ContinuousClock.Instant
    }

    /// API keys look like `cai_` followed by 43 base64url characters (32 random bytes).
    static let apiKeyPrefix = "cai_"
    /// A cached API key is looked up again after this long (revocation in this process drops it at once).
    static let apiKeyCacheTTL = Duration.seconds(30)
    static let planCacheTTL = Duration.seconds(60)

    let tokens: AccessTokens
    let store: any IdentityStore
    let revoked: RevokedTokens
    private let keyCache = Mutex<[String: CachedKey]>([:])
    private let plans = Mutex<[String: (plan: String, at: ContinuousClock.Instant)]>([:])
    private let clock = ContinuousClock()

    init(tokens: AccessTokens, store: any IdentityStore, revoked: RevokedTokens) {
        self.tokens = tokens
        self.store = store
        self.revoked = revoked
    }

    /// Verifies `credential`; throws 401 for anything else.
    func authenticate(_ credential: Substring) async throws -> Authenticated {
        if credential.utf8.starts(with: Self.apiKeyPrefix.utf8) {
            return try await authenticateAPIKey(credential)
        }
        let verified = try await tokens.verify(credential)
        return Authenticated(verified: verified, forwardToken: String(credential), isAPIKey: false)
    }

    /// `credential` from the caches alone (verified access tokens, recently exchanged API keys): nil when only
    /// ``authenticate(_:)`` can tell, 401 when a cached token expired or was revoked. Never waits.
    func cachedAuthentication(_ credential: Substring) throws -> Authenticated? {
        if credential.utf8.starts(with: Self.apiKeyPrefix.utf8) {
            guard credential.utf8.count <= 128 else { throw APIError.unauthorized("invalid API key") }
            return cachedKey(hash: Self.sha256(credential), now: clock.now)
        }
        return try tokens.cached(credential).map { Authenticated(verified: $0, forwardToken: String(credential), isAPIKey: false) }
    }

    private func cachedKey(hash: String, now: ContinuousClock.Instant) -> Authenticated? {
        guard let cached = keyCache.withLock({ $0[hash] }), cached.cachedAt.duration(to: now) < Self.apiKeyCacheTTL,
              cached.authenticated.verified.expiresAt.timeIntervalSinceNow > 60
        else { return nil }
        return cached.authenticated
    }

    private func authenticateAPIKey(_ key: Substring) async throws -> Authenticated {
        guard key.utf8.count <= 128 else { throw APIError.unauthorized("invalid API key") }
        let hash = Self.sha256(key)
        let now = clock.now
        if let cached = cachedKey(hash: hash, now: now) { return cached }
        guard let record = try await store.apiKey(hash: hash) else { throw APIError.unauthorized("invalid API key") }
        let (token, claims) = try await tokens.issue(userId: record.id, tenantId: record.tenantId, role: record.role)
        let authenticated = Authenticated(
            verified: .init(userId: record.id, tenantId: record.tenantId, role: record.role, tokenId: claims.jti.value,
                            expiresAt: claims.exp.value),
            forwardToken: token, isAPIKey: true)
        keyCache.withLock { cache in
            if cache.count > 10_000 { cache.removeAll() }
            cache[hash] = CachedKey(authenticated: authenticated, cachedAt: now)
        }
        return authenticated
    }

    /// Drops a revoked key from the cache.
    func forgetAPIKey(hash: String) {
        _ = keyCache.withLock { $0.removeValue(forKey: hash) }
    }

    /// The tenant's rate-limit plan (cached for a minute).
    func plan(tenantId: String) async -> String {
        if let cached = cachedPlan(tenantId: tenantId) { return cached }
        let now = clock.now
        let plan = (try? await store.tenant(id: tenantId))?.plan ?? "free"
        plans.withLock { plans in
            if plans.count > 100_000 { plans.removeAll() }
            plans[tenantId] = (plan, now)
        }
        return plan
    }

    /// The tenant's plan when it was looked up less than a minute ago, else nil. Never waits.
    func cachedPlan(tenantId: String) -> String? {
        guard let cached = plans.withLock({ $0[tenantId] }), cached.at.duration(to: clock.now) < Self.planCacheTTL else { return nil }
        return cached.plan
    }

    /// Lowercase hex SHA-256: how refresh tokens and API keys are stored.
    static func sha256(_ text: some StringProtocol) -> String {
        Hex.encode(Array(SHA256.hash(data: Array(text.utf8))))
    }

    /// 32 random bytes, base64url.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return Base64URL.encode((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }
}

/// Access tokens logged out before they expire (`jti` → expiry). Kept in memory: the gateway refuses them at once;
/// an agent that is handed one directly accepts it until its short expiry.
final class RevokedTokens: Sendable {
    private let entries = Mutex<[String: Date]>([:])

    func revoke(_ tokenId: String, until expiry: Date) {
        entries.withLock { entries in
            let now = Date()
            if entries.count > 10_000 { entries = entries.filter { $0.value > now } }
            entries[tokenId] = expiry
        }
    }

    func contains(_ tokenId: String) -> Bool {
        entries.withLock { entries in
            guard let expiry = entries[tokenId] else { return false }
            return expiry.addingTimeInterval(AccessTokenClaims.leeway) > Date()
        }
    }
}
