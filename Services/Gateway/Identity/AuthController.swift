import Auth
import CommerceModels
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceRuntime

/// `/api/auth`: register, login, refresh (public, limited per IP), and logout, me and API keys (authenticated).
struct AuthController: Sendable {
    let store: any IdentityStore
    let tokens: AccessTokens
    let authenticator: GatewayAuthenticator
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let limits: RateLimits
    let revoked: RevokedTokens
    let config: GatewayConfig

    // MARK: - Bodies

    struct RegisterBody: Decodable {
        var email: String
        var password: String
        var name: String
        var tenantName: String?
        var tenantId: String?
    }

    struct LoginBody: Decodable {
        var email: String
        var password: String
    }

    struct RefreshBody: Decodable {
        var refreshToken: String
    }

    struct LogoutBody: Decodable {
        var refreshToken: String?
    }

    struct CreateAPIKeyBody: Decodable {
        var name: String
        var role: Role?
    }

    /// `{accessToken, refreshToken, expiresIn, tokenType, user}`.
    struct Session: ResponseEncodable {
        var accessToken: String
        var refreshToken: String
        var tokenType = "Bearer"
        var expiresIn: Int
        var user: UserView
    }

    /// `me` for an API key.
    struct APIKeyIdentity: ResponseEncodable {
        var id: String
        var tenantId: String
        var role: Role
        var name: String
        var kind = "api_key"
    }

    /// The one response that shows a key.
    struct CreatedAPIKey: ResponseEncodable {
        var id: String
        var key: String
        var name: String
        var prefix: String
        var role: Role
        var createdAt: Date
    }

    struct APIKeyList: ResponseEncodable {
        var items: [APIKeyView]
        var nextCursor: String?
    }

    // MARK: - Routes

    func register(public router: RouterGroup<AppRequestContext>, authenticated: RouterGroup<AuthenticatedContext>) {
        router.post("register", use: registerUser)
        router.post("login", use: login)
        router.post("refresh", use: refresh)
        authenticated.post("logout", use: logout)
        authenticated.get("me", use: me)
        authenticated.post("api-keys", use: createAPIKey)
        authenticated.get("api-keys", use: listAPIKeys)
        authenticated.delete("api-keys/{id}", use: revokeAPIKey)
    }

