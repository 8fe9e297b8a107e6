import Foundation
import GRDB
import ServiceRuntime
import Storage

/// The history in the monitor's own SQLite database. Times are stored as Unix seconds (`REAL`), so windows are
/// plain range scans on the `(target, at)` indexes.
struct SQLiteHealthHistory: HealthHistoryStore {
    let database: AppDatabase

    /// The monitor's migrations; identifiers never change once shipped.
    static func registerMigrations(_ builder: inout DatabaseMigratorBuilder) {
        builder.register("health-monitor.v1.history") { db in
            try db.create(table: "health_samples") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("target", .text).notNull()
                t.column("status", .text).notNull()
                t.column("latency_ms", .double)
                t.column("detail", .text)
                t.column("at", .double).notNull()
            }
            try db.create(index: "health_samples_by_target_time", on: "health_samples", columns: ["target", "at"])
            try db.create(index: "health_samples_by_time", on: "health_samples", columns: ["at"])

            try db.create(table: "health_transitions") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("target", .text).notNull()
                t.column("from_status", .text).notNull()
                t.column("to_status", .text).notNull()
                t.column("detail", .text)
                t.column("at", .double).notNull()
            }
            try db.create(index: "health_transitions_by_target_time", on: "health_transitions", columns: ["target", "at"])

