import Foundation
import Hummingbird

/// A tenant's automation: who enters it (the trigger) and what happens to each enrolled contact (the steps).
/// The definition never changes once created (enrolments point into it); only its status does.
struct Automation: Codable, Sendable, Equatable, ResponseEncodable {
    enum Status: String, Codable, Sendable {
        case active, paused
    }

    var id: String
    var name: String
    var trigger: AutomationTrigger
    var steps: [AutomationStep]
    var status: Status
    var createdAt: Date
    var updatedAt: Date
    /// Enrolments by state (`waiting`, `running`, `completed`, `failed`); filled on reads of one automation.
    var enrolments: [String: Int]?
}

/// What enrols a contact.
enum AutomationTrigger: Sendable, Equatable {
    /// A contact was added.
    case contactCreated
    /// A tag was added to a contact (tags compare case-insensitively).
    case tagAdded(String)
    /// Another agent reported an event about the contact (`ticket.resolved`...), matched by the contact's email.
    case event(String)

    var type: String {
        switch self {
        case .contactCreated: "contact_created"
        case .tagAdded: "tag_added"
        case .event: "event"
        }
    }

    /// The tag or event type; nil for `contact_created`.
    var value: String? {
        switch self {
        case .contactCreated: nil
        case .tagAdded(let tag): tag
        case .event(let type): type
        }
    }

    init?(type: String, value: String?) {
        switch (type, value) {
        case ("contact_created", _): self = .contactCreated
        case ("tag_added", let tag?): self = .tagAdded(tag)
        case ("event", let event?): self = .event(event)
        default: return nil
        }
    }
}

extension AutomationTrigger: Codable {
    private enum CodingKeys: String, CodingKey { case type, tag, event }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        switch self {
        case .contactCreated: break
        case .tagAdded(let tag): try container.encode(tag, forKey: .tag)
        case .event(let event): try container.encode(event, forKey: .event)
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        let value = try container.decodeIfPresent(String.self, forKey: type == "event" ? .event : .tag)
        guard let trigger = AutomationTrigger(type: type, value: value) else {
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown trigger")
        }
        self = trigger
    }
}

/// One step of an automation.
indirect enum AutomationStep: Sendable, Equatable {
    /// Waits this many seconds (given as `seconds`, `minutes`, `hours` or `days`).
    case wait(seconds: Int)
    /// Sends the tenant's template to the contact (unless the contact may not be mailed).
    case sendTemplate(templateId: String)
    /// Goes on with `then` when the condition holds for the contact, else with `else`; both continue with the step
    /// after the branch.
    case branch(condition: AutomationCondition, then: [AutomationStep], else: [AutomationStep])
}

extension AutomationStep: Codable {
    private enum CodingKeys: String, CodingKey { case type, seconds, templateId, condition, then, `else` }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .wait(let seconds):
            try container.encode("wait", forKey: .type)
            try container.encode(seconds, forKey: .seconds)
        case .sendTemplate(let templateId):
            try container.encode("send_template", forKey: .type)
            try container.encode(templateId, forKey: .templateId)
        case .branch(let condition, let then, let otherwise):
            try container.encode("branch", forKey: .type)
            try container.encode(condition, forKey: .condition)
            try container.encode(then, forKey: .then)
            try container.encode(otherwise, forKey: .else)
        }
    }

    /// Decodes the stored (normalised) form; requests go through ``AutomationDefinitionParser``.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .type) {
        case "wait": self = .wait(seconds: try container.decode(Int.self, forKey: .seconds))
        case "send_template": self = .sendTemplate(templateId: try container.decode(String.self, forKey: .templateId))
        case "branch":
            self = .branch(
                condition: try container.decode(AutomationCondition.self, forKey: .condition),
                then: try container.decode([AutomationStep].self, forKey: .then),
                else: try container.decode([AutomationStep].self, forKey: .else))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container, debugDescription: "unknown step")
        }
    }
}

/// A condition of a `branch` step, over the contact's tags, attributes and engagement.
indirect enum AutomationCondition: Sendable, Equatable {
    /// The contact has the tag.
    case hasTag(String)
    /// The contact's attribute equals the value (compared as text).
    case attributeEquals(String, String)
    /// The contact has the attribute (non-empty).
    case attributeExists(String)
    /// The contact opened (or clicked) any message, within the last `withinDays` days when given.
    case engaged(Engagement, withinDays: Int?)
    case all([AutomationCondition])
    case any([AutomationCondition])
    case not(AutomationCondition)

    enum Engagement: String, Codable, Sendable {
        case opened, clicked

        /// The `email_events` type that proves it.
        var eventType: String { self == .opened ? "open" : "click" }
    }
}

extension AutomationCondition: Codable {
    private enum CodingKeys: String, CodingKey { case tag, attribute, equals, exists, engagement, withinDays, all, any, not }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .hasTag(let tag): try container.encode(tag, forKey: .tag)
        case .attributeEquals(let name, let value):
            try container.encode(name, forKey: .attribute)
            try container.encode(value, forKey: .equals)
        case .attributeExists(let name):
            try container.encode(name, forKey: .attribute)
            try container.encode(true, forKey: .exists)
        case .engaged(let engagement, let days):
            try container.encode(engagement, forKey: .engagement)
            try container.encodeIfPresent(days, forKey: .withinDays)
        case .all(let conditions): try container.encode(conditions, forKey: .all)
        case .any(let conditions): try container.encode(conditions, forKey: .any)
        case .not(let condition): try container.encode(condition, forKey: .not)
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let tag = try container.decodeIfPresent(String.self, forKey: .tag) {
            self = .hasTag(tag)
        } else if let name = try container.decodeIfPresent(String.self, forKey: .attribute) {
            if let value = try container.decodeIfPresent(String.self, forKey: .equals) {
                self = .attributeEquals(name, value)
            } else {
                self = .attributeExists(name)
            }
        } else if let engagement = try container.decodeIfPresent(Engagement.self, forKey: .engagement) {
            self = .engaged(engagement, withinDays: try container.decodeIfPresent(Int.self, forKey: .withinDays))
        } else if let all = try container.decodeIfPresent([AutomationCondition].self, forKey: .all) {
            self = .all(all)
        } else if let any = try container.decodeIfPresent([AutomationCondition].self, forKey: .any) {
            self = .any(any)
        } else {
            self = .not(try container.decode(AutomationCondition.self, forKey: .not))
        }
    }
}
