import Foundation
import LLM

/// When the bot hands a conversation to a person, and why, from the thresholds of ``ConversationsConfig``.
/// In order of precedence: the customer asks for a person; a refund above `SAV_REFUND_ESCALATION_AMOUNT`; strongly
/// negative sentiment; `SAV_MAX_UNHELPFUL_ANSWERS` unhelpful answers in a row; low classification confidence.
struct EscalationPolicy: Sendable {
    var refundAmount: Double
    var negativeSentiment: Double
    var lowConfidence: Double
    var maxUnhelpfulAnswers: Int

    init(config: ConversationsConfig) {
        refundAmount = config.refundEscalationAmount
        negativeSentiment = config.negativeSentimentThreshold
        lowConfidence = config.lowConfidenceThreshold
        maxUnhelpfulAnswers = config.maxUnhelpfulAnswers
    }

    /// Words of a refund request, folded (the classifier may file "refund my 250 € order" under another category).
    static let refundStems = ["rembours", "refund", "money back", "argent"]

    /// The reason to escalate this turn, if any. `unhelpfulStreak` counts this turn's answer already.
    func reason(for analysis: MessageAnalysis, message: String, unhelpfulStreak: Int) -> EscalationReason? {
        if analysis.humanRequest != nil { return .customerRequestedHuman }
        if let largest = analysis.entities.amounts.map(\.value).max(), largest > refundAmount {
            let folded = TextNormalizer.fold(message)
            if analysis.intent.intent == .refundRequest || Self.refundStems.contains(where: { folded.contains($0) }) {
                return .refundAboveThreshold
            }
        }
        if analysis.sentiment.score <= negativeSentiment { return .veryNegativeSentiment }
        if unhelpfulStreak >= maxUnhelpfulAnswers { return .repeatedFailure }
        if analysis.intent.confidence < lowConfidence { return .lowConfidence }
        return nil
    }

    /// What a reason means, in the customer's language, for the agent's summary and the API.
    static func explanation(_ reason: EscalationReason, french: Bool) -> String {
        switch reason {
        case .customerRequestedHuman: french ? "le client demande un conseiller" : "the customer asked for a person"
        case .refundAboveThreshold: french ? "remboursement au-dessus du seuil" : "refund above the threshold"
        case .veryNegativeSentiment: french ? "client très mécontent" : "very negative sentiment"
        case .repeatedFailure: french ? "plusieurs réponses sans solution" : "several unhelpful answers in a row"
        case .lowConfidence: french ? "demande mal comprise par le bot" : "the bot is not confident it understood"
        }
    }
}
