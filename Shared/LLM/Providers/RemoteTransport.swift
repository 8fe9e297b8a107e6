import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// A provider reachable over HTTP.
public protocol LLMProvider: LLMClient {
    var kind: LLMProviderKind { get }
    /// The model used when a request does not name one.
    var model: String { get }
}

/// Sends one provider request with deadlines and retries: 429, 5xx and transport errors are retried with
/// backoff (honouring `Retry-After`); other statuses fail at once. Headers are never logged (they hold keys).
struct RemoteTransport: Sendable {
    let client: HTTPClient
    let provider: LLMProviderKind
    let retryPolicy: RetryPolicy
    let logger: Logger

    /// The successful (2xx) response, its body not yet read.
    func send(url: String, headers: HTTPHeaders, body: JSONValue, timeout: Duration, context: LLMRequestContext) async throws -> HTTPClientResponse {
        let bytes = try JSONEncoder().encode(body)
        var generator = SystemRandomNumberGenerator()
        var retry = 0
        while true {
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers = headers
            request.headers.replaceOrAdd(name: "content-type", value: "application/json")
            request.headers.replaceOrAdd(name: "x-request-id", value: context.requestId)
            request.body = .bytes(ByteBuffer(bytes: bytes))

            let failure: LLMError
            var retryAfter: Duration?
            do {
                let response = try await client.execute(request, timeout: TimeAmount.nanoseconds(Self.nanoseconds(timeout)))
                if (200..<300).contains(Int(response.status.code)) {
                    logger.debug("llm call ok", metadata: metadata(context, status: Int(response.status.code), retry: retry))
                    return response
                }
                let status = Int(response.status.code)
                let text = (try? await response.body.collect(upTo: 64 * 1024)).map { String(buffer: $0) } ?? ""
                failure = .http(status: status, provider: provider, body: text)
                if let header = response.headers.first(name: "retry-after") {
                    retryAfter = RetryPolicy.parseRetryAfter(header)
                }
            } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
                failure = .timeout(provider: provider)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                failure = .transport(provider: provider, message: String(describing: error))
            }
            retry += 1
            guard failure.isRetryable, let delay = retryPolicy.delay(beforeRetry: retry, retryAfter: retryAfter, using: &generator) else {
                logger.warning("llm call failed", metadata: metadata(context, status: nil, retry: retry - 1).merging(["error": "\(failure)"]) { $1 })
                throw failure
            }
            logger.info("llm call retried", metadata: metadata(context, status: nil, retry: retry).merging(["error": "\(failure)", "delay": "\(delay)"]) { $1 })
            try await Task.sleep(for: delay)
        }
    }

    private func metadata(_ context: LLMRequestContext, status: Int?, retry: Int) -> Logger.Metadata {
        var out: Logger.Metadata = [
            "provider": "\(provider.rawValue)", "tenant": "\(context.tenantId)", "agent": "\(context.agent)",
            "request_id": "\(context.requestId)", "retry": "\(retry)",
        ]
        if let status { out["status"] = "\(status)" }
        return out
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }

    /// Reads a whole JSON body.
    func readJSON(_ response: HTTPClientResponse, limit: Int = 4 * 1024 * 1024) async throws -> JSONValue {
        do {
            let buffer = try await response.body.collect(upTo: limit)
            return try JSONDecoder().decode(JSONValue.self, from: Data(buffer.readableBytesView))
        } catch {
            throw LLMError.malformedResponse(provider: provider, message: "unreadable JSON body: \(error)")
        }
    }
}

/// Rough token count for text when a server does not report usage: ~4 characters per token.
func estimateTokens(_ text: String) -> Int { max(1, (text.utf8.count + 3) / 4) }

// MARK: - Server-sent events

/// One server-sent event.
struct SSEEvent: Sendable, Hashable {
    var event: String?
    var data: String
}

/// Incremental parser for `text/event-stream` (lines `event:` and `data:`, events separated by a blank line,
/// `\n` or `\r\n`). Feed it bytes as they arrive.
struct SSEParser {
    private var line: [UInt8] = []
    private var event: String?
    private var data: [String] = []

    mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [SSEEvent] where Bytes.Element == UInt8 {
        var out: [SSEEvent] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                if let event = processLine() { out.append(event) }
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(byte)
            }
        }
        return out
    }

    /// Flushes an event left without its final blank line.
    mutating func finish() -> SSEEvent? {
        if !line.isEmpty, let event = processLine() { return event }
        line.removeAll()
        return processLine()
    }

    private mutating func processLine() -> SSEEvent? {
        if line.isEmpty {
            defer { event = nil; data = [] }
            return data.isEmpty ? nil : SSEEvent(event: event, data: data.joined(separator: "\n"))
        }
        let text = String(decoding: line, as: UTF8.self)
        if text.hasPrefix(":") { return nil }
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
        } else {
            field = text[...]
            value = ""
        }
        switch field {
        case "event": event = String(value)
        case "data": data.append(String(value))
        default: break
        }
        return nil
    }
}
