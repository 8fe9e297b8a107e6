import CommerceModels
import Foundation
import LLM
import Logging

/// The conversations' behaviour, whatever the door a message came through (`respond`, WhatsApp, Messenger,
/// email): the bot's answer over the tenant's own FAQ entries with the conversation's context, the escalation to a
/// person, the take-over, an agent's messages and the close. Writes go through ``ConversationStore`` in one short
/// transaction per turn; messages to the customer on a channel go through the outbox (``OutboundDispatcher``).
struct ConversationService: Sendable {
    let store: any ConversationStore
    let cache: KnowledgeIndexCache
    let engine: EmbeddedEngine
    let policy: EscalationPolicy
    let desk: any HandoffRouting
    let realtime: any RealtimePublishing
    let outbound: OutboundDispatcher
    let logger: Logger
    /// The clock of every timestamp and duration.
    let now: @Sendable () -> Date

    /// A customer's message, from any door.
    struct Inbound: Sendable {
        var tenantId: String
        var channel: ConversationChannel
        var text: String
        /// The conversation the client names (`respond`); channels find theirs by `externalId`.
        var conversationId: String?
        /// The signed-in customer (`respond` as a customer): the conversation must be theirs.
        var customerUserId: String?
        /// Set when a customer calls: only their own conversations exist for them.
        var customerScope: String?
        var customer: CustomerContact
        /// The customer's address on the channel (phone, page-scoped id, email address).
        var externalId: String?
        /// The channel's id of this message (a webhook delivered twice is stored once).
        var externalMessageId: String?
        var subject: String?
        var requestId: String?
        /// Whether the bot's answer also leaves through the channel (webhooks), or only in the HTTP answer (`respond`).
        var deliversReply = true
    }

    /// A source an answer relies on: `faq`, `article` or `order`.
    struct Source: Codable, Sendable, Equatable {
        var type: String
        var id: String
    }

    /// What `respond` answers.
    struct Outcome: Sendable {
        var conversation: Conversation
        var reply: String
        var category: String
        var sentiment: SentimentResult
        var confidence: Double
        var escalated: Bool
        var escalationReason: String?
        var sources: [Source]
        /// The channel had delivered this message already: nothing was done.
        var duplicate: Bool
    }

    // MARK: - A customer's message

    func receive(_ inbound: Inbound) async throws -> Outcome {
        for _ in 0..<5 {
            if let outcome = try await attempt(inbound) { return outcome }
        }
        throw APIError.conflict("the conversation is changing too fast; try again")
    }

