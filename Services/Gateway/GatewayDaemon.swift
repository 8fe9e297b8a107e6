import NIOCore
import NIOPosix
import ServiceRuntime

/// `gateway`: the only public door. Identity (tenants, users, tokens, API keys), routing to the agents, rate
/// limits, `/openapi.json` and `/docs`. Configuration: `ServiceConfig`, `AuthConfig` and `GatewayConfig`.
public enum GatewayDaemon {
    /// Runs the daemon until SIGTERM or SIGINT (`commerceai` calls it when started as `gateway`).
    public static func run() async throws {
        // Tasks run on the event loops that do the socket I/O: a proxied request, its exchange with the agent on a
        // connection of the same loop (see UpstreamClient) and the answer then stay on one thread, with no wake-up
        // of a second pool. Nothing in the gateway blocks a thread: bcrypt has its own pool, SQLite its own queues.
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        let config = try ServiceConfig(service: .gateway)
        let gateway = try await Gateway(config: config)
        try await gateway.run()
    }
}
