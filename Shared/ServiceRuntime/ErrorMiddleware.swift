import Foundation
public import CommerceModels
public import Hummingbird
public import HTTPTypes
import Logging
public import NIOCore

/// Turns every error thrown below it into API.md's one error shape with the right status,
/// and logs server-side failures. A 500 here is a bug, logged at `error` with the request id.
public struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = Self.apiError(for: error, request: request)
            if apiError.status >= 500 {
                context.logger.error("request failed", metadata: ["status": "\(apiError.status)", "error": "\(error)"])
            } else {
                context.logger.debug("request refused", metadata: ["status": "\(apiError.status)", "code": "\(apiError.code)"])
            }
            return Self.response(for: apiError, requestId: context.id)
        }
    }

    /// Maps any error to the API error a client sees.
    public static func apiError(for error: any Error, request: Request) -> APIError {
        switch error {
        case let apiError as APIError:
            return apiError
        case let convertible as any APIErrorConvertible:
            return convertible.apiError
        case is NIOTooManyBytesError:
            return .payloadTooLarge(limit: 0)
        case let httpError as HTTPError:
            let message = httpError.body ?? httpError.status.reasonPhrase
            switch httpError.status {
            case .notFound: return .notFound("no route for \(request.method) \(request.uri.path)")
            case .methodNotAllowed: return .methodNotAllowed("\(request.method) is not allowed on \(request.uri.path)")
            case .contentTooLarge: return APIError(status: 413, code: "payload_too_large", message: message)
            case .badRequest: return .badRequest(message)
            case .unauthorized: return .unauthorized(message)
            case .forbidden: return .forbidden(message)
            default:
                return APIError(status: Int(httpError.status.code), code: Self.code(for: Int(httpError.status.code)), message: message)
            }
        case let responseError as any HTTPResponseError:
            let status = Int(responseError.status.code)
            return APIError(status: status, code: Self.code(for: status), message: responseError.status.reasonPhrase)
        case is CancellationError:
            return .unavailable("the service is shutting down", retryAfterSeconds: 1)
        default:
            return .internal()
        }
    }

    /// The JSON response for `error`.
    public static func response(for error: APIError, requestId: String?) -> Response {
        let (head, body) = parts(for: error, requestId: requestId)
        return Response(status: head.status, headers: head.headerFields, body: ResponseBody(byteBuffer: body))
    }

    /// The same answer as a response head (status, `Content-Type`, the error's own fields such as `Retry-After`)
    /// and its JSON body, for code that writes to the channel itself.
    public static func parts(for error: APIError, requestId: String?) -> (head: HTTPResponse, body: ByteBuffer) {
        let body = ErrorResponseBody(code: error.code, message: error.message, requestId: requestId)
        let data = (try? JSONEncoder().encode(body)) ?? Data(#"{"error":{"code":"internal_error","message":"internal error"}}"#.utf8)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        for (name, value) in error.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return (HTTPResponse(status: HTTPResponse.Status(code: error.status), headerFields: headers), ByteBuffer(bytes: data))
    }

    static func code(for status: Int) -> String {
        switch status {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 408: "request_timeout"
        case 409: "conflict"
        case 413: "payload_too_large"
        case 415: "unsupported_media_type"
        case 422: "unprocessable"
        case 429: "rate_limited"
        case 502: "bad_gateway"
        case 503: "service_unavailable"
        case 504: "gateway_timeout"
        case 400..<500: "client_error"
        default: "internal_error"
        }
    }
}

/// An error of another module that knows which API error it is (a messaging `connection.blocked` is a 503, …).
public protocol APIErrorConvertible: Error {
    var apiError: APIError { get }
}
