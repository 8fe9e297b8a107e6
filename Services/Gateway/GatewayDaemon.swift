import Logging
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
        let onEventLoops = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        let config = try ServiceConfig(service: .gateway)
        let gateway = try await Gateway(config: config)
        if !onEventLoops {
            // NIO finds the Swift runtime's hook with dlsym; a binary that does not export it (the static Swift
            // runtime hides its symbols) keeps tasks on the default pool: it works, with one more thread hop.
            Logger(label: "gateway").notice("Swift tasks run on the default executor, not on NIO's event loops")
        }
        try await gateway.run()
    }
}
