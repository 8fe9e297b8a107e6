import Foundation
import Storage

/// A folder under the system's temporary directory, removed by `remove()`.
public struct TemporaryDirectory: Sendable {
    public let url: URL

    public init(_ prefix: String = "commerce-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}

extension AppDatabase {
    /// A fresh database file in its own temporary folder, with `migrations` applied.
    public static func temporary(
        migrations: (inout DatabaseMigratorBuilder) -> Void = { _ in }
    ) throws -> (AppDatabase, TemporaryDirectory) {
        let directory = try TemporaryDirectory("commerce-db")
        let database = try AppDatabase(path: directory.url.appendingPathComponent("test.sqlite").path) { migrator in
            var builder = DatabaseMigratorBuilder(migrator: migrator)
            migrations(&builder)
            migrator = builder.migrator
        }
        return (database, directory)
    }
}
