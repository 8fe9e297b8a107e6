import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real SMTP server (aiosmtpd, `deploy/test/smtp_server.py`) on a free loopback port, writing what it accepts
/// to a folder the test reads. Recipients named `bounce*` get 550, `busy*` 451, `flaky*` 451 twice then 250.
public final class SMTPTestServer: @unchecked Sendable {
    /// A message the server accepted.
    public struct Received: Sendable {
        public var from: String
        public var to: [String]
        public var raw: String
    }

    public let port: Int
    public let directory: TemporaryDirectory
    private let process: Process

    /// `COMMERCE_TEST_PYTHON` (set by `deploy.sh test`): a Python with aiosmtpd.
    public static var python: String? { ProcessInfo.processInfo.environment["COMMERCE_TEST_PYTHON"] }
    public static var isAvailable: Bool { python != nil }

    public init() throws {
        guard let python = Self.python else { throw TestSupportError("COMMERCE_TEST_PYTHON is not set") }
        port = try freeTCPPort()
        directory = try TemporaryDirectory("smtp")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            TestEnvironment.packageRoot.appendingPathComponent("deploy/test/smtp_server.py").path, String(port), directory.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        // Wait for "ready" (bounded: the pipe closes if the server dies).
        let line = output.fileHandleForReading.availableLineOrEOF(timeout: 15)
        guard line?.hasPrefix("ready") == true else {
            process.terminate()
            throw TestSupportError("SMTP test server did not start")
        }
    }

    public var url: String { "smtp://127.0.0.1:\(port)?tls=none" }

    /// Everything accepted so far, in order.
    public func received() throws -> [Received] {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".eml") }.sorted()
        return try files.map { name in
            let base = directory.url.appendingPathComponent(String(name.dropLast(4)))
            let envelope = try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathExtension("json"))) as? [String: Any] ?? [:]
            let raw = try String(contentsOf: base.appendingPathExtension("eml"), encoding: .utf8)
            return Received(from: envelope["from"] as? String ?? "", to: envelope["to"] as? [String] ?? [], raw: raw)
        }
    }

    public func stop() {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        directory.remove()
    }

    deinit { stop() }
}

extension FileHandle {
    /// Reads one line, or nil at end of file or after `timeout` seconds.
    func availableLineOrEOF(timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var data = Data()
        let fd = fileDescriptor
        while Date() < deadline {
            var pollFD = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&pollFD, 1, 200) >= 0 else { return nil }
            guard pollFD.revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = Glibc.read(fd, &byte, 1)
            if count <= 0 { return data.isEmpty ? nil : String(decoding: data, as: UTF8.self) }
            if byte == 0x0A { return String(decoding: data, as: UTF8.self) }
            data.append(byte)
        }
        return nil
    }
}