    /// One read-compose-write round; nil when the conversation changed meanwhile (the caller tries again).
    private func attempt(_ inbound: Inbound) async throws -> Outcome? {
        let externalId = inbound.deliversReply ? inbound.externalId : nil
        let context: (conversation: Conversation?, faqVersion: Int64)
        if inbound.conversationId == nil, externalId == nil, let version = cache.trustedVersion(tenantId: inbound.tenantId) {
            // A new conversation: only the FAQ version was needed, and the cache's is recent.
            context = (nil, version)
        } else {
            context = try await store.context(
                tenantId: inbound.tenantId, conversationId: inbound.conversationId, channel: inbound.channel,
                externalId: externalId)
            cache.confirm(tenantId: inbound.tenantId, version: context.faqVersion)
        }
        let time = now()
        var conversation: Conversation
        let expected = context.conversation
        if let existing = context.conversation {
            if let scope = inbound.customerScope, existing.customerUserId != scope {
                throw APIError.notFound("no conversation \(existing.id)")
            }
            guard existing.status != .completed else { throw APIError.conflict("the conversation is closed") }
            conversation = existing
            if conversation.externalId == nil { conversation.externalId = inbound.externalId }
        } else {
            if let id = inbound.conversationId { throw APIError.notFound("no conversation \(id)") }
            conversation = Conversation(
                id: TimeOrderedID.make(), tenantId: inbound.tenantId, channel: inbound.channel, status: .active,
                escalated: false, escalationReason: nil, takenOverBy: nil, customerUserId: inbound.customerUserId,
                customer: CustomerContact(), externalId: inbound.externalId, subject: inbound.subject, language: nil,
                lastOrderNumber: nil, unhelpfulStreak: 0, createdAt: time, updatedAt: time, closedAt: nil, durationSeconds: nil)
        }
        conversation.customer.name = inbound.customer.name ?? conversation.customer.name
        conversation.customer.email = inbound.customer.email ?? conversation.customer.email
        conversation.customer.phone = inbound.customer.phone ?? conversation.customer.phone
        conversation.updatedAt = time

        let customerMessage = ConversationMessage(
            id: TimeOrderedID.make(), conversationId: conversation.id, sender: .customer,
            authorId: inbound.customerUserId, text: inbound.text, createdAt: time)
        var messages = [customerMessage]
        var outcome: Outcome
        var escalatedNow: EscalationReason?

        if conversation.status == .transferred {
            // A person is needed or has taken over: the bot stays silent, the message waits for them.
            let analysis = engine.analyse(inbound.text)
            outcome = Outcome(
                conversation: conversation, reply: Notices.waitingForPerson(french: conversation.isFrench),
                category: analysis.intent.intent.rawValue, sentiment: analysis.sentiment,
                confidence: analysis.intent.confidence, escalated: true,
                escalationReason: conversation.escalationReason, sources: [], duplicate: false)
        } else {
            let index = try await cache.index(tenantId: inbound.tenantId, version: context.faqVersion) {
                try await store.faqDocuments(tenantId: inbound.tenantId)
            }
            let name = conversation.customer.name
            var draft = engine.respond(to: inbound.text, customerName: name, knowledge: index)
            var orders = draft.analysis.entities.orderNumbers
            if orders.isEmpty, let carried = conversation.lastOrderNumber,
               Self.orderIntents.contains(draft.analysis.intent.intent)
            {
                // The order the customer gave earlier in the conversation is still the one they mean.
                draft = engine.respond(to: inbound.text + "\n#" + carried, customerName: name, knowledge: index)
                orders = [carried]
            }
            let helpful = !draft.sources.isEmpty || !orders.isEmpty
            let streak = helpful ? 0 : conversation.unhelpfulStreak + 1
            let reason = policy.reason(for: draft.analysis, message: inbound.text, unhelpfulStreak: streak)
            let french = draft.analysis.language.language == .fr
            let reply = Notices.adjust(draft.reply, escalating: reason != nil, engineEscalated: draft.escalate, french: french)
            conversation.language = draft.analysis.language.language.rawValue
            conversation.lastOrderNumber = orders.first ?? conversation.lastOrderNumber
            conversation.unhelpfulStreak = streak
            if let reason {
                conversation.status = .transferred
                conversation.escalated = true
                conversation.escalationReason = reason.rawValue
                escalatedNow = reason
            }
            var sources = draft.sources.map { Source(type: $0.document.kind == .article ? "article" : "faq", id: $0.document.id) }
            sources += orders.map { Source(type: "order", id: $0) }
            messages.append(ConversationMessage(
                id: TimeOrderedID.make(), conversationId: conversation.id, sender: .bot, authorId: nil,
                text: reply, createdAt: time))
            outcome = Outcome(
                conversation: conversation, reply: reply, category: draft.analysis.intent.intent.rawValue,
                sentiment: draft.analysis.sentiment, confidence: draft.confidence, escalated: reason != nil,
                escalationReason: reason?.rawValue, sources: sources, duplicate: false)
        }

        let outbox = inbound.deliversReply ? messages.dropFirst().compactMap { outboxItem(for: $0, in: conversation, at: time) } : []
        switch try await store.write(
            conversation: conversation, expected: expected, messages: messages,
            customerExternalId: inbound.externalMessageId, outbox: outbox)
        {
        case .stale:
            return nil
        case .duplicate:
            outcome.duplicate = true
            return outcome
        case .stored:
            break
        }
        outcome.conversation = conversation
        await publish(messages, in: conversation)
        if let escalatedNow { await handOff(conversation, reason: escalatedNow, requestId: inbound.requestId) }
        await outbound.dispatch(outbox, requestId: inbound.requestId)
        return outcome
    }

    static let orderIntents: Set<CustomerIntent> = [.orderIssue, .refundRequest, .paymentIssue, .productIssue]

    // MARK: - People

