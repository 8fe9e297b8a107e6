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
import Synchronization

/// The forwarding path for the agents' prefixes, kept lean: it does not go through the router or the middleware
/// chain, and does in one straight line what they would (request id, limits, authentication, rate limit, forwarding,
/// error shape, access log, metrics). Most requests never reach ``handle(_:context:route:)``: ``ProxyChannelHandler``
/// runs the same steps on the connection's event loop when everything they need is cached.
///
/// Credentials are verified here (access tokens through a cache of verified tokens; API keys exchanged for a
/// short-lived access token), identity headers a client sent are removed, and the verified token is forwarded as
/// `Authorization: Bearer`, which the agent verifies again. Request bodies (bounded by `MAX_BODY_BYTES`) are read
/// before forwarding, so that an idempotent request can be retried and a JSON body's depth checked; the exchange
/// with the agent goes through ``UpstreamClient`` (pooled keep-alive connections, one write per request).
final class ProxyResponder: Sendable {
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
    static let strippedRequestHeaders: HeaderNameSet = [
        "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "host", "content-length", "authorization", "x-request-id",
        "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded", "x-real-ip",
        "x-user-id", "x-user-role", "x-user-email", "x-tenant-id", "x-tenant", "x-role", "x-identity",
        "x-authenticated-user", "x-auth-user", "x-remote-user", "remote-user", "x-api-key-id", "x-internal-identity",
    ]

    static let strippedResponseHeaders: HeaderNameSet = [
        "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "x-request-id",
        "server", "date", "content-length", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset",
    ]

    /// Methods whose request may be sent again to another upstream after a transport failure.
    static func isIdempotent(_ method: NIOHTTP1.HTTPMethod) -> Bool {
        switch method {
        case .GET, .HEAD, .OPTIONS, .PUT, .DELETE: true
        default: false
        }
    }

    /// `X-Request-ID` (the runtime's `RequestIDMiddleware.headerName`, which makes a new name on each use).
    static let requestIdField = RequestIDMiddleware<AppRequestContext>.headerName

    // MARK: - The request path

    /// A request the proxy lets through: the token to forward (none on a public route) and the rate-limit decision
    /// whose `RateLimit-*` fields the answer carries.
    struct Admission: Sendable {
        var forwardToken: String?
        var tenantId: String?
        var decision: TokenBucketLimiter.Decision
    }

    /// What the caches alone say about a request: let through, or ask ``admit(_:route:remote:)``.
    enum CachedAdmission: Sendable {
        case admitted(Admission)
        /// The credential or the tenant's plan is not cached; nothing was counted against any limit yet.
        case needsLookup
    }

    /// The request through Hummingbird's responder: the requests ``ProxyChannelHandler`` does not take on the event
    /// loop (credentials or plans not cached yet, and everything while the connection has a router request open).
    func handle(_ request: Request, context: AppRequestContext, route: RouteTable.Route) async -> Response {
        let start = ContinuousClock.now
        let requestId = Self.requestId(request.headers[Self.requestIdField])
        var tenantId: String?
        var upstreamName = "-"
        var decision: TokenBucketLimiter.Decision?
        var response: Response
        do {
            // The request in NIO's form, as the event-loop path sees it (`Host` from the authority, cookies joined).
            let head = try HTTPRequestHead(request.head)
            let admission = try await admit(head, route: route, remote: context.remoteAddress)
            tenantId = admission.tenantId
            decision = admission.decision
            var body: ByteBuffer?
            if Self.hasBody(request.headers) {
                var request = request
                do {
                    body = try await request.collectBody(upTo: maxBodyBytes)
                } catch is NIOTooManyBytesError {
                    throw APIError.payloadTooLarge(limit: maxBodyBytes)
                }
            }
            let upstreamRequest = try upstreamRequest(
                head, admission: admission, requestId: requestId, peer: context.remoteAddress?.ipAddress, body: body)
            let exchanged = try await exchange(
                route: route, request: upstreamRequest, idempotent: Self.isIdempotent(head.method),
                on: client.preferredEventLoop
            ).get()
            upstreamName = exchanged.upstream
            let fields = Self.responseFields(exchanged.response, requestId: requestId, decision: decision)
            response = Response(
                status: HTTPResponse.Status(code: Int(exchanged.response.head.status.code)),
                headers: HTTPFields(fields, splitCookie: false), body: ResponseBody(byteBuffer: exchanged.response.body))
        } catch {
            let failure = failed(error, requestId: requestId, logger: context.logger)
            upstreamName = failure.upstream ?? upstreamName
            response = ErrorMiddleware<AppRequestContext>.response(for: failure.error, requestId: requestId)
            response.headers[Self.requestIdField] = requestId
            if let decision, failure.error.status != 429 { RateLimits.apply(decision, to: &response.headers) }
        }
        record(
            route: route, method: request.method.rawValue, path: request.uri.path[...], status: Int(response.status.code), start: start,
            requestId: requestId, tenantId: tenantId, upstream: upstreamName, logger: context.logger)
        return response
    }

