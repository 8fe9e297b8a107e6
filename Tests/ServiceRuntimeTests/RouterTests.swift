import CommerceModels
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ServiceRuntime
import TestSupport
import Testing

/// The shared middleware and endpoints every daemon gets, driven through the router without sockets.
@Suite("Daemon router")
struct RouterTests {
    struct Review: Decodable, ResponseEncodable {
        var rating: Int
        var comment: String
    }

    struct Failure: Error {}

    /// A daemon on a temporary database with a few routes that exercise decoding and errors.
    static func makeDaemon(extraChecks: [HealthCheck] = []) throws -> (Daemon, TemporaryDirectory) {
        let directory = try TemporaryDirectory("runtime")
        let config = try ServiceConfig(
            service: .advertising, environment: ["DATA_DIR": directory.path, "PORT": "0", "MAX_BODY_BYTES": "4096"])
        let daemon = try Daemon(config: config)
        for check in extraChecks { daemon.addHealthCheck(check) }
        daemon.router.post("reviews") { request, context -> Review in
            let review = try await request.decodeJSON(as: Review.self, context: context)
            guard (1...5).contains(review.rating) else { throw APIError.validation("rating must be between 1 and 5") }
            return review
        }
        daemon.router.get("boom") { _, _ -> String in throw Failure() }
        return (daemon, directory)
    }

    static func error(_ response: TestResponse) throws -> ErrorResponseBody {
        try JSONDecoder().decode(ErrorResponseBody.self, from: Data(buffer: response.body))
    }

    @Test("/health reports the service, its version, a passing database check, and degraded without the broker")
    func health() async throws {
        let (daemon, directory) = try Self.makeDaemon()
        defer { directory.remove() }
        try await daemon.makeApplication().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let report = try JSONDecoder().decode(HealthController.Report.self, from: Data(buffer: response.body))
                // The broker connection is not running in a router test: HTTP works, queued work would wait.
                #expect(report.status == .degraded)
                #expect(report.checks["broker"]?.status == .down)
                #expect(report.service == "advertising-agent")
                #expect(report.version == ServiceConfig.version)
                #expect(report.checks["database"]?.status == .ok)
            }
        }
    }

    @Test("a failing non-critical check degrades, a failing critical one is down with 503")
    func healthStates() async throws {
        let cache = HealthCheck(name: "cache", critical: false) { HealthCheckResult(status: .down, detail: "evicted") }
        let (degraded, dir1) = try Self.makeDaemon(extraChecks: [cache])
        defer { dir1.remove() }
        try await degraded.makeApplication().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(#""status":"degraded""#))
            }
        }
        let stuck = HealthCheck(name: "disk", critical: true) {
            try? await Task.sleep(for: .seconds(30))
            return HealthCheckResult(status: .ok)
        }
        let (down, dir2) = try Self.makeDaemon(extraChecks: [stuck])
        defer { dir2.remove() }
        try await down.makeApplication().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let report = try JSONDecoder().decode(HealthController.Report.self, from: Data(buffer: response.body))
                #expect(report.status == .down)
                #expect(report.checks["disk"]?.detail?.contains("timed out") == true)
            }
        }
    }

    @Test("an unknown route is a 404 in the error shape, carrying the request id of the response header")
    func notFound() async throws {
        let (daemon, directory) = try Self.makeDaemon()
        defer { directory.remove() }
        try await daemon.makeApplication().test(.router) { client in
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let body = try Self.error(response)
                #expect(body.error.code == "not_found")
                #expect(body.error.requestId != nil)
                #expect(body.error.requestId == response.headers[HTTPField.Name("X-Request-ID")!])
            }
        }
    }

    @Test("a sane X-Request-ID is kept; one that could forge log lines is replaced")
    func requestId() async throws {
        let (daemon, directory) = try Self.makeDaemon()
        defer { directory.remove() }
        let header = HTTPField.Name("X-Request-ID")!
        try await daemon.makeApplication().test(.router) { client in
            try await client.execute(uri: "/health", method: .get, headers: [header: "req-42.a:b_c"]) { response in
                #expect(response.headers[header] == "req-42.a:b_c")
            }
            try await client.execute(uri: "/health", method: .get, headers: [header: "x\" level=critical forged"]) { response in
                let id = try #require(response.headers[header])
                #expect(id != "x\" level=critical forged")
                #expect(UUID(uuidString: id) != nil)
            }
        }
    }

    @Test("bad bodies get 400/413/415 in the error shape, naming the field")
    func badBodies() async throws {
        let (daemon, directory) = try Self.makeDaemon()
        defer { directory.remove() }
        let json: HTTPFields = [.contentType: "application/json"]
        let cases: [(HTTPFields, String, HTTPResponse.Status, String, String?)] = [
            (json, #"{"rating": 4, "comment": "good"}"#, .ok, "", nil),
            (json, #"{"rating": 9, "comment": "good"}"#, .badRequest, "validation_failed", "rating"),
            (json, #"{"comment": "good"}"#, .badRequest, "validation_failed", "rating is required"),
            (json, #"{"rating": "four", "comment": "good"}"#, .badRequest, "validation_failed", "rating must be an integer"),
            (json, #"{"rating": 4, "comment": null}"#, .badRequest, "validation_failed", "comment must not be null"),
            (json, #"{"rating": 4,"#, .badRequest, "validation_failed", "not valid JSON"),
            (json, "", .badRequest, "validation_failed", "JSON object"),
            ([.contentType: "text/plain"], #"{"rating": 4, "comment": "x"}"#, .unsupportedMediaType, "unsupported_media_type", nil),
            (json, #"{"rating": 4, "comment": "\#(String(repeating: "x", count: 5000))"}"#, .contentTooLarge, "payload_too_large", nil),
        ]
        try await daemon.makeApplication().test(.router) { client in
            for (headers, body, status, code, fragment) in cases {
                try await client.execute(uri: "/reviews", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status, "\(body.prefix(40))")
                    guard status != .ok else { return }
                    let error = try Self.error(response)
                    #expect(error.error.code == code)
                    if let fragment { #expect(error.error.message.contains(fragment), "\(error.error.message)") }
                }
            }
        }
    }

    @Test("an unexpected error is a 500 that leaks nothing of it")
    func internalError() async throws {
        let (daemon, directory) = try Self.makeDaemon()
        defer { directory.remove() }
        try await daemon.makeApplication().test(.router) { client in
            try await client.execute(uri: "/boom", method: .get) { response in
                #expect(response.status == .internalServerError)
                let error = try Self.error(response)
                #expect(error.error.code == "internal_error")
                #expect(!error.error.message.contains("Failure"))
            }
        }
    }

    @Test("/metrics exposes request counts and latency histograms per route and status")
    func metrics() async throws {
        let (daemon, directory) = try Self.makeDaemon()
        defer { directory.remove() }
        try await daemon.makeApplication().test(.router) { client in
            for _ in 0..<3 {
                try await client.execute(uri: "/reviews", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"rating":1,"comment":"c"}"#)) { _ in }
            }
            try await client.execute(uri: "/nowhere", method: .get) { _ in }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                let text = String(buffer: response.body)
                #expect(text.contains("# TYPE hb_requests counter"))
                #expect(text.contains(#"http_route="/reviews""#))
                #expect(text.contains(#"http_response_status_code="200""#))
                #expect(text.contains(#"http_response_status_code="404""#))
                #expect(text.contains("# TYPE http_server_request_duration histogram"))
                #expect(text.contains("http_server_request_duration_bucket{"))
            }
        }
    }
}
