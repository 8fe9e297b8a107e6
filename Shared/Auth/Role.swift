/// The roles of API.md's Identity section.
public enum Role: String, Codable, Sendable, CaseIterable {
    /// Runs the installation; creates tenants.
    case platformAdmin = "platform_admin"
    /// A tenant's administrator.
    case admin
    /// A tenant's support or marketing staff.
    case agent
    /// An end customer of a tenant.
    case customer

    /// Staff of a tenant: its administrators and agents (and the platform admin in its own tenant).
    public static let staff: Set<Role> = [.platformAdmin, .admin, .agent]
    /// Those who administer a tenant.
    public static let administrators: Set<Role> = [.platformAdmin, .admin]
}
