import ServiceRuntime

/// `advertising-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
public enum AdvertisingAgent {
    /// Runs the daemon until SIGTERM or SIGINT (`commerceai` calls it when started as `advertising-agent`).
    public static func run() async throws {
        let config = try ServiceConfig(service: .advertising)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
