import CommerceModels
import Foundation
import GRDB

/// Compiles segment rules to a parameterised SQL condition over `email_contacts` (alias `c`): every value a
/// client sent is a bound argument, never part of the SQL text. `validate` is run when a segment is saved, so a
/// stored segment always compiles.
struct SegmentQuery: Sendable {
    var sql: String
    var arguments: StatementArguments

    static let maxRules = 50

    /// Checks the rules (400 naming the rule) and compiles them as of `now` (engagement windows).
    static func compile(match: SegmentMatch, rules: [SegmentRule], now: Date) throws -> SegmentQuery {
        var count = 0
        return try group(match: match, rules: rules, now: now, depth: 0, path: "rules", count: &count)
    }

    private static func group(match: SegmentMatch, rules: [SegmentRule], now: Date, depth: Int, path: String,
                              count: inout Int) throws -> SegmentQuery {
        guard !rules.isEmpty else {
            // An empty `all` matches everyone, an empty `any` no one.
            return SegmentQuery(sql: match == .all ? "1" : "0", arguments: [])
        }
        var parts: [String] = []
        var arguments = StatementArguments()
        for (index, rule) in rules.enumerated() {
            count += 1
            guard count <= maxRules else { throw APIError.validation("a segment has at most \(maxRules) rules") }
            let compiled = try self.rule(rule, now: now, depth: depth, path: "\(path)[\(index)]", count: &count)
            parts.append("(\(compiled.sql))")
            arguments += compiled.arguments
        }
        return SegmentQuery(sql: parts.joined(separator: match == .all ? " AND " : " OR "), arguments: arguments)
    }

    private static func rule(_ rule: SegmentRule, now: Date, depth: Int, path: String, count: inout Int) throws -> SegmentQuery {
        func value() throws -> String {
            guard let value = rule.value, !value.isEmpty, value.count <= 500 else {
                throw APIError.validation("\(path).value is required (1 to 500 characters)")
            }
            return value
        }
        let op = rule.operator ?? ""
        switch rule.type {
        case "attribute":
            guard let key = rule.key, SendingValidation.isName(key) else {
                throw APIError.validation("\(path).key must be an attribute name (a letter, then letters, digits or _)")
            }
            let jsonPath = "$.\"\(key)\""
            switch op {
            case "equals": return SegmentQuery(sql: "json_extract(c.attributes, ?) = ?", arguments: [jsonPath, try value()])
            case "not_equals":
                return SegmentQuery(sql: "json_extract(c.attributes, ?) IS NOT ?", arguments: [jsonPath, try value()])
            case "contains":
                return SegmentQuery(sql: "instr(lower(json_extract(c.attributes, ?)), lower(?)) > 0", arguments: [jsonPath, try value()])
            case "exists": return SegmentQuery(sql: "json_type(c.attributes, ?) IS NOT NULL", arguments: [jsonPath])
            case "not_exists": return SegmentQuery(sql: "json_type(c.attributes, ?) IS NULL", arguments: [jsonPath])
            default: throw APIError.validation("\(path).operator must be equals, not_equals, contains, exists or not_exists")
            }
        case "tag":
            let tag = try value().trimmingCharacters(in: .whitespaces).lowercased()
            let exists = "EXISTS (SELECT 1 FROM json_each(c.tags) WHERE json_each.value = ?)"
            switch op {
            case "has": return SegmentQuery(sql: exists, arguments: [tag])
            case "has_not": return SegmentQuery(sql: "NOT " + exists, arguments: [tag])
            default: throw APIError.validation("\(path).operator must be has or has_not")
            }
        case "consent":
            guard let consent = Consent(rawValue: try value()) else { throw APIError.validation("\(path).value must be one of \(Consent.list)") }
            switch op {
            case "equals": return SegmentQuery(sql: "c.consent = ?", arguments: [consent.rawValue])
            case "not_equals": return SegmentQuery(sql: "c.consent != ?", arguments: [consent.rawValue])
            default: throw APIError.validation("\(path).operator must be equals or not_equals")
            }
        case "engagement":
            guard let days = rule.days, (1...3650).contains(days) else { throw APIError.validation("\(path).days must be between 1 and 3650") }
            let since = now.addingTimeInterval(-Double(days) * 86_400)
            let types: [String]
            var negate = false
            switch op {
            case "opened": types = ["open"]
            case "clicked": types = ["click"]
            case "engaged": types = ["open", "click"]
            case "not_engaged": types = ["open", "click"]; negate = true
            default: throw APIError.validation("\(path).operator must be opened, clicked, engaged or not_engaged")
            }
            let placeholders = types.map { _ in "?" }.joined(separator: ", ")
            let sql = """
                \(negate ? "NOT " : "")EXISTS (SELECT 1 FROM email_events e WHERE e.tenant_id = c.tenant_id \
                AND e.contact_id = c.id AND e.type IN (\(placeholders)) AND e.at >= ?)
                """
            return SegmentQuery(sql: sql, arguments: StatementArguments(types) + [since])
        case "group":
            guard depth < 2 else { throw APIError.validation("\(path): groups nest two levels deep at most") }
            guard let match = rule.match, let rules = rule.rules else {
                throw APIError.validation("\(path) needs match (all or any) and rules")
            }
            return try group(match: match, rules: rules, now: now, depth: depth + 1, path: "\(path).rules", count: &count)
        default:
            throw APIError.validation("\(path).type must be attribute, tag, consent, engagement or group")
        }
    }
}
