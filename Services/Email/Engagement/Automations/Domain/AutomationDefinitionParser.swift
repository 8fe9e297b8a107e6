import CommerceModels
import Foundation

/// The body of `POST /api/email/automations`, as sent: every field optional so that the parser can name what is
/// missing or wrong (`steps[1].then[0].templateId is required`).
struct AutomationDefinitionBody: Decodable, Sendable {
    struct TriggerBody: Decodable, Sendable {
        var type: String?
        var tag: String?
        var event: String?
    }

    struct StepBody: Decodable, Sendable {
        var type: String?
        var seconds: Int?
        var minutes: Int?
        var hours: Int?
        var days: Int?
        var templateId: String?
        var condition: ConditionBody?
        var then: [StepBody]?
        var `else`: [StepBody]?
    }

    /// A class: a condition may hold another (`not`).
    final class ConditionBody: Decodable, Sendable {
        let tag: String?
        let attribute: String?
        let equals: String?
        let exists: Bool?
        let engagement: String?
        let withinDays: Int?
        let all: [ConditionBody]?
        let any: [ConditionBody]?
        let not: ConditionBody?
    }

    var name: String?
    var trigger: TriggerBody?
    var steps: [StepBody]?
}

/// Turns a request body into a valid automation definition, or throws `APIError.validation` naming the field.
enum AutomationDefinitionParser {
    static let maxSteps = 50
    static let maxDepth = 5
    static let maxWaitSeconds = 365 * 86_400

    struct Definition: Sendable, Equatable {
        var name: String
        var trigger: AutomationTrigger
        var steps: [AutomationStep]
    }

