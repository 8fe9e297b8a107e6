import ServiceRuntime

/// `health-monitor`: polls every daemon's `/health` and the broker, keeps history, raises alerts, and serves
/// `/api/health/status`, `/api/health/history`, `/api/health/alerts` and the dashboard at `/`.
public enum HealthMonitorDaemon {
    /// Runs the daemon until SIGTERM or SIGINT (`commerceai` calls it when started as `health-monitor`).
    public static func run() async throws {
        let config = try HealthMonitorConfig(service: ServiceConfig(service: .healthMonitor))
        try await HealthMonitorApp(config: config).run()
    }
}
