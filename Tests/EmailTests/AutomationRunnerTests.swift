import Foundation
import Logging
import Storage
import Synchronization
import TestSupport
import Testing

@testable import Email

/// The automation runner and its SQLite store, with a hand-set clock and a recording enqueuer: waits, branches,
/// claims that hold across ticks, retries, idempotent message ids, pause.
@Suite("Automation runner")
struct AutomationRunnerTests {
    /// A clock the test moves by hand.
    final class ManualClock: EngagementClock {
        let current = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        func now() -> Date { current.withLock { $0 } }
        func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
    }

    /// Records what it is asked to send; refuses unsubscribed contacts as the sending side does; can be made to fail.
    final class RecordingEnqueuer: MailEnqueuing {
        struct Sent: Equatable { var contactId: String; var templateId: String; var messageId: String }
        let sent = Mutex<[Sent]>([])
        let failures = Mutex(0)
        let database: AppDatabase

        init(database: AppDatabase) { self.database = database }

        func enqueueTemplate(tenantId: String, templateId: String, contactId: String, messageId: String,
                             variables: [String: String]) async throws -> Bool {
            if failures.withLock({ count in defer { count = max(0, count - 1) }; return count > 0 }) {
                throw TestSupportError("broker unavailable")
            }
            guard let contact = try await ContactStore(database: database).get(id: contactId, tenantId: tenantId),
                  contact.consent == .subscribed else { return false }
            sent.withLock { $0.append(Sent(contactId: contactId, templateId: templateId, messageId: messageId)) }
            return true
        }

        var messages: [Sent] { sent.withLock { $0 } }
    }

    struct Fixture {
        let database: AppDatabase
        let directory: TemporaryDirectory
        let clock = ManualClock()
        let store: SQLiteAutomationStore
        let enqueuer: RecordingEnqueuer
        let runner: AutomationRunner
        let triggers: AutomationTriggers

        init() throws {
            (database, directory) = try AppDatabase.temporary { migrator in
                EmailEventsTable.registerMigrations(&migrator)
                SendingSchema.registerMigrations(&migrator)
                EngagementModule.registerMigrations(&migrator)
            }
            store = SQLiteAutomationStore(database: database)
            enqueuer = RecordingEnqueuer(database: database)
            let contacts = StoredAutomationContacts(contacts: ContactStore(database: database))
            var logger = Logger(label: "automation-tests")
            logger.logLevel = .critical
            runner = AutomationRunner(
                store: store, contacts: contacts, evaluator: ConditionEvaluator(events: SQLiteEngagementEventStore(database: database)),
                enqueuer: enqueuer, clock: clock, logger: logger)
            triggers = AutomationTriggers(store: store, contacts: contacts, logger: logger)
        }

        @discardableResult
        func contact(_ tenant: String, _ email: String, tags: [String] = [], attributes: [String: String] = [:]) async throws -> String {
            let now = clock.now()
            let contact = Contact(
                id: UUID().uuidString.lowercased(), email: email, name: nil, attributes: attributes, tags: tags,
                consent: .subscribed, consentUpdatedAt: now, createdAt: now, updatedAt: now)
            try await ContactStore(database: database).create(contact, tenantId: tenant)
            return contact.id
        }

        @discardableResult
        func automation(_ tenant: String, trigger: AutomationTrigger, _ steps: [AutomationStep]) async throws -> String {
            let now = clock.now()
            let automation = Automation(
                id: UUID().uuidString.lowercased(), name: "a", trigger: trigger, steps: steps, status: .active,
                createdAt: now, updatedAt: now, enrolments: nil)
            try await store.create(automation, tenantId: tenant)
            return automation.id
        }
    }

