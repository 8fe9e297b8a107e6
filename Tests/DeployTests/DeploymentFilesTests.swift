import CommerceModels
import Foundation
import ServiceRuntime
import TestSupport
import Testing
import Yams

/// docker-compose.yml cannot run here (no container engine), so it is checked against the code: every service,
/// its port, and every environment variable the code reads. The README must document the same variables.
@Suite("Deployment files")
struct DeploymentFilesTests {
    static let root = TestEnvironment.packageRoot

    static func compose() throws -> [String: Any] {
        let text = try String(contentsOf: root.appendingPathComponent("docker-compose.yml"), encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    /// `KEY=value` lines of deploy/compose.env.
    static func sharedEnvironment() throws -> [String: String] {
        let text = try String(contentsOf: root.appendingPathComponent("deploy/compose.env"), encoding: .utf8)
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }

    /// Every environment variable name the daemons read: the shared configuration's list, and every literal name
    /// passed to an environment reader anywhere under Shared/ and Services/ (test helpers excluded).
    static func variablesReadByCode() throws -> Set<String> {
        var names = Set(ServiceIdentity.allCases.flatMap { ServiceConfig.environmentVariables(of: $0) })
        let pattern = try NSRegularExpression(pattern: #"(?:reader\.(?:string|int|double|bool)|\bvalue|\bnumber|\bflag)\("([A-Z][A-Z0-9_]+)""#)
        for folder in ["Shared", "Services"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "swift", !url.path.contains("/TestSupport/") else { continue }
                let source = try String(contentsOf: url, encoding: .utf8)
                for match in pattern.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                    names.insert(String(source[Range(match.range(at: 1), in: source)!]))
                }
            }
        }
        return names
    }

    /// Variables a deployment must be able to set (service-specific host and database overrides are optional:
    /// HOST and DATA_DIR cover them).
    static func isOptionalOverride(_ name: String) -> Bool {
        name.hasSuffix("_DATABASE_PATH") || (name.hasSuffix("_HOST") && name != "HOST")
    }

    @Test("compose names the broker and every daemon, with its binary, port and health check")
    func services() throws {
        let services = try #require(try Self.compose()["services"] as? [String: Any])
        #expect(Set(services.keys) == Set(ServiceIdentity.allCases.map(\.name) + ["rabbitmq"]))
        for identity in ServiceIdentity.allCases {
            let service = try #require(services[identity.name] as? [String: Any])
            #expect(service["command"] as? [String] == [identity.name])
            let environment = try #require(service["environment"] as? [String: Any])
            #expect("\(environment["\(identity.environmentPrefix)_PORT"] ?? "")" == "\(identity.defaultPort)")
            #expect((environment["RABBITMQ_URL"] as? String)?.contains("@rabbitmq:5672") == true)
            let health = try #require((service["healthcheck"] as? [String: Any])?["test"] as? [String])
            #expect(health.joined(separator: " ").contains("127.0.0.1:\(identity.defaultPort)/health"))
            #expect(service["env_file"] as? String == "deploy/compose.env")
            let dependsOn = try #require(service["depends_on"] as? [String: Any])
            #expect(dependsOn["rabbitmq"] != nil)
        }
        // The two doors an operator uses are published.
        for (name, port) in [("gateway", 4000), ("health-monitor", 4002)] {
            let ports = (services[name] as? [String: Any])?["ports"] as? [String]
            #expect(ports == ["\(port):\(port)"])
        }
    }

    @Test("every environment variable the code reads can be set in compose and is documented in the README")
    func environmentVariables() throws {
        let shared = try Self.sharedEnvironment()
        let services = try #require(try Self.compose()["services"] as? [String: Any])
        var composeNames = Set(shared.keys)
        for case let service as [String: Any] in services.values {
            composeNames.formUnion((service["environment"] as? [String: Any])?.keys ?? [:].keys)
        }
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let read = try Self.variablesReadByCode()
        #expect(read.count > 20, "the scan found too few variables: \(read.sorted())")
        for name in read.sorted() {
            if !Self.isOptionalOverride(name) {
                #expect(composeNames.contains(name), "\(name) is read by the code but not set in docker-compose.yml or deploy/compose.env")
            }
            // Per-service variables are documented once as `<PREFIX>_PORT`, `<PREFIX>_URL`…
            let generic = ServiceIdentity.allCases.map(\.environmentPrefix).sorted { $0.count > $1.count }
                .first { name.hasPrefix("\($0)_") }
                .map { "`<PREFIX>_\(name.dropFirst($0.count + 1))`" }
            let documented = readme.contains("`\(name)`") || generic.map(readme.contains) == true
            #expect(documented, "\(name) is not documented in README.md")
        }
        // Inside containers the daemons listen on every interface and keep their databases on the volume.
        #expect(shared["HOST"] == "0.0.0.0")
        #expect(shared["DATA_DIR"] == "/var/lib/commerce")
        // And secrets are never written into the shared file.
        for secret in ["LLM_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "JWT_SECRET"] {
            #expect(shared[secret] == nil, "\(secret) must come from the operator's environment")
        }
    }

    @Test("the Dockerfile builds commerceai and links every daemon name the compose file runs to it")
    func dockerfile() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("deploy/Dockerfile"), encoding: .utf8)
        #expect(text.contains("--product commerceai"))
        let links = try #require(text.split(separator: "\n").first { $0.contains("for daemon in") })
        for identity in ServiceIdentity.allCases { #expect(links.contains(" \(identity.name)")) }
        #expect(text.contains("ln -s commerceai"))
        // librabbitmq is linked in; libcurl (opened when email-agent sends) and SQLite are shared libraries.
        #expect(text.contains("libcurl4") && text.contains("libsqlite3-0"))
        #expect(text.contains("USER commerce"))
    }
}
