import ServiceRuntime

/// `pages-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
@main
enum PagesAgent {
    static func main() async throws {
        let config = try ServiceConfig(service: .pages)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
