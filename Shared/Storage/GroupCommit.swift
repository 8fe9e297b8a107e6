public import GRDB
import Synchronization

/// Group commit: the writes of many concurrent requests committed in one SQLite transaction.
///
/// Each write runs in its own savepoint, so one that throws is rolled back alone and the others still commit; the
/// caller resumes only once the transaction holding its write has committed (or failed), so nothing is answered
/// before it is durable. While one batch commits, the writes that arrive wait and form the next one: under load,
/// one commit (one set of WAL frames for the shared pages, one writer-queue hop) serves many requests; alone, a
/// write commits at once as it would through `DatabaseWriter.write`.
///
/// Writes run on GRDB's writer queue, in arrival order, never concurrently. They must be short and must not
/// block: they hold up the whole batch.
public final class GroupCommit: Sendable {
    private typealias Item = @Sendable (Database) -> Void
    private typealias Completion = @Sendable ((any Error)?) -> Void

    private struct State {
        var pending: [(run: Item, complete: Completion)] = []
        var committing = false
    }

    private let writer: any DatabaseWriter
    private let state = Mutex(State())
    /// Most writes in one transaction (a bound on the time the first of them waits).
    private let maxBatch: Int

    public init(writer: any DatabaseWriter, maxBatch: Int = 256) {
        self.writer = writer
        self.maxBatch = maxBatch
    }

    /// Runs `work` in a savepoint of the next batch's transaction and returns its result once that transaction
    /// has committed. If `work` throws, its changes are rolled back and the error is rethrown; if the commit
    /// fails, every write of the batch gets the commit's error.
    public func write<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let outcome = Mutex<Result<T, any Error>?>(nil)
            let run: Item = { db in
                do {
                    var value: T?
                    try db.inSavepoint {
                        value = try work(db)
                        return .commit
                    }
                    outcome.withLock { $0 = .success(value!) }
                } catch {
                    outcome.withLock { $0 = .failure(error) }
                }
            }
            let complete: Completion = { commitError in
                if let commitError {
                    continuation.resume(throwing: commitError)
                } else {
                    continuation.resume(with: outcome.withLock { $0 } ?? .failure(CancellationError()))
                }
            }
            let start = state.withLock { state -> Bool in
                state.pending.append((run, complete))
                guard !state.committing else { return false }
                state.committing = true
                return true
            }
            if start { commitNextBatch() }
        }
    }

    /// Takes what is pending when the writer queue gets to it, commits it, resumes its writers, and goes on while
    /// writes are waiting.
    private func commitNextBatch() {
        let batch = Mutex<[(run: Item, complete: Completion)]>([])
        writer.asyncWrite({ [self] db in
            let items = self.state.withLock { state in
                let count = min(state.pending.count, self.maxBatch)
                let items = Array(state.pending.prefix(count))
                state.pending.removeFirst(count)
                return items
            }
            batch.withLock { $0 = items }
            for item in items { item.run(db) }
        }, completion: { [self] _, result in
            let items = batch.withLock { $0 }
            let commitError: (any Error)? = if case .failure(let error) = result { error } else { nil }
            for item in items { item.complete(commitError) }
            let more = self.state.withLock { state -> Bool in
                if state.pending.isEmpty {
                    state.committing = false
                    return false
                }
                return true
            }
            if more { self.commitNextBatch() }
        })
    }
}
