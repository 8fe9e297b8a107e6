import Testing

@testable import Messaging

@Suite("AMQP URL parsing")
struct AMQPConfigurationTests {
    @Test func fullURL() throws {
        let configuration = try AMQPConfiguration(url: "amqp://shop:s3cret@broker.internal:5673/commerce")
        #expect(configuration.host == "broker.internal")
        #expect(configuration.port == 5673)
        #expect(configuration.user == "shop")
        #expect(configuration.password == "s3cret")
        #expect(configuration.vhost == "commerce")
    }

    @Test func defaults() throws {
        let configuration = try AMQPConfiguration(url: "amqp://localhost")
        #expect(configuration.port == 5672)
        #expect(configuration.vhost == "/")
        #expect(configuration.user == "guest")
        #expect(configuration.password == "guest")
        #expect(configuration.heartbeat == .seconds(30))
    }

    @Test func noPathMeansDefaultVhost() throws {
        #expect(try AMQPConfiguration(url: "amqp://u:p@host:5672").vhost == "/")
    }

    @Test func encodedSlashIsDefaultVhost() throws {
        #expect(try AMQPConfiguration(url: "amqp://u:p@host:5672/%2f").vhost == "/")
        #expect(try AMQPConfiguration(url: "amqp://u:p@host:5672/%2F").vhost == "/")
    }

    @Test func trailingSlashIsTheEmptyVhostAndRejected() {
        #expect(throws: MessagingError.self) { try AMQPConfiguration(url: "amqp://u:p@host:5672/") }
    }

    @Test func percentDecoding() throws {
        let configuration = try AMQPConfiguration(url: "amqp://us%40er:p%3Ass%2Fw%25rd@host/v%2Fhost")
        #expect(configuration.user == "us@er")
        #expect(configuration.password == "p:ss/w%rd")
        #expect(configuration.vhost == "v/host")
    }

    @Test func ipv6Host() throws {
        let configuration = try AMQPConfiguration(url: "amqp://[::1]:5680")
        #expect(configuration.host == "::1")
        #expect(configuration.port == 5680)
    }

    @Test(arguments: [
        "http://host", "amqps://host", "amqp//host", "amqp://host:notaport", "amqp://host:70000",
        "amqp://host/a/b", "amqp://host/%zz", "amqp://host?heartbeat=5",
    ])
    func invalid(url: String) {
        #expect(throws: MessagingError.self) { try AMQPConfiguration(url: url) }
    }

    @Test func descriptionAndErrorsNeverShowThePassword() throws {
        let configuration = try AMQPConfiguration(url: "amqp://shop:topsecret@host:5672/%2f")
        #expect(!configuration.description.contains("topsecret"))
        #expect(!AMQPConfiguration.redact("amqp://shop:topsecret@host/x").contains("topsecret"))
        do {
            _ = try AMQPConfiguration(url: "amqp://shop:topsecret@host:bad")
            Issue.record("expected an error")
        } catch {
            #expect(!"\(error)".contains("topsecret"))
        }
    }

    @Test func commerceTopology() {
        let topology = Topology.commerce
        #expect(topology.exchanges.contains { $0.name == "commerce.events" && $0.kind == .topic })
        for name in ["content.generation", "analysis.requests", "email.sending", "notifications"] {
            let queue = topology.queues.first { $0.name == name }
            #expect(queue?.durable == true)
            #expect(queue?.arguments["x-queue-type"] == .string("quorum"))
            #expect(queue?.arguments["x-delivery-limit"] == .int(5))
            #expect(queue?.arguments["x-dead-letter-exchange"] == .string("\(name).dlx"))
            #expect(topology.queues.contains { $0.name == "\(name).dead" })
            #expect(topology.bindings.contains { $0.queue == "\(name).dead" && $0.exchange == "\(name).dlx" })
        }
    }
}
