public import Logging
import Metrics
public import Prometheus
import Synchronization

/// Process-wide logging and metrics, bootstrapped once (swift-log and swift-metrics allow a single bootstrap
/// per process; tests build several applications in one process, so later calls are no-ops).
public enum Observability {
    /// The registry `/metrics` renders.
    public static let registry = PrometheusCollectorRegistry()

    private static let bootstrapped = Mutex(false)

    /// Installs the line log handler at `level` and the Prometheus metrics backend.
    public static func bootstrap(service: String, logLevel: Logger.Level) {
        // Bootstrapping inside the lock: a concurrent caller must not make a logger before the handler is set.
        bootstrapped.withLock { done in
            guard !done else { return }
            done = true
            LoggingSystem.bootstrap { _ in LineLogHandler(label: service, level: logLevel) }
            var factory = PrometheusMetricsFactory(registry: registry)
            // Prometheus names allow [a-zA-Z0-9_:]; swift-metrics labels in the ecosystem use dots.
            factory.nameAndLabelSanitizer = { name, labels in
                (sanitize(name), labels.map { (sanitize($0.0), $0.1) })
            }
            MetricsSystem.bootstrap(factory)
        }
    }

    /// The Prometheus text exposition of every metric of this process.
    public static func render() -> String { registry.emitToString() }

    private static func sanitize(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" ? $0 : "_" })
    }
}
