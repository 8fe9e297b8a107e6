import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// OpenAI chat completions (`POST {base}/chat/completions`), also spoken by Ollama, vLLM and llama.cpp's server.
/// Structured output is requested with `response_format: json_schema`; streaming asks for the usage chunk.
public struct OpenAICompatibleProvider: LLMProvider {
    public let kind = LLMProviderKind.openai
    public let model: String
    private let baseURL: String
    private let apiKey: String?
    private let timeout: Duration
    private let transport: RemoteTransport

    public init(configuration: LLMConfiguration, httpClient: HTTPClient = .shared, logger: Logger = Logger(label: "llm.openai")) {
        model = configuration.openAIModel
        baseURL = configuration.openAIBaseURL
        apiKey = configuration.openAIAPIKey
        timeout = configuration.timeout
        transport = RemoteTransport(client: httpClient, provider: .openai, retryPolicy: configuration.retryPolicy, logger: logger)
    }

    private var headers: HTTPHeaders {
        var headers = HTTPHeaders()
        if let apiKey { headers.add(name: "authorization", value: "Bearer \(apiKey)") }
        headers.add(name: "accept", value: "application/json, text/event-stream")
        return headers
    }

    func body(_ request: LLMRequest, stream: Bool) -> JSONValue {
        var system = request.system
        if case .json(let schema) = request.responseFormat, !system.contains("JSON Schema") {
            system += "\n\nAnswer with one JSON value only, matching this JSON Schema:\n" + schema.jsonText
        }
        var messages: [JSONValue] = [.object(["role": .string("system"), "content": .string(system)])]
        for message in request.messages {
            messages.append(.object(["role": .string(message.role.rawValue), "content": .string(message.content)]))
        }
        var body: [String: JSONValue] = [
            "model": .string(request.model ?? model),
            "messages": .array(messages),
            "max_tokens": .number(Double(request.maxOutputTokens)),
            "temperature": .number(request.temperature),
            "stream": .bool(stream),
        ]
        if stream { body["stream_options"] = .object(["include_usage": .bool(true)]) }
        if case .json(let schema) = request.responseFormat {
            body["response_format"] = .object([
                "type": .string("json_schema"),
                "json_schema": .object(["name": .string("output"), "schema": schema.jsonValue, "strict": .bool(false)]),
            ])
        }
        return .object(body)
    }

    public func complete(_ request: LLMRequest, context: LLMRequestContext) async throws -> LLMResponse {
        let response = try await transport.send(url: baseURL + "/chat/completions", headers: headers, body: body(request, stream: false),
                                                timeout: request.timeout ?? timeout, context: context)
        let json = try await transport.readJSON(response)
        guard case .array(let choices)? = json["choices"], let first = choices.first,
              let text = first["message"]?["content"]?.stringValue else {
            throw LLMError.malformedResponse(provider: .openai, message: "no choices[0].message.content")
        }
        let usage = TokenUsage(
            inputTokens: Int(json["usage"]?["prompt_tokens"]?.numberValue ?? Double(estimateTokens(request.system + request.messages.map(\.content).joined()))),
            outputTokens: Int(json["usage"]?["completion_tokens"]?.numberValue ?? Double(estimateTokens(text))))
        return LLMResponse(text: text, provider: .openai, model: json["model"]?.stringValue ?? request.model ?? model, usage: usage,
                           finishReason: first["finish_reason"]?.stringValue)
    }

    public func streamEvents(_ request: LLMRequest, context: LLMRequestContext) -> AsyncThrowingStream<LLMStreamEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream<LLMStreamEvent, any Error>.makeStream()
        let task = Task {
            do {
                let response = try await transport.send(url: baseURL + "/chat/completions", headers: headers, body: body(request, stream: true),
                                                        timeout: request.timeout ?? timeout, context: context)
                var parser = SSEParser()
                var usage: TokenUsage?
                var produced = ""
                var modelName = request.model ?? model
                var done = false
                func handle(_ event: SSEEvent) throws {
                    if event.data == "[DONE]" { done = true; return }
                    guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(event.data.utf8)) else {
                        throw LLMError.malformedResponse(provider: .openai, message: "bad stream chunk")
                    }
                    if let error = json["error"] { throw LLMError.malformedResponse(provider: .openai, message: "stream error: \(error)") }
                    if let name = json["model"]?.stringValue { modelName = name }
                    if case .array(let choices)? = json["choices"], let delta = choices.first?["delta"]?["content"]?.stringValue, !delta.isEmpty {
                        produced += delta
                        continuation.yield(.delta(delta))
                    }
                    if let input = json["usage"]?["prompt_tokens"]?.numberValue, let output = json["usage"]?["completion_tokens"]?.numberValue {
                        usage = TokenUsage(inputTokens: Int(input), outputTokens: Int(output))
                    }
                }
                for try await buffer in response.body {
                    for event in parser.feed(buffer.readableBytesView) { try handle(event) }
                    if done { break }
                }
                if !done, let event = parser.finish() { try handle(event) }
                let final = usage ?? TokenUsage(inputTokens: estimateTokens(request.system + request.messages.map(\.content).joined()), outputTokens: estimateTokens(produced))
                continuation.yield(.completed(provider: .openai, model: modelName, usage: final))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }
}
