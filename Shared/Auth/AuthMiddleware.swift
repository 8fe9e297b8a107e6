import CommerceModels
public import Hummingbird
public import HTTPTypes
import Logging

/// Verifies the bearer access token of every request below it, again (defence in depth: the gateway verified it
/// already, an agent trusts nothing it has not checked), and puts the ``Identity`` into the context.
/// No token, or any token that does not verify, answers 401. Headers such as `X-User-Id` or `X-Tenant-Id` are never
/// read: identity comes from the signed token alone.
public struct AuthMiddleware: RouterMiddleware {
    public typealias Context = AuthenticatedContext
    let tokens: AccessTokens

    public init(tokens: AccessTokens) { self.tokens = tokens }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token = Self.bearerToken(request.headers) else { throw APIError.unauthorized() }
        let verified = try await tokens.verify(token)
        var context = context
        context.identity = verified.identity(requestId: context.id)
        context.logger[metadataKey: "tenant"] = .string(verified.tenantId)
        context.logger[metadataKey: "user"] = .string(verified.userId)
        return try await next(request, context)
    }

    /// The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), or nil.
    public static func bearerToken(_ headers: HTTPFields) -> Substring? {
        headers.value(for: .authorization).flatMap(bearerToken(value:))
    }

    /// The token of an `Authorization` field's value: `Bearer <token>`, the scheme in any case, compared byte by byte.
    public static func bearerToken(value: String) -> Substring? {
        let utf8 = value.utf8
        var index = utf8.startIndex
        for expected in "bearer".utf8 {
            // `byte | 0x20` folds exactly the upper-case letter onto each (lower-case) letter of the scheme.
            guard index != utf8.endIndex, utf8[index] | 0x20 == expected else { return nil }
            utf8.formIndex(after: &index)
        }
        guard index != utf8.endIndex, utf8[index] == UInt8(ascii: " ") else { return nil }
        while index != utf8.endIndex, utf8[index] == UInt8(ascii: " ") { utf8.formIndex(after: &index) }
        return index == utf8.endIndex ? nil : value[index...]
    }
}

extension HTTPFields {
    /// The value of the fields named `name` as `self[name]` gives it (several fields joined with `, `), without the
    /// subscript's lazy join in the usual case of a single field: for lookups on every request.
    public func value(for name: HTTPField.Name) -> String? {
        var found: String?
        for field in self where field.name == name {
            guard found == nil else { return self[name] }
            found = field.value
        }
        return found
    }
}