    static func parse(_ body: AutomationDefinitionBody) throws -> Definition {
        guard let rawName = body.name else { throw APIError.validation("name is required") }
        let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...200).contains(name.count) else { throw APIError.validation("name must be 1 to 200 characters") }
        guard let trigger = body.trigger else { throw APIError.validation("trigger is required") }
        guard let steps = body.steps else { throw APIError.validation("steps is required") }
        guard !steps.isEmpty else { throw APIError.validation("steps must not be empty") }
        var count = 0
        let parsed = try parse(steps, path: "steps", depth: 1, count: &count)
        return Definition(name: name, trigger: try parse(trigger), steps: parsed)
    }

    static func parse(_ body: AutomationDefinitionBody.TriggerBody) throws -> AutomationTrigger {
        switch body.type {
        case nil: throw APIError.validation("trigger.type is required")
        case "contact_created": return .contactCreated
        case "tag_added":
            guard let raw = body.tag else { throw APIError.validation("trigger.tag is required for tag_added") }
            let tag = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard (1...50).contains(tag.count) else { throw APIError.validation("trigger.tag must be 1 to 50 characters") }
            return .tagAdded(tag)
        case "event":
            guard let raw = body.event else { throw APIError.validation("trigger.event is required for event") }
            let event = raw.trimmingCharacters(in: .whitespaces)
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
            guard (1...100).contains(event.count), event.allSatisfy(allowed.contains) else {
                throw APIError.validation("trigger.event must be 1 to 100 letters, digits, dots, dashes or underscores")
            }
            return .event(event)
        case let other?:
            throw APIError.validation("trigger.type must be contact_created, tag_added or event, not \(other.prefix(40))")
        }
    }

    static func parse(
        _ steps: [AutomationDefinitionBody.StepBody], path: String, depth: Int, count: inout Int
    ) throws -> [AutomationStep] {
        guard depth <= maxDepth else { throw APIError.validation("\(path): branches nest at most \(maxDepth) deep") }
        var result: [AutomationStep] = []
        for (index, step) in steps.enumerated() {
            let here = "\(path)[\(index)]"
            count += 1
            guard count <= maxSteps else { throw APIError.validation("an automation has at most \(maxSteps) steps") }
            switch step.type {
            case nil: throw APIError.validation("\(here).type is required")
            case "wait":
                let units = [(step.seconds, 1, "seconds"), (step.minutes, 60, "minutes"), (step.hours, 3600, "hours"),
                             (step.days, 86_400, "days")].filter { $0.0 != nil }
                guard units.count == 1, let (value, factor, unit) = units.first, let amount = value else {
                    throw APIError.validation("\(here) needs exactly one of seconds, minutes, hours or days")
                }
                let (seconds, overflow) = amount.multipliedReportingOverflow(by: factor)
                guard amount > 0, !overflow, seconds <= maxWaitSeconds else {
                    throw APIError.validation("\(here).\(unit) must be positive and at most 365 days")
                }
                result.append(.wait(seconds: seconds))
            case "send_template":
                guard let raw = step.templateId else { throw APIError.validation("\(here).templateId is required") }
                let templateId = try SendingValidation.uuid(raw.trimmingCharacters(in: .whitespaces), field: "\(here).templateId")
                result.append(.sendTemplate(templateId: templateId))
            case "branch":
                guard let condition = step.condition else { throw APIError.validation("\(here).condition is required") }
                let parsed = try parse(condition, path: "\(here).condition", depth: 1)
                let then = try parse(step.then ?? [], path: "\(here).then", depth: depth + 1, count: &count)
                let otherwise = try parse(step.else ?? [], path: "\(here).else", depth: depth + 1, count: &count)
                result.append(.branch(condition: parsed, then: then, else: otherwise))
            case let other?:
                throw APIError.validation("\(here).type must be wait, send_template or branch, not \(other.prefix(40))")
            }
        }
        return result
    }

    static func parse(_ body: AutomationDefinitionBody.ConditionBody, path: String, depth: Int) throws -> AutomationCondition {
        guard depth <= maxDepth else { throw APIError.validation("\(path): conditions nest at most \(maxDepth) deep") }
        let kinds = [body.tag != nil, body.attribute != nil, body.engagement != nil, body.all != nil, body.any != nil,
                     body.not != nil].filter { $0 }.count
        guard kinds == 1 else {
            throw APIError.validation("\(path) needs exactly one of tag, attribute, engagement, all, any or not")
        }
        if let raw = body.tag {
            let tag = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard (1...50).contains(tag.count) else { throw APIError.validation("\(path).tag must be 1 to 50 characters") }
            return .hasTag(tag)
        }
        if let raw = body.attribute {
            let name = raw.trimmingCharacters(in: .whitespaces)
            guard (1...100).contains(name.count) else {
                throw APIError.validation("\(path).attribute must be 1 to 100 characters")
            }
            switch (body.equals, body.exists) {
            case (let value?, nil): return .attributeEquals(name, value)
            case (nil, true?): return .attributeExists(name)
            case (nil, false?): return .not(.attributeExists(name))
            default: throw APIError.validation("\(path) needs exactly one of equals or exists with attribute")
            }
        }
        if let raw = body.engagement {
            guard let engagement = AutomationCondition.Engagement(rawValue: raw) else {
                throw APIError.validation("\(path).engagement must be opened or clicked")
            }
            if let days = body.withinDays, !(1...3650).contains(days) {
                throw APIError.validation("\(path).withinDays must be between 1 and 3650")
            }
            return .engaged(engagement, withinDays: body.withinDays)
        }
        if let list = body.all ?? body.any {
            let key = body.all != nil ? "all" : "any"
            guard (1...20).contains(list.count) else { throw APIError.validation("\(path).\(key) must hold 1 to 20 conditions") }
            let parsed = try list.enumerated().map { try parse($1, path: "\(path).\(key)[\($0)]", depth: depth + 1) }
            return body.all != nil ? .all(parsed) : .any(parsed)
        }
        guard let inner = body.not else { throw APIError.validation("\(path) is empty") }
        return .not(try parse(inner, path: "\(path).not", depth: depth + 1))
    }
}

extension AutomationStep {
    /// The template ids the steps send, in order, branches included.
    static func templateIds(in steps: [AutomationStep]) -> [String] {
        steps.flatMap { step -> [String] in
            switch step {
            case .wait: []
            case .sendTemplate(let id): [id]
            case .branch(_, let then, let otherwise): templateIds(in: then) + templateIds(in: otherwise)
            }
        }
    }
}
