import CommerceModels
import Foundation
import Logging
import Metrics

/// Runs due automation steps: claims due enrolments, walks each from its node through sends and branches until a
/// wait or the end, and writes progress back after every node (so a crash repeats at most the node in flight, and
/// its send is idempotent: the message id is derived from the enrolment and the node).
struct AutomationRunner: Sendable {
    let store: any AutomationStore
    let contacts: any AutomationContacts
    let evaluator: ConditionEvaluator
    let enqueuer: any MailEnqueuing
    let clock: any EngagementClock
    let logger: Logger
    /// How long a claim holds before another tick may take the enrolment over (a run that died).
    var lease: TimeInterval = 300
    /// Attempts of a failing step before the enrolment is given up.
    var maxAttempts = 8

    /// The message id of the send at `node` of `enrolmentId`: the same at every retry.
    static func messageId(enrolmentId: String, node: Int) -> String { "automation-\(enrolmentId)-\(node)" }

    /// One scheduler round; returns how many enrolments it ran.
    @discardableResult
    func tick(limit: Int) async throws -> Int {
        let now = clock.now()
        let claimed = try await store.claimDue(now: now, leaseUntil: now.addingTimeInterval(lease), limit: limit)
        for enrolment in claimed {
            await run(enrolment)
        }
        return claimed.count
    }

    /// Runs one claimed enrolment until it waits, ends or fails.
    func run(_ enrolment: ClaimedEnrolment) async {
        let program = AutomationProgram(steps: enrolment.steps)
        var current = enrolment.node
        var visited = 0
        do {
            guard let facts = try await contacts.facts(tenantId: enrolment.tenantId, contactId: enrolment.contactId) else {
                // The contact was deleted: nothing more to do for it.
                _ = try await store.save(enrolment, progress: .completed, now: clock.now())
                return
            }
            while let index = current, let node = program[index] {
                visited += 1
                guard visited <= program.nodes.count else { break }
                let now = clock.now()
                switch node {
                case .wait(let seconds, let next):
                    guard let next else { current = nil; break }
                    _ = try await store.save(enrolment, progress: .waiting(node: next, dueAt: now.addingTimeInterval(Double(seconds))), now: now)
                    return
                case .send(let templateId, let next):
                    let messageId = Self.messageId(enrolmentId: enrolment.id, node: index)
                    let queued = try await enqueuer.enqueueTemplate(
                        tenantId: enrolment.tenantId, templateId: templateId, contactId: enrolment.contactId,
                        messageId: messageId, variables: [:])
                    Counter(label: "email_automation_sends_total", dimensions: [("outcome", queued ? "queued" : "not_mailable")])
                        .increment()
                    logger.info("automation step", metadata: [
                        "automation": "\(enrolment.automationId)", "enrolment": "\(enrolment.id)", "node": "\(index)",
                        "outcome": "\(queued ? "queued" : "not mailable")",
                    ])
                    current = next
                case .branch(let condition, let then, let otherwise):
                    let holds = try await evaluator.evaluate(
                        condition, tenantId: enrolment.tenantId, contactId: enrolment.contactId, facts: facts, now: now)
                    current = holds ? then : otherwise
                }
                if let current, !(try await store.advance(enrolment, to: current, now: clock.now())) {
                    return  // the claim was lost (the lease ended and another tick took over): stop here
                }
            }
            _ = try await store.save(enrolment, progress: .completed, now: clock.now())
        } catch {
            await fail(enrolment, at: current, error: error)
        }
    }

    /// Puts the enrolment back for a retry with backoff (30 s, doubling, at most an hour), or gives it up: at once
    /// when the step cannot succeed (its template was deleted: a 4xx), else after `maxAttempts`.
    private func fail(_ enrolment: ClaimedEnrolment, at node: Int?, error: any Error) async {
        let description = String(describing: error).prefix(500)
        let now = clock.now()
        let permanent = (error as? APIError).map { $0.status < 500 } ?? false
        let progress: EnrolmentProgress
        if let node, !permanent, enrolment.attempts + 1 < maxAttempts {
            let delay = min(3600, 30 * pow(2, Double(enrolment.attempts)))
            progress = .retry(node: node, retryAt: now.addingTimeInterval(delay), error: String(description))
        } else {
            progress = .failed(error: String(description))
        }
        let final = if case .failed = progress { "true" } else { "false" }
        Counter(label: "email_automation_failures_total", dimensions: [("final", final)]).increment()
        logger.warning("automation step failed", metadata: [
            "enrolment": "\(enrolment.id)", "attempts": "\(enrolment.attempts + 1)", "error": "\(description)",
        ])
        do {
            _ = try await store.save(enrolment, progress: progress, now: now)
        } catch {
            // Left claimed: once the lease ends a later tick takes it again.
            logger.error("automation progress not saved", metadata: ["enrolment": "\(enrolment.id)", "error": "\(error)"])
        }
    }
}
