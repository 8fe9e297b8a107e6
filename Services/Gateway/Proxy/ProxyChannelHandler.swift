import CommerceModels
import Foundation
import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import ServiceRuntime
import Synchronization

/// The proxied path on the connection's event loop, without Hummingbird's request task: for a request to an agent's
/// prefix whose credential and tenant plan are cached, it checks, forwards and answers right here, in callbacks on
/// the loop that owns both the client's connection and the pooled one to the agent. Everything else (the gateway's
/// own routes, a credential seen for the first time, a plan not cached) goes on to Hummingbird unchanged, where
/// ``ProxyResponder/handle(_:context:route:)`` takes the same steps with lookups.
///
/// It sits behind Hummingbird's `HTTPConnectionStateHandler`, so idle timeouts, `Connection: close` at shutdown and
/// the count of requests in progress cover both paths. Answers leave in request order: while a request it handed to
/// Hummingbird is unanswered, the next ones go to Hummingbird too; while one of its own is with an agent, later
/// requests wait in a queue and, once something is queued, the connection is not read further.
final class ProxyChannelHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// A request taken on this path.
    private struct Taken {
        var head: HTTPRequest
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
    private var state = State.idle
    /// Requests handed to Hummingbird whose answer has not ended yet.
    private var routerRequests = 0
    /// Parts that arrived while a request was with an agent.
    private var queued = CircularBuffer<HTTPRequestPart>()
    /// A `read` held back while a request is with an agent.
    private var readHeld = false
    /// Parts handed on to Hummingbird so far.
    private var passed = 0
    /// The client's IP address (`X-Forwarded-For`), formatted on the first request; empty when unknown.
    private var peer: String?
    /// The end of the client's input, seen while a request of this path was with an agent or queued: Hummingbird
    /// ends the connection when told, so it is told after those answers.
    private var inputClosedHeld = false

    init(proxy: ProxyResponder, logger: Logger) {
        self.proxy = proxy
        self.logger = logger
    }

    // MARK: - Inbound

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        if case .exchanging = state {
            queued.append(part)
        } else {
            process(part, context: context)
        }
    }

    private func process(_ part: HTTPRequestPart, context: ChannelHandlerContext) {
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
    private func take(_ head: HTTPRequest, context: ChannelHandlerContext) {
        guard routerRequests == 0, let target = head.path, let route = proxy.routes.match(ProxyResponder.pathOnly(target))
        else { return pass(.head(head), context: context) }
        let start = ContinuousClock.now
        do {
            guard case .admitted(let admission) = try proxy.admitFromCache(head, route: route, remote: context.channel.remoteAddress)
            else { return pass(.head(head), context: context) }
            state = .reading(Taken(
                head: head, route: route, admission: admission, requestId: ProxyResponder.requestId(head.headerFields),
                start: start))
        } catch {
            state = .discarding
            let taken = Taken(head: head, route: route, requestId: ProxyResponder.requestId(head.headerFields), start: start)
            refuse(error, taken: taken, context: context)
        }
    }

    private func pass(_ part: HTTPRequestPart, context: ChannelHandlerContext) {
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
        let head: HTTPRequestHead
        do {
            if peer == nil { peer = context.channel.remoteAddress?.ipAddress ?? "" }
            head = try proxy.upstreamHead(
                taken.head, admission: admission, requestId: taken.requestId, peer: peer!.isEmpty ? nil : peer,
                body: taken.body)
        } catch {
            refuse(error, taken: taken, context: context)
            return resume(context: context)
        }
        proxy.exchange(
            route: taken.route, head: head, body: taken.body,
            idempotent: ProxyResponder.idempotentMethods.contains(taken.head.method), on: context.eventLoop
        ).assumeIsolated().whenComplete { result in
            switch result {
            case .success(let exchanged):
                let fields = ProxyResponder.responseFields(
                    exchanged.response, requestId: taken.requestId, decision: admission.decision)
                let status = HTTPResponse.Status(code: Int(exchanged.response.head.status.code))
                self.answer(
                    HTTPResponse(status: status, headerFields: fields), body: exchanged.response.body, taken: taken,
                    upstream: exchanged.upstream, context: context)
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
        answer(head, body: body, taken: taken, upstream: failure.upstream ?? "-", context: context)
    }

    /// Writes the answer (head, body, end) with one flush, then records it.
    private func answer(_ head: HTTPResponse, body: ByteBuffer, taken: Taken, upstream: String, context: ChannelHandlerContext) {
        var head = head
        head.headerFields[.contentLength] = String(body.readableBytes)
        head.headerFields[.date] = HTTPDate.now()
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if taken.head.method != .head, body.readableBytes > 0 {
            context.write(wrapOutboundOut(.body(body)), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        if let connection = taken.head.headerFields.value(for: .connection), connection.lowercased() == "close" {
            context.close(promise: nil)
        }
        proxy.record(
            route: taken.route, method: taken.head.method, path: ProxyResponder.pathOnly(taken.head.path ?? "/"),
            status: head.status.code, start: taken.start, requestId: taken.requestId, tenantId: taken.admission?.tenantId,
            upstream: upstream, logger: logger)
    }

    /// After an answer: back to idle, the queued parts processed in order, then the held end of input and read.
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
        if readHeld {
            readHeld = false
            context.read()
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed, isBusy {
            inputClosedHeld = true
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    /// A request of this path is with an agent, or parts wait for one to be answered.
    private var isBusy: Bool {
        if case .exchanging = state { return true }
        return !queued.isEmpty
    }

    // MARK: - Outbound

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { routerRequests = max(0, routerRequests - 1) }
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

/// Puts a ``ProxyChannelHandler`` behind Hummingbird's `HTTPConnectionStateHandler` when the first request arrives
/// (the HTTP/1 pipeline is only complete once the WebSocket upgrade has been ruled out), then leaves.
final class ProxyChannelInstaller: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let proxy: ProxyResponder
    private let logger: Logger
    private var installed = false

    init(proxy: ProxyResponder, logger: Logger) {
        self.proxy = proxy
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if !installed {
            installed = true
            let pipeline = context.pipeline.syncOperations
            if let state = try? pipeline.handler(type: HTTPConnectionStateHandler.self) {
                try? pipeline.addHandler(ProxyChannelHandler(proxy: proxy, logger: logger), position: .after(state))
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
