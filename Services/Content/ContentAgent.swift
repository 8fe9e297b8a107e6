import ServiceRuntime

/// `content-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
@main
enum ContentAgent {
    static func main() async throws {
        let config = try ServiceConfig(service: .content)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
