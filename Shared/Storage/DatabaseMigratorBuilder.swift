public import GRDB

/// Lets a daemon register its own migrations without importing GRDB's migrator type into its `main`.
public struct DatabaseMigratorBuilder {
    public var migrator: DatabaseMigrator

    public init(migrator: DatabaseMigrator) { self.migrator = migrator }

    /// Registers a migration; identifiers are `"<service>.v<N>.<what>"` and never change once shipped.
    public mutating func register(_ identifier: String, _ migrate: @escaping @Sendable (Database) throws -> Void) {
        migrator.registerMigration(identifier, migrate: migrate)
    }
}
