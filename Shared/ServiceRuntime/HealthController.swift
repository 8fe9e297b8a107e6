import Foundation
public import Hummingbird
import NIOCore

/// `GET /health` (`{"status","service","version","checks"}`; 503 when `down`) and `GET /metrics`
/// (Prometheus text format).
public struct HealthController: Sendable {
    /// The body of `/health`.
    public struct Report: Codable, Sendable {
        public var status: HealthStatus
        public var service: String
        public var version: String
        public var checks: [String: HealthCheckResult]
    }

    let service: String
    let checks: [HealthCheck]
    let timeout: Duration

    public init(service: String, checks: [HealthCheck], timeout: Duration = .seconds(2)) {
        self.service = service
        self.checks = checks
        self.timeout = timeout
    }

    public func register(on router: Router<AppRequestContext>) {
        router.get("health") { _, _ in try await self.healthResponse() }
        router.get("metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Observability.render())))
        }
    }

    /// Runs every check concurrently, each bounded by the timeout.
    public func report() async -> Report {
        let timeout = self.timeout
        let results = await withTaskGroup(of: (String, Bool, HealthCheckResult).self) { group in
            for check in checks {
                group.addTask {
                    let result = await withTaskGroup(of: HealthCheckResult?.self) { race in
                        race.addTask { await check.run() }
                        race.addTask {
                            try? await Task.sleep(for: timeout)
                            return nil
                        }
                        let first = await race.next()!
                        race.cancelAll()
                        return first ?? HealthCheckResult(status: .down, detail: "timed out after \(timeout)")
                    }
                    return (check.name, check.critical, result)
                }
            }
            var collected: [(String, Bool, HealthCheckResult)] = []
            for await result in group { collected.append(result) }
            return collected
        }
        var status = HealthStatus.ok
        var byName: [String: HealthCheckResult] = [:]
        for (name, critical, result) in results {
            byName[name] = result
            if result.status != .ok { status = max(status, critical ? result.status : .degraded) }
        }
        return Report(status: status, service: service, version: ServiceConfig.version, checks: byName)
    }

    func healthResponse() async throws -> Response {
        let report = await report()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(report)
        return Response(
            status: report.status == .down ? .serviceUnavailable : .ok,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
