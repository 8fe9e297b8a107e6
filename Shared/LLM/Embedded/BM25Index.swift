import Foundation

/// A document an agent can retrieve: a FAQ entry, a help article or a catalogue product.
public struct KnowledgeDocument: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case faq, article, product }

    public var id: String
    public var kind: Kind
    /// The FAQ question, the article title or the product name.
    public var title: String
    /// The FAQ answer, the article text or the product description.
    public var body: String
    public var tags: [String]

    public init(id: String, kind: Kind, title: String, body: String, tags: [String] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.body = body
        self.tags = tags
    }
}

/// A retrieved document and its BM25 score (higher is better; only comparable within one query).
public struct RetrievalHit: Sendable, Hashable {
    public var document: KnowledgeDocument
    public var score: Double
}

/// Okapi BM25 over one tenant's documents, with the engine's tokenisation (folded, stemmed, stop words
/// removed). Title and tags count twice. A value type: build or update it, then share snapshots freely.
public struct BM25Index: Sendable {
    public var k1: Double = 1.2
    public var b: Double = 0.75

    private struct Entry: Sendable {
        var document: KnowledgeDocument
        var length: Int
        var terms: [String: Int]
    }

    private var entries: [Entry?] = []
    private var slotById: [String: Int] = [:]
    private var freeSlots: [Int] = []
    private var postings: [String: [(slot: Int32, tf: Int32)]] = [:]
    private var totalLength = 0

    public init(documents: [KnowledgeDocument] = []) {
        for document in documents { upsert(document) }
    }

    public var count: Int { slotById.count }
    public var documents: [KnowledgeDocument] { entries.compactMap { $0?.document } }
    public func document(id: String) -> KnowledgeDocument? { slotById[id].flatMap { entries[$0]?.document } }

    /// Adds a document, or replaces the one with the same id.
    public mutating func upsert(_ document: KnowledgeDocument) {
        remove(id: document.id)
        var terms: [String: Int] = [:]
        var length = 0
        for stem in Self.indexTerms(document.title + " " + document.tags.joined(separator: " ")) {
            terms[stem, default: 0] += 2
            length += 2
        }
        for stem in Self.indexTerms(document.body) {
            terms[stem, default: 0] += 1
            length += 1
        }
        let slot = freeSlots.popLast() ?? entries.count
        if slot == entries.count { entries.append(nil) }
        entries[slot] = Entry(document: document, length: length, terms: terms)
        slotById[document.id] = slot
        for (term, tf) in terms { postings[term, default: []].append((Int32(slot), Int32(tf))) }
        totalLength += length
    }

    /// Removes a document; does nothing if the id is unknown.
    public mutating func remove(id: String) {
        guard let slot = slotById.removeValue(forKey: id), let entry = entries[slot] else { return }
        for term in entry.terms.keys {
            postings[term]?.removeAll { $0.slot == Int32(slot) }
            if postings[term]?.isEmpty == true { postings[term] = nil }
        }
        totalLength -= entry.length
        entries[slot] = nil
        freeSlots.append(slot)
    }

    /// The best documents for `query`, best first; documents sharing no term with the query are left out.
    public func search(_ query: String, limit: Int = 5, kinds: Set<KnowledgeDocument.Kind>? = nil) -> [RetrievalHit] {
        search(stems: Self.indexTerms(query), limit: limit, kinds: kinds)
    }

    func search(stems: [String], limit: Int, kinds: Set<KnowledgeDocument.Kind>?) -> [RetrievalHit] {
        let documentCount = Double(slotById.count)
        guard documentCount > 0, limit > 0 else { return [] }
        let averageLength = Double(totalLength) / documentCount
        var scores = [Double](repeating: 0, count: entries.count)
        var seen = Set<String>()
        for stem in stems where seen.insert(stem).inserted {
            guard let list = postings[stem] else { continue }
            let df = Double(list.count)
            let idf = log(1 + (documentCount - df + 0.5) / (df + 0.5))
            for (slot, tf) in list {
                let length = Double(entries[Int(slot)]!.length)
                let f = Double(tf)
                scores[Int(slot)] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * length / averageLength))
            }
        }
        var hits: [(Int, Double)] = []
        for (slot, score) in scores.enumerated() where score > 0 {
            if let kinds, let entry = entries[slot], !kinds.contains(entry.document.kind) { continue }
            hits.append((slot, score))
        }
        hits.sort { $0.1 != $1.1 ? $0.1 > $1.1 : entries[$0.0]!.document.id < entries[$1.0]!.document.id }
        return hits.prefix(limit).map { RetrievalHit(document: entries[$0.0]!.document, score: $0.1) }
    }

    /// Stems kept for retrieval: stop words of both languages and one-letter tokens are dropped.
    static func indexTerms(_ text: String) -> [String] {
        indexTerms(TextNormalizer.tokens(text))
    }

    static func indexTerms(_ tokens: [TextToken]) -> [String] {
        tokens.compactMap { token in
            token.folded.utf8.count < 2 || stopwords.contains(token.folded) ? nil : token.stem
        }
    }

    static let stopwords: Set<String> = {
        var all = LanguageDetector.stopwords[.fr]!.union(LanguageDetector.stopwords[.en]!)
        all.formUnion(["bonjour", "hello", "hi", "merci", "thanks", "thank", "please", "svp", "cordialement", "regards",
                       "je", "voudrais", "would", "like", "want", "veux", "need", "besoin", "can", "peux", "pouvez", "could"])
        return all
    }()
}

/// The knowledge bases of every tenant, one BM25 index each; agents update it when FAQs or products change and
/// take a snapshot (a value) to search without waiting on the actor.
public actor KnowledgeBaseStore {
    private var indexes: [String: BM25Index] = [:]

    public init() {}

    public func upsert(_ documents: [KnowledgeDocument], tenantId: String) {
        var index = indexes[tenantId] ?? BM25Index()
        for document in documents { index.upsert(document) }
        indexes[tenantId] = index
    }

    public func remove(documentId: String, tenantId: String) {
        indexes[tenantId]?.remove(id: documentId)
    }

    /// Replaces a tenant's whole knowledge base.
    public func replaceAll(_ documents: [KnowledgeDocument], tenantId: String) {
        indexes[tenantId] = BM25Index(documents: documents)
    }

    /// The tenant's index as it is now (empty if the tenant has none). Searching never crosses tenants.
    public func index(tenantId: String) -> BM25Index { indexes[tenantId] ?? BM25Index() }

    public func search(_ query: String, tenantId: String, limit: Int = 5) -> [RetrievalHit] {
        indexes[tenantId]?.search(query, limit: limit) ?? []
    }
}
