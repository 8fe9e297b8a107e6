import Foundation

/// What needs a person: an escalated conversation or a ticket.
enum HandoffKind: String, Codable, Sendable {
    case conversation
    case ticket
}

/// A piece of work handed to the people of the support desk, with what the agent needs to pick it up without
/// reading the whole history.
struct HandoffRequest: Sendable, Equatable {
    var tenantId: String
    var kind: HandoffKind
    var itemId: String
    /// `low`, `medium`, `high` or `urgent`.
    var priority: String
    /// Why a person is needed (`escalationReason`).
    var reason: String
    /// A short summary of the conversation or ticket.
    var summary: String
    var requestId: String?
    var now: Date
}

/// Who got a handoff: an agent, or nobody yet (it waits in the queue, ordered by priority and age).
enum HandoffOutcome: Sendable, Equatable {
    case assigned(agentId: String)
    case queued
}

/// The routing of work to people (the `Desk` folder implements it): assignment to the available agent with the
/// fewest open items (a cap per agent, round-robin on ties), or the waiting queue when nobody is free.
protocol HandoffRouting: Sendable {
    /// Assigns the item, or queues it. Handing off an item that is already handed off keeps its assignment.
    func handOff(_ request: HandoffRequest) async throws -> HandoffOutcome
    /// `agentId` takes the item themselves (a take-over): it leaves the queue and counts as theirs.
    func claim(tenantId: String, kind: HandoffKind, itemId: String, agentId: String, now: Date) async throws
    /// The item is finished (conversation closed, ticket resolved or closed): it no longer counts as open work,
    /// and the freed agent may receive waiting work.
    func release(tenantId: String, kind: HandoffKind, itemId: String, now: Date) async throws
    /// The agent currently holding the item, if any.
    func assignee(tenantId: String, kind: HandoffKind, itemId: String) async throws -> String?
}
