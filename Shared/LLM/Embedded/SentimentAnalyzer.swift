import Foundation

/// positive / neutral / negative, as in the API's `sentiment.label`.
public enum SentimentLabel: String, Sendable, Hashable, Codable, CaseIterable {
    case positive, neutral, negative
}

/// The API's sentiment shape: `{label, score}` with `score` in [-1, 1].
public struct SentimentResult: Sendable, Hashable, Codable {
    public var label: SentimentLabel
    public var score: Double
}

/// Lexicon sentiment for French and English, in the manner of VADER: word valences in [-3, 3], negation that
/// flips (and dampens) what follows within three words (`pas content`, `not happy`, `ne … pas`), intensifiers
/// and downtoners, contrast (`mais`, `but` weight the second clause), exclamation marks and words in capitals,
/// and fixed phrases (`pas terrible`, `fed up`, `merci d'avance` = neutral politeness).
public struct SentimentAnalyzer: Sendable {
    private let words: [Language: [String: Double]]
    private let phrases: [Language: [[String]: Double]]
    /// First stems of the phrases, so most tokens skip the phrase lookup.
    private let phraseStarts: [Language: Set<String>]
    private let maxPhraseLength = 4

    /// Compound score at or beyond which a text is positive (or, negated, negative).
    public var threshold: Double = 0.25

    public init() {
        var words: [Language: [String: Double]] = [:]
        var phrases: [Language: [[String]: Double]] = [:]
        for (language, text) in [(Language.fr, SentimentLexicon.french), (.en, SentimentLexicon.english)] {
            var w: [String: Double] = [:]
            var p: [[String]: Double] = [:]
            for line in text.split(separator: "\n") {
                guard let separator = line.lastIndex(of: " "), let value = Double(line[line.index(after: separator)...]) else { continue }
                let stems = TextNormalizer.stems(String(line[..<separator]))
                if stems.count == 1 { w[stems[0]] = value } else if stems.count > 1 { p[stems] = value }
            }
            words[language] = w
            phrases[language] = p
        }
        self.words = words
        self.phrases = phrases
        self.phraseStarts = phrases.mapValues { Set($0.keys.compactMap(\.first)) }
    }

    /// - Parameter complaint: the message reports a problem (a problem category, stated rather than asked);
    ///   customer-service complaints read as mildly negative even without an emotional word.
    public func analyse(_ text: String, language: Language, complaint: Bool = false) -> SentimentResult {
        analyse(tokens: TextNormalizer.tokens(text), language: language, complaint: complaint)
    }

    /// The valence a stated problem report adds.
    static let complaintValence = -0.8

    func analyse(tokens: [TextToken], language: Language, complaint: Bool = false) -> SentimentResult {
        let lexicon = words[language]!
        let phraseBook = phrases[language]!
        let starts = phraseStarts[language]!
        let negators = SentimentLexicon.negators[language]!
        let intensifiers = SentimentLexicon.intensifiers[language]!
        let downtoners = SentimentLexicon.downtoners[language]!
        let contrasts = SentimentLexicon.contrasts[language]!

        var total = 0.0
        var negationLeft = 0
        var boost = 1.0
        var boostLeft = 0
        var exclamations = 0
        var positiveSeen = false
        // Words of praise inside a question ("is delivery fast?") express no opinion yet: halve them.
        let sentenceIsQuestion = Self.questionFlags(tokens)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            if token.trailingPunctuation == "!" { exclamations += 1 }
            // Fixed phrases first, longest match.
            var matched = false
            var length = starts.contains(token.stem) ? min(maxPhraseLength, tokens.count - i) : 0
            while length >= 2 {
                let key = tokens[i..<(i + length)].map(\.stem)
                if let value = phraseBook[key] {
                    let damped = value > 0 && sentenceIsQuestion[i] ? value * 0.5 : value
                    if value > 0 { positiveSeen = true }
                    total += damped * boost
                    for t in tokens[i..<(i + length)] where t.trailingPunctuation == "!" && t != token { exclamations += 1 }
                    i += length
                    negationLeft = 0
                    boost = 1; boostLeft = 0
                    matched = true
                    break
                }
                length -= 1
            }
            if matched { continue }

            let stem = token.stem
            if contrasts.contains(token.folded) {
                total *= 0.5
                i += 1
                continue
            }
            var valence = lexicon[stem] ?? 0
            if valence != 0 {
                if negationLeft > 0 { valence *= -0.75 }
                if boostLeft > 0 { valence *= boost }
                if token.isShouted { valence *= 1.4 }
                if valence > 0 && sentenceIsQuestion[i] { valence *= 0.5 }
                if valence > 0 { positiveSeen = true }
                total += valence
                boost = 1; boostLeft = 0
            }
            if negators.contains(token.folded) {
                negationLeft = 4  // this token and the three after it
            } else if let factor = intensifiers[token.folded] {
                boost = factor; boostLeft = 3
            } else if let factor = downtoners[token.folded] {
                boost = factor; boostLeft = 3
            }
            if negationLeft > 0 { negationLeft -= 1 }
            if boostLeft > 0 { boostLeft -= 1 }
            if token.trailingPunctuation == "." || token.trailingPunctuation == "?" { negationLeft = 0 }
            i += 1
        }
        if complaint, !positiveSeen { total += Self.complaintValence }
        if total != 0, exclamations > 0 {
            total += (total > 0 ? 1 : -1) * 0.35 * Double(min(exclamations, 3))
        }
        let score = total / (total * total + 6).squareRoot()
        let label: SentimentLabel = score >= threshold ? .positive : (score <= -threshold ? .negative : .neutral)
        return SentimentResult(label: label, score: (score * 1000).rounded() / 1000)
    }

    /// For each token, whether its sentence ends with a question mark.
    static func questionFlags(_ tokens: [TextToken]) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count + 1)
        var current = false
        for index in stride(from: tokens.count - 1, through: 0, by: -1) {
            switch tokens[index].trailingPunctuation {
            case "?": current = true
            case ".", "!": current = false
            default: break
            }
            flags[index] = current
        }
        return flags
    }
}
