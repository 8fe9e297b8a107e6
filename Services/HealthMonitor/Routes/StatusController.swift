import CommerceModels
import Foundation
import HTTPTypes
import Hummingbird
import ServiceRuntime

/// `GET /api/health/status`, `GET /api/health/history`, `GET /api/health/alerts`.
struct StatusController: Sendable {
    let board: StatusBoard
    let store: any HealthHistoryStore
    /// How many alerts the status carries for the dashboard.
    var recentAlertCount = 20

    func register(on router: Router<AppRequestContext>) {
        let group = router.group("api/health")
        group.get("status") { _, _ in try MonitorJSON.response(try await self.status()) }
        group.get("history") { request, _ in try MonitorJSON.response(try await self.history(request)) }
        group.get("alerts") { request, _ in try MonitorJSON.response(try await self.alerts(request)) }
    }

    // MARK: - Status

    /// Every target with its state, last poll, uptime over 1 h / 24 h / 7 d and latency percentiles over 1 h, the
    /// queues with depth and consumers, and the latest alerts.
    func status(now: Date = Date()) async throws -> StatusResponse {
        let (targets, queues) = await board.snapshot()
        async let hour = store.statistics(since: now.addingTimeInterval(-3600))
        async let day = store.statistics(since: now.addingTimeInterval(-86_400))
        async let week = store.statistics(since: now.addingTimeInterval(-7 * 86_400))
        async let percentiles = store.latencyPercentiles(since: now.addingTimeInterval(-3600))
        async let alerts = store.recentAlerts(limit: recentAlertCount)
        let (h, d, w, p) = try await (hour, day, week, percentiles)

        let bodies = targets.map { target in
            TargetStatus(
                name: target.info.name, type: target.info.type.rawValue, endpoint: target.info.endpoint,
                status: target.status, since: target.since,
                latencyMs: target.last?.latencyMs, lastCheck: target.last?.at, detail: target.last?.status == .ok ? nil : target.last?.detail,
                uptimePercent: d[target.info.name]?.uptimePercent,
                uptime: .init(
                    hour: h[target.info.name]?.uptimePercent, day: d[target.info.name]?.uptimePercent,
                    week: w[target.info.name]?.uptimePercent),
                latencyP50Ms: p[target.info.name]?.p50, latencyP95Ms: p[target.info.name]?.p95,
                recent: target.recent.map { .init(at: $0.at, status: $0.status.rawValue, latencyMs: $0.latencyMs) })
        }
        let queueBodies = queues.map { queue in
            QueueStatusBody(
                name: queue.name, depth: queue.last?.counts?.messageCount, consumers: queue.last?.counts?.consumerCount,
                deadLetters: queue.last?.deadLetterCount,
                status: queue.last?.counts == nil && queue.conditions.isEmpty ? "unknown" : (queue.conditions.isEmpty ? "ok" : "warning"),
                conditions: queue.conditions.map(\.rawValue), lastCheck: queue.last?.at,
                detail: queue.last?.error?.description)
        }
        let services = bodies.filter { $0.type != Alert.SubjectType.broker.rawValue }
        return StatusResponse(
            status: Self.overall(targets: bodies, queues: queueBodies), checkedAt: now, services: services,
            broker: bodies.first { $0.type == Alert.SubjectType.broker.rawValue }, queues: queueBodies,
            alerts: try await alerts)
    }

    /// `ok` when everything is; `down` when every target is down; otherwise `degraded`.
    static func overall(targets: [TargetStatus], queues: [QueueStatusBody]) -> String {
        let known = targets.filter { $0.status != .unknown }
        if known.isEmpty { return MonitorStatus.unknown.rawValue }
        if known.allSatisfy({ $0.status == .down }) { return "down" }
        if known.contains(where: { $0.status != .ok }) || queues.contains(where: { $0.status == "warning" }) { return "degraded" }
        return targets.contains { $0.status == .unknown } ? "degraded" : "ok"
    }

    // MARK: - History

