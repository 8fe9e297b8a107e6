import ServiceRuntime

/// `gateway`: the only public door. Identity (tenants, users, tokens, API keys), routing to the agents, rate
/// limits, `/openapi.json` and `/docs`. Configuration: `ServiceConfig`, `AuthConfig` and `GatewayConfig`.
@main
enum GatewayDaemon {
    static func main() async throws {
        let config = try ServiceConfig(service: .gateway)
        let gateway = try await Gateway(config: config)
        try await gateway.run()
    }
}
