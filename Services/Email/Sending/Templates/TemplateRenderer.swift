import CommerceModels
import Foundation
import Mustache

/// Checks and renders Mustache templates.
///
/// Checked when a template is saved: each part parses; partials, blocks, delimiter changes and pragmas are refused
/// (a template is self-contained); the HTML part may not use unescaped variables (`{{{x}}}`, `{{&x}}`: contact data
/// is never trusted as markup); every variable used outside a section, and every section name, must be a contact
/// field, an attribute of the tenant's contacts, or a declared variable. Names inside a section may refer to the
/// section's items and are not checked.
/// Rendering: variables are HTML-escaped in the HTML part, left as they are in the subject and text part (the
/// subject's line breaks are removed).
enum TemplateRenderer {
    /// The parsed parts of a template, ready to render many times.
    struct Compiled: Sendable {
        var subject: MustacheTemplate
        var html: MustacheTemplate?
        var text: MustacheTemplate?

        func render(_ variables: [String: String]) -> RenderedEmail {
            let values: [String: Any] = variables
            let subject = self.subject.render(values)
                .replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
                .trimmingCharacters(in: .whitespaces)
            let html = self.html?.render(values)
            let text = self.text?.render(values) ?? html.map(TemplateRenderer.plainText) ?? ""
            return RenderedEmail(subject: subject, html: html, text: text)
        }
    }

    /// Text mode for the subject and the text part: no HTML escaping.
    static let textPragma = "{{%CONTENT_TYPE:TEXT}}"

    /// Parses the parts (throws 400 naming the part).
    static func compile(subject: String, html: String?, text: String?) throws -> Compiled {
        Compiled(
            subject: try parse(textPragma + subject, part: "subject"),
            html: try html.map { try parse($0, part: "html") },
            text: try text.map { try parse(textPragma + $0, part: "text") })
    }

    private static func parse(_ source: String, part: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: source)
        } catch let error as MustacheTemplate.ParserError {
            throw APIError.validation("\(part) is not a valid template (line \(error.context.lineNumber), column \(error.context.columnNumber)): \(error.error)")
        } catch {
            throw APIError.validation("\(part) is not a valid template: \(error)")
        }
    }

    /// Validates a template for saving; `known` is every variable name it may use.
    static func validate(subject: String, html: String?, text: String?, known: Set<String>) throws {
        for (part, source) in [("subject", subject), ("html", html), ("text", text)] {
            guard let source else { continue }
            let tags = try scan(source, part: part)
            for tag in tags {
                if part == "html" && tag.unescaped {
                    throw APIError.validation("html uses the unescaped variable {{{\(tag.name)}}}: use {{\(tag.name)}} (contact data is always escaped in HTML)")
                }
                guard tag.depth == 0 || tag.isSection else { continue }
                let root = String(tag.name.split(separator: ".").first ?? "")
                guard tag.name == "." || known.contains(root) else {
                    throw APIError.validation("\(part) uses the unknown variable \(tag.name): use a contact field (email, name, firstName, lastName), an attribute of this tenant's contacts, or declare it in variables")
                }
            }
        }
        _ = try compile(subject: subject, html: html, text: text)
    }

    /// A variable or section tag found in a template.
    struct Tag: Equatable {
        var name: String
        var isSection: Bool
        var unescaped: Bool
        /// How many sections enclose it.
        var depth: Int
    }

    /// The variable and section tags of a template, refusing the constructs templates may not use.
    static func scan(_ source: String, part: String) throws -> [Tag] {
        var tags: [Tag] = []
        var depth = 0
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            var after = rest[open.upperBound...]
            var closing = "}}"
            var unescaped = false
            if after.hasPrefix("{") {
                after = after.dropFirst()
                closing = "}}}"
                unescaped = true
            }
            guard let close = after.range(of: closing) else {
                throw APIError.validation("\(part) has a tag that is never closed")
            }
            var body = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = after[close.upperBound...]
            guard let sigil = body.first else { throw APIError.validation("\(part) has an empty tag {{}}") }
            var isSection = false
            switch sigil {
            case "!":
                continue
            case ">", "<", "$", "=", "%":
                throw APIError.validation("\(part) uses {{\(sigil)…}}: partials, blocks, delimiter changes and pragmas are not allowed")
            case "#", "^":
                isSection = true
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            case "/":
                depth -= 1
                guard depth >= 0 else { throw APIError.validation("\(part) closes a section that was never opened") }
                continue
            case "&":
                unescaped = true
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            default:
                break
            }
            // `transform(name)` applies one of Mustache's transforms: the variable is inside the parentheses.
            var name = body
            while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
                name = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingCharacters(in: .whitespaces)
            }
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else {
                throw APIError.validation("\(part) has an invalid tag {{\(body.prefix(40))}}")
            }
            tags.append(Tag(name: name, isSection: isSection, unescaped: unescaped, depth: depth))
            if isSection { depth += 1 }
        }
        guard depth == 0 else { throw APIError.validation("\(part) has a section that is never closed") }
        return tags
    }

    /// A readable text version of an HTML body (tags dropped, entities decoded, paragraphs kept).
    static func plainText(_ html: String) -> String {
        var text = html
        for (pattern, replacement) in [("(?i)<br\\s*/?>", "\n"), ("(?i)</p>|</div>|</h[1-6]>|</li>|</tr>", "\n"),
                                       ("(?is)<(script|style)[^>]*>.*?</\\1>", ""), ("<[^>]+>", "")] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"),
                                    ("&nbsp;", " "), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n")
            .replacingOccurrences(of: "\n\n\n+", with: "\n\n", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
