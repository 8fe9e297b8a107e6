import Foundation
import CommerceModels
public import Hummingbird
public import HummingbirdCore
public import NIOCore
public import Logging
public import Messaging
public import ServiceLifecycle
public import UnixSignals
public import Storage

/// What every daemon is made of, assembled in a few lines of its `main`:
/// ```
/// let config = try ServiceConfig(service: .advertising)
/// let daemon = try Daemon(config: config) { migrator in … }
/// AdvertisingController(…).register(on: daemon.router)
/// try await daemon.run()
/// ```
/// It bootstraps logging and metrics, opens the service's database (WAL, migrations), makes the router with the
/// shared middleware (request id, access log, metrics, error shape, body limit) and `/health`, `/metrics`, and
/// runs the HTTP server and the daemon's other services in one `ServiceGroup` that shuts down gracefully on
/// SIGTERM/SIGINT: the server stops accepting, requests in flight complete, then the other services stop in
/// reverse order (queue consumers finish and ack, the broker connection closes last).
public final class Daemon: @unchecked Sendable {
    public let config: ServiceConfig
    public let logger: Logger
    public let database: AppDatabase
    public let router: Router<AppRequestContext>
    /// The broker connection (declares `Topology.commerce` at every connect, reconnects by itself).
    public let broker: AMQPConnection
    /// Long-running services, in dependency order (the broker connection first).
    public private(set) var services: [any Service] = []
    private var healthChecks: [HealthCheck]

    public init(config: ServiceConfig, migrations: (inout DatabaseMigratorBuilder) -> Void = { _ in }) throws {
        Self.unblockShutdownSignals()
        Observability.bootstrap(service: config.service.name, logLevel: config.logLevel)
        var logger = Logger(label: config.service.name)
        logger.logLevel = config.logLevel
        self.config = config
        self.logger = logger
        self.database = try AppDatabase(path: config.databasePath) { migrator in
            var builder = DatabaseMigratorBuilder(migrator: migrator)
            migrations(&builder)
            migrator = builder.migrator
        }
        let amqp = try AMQPConfiguration(url: config.rabbitMQURL, connectionName: config.service.name)
        self.broker = AMQPConnection(configuration: amqp, topology: .commerce, logger: logger)
        let broker = self.broker
        self.healthChecks = [.database(database), .broker(isConnected: { broker.isConnected })]
        self.router = Self.makeRouter(config: config)
        self.services = [broker]
        logger.info("configured", metadata: ["database": "\(config.databasePath)", "broker": "\(amqp)"])
    }

    /// A parent may start us with SIGTERM/SIGINT blocked (Foundation's `Process` passes on a blocked mask):
    /// unblock them on this thread, before any other thread exists, so that a shutdown request always arrives.
    static func unblockShutdownSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGTERM)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// The router with the shared middleware every daemon applies, in order.
    public static func makeRouter(config: ServiceConfig) -> Router<AppRequestContext> {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.add(middleware: AccessLogMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: BodyLimitMiddleware(maxBodyBytes: config.maxBodyBytes))
        return router
    }

    /// Adds a long-running service (broker connection, consumer, sweeper); started in the order added.
    public func addService(_ service: any Service) {
        services.append(service)
    }

    /// Adds a check to `/health`.
    public func addHealthCheck(_ check: HealthCheck) {
        healthChecks.append(check)
    }

    /// Builds the application; `run()` runs it. Exposed so tests can drive it in-process.
    public func makeApplication() -> some ApplicationProtocol {
        HealthController(service: config.service.name, checks: healthChecks).register(on: router)
        let configuration = ApplicationConfiguration(
            address: .hostname(config.host, port: config.port), serverName: nil)
        let logger = self.logger
        let name = config.service.name
        let port = config.port
        let onListening = self.onListening
        let idleTimeout = TimeAmount.seconds(Int64(config.idleTimeout.components.seconds))
        return Application(
            router: router,
            server: serverBuilder?(idleTimeout) ?? .http1(configuration: .init(idleTimeout: idleTimeout)),
            configuration: configuration,
            services: services,
            onServerRunning: { channel in
                onListening?(channel.localAddress?.port ?? port)
                logger.notice("\(name) listening", metadata: ["address": "\(channel.localAddress?.description ?? "port \(port)")"])
            },
            logger: logger)
    }

    /// Runs until SIGTERM or SIGINT, then drains for at most `SHUTDOWN_GRACE_SECONDS`.
    public func run() async throws {
        try await makeServiceGroup().run()
        logger.notice("\(config.service.name) stopped")
    }

    /// The group `run()` runs: the application (its services, then the HTTP server) with graceful shutdown on
    /// `signals`, bounded by `SHUTDOWN_GRACE_SECONDS`. Tests pass no signals and call `triggerGracefulShutdown()`.
    public func makeServiceGroup(signals: [UnixSignal] = [.sigterm, .sigint]) -> ServiceGroup {
        let app = makeApplication()
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: app)], gracefulShutdownSignals: signals, logger: logger)
        configuration.maximumGracefulShutdownDuration = config.shutdownGracePeriod
        configuration.maximumCancellationDuration = .seconds(5)
        return ServiceGroup(configuration: configuration)
    }

    /// The HTTP server to run instead of plain HTTP/1.1, given the idle timeout of `IDLE_TIMEOUT_SECONDS`: a daemon
    /// that serves WebSockets sets one that upgrades (`.http1WebSocketUpgrade(…)` of HummingbirdWebSocket).
    /// Nil (the default) serves HTTP/1.1 only.
    public var serverBuilder: (@Sendable (TimeAmount) -> HTTPServerBuilder)?

    /// Called with the bound port once the server listens (useful with port 0).
    public var onListening: (@Sendable (Int) -> Void)?
}
