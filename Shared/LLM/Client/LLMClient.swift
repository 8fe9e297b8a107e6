import Foundation

// MARK: - Request context

/// Who a model call is made for. Every call carries one: the ledger, the spending cap, the cache and the logs
/// are keyed by it. `agent` is the calling daemon's short name (`sav`, `advertising`, `content`, …).
public struct LLMRequestContext: Sendable, Hashable {
    public var tenantId: String
    public var agent: String
    public var requestId: String

    public init(tenantId: String, agent: String, requestId: String = UUID().uuidString) {
        self.tenantId = tenantId
        self.agent = agent
        self.requestId = requestId
    }
}

// MARK: - Messages and requests

/// A chat role. System instructions travel in ``LLMRequest/system`` rather than as a message, so that
/// untrusted text can never end up in them by accident.
public enum ChatRole: String, Sendable, Hashable, Codable {
    case user, assistant
}

/// One turn of a conversation.
public struct ChatMessage: Sendable, Hashable, Codable {
    public var role: ChatRole
    public var content: String

    public init(role: ChatRole, content: String) {
        self.role = role
        self.content = content
    }

    public static func user(_ text: String) -> ChatMessage { ChatMessage(role: .user, content: text) }
    public static func assistant(_ text: String) -> ChatMessage { ChatMessage(role: .assistant, content: text) }
}

/// What shape the answer must have.
public enum ResponseFormat: Sendable, Hashable {
    /// Free text.
    case text
    /// One JSON value that must validate against the schema; ``LLMClient/completeJSON(_:as:context:)``
    /// validates it before anything decodes it.
    case json(JSONSchema)
}

/// Which template a request was rendered from, and the values it was rendered with. Remote providers ignore it
/// (they get the rendered text); the embedded engine uses it to run the matching deterministic pipeline.
public struct PromptTask: Sendable, Hashable {
    public var templateId: String
    public var version: Int
    /// Trusted values (tenant settings, product fields the merchant typed, tone…).
    public var variables: [String: String]
    /// Untrusted text (a customer's message), always delimited in the rendered prompt.
    public var untrusted: [String: String]

    public init(templateId: String, version: Int, variables: [String: String] = [:], untrusted: [String: String] = [:]) {
        self.templateId = templateId
        self.version = version
        self.variables = variables
        self.untrusted = untrusted
    }
}

/// One model call. Build it with ``PromptLibrary/render(_:variables:untrusted:)`` rather than by hand.
public struct LLMRequest: Sendable, Hashable {
    /// System instructions. Only trusted text from the ``PromptLibrary`` goes here.
    public var system: String
    public var messages: [ChatMessage]
    /// Overrides the configured model for this call.
    public var model: String?
    public var maxOutputTokens: Int
    public var temperature: Double
    public var responseFormat: ResponseFormat
    public var task: PromptTask?
    /// Per-request timeout; `nil` uses the configuration's.
    public var timeout: Duration?
    /// `false` skips the response cache for this call.
    public var cacheable: Bool

    public init(
        system: String,
        messages: [ChatMessage],
        model: String? = nil,
        maxOutputTokens: Int = 800,
        temperature: Double = 0.2,
        responseFormat: ResponseFormat = .text,
        task: PromptTask? = nil,
        timeout: Duration? = nil,
        cacheable: Bool = true
    ) {
        self.system = system
        self.messages = messages
        self.model = model
        self.maxOutputTokens = maxOutputTokens
        self.temperature = temperature
        self.responseFormat = responseFormat
        self.task = task
        self.timeout = timeout
        self.cacheable = cacheable
    }
}

// MARK: - Responses

/// The three kinds of provider.
public enum LLMProviderKind: String, Sendable, Hashable, Codable, CaseIterable {
    case openai, anthropic, embedded
}

/// Tokens a call consumed. Remote providers report them; the embedded engine estimates them (and costs nothing).
public struct TokenUsage: Sendable, Hashable, Codable {
    public var inputTokens: Int
    public var outputTokens: Int

    public init(inputTokens: Int, outputTokens: Int) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }

    public var totalTokens: Int { inputTokens + outputTokens }
    public static let zero = TokenUsage(inputTokens: 0, outputTokens: 0)
}

/// An answer, and who produced it.
public struct LLMResponse: Sendable, Hashable {
    public var text: String
    /// The provider that produced `text` (the embedded engine after a fallback).
    public var provider: LLMProviderKind
    public var model: String
    public var usage: TokenUsage
    /// Estimated cost in US dollars from the price table (0 for the embedded engine and cache hits).
    public var costUSD: Double
    public var finishReason: String?
    /// `true` when the answer came from the response cache.
    public var fromCache: Bool
    /// Set when the configured provider was not used: why the embedded engine answered instead.
    public var fallbackReason: String?

