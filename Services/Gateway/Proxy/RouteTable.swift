import CommerceModels

/// API.md's port table: which path prefixes go to which service, and which of them are public.
struct RouteTable: Sendable {
    struct Route: Sendable {
        /// `/api/customer-service`: matches the prefix itself and everything below it.
        let prefix: String
        let service: ServiceIdentity
        /// Reachable without credentials (webhooks, public pages, tracking, unsubscribe); limited per IP.
        let isPublic: Bool
        let metrics: GatewayMetrics.RouteSeries
    }

    /// The public prefixes below authenticated ones: webhooks that prove themselves with a signature the agent checks.
    static let publicSubPrefixes = ["/api/customer-service/webhook/"]

    static let table: [(prefix: String, service: ServiceIdentity, isPublic: Bool)] = [
        ("/api/customer-service", .customerService, false),
        ("/api/tickets", .customerService, false),
        ("/webhook", .customerService, true),
        ("/api/advertising", .advertising, false),
        ("/api/content", .content, false),
        ("/api/analysis", .analysis, false),
        ("/api/pages", .pages, false),
        ("/p", .pages, true),
        ("/api/email", .email, false),
        ("/t", .email, true),
        ("/unsubscribe", .email, true),
        ("/api/health", .healthMonitor, false),
    ]

    let routes: [Route]

    init(metrics: GatewayMetrics) {
        routes = Self.table.map { Route(prefix: $0.prefix, service: $0.service, isPublic: $0.isPublic, metrics: metrics.route($0.prefix)) }
    }

    /// The route of `path`, or nil when the gateway answers it itself. Paths are compared byte by byte (as the agents
    /// route them), not as characters: `hasPrefix` on a `Substring` compares grapheme clusters, a cost of about
    /// 5,000 instructions per route tried.
    func match(_ path: Substring) -> Route? {
        for route in routes where path.utf8.starts(with: route.prefix.utf8) {
            let rest = path.utf8.dropFirst(route.prefix.utf8.count)
            if rest.isEmpty || rest.first == UInt8(ascii: "/") || rest.first == UInt8(ascii: "?") { return route }
        }
        return nil
    }

    /// Whether `path` under `route` needs no credentials.
    static func isPublic(_ route: Route, path: Substring) -> Bool {
        route.isPublic || publicSubPrefixes.contains { path.utf8.starts(with: $0.utf8) }
    }
}