    @Sendable func registerUser(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<UserView> {
        try limitLogin(request, context)
        let body = try await request.decodeJSON(as: RegisterBody.self, context: context)
        let email = try Validate.email(body.email)
        let name = try Validate.name(body.name, field: "name")
        try PasswordHasher.validate(body.password)
        let now = Date()
        switch (body.tenantName, body.tenantId) {
        case (let tenantName?, nil):
            let tenant = Tenant(
                id: UUID().uuidString.lowercased(), name: try Validate.name(tenantName, field: "tenantName"), plan: "free",
                createdAt: now)
            let admin = User(
                id: UUID().uuidString.lowercased(), tenantId: tenant.id, email: email, name: name, role: .admin,
                passwordHash: try await hasher.hash(body.password), createdAt: now)
            try await store.createTenant(tenant, admin: admin)
            context.logger.info("tenant registered", metadata: ["tenant": "\(tenant.id)"])
            return EditedResponse(status: .created, response: UserView(admin))
        case (nil, let tenantId?):
            guard UUID(uuidString: tenantId) != nil, let tenant = try await store.tenant(id: tenantId.lowercased()) else {
                throw APIError.validation("tenantId does not name a tenant")
            }
            let customer = User(
                id: UUID().uuidString.lowercased(), tenantId: tenant.id, email: email, name: name, role: .customer,
                passwordHash: try await hasher.hash(body.password), createdAt: now)
            try await store.createUser(customer)
            return EditedResponse(status: .created, response: UserView(customer))
        default:
            throw APIError.validation("exactly one of tenantName or tenantId is required")
        }
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Session {
        try limitLogin(request, context)
        let body = try await request.decodeJSON(as: LoginBody.self, context: context)
        let email = body.email.trimmingCharacters(in: .whitespaces).lowercased()
        guard !email.isEmpty, email.utf8.count <= 254, !body.password.isEmpty, body.password.utf8.count <= 1024 else {
            throw APIError.unauthorized("invalid email or password")
        }
        let ip = ClientAddress.of(request, remote: context.remoteAddress, trustForwardedFor: config.trustForwardedFor)
        if let wait = throttle.retryAfter(account: email, ip: ip) {
            context.logger.notice("login throttled", metadata: ["retry_after": "\(wait)"])
            throw APIError(
                status: 429, code: "login_throttled",
                message: "too many failed logins; retry after \(wait) s", headers: ["Retry-After": String(wait)])
        }
        let user = try await store.user(email: email)
        guard try await hasher.verify(body.password, hash: user?.passwordHash), let user else {
            throttle.failed(account: email, ip: ip)
            context.logger.notice("login failed")
            throw APIError.unauthorized("invalid email or password")
        }
        throttle.succeeded(account: email)
        return try await issueSession(for: user, familyId: UUID().uuidString.lowercased())
    }

    @Sendable func refresh(_ request: Request, context: AppRequestContext) async throws -> Session {
        try limitLogin(request, context)
        let body = try await request.decodeJSON(as: RefreshBody.self, context: context)
        guard !body.refreshToken.isEmpty, body.refreshToken.utf8.count <= 256 else {
            throw APIError.unauthorized("invalid refresh token")
        }
        switch try await store.redeemRefreshToken(hash: GatewayAuthenticator.sha256(body.refreshToken), now: Date()) {
        case .rotated(let user, let familyId):
            return try await issueSession(for: user, familyId: familyId)
        case .reused:
            context.logger.warning("refresh token reused: its family is revoked")
            throw APIError.unauthorized("refresh token already used; please log in again")
        case .invalid:
            throw APIError.unauthorized("invalid refresh token")
        }
    }

    @Sendable func logout(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let identity = try context.requireIdentity()
        var body = LogoutBody(refreshToken: nil)
        if request.headers[.contentLength].map({ $0 != "0" }) ?? (request.headers[.transferEncoding] != nil) {
            body = try await request.decodeJSON(as: LogoutBody.self, context: context)
        }
        let now = Date()
        if let refreshToken = body.refreshToken {
            guard try await store.revokeRefreshFamily(
                hash: GatewayAuthenticator.sha256(refreshToken), userId: identity.userId, now: now)
            else { throw APIError.validation("refreshToken is not a refresh token of this user") }
        } else {
            try await store.revokeAllRefreshTokens(userId: identity.userId, now: now)
        }
        revoked.revoke(identity.tokenId, until: identity.expiresAt)
        if let token = AuthMiddleware.bearerToken(request.headers) { tokens.forget(token) }
        return Response(status: .noContent)
    }

    @Sendable func me(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let identity = try context.requireIdentity()
        if let user = try await store.user(id: identity.userId, tenantId: identity.tenantId) {
            return try UserView(user).response(from: request, context: context)
        }
        if let key = try await store.apiKeys(tenantId: identity.tenantId).first(where: { $0.id == identity.userId }) {
            return try APIKeyIdentity(id: key.id, tenantId: key.tenantId, role: key.role, name: key.name)
                .response(from: request, context: context)
        }
        throw APIError.unauthorized("this account no longer exists")
    }

    @Sendable func createAPIKey(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<CreatedAPIKey> {
        let identity = try context.requireIdentity(Role.administrators)
        let body = try await request.decodeJSON(as: CreateAPIKeyBody.self, context: context)
        let name = try Validate.name(body.name, field: "name")
        let role = body.role ?? .agent
        guard role == .admin || role == .agent else { throw APIError.validation("role must be admin or agent") }
        let key = GatewayAuthenticator.apiKeyPrefix + GatewayAuthenticator.randomToken()
        let record = APIKeyRecord(
            id: UUID().uuidString.lowercased(), tenantId: identity.tenantId, name: name,
            prefix: String(key.prefix(12)), role: role, createdBy: identity.userId, createdAt: Date(), revokedAt: nil)
        try await store.storeAPIKey(record, hash: GatewayAuthenticator.sha256(key))
        context.logger.info("API key created", metadata: ["key_id": "\(record.id)"])
        return EditedResponse(
            status: .created,
            response: CreatedAPIKey(
                id: record.id, key: key, name: name, prefix: record.prefix, role: role, createdAt: record.createdAt))
    }

    @Sendable func listAPIKeys(_ request: Request, context: AuthenticatedContext) async throws -> APIKeyList {
        let identity = try context.requireIdentity(Role.administrators)
        return APIKeyList(items: try await store.apiKeys(tenantId: identity.tenantId).map(APIKeyView.init), nextCursor: nil)
    }

    @Sendable func revokeAPIKey(_ request: Request, context: AuthenticatedContext) async throws -> Response {
        let identity = try context.requireIdentity(Role.administrators)
        let id = try context.parameters.require("id")
        guard let hash = try await store.revokeAPIKey(id: id.lowercased(), tenantId: identity.tenantId, now: Date()) else {
            throw APIError.notFound("no API key \(id)")
        }
        authenticator.forgetAPIKey(hash: hash)
        context.logger.info("API key revoked", metadata: ["key_id": "\(id)"])
        return Response(status: .noContent)
    }

    // MARK: - Helpers

    func issueSession(for user: User, familyId: String) async throws -> Session {
        let (accessToken, _) = try await tokens.issue(userId: user.id, tenantId: user.tenantId, role: user.role)
        let refreshToken = GatewayAuthenticator.randomToken()
        try await store.storeRefreshToken(
            hash: GatewayAuthenticator.sha256(refreshToken),
            record: RefreshTokenRecord(
                id: UUID().uuidString.lowercased(), familyId: familyId, userId: user.id, tenantId: user.tenantId,
                expiresAt: Date().addingTimeInterval(tokens.config.refreshTokenTTL), usedAt: nil, revokedAt: nil))
        return Session(
            accessToken: accessToken, refreshToken: refreshToken, expiresIn: Int(tokens.config.accessTokenTTL),
            user: UserView(user))
    }

    private func limitLogin(_ request: Request, _ context: AppRequestContext) throws {
        let ip = ClientAddress.of(request, remote: context.remoteAddress, trustForwardedFor: config.trustForwardedFor)
        let decision = limits.login(ip: ip)
        guard decision.allowed else { throw RateLimits.error(decision) }
    }
}

/// Input rules shared by the identity routes.
enum Validate {
    static func email(_ raw: String) throws -> String {
        let email = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.utf8.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !email.contains(where: { $0.isWhitespace })
        else { throw APIError.validation("email is not a valid email address") }
        return email
    }

    static func name(_ raw: String, field: String) throws -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(name.count) else { throw APIError.validation("\(field) must be 1 to 200 characters") }
        return name
    }
}
