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
        guard let value = headers.value(for: .authorization) else { return nil }
        // Bytes and characters agree when the first eight bytes are ASCII: the scheme is compared byte by byte.
        let utf8 = value.utf8
        if utf8.count > 7, utf8.prefix(8).allSatisfy({ $0 < 0x80 }) {
            for (byte, expected) in zip(utf8.prefix(7), "bearer ".utf8) where byte != expected {
                guard expected != UInt8(ascii: " "), byte | 0x20 == expected else { return nil }
            }
            let token = value[utf8.index(utf8.startIndex, offsetBy: 7)...].drop(while: { $0 == " " })
            return token.isEmpty ? nil : token
        }
        let scheme = value.prefix(7)
        guard scheme.count == 7, scheme.lowercased() == "bearer " else { return nil }
        let token = value.dropFirst(7).drop(while: { $0 == " " })
        return token.isEmpty ? nil : Substring(token)
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
