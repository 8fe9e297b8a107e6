import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization

/// What an upstream answered: its head and its whole body (the agents answer JSON documents, never streams).
struct UpstreamResponse: Sendable {
    var head: HTTPResponseHead
    var body: ByteBuffer
}

/// Why an exchange with an upstream failed.
enum UpstreamClientError: Error, CustomStringConvertible, Equatable {
    /// The TCP connection could not be made (refused, unreachable, or not within the connect timeout).
    case connect(String)
    /// No complete answer within the route's timeout.
    case timeout
    /// The upstream closed the connection before its answer was complete.
    case closed
    /// The answer's body is larger than the gateway relays.
    case tooLarge(limit: Int)
    /// The upstream sent something that is not an HTTP/1.1 answer.
    case invalidResponse(String)

    var description: String {
        switch self {
        case .connect(let reason): "could not connect: \(reason)"
        case .timeout: "no answer in time"
        case .closed: "connection closed before the answer was complete"
        case .tooLarge(let limit): "answer larger than \(limit) bytes"
        case .invalidResponse(let reason): "invalid answer: \(reason)"
        }
    }
}

/// The gateway's HTTP/1.1 client to the agents, made for the one thing it does: send a request whose body is
/// already in memory on a pooled keep-alive connection, and read the whole answer.
///
/// Each request is written in its wire form (``UpstreamRequest``) with one flush (head and body in a single `writev`),
/// each answer decoded by NIO's parser into one buffer, and the connection goes back to a LIFO stack of idle connections for its upstream (so the
/// hottest connections stay warm and the rest age out). An idle connection the agent closed leaves the stack when
/// the close is seen; one idle for longer than `maxIdle` (below the agents' own idle timeout) is closed instead of
/// reused, so a request is not sent on a connection the agent is about to drop.
///
/// An exchange costs no future and no timer of its own: the caller's completion is called once, and each connection
/// keeps one timer for the deadline of its exchange in progress (see ``UpstreamExchangeHandler``).
final class UpstreamClient: Sendable {
    /// The outcome of one exchange, called on the caller's event loop.
    typealias Completion = @Sendable (Result<UpstreamResponse, UpstreamClientError>) -> Void

    /// A pooled connection and its exchange handler.
    private struct Connection: Sendable {
        var channel: any Channel
        var handler: NIOLoopBound<UpstreamExchangeHandler>
    }

    private struct Idle {
        var connection: Connection
        var since: NIODeadline
    }

    private let group: any EventLoopGroup
    private let connectTimeout: TimeAmount
    private let maxIdlePerUpstream: Int
    private let maxIdle: TimeAmount
    let maxResponseBytes: Int
    /// Idle connections by upstream (``poolKey(host:port:tls:)``), then by the event loop that serves them.
    private let idle = Mutex<[String: [ObjectIdentifier: [Idle]]]>([:])

    init(
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, connectTimeout: TimeAmount,
        maxIdlePerUpstream: Int, maxIdle: TimeAmount = .seconds(20), maxResponseBytes: Int = 64 * 1024 * 1024
    ) {
        self.group = group
        self.connectTimeout = connectTimeout
        self.maxIdlePerUpstream = maxIdlePerUpstream
        self.maxIdle = maxIdle
        self.maxResponseBytes = maxResponseBytes
    }

    /// The key of an upstream's idle connections (`scheme://host:port`), made once per upstream.
    static func poolKey(host: String, port: Int, tls: Bool) -> String {
        "\(tls ? "https" : "http")://\(host):\(port)"
    }

    /// The event loop a caller should pass to ``execute(on:host:port:tls:key:head:body:timeout:completion:)``: the
    /// current one when on a loop (then the whole exchange stays on that thread), else one of the group's.
    var preferredEventLoop: any EventLoop { MultiThreadedEventLoopGroup.currentEventLoop ?? group.next() }