    @Test("a wait holds the next send until the clock passes it, and not before")
    func waitThenSend() async throws {
        let f = try Fixture()
        defer { f.directory.remove() }
        try await f.automation("t1", trigger: .contactCreated, [
            .sendTemplate(templateId: "welcome"), .wait(seconds: 86_400), .sendTemplate(templateId: "day-two"),
        ])
        let contact = try await f.contact("t1", "jane@example.com")
        try await f.triggers.contactCreated(tenantId: "t1", contactId: contact, now: f.clock.now())
        #expect(try await f.runner.tick(limit: 10) == 1)
        #expect(f.enqueuer.messages.map(\.templateId) == ["welcome"])
        // Nothing due one second before the wait ends.
        f.clock.advance(86_399)
        #expect(try await f.runner.tick(limit: 10) == 0)
        f.clock.advance(1)
        #expect(try await f.runner.tick(limit: 10) == 1)
        #expect(f.enqueuer.messages.map(\.templateId) == ["welcome", "day-two"])
        // Completed: nothing more, ever.
        f.clock.advance(10 * 86_400)
        #expect(try await f.runner.tick(limit: 10) == 0)
        let counts = try await f.store.list(tenantId: "t1", page: .init(limit: nil, cursor: nil), status: nil).items.first
        let detail = try #require(try await f.store.get(id: counts!.id, tenantId: "t1"))
        #expect(detail.enrolments?["completed"] == 1)
        // Message ids are per enrolment and node: distinct, stable.
        #expect(Set(f.enqueuer.messages.map(\.messageId)).count == 2)
        #expect(f.enqueuer.messages.allSatisfy { $0.messageId.hasPrefix("automation-") })
    }

    @Test("a claimed enrolment is not claimed again by a second tick while its lease holds")
    func claims() async throws {
        let f = try Fixture()
        defer { f.directory.remove() }
        try await f.automation("t1", trigger: .contactCreated, [.sendTemplate(templateId: "welcome")])
        let contact = try await f.contact("t1", "jane@example.com")
        try await f.triggers.contactCreated(tenantId: "t1", contactId: contact, now: f.clock.now())
        let now = f.clock.now()
        let first = try await f.store.claimDue(now: now, leaseUntil: now.addingTimeInterval(300), limit: 10)
        let second = try await f.store.claimDue(now: now, leaseUntil: now.addingTimeInterval(300), limit: 10)
        #expect(first.count == 1 && second.isEmpty)
        // Two ticks racing: the enrolment runs once.
        async let a = f.runner.tick(limit: 10)
        async let b = f.runner.tick(limit: 10)
        _ = try await (a, b)
        #expect(f.enqueuer.messages.isEmpty)  // still leased by `first`
        // The holder died: after the lease another tick takes it over, and the stale claim can write nothing.
        f.clock.advance(301)
        #expect(try await f.runner.tick(limit: 10) == 1)
        #expect(f.enqueuer.messages.count == 1)
        #expect(try await f.store.save(first[0], progress: .completed, now: f.clock.now()) == false)
    }

    @Test("an enrolment is made once per contact while open; triggers match tag and event")
    func triggers() async throws {
        let f = try Fixture()
        defer { f.directory.remove() }
        try await f.automation("t1", trigger: .tagAdded("vip"), [.wait(seconds: 60), .sendTemplate(templateId: "vip")])
        try await f.automation("t1", trigger: .event("ticket.resolved"), [.sendTemplate(templateId: "survey")])
        try await f.automation("t2", trigger: .event("ticket.resolved"), [.sendTemplate(templateId: "other-tenant")])
        let jane = try await f.contact("t1", "jane@example.com")
        try await f.triggers.tagAdded(tenantId: "t1", contactId: jane, tag: "VIP", now: f.clock.now())
        try await f.triggers.tagAdded(tenantId: "t1", contactId: jane, tag: "vip", now: f.clock.now())
        try await f.triggers.tagAdded(tenantId: "t1", contactId: jane, tag: "other", now: f.clock.now())
        try await f.triggers.externalEvent(tenantId: "t1", type: "ticket.resolved", email: "JANE@example.com", now: f.clock.now())
        try await f.triggers.externalEvent(tenantId: "t1", type: "ticket.resolved", email: "nobody@example.com", now: f.clock.now())
        try await f.runner.tick(limit: 10)
        f.clock.advance(60)
        try await f.runner.tick(limit: 10)
        #expect(f.enqueuer.messages.map(\.templateId).sorted() == ["survey", "vip"])
    }

