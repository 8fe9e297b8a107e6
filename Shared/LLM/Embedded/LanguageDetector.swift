/// The language of a text and how sure the detector is.
public struct LanguageDetection: Sendable, Hashable {
    public var language: Language
    /// In [0.5, 1]: 0.5 means no evidence either way (the default language was chosen).
    public var confidence: Double
}

/// Detects French or English from two signals: stop-word profiles (strong, per word) and a character-trigram
/// naive Bayes model trained on the shipped corpus (catches texts without stop words, accents included).
public struct LanguageDetector: Sendable {
    /// Both languages' log-probabilities (French, English) of each known trigram, the unseen value where one
    /// language lacks it, so that scoring a text costs one lookup per trigram.
    private let trigrams: FeatureTable
    private let unseen: (fr: Double, en: Double)
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
        var writer = ModelImageWriter()
        Self.train(samples: samples, into: &writer)
        var reader = try! ModelImageReader(ModelMemory(copying: writer.bytes))
        try! self.init(reading: &reader, defaultLanguage: defaultLanguage)
    }

    /// The model ``train(samples:into:)`` wrote.
    init(reading reader: inout ModelImageReader, defaultLanguage: Language = .fr) throws {
        self.defaultLanguage = defaultLanguage
        trigrams = try FeatureTable(reading: &reader)
        guard trigrams.width == 2 else { throw ModelImageError.malformed("trigram rows of \(trigrams.width)") }
        let pair = try reader.array(of: Double.self, count: 2)
        unseen = (pair[0], pair[1])
    }

    /// Trains the trigram model on `samples` and writes it.
    static func train(samples: [Language: [String]], into writer: inout ModelImageWriter) {
        var logProb: [Language: [UInt64: Double]] = [:]
        var unseenLogProb: [Language: Double] = [:]
        for (language, texts) in samples {
            var counts: [UInt64: Int] = [:]
            var total = 0
            for text in texts {
                forEachTrigram(text) { key in
                    counts[key, default: 0] += 1
                    total += 1
                }
            }
            let vocabulary = Double(counts.count + 1)
            let denominator = Double(total) + vocabulary
            logProb[language] = counts.mapValues { log((Double($0) + 1) / denominator) }
            unseenLogProb[language] = log(1 / denominator)
        }
        let frenchUnseen = unseenLogProb[.fr] ?? -12, englishUnseen = unseenLogProb[.en] ?? -12
        var index: [UInt64: Int32] = [:]
        var rows: [Double] = []
        for (key, value) in logProb[.fr] ?? [:] {
            index[key] = Int32(index.count)
            rows += [value, logProb[.en]?[key] ?? englishUnseen]
        }
        for (key, value) in logProb[.en] ?? [:] where index[key] == nil {
            index[key] = Int32(index.count)
            rows += [frenchUnseen, value]
        }
        FeatureTable.write(index, weights: rows, width: 2, into: &writer)
        writer.append([frenchUnseen, englishUnseen])
    }

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
        let trigrams = trigrams, unseen = unseen
        Self.forEachTrigram(text) { key in
            trigramCount += 1
            if let row = trigrams.index(of: key) {
                french += Double(trigrams.rows[2 * row])
                english += Double(trigrams.rows[2 * row + 1])
            } else {
                french += unseen.fr
                english += unseen.en
            }
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
