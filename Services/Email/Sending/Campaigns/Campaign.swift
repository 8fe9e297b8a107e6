import Foundation
import Hummingbird

/// A campaign: one template sent to the consenting contacts of one segment, now or at `scheduledAt`.
/// Status: `draft` → (`scheduled` →) `sending` (recipients being expanded and handed to `email.sending`) →
/// `sent` (every message is on the queue; delivery goes on from there), or `failed` (its template or segment was
/// gone when it was due).
struct Campaign: Codable, Sendable, Equatable, ResponseEncodable {
    var id: String
    var name: String
    var templateId: String
    var segmentId: String
    var status: String
    var scheduledAt: Date?
    var startedAt: Date?
    var completedAt: Date?
    var recipientCount: Int
    var error: String?
    var createdAt: Date
    var updatedAt: Date
    /// Messages by delivery status (`GET /api/email/campaigns/{id}` only).
    var messages: [String: Int]?
}
