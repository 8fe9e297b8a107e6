public import HummingbirdCore
public import Logging
public import NIOCore

/// Closes a connection that goes idle before its first request head is complete, for servers whose child channel
/// only starts Hummingbird's idle timer after that head (the WebSocket-upgrading HTTP/1 channel examines the first
/// request for an upgrade first). Plain HTTP/1 has the timer from the start; with this wrapper an upgrading server
/// keeps the same protection against connections that open and never send a request. Once the head has arrived the
/// handler leaves the pipeline: HTTP idle time is then Hummingbird's, and a WebSocket's liveness is its pings.
public struct FirstRequestIdleTimeout<Base: ServerChildChannel>: ServerChildChannel {
    public typealias Value = Base.Value
    let base: Base
    let timeout: TimeAmount

    public init(_ base: Base, timeout: TimeAmount) {
        self.base = base
        self.timeout = timeout
    }

    public func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let timeout = self.timeout
        return channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.addHandler(FirstRequestIdleHandler(timeout: timeout), position: .first)
        }.flatMap { base.setup(channel: channel, logger: logger) }
    }

    public func handle(value: Value, logger: Logger) async {
        await base.handle(value: value, logger: logger)
    }
}

/// Read-idle timer until the bytes `\r\n\r\n` (the end of the first request head) have passed.
final class FirstRequestIdleHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let timeout: TimeAmount
    private var timer: Scheduled<Void>?
    /// The last bytes seen, to find `\r\n\r\n` across reads.
    private var tail: [UInt8] = []

    init(timeout: TimeAmount) { self.timeout = timeout }

    func handlerAdded(context: ChannelHandlerContext) { arm(context: context) }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        var complete = false
        if let bytes = buffer.getBytes(at: buffer.readerIndex, length: buffer.readableBytes) {
            var window = tail + bytes
            if window.count > 4096 { window = Array(window.suffix(4096)) }
            complete = Self.containsHeadEnd(window)
            tail = Array(window.suffix(3))
        }
        context.fireChannelRead(data)
        if complete {
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        } else {
            arm(context: context)
        }
    }

    private func arm(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) {
            context.close(promise: nil)
        }
    }

    static func containsHeadEnd(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4 else { return false }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return true
        }
        return false
    }
}
