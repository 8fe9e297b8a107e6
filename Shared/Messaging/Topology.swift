/// Exchanges, queues and bindings declared from code, at every (re)connection, in that order.
///
/// ## Quorum queues, not classic queues with a delivery counter
/// Work queues are quorum queues (`x-queue-type: quorum`): RabbitMQ 3.10 counts redeliveries itself
/// (`x-delivery-count` header) and dead-letters a message after `x-delivery-limit` failed deliveries, also when a
/// consumer crashes or its connection dies mid-message. A classic queue has no delivery limit: the consumer would
/// have to republish every failure with its own counter header (a publish + ack per retry, a count lost when the
/// consumer dies between the two, the message moved to the back of the queue).
/// Measured on this kind of machine (one 3.10 node and the client on the same 2 cores, release build, 20,000
/// persistent 256-byte messages, confirm window 1,000, prefetch 200; `commerce-bench messaging --queue-type …`):
/// quorum: publish 13–21k msg/s, end to end 6.8–12k msg/s; classic: publish 6.4–9.2k msg/s, end to end
/// 6.3–9.3k msg/s. Quorum queues were not slower here for persistent, confirmed messages, both clear the
/// 5,000 msg/s target, and quorum queues are also what the clustered deployment needs to survive a node loss.
/// So: quorum.
public struct Topology: Sendable, Hashable {
    public enum ExchangeKind: String, Sendable, Hashable { case direct, topic, fanout, headers }

    /// A queue argument value (`x-…` arguments are strings, integers or booleans).
    public enum Argument: Sendable, Hashable {
        case string(String)
        case int(Int64)
        case bool(Bool)
    }

    public struct Exchange: Sendable, Hashable {
        public var name: String
        public var kind: ExchangeKind
        public var durable: Bool
        public init(name: String, kind: ExchangeKind, durable: Bool = true) {
            self.name = name
            self.kind = kind
            self.durable = durable
        }
    }

    public struct Queue: Sendable, Hashable {
        public var name: String
        public var durable: Bool
        public var arguments: [String: Argument]
        public init(name: String, durable: Bool = true, arguments: [String: Argument] = [:]) {
            self.name = name
            self.durable = durable
            self.arguments = arguments
        }
    }

    public struct Binding: Sendable, Hashable {
        public var queue: String
        public var exchange: String
        public var routingKey: String
        public init(queue: String, exchange: String, routingKey: String) {
            self.queue = queue
            self.exchange = exchange
            self.routingKey = routingKey
        }
    }

    public enum QueueType: String, Sendable, Hashable { case quorum, classic }

    public var exchanges: [Exchange]
    public var queues: [Queue]
    public var bindings: [Binding]

    public init(exchanges: [Exchange] = [], queues: [Queue] = [], bindings: [Binding] = []) {
        self.exchanges = exchanges
        self.queues = queues
        self.bindings = bindings
    }

    public static let empty = Topology()

    /// The topic exchange carrying domain events (`order.created`, `content.generated`, …).
    public static let eventsExchange = "commerce.events"
    /// Default number of deliveries after which a failing message goes to its `.dead` queue.
    public static let defaultDeliveryLimit = 5

    /// Names of the shared work queues.
    public enum QueueName {
        public static let contentGeneration = "content.generation"
        public static let analysisRequests = "analysis.requests"
        public static let emailSending = "email.sending"
        public static let notifications = "notifications"
        public static let all = [contentGeneration, analysisRequests, emailSending, notifications]
    }

    /// The name of the queue that receives `queue`'s dead letters.
    public static func deadLetterQueue(for queue: String) -> String { "\(queue).dead" }
    /// The name of `queue`'s dead-letter exchange.
    public static func deadLetterExchange(for queue: String) -> String { "\(queue).dlx" }

    /// A durable work queue with a fanout dead-letter exchange `<name>.dlx` feeding a durable `<name>.dead` queue.
    /// With `.quorum`, the broker dead-letters a message once it has been delivered `deliveryLimit` times without
    /// an ack. `.classic` exists for measurements; classic queues in 3.10 have no delivery limit.
    public static func workQueue(_ name: String, deliveryLimit: Int = defaultDeliveryLimit,
                                 type: QueueType = .quorum) -> Topology {
        let dlx = deadLetterExchange(for: name)
        let dead = deadLetterQueue(for: name)
        var arguments: [String: Argument] = ["x-dead-letter-exchange": .string(dlx)]
        var deadArguments: [String: Argument] = [:]
        if type == .quorum {
            arguments["x-queue-type"] = .string("quorum")
            arguments["x-delivery-limit"] = .int(Int64(deliveryLimit))
            deadArguments["x-queue-type"] = .string("quorum")
        }
        return Topology(
            exchanges: [Exchange(name: dlx, kind: .fanout)],
            queues: [Queue(name: name, arguments: arguments), Queue(name: dead, arguments: deadArguments)],
            bindings: [Binding(queue: dead, exchange: dlx, routingKey: "")])
    }

    /// CommerceAI's topology: the four work queues (quorum, delivery limit 5, each with `<name>.dlx` and
    /// `<name>.dead`) and the `commerce.events` topic exchange.
    public static let commerce: Topology = {
        var topology = Topology(exchanges: [Exchange(name: eventsExchange, kind: .topic)])
        for name in QueueName.all { topology.merge(workQueue(name)) }
        return topology
    }()

    /// Adds `other`'s declarations (duplicates are skipped).
    public mutating func merge(_ other: Topology) {
        for exchange in other.exchanges where !exchanges.contains(exchange) { exchanges.append(exchange) }
        for queue in other.queues where !queues.contains(queue) { queues.append(queue) }
        for binding in other.bindings where !bindings.contains(binding) { bindings.append(binding) }
    }

    public func merging(_ other: Topology) -> Topology {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Removes every declaration that mentions the queue or exchange `name`.
    mutating func forget(_ name: String) {
        exchanges.removeAll { $0.name == name }
        queues.removeAll { $0.name == name }
        bindings.removeAll { $0.queue == name || $0.exchange == name }
    }
}

extension Topology {
    func removing(_ other: Topology) -> Topology {
        Topology(exchanges: exchanges.filter { !other.exchanges.contains($0) },
                 queues: queues.filter { !other.queues.contains($0) },
                 bindings: bindings.filter { !other.bindings.contains($0) })
    }
}
