/// The language of a text and how sure the detector is.
public struct LanguageDetection: Sendable, Hashable {
    public var language: Language
    /// In [0.5, 1]: 0.5 means no evidence either way (the default language was chosen).
    public var confidence: Double
}

/// Detects French or English from two signals: stop-word profiles (strong, per word) and a character-trigram
/// naive Bayes model trained on the shipped corpus (catches texts without stop words, accents included).
public struct LanguageDetector: Sendable {
    private var trigramLogProb: [Language: [UInt64: Double]] = [:]
    private var unseenLogProb: [Language: Double] = [:]
    public var defaultLanguage: Language

    static let stopwords: [Language: Set<String>] = [
        .fr: Set("""
        le la les un une des du de d l et est sont je j tu il elle nous vous ils elles mon ma mes ton ta tes son sa ses
        notre nos votre vos leur leurs ce cet cette ces qui que qu quoi ou où dans sur avec pour par pas ne n plus
        au aux en y a ai avons avez ont suis es etes etait ete fait faire bonjour merci mais donc car si tres
        toujours deja aussi encore rien depuis chez comment pourquoi quand est-ce svp voudrais souhaite avoir recu
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextNormalizer.fold(String($0)) }),
        .en: Set("""
        the a an and is are was were be been i you he she we they my your his her our their this that these those
        who what which where when why how in on at with for from by not no of to it its do does did have has had
        me us them can could would should will shall please thanks thank hello hi yet still already also just
        there here than then but so if any some get got im ive dont cant wont isnt
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String($0) }),
    ]

    /// Trains the trigram model on `samples` (text per language).
    public init(samples: [Language: [String]], defaultLanguage: Language = .fr) {
        self.defaultLanguage = defaultLanguage
        for (language, texts) in samples {
            var counts: [UInt64: Int] = [:]
            var total = 0
            for text in texts {
                Self.forEachTrigram(text) { key in
                    counts[key, default: 0] += 1
                    total += 1
                }
            }
            let vocabulary = Double(counts.count + 1)
            let denominator = Double(total) + vocabulary
            trigramLogProb[language] = counts.mapValues { log((Double($0) + 1) / denominator) }
            unseenLogProb[language] = log(1 / denominator)
        }
        let frenchUnseen = unseenLogProb[.fr] ?? -12, englishUnseen = unseenLogProb[.en] ?? -12
        unseenPair = (frenchUnseen, englishUnseen)
        var pairs: [UInt64: (fr: Double, en: Double)] = [:]
        for (key, value) in trigramLogProb[.fr] ?? [:] { pairs[key] = (value, trigramLogProb[.en]?[key] ?? englishUnseen) }
        for (key, value) in trigramLogProb[.en] ?? [:] where pairs[key] == nil { pairs[key] = (frenchUnseen, value) }
        trigramPairs = pairs
    }

    /// Both languages' log-probabilities of each known trigram (the unseen value where one language lacks it),
    /// so that scoring a text costs one lookup per trigram.
    private var trigramPairs: [UInt64: (fr: Double, en: Double)] = [:]
    private var unseenPair: (fr: Double, en: Double) = (-12, -12)
    private static let frenchStopwords = stopwords[.fr]!
    private static let englishStopwords = stopwords[.en]!

    /// The detected language; short or empty texts fall back to `defaultLanguage`.
    public func detect(_ text: String) -> LanguageDetection {
        detect(text, tokens: TextNormalizer.tokens(text))
    }

    func detect(_ text: String, tokens: [TextToken]) -> LanguageDetection {
        var frenchStops = 0.0, englishStops = 0.0
        for token in tokens {
            if Self.frenchStopwords.contains(token.folded) { frenchStops += 1 }
            if Self.englishStopwords.contains(token.folded) { englishStops += 1 }
        }
        var french = 0.0, english = 0.0
        var trigramCount = 0
        let pairs = trigramPairs, unseen = unseenPair
        Self.forEachTrigram(text) { key in
            trigramCount += 1
            let pair = pairs[key] ?? unseen
            french += pair.fr
            english += pair.en
        }
        // Evidence in nats: the trigram log-likelihood ratio, plus ~1.2 nats per distinctive stop word.
        var evidence = (french - english) + 1.2 * (frenchStops - englishStops)
        if trigramCount == 0 { evidence = 0 }
        if abs(evidence) < 0.5 {
            return LanguageDetection(language: defaultLanguage, confidence: 0.5)
        }
        let probabilityFrench = 1 / (1 + exp(-evidence))
        return evidence > 0
            ? LanguageDetection(language: .fr, confidence: probabilityFrench)
            : LanguageDetection(language: .en, confidence: 1 - probabilityFrench)
    }

    /// Calls `body` with each lower-cased character trigram of each word, padded with spaces (accents kept:
    /// they are the strongest single clue for French).
    static func forEachTrigram(_ text: String, _ body: (UInt64) -> Void) {
        var a: UInt32 = 32, b: UInt32 = 32
        var inWord = false
        for scalar in text.unicodeScalars {
            let ascii = scalar.value < 0x80
            let isLetter = ascii ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
            if isLetter {
                var value = scalar.value
                if value >= 0x41 && value <= 0x5A { value += 32 } else if value > 0x7F { value = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value }
                body(UInt64(a) << 42 | UInt64(b) << 21 | UInt64(value))
                a = b; b = value
                inWord = true
            } else if inWord {
                body(UInt64(a) << 42 | UInt64(b) << 21 | 32)
                a = 32; b = 32
                inWord = false
            }
        }
        if inWord { body(UInt64(a) << 42 | UInt64(b) << 21 | 32) }
    }
}

import Foundation