            try db.create(table: "health_alerts") { t in
                t.primaryKey("id", .text)
                t.column("subject", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("event", .text).notNull()
                t.column("body", .text).notNull()
                t.column("at", .double).notNull()
            }
            try db.create(index: "health_alerts_by_time", on: "health_alerts", columns: ["at"])
        }
    }

    // MARK: - Writes

    func record(_ sample: Sample) async throws {
        try await database.writer.write { db in
            try db.execute(
                sql: "INSERT INTO health_samples (target, status, latency_ms, detail, at) VALUES (?, ?, ?, ?, ?)",
                arguments: [sample.target, sample.status.rawValue, sample.latencyMs, sample.detail, sample.at.timeIntervalSince1970])
        }
    }

    func record(_ transition: Transition) async throws {
        try await database.writer.write { db in
            try db.execute(
                sql: "INSERT INTO health_transitions (target, from_status, to_status, detail, at) VALUES (?, ?, ?, ?, ?)",
                arguments: [transition.target, transition.from.rawValue, transition.to.rawValue, transition.detail,
                            transition.at.timeIntervalSince1970])
        }
    }

    func record(_ alert: Alert) async throws {
        let body = String(decoding: try MonitorJSON.encoder.encode(alert), as: UTF8.self)
        try await database.writer.write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO health_alerts (id, subject, kind, event, body, at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [alert.id, alert.subject, alert.kind, alert.event.rawValue, body, alert.at.timeIntervalSince1970])
        }
    }

    // MARK: - Reads

    func statistics(since start: Date) async throws -> [String: TargetStatistics] {
        try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT target, COUNT(*) AS total, SUM(CASE WHEN status != 'down' THEN 1 ELSE 0 END) AS up
                    FROM health_samples WHERE at >= ? GROUP BY target
                    """,
                arguments: [start.timeIntervalSince1970])
            var result: [String: TargetStatistics] = [:]
            for row in rows {
                let total: Int = row["total"]
                let up: Int = (row["up"] as Int?) ?? 0
                result[row["target"]] = TargetStatistics(
                    samples: total, uptimePercent: total == 0 ? nil : Double(up) * 100 / Double(total))
            }
            return result
        }
    }

    func latencyPercentiles(since start: Date) async throws -> [String: LatencyPercentiles] {
        try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT target, latency_ms FROM health_samples
                    WHERE at >= ? AND latency_ms IS NOT NULL AND status != 'down' ORDER BY target, latency_ms
                    """,
                arguments: [start.timeIntervalSince1970])
            var byTarget: [String: [Double]] = [:]
            for row in rows { byTarget[row["target"], default: []].append(row["latency_ms"]) }
            return byTarget.compactMapValues { sorted in
                guard !sorted.isEmpty else { return nil }
                return LatencyPercentiles(p50: Self.percentile(0.50, of: sorted), p95: Self.percentile(0.95, of: sorted))
            }
        }
    }

    /// Nearest-rank percentile of an ascending array.
    static func percentile(_ p: Double, of sorted: [Double]) -> Double {
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    func samples(of target: String, since start: Date, after: Int64?, limit: Int) async throws -> [Sample] {
        try await database.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, target, status, latency_ms, detail, at FROM health_samples
                    WHERE target = ? AND at >= ? AND id > ? ORDER BY id LIMIT ?
                    """,
                arguments: [target, start.timeIntervalSince1970, after ?? 0, limit]
            ).map(Self.sample)
        }
    }

    func recentSamples(limit: Int) async throws -> [String: [Sample]] {
        try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, target, status, latency_ms, detail, at FROM (
                        SELECT *, ROW_NUMBER() OVER (PARTITION BY target ORDER BY id DESC) AS rank FROM health_samples
                        WHERE at >= ?
                    ) WHERE rank <= ? ORDER BY id
                    """,
                // Bounded by time too, so the window function never scans a week of samples.
                arguments: [Date().addingTimeInterval(-86_400).timeIntervalSince1970, limit])
            return Dictionary(grouping: rows.map(Self.sample), by: \.target)
        }
    }

    func transitions(of target: String, since start: Date, limit: Int) async throws -> [Transition] {
        try await database.writer.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT target, from_status, to_status, detail, at FROM health_transitions
                    WHERE target = ? AND at >= ? ORDER BY id DESC LIMIT ?
                    """,
                arguments: [target, start.timeIntervalSince1970, limit]
            ).map(Self.transition)
        }
    }

    func lastTransitions() async throws -> [String: Transition] {
        try await database.writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT target, from_status, to_status, detail, at FROM health_transitions
                    WHERE id IN (SELECT MAX(id) FROM health_transitions GROUP BY target)
                    """)
            return Dictionary(rows.map(Self.transition).map { ($0.target, $0) }, uniquingKeysWith: { $1 })
        }
    }

    func recentAlerts(limit: Int) async throws -> [Alert] {
        let bodies = try await database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM health_alerts ORDER BY at DESC, rowid DESC LIMIT ?", arguments: [limit])
        }
        let decoder = MonitorJSON.decoder
        return bodies.compactMap { try? decoder.decode(Alert.self, from: Data($0.utf8)) }
    }

    func prune(before cutoff: Date) async throws -> Int {
        try await database.writer.write { db in
            var removed = 0
            for table in ["health_samples", "health_transitions", "health_alerts"] {
                // A table's last transition per target is kept: it is the state to resume from.
                let keep = table == "health_transitions"
                    ? " AND id NOT IN (SELECT MAX(id) FROM health_transitions GROUP BY target)" : ""
                try db.execute(sql: "DELETE FROM \(table) WHERE at < ?\(keep)", arguments: [cutoff.timeIntervalSince1970])
                removed += db.changesCount
            }
            return removed
        }
    }

    // MARK: - Rows

    private static func sample(_ row: Row) -> Sample {
        Sample(
            id: row["id"], target: row["target"], status: HealthStatus(rawValue: row["status"]) ?? .down,
            latencyMs: row["latency_ms"], detail: row["detail"], at: Date(timeIntervalSince1970: row["at"]))
    }

    private static func transition(_ row: Row) -> Transition {
        Transition(
            target: row["target"], from: MonitorStatus(rawValue: row["from_status"]) ?? .unknown,
            to: MonitorStatus(rawValue: row["to_status"]) ?? .unknown, at: Date(timeIntervalSince1970: row["at"]),
            detail: row["detail"])
    }
}
