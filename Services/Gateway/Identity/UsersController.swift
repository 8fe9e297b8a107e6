import Auth
import CommerceModels
import Foundation
import Hummingbird
import Logging

extension UserView: ResponseEncodable {}
extension Tenant: ResponseEncodable {}

/// `/api/users`: a tenant's administrator creates and lists its staff.
struct UsersController: Sendable {
    let store: any IdentityStore
    let hasher: PasswordHasher

    struct CreateBody: Decodable {
        var email: String
        var password: String
        var name: String
        var role: Role
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post(use: create)
        group.get(use: list)
    }

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<UserView> {
        let identity = try context.requireIdentity(Role.administrators)
        let body = try await request.decodeJSON(as: CreateBody.self, context: context)
        guard [.admin, .agent, .customer].contains(body.role) else {
            throw APIError.validation("role must be admin, agent or customer")
        }
        try PasswordHasher.validate(body.password)
        let user = User(
            id: UUID().uuidString.lowercased(), tenantId: identity.tenantId, email: try Validate.email(body.email),
            name: try Validate.name(body.name, field: "name"), role: body.role,
            passwordHash: try await hasher.hash(body.password), createdAt: Date())
        try await store.createUser(user)
        context.logger.info("user created", metadata: ["new_user": "\(user.id)", "role": "\(user.role.rawValue)"])
        return EditedResponse(status: .created, response: UserView(user))
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<UserView> {
        let identity = try context.requireIdentity(Role.administrators)
        let page = try PageRequest(limit: request.uri.queryParameters["limit"].map(String.init),
                                   cursor: request.uri.queryParameters["cursor"].map(String.init))
        return try await store.users(tenantId: identity.tenantId, page: page)
    }
}

/// `/api/admin/tenants`: the platform administrator creates tenants with their first admin, and lists them.
struct AdminController: Sendable {
    let store: any IdentityStore
    let hasher: PasswordHasher
    let plans: Set<String>

    struct CreateTenantBody: Decodable {
        struct Admin: Decodable {
            var email: String
            var password: String
            var name: String
        }
        var name: String
        var plan: String?
        var admin: Admin
    }

    struct CreatedTenant: ResponseEncodable {
        var tenant: Tenant
        var admin: UserView
    }

    func register(on group: RouterGroup<AuthenticatedContext>) {
        group.post("tenants", use: create)
        group.get("tenants", use: list)
    }

    @Sendable func create(_ request: Request, context: AuthenticatedContext) async throws -> EditedResponse<CreatedTenant> {
        _ = try context.requireIdentity([.platformAdmin])
        let body = try await request.decodeJSON(as: CreateTenantBody.self, context: context)
        let plan = body.plan ?? "free"
        guard plans.contains(plan) else {
            throw APIError.validation("plan must be one of \(plans.sorted().joined(separator: ", "))")
        }
        try PasswordHasher.validate(body.admin.password, field: "admin.password")
        let now = Date()
        let tenant = Tenant(
            id: UUID().uuidString.lowercased(), name: try Validate.name(body.name, field: "name"), plan: plan, createdAt: now)
        let admin = User(
            id: UUID().uuidString.lowercased(), tenantId: tenant.id, email: try Validate.email(body.admin.email),
            name: try Validate.name(body.admin.name, field: "admin.name"), role: .admin,
            passwordHash: try await hasher.hash(body.admin.password), createdAt: now)
        try await store.createTenant(tenant, admin: admin)
        context.logger.info("tenant created", metadata: ["tenant": "\(tenant.id)"])
        return EditedResponse(status: .created, response: CreatedTenant(tenant: tenant, admin: UserView(admin)))
    }

    @Sendable func list(_ request: Request, context: AuthenticatedContext) async throws -> Page<Tenant> {
        _ = try context.requireIdentity([.platformAdmin])
        let page = try PageRequest(limit: request.uri.queryParameters["limit"].map(String.init),
                                   cursor: request.uri.queryParameters["cursor"].map(String.init))
        return try await store.tenants(page: page)
    }
}

/// Creates the platform administrator from `PLATFORM_ADMIN_EMAIL`/`PLATFORM_ADMIN_PASSWORD` at first start.
enum PlatformAdminBootstrap {
    static func run(config: GatewayConfig, store: any IdentityStore, hasher: PasswordHasher, logger: Logger) async throws {
        guard let rawEmail = config.platformAdminEmail else { return }
        guard let password = config.platformAdminPassword else {
            logger.warning("PLATFORM_ADMIN_EMAIL is set without PLATFORM_ADMIN_PASSWORD: no platform admin created")
            return
        }
        let email = try Validate.email(rawEmail)
        try PasswordHasher.validate(password, field: "PLATFORM_ADMIN_PASSWORD")
        if try await store.user(email: email) != nil { return }
        let now = Date()
        let tenant = Tenant(id: UUID().uuidString.lowercased(), name: "platform", plan: "enterprise", createdAt: now)
        let admin = User(
            id: UUID().uuidString.lowercased(), tenantId: tenant.id, email: email, name: "Platform administrator",
            role: .platformAdmin, passwordHash: try await hasher.hash(password), createdAt: now)
        try await store.createTenant(tenant, admin: admin)
        logger.notice("platform admin created", metadata: ["email": "\(email)"])
    }
}
