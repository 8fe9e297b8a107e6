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
/// Each request is written with one flush (head and body in a single `writev`), each answer decoded by NIO's parser
/// into one buffer, and the connection goes back to a LIFO stack of idle connections for its upstream (so the
/// hottest connections stay warm and the rest age out). An idle connection the agent closed leaves the stack when
/// the close is seen; one idle for longer than `maxIdle` (below the agents' own idle timeout) is closed instead of
/// reused, so a request is not sent on a connection the agent is about to drop.
final class UpstreamClient: Sendable {
    private struct Idle {
        var channel: any Channel
        var since: NIODeadline
    }

    private let group: any EventLoopGroup
    private let connectTimeout: TimeAmount
    private let maxIdlePerUpstream: Int
    private let maxIdle: TimeAmount
    let maxResponseBytes: Int
    /// Idle connections by upstream (`scheme://host:port`), then by the event loop that serves them.
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

    /// The event loop a caller should pass to ``execute(on:host:port:tls:head:body:timeout:)``: the current one when
    /// on a loop (then the whole exchange stays on that thread), else one of the group's.
    var preferredEventLoop: any EventLoop { MultiThreadedEventLoopGroup.currentEventLoop ?? group.next() }

    /// Sends `head` (and `body`) to `host:port` (over TLS when `tls`); the answer (or an ``UpstreamClientError``)
    /// arrives on `loop`, and the connection is one of `loop`'s when it has an idle one or a new one is made.
    func execute(
        on loop: any EventLoop, host: String, port: Int, tls: Bool = false, head: HTTPRequestHead, body: ByteBuffer?,
        timeout: TimeAmount
    ) -> EventLoopFuture<UpstreamResponse> {
        let key = "\(tls ? "https" : "http")://\(host):\(port)"
        return connection(key: key, host: host, port: port, tls: tls, on: loop).flatMap { channel in
            let promise = channel.eventLoop.makePromise(of: UpstreamResponse.self)
            let timer = channel.eventLoop.scheduleTask(in: timeout) {
                promise.fail(UpstreamClientError.timeout)
                channel.close(promise: nil)
            }
            channel.writeAndFlush(UpstreamExchange(head: head, body: body, promise: promise)).whenFailure { error in
                promise.fail(UpstreamClientError.connect("\(error)"))
            }
            return promise.futureResult.always { result in
                timer.cancel()
                if case .success(let response) = result, response.head.isKeepAlive, head.isKeepAlive, channel.isActive {
                    self.release(channel, key: key)
                } else {
                    channel.close(promise: nil)
                }
            }
        }.hop(to: loop)
    }

    /// Closes every idle connection (at shutdown).
    func closeIdleConnections() {
        let all = idle.withLock { idle in
            defer { idle.removeAll() }
            return idle.values.flatMap { $0.values.flatMap { $0 } }
        }
        for entry in all { entry.channel.close(promise: nil) }
    }

    // MARK: - The pool

    /// An idle connection to `key`, preferably one served by `loop` (then the whole exchange happens on one thread,
    /// with no wake-up of another), or a new one on `loop`.
    private func connection(key: String, host: String, port: Int, tls: Bool, on loop: any EventLoop) -> EventLoopFuture<any Channel> {
        let now = NIODeadline.now()
        let preferred = ObjectIdentifier(loop)
        var expired: [any Channel] = []
        let reused = idle.withLock { idle -> (any Channel)? in
            guard var loops = idle[key] else { return nil }
            defer { idle[key] = loops }
            for loopID in [preferred] + loops.keys.filter({ $0 != preferred }) {
                while var stack = loops[loopID], let last = stack.popLast() {
                    loops[loopID] = stack
                    if last.channel.isActive, now - last.since < maxIdle { return last.channel }
                    expired.append(last.channel)
                }
            }
            return nil
        }
        for channel in expired { channel.close(promise: nil) }
        if let reused { return loop.makeSucceededFuture(reused) }
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
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(UpstreamExchangeHandler(maxBodyBytes: maxResponseBytes))
                }
            }
            .connect(host: host, port: port)
            .flatMapErrorThrowing { error in throw UpstreamClientError.connect("\(error)") }
    }

    /// The TLS settings of `https` upstreams: the system's trust roots, certificate and host name verified.
    private static func tlsContext() throws -> NIOSSLContext {
        try NIOSSLContext(configuration: .makeClientConfiguration())
    }

    private func release(_ channel: any Channel, key: String) {
        let loopID = ObjectIdentifier(channel.eventLoop)
        let surplus = idle.withLock { idle -> (any Channel)? in
            var stack = idle[key, default: [:]][loopID, default: []]
            stack.append(Idle(channel: channel, since: .now()))
            var dropped: (any Channel)?
            if stack.count > maxIdlePerUpstream { dropped = stack.removeFirst().channel }
            idle[key, default: [:]][loopID] = stack
            return dropped
        }
        surplus?.close(promise: nil)
    }
}

/// One request on its way to an upstream, with the promise of its answer.
struct UpstreamExchange: Sendable {
    var head: HTTPRequestHead
    var body: ByteBuffer?
    var promise: EventLoopPromise<UpstreamResponse>
}

/// One exchange at a time on a connection: writes the request (head, body, end) with one flush, collects the
/// answer's head and body, fulfils the promise at the end of the answer, fails it if the connection breaks first.
final class UpstreamExchangeHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundIn = UpstreamExchange
    typealias OutboundOut = HTTPClientRequestPart

    private let maxBodyBytes: Int
    private var promise: EventLoopPromise<UpstreamResponse>?
    private var head: HTTPResponseHead?
    private var body: ByteBuffer?

    init(maxBodyBytes: Int) {
        self.maxBodyBytes = maxBodyBytes
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise writePromise: EventLoopPromise<Void>?) {
        let exchange = unwrapOutboundIn(data)
        guard self.promise == nil else {
            exchange.promise.fail(UpstreamClientError.invalidResponse("connection already busy"))
            writePromise?.fail(ChannelError.inappropriateOperationForState)
            return
        }
        self.promise = exchange.promise
        head = nil
        body = nil
        context.write(wrapOutboundOut(.head(exchange.head)), promise: nil)
        if let body = exchange.body, body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        context.write(wrapOutboundOut(.end(nil)), promise: writePromise)
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
                fail(context: context, UpstreamClientError.tooLarge(limit: maxBodyBytes))
            }
        case .end:
            guard let head else { return }
            let response = UpstreamResponse(head: head, body: body ?? context.channel.allocator.buffer(capacity: 0))
            let promise = self.promise
            self.promise = nil
            self.head = nil
            self.body = nil
            promise?.succeed(response)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise?.fail(UpstreamClientError.closed)
        promise = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(context: context, UpstreamClientError.invalidResponse("\(error)"))
    }

    private func fail(context: ChannelHandlerContext, _ error: UpstreamClientError) {
        promise?.fail(error)
        promise = nil
        context.close(promise: nil)
    }
}
