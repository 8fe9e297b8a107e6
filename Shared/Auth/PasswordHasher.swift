import CommerceModels
import HummingbirdBcrypt
import NIOPosix

/// bcrypt password hashing, off the cooperative pool (a hash at cost 12 takes a quarter of a second of CPU).
public struct PasswordHasher: Sendable {
    /// log2 of the bcrypt rounds (4…31).
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        self.cost = min(max(cost, 4), 31)
    }

    /// The bcrypt hash of `password`.
    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash` (constant-time compare). With `hash` nil, the work of a check is still
    /// done, so an unknown account cannot be told from a wrong password by timing.
    public func verify(_ password: String, hash: String?) async throws -> Bool {
        let dummy = Self.dummyHash(cost: cost)
        return try await NIOThreadPool.singleton.runIfActive {
            let matches = Bcrypt.verify(password, hash: hash ?? dummy)
            return hash != nil && matches
        }
    }

    /// Checks the API's password rules: 8 to 72 bytes (bcrypt ignores what follows 72).
    public static func validate(_ password: String, field: String = "password") throws {
        let count = password.utf8.count
        guard count >= 8 else { throw APIError.validation("\(field) must be at least 8 characters") }
        guard count <= 72 else { throw APIError.validation("\(field) must be at most 72 bytes") }
    }

    private static func dummyHash(cost: UInt8) -> String {
        // A fixed hash of a random string at the configured cost.
        "$2b$\(cost < 10 ? "0" : "")\(cost)$abcdefghijklmnopqrstuuK5yGNPmyTZ1E/0cwYTtjeF.fpSZcU3S"
    }
}
