import CommerceModels
import Foundation
import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import ServiceRuntime
import Synchronization

/// The proxied path on the connection's event loop, without Hummingbird's request task: for a request to an agent's
/// prefix whose credential and tenant plan are cached, it checks, forwards and answers right here, in callbacks on
/// the loop that owns both the client's connection and the pooled one to the agent. Everything else (the gateway's
/// own routes, a credential seen for the first time, a plan not cached) goes on to Hummingbird unchanged, where
/// ``ProxyResponder/handle(_:context:route:)`` takes the same steps with lookups.
///
/// It sits right behind NIO's HTTP/1 decoder, in front of the conversion to HTTPTypes and Hummingbird's
/// connection-state handler: a proxied request is read, forwarded and answered in NIO's types (the agent's answer
/// goes back with its own `HTTPHeaders`), which spares two conversions of every header field. Since
/// Hummingbird's handler then sees only the requests passed to it, this handler keeps the connection's idle
/// timeout (Hummingbird's is off on this server) and holds a graceful-shutdown request until its own answer is
/// out. Answers leave in request order: while a request it handed to Hummingbird is unanswered, the next ones go to
/// Hummingbird too; while one of its own is with an agent, later requests wait in a queue and, once something is
/// queued, the connection is not read further.
final class ProxyChannelHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// A request taken on this path.
    private struct Taken {
        var head: HTTPRequestHead
        var route: RouteTable.Route
        /// Nil until the request is let through.
        var admission: ProxyResponder.Admission?
        var requestId: String
        var start: ContinuousClock.Instant
        var body: ByteBuffer?
    }

    private enum State {
        case idle
        /// Reading the body of a request taken here.
        case reading(Taken)
        /// A request taken here is with an agent.
        case exchanging
        /// A request answered early (refused): its remaining parts are dropped.
        case discarding
        /// The current request's parts go to Hummingbird.
        case passing
    }

    private let proxy: ProxyResponder
    private let logger: Logger
    private var state: State
    /// Requests handed to Hummingbird whose answer has not ended yet.
    private var routerRequests: Int
    /// Parts that arrived while a request was with an agent.
    private var queued = CircularBuffer<HTTPServerRequestPart>()
    /// A `read` held back while a request is with an agent.
    private var readHeld = false
    /// Parts handed on to Hummingbird so far.
    private var passed = 0
    /// The client's IP address (`X-Forwarded-For`), formatted on the first request; empty when unknown.
    private var peer: String?
    /// The end of the client's input, seen while a request of this path was with an agent or queued: Hummingbird
    /// ends the connection when told, so it is told after those answers.
    private var inputClosedHeld = false

    // The connection's idle timeout: closed when no request is being answered and nothing was read or answered for
    // `idleTimeout` (a request whose head or body is still arriving counts as idle time, as in Hummingbird).
    private let idleTimeout: TimeAmount?
    private var lastActive = NIODeadline.now()
    private var idleTimer: Scheduled<Void>?
    /// Between a request's head and its end.
    private var readingRequest = false

    /// A graceful shutdown was asked for: requests are no longer taken here, and the request to quiesce goes on to
    /// Hummingbird's handler (which closes the connection once its answers are out) after this path's answer.
    private var quiescing = false
    private var quiesceHeld = false
    /// The write of this path's last answer, while quiescing (the connection is closed only once it is out).
    private var lastAnswer: EventLoopFuture<Void>?

    /// `passing`: the first request of the connection, already on its way to Hummingbird when this handler was added.
    init(proxy: ProxyResponder, logger: Logger, idleTimeout: TimeAmount?, passing: Bool) {
        self.proxy = proxy
        self.logger = logger
        self.idleTimeout = idleTimeout
        state = passing ? .passing : .idle
        routerRequests = passing ? 1 : 0
        readingRequest = passing
    }

    func handlerAdded(context: ChannelHandlerContext) {
        armIdleTimer(context: context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        idleTimer?.cancel()
        idleTimer = nil
    }

    // MARK: - Inbound

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        lastActive = .now()
        switch part {
        case .head: readingRequest = true
        case .end: readingRequest = false
        case .body: break
        }
        if case .exchanging = state {
            queued.append(part)
        } else {
            process(part, context: context)
        }
    }

    private func process(_ part: HTTPServerRequestPart, context: ChannelHandlerContext) {
        switch (state, part) {
        case (.idle, .head(let head)):
            take(head, context: context)
        case (.passing, _):
            pass(part, context: context)
        case (.reading(var taken), .body(var chunk)):
            if taken.body == nil {
                taken.body = chunk
            } else {
                taken.body!.writeBuffer(&chunk)
            }
            if taken.body!.readableBytes > proxy.maxBodyBytes {
                state = .discarding
                refuse(APIError.payloadTooLarge(limit: proxy.maxBodyBytes), taken: taken, context: context)
            } else {
                state = .reading(taken)
            }
        case (.reading(let taken), .end):
            forward(taken, context: context)
        case (.discarding, .end):
            state = .idle
        case (.discarding, _):
            break
        default:
            // Out of order parts: Hummingbird's reader reports them.
            pass(part, context: context)
        }
    }

    /// Takes the request here when the caches say who is asking, else hands it to Hummingbird.
    private func take(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        guard routerRequests == 0, !quiescing, let route = proxy.routes.match(ProxyResponder.pathOnly(head.uri))
        else { return pass(.head(head), context: context) }
        let start = ContinuousClock.now
        do {
            guard case .admitted(let admission) = try proxy.admitFromCache(head, route: route, remote: context.channel.remoteAddress)
            else { return pass(.head(head), context: context) }
            state = .reading(Taken(
                head: head, route: route, admission: admission, requestId: Self.requestId(head), start: start))
        } catch {
            state = .discarding
            refuse(error, taken: Taken(head: head, route: route, requestId: Self.requestId(head), start: start), context: context)
        }
    }

    /// The id of a request taken here (made only for those: Hummingbird gives the others theirs).
    private static func requestId(_ head: HTTPRequestHead) -> String {
        ProxyResponder.requestId(head.headers.first(name: "x-request-id"))
    }

    private func pass(_ part: HTTPServerRequestPart, context: ChannelHandlerContext) {
        switch part {
        case .head:
            routerRequests += 1
            state = .passing
        case .end:
            state = .idle
        case .body:
            break
        }
        passed &+= 1
        context.fireChannelRead(wrapInboundOut(part))
    }

    // MARK: - The exchange

    private func forward(_ taken: Taken, context: ChannelHandlerContext) {
        state = .exchanging
        guard let admission = taken.admission else { return }
        let request: UpstreamRequest
        do {
            if peer == nil { peer = context.channel.remoteAddress?.ipAddress ?? "" }
            request = try proxy.upstreamRequest(
                taken.head, admission: admission, requestId: taken.requestId, peer: peer!.isEmpty ? nil : peer,
                body: taken.body)
        } catch {
            refuse(error, taken: taken, context: context)
            return resume(context: context)
        }
        proxy.exchange(
            route: taken.route, request: request,
            idempotent: ProxyResponder.isIdempotent(taken.head.method), on: context.eventLoop
        ).assumeIsolated().whenComplete { result in
            switch result {
            case .success(let exchanged):
                let response = exchanged.response
                let head = HTTPResponseHead(
                    version: .http1_1, status: response.head.status,
                    headers: ProxyResponder.responseFields(response, requestId: taken.requestId, decision: admission.decision))
                self.answer(head, body: response.body, taken: taken, upstream: exchanged.upstream, context: context)
            case .failure(let error):
                self.refuse(error, taken: taken, context: context)
            }
            self.resume(context: context)
        }
    }

    /// Answers `error` in the API's shape.
    private func refuse(_ error: any Error, taken: Taken, context: ChannelHandlerContext) {
        let failure = proxy.failed(error, requestId: taken.requestId, logger: logger)
        var (head, body) = ErrorMiddleware<AppRequestContext>.parts(for: failure.error, requestId: taken.requestId)
        head.headerFields[ProxyResponder.requestIdField] = taken.requestId
        if let decision = taken.admission?.decision, failure.error.status != 429 {
            RateLimits.apply(decision, to: &head.headerFields)
        }
        answer(HTTPResponseHead(head), body: body, taken: taken, upstream: failure.upstream ?? "-", context: context)
    }

    /// Writes the answer (head, body, end) with one flush, then records it. `head` has no `Content-Length` or `Date`
    /// field (they are added here).
    private func answer(_ head: HTTPResponseHead, body: ByteBuffer, taken: Taken, upstream: String, context: ChannelHandlerContext) {
        var head = head
        head.headers.add(name: "Content-Length", value: String(body.readableBytes))
        head.headers.add(name: "Date", value: HTTPDate.now())
        if quiescing { head.headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if taken.head.method != .HEAD, body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        let written = quiescing ? context.eventLoop.makePromise(of: Void.self) : nil
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: written)
        lastAnswer = written?.futureResult
        answered(context: context)
        if !taken.head.isKeepAlive {
            context.close(promise: nil)
        }
        proxy.record(
            route: taken.route, method: taken.head.method.rawValue, path: ProxyResponder.pathOnly(taken.head.uri),
            status: Int(head.status.code), start: taken.start, requestId: taken.requestId,
            tenantId: taken.admission?.tenantId, upstream: upstream, logger: logger)
    }

    /// After an answer: back to idle, the queued parts processed in order, then the held end of input, the held
    /// request to quiesce and read.
    private func resume(context: ChannelHandlerContext) {
        if case .exchanging = state { state = .idle }
        let passedBefore = passed
        while let part = queued.popFirst() {
            process(part, context: context)
            if case .exchanging = state { break }
        }
        // Parts handed on outside a read cycle reach Hummingbird's reader only with a read-complete event.
        if passed != passedBefore { context.fireChannelReadComplete() }
        if case .exchanging = state { return }
        if inputClosedHeld {
            inputClosedHeld = false
            context.fireUserInboundEventTriggered(ChannelEvent.inputClosed)
        }
        if quiesceHeld {
            quiesceHeld = false
            // Hummingbird's handler closes the connection at once when it has no request of its own in progress:
            // only once this path's last answer has been written.
            if let lastAnswer {
                lastAnswer.assumeIsolated().whenComplete { _ in context.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent()) }
            } else {
                context.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
            }
        }
        if readHeld {
            readHeld = false
            context.read()
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            quiescing = true
            if isBusy {
                quiesceHeld = true
                return
            }
        } else if let event = event as? ChannelEvent, event == .inputClosed, isBusy {
            inputClosedHeld = true
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    /// A request of this path is with an agent, or parts wait for one to be answered.
    private var isBusy: Bool {
        if case .exchanging = state { return true }
        return !queued.isEmpty
    }

    // MARK: - Idle timeout

    /// An answer (this path's or Hummingbird's) has ended.
    private func answered(context: ChannelHandlerContext) {
        lastActive = .now()
        if idleTimer == nil { armIdleTimer(context: context) }
    }

    private func armIdleTimer(context: ChannelHandlerContext) {
        guard let idleTimeout else { return }
        idleTimer = context.eventLoop.assumeIsolated().scheduleTask(deadline: lastActive + idleTimeout) {
            self.idleTimer = nil
            // A request read in full is being answered: the end of its answer sets the timer again.
            let answering: Bool = {
                if case .exchanging = self.state { return true }
                return self.routerRequests > 0 && !self.readingRequest
            }()
            if answering { return }
            if NIODeadline.now() >= self.lastActive + idleTimeout {
                context.close(promise: nil)
            } else {
                self.armIdleTimer(context: context)
            }
        }
    }

    // MARK: - Outbound

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            routerRequests = max(0, routerRequests - 1)
            answered(context: context)
        }
        context.write(data, promise: promise)
    }

    /// Reading goes on while a request is with an agent, so that a client that waits for its answer costs no change
    /// of the socket's epoll registration (two `epoll_ctl` calls a request); once parts of a pipelined request have
    /// been queued, the next read waits for the answer, so the queue holds at most one read's worth.
    func read(context: ChannelHandlerContext) {
        if case .exchanging = state, !queued.isEmpty {
            readHeld = true
        } else {
            context.read()
        }
    }
}

