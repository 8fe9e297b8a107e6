import Foundation
import GRDB
import Synchronization

/// Keeps a database's write-ahead log short from a connection and a thread of its own, so that no request's commit
/// has to copy the log into the database.
///
/// SQLite's automatic checkpoint runs inside the commit that takes the log past 1000 pages: that commit (and, with
/// ``GroupCommit``, every request waiting in its batch) then writes and syncs megabytes of pages, which is the tail of
/// a busy service's latency. With `wal_autocheckpoint` off on the pool's connections, this checkpointer runs a
/// PASSIVE checkpoint every `interval`: it copies what no reader still needs, never waits for the writer or the
/// readers and never blocks them. Once it has copied the whole log and no reader is in it, SQLite starts the log
/// over at the next commit, so the log stays about one interval of writes long.
final class WALCheckpointer: Sendable {
    /// Set when the database is closed; the thread stops at its next turn and closes its connection.
    private final class Stop: Sendable {
        let requested = Atomic<Bool>(false)
    }

    private let stop = Stop()

    init(path: String, interval: Duration) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.label = "checkpointer"
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        let stop = self.stop
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let thread = Thread {
            while !stop.requested.load(ordering: .relaxed) {
                Thread.sleep(forTimeInterval: seconds)
                if stop.requested.load(ordering: .relaxed) { break }
                // A busy or failed turn is retried at the next one; the log only grows meanwhile.
                _ = try? connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
            }
        }
        thread.name = "sqlite-checkpoint"
        thread.start()
    }

    deinit {
        stop.requested.store(true, ordering: .relaxed)
    }
}
