import ServiceRuntime

/// `health-monitor`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
@main
enum HealthMonitorDaemon {
    static func main() async throws {
        let config = try ServiceConfig(service: .healthMonitor)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