    /// Sends `request` to `host:port` (over TLS when `tls`; `key` is their ``poolKey(host:port:tls:)``; `hostField`
    /// the value of its `Host` field);
    /// `completion` receives the answer or an ``UpstreamClientError`` on `loop`. The connection is one of `loop`'s
    /// when it has an idle one or a new one is made, so the exchange usually stays on the caller's thread.
    func execute(
        on loop: any EventLoop, host: String, port: Int, tls: Bool = false, key: String, hostField: String,
        request: UpstreamRequest, timeout: TimeAmount, completion: @escaping Completion
    ) {
        guard loop.inEventLoop else {
            return loop.execute {
                self.execute(
                    on: loop, host: host, port: port, tls: tls, key: key, hostField: hostField, request: request,
                    timeout: timeout, completion: completion)
            }
        }
        if let connection = reusable(key: key, on: loop) {
            return send(
                on: connection, key: key, loop: loop, hostField: hostField, request: request, timeout: timeout,
                completion: completion)
        }
        connect(host: host, port: port, tls: tls, on: loop).whenComplete { result in
            switch result {
            case .success(let connection):
                self.send(
                    on: connection, key: key, loop: loop, hostField: hostField, request: request, timeout: timeout,
                    completion: completion)
            case .failure(let error):
                completion(.failure(error as? UpstreamClientError ?? .connect("\(error)")))
            }
        }
    }

    /// Closes every idle connection (at shutdown).
    func closeIdleConnections() {
        let all = idle.withLock { idle in
            defer { idle.removeAll() }
            return idle.values.flatMap { $0.values.flatMap { $0.map(\.connection.channel) } }
        }
        for channel in all { channel.close(promise: nil) }
    }

    // MARK: - The exchange

    /// Runs the exchange on the connection's loop; afterwards the connection goes back to the pool (both sides kept
    /// it alive and the answer was complete) or is closed, then `completion` runs on `loop`. Requests never ask for
    /// `Connection: close` (the client's `Connection` field is not forwarded).
    private func send(
        on connection: Connection, key: String, loop: any EventLoop, hostField: String, request: UpstreamRequest,
        timeout: TimeAmount, completion: @escaping Completion
    ) {
        let channel = connection.channel
        let sameLoop = channel.eventLoop === loop
        let finish: Completion = { result in
            if case .success(let response) = result, response.head.isKeepAlive, channel.isActive {
                self.release(connection, key: key)
            } else {
                channel.close(promise: nil)
            }
            if sameLoop {
                completion(result)
            } else {
                loop.execute { completion(result) }
            }
        }
        if sameLoop {
            connection.handler.value.send(request, hostField: hostField, timeout: timeout, completion: finish)
        } else {
            channel.eventLoop.execute {
                connection.handler.value.send(request, hostField: hostField, timeout: timeout, completion: finish)
            }
        }
    }

    // MARK: - The pool

    /// An idle connection to `key` served by `loop`, so that the whole exchange happens on one thread; nil when
    /// there is none (then a new one is made on `loop`). Another loop's idle connection is never borrowed: it would
    /// save one connect, then cost every later exchange of this loop two cross-thread wake-ups (the borrowed
    /// connection goes back to its own loop's stack, so this loop would never make one of its own).
    private func reusable(key: String, on loop: any EventLoop) -> Connection? {
        let now = NIODeadline.now()
        let preferred = ObjectIdentifier(loop)
        let maxIdle = self.maxIdle
        var expired: [any Channel] = []
        func pop(_ stack: inout [Idle]) -> Connection? {
            while let last = stack.popLast() {
                if last.connection.channel.isActive, now - last.since < maxIdle { return last.connection }
                expired.append(last.connection.channel)
            }
            return nil
        }
        let reused = idle.withLock { idle -> Connection? in
            guard idle[key]?[preferred] != nil else { return nil }
            return pop(&idle[key]![preferred]!)
        }
        for channel in expired { channel.close(promise: nil) }
        return reused
    }

    /// A new connection on `loop`.
    private func connect(host: String, port: Int, tls: Bool, on loop: any EventLoop) -> EventLoopFuture<Connection> {
        let maxResponseBytes = self.maxResponseBytes
        let tlsContext: NIOSSLContext?
        do {
            tlsContext = tls ? try Self.tlsContext() : nil
        } catch {
            return loop.makeFailedFuture(UpstreamClientError.connect("\(error)"))
        }
        return ClientBootstrap(group: loop)
            .connectTimeout(connectTimeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tlsContext {
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: tlsContext, serverHostname: host.first?.isNumber == true ? nil : host))
                    }
                    // Requests leave in wire form (UpstreamRequest): no HTTPRequestEncoder, and no second validation
                    // of fields HTTPTypes validated when the client's request was parsed.
                    let writer = UpstreamWireWriter()
                    try channel.pipeline.syncOperations.addHandlers([
                        writer,
                        ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .dropBytes)),
                        UpstreamExchangeHandler(maxBodyBytes: maxResponseBytes, writer: writer),
                    ])
                }
            }
            .connect(host: host, port: port)
            .flatMapThrowing { channel in
                let handler = try channel.pipeline.syncOperations.handler(type: UpstreamExchangeHandler.self)
                return Connection(channel: channel, handler: NIOLoopBound(handler, eventLoop: channel.eventLoop))
            }
            .flatMapErrorThrowing { error in throw error as? UpstreamClientError ?? UpstreamClientError.connect("\(error)") }
    }

    /// The TLS settings of `https` upstreams: the system's trust roots, certificate and host name verified.
    private static func tlsContext() throws -> NIOSSLContext {
        try NIOSSLContext(configuration: .makeClientConfiguration())
    }

    private func release(_ connection: Connection, key: String) {
        let loopID = ObjectIdentifier(connection.channel.eventLoop)
        let surplus = idle.withLock { idle -> (any Channel)? in
            idle[key, default: [:]][loopID, default: []].append(Idle(connection: connection, since: .now()))
            guard idle[key]![loopID]!.count > maxIdlePerUpstream else { return nil }
            return idle[key]![loopID]!.removeFirst().connection.channel
        }
        surplus?.close(promise: nil)
    }
}

