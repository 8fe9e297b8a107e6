import ServiceRuntime

/// `analysis-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
@main
enum AnalysisAgent {
    static func main() async throws {
        let config = try ServiceConfig(service: .analysis)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