    /// `agentId` takes the conversation over: the bot stops, the customer is told. Taking over one's own
    /// conversation again changes nothing; another agent's is 409, a closed one 409.
    func takeOver(id: String, tenantId: String, agentId: String, requestId: String?) async throws -> Conversation {
        for _ in 0..<5 {
            guard var conversation = try await store.conversation(id: id, tenantId: tenantId) else {
                throw APIError.notFound("no conversation \(id)")
            }
            guard conversation.status != .completed else { throw APIError.conflict("the conversation is closed") }
            if conversation.takenOverBy == agentId { return conversation }
            guard conversation.takenOverBy == nil else {
                throw APIError.conflict("another agent has already taken this conversation over")
            }
            let expected = conversation
            let time = now()
            conversation.takenOverBy = agentId
            conversation.status = .transferred
            conversation.updatedAt = time
            let notice = ConversationMessage(
                id: TimeOrderedID.make(), conversationId: id, sender: .system, authorId: agentId,
                text: Notices.takenOver(french: conversation.isFrench), createdAt: time)
            let outbox = [outboxItem(for: notice, in: conversation, at: time)].compactMap { $0 }
            guard case .stored = try await store.write(
                conversation: conversation, expected: expected, messages: [notice], customerExternalId: nil, outbox: outbox)
            else { continue }
            do {
                try await desk.claim(tenantId: tenantId, kind: .conversation, itemId: id, agentId: agentId, now: time)
            } catch {
                logger.error("desk claim failed", metadata: ["conversation": "\(id)", "error": "\(error)"])
            }
            await publish([notice], in: conversation)
            await outbound.dispatch(outbox, requestId: requestId)
            return conversation
        }
        throw APIError.conflict("the conversation is changing too fast; try again")
    }

    /// The agent holding the conversation writes to the customer.
    func send(id: String, tenantId: String, agentId: String, text: String, requestId: String?) async throws
        -> ConversationMessage
    {
        for _ in 0..<5 {
            guard var conversation = try await store.conversation(id: id, tenantId: tenantId) else {
                throw APIError.notFound("no conversation \(id)")
            }
            guard conversation.status != .completed else { throw APIError.conflict("the conversation is closed") }
            guard let holder = conversation.takenOverBy else {
                throw APIError.conflict("take the conversation over before writing to the customer")
            }
            guard holder == agentId else { throw APIError.forbidden("another agent holds this conversation") }
            let expected = conversation
            let time = now()
            conversation.updatedAt = time
            let message = ConversationMessage(
                id: TimeOrderedID.make(), conversationId: id, sender: .agent, authorId: agentId, text: text,
                createdAt: time)
            let outbox = [outboxItem(for: message, in: conversation, at: time)].compactMap { $0 }
            guard case .stored = try await store.write(
                conversation: conversation, expected: expected, messages: [message], customerExternalId: nil, outbox: outbox)
            else { continue }
            await publish([message], in: conversation)
            await outbound.dispatch(outbox, requestId: requestId)
            return message
        }
        throw APIError.conflict("the conversation is changing too fast; try again")
    }

    /// Closes the conversation: the customer gets a closing message, the duration is recorded, the desk frees the
    /// agent. Closing a closed conversation is 409. `allowed` decides, from the stored conversation, whether the
    /// caller may close it (throws otherwise).
    func close(
        id: String, tenantId: String, closedBy: String, requestId: String?, allowed: (Conversation) throws -> Void
    ) async throws -> Conversation {
        for _ in 0..<5 {
            guard var conversation = try await store.conversation(id: id, tenantId: tenantId) else {
                throw APIError.notFound("no conversation \(id)")
            }
            try allowed(conversation)
            guard conversation.status != .completed else { throw APIError.conflict("the conversation is already closed") }
            let expected = conversation
            let time = now()
            let handedOff = conversation.escalated || conversation.takenOverBy != nil
            conversation.status = .completed
            conversation.closedAt = time
            conversation.updatedAt = time
            conversation.durationSeconds = max(0, Int(time.timeIntervalSince(conversation.createdAt).rounded()))
            let notice = ConversationMessage(
                id: TimeOrderedID.make(), conversationId: id, sender: .system, authorId: closedBy,
                text: Notices.closed(french: conversation.isFrench), createdAt: time)
            let outbox = [outboxItem(for: notice, in: conversation, at: time)].compactMap { $0 }
            guard case .stored = try await store.write(
                conversation: conversation, expected: expected, messages: [notice], customerExternalId: nil, outbox: outbox)
            else { continue }
            if handedOff {
                do {
                    try await desk.release(tenantId: tenantId, kind: .conversation, itemId: id, now: time)
                } catch {
                    logger.error("desk release failed", metadata: ["conversation": "\(id)", "error": "\(error)"])
                }
            }
            await publish([notice], in: conversation)
            await outbound.dispatch(outbox, requestId: requestId)
            return conversation
        }
        throw APIError.conflict("the conversation is changing too fast; try again")
    }

