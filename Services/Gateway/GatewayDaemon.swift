import ServiceRuntime

/// `gateway`: answers `/health` and `/metrics`; its domain routes and consumers are registered here.
@main
enum GatewayDaemon {
    static func main() async throws {
        let config = try ServiceConfig(service: .gateway)
        let daemon = try Daemon(config: config)
        try await daemon.run()
    }
}
