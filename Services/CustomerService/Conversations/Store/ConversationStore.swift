import CommerceModels
import Foundation
import LLM

/// Where conversations, their messages and the outbox live. Every read and write is scoped by tenant: another
/// tenant's id is simply not found.
protocol ConversationStore: Sendable {
    /// The version of the tenant's FAQ entries (0 when it never had any).
    func faqVersion(tenantId: String) async throws -> Int64
    /// The tenant's FAQ entries as retrieval documents, with the version they are at.
    func faqDocuments(tenantId: String) async throws -> (version: Int64, documents: [KnowledgeDocument])
    /// The conversation (by id, or the open one at a channel address) and the FAQ version, in one read.
    func context(tenantId: String, conversationId: String?, channel: ConversationChannel, externalId: String?)
        async throws -> (conversation: Conversation?, faqVersion: Int64)
    func conversation(id: String, tenantId: String) async throws -> Conversation?
    /// The last `limit` messages of a conversation, oldest first.
    func recentMessages(conversationId: String, tenantId: String, limit: Int) async throws -> [ConversationMessage]
    /// A conversation with all its messages.
    func detail(id: String, tenantId: String) async throws -> ConversationDetail?
    /// The tenant's conversations, newest first; only `customerUserId`'s when given.
    func list(tenantId: String, status: ConversationStatus?, customerUserId: String?, page: PageRequest) async throws
        -> Page<Conversation>
    /// Writes a turn in one transaction (see ``ConversationWriteOutcome``).
    func write(
        conversation: Conversation, expected: Conversation?, messages: [ConversationMessage],
        customerExternalId: String?, outbox: [OutboxItem]
    ) async throws -> ConversationWriteOutcome
    func outboxItem(id: String) async throws -> OutboxItem?
    /// Takes a `pending` item for one send attempt, unless another attempt holds it.
    func leaseOutbox(id: String, now: Date, lease: Duration) async throws -> OutboxItem?
    /// Records the end of an attempt.
    func finishOutboxAttempt(
        id: String, status: OutboxItem.Status, error: String?, nextAttemptAt: Date?, countsAsAttempt: Bool, now: Date
    ) async throws
    /// The ids of a tenant's pending items of `channel`.
    func pendingOutbox(tenantId: String, channel: ConversationChannel) async throws -> [String]
    /// Items waiting for a retry (pending with a retry time), oldest first.
    func scheduledRetries() async throws -> [(outboxId: String, tenantId: String)]
    func listOutbox(tenantId: String, status: OutboxItem.Status?, page: PageRequest) async throws -> Page<OutboxItem>
}

/// The outcome of writing a turn of a conversation.
enum ConversationWriteOutcome: Sendable {
    case stored
    /// The channel delivered this message before (a webhook retry): nothing was written.
    case duplicate
    /// The conversation changed since it was read (taken over, closed): read again and redo.
    case stale
}
