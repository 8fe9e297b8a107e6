import Foundation

/// A bounded LRU cache of responses with a time to live, for identical requests. Keys include the tenant, so
/// one tenant never receives an answer computed for another.
public actor ResponseCache {
    private final class Node {
        let key: Key
        var value: LLMResponse
        var expires: ContinuousClock.Instant
        var previous: Node?
        var next: Node?
        init(key: Key, value: LLMResponse, expires: ContinuousClock.Instant) {
            self.key = key; self.value = value; self.expires = expires
        }
    }

    /// A 128-bit digest of the canonical request, plus the tenant.
    public struct Key: Hashable, Sendable {
        var tenantId: String
        var digest0: UInt64
        var digest1: UInt64
    }

    private let capacity: Int
    private let ttl: Duration
    private let clock = ContinuousClock()
    private var nodes: [Key: Node] = [:]
    private var head: Node?  // most recently used
    private var tail: Node?  // least recently used
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init(capacity: Int, ttl: Duration) {
        self.capacity = max(0, capacity)
        self.ttl = ttl
    }

    public var count: Int { nodes.count }

    /// The cache key of a request for a provider and model.
    public nonisolated static func key(for request: LLMRequest, provider: LLMProviderKind, model: String, tenantId: String) -> Key {
        var canonical = "\(provider.rawValue)\u{1}\(model)\u{1}\(request.temperature)\u{1}\(request.maxOutputTokens)\u{1}"
        if case .json(let schema) = request.responseFormat { canonical += schema.jsonText }
        canonical += "\u{1}" + request.system
        for message in request.messages { canonical += "\u{2}\(message.role.rawValue)\u{1}\(message.content)" }
        return Key(tenantId: tenantId, digest0: stableHash(canonical), digest1: stableHash(canonical, seed: 0x6C62272E07BB0142))
    }

    public func value(for key: Key) -> LLMResponse? {
        guard let node = nodes[key] else { misses += 1; return nil }
        if clock.now >= node.expires {
            unlink(node)
            nodes[key] = nil
            misses += 1
            return nil
        }
        unlink(node)
        pushFront(node)
        hits += 1
        return node.value
    }

    public func insert(_ value: LLMResponse, for key: Key) {
        guard capacity > 0 else { return }
        if let node = nodes[key] {
            node.value = value
            node.expires = clock.now + ttl
            unlink(node)
            pushFront(node)
            return
        }
        let node = Node(key: key, value: value, expires: clock.now + ttl)
        nodes[key] = node
        pushFront(node)
        while nodes.count > capacity, let last = tail {
            unlink(last)
            nodes[last.key] = nil
        }
    }

    public func removeAll() {
        nodes.removeAll()
        head = nil
        tail = nil
    }

    private func unlink(_ node: Node) {
        node.previous?.next = node.next
        node.next?.previous = node.previous
        if head === node { head = node.next }
        if tail === node { tail = node.previous }
        node.previous = nil
        node.next = nil
    }

    private func pushFront(_ node: Node) {
        node.next = head
        head?.previous = node
        head = node
        if tail == nil { tail = node }
    }
}
