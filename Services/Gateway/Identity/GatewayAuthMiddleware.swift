import Auth
import Foundation
import NIOCore
import CommerceModels
import HTTPTypes
import Hummingbird
import Logging

/// The gateway's own authenticated routes (`me`, `users`, `api-keys`, `admin`): an access token or an API key,
/// then the tenant's rate limit.
struct GatewayAuthMiddleware: RouterMiddleware {
    typealias Context = AuthenticatedContext
    let authenticator: GatewayAuthenticator
    let limits: RateLimits

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let credential = AuthMiddleware.bearerToken(request.headers) else { throw APIError.unauthorized() }
        let authenticated = try await authenticator.authenticate(credential)
        let decision = await limits.tenant(authenticated.verified.tenantId)
        guard decision.allowed else { throw RateLimits.error(decision) }
        var context = context
        context.identity = authenticated.verified.identity(requestId: context.id)
        context.logger[metadataKey: "tenant"] = .string(authenticated.verified.tenantId)
        context.logger[metadataKey: "user"] = .string(authenticated.verified.userId)
        var response = try await next(request, context)
        RateLimits.apply(decision, to: &response.headers)
        return response
    }
}

/// The gateway's rate limits: per tenant by plan, per IP for anonymous and login requests.
struct RateLimits: Sendable {
    let limiter: TokenBucketLimiter
    let config: GatewayConfig
    let authenticator: GatewayAuthenticator

    func tenant(_ tenantId: String) async -> TokenBucketLimiter.Decision {
        take(tenantId: tenantId, plan: await authenticator.plan(tenantId: tenantId))
    }

    /// The tenant's decision when its plan is cached, else nil (and no token taken). Never waits.
    func cachedTenant(_ tenantId: String) -> TokenBucketLimiter.Decision? {
        authenticator.cachedPlan(tenantId: tenantId).map { take(tenantId: tenantId, plan: $0) }
    }

    private func take(tenantId: String, plan: String) -> TokenBucketLimiter.Decision {
        limiter.take("tenant:\(tenantId)", limit: config.planLimits[plan] ?? config.planLimits["free"]!)
    }

    func anonymous(ip: String) -> TokenBucketLimiter.Decision {
        limiter.take("ip:\(ip)", limit: config.anonymousLimit)
    }

    func login(ip: String) -> TokenBucketLimiter.Decision {
        limiter.take("login:\(ip)", limit: config.loginLimit)
    }

    /// The 429 of a refused decision, with `Retry-After` and the `RateLimit-*` fields.
    static func error(_ decision: TokenBucketLimiter.Decision) -> APIError {
        var error = APIError.rateLimited(retryAfterSeconds: decision.retryAfterSeconds)
        for (name, value) in decision.headers { error.headers[name] = value }
        return error
    }

    static func apply(_ decision: TokenBucketLimiter.Decision, to headers: inout HTTPFields) {
        headers[limitField] = String(decision.limit)
        headers[remainingField] = String(decision.remaining)
        headers[resetField] = String(decision.resetSeconds)
    }

    private static let limitField = HTTPField.Name("RateLimit-Limit")!
    private static let remainingField = HTTPField.Name("RateLimit-Remaining")!
    private static let resetField = HTTPField.Name("RateLimit-Reset")!
}

/// The client's address for per-IP limits: the peer, or with `TRUST_FORWARDED_FOR` the first `X-Forwarded-For`.
enum ClientAddress {
    static func of(_ request: Request, remote: SocketAddress?, trustForwardedFor: Bool) -> String {
        of(request.headers, remote: remote, trustForwardedFor: trustForwardedFor)
    }

    static func of(_ headers: HTTPFields, remote: SocketAddress?, trustForwardedFor: Bool) -> String {
        of(forwardedFor: headers[HTTPField.Name("X-Forwarded-For")!], remote: remote, trustForwardedFor: trustForwardedFor)
    }

    /// `forwardedFor`: the request's `X-Forwarded-For` field.
    static func of(forwardedFor: String?, remote: SocketAddress?, trustForwardedFor: Bool) -> String {
        if trustForwardedFor, let forwarded = forwardedFor, let first = forwarded.split(separator: ",").first {
            return first.trimmingCharacters(in: .whitespaces)
        }
        return remote?.ipAddress ?? "unknown"
    }
}
