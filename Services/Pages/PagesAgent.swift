import ServiceRuntime

/// `pages-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
public enum PagesAgent {
    /// Runs the daemon until SIGTERM or SIGINT (`commerceai` calls it when started as `pages-agent`).
    public static func run() async throws {
        let config = try ServiceConfig(service: .pages)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