/// Puts a ``ProxyChannelHandler`` in front of the conversion to HTTPTypes when the first request arrives (the HTTP/1
/// pipeline is only complete once the WebSocket upgrade has been ruled out), then leaves. That first request is
/// already past the conversion: it goes to Hummingbird.
final class ProxyChannelInstaller: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let proxy: ProxyResponder
    private let logger: Logger
    private let idleTimeout: TimeAmount?
    private var installed = false

    init(proxy: ProxyResponder, logger: Logger, idleTimeout: TimeAmount?) {
        self.proxy = proxy
        self.logger = logger
        self.idleTimeout = idleTimeout
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !installed {
            installed = true
            let pipeline = context.pipeline.syncOperations
            if let codec = try? pipeline.context(handlerType: HTTP1ToHTTPServerCodec.self) {
                let handler = ProxyChannelHandler(proxy: proxy, logger: logger, idleTimeout: idleTimeout, passing: true)
                try? pipeline.addHandler(handler, position: .before(codec.handler))
            }
        }
        context.fireChannelRead(data)
        if installed {
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        }
    }
}

/// The `Date` field of answers: IMF-fixdate, formatted once per second.
enum HTTPDate {
    private static let cache = Mutex<(second: Int, text: String)>((-1, ""))
    private static let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func now() -> String {
        var seconds = time(nil)
        if let hit = cache.withLock({ $0.second == seconds ? $0.text : nil }) { return hit }
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let text = "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
        cache.withLock { $0 = (seconds, text) }
        return text
    }
}
