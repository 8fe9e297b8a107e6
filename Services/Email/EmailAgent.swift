import ServiceRuntime

/// `email-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
@main
enum EmailAgent {
    static func main() async throws {
        let config = try ServiceConfig(service: .email)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
