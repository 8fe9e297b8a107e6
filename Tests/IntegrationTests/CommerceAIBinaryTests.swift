import CommerceModels
import Foundation
import TestSupport
import Testing

/// `commerceai`, the one executable of the eight daemons: how it picks a daemon, and what a started daemon maps.
@Suite("The commerceai binary")
struct CommerceAIBinaryTests {
    static var binary: URL { TestEnvironment.binDirectory.appendingPathComponent("commerceai") }

    /// Runs `commerceai arguments…`; returns its exit status, standard output and standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test("an unknown daemon name, or none, prints the usage with every daemon on stderr and exits 64")
    func unknownName() throws {
        for arguments in [["no-such-agent"], []] {
            let result = try Self.run(arguments)
            #expect(result.status == 64)
            #expect(result.output.isEmpty)
            #expect(result.error.contains("usage: commerceai <daemon>"))
            for service in ServiceIdentity.allCases { #expect(result.error.contains(service.name)) }
        }
        let help = try Self.run(["--help"])
        #expect(help.status == 0 && help.output.contains("usage: commerceai <daemon>") && help.error.isEmpty)
    }

    @Test("a daemon started by name carries it (ps shows content-agent), and one that sent no mail has not mapped libcurl",
          .enabled(if: TestEnvironment.hasBroker, "needs the test broker (deploy.sh test)"))
    func startedDaemon() async throws {
        let content = try DaemonProcess(.content)
        let email = try DaemonProcess(.email)
        try await content.waitHealthy()
        try await email.waitHealthy()
        #if os(Linux)
        let comm = try String(contentsOfFile: "/proc/\(content.pid)/comm", encoding: .utf8)
        #expect(comm.trimmingCharacters(in: .whitespacesAndNewlines) == "content-agent")
        let maps = try String(contentsOfFile: "/proc/\(email.pid)/maps", encoding: .utf8)
        #expect(maps.contains("commerceai"), "email-agent does not run from commerceai:\n\(maps)")
        #expect(!maps.contains("libcurl"), "an idle email-agent mapped libcurl:\n\(maps)")
        #endif
        #expect(try await content.stop() == 0)
        #expect(try await email.stop() == 0)
    }

    @Test("a daemon's language engine is trained once by a child process into ENGINE_MODEL_DIR and mapped; the next daemon maps the same file; another build's file is removed, a damaged one trained again",
          .enabled(if: TestEnvironment.hasBroker, "needs the test broker (deploy.sh test)"))
    func engineModelFile() async throws {
        let directory = try TemporaryDirectory("engine-model")
        let stale = directory.url.appendingPathComponent("engine-0000000000000000.model")
        try Data(repeating: 1, count: 64).write(to: stale)
        let environment = ["ENGINE_MODEL_DIR": directory.path, "LOG_LEVEL": "info"]
        func models() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("engine-") && $0.hasSuffix(".model") }
        }

        let first = try DaemonProcess(.customerService, environment: environment)
        try await first.waitHealthy()
        let files = try models()
        #expect(files.count == 1 && !files.contains(stale.lastPathComponent), "\(files)")
        let model = try #require(files.first.map { directory.url.appendingPathComponent($0).path })
        #expect(first.log().contains("language engine trained"))
        let second = try DaemonProcess(.customerService, environment: environment)
        try await second.waitHealthy()
        #expect(!second.log().contains("language engine trained"), "the second daemon trained again:\n\(second.log())")
        #if os(Linux)
        for daemon in [first, second] {
            let maps = try String(contentsOfFile: "/proc/\(daemon.pid)/maps", encoding: .utf8)
            #expect(maps.contains(model), "\(daemon.service.name) has not mapped \(model)")
        }
        #endif
        #expect(try await first.stop() == 0)
        #expect(try await second.stop() == 0)

        // A damaged file (replaced, as the trainer replaces it: never rewritten in place under a reader) is trained again.
        let damaged = model + ".damaged"
        try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: damaged))
        #expect(rename(damaged, model) == 0)
        let third = try DaemonProcess(.customerService, environment: environment)
        try await third.waitHealthy()
        #expect(third.log().contains("language engine trained"))
        let size = try FileManager.default.attributesOfItem(atPath: model)[.size] as? Int ?? 0
        #expect(size > 100_000)
        #expect(try await third.stop() == 0)
    }
}