    public init(
        text: String, provider: LLMProviderKind, model: String, usage: TokenUsage, costUSD: Double = 0,
        finishReason: String? = nil, fromCache: Bool = false, fallbackReason: String? = nil
    ) {
        self.text = text
        self.provider = provider
        self.model = model
        self.usage = usage
        self.costUSD = costUSD
        self.finishReason = finishReason
        self.fromCache = fromCache
        self.fallbackReason = fallbackReason
    }
}

/// One element of a streamed answer.
public enum LLMStreamEvent: Sendable, Hashable {
    /// A piece of text to append.
    case delta(String)
    /// The end of the stream, with who answered and what it consumed.
    case completed(provider: LLMProviderKind, model: String, usage: TokenUsage)
}

// MARK: - The client protocol

/// The one interface agents use to talk to a language model, whatever runs behind it
/// (OpenAI-compatible server, Anthropic, or the embedded engine).
public protocol LLMClient: Sendable {
    /// Runs a request to completion.
    func complete(_ request: LLMRequest, context: LLMRequestContext) async throws -> LLMResponse

    /// Streams a request: `.delta` events in order, then exactly one `.completed`.
    func streamEvents(_ request: LLMRequest, context: LLMRequestContext) -> AsyncThrowingStream<LLMStreamEvent, any Error>
}

extension LLMClient {
    /// The answer as an async sequence of text deltas.
    public func stream(_ request: LLMRequest, context: LLMRequestContext) -> AsyncThrowingStream<String, any Error> {
        let events = streamEvents(request, context: context)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await event in events {
                        if case .delta(let text) = event { continuation.yield(text) }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Runs a request whose ``LLMRequest/responseFormat`` is `.json(schema)`, validates the returned JSON against
    /// the schema and only then decodes it. Throws ``LLMError/invalidStructuredOutput(_:)`` when the model's
    /// answer is not valid JSON or does not match.
    public func completeJSON<T: Decodable & Sendable>(
        _ request: LLMRequest, as type: T.Type, context: LLMRequestContext
    ) async throws -> (value: T, response: LLMResponse) {
        guard case .json(let schema) = request.responseFormat else {
            throw LLMError.invalidRequest("completeJSON needs a request with responseFormat .json(schema)")
        }
        let response = try await complete(request, context: context)
        let data = try StructuredOutput.validatedJSON(response.text, schema: schema)
        do {
            return (try JSONDecoder().decode(T.self, from: data), response)
        } catch {
            throw LLMError.invalidStructuredOutput("does not decode as \(T.self): \(error)")
        }
    }
}

// MARK: - Errors

/// The LLM module's one error type. `httpStatusHint` maps it to the API's error shape at the HTTP edge.
public enum LLMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The provider answered with an HTTP error. `retryable` is true for 429 and 5xx.
    case http(status: Int, provider: LLMProviderKind, body: String)
    /// The provider could not be reached, or did not answer in time.
    case transport(provider: LLMProviderKind, message: String)
    case timeout(provider: LLMProviderKind)
    /// The provider's answer could not be understood.
    case malformedResponse(provider: LLMProviderKind, message: String)
    /// JSON output missing, unparsable or not matching the schema.
    case invalidStructuredOutput(String)
    /// The tenant spent its budget and the cap policy is `refuse`.
    case spendingCapExceeded(tenantId: String, spentUSD: Double, capUSD: Double)
    case invalidRequest(String)
    case misconfigured(String)

    public var isRetryable: Bool {
        switch self {
        case .http(let status, _, _): return status == 429 || (500...599).contains(status)
        case .transport, .timeout: return true
        default: return false
        }
    }

    /// Whether the embedded engine may stand in (the remote side is down or overloaded, not the request wrong).
    public var allowsFallback: Bool {
        switch self {
        case .http(let status, _, _): return status == 429 || status >= 500 || status == 401 || status == 403
        case .transport, .timeout, .malformedResponse: return true
        default: return false
        }
    }

    /// The HTTP status an API should answer with.
    public var httpStatusHint: Int {
        switch self {
        case .spendingCapExceeded: return 402
        case .invalidRequest: return 400
        case .invalidStructuredOutput, .malformedResponse, .http, .transport: return 502
        case .timeout: return 504
        case .misconfigured: return 500
        }
    }

    public var description: String {
        switch self {
        case .http(let status, let provider, let body): return "\(provider) answered HTTP \(status): \(body.prefix(300))"
        case .transport(let provider, let message): return "\(provider) unreachable: \(message)"
        case .timeout(let provider): return "\(provider) did not answer in time"
        case .malformedResponse(let provider, let message): return "\(provider) sent an unreadable answer: \(message)"
        case .invalidStructuredOutput(let message): return "structured output rejected: \(message)"
        case .spendingCapExceeded(let tenant, let spent, let cap):
            return "tenant \(tenant) reached its LLM spending cap (\(String(format: "%.4f", spent)) of \(String(format: "%.2f", cap)) USD this month)"
        case .invalidRequest(let message): return "invalid LLM request: \(message)"
        case .misconfigured(let message): return "LLM misconfigured: \(message)"
        }
    }
}