    @Test("branches read tags, attributes and engagement")
    func branches() async throws {
        let f = try Fixture()
        defer { f.directory.remove() }
        try await f.automation("t1", trigger: .contactCreated, [
            .branch(condition: .all([.hasTag("vip"), .attributeEquals("country", "FR")]),
                    then: [.sendTemplate(templateId: "vip-fr")], else: [.sendTemplate(templateId: "standard")]),
            .branch(condition: .engaged(.opened, withinDays: 7), then: [.sendTemplate(templateId: "engaged")], else: []),
        ])
        let vip = try await f.contact("t1", "vip@example.com", tags: ["vip"], attributes: ["country": "FR"])
        let plain = try await f.contact("t1", "plain@example.com", tags: ["vip"], attributes: ["country": "DE"])
        try await SQLiteEngagementEventStore(database: f.database).record(
            type: "open", claims: TrackingClaims(purpose: .open, tenantId: "t1", messageId: "m", contactId: plain),
            at: f.clock.now().addingTimeInterval(-86_400))
        for contact in [vip, plain] { try await f.triggers.contactCreated(tenantId: "t1", contactId: contact, now: f.clock.now()) }
        try await f.runner.tick(limit: 10)
        let byContact = Dictionary(grouping: f.enqueuer.messages, by: \.contactId).mapValues { $0.map(\.templateId) }
        #expect(byContact[vip] == ["vip-fr"])
        #expect(byContact[plain] == ["standard", "engaged"])
    }

    @Test("a failing send is retried with backoff at the same node, with the same message id")
    func retries() async throws {
        let f = try Fixture()
        defer { f.directory.remove() }
        try await f.automation("t1", trigger: .contactCreated, [.sendTemplate(templateId: "welcome")])
        let contact = try await f.contact("t1", "jane@example.com")
        try await f.triggers.contactCreated(tenantId: "t1", contactId: contact, now: f.clock.now())
        f.enqueuer.failures.withLock { $0 = 2 }
        try await f.runner.tick(limit: 10)
        #expect(f.enqueuer.messages.isEmpty)
        #expect(try await f.runner.tick(limit: 10) == 0)  // backing off
        f.clock.advance(30)
        try await f.runner.tick(limit: 10)
        #expect(f.enqueuer.messages.isEmpty)
        f.clock.advance(60)
        try await f.runner.tick(limit: 10)
        #expect(f.enqueuer.messages.count == 1)
        #expect(f.enqueuer.messages[0].messageId.hasSuffix("-\(AutomationProgram(steps: [.sendTemplate(templateId: "welcome")]).entry!)"))
    }

    @Test("a paused automation enrols no one and runs nothing; resumed, it goes on")
    func pause() async throws {
        let f = try Fixture()
        defer { f.directory.remove() }
        let id = try await f.automation("t1", trigger: .contactCreated, [.wait(seconds: 10), .sendTemplate(templateId: "x")])
        let jane = try await f.contact("t1", "jane@example.com")
        try await f.triggers.contactCreated(tenantId: "t1", contactId: jane, now: f.clock.now())
        try await f.runner.tick(limit: 10)
        _ = try await f.store.transition(id: id, tenantId: "t1", from: .active, to: .paused, now: f.clock.now())
        await #expect(throws: Error.self) {
            _ = try await f.store.transition(id: id, tenantId: "t1", from: .active, to: .paused, now: f.clock.now())
        }
        #expect(try await f.store.transition(id: id, tenantId: "t2", from: .paused, to: .active, now: f.clock.now()) == nil)
        let joe = try await f.contact("t1", "joe@example.com")
        try await f.triggers.contactCreated(tenantId: "t1", contactId: joe, now: f.clock.now())
        f.clock.advance(20)
        #expect(try await f.runner.tick(limit: 10) == 0)
        _ = try await f.store.transition(id: id, tenantId: "t1", from: .paused, to: .active, now: f.clock.now())
        try await f.runner.tick(limit: 10)
        #expect(f.enqueuer.messages.map(\.contactId) == [jane])
    }
}
