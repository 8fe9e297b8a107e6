import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Anthropic Messages (`POST {base}/messages`, `x-api-key`, `anthropic-version`). Anthropic has no JSON mode
/// here: the schema goes into the system prompt and the answer is validated by the caller.
public struct AnthropicProvider: LLMProvider {
    public let kind = LLMProviderKind.anthropic
    public let model: String
    private let baseURL: String
    private let apiKey: String?
    private let version: String
    private let timeout: Duration
    private let transport: RemoteTransport

    public init(configuration: LLMConfiguration, httpClient: HTTPClient = .shared, logger: Logger = Logger(label: "llm.anthropic")) {
        model = configuration.anthropicModel
        baseURL = configuration.anthropicBaseURL
        apiKey = configuration.anthropicAPIKey
        version = configuration.anthropicVersion
        timeout = configuration.timeout
        transport = RemoteTransport(client: httpClient, provider: .anthropic, retryPolicy: configuration.retryPolicy, logger: logger)
    }

    private var headers: HTTPHeaders {
        var headers = HTTPHeaders()
        if let apiKey { headers.add(name: "x-api-key", value: apiKey) }
        headers.add(name: "anthropic-version", value: version)
        headers.add(name: "accept", value: "application/json, text/event-stream")
        return headers
    }

    func body(_ request: LLMRequest, stream: Bool) -> JSONValue {
        var system = request.system
        if case .json(let schema) = request.responseFormat, !system.contains("JSON Schema") {
            system += "\n\nAnswer with one JSON value only, matching this JSON Schema:\n" + schema.jsonText
        }
        return .object([
            "model": .string(request.model ?? model),
            "system": .string(system),
            "messages": .array(request.messages.map { .object(["role": .string($0.role.rawValue), "content": .string($0.content)]) }),
            "max_tokens": .number(Double(request.maxOutputTokens)),
            "temperature": .number(request.temperature),
            "stream": .bool(stream),
        ])
    }

    public func complete(_ request: LLMRequest, context: LLMRequestContext) async throws -> LLMResponse {
        let response = try await transport.send(url: baseURL + "/messages", headers: headers, body: body(request, stream: false),
                                                timeout: request.timeout ?? timeout, context: context)
        let json = try await transport.readJSON(response)
        guard case .array(let blocks)? = json["content"] else {
            throw LLMError.malformedResponse(provider: .anthropic, message: "no content blocks")
        }
        let text = blocks.compactMap { $0["type"]?.stringValue == "text" ? $0["text"]?.stringValue : nil }.joined()
        let usage = TokenUsage(inputTokens: Int(json["usage"]?["input_tokens"]?.numberValue ?? 0),
                               outputTokens: Int(json["usage"]?["output_tokens"]?.numberValue ?? Double(estimateTokens(text))))
        return LLMResponse(text: text, provider: .anthropic, model: json["model"]?.stringValue ?? request.model ?? model, usage: usage,
                           finishReason: json["stop_reason"]?.stringValue)
    }

    public func streamEvents(_ request: LLMRequest, context: LLMRequestContext) -> AsyncThrowingStream<LLMStreamEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream<LLMStreamEvent, any Error>.makeStream()
        let task = Task {
            do {
                let response = try await transport.send(url: baseURL + "/messages", headers: headers, body: body(request, stream: true),
                                                        timeout: request.timeout ?? timeout, context: context)
                var parser = SSEParser()
                var input = 0
                var output = 0
                var modelName = request.model ?? model
                var stopped = false
                func handle(_ event: SSEEvent) throws {
                    guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(event.data.utf8)) else {
                        throw LLMError.malformedResponse(provider: .anthropic, message: "bad stream event")
                    }
                    switch json["type"]?.stringValue ?? event.event ?? "" {
                    case "message_start":
                        input = Int(json["message"]?["usage"]?["input_tokens"]?.numberValue ?? 0)
                        output = Int(json["message"]?["usage"]?["output_tokens"]?.numberValue ?? 0)
                        if let name = json["message"]?["model"]?.stringValue { modelName = name }
                    case "content_block_delta":
                        if let text = json["delta"]?["text"]?.stringValue, !text.isEmpty { continuation.yield(.delta(text)) }
                    case "message_delta":
                        if let value = json["usage"]?["output_tokens"]?.numberValue { output = Int(value) }
                    case "message_stop":
                        stopped = true
                    case "error":
                        let message = json["error"]?["message"]?.stringValue ?? "stream error"
                        if json["error"]?["type"]?.stringValue == "overloaded_error" {
                            throw LLMError.http(status: 529, provider: .anthropic, body: message)
                        }
                        throw LLMError.malformedResponse(provider: .anthropic, message: message)
                    default:
                        break
                    }
                }
                for try await buffer in response.body {
                    for event in parser.feed(buffer.readableBytesView) { try handle(event) }
                    if stopped { break }
                }
                if !stopped, let event = parser.finish() { try handle(event) }
                continuation.yield(.completed(provider: .anthropic, model: modelName, usage: TokenUsage(inputTokens: input, outputTokens: output)))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
