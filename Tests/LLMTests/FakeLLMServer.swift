import Foundation
import Hummingbird
import LLM
import NIOCore

/// A local server speaking the OpenAI chat-completions and Anthropic Messages APIs from a script, recording
/// every request it receives. Listens on 127.0.0.1, port 0 (the system picks a free one).
actor FakeLLMServer {
    struct Recorded: Sendable {
        var path: String
        /// Header names in lower case.
        var headers: [String: String]
        var body: JSONValue
    }

    enum Reply: Sendable {
        case json(status: Int, body: String, retryAfter: String? = nil)
        /// Server-sent events, each string written as its own chunk (chunks may split lines).
        case events([String])
    }

    private var script: [Reply] = []
    private(set) var received: [Recorded] = []

    func enqueue(_ replies: Reply...) { script.append(contentsOf: replies) }

    func requestCount() -> Int { received.count }

    fileprivate func handle(path: String, headers: [String: String], body: Data) -> Reply {
        let json = (try? JSONDecoder().decode(JSONValue.self, from: body)) ?? .null
        received.append(Recorded(path: path, headers: headers, body: json))
        return script.isEmpty ? .json(status: 500, body: #"{"error":"script exhausted"}"#) : script.removeFirst()
    }

    /// Runs the server for the duration of `body`, which receives the base URL (`http://127.0.0.1:PORT`).
    func run<T: Sendable>(_ body: @Sendable (String) async throws -> T) async throws -> T {
        let router = Router()
        let server = self
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            var request = request
            let buffer = try await request.collectBody(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let reply = await server.handle(path: request.uri.path, headers: headers, body: Data(buffer.readableBytesView))
            switch reply {
            case .json(let status, let text, let extra):
                var fields = HTTPFields()
                fields[.contentType] = "application/json"
                if let extra { fields[.retryAfter] = extra }
                return Response(status: .init(code: status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
            case .events(let chunks):
                var fields = HTTPFields()
                fields[.contentType] = "text/event-stream"
                return Response(status: .ok, headers: fields, body: ResponseBody { writer in
                    for chunk in chunks {
                        try await writer.write(ByteBuffer(string: chunk))
                        try await Task.sleep(for: .milliseconds(2))
                    }
                    try await writer.finish(nil)
                })
            }
        }
        router.post("/v1/chat/completions", use: handler)
        router.post("/v1/messages", use: handler)

        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            })
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw CancellationError() }
            do {
                let result = try await body("http://127.0.0.1:\(port)")
                group.cancelAll()
                return result
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }
}

extension JSONValue {
    var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
}