    /// `?service=` (required, a monitored target), `?since=` (RFC 3339, default one hour ago, not in the future),
    /// `?limit=` and `?cursor=` as every list: samples oldest first, plus the target's transitions since `since`.
    func history(_ request: Request, now: Date = Date()) async throws -> HistoryResponse {
        let query = request.uri.queryParameters
        guard let service = query.get("service"), !service.isEmpty else {
            throw APIError.validation("service is required (one of: \(board.targetNames.joined(separator: ", ")))")
        }
        guard board.targetNames.contains(service) else {
            throw APIError.validation("service must be one of: \(board.targetNames.joined(separator: ", "))")
        }
        let since: Date
        if let raw = query.get("since") {
            guard let parsed = MonitorJSON.parse(raw) else {
                throw APIError.validation("since must be an RFC 3339 time such as 2026-01-31T12:00:00Z")
            }
            guard parsed <= now else { throw APIError.validation("since must not be in the future") }
            since = parsed
        } else {
            since = now.addingTimeInterval(-3600)
        }
        let page = try PageRequest(limit: query.get("limit"), cursor: query.get("cursor"))
        var after: Int64?
        if let cursor = page.cursor {
            guard let id = Int64(cursor), id >= 0 else { throw APIError.validation("cursor is malformed") }
            after = id
        }
        let samples = try await store.samples(of: service, since: since, after: after, limit: page.limit + 1)
        let items = Array(samples.prefix(page.limit))
        let next = samples.count > page.limit ? items.last?.id.map(String.init) : nil
        let transitions = try await store.transitions(of: service, since: since, limit: 200)
        return HistoryResponse(
            service: service, since: since,
            items: items.map { .init(at: $0.at, status: $0.status.rawValue, latencyMs: $0.latencyMs, detail: $0.detail) },
            nextCursor: next,
            transitions: transitions.map { .init(from: $0.from.rawValue, to: $0.to.rawValue, at: $0.at, detail: $0.detail) })
    }

    // MARK: - Alerts

    /// The latest alerts, newest first (`?limit=`, default 50, at most 200).
    func alerts(_ request: Request) async throws -> Page<Alert> {
        let page = try PageRequest(limit: request.uri.queryParameters.get("limit"), cursor: nil)
        return Page(items: try await store.recentAlerts(limit: page.limit), nextCursor: nil)
    }
}

// MARK: - Bodies

/// The body of `GET /api/health/status`.
struct StatusResponse: Codable, Sendable {
    var status: String
    var checkedAt: Date
    var services: [TargetStatus]
    var broker: TargetStatus?
    var queues: [QueueStatusBody]
    var alerts: [Alert]
}

/// One target in the status. Absent values are `null`, never missing, so clients can rely on every key.
struct TargetStatus: Codable, Sendable {
    struct Uptime: Codable, Sendable {
        var hour: Double?
        var day: Double?
        var week: Double?

        enum CodingKeys: String, CodingKey {
            case hour = "1h", day = "24h", week = "7d"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(hour, forKey: .hour)
            try container.encode(day, forKey: .day)
            try container.encode(week, forKey: .week)
        }
    }

    struct Point: Codable, Sendable {
        var at: Date
        var status: String
        var latencyMs: Double?
    }

    var name: String
    /// `service` or `broker`.
    var type: String
    var endpoint: String
    var status: MonitorStatus
    /// When the current status began.
    var since: Date?
    /// Latency of the last poll; null when it got no answer.
    var latencyMs: Double?
    var lastCheck: Date?
    /// Why the last poll was not ok.
    var detail: String?
    /// Uptime over 24 hours, in percent.
    var uptimePercent: Double?
    var uptime: Uptime
    var latencyP50Ms: Double?
    var latencyP95Ms: Double?
    /// The latest polls, oldest first, for the sparkline.
    var recent: [Point]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(endpoint, forKey: .endpoint)
        try container.encode(status, forKey: .status)
        try container.encode(since, forKey: .since)
        try container.encode(latencyMs, forKey: .latencyMs)
        try container.encode(lastCheck, forKey: .lastCheck)
        try container.encode(detail, forKey: .detail)
        try container.encode(uptimePercent, forKey: .uptimePercent)
        try container.encode(uptime, forKey: .uptime)
        try container.encode(latencyP50Ms, forKey: .latencyP50Ms)
        try container.encode(latencyP95Ms, forKey: .latencyP95Ms)
        try container.encode(recent, forKey: .recent)
    }
}

/// One watched queue in the status.
struct QueueStatusBody: Codable, Sendable {
    var name: String
    var depth: Int?
    var consumers: Int?
    /// Messages in `<name>.dead`.
    var deadLetters: Int?
    /// `ok`, `warning` (a condition is raised) or `unknown` (not inspected yet).
    var status: String
    var conditions: [String]
    var lastCheck: Date?
    var detail: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(depth, forKey: .depth)
        try container.encode(consumers, forKey: .consumers)
        try container.encode(deadLetters, forKey: .deadLetters)
        try container.encode(status, forKey: .status)
        try container.encode(conditions, forKey: .conditions)
        try container.encode(lastCheck, forKey: .lastCheck)
        try container.encode(detail, forKey: .detail)
    }
}

/// The body of `GET /api/health/history`.
struct HistoryResponse: Codable, Sendable {
    struct Item: Codable, Sendable {
        var at: Date
        var status: String
        var latencyMs: Double?
        var detail: String?
    }

    struct Change: Codable, Sendable {
        var from: String
        var to: String
        var at: Date
        var detail: String?
    }

    var service: String
    var since: Date
    var items: [Item]
    var nextCursor: String?
    /// State changes since `since`, newest first.
    var transitions: [Change]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(service, forKey: .service)
        try container.encode(since, forKey: .since)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)
        try container.encode(transitions, forKey: .transitions)
    }
}
