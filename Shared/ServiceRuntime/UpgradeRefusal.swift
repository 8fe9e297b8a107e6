import Foundation
public import CommerceModels
public import NIOCore
import NIOHTTP1

/// Answers a refused WebSocket upgrade with API.md's error shape and status (401, 429, 503...).
///
/// Hummingbird's upgrading server answers any refused upgrade with an empty 400. A server that refuses for a reason
/// calls this from its `shouldUpgrade` before returning `.dontUpgrade`: the error response (with
/// `Connection: close`) goes out first, so the client reads the real status; the server's own 400 that follows on
/// the closing connection is never read as a response.
public enum UpgradeRefusal {
    /// Writes `error` as the HTTP response on `channel`, which is still in its HTTP/1 upgrade stage.
    public static func write(_ error: APIError, requestId: String, on channel: any Channel) async {
        let body = ErrorResponseBody(code: error.code, message: error.message, requestId: requestId)
        let data = (try? JSONEncoder().encode(body)) ?? Data()
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        headers.add(name: "Content-Length", value: String(data.count))
        headers.add(name: "Connection", value: "close")
        headers.add(name: "X-Request-ID", value: requestId)
        for (name, value) in error.headers { headers.replaceOrAdd(name: name, value: value) }
        let head = HTTPResponseHead(
            version: .http1_1, status: HTTPResponseStatus(statusCode: error.status), headers: headers)
        channel.write(HTTPServerResponsePart.head(head), promise: nil)
        channel.write(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: data))), promise: nil)
        try? await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
    }
}
