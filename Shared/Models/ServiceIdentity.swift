/// The daemons of CommerceAI: their binary names, default ports (API.md's table) and the prefix of their
/// per-service environment variables (`<PREFIX>_PORT`, `<PREFIX>_DATABASE_PATH`, `<PREFIX>_URL`).
public enum ServiceIdentity: String, CaseIterable, Sendable, Codable {
    case gateway
    case healthMonitor = "health-monitor"
    case customerService = "sav-agent"
    case advertising = "advertising-agent"
    case content = "content-agent"
    case analysis = "analysis-agent"
    case pages = "pages-agent"
    case email = "email-agent"

    /// The binary and service name (`sav-agent`).
    public var name: String { rawValue }

    /// Default TCP port.
    public var defaultPort: Int {
        switch self {
        case .gateway: 4000
        case .healthMonitor: 4002
        case .customerService: 5001
        case .advertising: 5002
        case .content: 5003
        case .analysis: 5004
        case .pages: 5005
        case .email: 5006
        }
    }

    /// Prefix of this service's own environment variables.
    public var environmentPrefix: String {
        switch self {
        case .gateway: "GATEWAY"
        case .healthMonitor: "HEALTH_MONITOR"
        case .customerService: "SAV"
        case .advertising: "ADVERTISING"
        case .content: "CONTENT"
        case .analysis: "ANALYSIS"
        case .pages: "PAGES"
        case .email: "EMAIL"
        }
    }

    /// The six agents, in port order.
    public static let agents: [ServiceIdentity] = [.customerService, .advertising, .content, .analysis, .pages, .email]
}
