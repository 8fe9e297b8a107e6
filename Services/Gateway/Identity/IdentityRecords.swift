import Auth
import Foundation

/// A tenant: a merchant, a shop or a concierge company, isolated from every other.
struct Tenant: Codable, Sendable, Equatable {
    var id: String
    var name: String
    /// The rate-limit plan (`free`, `pro`, `enterprise`, or any plan of `RATE_LIMIT_PLANS`).
    var plan: String
    var createdAt: Date
}

/// An account. `passwordHash` never leaves the store's callers: responses use ``UserView``.
struct User: Sendable, Equatable {
    var id: String
    var tenantId: String
    var email: String
    var name: String
    var role: Role
    var passwordHash: String
    var createdAt: Date
}

/// A user as the API shows it.
struct UserView: Codable, Sendable, Equatable {
    var id: String
    var tenantId: String
    var email: String
    var name: String
    var role: Role
    var createdAt: Date

    init(_ user: User) {
        self.id = user.id
        self.tenantId = user.tenantId
        self.email = user.email
        self.name = user.name
        self.role = user.role
        self.createdAt = user.createdAt
    }
}

/// A stored refresh token: only its SHA-256 is kept. Tokens issued from one login form a family.
struct RefreshTokenRecord: Sendable, Equatable {
    var id: String
    var familyId: String
    var userId: String
    var tenantId: String
    var expiresAt: Date
    var usedAt: Date?
    var revokedAt: Date?
}

/// A machine client's key: only its SHA-256 and a display prefix are kept.
struct APIKeyRecord: Sendable, Equatable {
    var id: String
    var tenantId: String
    var name: String
    var prefix: String
    var role: Role
    var createdBy: String
    var createdAt: Date
    var revokedAt: Date?
}

/// An API key as listed (never the key itself).
struct APIKeyView: Codable, Sendable, Equatable {
    var id: String
    var name: String
    var prefix: String
    var role: Role
    var createdAt: Date
    var revokedAt: Date?

    init(_ record: APIKeyRecord) {
        self.id = record.id
        self.name = record.name
        self.prefix = record.prefix
        self.role = record.role
        self.createdAt = record.createdAt
        self.revokedAt = record.revokedAt
    }
}

/// What redeeming a refresh token found.
enum RefreshOutcome: Sendable, Equatable {
    /// Valid: it is now used, and this is the user to issue a new pair for (same family).
    case rotated(user: User, familyId: String)
    /// Unknown or expired.
    case invalid
    /// Already used or revoked: the whole family has just been revoked.
    case reused
}
