import ServiceRuntime

/// `sav-agent (customer service)`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
@main
enum CustomerServiceAgent {
    static func main() async throws {
        let config = try ServiceConfig(service: .customerService)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
