import Foundation

/// The embedded engine behind ``LLMClient``: the default provider and the fallback. It runs the pipeline matching
/// the request's ``PromptTask`` (rendered by the ``PromptLibrary``); a request without a task is answered as a
/// customer-service message (its last user message). Costs nothing; token counts are estimates.
public struct EmbeddedLLMProvider: LLMProvider {
    public static let modelName = "commerceai-embedded-1"
    public let kind = LLMProviderKind.embedded
    public let model = EmbeddedLLMProvider.modelName
    private let engine: EmbeddedEngine
    private let knowledge: KnowledgeBaseStore?

    /// - Parameter knowledge: tenants' knowledge bases for customer-service answers (none: answers without quotes).
    public init(engine: EmbeddedEngine = .shared, knowledge: KnowledgeBaseStore? = nil) {
        self.engine = engine
        self.knowledge = knowledge
    }

    public func complete(_ request: LLMRequest, context: LLMRequestContext) async throws -> LLMResponse {
        let index = await knowledge?.index(tenantId: context.tenantId) ?? BM25Index()
        let text = try answer(request, knowledge: index)
        let usage = TokenUsage(inputTokens: estimateTokens(request.system + request.messages.map(\.content).joined()), outputTokens: estimateTokens(text))
        return LLMResponse(text: text, provider: .embedded, model: model, usage: usage, costUSD: 0, finishReason: "stop")
    }

    public func streamEvents(_ request: LLMRequest, context: LLMRequestContext) -> AsyncThrowingStream<LLMStreamEvent, any Error> {
        let (stream, continuation) = AsyncThrowingStream<LLMStreamEvent, any Error>.makeStream()
        let task = Task {
            do {
                let response = try await complete(request, context: context)
                // Word-sized deltas, like a remote model's stream.
                var chunk = ""
                for character in response.text {
                    chunk.append(character)
                    if character == " " || character == "\n" {
                        continuation.yield(.delta(chunk))
                        chunk = ""
                    }
                }
                if !chunk.isEmpty { continuation.yield(.delta(chunk)) }
                continuation.yield(.completed(provider: .embedded, model: model, usage: response.usage))
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    // MARK: - Dispatch

    func answer(_ request: LLMRequest, knowledge: BM25Index) throws -> String {
        let task = request.task
        let variables = task?.variables ?? [:]
        let lastUser = request.messages.last { $0.role == .user }?.content ?? ""
        let customerText = task?.untrusted["customer_message"] ?? lastUser
        func language() -> Language {
            if let code = variables["language"], let language = Language(rawValue: String(code.prefix(2)).lowercased()) { return language }
            if let name = variables["language"]?.lowercased(), name.hasPrefix("fren") || name.hasPrefix("fran") { return .fr }
            if let name = variables["language"]?.lowercased(), name.hasPrefix("eng") || name.hasPrefix("angl") { return .en }
            return engine.detectLanguage(variables["product_name"] ?? variables["topic"] ?? customerText).language
        }

        switch task?.templateId {
        case PromptID.customerServiceClassify?:
            return Self.json(classification(customerText))
        case PromptID.conversationSummary?:
            let turns = (task?.untrusted["conversation"] ?? lastUser).split(separator: "\n").map { line -> ConversationTurn in
                let lowered = line.lowercased()
                for speaker in [ConversationTurn.Speaker.bot, .agent, .system] where lowered.hasPrefix(speaker.rawValue + ":") {
                    return ConversationTurn(speaker: speaker, text: String(line.dropFirst(speaker.rawValue.count + 1)))
                }
                let text = lowered.hasPrefix("customer:") ? String(line.dropFirst(9)) : String(line)
                return ConversationTurn(speaker: .customer, text: text)
            }
            return engine.summarise(turns).text
        case PromptID.productDescription?:
            return engine.composer.productDescription(brief(variables, language: language())).body
        case PromptID.seoMeta?:
            let meta = engine.composer.seoMeta(topic: variables["topic"] ?? "", summary: variables["summary"] ?? "",
                                               keywords: Self.list(variables["keywords"]), language: language())
            return Self.json(.object(["title": .string(meta.title), "description": .string(meta.description)]))
        case PromptID.socialPost?:
            let platform = AdPlatform(rawValue: variables["platform"]?.lowercased() ?? "") ?? .instagram
            return engine.composer.socialPost(brief(variables, language: language()), platform: platform).text
        case PromptID.adCopy?:
            let platform = AdPlatform(rawValue: variables["platform"]?.lowercased() ?? "") ?? .googleAds
            let creative = engine.composer.adCreative(brief(variables, language: language()), platform: platform)
            var object: [String: JSONValue] = [
                "headlines": .array(creative.headlines.map(JSONValue.string)),
                "descriptions": .array(creative.descriptions.map(JSONValue.string)),
            ]
            if let primary = creative.primaryText { object["primary_text"] = .string(primary) }
            return Self.json(.object(object))
        case PromptID.emailSubjects?:
            let suggestions = engine.composer.emailSubjects(topic: variables["topic"] ?? "", offer: variables["offer"].flatMap { $0.isEmpty ? nil : $0 }, language: language())
            return Self.json(.object(["subjects": .array(suggestions.subjects.map(JSONValue.string)), "preheader": .string(suggestions.preheader)]))
        default:
            if case .json = request.responseFormat { return Self.json(classification(customerText)) }
            let name = variables["customer_name"].flatMap { $0.isEmpty ? nil : $0 }
            return engine.respond(to: customerText, customerName: name, knowledge: knowledge).reply
        }
    }

    private func classification(_ text: String) -> JSONValue {
        let analysis = engine.analyse(text)
        return .object([
            "category": .string(analysis.intent.intent.rawValue),
            "confidence": .number((analysis.intent.confidence * 1000).rounded() / 1000),
            "sentiment": .object(["label": .string(analysis.sentiment.label.rawValue), "score": .number(analysis.sentiment.score)]),
            "language": .string(analysis.language.language.rawValue),
        ])
    }

    private func brief(_ variables: [String: String], language: Language) -> ProductBrief {
        func nonEmpty(_ key: String) -> String? { variables[key].flatMap { $0.isEmpty ? nil : $0 } }
        return ProductBrief(
            name: nonEmpty("product_name") ?? nonEmpty("topic") ?? "", category: nonEmpty("category"), brand: nonEmpty("brand"),
            features: Self.list(variables["features"]), price: nonEmpty("price").flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) },
            currency: nonEmpty("currency") ?? "EUR", keywords: Self.list(variables["keywords"]),
            tone: nonEmpty("tone").flatMap(Tone.init(rawValue:)) ?? .friendly, language: language, url: nonEmpty("url"), offer: nonEmpty("offer"))
    }

    static func list(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func json(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }
}
