import CommerceModels
public import Hummingbird
public import NIOCore
public import ServiceRuntime

/// The request context of authenticated routes: the daemon's `AppRequestContext` plus the verified identity.
///
/// Routes get it through a context-transforming group, so `AppRequestContext` stays as it is:
/// ```
/// let api = daemon.router.group("api/customer-service", context: AuthenticatedContext.self)
///     .add(middleware: AuthMiddleware(tokens: tokens))
/// api.get("faqs") { request, context in let identity = try context.requireIdentity() … }
/// ```
public struct AuthenticatedContext: ChildRequestContext {
    public typealias ParentContext = AppRequestContext
    public var coreContext: CoreRequestContextStorage
    public var maxUploadSize: Int
    /// The peer's address.
    public let remoteAddress: SocketAddress?
    /// Set by ``AuthMiddleware`` once the token is verified; nil before.
    public var identity: Identity?

    public init(context: AppRequestContext) throws {
        self.coreContext = context.coreContext
        self.maxUploadSize = context.maxUploadSize
        self.remoteAddress = context.remoteAddress
        self.identity = nil
    }

    /// The `X-Request-ID` of this request.
    public var requestId: String { id }

    /// The verified identity, or 401.
    public func requireIdentity() throws -> Identity {
        guard let identity else { throw APIError.unauthorized() }
        return identity
    }

    /// The verified identity when its role is one of `roles`; 401 without one, 403 with another role.
    public func requireIdentity(_ roles: Set<Role>) throws -> Identity {
        let identity = try requireIdentity()
        try identity.require(roles)
        return identity
    }
}
