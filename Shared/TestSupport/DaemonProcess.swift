import AsyncHTTPClient
import CommerceModels
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// A real daemon binary run by a test: its own port, database folder and log file, talking to the test broker.
/// `stop()` sends SIGTERM and waits for the exit, as an operator's `deploy.sh down` does.
public final class DaemonProcess: Sendable {
    public let service: ServiceIdentity
    public let port: Int
    public let dataDirectory: TemporaryDirectory
    public let logFile: URL
    private let process: Process

    /// Starts `service` with the shared test environment plus `environment`.
    public init(_ service: ServiceIdentity, environment: [String: String] = [:], port: Int? = nil) throws {
        self.service = service
        self.port = try port ?? freeTCPPort()
        self.dataDirectory = try TemporaryDirectory("commerce-\(service.name)")
        self.logFile = dataDirectory.url.appendingPathComponent("\(service.name).log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)

        var env = ProcessInfo.processInfo.environment
        env["DATA_DIR"] = dataDirectory.path
        // Every daemon of a test run maps one language-engine model, trained once (README.md, "Memory").
        if env["ENGINE_MODEL_DIR"] == nil, let models = try? TestEnvironment.outputDirectory("engine-model") { env["ENGINE_MODEL_DIR"] = models.path }
        env["\(service.environmentPrefix)_PORT"] = String(self.port)
        env["HOST"] = "127.0.0.1"
        env["LOG_LEVEL"] = env["COMMERCE_TEST_LOG_LEVEL"] ?? "info"
        if let url = TestEnvironment.amqpURL { env["RABBITMQ_URL"] = url }
        env.merge(environment) { $1 }

        let process = Process()
        let command = TestEnvironment.daemonCommand(service)
        process.executableURL = command.executable
        process.arguments = command.arguments
        process.environment = env
        let handle = try FileHandle(forWritingTo: logFile)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        self.process = process
    }

    public var baseURL: String { "http://127.0.0.1:\(port)" }
    public var pid: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }

    /// Waits until `/health` answers with `status` (default `ok`).
    public func waitHealthy(status: String = "ok", timeout: Duration = .seconds(90), client: HTTPClient = .shared) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard process.isRunning else {
                throw TestSupportError("\(service.name) exited with \(process.terminationStatus):\n\(log())")
            }
            if let body = try? await client.getString("\(baseURL)/health"), body.contains("\"status\":\"\(status)\"") {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestSupportError("\(service.name) not \(status) after \(timeout):\n\(log())")
    }

    /// Sends SIGTERM and waits for the exit; returns the exit status.
    @discardableResult
    public func stop(timeout: Duration = .seconds(30)) async throws -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        return try await waitForExit(timeout: timeout)
    }

    /// Sends SIGKILL (a crash, not a shutdown).
    public func kill9() async throws {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        _ = try await waitForExit(timeout: .seconds(10))
    }

    public func waitForExit(timeout: Duration) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else { throw TestSupportError("\(service.name) did not exit within \(timeout)") }
            try await Task.sleep(for: .milliseconds(50))
        }
        return process.terminationStatus
    }

    /// Everything the daemon has logged so far.
    public func log() -> String {
        (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        dataDirectory.remove()
    }
}

extension HTTPClient {
    /// GET `url` and return the body as text (any status).
    public func getString(_ url: String, timeout: Duration = .seconds(5)) async throws -> String {
        let response = try await execute(HTTPClientRequest(url: url), timeout: .seconds(Int64(timeout.components.seconds)))
        let body = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return String(buffer: body)
    }

    /// Sends a request and returns the status, headers and body.
    public func send(
        _ method: HTTPMethod, _ url: String, headers: [(String, String)] = [], body: [UInt8]? = nil,
        timeout: Duration = .seconds(10)
    ) async throws -> (status: Int, headers: HTTPHeaders, body: String) {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await execute(request, timeout: .seconds(Int64(timeout.components.seconds)))
        let collected = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return (Int(response.status.code), response.headers, String(buffer: collected))
    }
}
