import CommerceModels
import Foundation

/// An enrolment a scheduler tick has claimed: it alone may run it until it writes it back or the lease ends.
struct ClaimedEnrolment: Sendable, Equatable {
    var id: String
    var tenantId: String
    var automationId: String
    var contactId: String
    /// The node to run next (see ``AutomationProgram``); nil when there is nothing left.
    var node: Int?
    var attempts: Int
    /// Proves the claim when writing back: a write with a stale claim changes nothing.
    var claim: String
    /// The automation's steps.
    var steps: [AutomationStep]
}

/// Where an enrolment goes after a run.
enum EnrolmentProgress: Sendable, Equatable {
    /// Resume at `node` once the clock reaches `dueAt`.
    case waiting(node: Int, dueAt: Date)
    /// Done.
    case completed
    /// A failure that will be retried at `retryAt`.
    case retry(node: Int, retryAt: Date, error: String)
    /// Given up.
    case failed(error: String)
}

/// Automations and their enrolments. Every route call is scoped by tenant; the scheduler's calls work across
/// tenants, each enrolment carrying its own.
protocol AutomationStore: Sendable {
    func create(_ automation: Automation, tenantId: String) async throws
    func list(tenantId: String, page: PageRequest, status: Automation.Status?) async throws -> Page<Automation>
    /// The automation with its enrolment counts, or nil.
    func get(id: String, tenantId: String) async throws -> Automation?
    /// Moves `from` → `to`: the updated automation, nil when there is no such automation, or 409 when its status is
    /// not `from`.
    func transition(id: String, tenantId: String, from: Automation.Status, to: Automation.Status, now: Date) async throws -> Automation?
    /// Which of `templateIds` the tenant does not have.
    func missingTemplates(_ templateIds: [String], tenantId: String) async throws -> [String]

    /// Enrols the contact in every active automation of the tenant with this trigger, unless it is already in one
    /// of them (waiting or running); the first step is due at `now`. Returns how many enrolments were made.
    @discardableResult
    func enrol(tenantId: String, contactId: String, trigger: AutomationTrigger, now: Date) async throws -> Int

    /// Claims up to `limit` enrolments of active automations that are due at `now` (or whose previous claim's lease
    /// ended), leasing them until `leaseUntil`. One transaction: two ticks never claim the same enrolment.
    func claimDue(now: Date, leaseUntil: Date, limit: Int) async throws -> [ClaimedEnrolment]
    /// Records progress of a claimed enrolment; false when the claim is no longer held (nothing written).
    func save(_ enrolment: ClaimedEnrolment, progress: EnrolmentProgress, now: Date) async throws -> Bool
    /// Moves a still-claimed enrolment to `node` (after a send or a branch), keeping the claim.
    func advance(_ enrolment: ClaimedEnrolment, to node: Int, now: Date) async throws -> Bool
}
