import Foundation

/// A customer's request to speak to a person, and the words that showed it.
public struct HumanRequest: Sendable, Hashable {
    public var matchedPhrase: String
}

/// Detects requests for a human agent in French and English (`je veux parler à un conseiller`,
/// `talk to a real person`, `un humain svp`…), on folded text so accents and case do not matter.
public struct HumanRequestDetector: Sendable {
    // Each entry is a sequence of folded words that must appear in order, at most two words apart.
    private static let patterns: [[String]] = [
        // French
        ["parler", "conseiller"], ["parler", "conseillere"], ["parler", "humain"], ["parler", "quelqu", "un"],
        ["parler", "personne"], ["parler", "responsable"], ["parler", "agent"], ["parler", "vendeur"], ["parler", "operateur"],
        ["vrai", "personne"], ["vraie", "personne"], ["etre", "humain"], ["un", "humain"], ["une", "humaine"],
        ["conseiller", "humain"], ["agent", "humain"], ["interlocuteur", "humain"], ["joindre", "conseiller"],
        ["mettre", "relation"], ["passer", "conseiller"], ["passez", "conseiller"], ["appeler", "conseiller"],
        ["rappele"], ["rappeler", "moi"], ["rappelez", "moi"], ["service", "client", "humain"], ["pas", "robot"],
        ["marre", "robot"], ["marre", "bot"], ["pas", "bot"],
        // English
        ["talk", "human"], ["speak", "human"], ["talk", "person"], ["speak", "person"], ["talk", "someone"],
        ["speak", "someone"], ["talk", "agent"], ["speak", "agent"], ["talk", "representative"], ["speak", "representative"],
        ["real", "person"], ["real", "human"], ["human", "agent"], ["live", "agent"], ["live", "person"],
        ["customer", "service", "rep"], ["talk", "manager"], ["speak", "manager"], ["supervisor"], ["operator"],
        ["call", "me", "back"], ["not", "bot"], ["not", "robot"], ["stop", "bot"], ["no", "bot"],
    ]

    public init() {}

    public func detect(_ text: String) -> HumanRequest? {
        detect(tokens: TextNormalizer.tokens(text).map(\.folded))
    }

    func detect(tokens: [String]) -> HumanRequest? {
        for pattern in Self.patterns {
            var position = -1
            var matchedStart = -1
            var ok = true
            for word in pattern {
                let window = position < 0 ? tokens.count : min(tokens.count, position + 4)
                guard let found = (max(0, position + 1)..<max(max(0, position + 1), window)).first(where: { tokens[$0] == word }) else {
                    ok = false
                    break
                }
                if matchedStart < 0 { matchedStart = found }
                position = found
            }
            if ok, matchedStart >= 0 {
                return HumanRequest(matchedPhrase: tokens[matchedStart...position].joined(separator: " "))
            }
        }
        return nil
    }
}

/// A conversation turn for summarising.
public struct ConversationTurn: Sendable, Hashable {
    public enum Speaker: String, Sendable, Hashable { case customer, bot, agent, system }
    public var speaker: Speaker
    public var text: String
    public init(speaker: Speaker, text: String) {
        self.speaker = speaker
        self.text = text
    }
}

/// A short extractive summary: the customer's most informative sentences and the key entities.
public struct ConversationSummary: Sendable, Hashable {
    /// A few lines, the first naming the topic, the last listing entities when there are any.
    public var lines: [String]
    public var intent: CustomerIntent
    public var sentiment: SentimentResult
    public var entities: ExtractedEntities
    public var text: String { lines.joined(separator: "\n") }
}
