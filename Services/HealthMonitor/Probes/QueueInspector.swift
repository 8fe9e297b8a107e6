import Foundation

/// What the broker says about one queue (a passive `queue.declare`).
struct QueueCounts: Sendable, Equatable, Codable {
    /// Messages ready in the queue.
    var messageCount: Int
    /// Consumers attached to it.
    var consumerCount: Int
}

/// Why a queue could not be inspected.
enum QueueInspectionError: Error, Equatable, CustomStringConvertible {
    /// The queue does not exist (the broker answered 404 to the passive declare).
    case notFound(String)
    /// No connection to the broker right now.
    case notConnected
    /// Anything else, with the broker's or the library's words.
    case failed(String)

    var description: String {
        switch self {
        case .notFound(let name): "queue \(name) does not exist"
        case .notConnected: "not connected to the broker"
        case .failed(let reason): reason
        }
    }
}

/// The role of whatever can read queue depths and consumer counts from the broker.
///
/// The monitor's alerting logic only sees this protocol: the AMQP implementation (over the shared `Messaging`
/// module's connection, passive declares) is a thin adapter, and tests use a fake.
protocol QueueInspector: Sendable {
    /// The depth and consumer count of `name`; throws `QueueInspectionError.notFound` when it does not exist.
    func queueStatus(_ name: String) async throws -> QueueCounts
}

/// The role of whatever says whether the broker is reachable.
protocol BrokerProbe: Sendable {
    /// Checks the broker once, within `timeout`.
    func probe(timeout: Duration) async -> Observation
}
