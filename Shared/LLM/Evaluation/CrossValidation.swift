import Foundation

/// Stratified k-fold cross-validation of the embedded engine over the whole labelled pool: the training sentences
/// and every held-out set (A–F, all development sets by now). The held-out sets are written by other people in
/// other styles than the corpus, so they are the part of the pool that looks most like the next blind set; the
/// report gives them apart (`held-out lines`) as well as the whole pool. A change to the engine is kept only when
/// these figures rise, never on one development set alone.
///
/// Each fold trains an engine on everything else (the seed keywords always stay in training) and scores the fold's
/// intent lines; sentiment is scored on the fold's held-out lines (the lexicon is not trained, but the complaint
/// prior uses the fold's intent classifier, so it is scored with the engine that never saw those lines).
public enum CrossValidation {
    /// Accuracy per language over the pool, and over its held-out-set lines only.
    public struct Report: Sendable {
        public struct Figures: Sendable {
            public var language: Language
            public var intentPool = Tally()
            public var intentHeldOut = Tally()
            public var sentimentHeldOut = Tally()
        }
        public struct Tally: Sendable {
            public var correct = 0
            public var total = 0
            public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
            mutating func add(_ ok: Bool) { total += 1; if ok { correct += 1 } }
        }
        public var folds: Int
        public var repeats: Int
        public var languages: [Figures]
        /// Mean time to train one fold's engine.
        public var trainingMilliseconds: Double

        public func table() -> String {
            var out = ["Cross-validation: \(folds) folds × \(repeats) repeats over the training sentences and held-out sets A–F",
                       "language  intent (pool)        intent (held-out lines)   sentiment (held-out lines)"]
            for f in languages {
                out.append(String(format: "%-9@ %5.1f %% (%5d)     %5.1f %% (%5d)           %5.1f %% (%5d)", f.language.rawValue as NSString,
                                  f.intentPool.accuracy * 100, f.intentPool.total, f.intentHeldOut.accuracy * 100, f.intentHeldOut.total,
                                  f.sentimentHeldOut.accuracy * 100, f.sentimentHeldOut.total))
            }
            out.append(String(format: "mean training time per fold: %.0f ms", trainingMilliseconds))
            return out.joined(separator: "\n")
        }

        public func machineReadableLines() -> [String] {
            languages.flatMap { f in
                [String(format: "llm cv_intent_pool_%@=%.3f", f.language.rawValue, f.intentPool.accuracy),
                 String(format: "llm cv_intent_heldout_%@=%.3f", f.language.rawValue, f.intentHeldOut.accuracy),
                 String(format: "llm cv_sentiment_heldout_%@=%.3f", f.language.rawValue, f.sentimentHeldOut.accuracy)]
            }
        }
    }

    /// One pool item: a training sentence (intent only) or a held-out line (intent optional, sentiment).
    struct Item {
        var language: Language
        var text: String
        var intent: CustomerIntent?
        var sentiment: SentimentLabel?
    }

    static var pool: [Item] {
        EmbeddedEngine.trainingSentences.map { Item(language: $0.0, text: $0.1.text, intent: $0.1.intent, sentiment: nil) }
            + EmbeddedEngineEvaluation.heldOut.map { Item(language: $0.language, text: $0.text, intent: $0.intent, sentiment: $0.sentiment) }
    }

    /// Runs `folds`-fold cross-validation `repeats` times (different deterministic shuffles), stratified by
    /// language, intent and origin (corpus or held-out).
    public static func run(folds: Int = 5, repeats: Int = 1, options: IntentClassifier.Options = IntentClassifier.Options()) -> Report {
        let items = pool
        var figures = Language.allCases.map { Report.Figures(language: $0) }
        let clock = ContinuousClock()
        var trainingTime = Duration.zero
        for repeatIndex in 0..<repeats {
            // Stratified assignment: shuffle each stratum with a fixed seed, then deal its members round-robin.
            var strata: [String: [Int]] = [:]
            for (index, item) in items.enumerated() {
                strata["\(item.language.rawValue)|\(item.intent?.rawValue ?? "-")|\(item.sentiment == nil ? "c" : "h")", default: []].append(index)
            }
            var fold = [Int](repeating: 0, count: items.count)
            var rng = SplitMix64(seed: 0xC0FFEE &+ UInt64(repeatIndex))
            for key in strata.keys.sorted() {
                var members = strata[key]!
                for i in stride(from: members.count - 1, to: 0, by: -1) { members.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
                let offset = Int(rng.next() % UInt64(folds))
                for (position, member) in members.enumerated() { fold[member] = (position + offset) % folds }
            }
            for k in 0..<folds {
                var training: [(Language, LabelledMessage)] = []
                for (index, item) in items.enumerated() where fold[index] != k {
                    if let intent = item.intent { training.append((item.language, LabelledMessage(text: item.text, intent: intent))) }
                }
                training += EmbeddedEngine.trainingKeywords
                let start = clock.now
                let engine = EmbeddedEngine(training: training, options: options)
                trainingTime += clock.now - start
                for (index, item) in items.enumerated() where fold[index] == k {
                    let slot = Language.allCases.firstIndex(of: item.language)!
                    if let intent = item.intent {
                        let ok = engine.classify(item.text).intent == intent
                        figures[slot].intentPool.add(ok)
                        if item.sentiment != nil { figures[slot].intentHeldOut.add(ok) }
                    }
                    if let expected = item.sentiment {
                        figures[slot].sentimentHeldOut.add(engine.sentiment(item.text, language: item.language).label == expected)
                    }
                }
            }
        }
        let runs = Double(folds * repeats)
        let milliseconds = (Double(trainingTime.components.seconds) * 1000 + Double(trainingTime.components.attoseconds) / 1e15) / runs
        return Report(folds: folds, repeats: repeats, languages: figures, trainingMilliseconds: milliseconds)
    }
}
