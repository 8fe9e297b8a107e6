import Foundation
import HTTPTypes
import HummingbirdWSClient
import Logging
import NIOCore
import NIOPosix
import Synchronization
import TestSupport

/// A WebSocket client of `/api/customer-service/ws` for tests: connects (token in the `Authorization` header or in
/// `?token=`), records every event it receives, sends events, and closes.
final class RealtimeTestClient: Sendable {
    private struct State {
        var events: [String] = []
        var counts: [String: Int] = [:]
        var open = false
        var ended = false
        var failure: String?
        var closeCode: String?
    }

    /// The connection task and the test read it concurrently.
    private final class Shared: Sendable {
        let mutex = Mutex(State())
        func withLock<T>(_ body: (inout State) -> T) -> T { mutex.withLock { body(&$0) } }
    }

    private let state = Shared()
    private let outgoing: AsyncStream<String>.Continuation
    private let task: Task<Void, Never>

    /// Connects to `baseURL`'s WebSocket; throws when the upgrade is refused or the connection fails.
    static func connect(_ baseURL: String, token: String?, inQuery: Bool = false) async throws -> RealtimeTestClient {
        var url = baseURL.replacingOccurrences(of: "http://", with: "ws://") + "/api/customer-service/ws"
        var headers = HTTPFields()
        if let token {
            if inQuery { url += "?token=\(token)" } else { headers[.authorization] = "Bearer \(token)" }
        }
        let client = RealtimeTestClient(url: url, headers: headers)
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            let (open, ended, failure) = client.state.withLock { ($0.open, $0.ended, $0.failure) }
            if open { return client }
            if ended { throw TestSupportError("WebSocket connection failed: \(failure ?? "closed")") }
            guard ContinuousClock.now < deadline else { throw TestSupportError("WebSocket did not open in 10 s") }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    private init(url: String, headers: HTTPFields) {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        outgoing = continuation
        let state = self.state
        var logger = Logger(label: "realtime-test-client")
        logger.logLevel = .warning
        task = Task {
            do {
                let close = try await WebSocketClient.connect(
                    url: url, configuration: .init(additionalHeaders: headers), logger: logger
                ) { inbound, outbound, _ in
                    state.withLock { $0.open = true }
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            for try await message in inbound.messages(maxSize: 1 << 20) {
                                guard case .text(let text) = message else { continue }
                                let type = ((try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any])?["type"]
                                state.withLock {
                                    $0.events.append(text)
                                    $0.counts[type as? String ?? "", default: 0] += 1
                                }
                            }
                        }
                        group.addTask {
                            for await text in stream { try await outbound.write(.text(text)) }
                        }
                        _ = try await group.next()
                        group.cancelAll()
                    }
                }
                state.withLock { $0.closeCode = close.map { "\($0.closeCode)" } }
            } catch {
                state.withLock { $0.failure = "\(error)" }
            }
            state.withLock { $0.ended = true }
        }
    }

    // MARK: - Sending

    /// Sends `{"type": type, "data": data}`.
    func send(_ type: String, _ data: [String: Any] = [:]) throws {
        let text = String(decoding: try JSONSerialization.data(withJSONObject: ["type": type, "data": data]), as: UTF8.self)
        outgoing.yield(text)
    }

    /// Sends raw text.
    func sendText(_ text: String) { outgoing.yield(text) }

    /// Closes the connection and waits until it is closed.
    func close() async {
        outgoing.finish()
        await task.value
    }

    /// Whether the connection has ended (closed by either side).
    var isClosed: Bool { state.withLock { $0.ended } }

    /// The server's close code (`WebSocketErrorCode`'s description), once closed.
    var closeCode: String? { state.withLock { $0.closeCode } }

    // MARK: - Receiving

    /// Every event received so far, parsed.
    var events: [[String: Any]] {
        state.withLock { $0.events }.compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    /// How many events of `type` were received so far.
    func count(_ type: String) -> Int { state.withLock { $0.counts[type] ?? 0 } }

    /// Events of `type` received so far.
    func events(_ type: String) -> [[String: Any]] { events.filter { $0["type"] as? String == type } }

    /// The first event of `type` (after the `skipping` first ones) that satisfies `match`, waiting up to `timeout`.
    func waitFor(
        _ type: String, timeout: Duration = .seconds(5), where match: ([String: Any]) -> Bool = { _ in true }
    ) async throws -> [String: Any] {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let event = events(type).first(where: match) { return event }
            guard ContinuousClock.now < deadline else {
                throw TestSupportError("no \(type) within \(timeout); received: \(state.withLock { $0.events })")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Joins a room and waits for the `joined` (or `error`) answer; returns the answer's type.
    @discardableResult
    func join(ticket ticketId: String) async throws -> String {
        try await answer(to: "join_ticket", ["ticketId": ticketId], room: "ticket:\(ticketId.lowercased())")
    }

    @discardableResult
    func join(conversation conversationId: String) async throws -> String {
        try await answer(to: "join_conversation", ["conversationId": conversationId],
                         room: "conversation:\(conversationId.lowercased())")
    }

    private func answer(to type: String, _ data: [String: Any], room: String) async throws -> String {
        let before = events.count
        try send(type, data)
        let deadline = ContinuousClock.now + .seconds(5)
        while true {
            let answer = events.dropFirst(before).first { event in
                (event["type"] as? String == "joined" || event["type"] as? String == "error") && event["room"] as? String == room
            }
            if let answer { return answer["type"] as! String }
            guard ContinuousClock.now < deadline else { throw TestSupportError("no answer to \(type)") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}

/// A WebSocket upgrade request on a connection of its own (as browsers open one; an HTTP client's pooled connection
/// is not examined for an upgrade after its first request): the status and body of the answer.
enum RawUpgrade {
    static func request(_ baseURL: String, path: String, headers: [(String, String)] = []) async throws -> (status: Int, body: String) {
        guard let url = URL(string: baseURL), let host = url.host, let port = url.port else {
            throw TestSupportError("bad base URL \(baseURL)")
        }
        var text = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
            + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        var received = ByteBuffer()
        try await channel.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: text))
            for try await chunk in inbound {
                var chunk = chunk
                received.writeBuffer(&chunk)
                if let parsed = parse(received) { _ = parsed; break }
            }
        }
        guard let (status, body) = parse(received) else {
            throw TestSupportError("no complete response: \(String(buffer: received))")
        }
        return (status, body)
    }

    /// The first complete response (status line, headers, `Content-Length` body), or nil.
    static func parse(_ buffer: ByteBuffer) -> (Int, String)? {
        let text = String(buffer: buffer)
        guard let end = text.range(of: "\r\n\r\n") else { return nil }
        let head = text[..<end.lowerBound]
        let lines = head.split(separator: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            return nil
        }
        if status == 101 { return (101, "") }
        let length = lines.dropFirst().compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
        }.first ?? 0
        let bodyBytes = Array(text[end.upperBound...].utf8)
        guard bodyBytes.count >= length else { return nil }
        return (status, String(decoding: bodyBytes.prefix(length), as: UTF8.self))
    }
}
