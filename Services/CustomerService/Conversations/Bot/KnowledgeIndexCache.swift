import Foundation
import LLM
import Synchronization

/// Each tenant's BM25 index over its own FAQ entries, built once and kept until the entries change.
///
/// The store keeps a version per tenant that SQLite triggers bump on every FAQ insert, update or delete
/// (`faq_versions`); `respond` reads it with the conversation and asks for the index at that version: a hit costs a
/// dictionary lookup, a stale entry is rebuilt once from the tenant's entries (concurrent rebuilds of the same tenant
/// are harmless: the newest version wins).
///
/// A message that starts a conversation needs nothing else from the database, so for those the version read is
/// skipped while the last one is recent (``versionTrust``, one second) and no FAQ write of this process came after
/// it (the FAQ store calls ``invalidate(tenantId:)``): the answer then costs no database read at all. The trust
/// window bounds how long a change made by another process on the same file can go unseen.
final class KnowledgeIndexCache: Sendable {
    private struct Entry {
        var version: Int64
        var index: BM25Index
        /// When `version` was last read from the database; nil after a local FAQ write.
        var confirmedAt: ContinuousClock.Instant?
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let clock = ContinuousClock()
    /// Past this many tenants, the cache starts over (bounded memory with many small tenants).
    let capacity: Int
    /// How long a version read from the database stands for the current one.
    let versionTrust: Duration

    init(capacity: Int = 10_000, versionTrust: Duration = .seconds(1)) {
        self.capacity = capacity
        self.versionTrust = versionTrust
    }

    /// The tenant's FAQ version when it was read less than ``versionTrust`` ago and not changed here since, else nil.
    func trustedVersion(tenantId: String) -> Int64? {
        let now = clock.now
        return entries.withLock { entries in
            guard let entry = entries[tenantId], let confirmed = entry.confirmedAt, confirmed.duration(to: now) < versionTrust
            else { return nil }
            return entry.version
        }
    }

    /// Records that the database says `version` now.
    func confirm(tenantId: String, version: Int64) {
        let now = clock.now
        entries.withLock { entries in
            if entries[tenantId]?.version == version { entries[tenantId]?.confirmedAt = now }
        }
    }

    /// Called after this process changed the tenant's FAQ entries: the next answer reads the version again.
    func invalidate(tenantId: String) {
        _ = entries.withLock { $0[tenantId]?.confirmedAt = nil }
    }

    /// The tenant's index at `version`, loading the entries with `load` when the cached one is older or missing.
    func index(
        tenantId: String, version: Int64,
        load: () async throws -> (version: Int64, documents: [KnowledgeDocument])
    ) async throws -> BM25Index {
        if let cached = entries.withLock({ $0[tenantId] }), cached.version >= version { return cached.index }
        let readAt = clock.now
        let loaded = try await load()
        let index = BM25Index(documents: loaded.documents)
        entries.withLock { entries in
            if entries.count >= capacity, entries[tenantId] == nil { entries.removeAll(keepingCapacity: true) }
            if let current = entries[tenantId], current.version > loaded.version { return }
            entries[tenantId] = Entry(version: loaded.version, index: index, confirmedAt: readAt)
        }
        return index
    }
}
