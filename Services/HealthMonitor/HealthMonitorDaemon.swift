import ServiceRuntime

/// `health-monitor`: polls every daemon's `/health` and the broker, keeps history, raises alerts, and serves
/// `/api/health/status`, `/api/health/history`, `/api/health/alerts` and the dashboard at `/`.
@main
enum HealthMonitorDaemon {
    static func main() async throws {
        let config = try HealthMonitorConfig(service: ServiceConfig(service: .healthMonitor))
        try await HealthMonitorApp(config: config).run()
    }
}
