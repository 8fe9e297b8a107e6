import NIOCore
import NIOHTTP1

/// A request for an agent in its wire form, made once and sent to whichever upstream of the service takes it: the
/// request line, then that upstream's `Host` line, then the header fields and the empty line, then the body.
///
/// The gateway writes requests itself instead of handing NIO an `HTTPRequestHead` to encode: the fields come from
/// the client's request (already validated when it was parsed) and from the gateway, so building NIO's
/// `HTTPHeaders` only to have `HTTPRequestEncoder` write it out again, one buffer write per name, separator, value
/// and line end, cost a fifth of the gateway's instructions per proxied request.
struct UpstreamRequest: Sendable {
    /// The request's method: the response decoder must know which answers are to a `HEAD` (they have no body).
    var method: HTTPMethod
    /// `GET /api/customer-service/faqs HTTP/1.1\r\n`
    var requestLine: [UInt8]
    /// Every header field but `Host`, each `Name: value\r\n`, then `\r\n`.
    var fields: [UInt8]
    var body: ByteBuffer?

    /// The request line, `Host: <host>` and the fields, in one buffer.
    func head(host: String, allocator: ByteBufferAllocator) -> ByteBuffer {
        var buffer = allocator.buffer(capacity: requestLine.count + fields.count + host.utf8.count + 8)
        buffer.writeBytes(requestLine)
        buffer.writeStaticString("Host: ")
        buffer.writeString(host)
        buffer.writeStaticString("\r\n")
        buffer.writeBytes(fields)
        return buffer
    }
}

/// Bytes of an HTTP/1.1 message head being written. Callers pass only text that cannot break the framing: values
/// HTTPTypes validated (no CR, LF or NUL) and the gateway's own.
struct WireText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `name: value\r\n`
    mutating func field(_ name: String, _ value: String) {
        append(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        append(value)
        endLine()
    }

    mutating func endLine() {
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
    }
}

/// The outbound end of an upstream connection's pipeline, in front of the response decoder: writes the bytes of an
/// ``UpstreamRequest`` when its head passes. The head itself is written only for the decoder (`HTTPResponseDecoder`
/// notes the method of every request head written past it, to know which answers have no body) and dropped here;
/// the exchange handler gives the bytes to this handler directly, which spares them a trip through the pipeline.
final class UpstreamWireWriter: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = IOData

    /// The bytes of the request whose head comes next: head and body.
    private var pending: (head: ByteBuffer, body: ByteBuffer?)?

    /// Sets the bytes written when the next request head passes.
    func prepare(head: ByteBuffer, body: ByteBuffer?) {
        pending = (head, body)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .head = unwrapOutboundIn(data), let (head, body) = pending else {
            promise?.succeed(())
            return
        }
        pending = nil
        if let body, body.readableBytes > 0 {
            context.write(wrapOutboundOut(.byteBuffer(head)), promise: nil)
            context.write(wrapOutboundOut(.byteBuffer(body)), promise: promise)
        } else {
            context.write(wrapOutboundOut(.byteBuffer(head)), promise: promise)
        }
    }
}

/// Header names compared as HTTP compares them (ASCII letters in any case), without making lowercased copies: the
/// names of NIO's `HTTPHeaders` keep the case the peer sent.
struct HeaderNameSet: ExpressibleByArrayLiteral, Sendable {
    /// The lowercased names, by length.
    private let byLength: [Int: [[UInt8]]]

    init(arrayLiteral names: String...) {
        byLength = Dictionary(grouping: names.map { Array($0.lowercased().utf8) }, by: \.count)
    }

    func contains(_ name: String) -> Bool {
        guard let candidates = byLength[name.utf8.count] else { return false }
        return candidates.contains { Self.equalIgnoringCase(name, lowercased: $0) }
    }

    static func equalIgnoringCase(_ name: String, _ lowercased: StaticString) -> Bool {
        lowercased.withUTF8Buffer { equalIgnoringCase(name, lowercased: $0) }
    }

    /// Whether `name` is `lowercased` with any of its ASCII letters in upper case.
    static func equalIgnoringCase<Bytes: Collection<UInt8>>(_ name: String, lowercased: Bytes) -> Bool {
        guard name.utf8.count == lowercased.count else { return false }
        return zip(name.utf8, lowercased).allSatisfy { byte, expected in
            byte == expected || (byte >= 0x41 && byte <= 0x5A && byte | 0x20 == expected)
        }
    }
}
