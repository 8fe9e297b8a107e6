public import Hummingbird
import Logging
import NIOCore

/// The request context of every daemon: Hummingbird's core storage plus the body limit of the service.
/// The request id lives in the logger's metadata (`hb.request.id`), where Hummingbird and every log line read it.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Largest body `decode` accepts; set from `MAX_BODY_BYTES` by `BodyLimitMiddleware`.
    public var maxUploadSize: Int
    /// The peer's address, for per-IP limits and logs.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.maxUploadSize = 2 * 1024 * 1024
        self.remoteAddress = source.channel.remoteAddress
    }

    /// The `X-Request-ID` of this request.
    public var requestId: String { id }
}