    // MARK: - Helpers

    /// The outbox item carrying `message` to the customer, when the conversation is on a channel with an address.
    private func outboxItem(for message: ConversationMessage, in conversation: Conversation, at time: Date) -> OutboxItem? {
        guard conversation.channel.hasOutbound, let recipient = conversation.externalId else { return nil }
        var subject: String?
        if conversation.channel == .email {
            let original = conversation.subject ?? (conversation.isFrench ? "Votre demande" : "Your request")
            subject = original.lowercased().hasPrefix("re:") ? original : "Re: " + original
        }
        return OutboxItem(
            id: TimeOrderedID.make(), tenantId: conversation.tenantId, conversationId: conversation.id,
            messageId: message.id, channel: conversation.channel, recipient: recipient, subject: subject,
            body: message.text, status: .pending, attempts: 0, lastError: nil, nextAttemptAt: nil, createdAt: time,
            sentAt: nil)
    }

    private func publish(_ messages: [ConversationMessage], in conversation: Conversation) async {
        for message in messages {
            await realtime.broadcast(
                tenantId: conversation.tenantId, room: "conversation:\(conversation.id)", type: "new_message",
                data: message, visibleToCustomers: true)
        }
    }

    private func handOff(_ conversation: Conversation, reason: EscalationReason, requestId: String?) async {
        do {
            let recent = try await store.recentMessages(conversationId: conversation.id, tenantId: conversation.tenantId, limit: 12)
            let turns = recent.map { ConversationTurn(speaker: ConversationTurn.Speaker(rawValue: $0.sender.rawValue) ?? .system, text: $0.text) }
            let summary = engine.summarise(turns).text + "\n"
                + (conversation.isFrench ? "Motif : " : "Reason: ") + EscalationPolicy.explanation(reason, french: conversation.isFrench)
            let outcome = try await desk.handOff(HandoffRequest(
                tenantId: conversation.tenantId, kind: .conversation, itemId: conversation.id, priority: reason.priority,
                reason: reason.rawValue, summary: summary, requestId: requestId, now: now()))
            logger.info("conversation handed off", metadata: [
                "conversation": "\(conversation.id)", "reason": "\(reason.rawValue)", "outcome": "\(outcome)",
            ])
        } catch {
            logger.error("handoff failed", metadata: ["conversation": "\(conversation.id)", "error": "\(error)"])
        }
    }
}

/// The fixed messages of a conversation, in French or English.
enum Notices {
    static func takenOver(french: Bool) -> String {
        french ? "Un conseiller a rejoint la conversation et va vous répondre."
               : "A member of our team has joined the conversation and will answer you."
    }

    static func closed(french: Bool) -> String {
        french ? "Cette conversation est terminée. Merci de nous avoir contactés ; écrivez-nous à tout moment si besoin."
               : "This conversation is now closed. Thank you for contacting us; write to us again any time."
    }

    static func waitingForPerson(french: Bool) -> String {
        french ? "Votre message a bien été transmis : un conseiller va vous répondre ici très vite."
               : "Your message has been passed on: a member of our team will answer you here shortly."
    }

    /// The engine's own hand-off sentences (it escalates with its default thresholds).
    static let engineHandoff = [
        "Je transmets votre demande à un conseiller qui reprendra la conversation très vite.",
        "I'm passing your request to a member of our team, who will take over shortly.",
    ]

    /// The engine's draft, with the hand-off sentence when our policy escalates and without it when it does not.
    static func adjust(_ reply: String, escalating: Bool, engineEscalated: Bool, french: Bool) -> String {
        if escalating == engineEscalated { return reply }
        var lines = reply.components(separatedBy: "\n")
        if escalating {
            // Replace the next-step line (just before the signature) by the hand-off.
            let sentence = engineHandoff[french ? 0 : 1]
            if lines.count >= 2 { lines[lines.count - 2] = sentence } else { lines.append(sentence) }
        } else {
            lines.removeAll { engineHandoff.contains($0) }
        }
        return lines.joined(separator: "\n")
    }
}
