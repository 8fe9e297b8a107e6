import Foundation
import LLM
import Synchronization

/// Each tenant's BM25 index over its own FAQ entries, built once and kept until the entries change.
///
/// The store keeps a version per tenant that SQLite triggers bump on every FAQ insert, update or delete
/// (`faq_versions`); `respond` reads it with the conversation and asks for the index at that version: a hit costs a
/// dictionary lookup, a stale entry is rebuilt once from the tenant's entries (concurrent rebuilds of the same tenant
/// are harmless: the newest version wins).
final class KnowledgeIndexCache: Sendable {
    private struct Entry {
        var version: Int64
        var index: BM25Index
    }

    private let entries = Mutex<[String: Entry]>([:])
    /// Past this many tenants, the cache starts over (bounded memory with many small tenants).
    let capacity: Int

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The tenant's index at `version`, loading the entries with `load` when the cached one is older or missing.
    func index(
        tenantId: String, version: Int64,
        load: () async throws -> (version: Int64, documents: [KnowledgeDocument])
    ) async throws -> BM25Index {
        if let cached = entries.withLock({ $0[tenantId] }), cached.version >= version { return cached.index }
        let loaded = try await load()
        let index = BM25Index(documents: loaded.documents)
        entries.withLock { entries in
            if entries.count >= capacity, entries[tenantId] == nil { entries.removeAll(keepingCapacity: true) }
            if let current = entries[tenantId], current.version > loaded.version { return }
            entries[tenantId] = Entry(version: loaded.version, index: index)
        }
        return index
    }
}
