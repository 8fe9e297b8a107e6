import ServiceRuntime

/// `advertising-agent`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
@main
enum AdvertisingAgent {
    static func main() async throws {
        let config = try ServiceConfig(service: .advertising)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
