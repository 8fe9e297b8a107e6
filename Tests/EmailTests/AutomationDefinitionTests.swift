import CommerceModels
import Foundation
import ServiceRuntime
import Testing

@testable import Email

/// Automation definitions: request validation (field named), normalisation, and the flattened program.
@Suite("Automation definitions")
struct AutomationDefinitionTests {
    static let template = "3f0c9a52-1111-4c5e-9d7a-0123456789ab"

    func parse(_ json: String) throws -> AutomationDefinitionParser.Definition {
        try AutomationDefinitionParser.parse(JSONBody.decode(AutomationDefinitionBody.self, from: Data(json.utf8)))
    }

    func message(_ json: String) -> String? {
        do {
            _ = try parse(json)
            return nil
        } catch let error as APIError {
            #expect(error.status == 400)
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test("a full definition parses and normalises (waits in seconds, tags lowercased, template ids lowercased)")
    func parses() throws {
        let definition = try parse("""
            {"name": " Welcome ", "trigger": {"type": "tag_added", "tag": "VIP"},
             "steps": [{"type": "wait", "days": 1},
                       {"type": "send_template", "templateId": "\(Self.template.uppercased())"},
                       {"type": "branch", "condition": {"any": [{"engagement": "opened", "withinDays": 7}, {"tag": "Hot"}]},
                        "then": [{"type": "wait", "hours": 2}], "else": [{"type": "send_template", "templateId": "\(Self.template)"}]}]}
            """)
        #expect(definition.name == "Welcome")
        #expect(definition.trigger == .tagAdded("vip"))
        #expect(definition.steps == [
            .wait(seconds: 86_400), .sendTemplate(templateId: Self.template),
            .branch(condition: .any([.engaged(.opened, withinDays: 7), .hasTag("hot")]),
                    then: [.wait(seconds: 7200)], else: [.sendTemplate(templateId: Self.template)]),
        ])
        // The stored form reads back the same.
        let encoded = try JSONEncoder().encode(definition.steps)
        #expect(try JSONDecoder().decode([AutomationStep].self, from: encoded) == definition.steps)
    }

    @Test("bad definitions name the field")
    func validation() {
        let send = #"{"type": "send_template", "templateId": "\#(Self.template)"}"#
        #expect(message(#"{"trigger": {"type": "contact_created"}, "steps": [\#(send)]}"#) == "name is required")
        #expect(message(#"{"name": "x", "steps": [\#(send)]}"#) == "trigger is required")
        #expect(message(#"{"name": "x", "trigger": {"type": "contact_created"}, "steps": []}"#) == "steps must not be empty")
        #expect(message(#"{"name": "x", "trigger": {"type": "birthday"}, "steps": [\#(send)]}"#)?.hasPrefix("trigger.type must be") == true)
        #expect(message(#"{"name": "x", "trigger": {"type": "tag_added"}, "steps": [\#(send)]}"#) == "trigger.tag is required for tag_added")
        #expect(message(#"{"name": "x", "trigger": {"type": "event", "event": "a b"}, "steps": [\#(send)]}"#)?.hasPrefix("trigger.event must be") == true)
        let trigger = #""trigger": {"type": "contact_created"}"#
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "wait", "days": 1, "hours": 2}]}"#)
                == "steps[0] needs exactly one of seconds, minutes, hours or days")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "wait", "seconds": 0}]}"#)
                == "steps[0].seconds must be positive and at most 365 days")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "wait", "days": 400}]}"#)
                == "steps[0].days must be positive and at most 365 days")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "wait", "seconds": "soon"}]}"#)
                == "steps[0].seconds must be an integer")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [\#(send), {"type": "send_template"}]}"#)
                == "steps[1].templateId is required")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "send_template", "templateId": "nope"}]}"#)
                == "steps[0].templateId must be a UUID")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "branch", "then": []}]}"#)
                == "steps[0].condition is required")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "branch", "condition": {"tag": "a", "attribute": "b"}, "then": [\#(send)]}]}"#)
                == "steps[0].condition needs exactly one of tag, attribute, engagement, all, any or not")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "branch", "condition": {"engagement": "read"}}]}"#)
                == "steps[0].condition.engagement must be opened or clicked")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [{"type": "branch", "condition": {"tag": "a"}, "then": [{"type": "jump"}]}]}"#)
                == "steps[0].then[0].type must be wait, send_template or branch, not jump")
        let many = Array(repeating: #"{"type": "wait", "seconds": 1}"#, count: 51).joined(separator: ",")
        #expect(message(#"{"name": "x", \#(trigger), "steps": [\#(many)]}"#) == "an automation has at most 50 steps")
    }

    @Test("the program numbers nodes deterministically and branches rejoin after the branch")
    func program() {
        let steps: [AutomationStep] = [
            .sendTemplate(templateId: "a"),
            .branch(condition: .hasTag("x"), then: [.wait(seconds: 10), .sendTemplate(templateId: "b")], else: []),
            .sendTemplate(templateId: "c"),
        ]
        let program = AutomationProgram(steps: steps)
        #expect(program == AutomationProgram(steps: steps))
        #expect(program.nodes.count == 5)
        // Walk the then-side and the else-side.
        func walk(_ takeThen: Bool) -> [String] {
            var trace: [String] = []
            var current = program.entry
            while let index = current, let node = program[index] {
                switch node {
                case .send(let id, let next): trace.append("send \(id)"); current = next
                case .wait(let seconds, let next): trace.append("wait \(seconds)"); current = next
                case .branch(_, let then, let otherwise): trace.append("branch"); current = takeThen ? then : otherwise
                }
            }
            return trace
        }
        #expect(walk(true) == ["send a", "branch", "wait 10", "send b", "send c"])
        #expect(walk(false) == ["send a", "branch", "send c"])
    }
}
