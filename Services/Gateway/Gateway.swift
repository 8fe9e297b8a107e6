import AsyncHTTPClient
import Auth
import CommerceModels
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import ServiceLifecycle
import ServiceRuntime
import UnixSignals

/// The gateway assembled: the daemon's router (identity routes, docs, `/health`, `/metrics`) behind a responder
/// that sends the agents' prefixes down the lean ``ProxyResponder`` path first.
final class Gateway: Sendable {
    let daemon: Daemon
    let config: GatewayConfig
    /// Health polls and WebSocket relays.
    let client: HTTPClient
    /// The proxied requests.
    let upstreamClient: UpstreamClient
    let responder: GatewayResponder
    let webSockets: WebSocketProxy
    let poller: UpstreamHealthPoller

    init(config serviceConfig: ServiceConfig) async throws {
        let config = try GatewayConfig(service: serviceConfig)
        let authConfig = try AuthConfig(environment: serviceConfig.environment)
        let daemon = try Daemon(config: serviceConfig) { SQLiteIdentityStore.registerMigrations(&$0) }
        let logger = daemon.logger

        let store = SQLiteIdentityStore(database: daemon.database)
        let revoked = RevokedTokens()
        let tokens = await AccessTokens(config: authConfig, isRevoked: { revoked.contains($0) })
        let hasher = PasswordHasher(cost: config.bcryptCost)
        let authenticator = GatewayAuthenticator(tokens: tokens, store: store, revoked: revoked)
        let limiter = TokenBucketLimiter()
        let limits = RateLimits(limiter: limiter, config: config, authenticator: authenticator)
        let metrics = GatewayMetrics()
        try await PlatformAdminBootstrap.run(config: config, store: store, hasher: hasher, logger: logger)

        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.connectionPool = .init(
            idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: config.maxConnectionsPerUpstream)
        // A refused connection must fail now (and count against the breaker), not be retried until the deadline.
        clientConfiguration.connectionPool.retryConnectionEstablishment = false
        clientConfiguration.timeout = .init(connect: .nanoseconds(Int64(config.connectTimeout.components.attoseconds / 1_000_000_000)
                                                                  + config.connectTimeout.components.seconds * 1_000_000_000))
        clientConfiguration.redirectConfiguration = .disallow
        clientConfiguration.decompression = .disabled
        clientConfiguration.httpVersion = .http1Only
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)

        var pools: [ServiceIdentity: UpstreamPool] = [:]
        var allUpstreams: [Upstream] = []
        for (service, urls) in config.upstreams {
            let upstreams = urls.map { Upstream(service: service, baseURL: $0, config: config, metrics: metrics) }
            pools[service] = UpstreamPool(service: service, upstreams: upstreams)
            allUpstreams += upstreams
        }
        let routes = RouteTable(metrics: metrics)
        let upstreamClient = UpstreamClient(
            connectTimeout: .nanoseconds(Int64(config.connectTimeout.components.seconds) * 1_000_000_000
                                         + config.connectTimeout.components.attoseconds / 1_000_000_000),
            maxIdlePerUpstream: config.maxConnectionsPerUpstream)
        let proxy = ProxyResponder(
            routes: routes, pools: pools, client: upstreamClient, authenticator: authenticator, limits: limits, metrics: metrics,
            config: config, maxBodyBytes: serviceConfig.maxBodyBytes)

        // The gateway's own routes, behind the runtime's middleware.
        let router = daemon.router
        router.add(middleware: HeaderLimitMiddleware(maxHeaderBytes: config.maxHeaderBytes))
        let authenticated = { (path: RouterPath) in
            router.group(path, context: AuthenticatedContext.self)
                .add(middleware: GatewayAuthMiddleware(authenticator: authenticator, limits: limits))
        }
        AuthController(
            store: store, tokens: tokens, authenticator: authenticator, hasher: hasher,
            throttle: LoginThrottle(
                slowdownAfter: config.loginSlowdownAfter, lockAfter: config.loginLockAfter,
                lockDuration: config.loginLockDuration),
            limits: limits, revoked: revoked, config: config
        ).register(public: router.group("api/auth"), authenticated: authenticated("api/auth"))
        UsersController(store: store, hasher: hasher).register(on: authenticated("api/users"))
        AdminController(store: store, hasher: hasher, plans: Set(config.planLimits.keys)).register(on: authenticated("api/admin"))
        DocsController().register(on: router)
        let checkedUpstreams = allUpstreams
        let upstreamCheck = HealthCheck(name: "upstreams", critical: false) {
            let down = checkedUpstreams.filter { !$0.isHealthy || $0.breaker.isRefusing }.map(\.baseURL)
            return down.isEmpty
                ? HealthCheckResult(status: .ok)
                : HealthCheckResult(status: .degraded, detail: "unavailable: \(down.sorted().joined(separator: ", "))")
        }
        let broker = daemon.broker
        HealthController(
            service: serviceConfig.service.name,
            checks: [.database(daemon.database), .broker(isConnected: { broker.isConnected }), upstreamCheck])
            .register(on: router)

