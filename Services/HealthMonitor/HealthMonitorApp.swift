import AsyncHTTPClient
import Foundation
import Logging
import ServiceRuntime

/// The health monitor assembled: the daemon (HTTP server, database, `/health`, `/metrics`), the pollers, the
/// alert dispatcher and its sinks, the history pruner, the status routes and the dashboard.
///
/// The broker probe, queue inspector and notification publisher are roles: by default they are the AMQP adapters
/// over the daemon's own broker connection (the first service of the group, so it stops last); tests pass fakes.
struct HealthMonitorApp {
    let config: HealthMonitorConfig
    let daemon: Daemon
    let board: StatusBoard
    let store: SQLiteHealthHistory
    let httpClient: HTTPClient

    init(
        config: HealthMonitorConfig,
        brokerProbe: (any BrokerProbe)? = nil,
        queueInspector: (any QueueInspector)? = nil,
        publisher: (any NotificationPublisher)? = nil
    ) throws {
        // Without explicit roles (tests pass fakes), the broker is seen through the daemon's own AMQP connection.
        self.config = config
        let daemon = try Daemon(config: config.service) { SQLiteHealthHistory.registerMigrations(&$0) }
        let logger = daemon.logger
        let shortest = config.targets.map(\.timeout).min() ?? .seconds(2)
        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.timeout = .init(connect: .milliseconds(Int64(shortest.seconds * 1000)))
        // A target that closes idle connections is polled on a fresh one; keep the pool small and short-lived.
        clientConfiguration.connectionPool = .init(idleTimeout: .seconds(30), concurrentHTTP1ConnectionsPerHostSoftLimit: 2)
        // A refused connection is a verdict (the target is down), not something to retry until the deadline.
        clientConfiguration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
        let store = SQLiteHealthHistory(database: daemon.database)

        let amqp = AMQPBrokerInspector(connection: daemon.broker)
        let brokerProbe = brokerProbe ?? amqp
        let queueInspector = queueInspector ?? amqp
        let publisher = publisher ?? AMQPNotificationPublisher(connection: daemon.broker)

        var sinks: [any AlertSink] = [LogAlertSink(logger: logger)]
        sinks.append(NotificationAlertSink(publisher: publisher))
        if let url = config.webhookURL { sinks.append(WebhookAlertSink(client: client, url: url, timeout: config.webhookTimeout)) }
        let dispatcher = AlertDispatcher(sinks: sinks, logger: logger)

        var infos = config.targets.map { StatusBoard.TargetInfo(name: $0.name, type: .service, endpoint: $0.healthURL) }
        if config.checkBroker {
            let endpoint = config.broker.endpoint
            infos.append(.init(name: BrokerTarget.name, type: .broker, endpoint: "amqp://\(endpoint.host):\(endpoint.port)"))
        }
        let board = StatusBoard(
            targets: infos, queues: config.checkBroker ? config.queues : [], policy: config.alerting, store: store,
            alerts: dispatcher, logger: logger)

        // Dependency order: the dispatcher first, so that it stops last and drains what the pollers raised.
        let heartbeat = PollHeartbeat()
        daemon.addService(dispatcher)
        daemon.addService(ServicePoller(targets: config.targets, probe: HTTPHealthProbe(client: client), board: board, heartbeat: heartbeat))
        if config.checkBroker {
            daemon.addService(BrokerPoller(
                broker: config.broker, probe: brokerProbe,
                inspector: queueInspector, queues: config.queues, board: board))
        }
        daemon.addService(HistoryPruner(store: store, retention: config.retention, interval: config.pruneInterval, logger: logger))

        let longest = config.targets.map(\.interval).max() ?? .seconds(10)
        daemon.addHealthCheck(HealthCheck(name: "pollers", critical: false) {
            guard let age = heartbeat.age else { return HealthCheckResult(status: .ok, detail: "starting") }
            return age <= longest * 3 + .seconds(5)
                ? HealthCheckResult(status: .ok)
                : HealthCheckResult(status: .degraded, detail: "no poll completed for \(Int(age.seconds)) s")
        })
        StatusController(board: board, store: store).register(on: daemon.router)
        DashboardController().register(on: daemon.router)

        self.daemon = daemon
        self.board = board
        self.store = store
        self.httpClient = client
    }

    /// Resumes the state from the database, runs until SIGTERM/SIGINT, then closes the HTTP client.
    func run() async throws {
        try await board.restore()
        do {
            try await daemon.run()
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
        try await httpClient.shutdown()
    }
}
