import CommerceModels
import Foundation
public import Hummingbird
public import HTTPTypes
import Logging

/// Accepts the caller's `X-Request-ID` (when it is a sane token) or makes one, puts it into the logger's metadata
/// so every line about the request carries it, and returns it on the response, errors included.
public struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    public static var headerName: HTTPField.Name { HTTPField.Name("X-Request-ID")! }

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let requestId = request.headers[Self.headerName].flatMap(Self.acceptable) ?? TimeOrderedID.make()
        context.logger[metadataKey: "hb.request.id"] = .string(requestId)
        var response = try await next(request, context)
        response.headers[Self.headerName] = requestId
        return response
    }

    /// A client's id is kept when it is 1–128 characters of `[A-Za-z0-9._:-]`, so it cannot inject log lines.
    static func acceptable(_ value: String) -> String? {
        guard (1...128).contains(value.utf8.count),
              value.utf8.allSatisfy({ byte in
                  (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                      || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x3A
              })
        else { return nil }
        return value
    }
}