        self.daemon = daemon
        self.config = config
        self.client = client
        self.upstreamClient = upstreamClient
        self.responder = GatewayResponder(proxy: proxy, router: router.buildResponder())
        self.webSockets = WebSocketProxy(
            pool: pools[.customerService], authenticator: authenticator, limits: limits, metrics: metrics, logger: logger)
        self.poller = UpstreamHealthPoller(
            upstreams: allUpstreams, client: client, interval: config.healthInterval, logger: logger, limiter: limiter,
            limiterGauge: metrics.limiterBuckets())
    }

    /// Runs until SIGTERM or SIGINT, drains, then closes the upstream connections.
    func run() async throws {
        let serviceConfig = daemon.config
        let logger = daemon.logger
        let name = serviceConfig.service.name
        let idleTimeout = TimeAmount.seconds(Int64(serviceConfig.idleTimeout.components.seconds))
        let webSockets = self.webSockets
        let proxy = responder.proxy
        let app = Application(
            responder: responder,
            // HTTP/1.1, plus WebSocket upgrades (only the first request of a connection is examined for one, so the
            // proxied HTTP path is unchanged); `webSockets` decides on each upgrade. Requests to the agents are
            // answered on the event loop by ProxyChannelHandler when their credential is cached; it also keeps the
            // connection's idle timeout (Hummingbird's handler only sees the requests passed to it).
            server: HTTPServerBuilder { responder in
                FirstRequestIdleTimeout(
                    HTTP1WebSocketUpgradeChannel(
                        responder: responder,
                        configuration: .init(
                            http1: .init(
                                additionalChannelHandlers: [
                                    ProxyChannelInstaller(proxy: proxy, logger: logger, idleTimeout: idleTimeout)
                                ],
                                idleTimeout: nil),
                            ws: .init(maxFrameSize: WebSocketProxy.maxMessageBytes)),
                        shouldUpgrade: webSockets.shouldUpgrade),
                    timeout: idleTimeout)
            },
            configuration: ApplicationConfiguration(
                address: .hostname(serviceConfig.host, port: serviceConfig.port), serverName: nil),
            services: daemon.services + [poller],
            onServerRunning: { channel in
                logger.notice("\(name) listening", metadata: ["address": "\(channel.localAddress?.description ?? "?")"])
            },
            logger: logger)
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: app)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = serviceConfig.shutdownGracePeriod
        configuration.maximumCancellationDuration = .seconds(5)
        do {
            try await ServiceGroup(configuration: configuration).run()
        } catch {
            upstreamClient.closeIdleConnections()
            try? await client.shutdown()
            throw error
        }
        upstreamClient.closeIdleConnections()
        try await client.shutdown()
        logger.notice("\(name) stopped")
    }
}

/// Sends the agents' prefixes to the proxy, everything else to the router.
struct GatewayResponder: HTTPResponder {
    typealias Context = AppRequestContext
    let proxy: ProxyResponder
    let router: RouterResponder<AppRequestContext>

    func respond(to request: Request, context: AppRequestContext) async throws -> Response {
        if let route = proxy.routes.match(request.uri.path[...]) {
            return await proxy.handle(request, context: context, route: route)
        }
        return try await router.respond(to: request, context: context)
    }
}

/// 431 when the request's headers together exceed `MAX_HEADER_BYTES`.
struct HeaderLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let maxHeaderBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try ProxyResponder.checkHeaderSize(request.headers, limit: maxHeaderBytes)
        return try await next(request, context)
    }
}
