import AsyncHTTPClient
import Auth
import CommerceModels
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import Prometheus
import ServiceRuntime

/// The forwarding path for the agents' prefixes, kept lean: it does not go through the router or the middleware
/// chain, and does in one straight line what they would (request id, limits, authentication, rate limit, forwarding,
/// error shape, access log, metrics).
///
/// Credentials are verified here (access tokens through a cache of verified tokens; API keys exchanged for a
/// short-lived access token), identity headers a client sent are removed, and the verified token is forwarded as
/// `Authorization: Bearer`, which the agent verifies again. Request bodies (bounded by `MAX_BODY_BYTES`) are read
/// before forwarding, so that an idempotent request can be retried and a JSON body's depth checked; the exchange
/// with the agent goes through ``UpstreamClient`` (pooled keep-alive connections, one write per request).
struct ProxyResponder: Sendable {
    let routes: RouteTable
    let pools: [ServiceIdentity: UpstreamPool]
    let timeouts: [ServiceIdentity: Duration]
    let client: UpstreamClient
    let authenticator: GatewayAuthenticator
    let limits: RateLimits
    let metrics: GatewayMetrics
    let config: GatewayConfig
    let maxBodyBytes: Int
    let rateLimitedTenant: Prometheus.Counter
    let rateLimitedIP: Prometheus.Counter

    init(routes: RouteTable, pools: [ServiceIdentity: UpstreamPool], client: UpstreamClient, authenticator: GatewayAuthenticator,
         limits: RateLimits, metrics: GatewayMetrics, config: GatewayConfig, maxBodyBytes: Int) {
        self.routes = routes
        self.pools = pools
        self.timeouts = config.timeouts
        self.client = client
        self.authenticator = authenticator
        self.limits = limits
        self.metrics = metrics
        self.config = config
        self.maxBodyBytes = maxBodyBytes
        self.rateLimitedTenant = metrics.rateLimitedCounter("tenant")
        self.rateLimitedIP = metrics.rateLimitedCounter("ip")
    }

