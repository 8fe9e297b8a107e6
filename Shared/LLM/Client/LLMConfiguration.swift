import Foundation

/// The LLM client's settings, read once from the environment by ``init(environment:)``.
///
/// Provider choice
/// - `LLM_PROVIDER`: `openai`, `anthropic` or `embedded`. Default: `openai` when `LLM_API_KEY` or
///   `OPENAI_API_KEY` is set, else `anthropic` when `ANTHROPIC_API_KEY` is set, else `embedded` (no network).
///   `openai` without a key is accepted when `LLM_BASE_URL` is set (local Ollama, vLLM, llama.cpp servers).
///
/// OpenAI-compatible chat completions
/// - `LLM_BASE_URL`: default `https://api.openai.com/v1` (Ollama: `http://127.0.0.1:11434/v1`).
/// - `LLM_API_KEY`, else `OPENAI_API_KEY`: sent as `Authorization: Bearer …`. No default.
/// - `LLM_MODEL`: default `gpt-4o-mini`.
///
/// Anthropic Messages
/// - `ANTHROPIC_API_KEY`: sent as `x-api-key`. No default.
/// - `ANTHROPIC_BASE_URL`: default `https://api.anthropic.com/v1`.
/// - `ANTHROPIC_VERSION`: the `anthropic-version` header, default `2023-06-01`.
/// - `ANTHROPIC_MODEL`, else `LLM_MODEL`: default `claude-3-5-haiku-latest`.
///
/// Reliability
/// - `LLM_TIMEOUT_SECONDS`: per-request deadline (each attempt), default `30`.
/// - `LLM_MAX_RETRIES`: retries after the first attempt on 429, 5xx and transport errors, default `2`.
/// - `LLM_RETRY_BASE_DELAY_MS`: first backoff, doubled each retry with full jitter, default `500`.
/// - `LLM_RETRY_MAX_DELAY_MS`: backoff ceiling, default `8000`.
/// - `LLM_MAX_RETRY_AFTER_SECONDS`: the longest `Retry-After` honoured; a longer one ends the retries, default `30`.
/// - `LLM_FALLBACK_TO_EMBEDDED`: answer with the embedded engine when the remote provider is down (429/5xx
///   after retries, 401/403, unreachable, timeout, unusable answer), default `true`.
///
/// Cache
/// - `LLM_CACHE_CAPACITY`: entries in the LRU response cache, default `1000`; `0` disables it.
/// - `LLM_CACHE_TTL_SECONDS`: lifetime of a cached answer, default `600`.
///
/// Spending
/// - `LLM_TENANT_MONTHLY_CAP_USD`: estimated remote spend allowed per tenant per calendar month (UTC); unset = no cap.
/// - `LLM_TENANT_CAPS`: per-tenant overrides, `tenantA=5,tenantB=20.5`.
/// - `LLM_CAP_POLICY`: what happens over the cap: `fallback` (default; the embedded engine answers, at no cost)
///   or `refuse` (``LLMError/spendingCapExceeded(tenantId:spentUSD:capUSD:)``, HTTP 402 at the edge).
/// - `LLM_PRICES`: extra or overriding prices, USD per million tokens, `model=input/output;model2=input/output`.
///   Models are matched by longest prefix; unknown models (local servers) cost 0.
///
/// Metrics
/// - `LLM_METRICS_TENANT_LABEL`: add a `tenant` label to `llm_tokens_total`, default `false` (one series per
///   tenant grows without bound; enable only with few tenants). Per-tenant figures are always in the ledger.
///
/// `description` never shows API keys.
public struct LLMConfiguration: Sendable, CustomStringConvertible {
    public var provider: LLMProviderKind
    public var openAIBaseURL: String
    public var openAIAPIKey: String?
    public var openAIModel: String
    public var anthropicBaseURL: String
    public var anthropicAPIKey: String?
    public var anthropicVersion: String
    public var anthropicModel: String
    public var timeout: Duration
    public var retryPolicy: RetryPolicy
    public var fallbackToEmbedded: Bool
    public var cacheCapacity: Int
    public var cacheTTL: Duration
    public var monthlyCapUSD: Double?
    public var tenantCapsUSD: [String: Double]
    public var capPolicy: SpendingCapPolicy
    public var prices: PriceTable
    public var tenantLabelInMetrics: Bool

