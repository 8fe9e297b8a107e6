import CommerceModels
import Foundation
import Hummingbird
import LLM

/// Drafts a template's subject and body from a short brief through the LLM client (the embedded engine by
/// default): subject lines and a preheader from the `email.subject_lines` prompt, the body from the
/// product-description prompt, laid out as HTML and text with a `{{firstName}}` greeting.
struct TemplateDrafter: Sendable {
    let llm: any LLMClient

    struct Draft: Codable, Sendable, ResponseEncodable {
        var subject: String
        var subjects: [String]
        var preheader: String
        var html: String
        var text: String
        var provider: String
    }

    struct SubjectLines: Decodable, Sendable {
        var subjects: [String]
        var preheader: String?
    }

    func draft(brief: String, offer: String?, language: String?, tone: String?, tenantId: String, requestId: String) async throws -> Draft {
        let context = LLMRequestContext(tenantId: tenantId, agent: "email-agent", requestId: requestId)
        let brief = Self.neutralise(brief)
        let offer = offer.map { Self.neutralise($0) }
        let language = language ?? "the language of the topic"
        let variables = ["topic": brief, "offer": offer ?? "", "language": language]
        do {
            let subjectRequest = try PromptLibrary.standard.render(PromptID.emailSubjects, variables: variables)
            let (lines, response) = try await llm.completeJSON(subjectRequest, as: SubjectLines.self, context: context)
            let bodyRequest = try PromptLibrary.standard.render(PromptID.productDescription, variables: [
                "product_name": brief, "brand": "", "category": "", "features": offer ?? "", "price": "", "currency": "EUR",
                "keywords": "", "language": language, "tone": tone.map { Self.neutralise($0) } ?? "friendly",
            ])
            let body = try await llm.complete(bodyRequest, context: context).text
            let paragraphs = body.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let french = language.lowercased().hasPrefix("fr")
            let greeting = french ? "Bonjour {{firstName}}," : "Hello {{firstName}},"
            let html = "<p>\(greeting)</p>\n" + paragraphs.map { "<p>\(Self.escape($0))</p>" }.joined(separator: "\n")
            let text = greeting + "\n\n" + paragraphs.joined(separator: "\n\n")
            let subject = lines.subjects.first ?? brief
            return Draft(subject: Self.neutralise(subject), subjects: lines.subjects.map { Self.neutralise($0) },
                         preheader: Self.neutralise(lines.preheader ?? ""), html: Self.neutralise(html, keep: ["{{firstName}}"]),
                         text: Self.neutralise(text, keep: ["{{firstName}}"]), provider: response.provider.rawValue)
        } catch let error as LLMError {
            throw APIError(status: error.httpStatusHint, code: "llm_failed", message: "drafting failed: \(error)")
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Model output is text, never template code: braces that would open a tag are broken up (except ours).
    static func neutralise(_ text: String, keep: [String] = []) -> String {
        var result = text
        for (index, token) in keep.enumerated() { result = result.replacingOccurrences(of: token, with: "\u{0}\(index)\u{0}") }
        result = result.replacingOccurrences(of: "{{", with: "{ {")
        for (index, token) in keep.enumerated() { result = result.replacingOccurrences(of: "\u{0}\(index)\u{0}", with: token) }
        return result
    }
}
