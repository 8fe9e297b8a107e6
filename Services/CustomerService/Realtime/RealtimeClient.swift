import Auth
import Synchronization

/// One WebSocket connection as the hub sees it: who it is (tenant, user, role) and its outbox, a bounded buffer of
/// encoded events that the connection's writer drains. When the buffer is full the client is too slow: it is marked
/// overflowed and `onOverflow` closes its connection, so nobody else ever waits for it.
final class RealtimeClient: Sendable {
    private static let nextId = Atomic<UInt64>(1)

    let id: UInt64
    let tenantId: String
    let userId: String
    let role: Role
    let outbox: AsyncStream<String>
    private let continuation: AsyncStream<String>.Continuation
    private let overflowed = Atomic<Bool>(false)
    private let onOverflow: @Sendable () -> Void

    init(identity: AccessTokens.Verified, bufferSize: Int, onOverflow: @escaping @Sendable () -> Void) {
        self.id = Self.nextId.wrappingAdd(1, ordering: .relaxed).oldValue
        self.tenantId = identity.tenantId
        self.userId = identity.userId
        self.role = identity.role
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingOldest(bufferSize))
        self.outbox = stream
        self.continuation = continuation
        self.onOverflow = onOverflow
    }

    /// Admins and agents of the tenant: they see internal notes.
    var isStaff: Bool { Role.staff.contains(role) }

    var hasOverflowed: Bool { overflowed.load(ordering: .relaxed) }

    /// Queues an encoded event without waiting; false when the client was dropped for being too slow (or is gone).
    @discardableResult
    func send(_ text: String) -> Bool {
        switch continuation.yield(text) {
        case .enqueued:
            return true
        case .dropped:
            if !overflowed.exchange(true, ordering: .relaxed) {
                continuation.finish()
                onOverflow()
            }
            return false
        case .terminated:
            return false
        @unknown default:
            return false
        }
    }

    /// Ends the outbox (the writer stops after what is queued).
    func finish() { continuation.finish() }
}
