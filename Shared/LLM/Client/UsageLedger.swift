import Foundation

/// One model call as the ledger keeps it.
public struct UsageRecord: Sendable, Hashable, Codable {
    public var date: Date
    public var tenantId: String
    public var agent: String
    public var provider: LLMProviderKind
    public var model: String
    public var usage: TokenUsage
    public var costUSD: Double
    public var requestId: String

    public init(date: Date = Date(), tenantId: String, agent: String, provider: LLMProviderKind, model: String, usage: TokenUsage, costUSD: Double, requestId: String) {
        self.date = date; self.tenantId = tenantId; self.agent = agent; self.provider = provider
        self.model = model; self.usage = usage; self.costUSD = costUSD; self.requestId = requestId
    }
}

/// Totals for one (tenant, agent, provider, model) over a period: what the admin API shows.
public struct UsageSummary: Sendable, Hashable, Codable {
    public var tenantId: String
    public var agent: String
    public var provider: LLMProviderKind
    public var model: String
    public var requests: Int
    public var inputTokens: Int
    public var outputTokens: Int
    public var costUSD: Double
}

/// Where token usage and cost are kept, per tenant and agent. The in-memory actor is the default; a store
/// backed by the service's database implements the same protocol.
public protocol UsageLedger: Sendable {
    func record(_ record: UsageRecord) async
    /// Estimated spend of `tenantId` since `date` (inclusive), in USD.
    func spend(tenantId: String, since date: Date) async -> Double
    /// Totals grouped by tenant, agent, provider and model for records in `[from, to)`; `tenantId` nil = all tenants.
    func summary(tenantId: String?, from: Date, to: Date) async -> [UsageSummary]
}

extension UsageLedger {
    /// Spend since the start of the current calendar month, UTC: what the spending cap compares against.
    public func spendThisMonth(tenantId: String, now: Date = Date()) async -> Double {
        await spend(tenantId: tenantId, since: Self.startOfMonth(now))
    }

    static func startOfMonth(_ date: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: calendar.dateComponents([.year, .month], from: date)) ?? date
    }
}

/// A ledger in memory: records are folded into hourly buckets per (tenant, agent, provider, model), so memory
/// grows with activity hours, not calls; buckets older than `retention` are dropped.
public actor InMemoryUsageLedger: UsageLedger {
    private struct Key: Hashable {
        var hour: Int64
        var tenantId: String
        var agent: String
        var provider: LLMProviderKind
        var model: String
    }
    private struct Totals {
        var requests = 0
        var input = 0
        var output = 0
        var cost = 0.0
    }

    private var buckets: [Key: Totals] = [:]
    private let retention: TimeInterval
    private var oldestHourKept: Int64 = 0

    public init(retention: TimeInterval = 400 * 24 * 3600) {
        self.retention = retention
    }

    public func record(_ record: UsageRecord) {
        let hour = Int64((record.date.timeIntervalSince1970 / 3600).rounded(.down))
        let key = Key(hour: hour, tenantId: record.tenantId, agent: record.agent, provider: record.provider, model: record.model)
        var totals = buckets[key] ?? Totals()
        totals.requests += 1
        totals.input += record.usage.inputTokens
        totals.output += record.usage.outputTokens
        totals.cost += record.costUSD
        buckets[key] = totals
        let cutoff = Int64(((record.date.timeIntervalSince1970 - retention) / 3600).rounded(.down))
        if cutoff > oldestHourKept + 24 {
            buckets = buckets.filter { $0.key.hour >= cutoff }
            oldestHourKept = cutoff
        }
    }

    public func spend(tenantId: String, since date: Date) -> Double {
        let hour = Int64((date.timeIntervalSince1970 / 3600).rounded(.down))
        return buckets.reduce(0) { $0 + (($1.key.tenantId == tenantId && $1.key.hour >= hour) ? $1.value.cost : 0) }
    }

    public func summary(tenantId: String?, from: Date, to: Date) -> [UsageSummary] {
        let fromHour = Int64((from.timeIntervalSince1970 / 3600).rounded(.down))
        let toHour = Int64((to.timeIntervalSince1970 / 3600).rounded(.up))
        var grouped: [Key: Totals] = [:]
        for (key, totals) in buckets where key.hour >= fromHour && key.hour < toHour && (tenantId == nil || key.tenantId == tenantId) {
            var groupKey = key
            groupKey.hour = 0
            var sum = grouped[groupKey] ?? Totals()
            sum.requests += totals.requests
            sum.input += totals.input
            sum.output += totals.output
            sum.cost += totals.cost
            grouped[groupKey] = sum
        }
        return grouped.map {
            UsageSummary(tenantId: $0.key.tenantId, agent: $0.key.agent, provider: $0.key.provider, model: $0.key.model,
                         requests: $0.value.requests, inputTokens: $0.value.input, outputTokens: $0.value.output, costUSD: $0.value.cost)
        }.sorted { ($0.tenantId, $0.agent, $0.provider.rawValue, $0.model) < ($1.tenantId, $1.agent, $1.provider.rawValue, $1.model) }
    }
}
