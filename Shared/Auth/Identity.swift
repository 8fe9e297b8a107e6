import CommerceModels
public import Foundation

/// Who a request is from, once its credentials have been verified: never built from client-sent headers.
public struct Identity: Sendable, Equatable {
    /// The tenant every query of this request is scoped to.
    public var tenantId: String
    /// The user (or, for an API key, the key's id).
    public var userId: String
    public var role: Role
    /// The `X-Request-ID` of the request that carried the credentials.
    public var requestId: String
    /// The access token's `jti`.
    public var tokenId: String
    /// When the credentials stop being valid.
    public var expiresAt: Date

    public init(tenantId: String, userId: String, role: Role, requestId: String, tokenId: String, expiresAt: Date) {
        self.tenantId = tenantId
        self.userId = userId
        self.role = role
        self.requestId = requestId
        self.tokenId = tokenId
        self.expiresAt = expiresAt
    }

    /// Throws 403 unless the role is one of `roles`.
    public func require(_ roles: Set<Role>) throws {
        guard roles.contains(role) else { throw APIError.forbidden("this operation needs the role \(Self.describe(roles))") }
    }

    /// Throws 403 unless the role is `role`.
    public func require(_ role: Role) throws { try require([role]) }

    /// Whether the identity is staff of its tenant (admin or agent).
    public var isStaff: Bool { Role.staff.contains(role) }

    private static func describe(_ roles: Set<Role>) -> String {
        roles.map(\.rawValue).sorted().joined(separator: " or ")
    }
}