    /// What to do when a tenant is over its spending cap.
    public enum SpendingCapPolicy: String, Sendable { case fallback, refuse }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ key: String) -> String? {
            guard let raw = environment[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
            return raw
        }
        func number(_ key: String, _ fallback: Double) -> Double { value(key).flatMap(Double.init) ?? fallback }
        func flag(_ key: String, _ fallback: Bool) -> Bool {
            guard let raw = value(key)?.lowercased() else { return fallback }
            return ["1", "true", "yes", "on"].contains(raw)
        }

        openAIAPIKey = value("LLM_API_KEY") ?? value("OPENAI_API_KEY")
        openAIBaseURL = (value("LLM_BASE_URL") ?? "https://api.openai.com/v1").trimmingTrailingSlashes()
        openAIModel = value("LLM_MODEL") ?? "gpt-4o-mini"
        anthropicAPIKey = value("ANTHROPIC_API_KEY")
        anthropicBaseURL = (value("ANTHROPIC_BASE_URL") ?? "https://api.anthropic.com/v1").trimmingTrailingSlashes()
        anthropicVersion = value("ANTHROPIC_VERSION") ?? "2023-06-01"
        anthropicModel = value("ANTHROPIC_MODEL") ?? value("LLM_MODEL") ?? "claude-3-5-haiku-latest"

        if let explicit = value("LLM_PROVIDER").flatMap({ LLMProviderKind(rawValue: $0.lowercased()) }) {
            provider = explicit
        } else if openAIAPIKey != nil {
            provider = .openai
        } else if anthropicAPIKey != nil {
            provider = .anthropic
        } else {
            provider = .embedded
        }

        timeout = .milliseconds(Int64(number("LLM_TIMEOUT_SECONDS", 30) * 1000))
        retryPolicy = RetryPolicy(
            maxRetries: max(0, Int(number("LLM_MAX_RETRIES", 2))),
            baseDelay: .milliseconds(Int64(number("LLM_RETRY_BASE_DELAY_MS", 500))),
            maxDelay: .milliseconds(Int64(number("LLM_RETRY_MAX_DELAY_MS", 8000))),
            maxRetryAfter: .milliseconds(Int64(number("LLM_MAX_RETRY_AFTER_SECONDS", 30) * 1000)))
        fallbackToEmbedded = flag("LLM_FALLBACK_TO_EMBEDDED", true)
        cacheCapacity = max(0, Int(number("LLM_CACHE_CAPACITY", 1000)))
        cacheTTL = .milliseconds(Int64(number("LLM_CACHE_TTL_SECONDS", 600) * 1000))
        monthlyCapUSD = value("LLM_TENANT_MONTHLY_CAP_USD").flatMap(Double.init)
        var caps: [String: Double] = [:]
        for pair in (value("LLM_TENANT_CAPS") ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let cap = Double(parts[1]) { caps[parts[0]] = cap }
        }
        tenantCapsUSD = caps
        capPolicy = value("LLM_CAP_POLICY").flatMap { SpendingCapPolicy(rawValue: $0.lowercased()) } ?? .fallback
        prices = PriceTable.standard.merging(PriceTable(parsing: value("LLM_PRICES") ?? ""))
        tenantLabelInMetrics = flag("LLM_METRICS_TENANT_LABEL", false)
    }

    /// The model the configured provider uses by default.
    public var model: String {
        switch provider {
        case .openai: return openAIModel
        case .anthropic: return anthropicModel
        case .embedded: return EmbeddedLLMProvider.modelName
        }
    }

    /// The cap for `tenantId`, if any.
    public func capUSD(tenantId: String) -> Double? { tenantCapsUSD[tenantId] ?? monthlyCapUSD }

    public var description: String {
        func mask(_ key: String?) -> String { key == nil ? "unset" : "set (redacted)" }
        return "LLMConfiguration(provider: \(provider.rawValue), model: \(model), openAIBaseURL: \(openAIBaseURL), "
            + "openAIKey: \(mask(openAIAPIKey)), anthropicBaseURL: \(anthropicBaseURL), anthropicKey: \(mask(anthropicAPIKey)), "
            + "timeout: \(timeout), retries: \(retryPolicy.maxRetries), fallback: \(fallbackToEmbedded), "
            + "cache: \(cacheCapacity)/\(cacheTTL), cap: \(monthlyCapUSD.map { "\($0) USD" } ?? "none") [\(capPolicy.rawValue)])"
    }
}

