import ServiceRuntime

/// `analysis-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
public enum AnalysisAgent {
    /// Runs the daemon until SIGTERM or SIGINT (`commerceai` calls it when started as `analysis-agent`).
    public static func run() async throws {
        let config = try ServiceConfig(service: .analysis)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
