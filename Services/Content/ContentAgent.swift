import ServiceRuntime

/// `content-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
public enum ContentAgent {
    /// Runs the daemon until SIGTERM or SIGINT (`commerceai` calls it when started as `content-agent`).
    public static func run() async throws {
        let config = try ServiceConfig(service: .content)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
