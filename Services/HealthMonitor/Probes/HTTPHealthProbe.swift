import AsyncHTTPClient
import Foundation
import NIOCore
import ServiceRuntime

/// Polls one daemon's `/health` over HTTP (pooled keep-alive connections of the shared client).
///
/// `200` with `"status":"ok"` or `"degraded"` is that status; a `503` (the daemon says it is down), another
/// status, an unreadable body, a refused connection or no answer within the timeout are all `down`.
struct HTTPHealthProbe: Sendable {
    let client: HTTPClient

    /// The part of a `/health` body the monitor reads.
    private struct HealthBody: Decodable {
        var status: HealthStatus
    }

    func probe(_ target: MonitorTarget) async -> Observation {
        let at = Date()
        let start = ContinuousClock.now
        var request = HTTPClientRequest(url: target.healthURL)
        request.headers.add(name: "User-Agent", value: "commerceai-health-monitor")
        do {
            let deadline = NIODeadline.now() + .nanoseconds(Int64(target.timeout.seconds * 1e9))
            let response = try await client.execute(request, deadline: deadline)
            let body = try await response.body.collect(upTo: 256 * 1024)
            let latency = start.duration(to: .now).milliseconds
            let code = response.status.code
            let reported = try? JSONDecoder().decode(HealthBody.self, from: Data(body.readableBytesView)).status
            switch (code, reported) {
            case (200, .ok?), (200, .degraded?):
                return Observation(status: reported!, latencyMs: latency, detail: reported == .degraded ? Self.failingChecks(body) : nil, at: at)
            case (200, _):
                return Observation(status: .down, latencyMs: latency, detail: "unreadable /health body", at: at)
            default:
                return Observation(status: .down, latencyMs: latency, detail: "HTTP \(code)\(Self.failingChecks(body).map { ": \($0)" } ?? "")", at: at)
            }
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            return Observation(status: .down, latencyMs: nil, detail: "no answer within \(Int(target.timeout.seconds * 1000)) ms", at: at)
        } catch {
            return Observation(status: .down, latencyMs: nil, detail: Self.describe(error), at: at)
        }
    }

    /// The names of the checks that are not ok, from a `/health` body (`broker, database`).
    static func failingChecks(_ body: ByteBuffer) -> String? {
        struct Checks: Decodable {
            struct Check: Decodable { var status: String }
            var checks: [String: Check]?
        }
        guard let checks = try? JSONDecoder().decode(Checks.self, from: Data(body.readableBytesView)).checks else { return nil }
        let failing = checks.filter { $0.value.status != "ok" }.map { "\($0.key) \($0.value.status)" }.sorted()
        return failing.isEmpty ? nil : failing.joined(separator: ", ")
    }

    /// A short reason for a failed poll (`connection refused`), without URLs that could carry secrets.
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.localizedCaseInsensitiveContains("refused") { return "connection refused" }
        if text.localizedCaseInsensitiveContains("reset") { return "connection reset" }
        if text.localizedCaseInsensitiveContains("timeout") || text.localizedCaseInsensitiveContains("timed out") {
            return "timed out"
        }
        return String(text.prefix(200))
    }
}
