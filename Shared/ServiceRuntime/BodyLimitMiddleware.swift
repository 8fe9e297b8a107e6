import CommerceModels
public import Hummingbird

/// Applies the service's body limit: a declared `Content-Length` past it is refused with 413 before any byte of
/// the body is read, and `decodeJSON` stops reading a chunked body at the same limit.
public struct BodyLimitMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let maxBodyBytes: Int

    public init(maxBodyBytes: Int) { self.maxBodyBytes = maxBodyBytes }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
            throw APIError.payloadTooLarge(limit: maxBodyBytes)
        }
        var context = context
        context.maxUploadSize = maxBodyBytes
        return try await next(request, context)
    }
}