    /// Request headers never forwarded: hop-by-hop ones, ones the gateway sets itself, and identity claims that only
    /// a verified token may carry.
    static let strippedRequestHeaders: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "host", "content-length", "authorization", "x-request-id",
        "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded", "x-real-ip",
        "x-user-id", "x-user-role", "x-user-email", "x-tenant-id", "x-tenant", "x-role", "x-identity",
        "x-authenticated-user", "x-auth-user", "x-remote-user", "remote-user", "x-api-key-id", "x-internal-identity",
    ]

    static let strippedResponseHeaders: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "x-request-id",
        "server", "date",
    ]

    static let idempotentMethods: Set<HTTPRequest.Method> = [.get, .head, .options, .put, .delete]

    // MARK: - The request path

    func handle(_ request: Request, context: AppRequestContext, route: RouteTable.Route) async -> Response {
        let start = ContinuousClock.now
        let requestId = request.headers[RequestIDMiddleware<AppRequestContext>.headerName].flatMap(RequestID.acceptable)
            ?? TimeOrderedID.make()
        var logger = context.logger
        logger[metadataKey: "hb.request.id"] = .string(requestId)
        var upstreamName = "-"
        var rateDecision: TokenBucketLimiter.Decision?
        var response: Response
        do {
            response = try await forward(
                request, context: context, route: route, requestId: requestId, logger: &logger,
                upstreamName: &upstreamName, rateDecision: &rateDecision)
        } catch {
            let apiError = Self.apiError(for: error)
            if apiError.status >= 500 {
                logger.warning("upstream request failed", metadata: ["error": "\(error)", "upstream": "\(upstreamName)"])
            }
            response = ErrorMiddleware<AppRequestContext>.response(for: apiError, requestId: requestId)
        }
        response.headers[RequestIDMiddleware<AppRequestContext>.headerName] = requestId
        if let rateDecision { RateLimits.apply(rateDecision, to: &response.headers) }
        let elapsed = start.duration(to: .now)
        let status = Int(response.status.code)
        route.metrics.record(status: status, duration: elapsed)
        logger.info(
            "\(request.method) \(LoggedPath.redacting(request.uri.path)) \(status)",
            metadata: [
                "route": .string(route.prefix), "status": .stringConvertible(status), "upstream": .string(upstreamName),
                "latency_ms": .string(String(format: "%.3f", Double(elapsed.components.attoseconds) / 1e15
                                             + Double(elapsed.components.seconds) * 1000)),
            ])
        return response
    }

    private func forward(
        _ request: Request, context: AppRequestContext, route: RouteTable.Route, requestId: String, logger: inout Logger,
        upstreamName: inout String, rateDecision: inout TokenBucketLimiter.Decision?
    ) async throws -> Response {
        try Self.checkHeaderSize(request.headers, limit: config.maxHeaderBytes)
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBodyBytes {
            throw APIError.payloadTooLarge(limit: maxBodyBytes)
        }
        let path = request.uri.path[...]

        // Who is asking: a verified token, or nobody on a public route.
        var forwardToken: String?
        if let credential = AuthMiddleware.bearerToken(request.headers) {
            let authenticated = try await authenticator.authenticate(credential)
            forwardToken = authenticated.forwardToken
            logger[metadataKey: "tenant"] = .string(authenticated.verified.tenantId)
            let decision = await limits.tenant(authenticated.verified.tenantId)
            rateDecision = decision
            guard decision.allowed else {
                rateLimitedTenant.increment()
                throw RateLimits.error(decision)
            }
        } else if RouteTable.isPublic(route, path: path) {
            let ip = ClientAddress.of(request, remote: context.remoteAddress, trustForwardedFor: config.trustForwardedFor)
            let decision = limits.anonymous(ip: ip)
            rateDecision = decision
            guard decision.allowed else {
                rateLimitedIP.increment()
                throw RateLimits.error(decision)
            }
        } else {
            throw APIError.unauthorized()
        }

        // The body, read once (bounded) so that it can be checked and replayed on a retry.
        var body: ByteBuffer?
        if request.headers[.contentLength].map({ $0 != "0" }) ?? (request.headers[.transferEncoding] != nil) {
            var request = request
            let buffer: ByteBuffer
            do {
                buffer = try await request.collectBody(upTo: maxBodyBytes)
            } catch is NIOTooManyBytesError {
                throw APIError.payloadTooLarge(limit: maxBodyBytes)
            }
            if Self.isJSON(request.headers), !JSONDepth.isWithin(buffer, limit: config.maxJSONDepth) {
                throw APIError.validation("body nests deeper than \(config.maxJSONDepth) levels")
            }
            body = buffer
        }

        guard let pool = pools[route.service] else { throw APIError.unavailable("no upstream for \(route.prefix)") }
        var headers = HTTPHeaders()
        headers.reserveCapacity(request.headers.count + 6)
        for field in request.headers where !Self.strippedRequestHeaders.contains(field.name.canonicalName) {
            headers.add(name: field.name.rawName, value: field.value)
        }
        if let forwardToken { headers.add(name: "Authorization", value: "Bearer \(forwardToken)") }
        headers.add(name: "X-Request-ID", value: requestId)
        if let peer = context.remoteAddress?.ipAddress { headers.add(name: "X-Forwarded-For", value: peer) }
        headers.add(name: "X-Forwarded-Proto", value: "http")
        if let host = request.head.authority { headers.add(name: "X-Forwarded-Host", value: host) }
        if let body { headers.add(name: "Content-Length", value: String(body.readableBytes)) }
        let method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        let target = request.head.path ?? "/"
        let timeout = timeouts[route.service] ?? .seconds(30)
        let timeoutAmount = TimeAmount.nanoseconds(
            timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)
        let retryable = Self.idempotentMethods.contains(request.method)
        let maxAttempts = retryable ? 1 + config.retries : 1

        var tried: [Int] = []
        var lastError: (any Error)?
        for _ in 0..<maxAttempts {
            guard let picked = pool.pick(excluding: tried.count < pool.upstreams.count ? tried : []) else {
                if let lastError { throw lastError }
                throw APIError.unavailable(
                    "\(route.service.name) is unavailable (circuit open)", retryAfterSeconds: pool.retryAfterSeconds)
            }
            let (index, upstream) = picked
            tried.append(index)
            upstreamName = upstream.baseURL
            headers.replaceOrAdd(name: "Host", value: upstream.hostHeader)
            let head = HTTPRequestHead(version: .http1_1, method: method, uri: target, headers: headers)
            let attemptStart = ContinuousClock.now
            do {
                let upstreamResponse = try await client.execute(
                    host: upstream.host, port: upstream.port, tls: upstream.tls, head: head, body: body,
                    timeout: timeoutAmount)
                upstream.latency.record(attemptStart.duration(to: .now))
                let code = Int(upstreamResponse.head.status.code)
                if code == 502 || code == 503 || code == 504 {
                    upstream.failures.increment()
                    upstream.breaker.recordFailure()
                } else {
                    upstream.breaker.recordSuccess()
                }
                return Self.response(from: upstreamResponse)
            } catch {
                upstream.latency.record(attemptStart.duration(to: .now))
                upstream.failures.increment()
                upstream.breaker.recordFailure()
                lastError = UpstreamError(service: route.service, underlying: error)
                if Self.isTimeout(error) { break }
            }
        }
        throw lastError ?? APIError.badGateway()
    }

    // MARK: - Helpers

    /// The client's response for an upstream's answer, without the hop-by-hop headers.
    static func response(from upstream: UpstreamResponse) -> Response {
        var headers = HTTPFields()
        headers.reserveCapacity(upstream.head.headers.count)
        for (name, value) in upstream.head.headers {
            let lowered = name.lowercased()
            if strippedResponseHeaders.contains(lowered) || lowered == "content-length" { continue }
            if let field = HTTPField.Name(name) { headers.append(HTTPField(name: field, value: value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: Int(upstream.head.status.code)), headers: headers,
            body: ResponseBody(byteBuffer: upstream.body))
    }

    static func isJSON(_ headers: HTTPFields) -> Bool {
        guard let type = headers[.contentType] else { return false }
        return type.lowercased().contains("json")
    }

    static func checkHeaderSize(_ headers: HTTPFields, limit: Int) throws {
        var total = 0
        for field in headers { total += field.name.rawName.utf8.count + field.value.utf8.count + 4 }
        guard total <= limit else {
            throw APIError(status: 431, code: "headers_too_large", message: "request headers exceed \(limit) bytes")
        }
    }

    static func isTimeout(_ error: any Error) -> Bool {
        if let error = error as? UpstreamClientError { return error == .timeout }
        guard let error = error as? HTTPClientError else { return false }
        return error == .deadlineExceeded || error == .readTimeout || error == .writeTimeout
    }

    /// The API error of a failed exchange: 504 on a timeout, 503 when the upstream cannot be reached, else 502.
    static func apiError(for error: any Error) -> APIError {
        switch error {
        case let apiError as APIError:
            return apiError
        case let upstream as UpstreamError:
            let name = upstream.service.name
            if isTimeout(upstream.underlying) { return .gatewayTimeout("\(name) did not answer in time") }
            if isConnectFailure(upstream.underlying) {
                return .unavailable("\(name) is unavailable", retryAfterSeconds: 1)
            }
            return .badGateway("\(name) failed to answer")
        case is CancellationError:
            return .unavailable("the gateway is shutting down", retryAfterSeconds: 1)
        default:
            return .badGateway()
        }
    }

    static func isConnectFailure(_ error: any Error) -> Bool {
        if let error = error as? UpstreamClientError {
            switch error {
            case .connect, .closed: return true
            case .timeout, .tooLarge, .invalidResponse: return false
            }
        }
        if let error = error as? HTTPClientError {
            return error == .connectTimeout || error == .getConnectionFromPoolTimeout || error == .remoteConnectionClosed
        }
        let text = String(describing: error).lowercased()
        return text.contains("connect") || text.contains("refused") || text.contains("unreachable")
    }
}

/// A transport failure talking to an upstream.
struct UpstreamError: Error, CustomStringConvertible {
    let service: ServiceIdentity
    let underlying: any Error
    var description: String { "\(service.name): \(underlying)" }
}

/// The request-id rule of the runtime's middleware (kept in step with `RequestIDMiddleware.acceptable`).
enum RequestID {
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
