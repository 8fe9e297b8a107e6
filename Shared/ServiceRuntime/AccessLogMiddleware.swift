public import Hummingbird
import Logging

/// One log line per request: method, path, matched route, status and latency, with the request id
/// (the logger's metadata carries it). Query strings are left out: they can hold tokens.
public struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = start.duration(to: .now)
        context.logger.info(
            "\(request.method) \(LoggedPath.redacting(request.uri.path)) \(response.status.code)",
            metadata: [
                "route": .string(context.endpointPath ?? "-"),
                "status": .stringConvertible(response.status.code),
                "latency_ms": .string(String(format: "%.3f", elapsed.milliseconds)),
            ])
        return response
    }
}
