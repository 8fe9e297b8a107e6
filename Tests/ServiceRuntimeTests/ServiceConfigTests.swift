import CommerceModels
import ServiceRuntime
import Testing

@Suite("ServiceConfig")
struct ServiceConfigTests {
    @Test("defaults follow API.md's ports and data/<service>.sqlite")
    func defaults() throws {
        let config = try ServiceConfig(service: .customerService, environment: [:])
        #expect(config.port == 5001)
        #expect(config.host == "127.0.0.1")
        #expect(config.databasePath == "data/sav-agent.sqlite")
        #expect(config.rabbitMQURL == "amqp://guest:guest@127.0.0.1:5672")
        #expect(config.maxBodyBytes == 2 * 1024 * 1024)
        #expect(config.serviceURLs[.email] == "http://127.0.0.1:5006")
        let ports = ServiceIdentity.allCases.map { try? ServiceConfig(service: $0, environment: [:]).port }
        #expect(ports == [4000, 4002, 5001, 5002, 5003, 5004, 5005, 5006])
    }

    @Test("service-prefixed variables override the shared ones")
    func overrides() throws {
        let config = try ServiceConfig(
            service: .email,
            environment: [
                "HOST": "0.0.0.0", "EMAIL_HOST": "127.0.0.2", "EMAIL_PORT": "6006", "DATA_DIR": "/var/lib/commerce",
                "LOG_LEVEL": "DEBUG", "SAV_URL": "http://sav.internal:5001", "MAX_BODY_BYTES": "4096",
            ])
        #expect(config.host == "127.0.0.2")
        #expect(config.port == 6006)
        #expect(config.databasePath == "/var/lib/commerce/email-agent.sqlite")
        #expect(config.logLevel == .debug)
        #expect(config.serviceURLs[.customerService] == "http://sav.internal:5001")
        #expect(config.maxBodyBytes == 4096)
    }

    @Test("malformed values are refused at start with the variable named", arguments: [
        ["SAV_PORT": "http"], ["SAV_PORT": "70000"], ["LOG_LEVEL": "loud"], ["MAX_BODY_BYTES": "-1"],
        ["SHUTDOWN_GRACE_SECONDS": "ten"],
    ])
    func malformed(environment: [String: String]) {
        #expect {
            _ = try ServiceConfig(service: .customerService, environment: environment)
        } throws: { error in
            "\(error)".contains(environment.keys.first!)
        }
    }
}