extension String {
    func trimmingTrailingSlashes() -> String {
        var out = self
        while out.hasSuffix("/") { out.removeLast() }
        return out
    }
}

// MARK: - Prices

/// USD per million tokens for one model.
public struct ModelPrice: Sendable, Hashable, Codable {
    public var inputPerMillion: Double
    public var outputPerMillion: Double
    public init(inputPerMillion: Double, outputPerMillion: Double) {
        self.inputPerMillion = inputPerMillion
        self.outputPerMillion = outputPerMillion
    }
}

/// Model prices, matched by longest prefix (`gpt-4o-mini-2024-07-18` uses `gpt-4o-mini`). Configurable with
/// `LLM_PRICES`; the defaults are list prices at the time of writing and only estimates.
public struct PriceTable: Sendable, Hashable {
    public var prices: [String: ModelPrice]

    public init(_ prices: [String: ModelPrice] = [:]) { self.prices = prices }

    /// `model=input/output;model2=input/output` (also accepts `,` between entries).
    public init(parsing text: String) {
        var prices: [String: ModelPrice] = [:]
        for entry in text.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let parts = entry.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let values = parts[1].split(separator: "/").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard values.count == 2 else { continue }
            prices[parts[0].trimmingCharacters(in: .whitespaces)] = ModelPrice(inputPerMillion: values[0], outputPerMillion: values[1])
        }
        self.prices = prices
    }

    public static let standard = PriceTable([
        "gpt-4o-mini": ModelPrice(inputPerMillion: 0.15, outputPerMillion: 0.60),
        "gpt-4o": ModelPrice(inputPerMillion: 2.50, outputPerMillion: 10.00),
        "gpt-4.1-nano": ModelPrice(inputPerMillion: 0.10, outputPerMillion: 0.40),
        "gpt-4.1-mini": ModelPrice(inputPerMillion: 0.40, outputPerMillion: 1.60),
        "gpt-4.1": ModelPrice(inputPerMillion: 2.00, outputPerMillion: 8.00),
        "claude-3-5-haiku": ModelPrice(inputPerMillion: 0.80, outputPerMillion: 4.00),
        "claude-3-haiku": ModelPrice(inputPerMillion: 0.25, outputPerMillion: 1.25),
        "claude-3-5-sonnet": ModelPrice(inputPerMillion: 3.00, outputPerMillion: 15.00),
        "claude-3-7-sonnet": ModelPrice(inputPerMillion: 3.00, outputPerMillion: 15.00),
        "claude-sonnet-4": ModelPrice(inputPerMillion: 3.00, outputPerMillion: 15.00),
        "claude-opus-4": ModelPrice(inputPerMillion: 15.00, outputPerMillion: 75.00),
    ])

    public func merging(_ other: PriceTable) -> PriceTable {
        PriceTable(prices.merging(other.prices) { _, new in new })
    }

    public func price(for model: String) -> ModelPrice? {
        var best: (key: String, price: ModelPrice)?
        for (key, price) in prices where model.hasPrefix(key) {
            if best == nil || key.count > best!.key.count { best = (key, price) }
        }
        return best?.price
    }

    /// Estimated cost in USD; 0 for unknown models.
    public func cost(model: String, usage: TokenUsage) -> Double {
        guard let price = price(for: model) else { return 0 }
        return (Double(usage.inputTokens) * price.inputPerMillion + Double(usage.outputTokens) * price.outputPerMillion) / 1_000_000
    }
}
