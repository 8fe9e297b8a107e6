import CommerceModels
import Foundation
import GRDB

/// `GET /api/tickets/stats`: the desk's figures over the tickets created in a period.
struct TicketStats: Codable, Sendable, Equatable {
    /// Mean and 90th percentile (nearest rank) of a duration, in seconds; nil without data.
    struct Durations: Codable, Sendable, Equatable {
        var count: Int
        var meanSeconds: Double?
        var p90Seconds: Double?
    }

    struct Satisfaction: Codable, Sendable, Equatable {
        /// Rated tickets.
        var responses: Int
        /// Mean rating (1–5).
        var meanRating: Double?
        /// Share of ratings of 4 or 5 (0–1).
        var satisfiedShare: Double?
    }

    struct Escalations: Codable, Sendable, Equatable {
        /// Escalations recorded (a ticket may be escalated more than once).
        var total: Int
        /// Distinct tickets escalated.
        var tickets: Int
        /// By cause: `manual`, `unanswered`, `urgent_untreated`, `low_rating`.
        var bySource: [String: Int]
    }

    struct BotDeflection: Codable, Sendable, Equatable {
        /// Conversations completed in the period.
        var conversationsCompleted: Int
        /// Of those, completed without escalation or take-over.
        var deflected: Int
        /// deflected / completed (nil without completed conversations).
        var rate: Double?
    }

    var period: String
    var since: Date
    var until: Date
    var category: String?
    var total: Int
    var byStatus: [String: Int]
    var byCategory: [String: Int]
    var byPriority: [String: Int]
    /// Creation to first agent answer.
    var firstResponse: Durations
    /// Creation to (last) resolution.
    var resolution: Durations
    /// Tickets now resolved or closed / tickets created (nil without tickets).
    var resolutionRate: Double?
    var csat: Satisfaction
    var escalations: Escalations
    var botDeflection: BotDeflection
}

extension SupportDesk {
    /// Figures over the tenant's tickets created in the last `period` (counts, means and rates in SQL; the p90 from
    /// the sorted durations), optionally of one category. Bot deflection is over the tenant's conversations
    /// created in the period.
    func stats(tenantId: String, period: String, seconds: TimeInterval, category: TicketCategory?) async throws -> TicketStats {
        let until = now
        let since = until.addingTimeInterval(-seconds)
        return try await database.writer.read { db in
            var scope = "t.tenant_id = ? AND t.created_at >= ? AND t.created_at <= ?"
            var arguments: StatementArguments = [tenantId, since, until]
            if let category { scope += " AND t.category = ?"; arguments += [category.rawValue] }

            func counts(_ column: String, _ all: [String]) throws -> [String: Int] {
                var result = Dictionary(uniqueKeysWithValues: all.map { ($0, 0) })
                for row in try Row.fetchAll(db, sql: "SELECT t.\(column) AS k, COUNT(*) AS n FROM tickets t WHERE \(scope) GROUP BY t.\(column)",
                                            arguments: arguments) {
                    result[row["k"], default: 0] = row["n"]
                }
                return result
            }
            func durations(_ end: String) throws -> TicketStats.Durations {
                let expression = "(julianday(t.\(end)) - julianday(t.created_at)) * 86400.0"
                let values = try Double.fetchAll(
                    db, sql: "SELECT \(expression) FROM tickets t WHERE \(scope) AND t.\(end) IS NOT NULL ORDER BY 1",
                    arguments: arguments)
                let mean = try Double.fetchOne(
                    db, sql: "SELECT AVG(\(expression)) FROM tickets t WHERE \(scope) AND t.\(end) IS NOT NULL",
                    arguments: arguments)
                let p90 = values.isEmpty ? nil : values[max(0, Int((0.9 * Double(values.count)).rounded(.up)) - 1)]
                return .init(count: values.count, meanSeconds: mean.map(Self.round), p90Seconds: p90.map(Self.round))
            }

            let byStatus = try counts("status", TicketStatus.allCases.map(\.rawValue))
            let total = byStatus.values.reduce(0, +)
            let finished = (byStatus["resolved"] ?? 0) + (byStatus["closed"] ?? 0)
            let csatRow = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(t.rating) AS n, AVG(t.rating) AS mean,
                        SUM(CASE WHEN t.rating >= 4 THEN 1 ELSE 0 END) AS satisfied
                    FROM tickets t WHERE \(scope) AND t.rating IS NOT NULL
                    """,
                arguments: arguments)
            let responses = csatRow.flatMap { $0["n"] as Int? } ?? 0
            let satisfied = csatRow.flatMap { $0["satisfied"] as Int? } ?? 0
            var bySource: [String: Int] = ["manual": 0, "unanswered": 0, "urgent_untreated": 0, "low_rating": 0]
            var escalationTotal = 0
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT e.source AS source, COUNT(*) AS n FROM ticket_escalations e
                    JOIN tickets t ON t.tenant_id = e.tenant_id AND t.id = e.ticket_id
                    WHERE \(scope) GROUP BY e.source
                    """,
                arguments: arguments) {
                let n: Int = row["n"]
                bySource[row["source"], default: 0] = n
                escalationTotal += n
            }
            let escalatedTickets = try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(DISTINCT e.ticket_id) FROM ticket_escalations e
                    JOIN tickets t ON t.tenant_id = e.tenant_id AND t.id = e.ticket_id WHERE \(scope)
                    """,
                arguments: arguments) ?? 0

            var deflection = TicketStats.BotDeflection(conversationsCompleted: 0, deflected: 0, rate: nil)
            if try db.tableExists("conversations") {
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) AS completed,
                            SUM(CASE WHEN escalated = 0 AND taken_over_by IS NULL THEN 1 ELSE 0 END) AS deflected
                        FROM conversations WHERE tenant_id = ? AND status = 'completed' AND created_at >= ? AND created_at <= ?
                        """,
                    arguments: [tenantId, since, until])
                let completed = row.flatMap { $0["completed"] as Int? } ?? 0
                let deflected = row.flatMap { $0["deflected"] as Int? } ?? 0
                deflection = .init(conversationsCompleted: completed, deflected: deflected,
                                   rate: completed == 0 ? nil : Self.round(Double(deflected) / Double(completed), places: 4))
            }

            return TicketStats(
                period: period, since: since, until: until, category: category?.rawValue, total: total,
                byStatus: byStatus, byCategory: try counts("category", TicketCategory.allCases.map(\.rawValue)),
                byPriority: try counts("priority", TicketPriority.allCases.map(\.rawValue)),
                firstResponse: try durations("first_response_at"), resolution: try durations("resolved_at"),
                resolutionRate: total == 0 ? nil : Self.round(Double(finished) / Double(total), places: 4),
                csat: .init(responses: responses, meanRating: csatRow.flatMap { $0["mean"] as Double? }.map { Self.round($0, places: 2) },
                            satisfiedShare: responses == 0 ? nil : Self.round(Double(satisfied) / Double(responses), places: 4)),
                escalations: .init(total: escalationTotal, tickets: escalatedTickets, bySource: bySource),
                botDeflection: deflection)
        }
    }

    static func round(_ value: Double) -> Double { round(value, places: 1) }

    static func round(_ value: Double, places: Int) -> Double {
        let factor = pow(10, Double(places))
        return (value * factor).rounded() / factor
    }
}
