import Auth
import CommerceModels
import Foundation

/// Where tenants, users, refresh tokens and API keys live. Every query about a tenant's data takes the tenant id.
protocol IdentityStore: Sendable {
    // MARK: Tenants
    func createTenant(_ tenant: Tenant, admin: User) async throws
    func tenant(id: String) async throws -> Tenant?
    func tenants(page: PageRequest) async throws -> Page<Tenant>

    // MARK: Users
    /// Throws 409 when the email is taken.
    func createUser(_ user: User) async throws
    /// The account with this email (case-insensitive), in any tenant: emails are unique across the installation.
    func user(email: String) async throws -> User?
    func user(id: String, tenantId: String) async throws -> User?
    func users(tenantId: String, page: PageRequest) async throws -> Page<UserView>

    // MARK: Refresh tokens
    func storeRefreshToken(hash: String, record: RefreshTokenRecord) async throws
    /// Atomically marks the token used and returns its user, or detects reuse and revokes the family.
    func redeemRefreshToken(hash: String, now: Date) async throws -> RefreshOutcome
    /// Revokes the family of the token when it belongs to `userId`; returns whether one was found.
    func revokeRefreshFamily(hash: String, userId: String, now: Date) async throws -> Bool
    /// Revokes every refresh token of a user.
    func revokeAllRefreshTokens(userId: String, now: Date) async throws

    // MARK: API keys
    func storeAPIKey(_ record: APIKeyRecord, hash: String) async throws
    /// The live key with this hash, or nil (unknown or revoked).
    func apiKey(hash: String) async throws -> APIKeyRecord?
    func apiKeys(tenantId: String) async throws -> [APIKeyRecord]
    /// Revokes the key; returns its hash when it existed in the tenant (so caches can drop it).
    func revokeAPIKey(id: String, tenantId: String, now: Date) async throws -> String?
}
