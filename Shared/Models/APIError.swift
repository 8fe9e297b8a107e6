/// The one error shape of the public API:
/// `{"error": {"code": "validation_failed", "message": "rating must be between 1 and 5", "requestId": "…"}}`.
///
/// Every module throws `APIError` (or an error that maps to one) for anything a client should see; the HTTP edge
/// turns it into the body above with `status`. Anything else reaching the edge is a bug and answers 500.
public struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Machine-readable code, snake_case (`validation_failed`, `not_found`, …).
    public var code: String
    /// Human-readable message; names the offending field for validation errors.
    public var message: String
    /// HTTP status code.
    public var status: Int
    /// Extra response headers (`Retry-After` on 429/503, `WWW-Authenticate` on 401).
    public var headers: [String: String]

    public init(status: Int, code: String, message: String, headers: [String: String] = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public var description: String { "\(status) \(code): \(message)" }

    // MARK: - The statuses of API.md

    public static func validation(_ message: String) -> APIError {
        APIError(status: 400, code: "validation_failed", message: message)
    }
    public static func badRequest(_ message: String) -> APIError {
        APIError(status: 400, code: "bad_request", message: message)
    }
    public static func unauthorized(_ message: String = "missing or invalid credentials") -> APIError {
        APIError(status: 401, code: "unauthorized", message: message, headers: ["WWW-Authenticate": "Bearer"])
    }
    public static func forbidden(_ message: String = "not allowed") -> APIError {
        APIError(status: 403, code: "forbidden", message: message)
    }
    public static func notFound(_ message: String = "not found") -> APIError {
        APIError(status: 404, code: "not_found", message: message)
    }
    public static func methodNotAllowed(_ message: String = "method not allowed") -> APIError {
        APIError(status: 405, code: "method_not_allowed", message: message)
    }
    public static func conflict(_ message: String) -> APIError {
        APIError(status: 409, code: "conflict", message: message)
    }
    public static func payloadTooLarge(limit: Int) -> APIError {
        APIError(status: 413, code: "payload_too_large", message: "request body exceeds \(limit) bytes")
    }
    public static func unsupportedMediaType(_ message: String = "content type must be application/json") -> APIError {
        APIError(status: 415, code: "unsupported_media_type", message: message)
    }
    public static func unprocessable(_ message: String) -> APIError {
        APIError(status: 422, code: "unprocessable", message: message)
    }
    public static func rateLimited(retryAfterSeconds: Int) -> APIError {
        APIError(
            status: 429, code: "rate_limited", message: "too many requests; retry after \(retryAfterSeconds) s",
            headers: ["Retry-After": String(retryAfterSeconds)])
    }
    public static func badGateway(_ message: String = "upstream failed") -> APIError {
        APIError(status: 502, code: "bad_gateway", message: message)
    }
    public static func unavailable(_ message: String, retryAfterSeconds: Int? = nil) -> APIError {
        APIError(
            status: 503, code: "service_unavailable", message: message,
            headers: retryAfterSeconds.map { ["Retry-After": String($0)] } ?? [:])
    }
    public static func gatewayTimeout(_ message: String = "upstream timed out") -> APIError {
        APIError(status: 504, code: "gateway_timeout", message: message)
    }
    public static func `internal`(_ message: String = "internal error") -> APIError {
        APIError(status: 500, code: "internal_error", message: message)
    }
}

/// The JSON body of an error response.
public struct ErrorResponseBody: Codable, Sendable, Equatable {
    public struct Detail: Codable, Sendable, Equatable {
        public var code: String
        public var message: String
        public var requestId: String?
    }
    public var error: Detail

    public init(code: String, message: String, requestId: String?) {
        self.error = Detail(code: code, message: message, requestId: requestId)
    }
}
