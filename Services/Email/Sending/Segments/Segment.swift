import CommerceModels
import Foundation
import Hummingbird

/// A saved audience: rules over a tenant's contacts combined with `all` (every rule holds) or `any`.
struct Segment: Codable, Sendable, Equatable, ResponseEncodable {
    var id: String
    var name: String
    var match: SegmentMatch
    var rules: [SegmentRule]
    var createdAt: Date
    var updatedAt: Date
}

enum SegmentMatch: String, Codable, Sendable {
    case all, any
}

/// One rule. `type` says what it looks at:
/// - `attribute`: `key`, `operator` `equals|not_equals|contains|exists|not_exists`, `value` (not for exists);
/// - `tag`: `operator` `has|has_not`, `value`;
/// - `consent`: `operator` `equals|not_equals`, `value` (a consent status);
/// - `engagement`: `operator` `opened|clicked|engaged|not_engaged` (opened or clicked), `days` (1...3650):
///   read from the `email_events` ledger;
/// - `group`: `match` and nested `rules` (two levels of nesting at most).
struct SegmentRule: Codable, Sendable, Equatable {
    var type: String
    var key: String?
    var `operator`: String?
    var value: String?
    var days: Int?
    var match: SegmentMatch?
    var rules: [SegmentRule]?
}
