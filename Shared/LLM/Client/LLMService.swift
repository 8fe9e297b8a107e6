import AsyncHTTPClient
import Foundation
import Logging
import Metrics

/// The LLM client agents hold: the configured provider behind the response cache, the spending cap, the usage
/// ledger and metrics, with the embedded engine standing in when the remote provider is down.
///
/// - Cache: identical requests (same tenant, provider, model, prompt, format, sampling) within the TTL are
///   answered from memory, marked `fromCache`, cost 0. Fallback answers are never cached.
/// - Spending cap: before a remote call the tenant's spend this month (UTC) is compared with its cap. Over it,
///   policy `fallback` answers with the embedded engine (`fallbackReason: "spending_cap"`), policy `refuse`
///   throws ``LLMError/spendingCapExceeded(tenantId:spentUSD:capUSD:)``.
/// - Fallback: when the remote provider fails after its retries in a way ``LLMError/allowsFallback`` accepts
///   (429/5xx, 401/403, unreachable, timeout, unusable answer, JSON not matching the schema), the embedded
///   engine answers and `LLMResponse.provider` says `embedded`; other errors (400…) are thrown.
/// - Metrics: `llm_tokens_total{agent,provider,kind=input|output}` (plus `tenant` only when
///   `LLM_METRICS_TENANT_LABEL` is on), `llm_requests_total{agent,provider,outcome=ok|cache|fallback|error}`,
///   `llm_cost_usd_total{agent,provider}`. Per-tenant figures live in the ``UsageLedger``.
public struct LLMService: LLMClient {
    public let configuration: LLMConfiguration
    public let primary: any LLMProvider
    public let embedded: EmbeddedLLMProvider
    public let ledger: any UsageLedger
    public let cache: ResponseCache?
    private let logger: Logger

    /// Builds the provider the configuration names.
    public init(
        configuration: LLMConfiguration,
        httpClient: HTTPClient = .shared,
        ledger: any UsageLedger = InMemoryUsageLedger(),
        knowledge: KnowledgeBaseStore? = nil,
        engine: EmbeddedEngine = .shared,
        logger: Logger = Logger(label: "llm")
    ) {
        let embedded = EmbeddedLLMProvider(engine: engine, knowledge: knowledge)
        let primary: any LLMProvider
        switch configuration.provider {
        case .openai: primary = OpenAICompatibleProvider(configuration: configuration, httpClient: httpClient, logger: logger)
        case .anthropic: primary = AnthropicProvider(configuration: configuration, httpClient: httpClient, logger: logger)
        case .embedded: primary = embedded
        }
        self.init(configuration: configuration, primary: primary, embedded: embedded, ledger: ledger, logger: logger)
    }

    /// Uses the given providers (tests, custom providers).
    public init(configuration: LLMConfiguration, primary: any LLMProvider, embedded: EmbeddedLLMProvider = EmbeddedLLMProvider(),
                ledger: any UsageLedger = InMemoryUsageLedger(), logger: Logger = Logger(label: "llm")) {
        self.configuration = configuration
        self.primary = primary
        self.embedded = embedded
        self.ledger = ledger
        self.cache = configuration.cacheCapacity > 0 ? ResponseCache(capacity: configuration.cacheCapacity, ttl: configuration.cacheTTL) : nil
        self.logger = logger
        logger.info("llm client ready", metadata: ["configuration": "\(configuration)"])
    }

    // MARK: - Complete

    public func complete(_ request: LLMRequest, context: LLMRequestContext) async throws -> LLMResponse {
        let model = request.model ?? primary.model
        let cacheKey = request.cacheable ? ResponseCache.key(for: request, provider: primary.kind, model: model, tenantId: context.tenantId) : nil
        if let cacheKey, let cache, var cached = await cache.value(for: cacheKey) {
            cached.fromCache = true
            cached.costUSD = 0
            count(outcome: "cache", provider: cached.provider, context: context)
            return cached
        }

        if primary.kind != .embedded, let reason = try await capFallbackReason(context: context) {
            return try await fallback(request, context: context, reason: reason)
        }

        var response: LLMResponse
        do {
            response = try await primary.complete(request, context: context)
            if case .json(let schema) = request.responseFormat {
                _ = try StructuredOutput.validatedJSON(response.text, schema: schema)
            }
        } catch let error as LLMError where primary.kind != .embedded && configuration.fallbackToEmbedded && (error.allowsFallback || Self.isStructuredOutputError(error)) {
            logger.warning("llm provider failed, embedded engine answers", metadata: [
                "provider": "\(primary.kind.rawValue)", "tenant": "\(context.tenantId)", "agent": "\(context.agent)",
                "request_id": "\(context.requestId)", "error": "\(error)"])
            return try await fallback(request, context: context, reason: "\(primary.kind.rawValue) unavailable: \(error)")
        } catch {
            count(outcome: "error", provider: primary.kind, context: context)
            throw error
        }
        response.costUSD = primary.kind == .embedded ? 0 : configuration.prices.cost(model: response.model, usage: response.usage)
        await record(response, context: context)
        count(outcome: "ok", provider: response.provider, context: context)
        if let cacheKey, let cache { await cache.insert(response, for: cacheKey) }
        return response
    }