    /// The checks before the body: header and declared body sizes, the credential (verified access tokens and
    /// exchanged API keys come from caches), the rate limit. Throws the API error that refuses the request.
    func admitFromCache(_ head: HTTPRequestHead, route: RouteTable.Route, remote: SocketAddress?) throws -> CachedAdmission {
        try Self.checkHeaderSize(head.headers, limit: config.maxHeaderBytes)
        if let length = head.headers.first(name: "content-length").flatMap({ Int($0) }), length > maxBodyBytes {
            throw APIError.payloadTooLarge(limit: maxBodyBytes)
        }
        if let credential = Self.bearerCredential(head.headers) {
            guard let authenticated = try authenticator.cachedAuthentication(credential),
                  let decision = limits.cachedTenant(authenticated.verified.tenantId)
            else { return .needsLookup }
            return .admitted(try admitted(authenticated, decision))
        }
        guard RouteTable.isPublic(route, path: Self.pathOnly(head.uri)) else { throw APIError.unauthorized() }
        let ip = ClientAddress.of(
            forwardedFor: head.headers.first(name: "x-forwarded-for"), remote: remote, trustForwardedFor: config.trustForwardedFor)
        let decision = limits.anonymous(ip: ip)
        guard decision.allowed else {
            rateLimitedIP.increment()
            throw RateLimits.error(decision)
        }
        return .admitted(Admission(forwardToken: nil, tenantId: nil, decision: decision))
    }

    /// ``admitFromCache(_:route:remote:)``, looking up what is not cached (the credential in the store, the plan).
    func admit(_ head: HTTPRequestHead, route: RouteTable.Route, remote: SocketAddress?) async throws -> Admission {
        if case .admitted(let admission) = try admitFromCache(head, route: route, remote: remote) { return admission }
        guard let credential = Self.bearerCredential(head.headers) else { throw APIError.unauthorized() }
        let authenticated = try await authenticator.authenticate(credential)
        return try admitted(authenticated, await limits.tenant(authenticated.verified.tenantId))
    }

    private func admitted(_ authenticated: GatewayAuthenticator.Authenticated, _ decision: TokenBucketLimiter.Decision) throws -> Admission {
        guard decision.allowed else {
            rateLimitedTenant.increment()
            throw RateLimits.error(decision)
        }
        return Admission(forwardToken: authenticated.forwardToken, tenantId: authenticated.verified.tenantId, decision: decision)
    }

    /// The request for the agent (its `Host` field depends on the upstream): the client's headers minus the stripped
    /// ones (`Cookie` fields joined into one, as HTTP/1.1 wants), the verified token, the request id and the
    /// `X-Forwarded-*` fields (`peer`: the client's IP address). Checks a JSON body's depth. The client's fields passed
    /// NIO's parser (names are tokens; values hold no CR, LF or NUL).
    func upstreamRequest(
        _ request: HTTPRequestHead, admission: Admission, requestId: String, peer: String?, body: ByteBuffer?
    ) throws -> UpstreamRequest {
        if let body, Self.isJSON(request.headers), !JSONDepth.isWithin(body, limit: config.maxJSONDepth) {
            throw APIError.validation("body nests deeper than \(config.maxJSONDepth) levels")
        }
        var line = WireText(capacity: request.uri.utf8.count + 20)
        line.append(request.method.rawValue)
        line.append(" ")
        line.append(request.uri)
        line.append(" HTTP/1.1\r\n")
        var fields = WireText(capacity: 384 + (admission.forwardToken?.utf8.count ?? 0))
        var cookies: [String] = []
        var authority: String?
        for (name, value) in request.headers {
            if Self.isHost(name) {
                if authority == nil { authority = value }
            } else if Self.isCookie(name) {
                cookies.append(value)
            } else if !Self.strippedRequestHeaders.contains(name) {
                fields.field(name, value)
            }
        }
        if !cookies.isEmpty { fields.field("Cookie", cookies.joined(separator: "; ")) }
        if let token = admission.forwardToken {
            fields.append("Authorization: Bearer ")
            fields.append(token)
            fields.endLine()
        }
        fields.field("X-Request-ID", requestId)
        if let peer { fields.field("X-Forwarded-For", peer) }
        fields.field("X-Forwarded-Proto", "http")
        if let authority { fields.field("X-Forwarded-Host", authority) }
        if let body { fields.field("Content-Length", String(body.readableBytes)) }
        fields.endLine()
        return UpstreamRequest(method: request.method, requestLine: line.bytes, fields: fields.bytes, body: body)
    }

