import Foundation
import Storage
import TestSupport
import Testing

@testable import Email

/// Campaign statistics from the `email_events` ledger: counts, unique counts, rates, tenant scoping.
@Suite("Campaign stats ledger")
struct StatsLedgerTests {
    @Test("counts, unique opens and clicks per recipient, rates, and nothing from another tenant or campaign")
    func counts() async throws {
        let (database, directory) = try AppDatabase.temporary { EmailEventsTable.registerMigrations(&$0) }
        defer { directory.remove() }
        let store = SQLiteEngagementEventStore(database: database)
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        func event(_ type: String, _ message: String, _ contact: String?, tenant: String = "t1", campaign: String = "k1") async throws {
            try await store.record(
                type: type, claims: TrackingClaims(purpose: .open, tenantId: tenant, messageId: message, contactId: contact,
                                                   campaignId: campaign), at: at)
        }
        for index in 1...4 { try await event("sent", "m\(index)", "c\(index)") }
        try await event("sent", "m1", "c1")  // a redelivered job recording twice
        for index in 1...3 { try await event("delivered", "m\(index)", "c\(index)") }
        try await event("bounced", "m4", "c4")
        try await event("open", "m1", "c1")
        try await event("open", "m1", "c1")
        try await event("open", "m2", "c2")
        try await event("click", "m1", "c1")
        try await event("click", "m1", "c1")
        try await event("unsubscribe", "m2", "c2")
        try await event("open", "x", "c9", tenant: "t2")
        try await event("open", "y", "c8", campaign: "k2")

        let stats = try await store.campaignStats(tenantId: "t1", campaignId: "k1")
        #expect(stats.sent == 4 && stats.delivered == 3 && stats.bounces == 1 && stats.failed == 0)
        #expect(stats.opens == 3 && stats.uniqueOpens == 2)
        #expect(stats.clicks == 2 && stats.uniqueClicks == 1)
        #expect(stats.unsubscribes == 1)
        #expect(stats.rates.delivery == 0.75 && stats.rates.bounce == 0.25)
        #expect(stats.rates.open == 0.6667 && stats.rates.click == 0.3333 && stats.rates.clickToOpen == 0.5)
        #expect(stats.rates.unsubscribe == 0.3333)
        let other = try await store.campaignStats(tenantId: "t2", campaignId: "k1")
        // The other tenant's campaign with the same id sees only its own event.
        #expect(other.opens == 1 && other.uniqueOpens == 1 && other.sent == 0 && other.rates.open == 0)
    }
}