    private static func isStructuredOutputError(_ error: LLMError) -> Bool {
        if case .invalidStructuredOutput = error { return true }
        return false
    }

    private func fallback(_ request: LLMRequest, context: LLMRequestContext, reason: String) async throws -> LLMResponse {
        var response = try await embedded.complete(request, context: context)
        response.fallbackReason = reason
        await record(response, context: context)
        count(outcome: "fallback", provider: .embedded, context: context)
        return response
    }

    /// `nil` when the tenant may call the remote provider; otherwise the fallback reason (or a thrown refusal).
    private func capFallbackReason(context: LLMRequestContext) async throws -> String? {
        guard let cap = configuration.capUSD(tenantId: context.tenantId) else { return nil }
        let spent = await ledger.spendThisMonth(tenantId: context.tenantId)
        guard spent >= cap else { return nil }
        switch configuration.capPolicy {
        case .refuse:
            count(outcome: "refused", provider: primary.kind, context: context)
            throw LLMError.spendingCapExceeded(tenantId: context.tenantId, spentUSD: spent, capUSD: cap)
        case .fallback:
            return "spending_cap"
        }
    }

    // MARK: - Stream

    public func streamEvents(_ request: LLMRequest, context: LLMRequestContext) -> AsyncThrowingStream<LLMStreamEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream<LLMStreamEvent, any Error>.makeStream()
        let task = Task {
            do {
                var source = primary
                if primary.kind != .embedded, try await capFallbackReason(context: context) != nil { source = embedded }
                var yieldedText = false
                do {
                    try await forward(source.streamEvents(request, context: context), to: continuation, context: context, yieldedText: &yieldedText)
                } catch let error as LLMError where source.kind != .embedded && !yieldedText && configuration.fallbackToEmbedded && error.allowsFallback {
                    // Nothing reached the caller yet: the embedded engine can answer the whole request instead.
                    logger.warning("llm stream failed before any text, embedded engine answers", metadata: [
                        "provider": "\(source.kind.rawValue)", "request_id": "\(context.requestId)", "error": "\(error)"])
                    count(outcome: "fallback", provider: .embedded, context: context)
                    try await forward(embedded.streamEvents(request, context: context), to: continuation, context: context, yieldedText: &yieldedText)
                }
                continuation.finish()
            } catch {
                count(outcome: "error", provider: primary.kind, context: context)
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    private func forward(_ events: AsyncThrowingStream<LLMStreamEvent, any Error>, to continuation: AsyncThrowingStream<LLMStreamEvent, any Error>.Continuation,
                         context: LLMRequestContext, yieldedText: inout Bool) async throws {
        for try await event in events {
            if case .completed(let provider, let model, let usage) = event {
                let cost = provider == .embedded ? 0 : configuration.prices.cost(model: model, usage: usage)
                await record(LLMResponse(text: "", provider: provider, model: model, usage: usage, costUSD: cost), context: context)
                count(outcome: "ok", provider: provider, context: context)
            } else {
                yieldedText = true
            }
            continuation.yield(event)
        }
    }

    // MARK: - Accounting

    private func record(_ response: LLMResponse, context: LLMRequestContext) async {
        await ledger.record(UsageRecord(tenantId: context.tenantId, agent: context.agent, provider: response.provider, model: response.model,
                                        usage: response.usage, costUSD: response.costUSD, requestId: context.requestId))
        var dimensions = [("agent", context.agent), ("provider", response.provider.rawValue)]
        if configuration.tenantLabelInMetrics { dimensions.append(("tenant", context.tenantId)) }
        Counter(label: "llm_tokens_total", dimensions: dimensions + [("kind", "input")]).increment(by: response.usage.inputTokens)
        Counter(label: "llm_tokens_total", dimensions: dimensions + [("kind", "output")]).increment(by: response.usage.outputTokens)
        if response.costUSD > 0 {
            FloatingPointCounter(label: "llm_cost_usd_total", dimensions: [("agent", context.agent), ("provider", response.provider.rawValue)])
                .increment(by: response.costUSD)
        }
    }

    private func count(outcome: String, provider: LLMProviderKind, context: LLMRequestContext) {
        Counter(label: "llm_requests_total", dimensions: [("agent", context.agent), ("provider", provider.rawValue), ("outcome", outcome)]).increment()
    }

    // MARK: - Admin queries

    /// Usage totals per tenant, agent, provider and model between two dates (the admin API's view).
    public func usage(tenantId: String?, from: Date, to: Date) async -> [UsageSummary] {
        await ledger.summary(tenantId: tenantId, from: from, to: to)
    }

    /// A tenant's estimated spend this month and its cap.
    public func spending(tenantId: String) async -> (spentUSD: Double, capUSD: Double?) {
        (await ledger.spendThisMonth(tenantId: tenantId), configuration.capUSD(tenantId: tenantId))
    }
}
