import CommerceModels
import Foundation

/// Where tests find the things `deploy.sh test` prepared: the private broker, its `rabbitmqctl`, and the
/// built daemons.
public enum TestEnvironment {
    /// `COMMERCE_TEST_AMQP_URL`: the private broker `deploy.sh test` started (tests that need it are skipped
    /// without it, and reported as skipped).
    public static var amqpURL: String? { value("COMMERCE_TEST_AMQP_URL") }

    /// `COMMERCE_TEST_RABBITMQCTL`: a wrapper running `rabbitmqctl` against that broker.
    public static var rabbitmqctl: String? { value("COMMERCE_TEST_RABBITMQCTL") }

    /// Whether the broker-backed tests can run.
    public static var hasBroker: Bool { amqpURL != nil }

    /// The folder holding the built daemons: `COMMERCE_BIN_DIR`, else `.build/debug` of this package.
    public static var binDirectory: URL {
        if let dir = value("COMMERCE_BIN_DIR") { return URL(fileURLWithPath: dir) }
        return packageRoot.appendingPathComponent(".build/debug")
    }

    /// How to start `service`: its link in `binDirectory` (`sav-agent -> commerceai`, made by deploy.sh), else
    /// `commerceai <name>` from there, so a plain `swift build && swift test` runs the daemons too. A file of the
    /// daemon's name that is not a link to `commerceai` (a binary left by an older build) is never run.
    public static func daemonCommand(_ service: ServiceIdentity) -> (executable: URL, arguments: [String]) {
        let link = binDirectory.appendingPathComponent(service.name)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link.path),
           target.split(separator: "/").last == "commerceai" {
            return (link, [])
        }
        return (binDirectory.appendingPathComponent("commerceai"), [service.name])
    }

    /// The top of the repository.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A folder for artefacts tests leave behind (screenshots, logs): `test-output/` at the top.
    public static func outputDirectory(_ name: String) throws -> URL {
        let url = packageRoot.appendingPathComponent("test-output").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs the test broker's `rabbitmqctl` with `arguments`; returns its standard output.
    @discardableResult
    public static func runRabbitmqctl(_ arguments: [String]) throws -> String {
        guard let path = rabbitmqctl else { throw TestSupportError("COMMERCE_TEST_RABBITMQCTL is not set") }
        return try Shell.run(path, arguments)
    }

    private static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}

/// A failure of the test harness itself (not of the code under test).
public struct TestSupportError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Runs a command and returns its standard output; throws with its output when it fails.
public enum Shell {
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], timeout: Duration = .seconds(60)) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw TestSupportError("\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(text)")
        }
        return text
    }
}
