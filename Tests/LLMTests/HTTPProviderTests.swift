import Foundation
import LLM
import Testing

/// The OpenAI-compatible and Anthropic providers against a local fake server.
@Suite(.serialized)
struct HTTPProviderTests {
    static let context = LLMRequestContext(tenantId: "tenant-a", agent: "sav", requestId: "req-1")

    static func environment(_ base: String, provider: String = "openai", extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "LLM_PROVIDER": provider,
            "LLM_BASE_URL": base + "/v1", "LLM_API_KEY": "sk-test-123", "LLM_MODEL": "gpt-4o-mini",
            "ANTHROPIC_BASE_URL": base + "/v1", "ANTHROPIC_API_KEY": "ak-test-456", "ANTHROPIC_MODEL": "claude-3-5-haiku-20241022",
            "LLM_RETRY_BASE_DELAY_MS": "10", "LLM_RETRY_MAX_DELAY_MS": "40", "LLM_MAX_RETRIES": "2",
            "LLM_TIMEOUT_SECONDS": "5", "LLM_CACHE_CAPACITY": "0",
        ]
        env.merge(extra) { $1 }
        return env
    }

    static let request = LLMRequest(system: "You are a helpful shop assistant.", messages: [.user("Where is my order #12345?")], temperature: 0.1)

    static let openAIOK = #"{"id":"c1","model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":{"role":"assistant","content":"Your order ships today."},"finish_reason":"stop"}],"usage":{"prompt_tokens":1000,"completion_tokens":500,"total_tokens":1500}}"#

    // MARK: - OpenAI

    @Test func openAIRequestShapeHeadersAndCost() async throws {
        let server = FakeLLMServer()
        await server.enqueue(.json(status: 200, body: Self.openAIOK))
        let ledger = InMemoryUsageLedger()
        let response = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base)), ledger: ledger)
            return try await service.complete(Self.request, context: Self.context)
        }
        #expect(response.text == "Your order ships today.")
        #expect(response.provider == .openai)
        #expect(response.usage == TokenUsage(inputTokens: 1000, outputTokens: 500))
        // gpt-4o-mini: 0.15 $/M in, 0.60 $/M out
        #expect(abs(response.costUSD - 0.00045) < 1e-9)

        let received = await server.received
        #expect(received.count == 1)
        let call = try #require(received.first)
        #expect(call.path == "/v1/chat/completions")
        #expect(call.headers["authorization"] == "Bearer sk-test-123")
        #expect(call.headers["content-type"] == "application/json")
        #expect(call.headers["x-api-key"] == nil)
        #expect(call.headers["x-request-id"] == "req-1")
        #expect(call.body["model"]?.stringValue == "gpt-4o-mini")
        #expect(call.body["stream"]?.boolValue == false)
        let messages = try #require(call.body["messages"]?.arrayValue)
        #expect(messages.count == 2)
        #expect(messages[0]["role"]?.stringValue == "system")
        #expect(messages[0]["content"]?.stringValue == "You are a helpful shop assistant.")
        #expect(messages[1]["role"]?.stringValue == "user")
        #expect(messages[1]["content"]?.stringValue == "Where is my order #12345?")

        let spent = await ledger.spend(tenantId: "tenant-a", since: Date(timeIntervalSinceNow: -60))
        #expect(abs(spent - 0.00045) < 1e-9)
        let rows = await ledger.summary(tenantId: "tenant-a", from: Date(timeIntervalSinceNow: -3600), to: Date(timeIntervalSinceNow: 3600))
        #expect(rows.count == 1)
        #expect(rows.first?.agent == "sav")
        #expect(rows.first?.provider == .openai)
        #expect(rows.first?.inputTokens == 1000 && rows.first?.outputTokens == 500)
    }

    @Test func openAIStreamingParsesServerSentEvents() async throws {
        let server = FakeLLMServer()
        await server.enqueue(.events([
            "data: {\"model\":\"gpt-4o-mini\",\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n",
            "data: {\"choices\":[{\"delta\":{\"content\":\"Bon\"}}]}\n\ndata: {\"choi",
            "ces\":[{\"delta\":{\"content\":\"jour !\"}}]}\r\n\r\n",
            ": keep-alive comment\n\n",
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":3}}\n\n",
            "data: [DONE]\n\n",
        ]))
        let ledger = InMemoryUsageLedger()
        let (text, events) = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base)), ledger: ledger)
            var text = ""
            var events: [LLMStreamEvent] = []
            for try await event in service.streamEvents(Self.request, context: Self.context) {
                events.append(event)
                if case .delta(let piece) = event { text += piece }
            }
            return (text, events)
        }
        #expect(text == "Bonjour !")
        #expect(events.last == .completed(provider: .openai, model: "gpt-4o-mini", usage: TokenUsage(inputTokens: 20, outputTokens: 3)))
        let body = try #require(await server.received.first?.body)
        #expect(body["stream"]?.boolValue == true)
        #expect(body["stream_options"]?["include_usage"]?.boolValue == true)
        let rows = await ledger.summary(tenantId: nil, from: Date(timeIntervalSinceNow: -3600), to: Date(timeIntervalSinceNow: 3600))
        #expect(rows.first?.outputTokens == 3)
    }

    @Test func rateLimitWithRetryAfterIsRetried() async throws {
        let server = FakeLLMServer()
        await server.enqueue(
            .json(status: 429, body: #"{"error":{"message":"slow down"}}"#, retryAfter: "1"),
            .json(status: 200, body: Self.openAIOK))
        let clock = ContinuousClock()
        let start = clock.now
        let response = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base)))
            return try await service.complete(Self.request, context: Self.context)
        }
        let elapsed = clock.now - start
        #expect(response.provider == .openai)
        #expect(response.fallbackReason == nil)
        #expect(await server.requestCount() == 2)
        // Retry-After: 1 wins over the 10 ms backoff.
        #expect(elapsed >= .milliseconds(950))
    }

    @Test func serverErrorsAreRetriedThenEmbeddedEngineAnswers() async throws {
        let server = FakeLLMServer()
        await server.enqueue(
            .json(status: 500, body: "boom"), .json(status: 502, body: "bad gateway"), .json(status: 503, body: "unavailable"))
        let ledger = InMemoryUsageLedger()
        let response = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base)), ledger: ledger)
            return try await service.complete(Self.request, context: Self.context)
        }
        #expect(await server.requestCount() == 3)  // first attempt + LLM_MAX_RETRIES=2
        #expect(response.provider == .embedded)
        #expect(response.fallbackReason?.contains("503") == true)
        #expect(response.costUSD == 0)
        #expect(response.text.contains("12345"))  // the embedded engine answered the actual message
        let rows = await ledger.summary(tenantId: "tenant-a", from: Date(timeIntervalSinceNow: -3600), to: Date(timeIntervalSinceNow: 3600))
        #expect(rows.map(\.provider) == [.embedded])
    }

    @Test func badRequestIsNotRetriedNorHidden() async throws {
        let server = FakeLLMServer()
        await server.enqueue(.json(status: 400, body: #"{"error":{"message":"bad model"}}"#), .json(status: 200, body: Self.openAIOK))
        await #expect(throws: LLMError.self) {
            try await server.run { base in
                let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base)))
                return try await service.complete(Self.request, context: Self.context)
            }
        }
        #expect(await server.requestCount() == 1)
    }

    @Test func identicalRequestsAreServedFromCache() async throws {
        let server = FakeLLMServer()
        await server.enqueue(.json(status: 200, body: Self.openAIOK), .json(status: 200, body: Self.openAIOK))
        let (first, second, otherTenant) = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base, extra: ["LLM_CACHE_CAPACITY": "10"])))
            let first = try await service.complete(Self.request, context: Self.context)
            let second = try await service.complete(Self.request, context: Self.context)
            let other = try await service.complete(Self.request, context: LLMRequestContext(tenantId: "tenant-b", agent: "sav"))
            return (first, second, other)
        }
        #expect(!first.fromCache)
        #expect(second.fromCache && second.text == first.text && second.costUSD == 0)
        #expect(!otherTenant.fromCache)  // never shared across tenants
        #expect(await server.requestCount() == 2)
    }

    @Test func spendingCapRefusesOrFallsBack() async throws {
        let server = FakeLLMServer()
        await server.enqueue(.json(status: 200, body: Self.openAIOK))
        let ledger = InMemoryUsageLedger()
        await ledger.record(UsageRecord(tenantId: "tenant-a", agent: "content", provider: .openai, model: "gpt-4o", usage: TokenUsage(inputTokens: 1, outputTokens: 1), costUSD: 5.5, requestId: "old"))
        let (refusal, fallback) = try await server.run { base in
            let refusing = LLMService(configuration: LLMConfiguration(environment: Self.environment(base, extra: ["LLM_TENANT_MONTHLY_CAP_USD": "5", "LLM_CAP_POLICY": "refuse"])), ledger: ledger)
            var refusal: LLMError?
            do { _ = try await refusing.complete(Self.request, context: Self.context) } catch let error as LLMError { refusal = error }
            let falling = LLMService(configuration: LLMConfiguration(environment: Self.environment(base, extra: ["LLM_TENANT_CAPS": "tenant-a=5"])), ledger: ledger)
            return (refusal, try await falling.complete(Self.request, context: Self.context))
        }
        #expect(refusal == .spendingCapExceeded(tenantId: "tenant-a", spentUSD: 5.5, capUSD: 5))
        #expect(refusal?.httpStatusHint == 402)
        #expect(fallback.provider == .embedded && fallback.fallbackReason == "spending_cap")
        #expect(await server.requestCount() == 0)
    }

    @Test func structuredOutputIsValidatedBeforeUse() async throws {
        let server = FakeLLMServer()
        let invalid = #"{"model":"gpt-4o-mini","choices":[{"message":{"content":"{\"category\":\"shipping\",\"confidence\":2}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":10,"completion_tokens":5}}"#
        let valid = #"{"model":"gpt-4o-mini","choices":[{"message":{"content":"```json\n{\"category\":\"refund_request\",\"confidence\":0.9,\"sentiment\":{\"label\":\"negative\",\"score\":-0.5},\"language\":\"en\"}\n```"},"finish_reason":"stop"}],"usage":{"prompt_tokens":10,"completion_tokens":5}}"#
        await server.enqueue(.json(status: 200, body: valid), .json(status: 200, body: invalid))
        struct Classification: Decodable, Sendable { var category: String; var confidence: Double }
        let request = try PromptLibrary.standard.render(PromptID.customerServiceClassify, untrusted: ["customer_message": "I want my money back for order 5531"])
        let (good, repaired) = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base)))
            let good = try await service.completeJSON(request, as: Classification.self, context: Self.context)
            let repaired = try await service.completeJSON(request, as: Classification.self, context: Self.context)
            return (good, repaired)
        }
        #expect(good.value.category == "refund_request" && good.response.provider == .openai)
        let body = try #require(await server.received.first?.body)
        #expect(body["response_format"]?["type"]?.stringValue == "json_schema")
        // The invalid answer ("shipping", confidence 2) never reaches the caller: the embedded engine answers.
        #expect(repaired.response.provider == .embedded)
        #expect(repaired.value.category == "refund_request")
        #expect((0...1).contains(repaired.value.confidence))
    }

    // MARK: - Anthropic

    static let anthropicOK = #"{"id":"msg_1","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022","content":[{"type":"text","text":"Votre commande part demain."}],"stop_reason":"end_turn","usage":{"input_tokens":2000,"output_tokens":100}}"#

    @Test func anthropicRequestShapeHeadersAndCost() async throws {
        let server = FakeLLMServer()
        await server.enqueue(.json(status: 200, body: Self.anthropicOK))
        let ledger = InMemoryUsageLedger()
        let response = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base, provider: "anthropic")), ledger: ledger)
            return try await service.complete(Self.request, context: Self.context)
        }
        #expect(response.text == "Votre commande part demain.")
        #expect(response.provider == .anthropic)
        // claude-3-5-haiku: 0.80 $/M in, 4 $/M out → 0.0016 + 0.0004
        #expect(abs(response.costUSD - 0.002) < 1e-9)
        let call = try #require(await server.received.first)
        #expect(call.path == "/v1/messages")
        #expect(call.headers["x-api-key"] == "ak-test-456")
        #expect(call.headers["anthropic-version"] == "2023-06-01")
        #expect(call.headers["authorization"] == nil)
        #expect(call.body["system"]?.stringValue == "You are a helpful shop assistant.")
        #expect(call.body["max_tokens"]?.numberValue == 800)
        let messages = try #require(call.body["messages"]?.arrayValue)
        #expect(messages.count == 1 && messages[0]["role"]?.stringValue == "user")
        let spent = await ledger.spendThisMonth(tenantId: "tenant-a")
        #expect(abs(spent - 0.002) < 1e-9)
    }

    @Test func anthropicStreamingParsesEvents() async throws {
        let server = FakeLLMServer()
        await server.enqueue(.events([
            "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"claude-3-5-haiku-20241022\",\"usage\":{\"input_tokens\":42,\"output_tokens\":1}}}\n\n",
            "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
            "event: ping\ndata: {\"type\":\"ping\"}\n\n",
            "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello\"}}\n\nevent: content_block_delta\n",
            "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\" there\"}}\n\n",
            "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":7}}\n\n",
            "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n",
        ]))
        let (text, last) = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base, provider: "anthropic")))
            var text = ""
            var last: LLMStreamEvent?
            for try await event in service.streamEvents(Self.request, context: Self.context) {
                if case .delta(let piece) = event { text += piece }
                last = event
            }
            return (text, last)
        }
        #expect(text == "Hello there")
        #expect(last == .completed(provider: .anthropic, model: "claude-3-5-haiku-20241022", usage: TokenUsage(inputTokens: 42, outputTokens: 7)))
        #expect(await server.received.first?.body["stream"]?.boolValue == true)
    }

    @Test func anthropicOverloadedIsRetried() async throws {
        let server = FakeLLMServer()
        await server.enqueue(.json(status: 529, body: #"{"type":"error","error":{"type":"overloaded_error"}}"#), .json(status: 200, body: Self.anthropicOK))
        let response = try await server.run { base in
            let service = LLMService(configuration: LLMConfiguration(environment: Self.environment(base, provider: "anthropic")))
            return try await service.complete(Self.request, context: Self.context)
        }
        #expect(response.provider == .anthropic)
        #expect(await server.requestCount() == 2)
    }

    @Test func unreachableProviderFallsBackToEmbedded() async throws {
        // Port 9 (discard) on loopback: nothing listens, the connection is refused.
        let env = Self.environment("http://127.0.0.1:9", extra: ["LLM_MAX_RETRIES": "1", "LLM_TIMEOUT_SECONDS": "1"])
        let service = LLMService(configuration: LLMConfiguration(environment: env))
        let response = try await service.complete(Self.request, context: Self.context)
        #expect(response.provider == .embedded)
        #expect(response.fallbackReason != nil)
    }
}
