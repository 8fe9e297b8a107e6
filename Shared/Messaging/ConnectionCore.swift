internal import CRabbitMQ
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What async Swift hands to the connection thread.
enum Request: Sendable {
    case publish(OutgoingMessage)
    case settle(channel: UInt16, generation: UInt64, tag: UInt64, kind: Settlement.Kind)
    case consume(ConsumerRegistration)
    /// `abandoned`: the sequence can no longer be read (task cancelled or dropped), not merely `cancel()`ed.
    case cancelConsumer(id: UInt64, abandoned: Bool)
    case admin(id: UInt64, AdminOperation)
    case shutdown(graceful: Bool)
}

enum AdminOperation: Sendable {
    case declare(Topology)
    case deleteQueue(String)
    case deleteExchange(String)
    case purgeQueue(String)
    case queueStatus(String)
}

enum AdminReply: Sendable {
    case done
    case status(QueueStatus)
}

struct ConsumerRegistration: Sendable {
    let id: UInt64
    let queue: String
    let prefetch: Int
    let continuation: AsyncThrowingStream<Delivery, any Error>.Continuation
}

/// A message to publish, with its strings already laid out as NUL-terminated C strings (done on the caller's
/// task, not on the connection thread).
struct OutgoingMessage: Sendable {
    /// Publish id: the key of the caller's waiter (independent of the per-channel confirm sequence number).
    let id: UInt64
    let exchange: String
    let routingKey: String
    let messageId: String
    let mandatory: Bool
    let body: [UInt8]
    /// exchange, routing key, message id, correlation id, content type, type, then header key/value pairs.
    let strings: [UInt8]
    /// Offsets into `strings`, -1 for an absent optional string.
    let offsets: [Int]

    init(id: UInt64, exchange: String, routingKey: String, messageId: String, correlationId: String?,
         contentType: String?, type: String?, headers: [(String, String)], mandatory: Bool, body: [UInt8]) {
        self.id = id
        self.exchange = exchange
        self.routingKey = routingKey
        self.messageId = messageId
        self.mandatory = mandatory
        self.body = body
        var strings: [UInt8] = []
        var offsets: [Int] = []
        func add(_ text: String?) {
            guard let text else { offsets.append(-1); return }
            offsets.append(strings.count)
            // An embedded NUL would truncate the C string; AMQP short strings have no use for it.
            let start = strings.count
            strings.append(contentsOf: text.utf8)
            if text.utf8.contains(0) {
                for index in start..<strings.count where strings[index] == 0 { strings[index] = UInt8(ascii: " ") }
            }
            strings.append(0)
        }
        add(exchange)
        add(routingKey)
        add(messageId)
        add(correlationId)
        add(contentType)
        add(type)
        for (key, value) in headers {
            add(key)
            add(value)
        }
        self.strings = strings
        self.offsets = offsets
    }

    var headerCount: Int { (offsets.count - 6) / 2 }
}

/// Broker-side numbers for one queue (from a passive queue.declare).
public struct QueueStatus: Sendable, Hashable {
    public var messageCount: Int
    public var consumerCount: Int
    public init(messageCount: Int, consumerCount: Int) {
        self.messageCount = messageCount
        self.consumerCount = consumerCount
    }
}

/// State shared between async callers and the connection thread, behind one lock. The connection thread's own
/// state lives in `ConnectionWorker` and is touched by that thread only.
final class ConnectionCore: Sendable {
    struct Shared {
        var requests: [Request] = []
        /// The connection thread is in (or about to enter) poll(): a request must write the eventfd.
        var sleeping = false
        var publishWaiters: [UInt64: CheckedContinuation<Void, any Error>] = [:]
        /// Publishes cancelled by their caller before the connection thread sent them.
        var cancelledPublishes: Set<UInt64> = []
        var adminWaiters: [UInt64: CheckedContinuation<AdminReply, any Error>] = [:]
        var channelGenerations: [UInt16: UInt64] = [:]
        var connected = false
        var blockedReason: String? = nil
        var accepting = true
        /// Set when the connection thread has exited: every new request fails with it.
        var terminalError: MessagingError? = nil
        var nextId: UInt64 = 0
    }

    let shared = Locked(Shared())
    /// eventfd that wakes the connection thread out of poll().
    let wakeFD: Int32

    init() {
        wakeFD = crmq_eventfd()
        precondition(wakeFD >= 0, "eventfd failed: \(errno)")
    }

    deinit { close(wakeFD) }

    func nextId() -> UInt64 {
        shared.withLock { s in
            s.nextId &+= 1
            return s.nextId
        }
    }

    /// Queues a request and wakes the connection thread if it sleeps.
    func enqueue(_ request: Request) {
        let wake = shared.withLock { s in
            s.requests.append(request)
            return s.takeWake()
        }
        if wake { wakeUp() }
    }

    func wakeUp() {
        var one: UInt64 = 1
        _ = withUnsafeBytes(of: &one) { write(wakeFD, $0.baseAddress, 8) }
    }

    func isCurrent(channel: UInt16, generation: UInt64) -> Bool {
        shared.withLock { $0.channelGenerations[channel] == generation }
    }
}

extension ConnectionCore.Shared {
    /// Whether the caller must write the eventfd; at most one write per sleep.
    mutating func takeWake() -> Bool {
        guard sleeping else { return false }
        sleeping = false
        return true
    }
}