    /// An agent's answer and which of the service's upstreams gave it.
    struct Exchanged: Sendable {
        var response: UpstreamResponse
        var upstream: String
    }

    /// Sends the request to one of the route's upstreams (round-robin, past open breakers); after a transport
    /// failure an idempotent request is tried once more on another. The answer arrives on `loop`.
    func exchange(
        route: RouteTable.Route, request: UpstreamRequest, idempotent: Bool, on loop: any EventLoop
    ) -> EventLoopFuture<Exchanged> {
        guard let pool = pools[route.service] else {
            return loop.makeFailedFuture(APIError.unavailable("no upstream for \(route.prefix)"))
        }
        let timeout = timeouts[route.service] ?? .seconds(30)
        let attempt = Attempt(
            proxy: self, pool: pool, route: route, request: request, loop: loop,
            timeout: .nanoseconds(timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000))
        let promise = loop.makePromise(of: Exchanged.self)
        attempt.run(remaining: idempotent ? 1 + config.retries : 1, tried: [], lastError: nil, promise: promise)
        return promise.futureResult
    }

    /// One request's attempts on the upstreams of its service.
    private struct Attempt: Sendable {
        let proxy: ProxyResponder
        let pool: UpstreamPool
        let route: RouteTable.Route
        let request: UpstreamRequest
        let loop: any EventLoop
        let timeout: TimeAmount

        func run(remaining: Int, tried: [Int], lastError: (any Error)?, promise: EventLoopPromise<Exchanged>) {
            guard remaining > 0 else { return promise.fail(lastError ?? APIError.badGateway()) }
            guard let (index, upstream) = pool.pick(excluding: tried.count < pool.upstreams.count ? tried : []) else {
                return promise.fail(lastError ?? APIError.unavailable(
                    "\(route.service.name) is unavailable (circuit open)", retryAfterSeconds: pool.retryAfterSeconds))
            }
            let started = ContinuousClock.now
            proxy.client.execute(
                on: loop, host: upstream.host, port: upstream.port, tls: upstream.tls, key: upstream.poolKey,
                hostField: upstream.hostHeader, request: request, timeout: timeout
            ) { result in
                let elapsed = started.duration(to: .now)
                switch result {
                case .success(let response):
                    // The breaker before the answer (a pipelined request answered next may ask it), the histogram
                    // after: on the loop, succeed runs the client's write now.
                    let code = response.head.status.code
                    if code == 502 || code == 503 || code == 504 {
                        upstream.failures.increment()
                        upstream.breaker.recordFailure()
                    } else {
                        upstream.breaker.recordSuccess()
                    }
                    promise.succeed(Exchanged(response: response, upstream: upstream.baseURL))
                    upstream.latency.record(elapsed)
                case .failure(let error):
                    upstream.latency.record(elapsed)
                    upstream.failures.increment()
                    upstream.breaker.recordFailure()
                    let failure = UpstreamError(service: route.service, upstream: upstream.baseURL, underlying: error)
                    if ProxyResponder.isTimeout(error) { return promise.fail(failure) }
                    run(remaining: remaining - 1, tried: tried + [index], lastError: failure, promise: promise)
                }
            }
        }
    }

    /// The API error a failed request answers with (logged when it is the gateway's or an agent's fault), and the
    /// upstream involved.
    func failed(_ error: any Error, requestId: String, logger: Logger) -> (error: APIError, upstream: String?) {
        let apiError = Self.apiError(for: error)
        let upstream = (error as? UpstreamError)?.upstream
        if apiError.status >= 500 {
            logger.warning(
                "upstream request failed",
                metadata: ["hb.request.id": .string(requestId), "error": "\(error)", "upstream": .string(upstream ?? "-")])
        }
        return (apiError, upstream)
    }

    /// Metrics and the access log line of a finished request.
    func record(
        route: RouteTable.Route, method: String, path: Substring, status: Int, start: ContinuousClock.Instant,
        requestId: String, tenantId: String?, upstream: String, logger: Logger
    ) {
        let elapsed = start.duration(to: .now)
        route.metrics.record(status: status, duration: elapsed)
        logger.info(
            "\(method) \(LoggedPath.redacting(String(path))) \(status)",
            metadata: [
                "hb.request.id": .string(requestId), "route": .string(route.prefix), "status": .stringConvertible(status),
                "upstream": .string(upstream), "tenant": .string(tenantId ?? "-"),
                "latency_ms": .string(Self.milliseconds(elapsed)),
            ])
    }

