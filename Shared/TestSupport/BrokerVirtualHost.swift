import Foundation

/// A virtual host of its own on the test broker (created with `rabbitmqctl`, `guest` allowed everything).
///
/// Daemons declare fixed queue names (`notifications`, `email.sending`): a stack whose tests read those queues runs
/// its daemons in a virtual host of its own, so that another test's daemon (an email-agent consumes
/// `notifications`) can never take its messages.
public struct BrokerVirtualHost: Sendable {
    public let name: String
    /// The test broker's URL with this virtual host.
    public let url: String

    /// Creates `<prefix>-<random>` on the test broker.
    public static func create(prefix: String) throws -> BrokerVirtualHost {
        guard let base = TestEnvironment.amqpURL else { throw TestSupportError("COMMERCE_TEST_AMQP_URL is not set") }
        let name = "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
        _ = try TestEnvironment.runRabbitmqctl(["add_vhost", name])
        _ = try TestEnvironment.runRabbitmqctl(["set_permissions", "-p", name, "guest", ".*", ".*", ".*"])
        let root = base.hasSuffix("/") ? String(base.dropLast()) : base
        return BrokerVirtualHost(name: name, url: root + "/" + name)
    }

    /// The same, off the caller's thread (`rabbitmqctl` takes a second or more).
    public static func create(prefix: String) async throws -> BrokerVirtualHost {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try create(prefix: prefix) }) }
        }
    }

    /// Deletes the virtual host and everything in it.
    public func delete() async {
        let name = self.name
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                _ = try? TestEnvironment.runRabbitmqctl(["delete_vhost", name])
                continuation.resume()
            }
        }
    }
}