/// One exchange at a time on a connection: writes the request (its bytes, then its body) with one flush, collects the
/// answer's head and body, and calls the exchange's completion once: at the end of the answer, when the connection
/// breaks first, or when the exchange's deadline passes (then the connection is closed).
///
/// The deadline needs no timer per exchange: the connection's one timer, when it fires before the current deadline,
/// is set again for it, and when it finds the connection idle it stops until the next exchange.
final class UpstreamExchangeHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    private let maxBodyBytes: Int
    /// The connection's ``UpstreamWireWriter``, on the same loop.
    private let writer: UpstreamWireWriter
    private var context: ChannelHandlerContext?
    private var completion: UpstreamClient.Completion?
    private var head: HTTPResponseHead?
    private var body: ByteBuffer?
    /// When the exchange in progress times out.
    private var deadline = NIODeadline.distantFuture
    private var timer: Scheduled<Void>?
    private var timerDeadline = NIODeadline.distantFuture

    init(maxBodyBytes: Int, writer: UpstreamWireWriter) {
        self.maxBodyBytes = maxBodyBytes
        self.writer = writer
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        timer?.cancel()
        timer = nil
    }

    /// Writes the request; `completion` is called once, on the connection's loop.
    func send(_ request: UpstreamRequest, hostField: String, timeout: TimeAmount, completion: @escaping UpstreamClient.Completion) {
        guard self.completion == nil else { return completion(.failure(.invalidResponse("connection already busy"))) }
        guard let context, context.channel.isActive else { return completion(.failure(.closed)) }
        self.completion = completion
        head = nil
        body = nil
        deadline = .now() + timeout
        if timer == nil || timerDeadline > deadline { arm(context: context) }
        // The head informs the response decoder on its way out; UpstreamWireWriter writes the bytes in its place.
        writer.prepare(head: request.head(host: hostField, allocator: context.channel.allocator), body: request.body)
        context.writeAndFlush(
            wrapOutboundOut(.head(HTTPRequestHead(version: .http1_1, method: request.method, uri: "/"))), promise: nil)
    }

    private func arm(context: ChannelHandlerContext) {
        timer?.cancel()
        timerDeadline = deadline
        timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) {
            self.timer = nil
            self.timerDeadline = .distantFuture
            guard self.completion != nil else { return }
            if NIODeadline.now() >= self.deadline {
                self.fail(context: context, .timeout)
            } else {
                self.arm(context: context)
            }
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let responseHead):
            // 1xx answers (100-continue) precede the real one.
            if responseHead.status.code < 200 && responseHead.status.code != 101 { return }
            head = responseHead
            body = nil
        case .body(var part):
            if body == nil {
                body = part
            } else {
                body!.writeBuffer(&part)
            }
            if body!.readableBytes > maxBodyBytes {
                fail(context: context, .tooLarge(limit: maxBodyBytes))
            }
        case .end:
            guard let head else { return }
            let response = UpstreamResponse(head: head, body: body ?? context.channel.allocator.buffer(capacity: 0))
            let completion = self.completion
            self.completion = nil
            self.head = nil
            self.body = nil
            completion?(.success(response))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        let completion = self.completion
        self.completion = nil
        completion?(.failure(.closed))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(context: context, .invalidResponse("\(error)"))
    }

    private func fail(context: ChannelHandlerContext, _ error: UpstreamClientError) {
        let completion = self.completion
        self.completion = nil
        completion?(.failure(error))
        context.close(promise: nil)
    }
}