    // MARK: - Helpers

    /// The header fields of the client's answer: the agent's, without hop-by-hop ones, `Content-Length` (the writer
    /// sets it) and the fields the gateway sets, then the request id and the rate-limit fields.
    static func responseFields(_ upstream: UpstreamResponse, requestId: String, decision: TokenBucketLimiter.Decision?) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.reserveCapacity(upstream.head.headers.count + 6)
        for (name, value) in upstream.head.headers where !strippedResponseHeaders.contains(name) {
            headers.add(name: name, value: value)
        }
        headers.add(name: "X-Request-ID", value: requestId)
        if let decision {
            for (name, value) in decision.headers { headers.add(name: name, value: value) }
        }
        return headers
    }

    /// The client's `X-Request-ID` (`value`) when acceptable, else a new one.
    static func requestId(_ value: String?) -> String {
        value.flatMap(RequestID.acceptable) ?? RequestID.make()
    }

    /// The token of the request's `Authorization: Bearer` field; nil without one, or with several (as malformed).
    static func bearerCredential(_ headers: HTTPHeaders) -> Substring? {
        var found: String?
        for (name, value) in headers where HeaderNameSet.equalIgnoringCase(name, "authorization") {
            guard found == nil else { return nil }
            found = value
        }
        return found.flatMap(AuthMiddleware.bearerToken(value:))
    }

    static func isHost(_ name: String) -> Bool { HeaderNameSet.equalIgnoringCase(name, "host") }
    static func isCookie(_ name: String) -> Bool { HeaderNameSet.equalIgnoringCase(name, "cookie") }

    /// The path of a request target, without its query.
    static func pathOnly(_ target: String) -> Substring {
        target.utf8.firstIndex(of: UInt8(ascii: "?")).map { target[..<$0] } ?? target[...]
    }

    static func hasBody(_ headers: HTTPFields) -> Bool {
        headers[.contentLength].map { $0 != "0" } ?? (headers[.transferEncoding] != nil)
    }

    /// `12.345`: milliseconds with three decimals, without Foundation's formatter.
    static func milliseconds(_ duration: Duration) -> String {
        let micros = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        let fraction = String(micros % 1000)
        return "\(micros / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    static func isJSON(_ headers: HTTPHeaders) -> Bool {
        guard let type = headers.first(name: "content-type") else { return false }
        return type.lowercased().contains("json")
    }

    static func checkHeaderSize(_ headers: HTTPFields, limit: Int) throws {
        try checkHeaderSize(total: headers.reduce(0) { $0 + $1.name.rawName.utf8.count + $1.value.utf8.count + 4 }, limit: limit)
    }

    static func checkHeaderSize(_ headers: HTTPHeaders, limit: Int) throws {
        try checkHeaderSize(total: headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 }, limit: limit)
    }

    private static func checkHeaderSize(total: Int, limit: Int) throws {
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
    /// The base URL of the upstream that failed.
    let upstream: String
    let underlying: any Error
    var description: String { "\(service.name) (\(upstream)): \(underlying)" }
}

/// The request-id rule of the runtime's middleware (kept in step with `RequestIDMiddleware.acceptable`), and the ids
/// the gateway gives requests that come without one.
enum RequestID {
    /// Drawn once from the system's generator.
    private static let seed: (UInt64, UInt64) = {
        var generator = SystemRandomNumberGenerator()
        return (generator.next(), generator.next())
    }()
    private static let counter = Atomic<UInt64>(0)

    /// A new request id, time-ordered like ``TimeOrderedID`` (a UUID version 7), without the two `getrandom` system
    /// calls of a record id: its random bits are a process-wide counter mixed with a seed drawn once (SplitMix64), so
    /// ids are unique within the process and, between processes, as unlikely to collide as random ones. Request ids
    /// only correlate log lines; nothing relies on them being unguessable.
    static func make() -> String {
        let count = counter.wrappingAdd(1, ordering: .relaxed).oldValue
        return TimeOrderedID.make(
            milliseconds: TimeOrderedID.currentMilliseconds(), random: mix(seed.0 &+ count), more: mix(seed.1 &+ count))
    }

    /// SplitMix64's finaliser: a bijection of 64-bit values that spreads every input bit over the output.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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
