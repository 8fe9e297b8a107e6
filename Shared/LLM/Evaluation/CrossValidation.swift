import Foundation

/// Stratified k-fold cross-validation of the embedded engine over the whole labelled pool: the training sentences
/// and every held-out set (A–H, all development sets by now). The held-out sets are written by other people in
/// other styles than the corpus, so they are the part of the pool that looks most like the next blind set; the
/// report gives them apart (`held-out lines`) as well as the whole pool. A change to the engine is kept only when
/// these figures rise, never on one development set alone.
///
/// Each fold trains an engine on everything else (the seed keywords always stay in training) and scores the fold's
/// intent lines; sentiment is scored on the fold's held-out lines and, apart, on its sentiment-labelled training
/// lines (the lexicon is not trained, but the complaint prior uses the fold's intent classifier and the learned
/// sentiment layer the fold's other sentiment lines, so both are scored with an engine that never saw those lines).
public enum CrossValidation {
    /// Accuracy per language over the pool, and over its held-out-set lines only.
    public struct Report: Sendable {
        public struct Figures: Sendable {
            public var language: Language
            public var intentPool = Tally()
            public var intentHeldOut = Tally()
            public var sentimentHeldOut = Tally()
            /// Sentiment on the sentiment-labelled training lines (the seventh batch on).
            public var sentimentCorpus = Tally()
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
            var out = ["Cross-validation: \(folds) folds × \(repeats) repeats over the training sentences and held-out sets A–M",
                       "language  intent (pool)        intent (held-out lines)   sentiment (held-out lines)   sentiment (training lines)"]
            for f in languages {
                out.append(String(format: "%-9@ %5.1f %% (%5d)     %5.1f %% (%5d)           %5.1f %% (%5d)              %5.1f %% (%5d)", f.language.rawValue as NSString,
                                  f.intentPool.accuracy * 100, f.intentPool.total, f.intentHeldOut.accuracy * 100, f.intentHeldOut.total,
                                  f.sentimentHeldOut.accuracy * 100, f.sentimentHeldOut.total, f.sentimentCorpus.accuracy * 100, f.sentimentCorpus.total))
            }
            out.append(String(format: "mean training time per fold: %.0f ms", trainingMilliseconds))
            return out.joined(separator: "\n")
        }

        public func machineReadableLines() -> [String] {
            languages.flatMap { f in
                [String(format: "llm cv_intent_pool_%@=%.3f", f.language.rawValue, f.intentPool.accuracy),
                 String(format: "llm cv_intent_heldout_%@=%.3f", f.language.rawValue, f.intentHeldOut.accuracy),
                 String(format: "llm cv_sentiment_heldout_%@=%.3f", f.language.rawValue, f.sentimentHeldOut.accuracy),
                 String(format: "llm cv_sentiment_corpus_%@=%.3f", f.language.rawValue, f.sentimentCorpus.accuracy)]
            }
        }
    }

    /// One pool item: a training sentence (intent, and sentiment from the seventh batch on) or a held-out line
    /// (intent optional, sentiment).
    struct Item {
        var language: Language
        var text: String
        var intent: CustomerIntent?
        var sentiment: SentimentLabel?
        var heldOut: Bool
    }

    static var pool: [Item] {
        TrainingCorpus.intentOnlySentences.map { Item(language: $0.0, text: $0.1.text, intent: $0.1.intent, sentiment: nil, heldOut: false) }
            + TrainingCorpus.seventhBatch.map { Item(language: $0.language, text: $0.text, intent: $0.intent, sentiment: $0.sentiment, heldOut: false) }
            // The eighth batch trains the sentiment layer only (its categories lowered intent on set J), as shipped.
            + TrainingCorpus.eighthBatch.map { Item(language: $0.language, text: $0.text, intent: nil, sentiment: $0.sentiment, heldOut: false) }
            + EmbeddedEngineEvaluation.heldOut.map { Item(language: $0.language, text: $0.text, intent: $0.intent, sentiment: $0.sentiment, heldOut: true) }
    }

    /// Runs `folds`-fold cross-validation `repeats` times (different deterministic shuffles), stratified by
    /// language, intent and origin (corpus or held-out). The sentiment layer of each fold learns from the fold's
    /// other sentiment-labelled lines: the training ones and, when `sentimentFromHeldOut`, the held-out ones too
    /// (as the intent classifier does); without them it learns from the training lines alone, as the shipped one.
    public static func run(folds: Int = 5, repeats: Int = 1, options: IntentClassifier.Options = IntentClassifier.Options(),
                           sentimentOptions: SentimentModel.Options = SentimentModel.Options(), sentimentFromHeldOut: Bool = true) -> Report {
        let items = pool
        var figures = Language.allCases.map { Report.Figures(language: $0) }
        let clock = ContinuousClock()
        var trainingTime = Duration.zero
        for repeatIndex in 0..<repeats {
            // Stratified assignment: shuffle each stratum with a fixed seed, then deal its members round-robin.
            var strata: [String: [Int]] = [:]
            for (index, item) in items.enumerated() {
                strata["\(item.language.rawValue)|\(item.intent?.rawValue ?? "-")|\(item.heldOut ? "h" : "c")", default: []].append(index)
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
                var sentimentTraining: [SentimentLabelledMessage] = []
                for (index, item) in items.enumerated() where fold[index] != k {
                    if let intent = item.intent { training.append((item.language, LabelledMessage(text: item.text, intent: intent))) }
                    if let sentiment = item.sentiment, sentimentFromHeldOut || !item.heldOut {
                        sentimentTraining.append(SentimentLabelledMessage(language: item.language, text: item.text, intent: item.intent, sentiment: sentiment))
                    }
                }
                training += EmbeddedEngine.trainingKeywords
                let start = clock.now
                let engine = EmbeddedEngine(training: training, options: options, sentimentTraining: sentimentTraining, sentimentOptions: sentimentOptions)
                trainingTime += clock.now - start
                for (index, item) in items.enumerated() where fold[index] == k {
                    let slot = Language.allCases.firstIndex(of: item.language)!
                    if let intent = item.intent {
                        let ok = engine.classify(item.text).intent == intent
                        figures[slot].intentPool.add(ok)
                        if item.heldOut { figures[slot].intentHeldOut.add(ok) }
                    }
                    if let expected = item.sentiment {
                        let ok = engine.sentiment(item.text, language: item.language).label == expected
                        if item.heldOut { figures[slot].sentimentHeldOut.add(ok) } else { figures[slot].sentimentCorpus.add(ok) }
                    }
                }
            }
        }
        let runs = Double(folds * repeats)
        let milliseconds = (Double(trainingTime.components.seconds) * 1000 + Double(trainingTime.components.attoseconds) / 1e15) / runs
        return Report(folds: folds, repeats: repeats, languages: figures, trainingMilliseconds: milliseconds)
    }
}

// MARK: - Sentiment calibration

extension CrossValidation {
    /// Leave-one-set-out validation of the sentiment rule constants (``SentimentAnalyzer/Calibration``): for each
    /// held-out set, the constants that score best on the other sets are scored on it. The lexicon is not
    /// trained, so this is the honest test of a calibration: a constant that only suits the set it is tuned on
    /// loses here. The intent classifier (for the complaint prior) is the shipped one, never trained on a
    /// held-out line.
    public static func calibrateSentiment(engine: EmbeddedEngine = .shared, grid: [SentimentAnalyzer.Calibration]) -> String {
        struct Prepared {
            var set: Int
            var language: Language
            var tokens: [TextToken]
            var expected: SentimentLabel
            /// The intent confidence when the message is a stated problem at any confidence, else nil.
            var complaint: Double?
            var intent: CustomerIntent
            var emoji: Double
            var sarcasm: Bool
        }
        let sets = [EmbeddedEngineEvaluation.heldOutA, EmbeddedEngineEvaluation.heldOutB, EmbeddedEngineEvaluation.heldOutC,
                    EmbeddedEngineEvaluation.heldOutD, EmbeddedEngineEvaluation.heldOutE, EmbeddedEngineEvaluation.heldOutF,
                    EmbeddedEngineEvaluation.heldOutG]
        var prepared: [Prepared] = []
        for (index, examples) in sets.enumerated() {
            for example in examples {
                let tokens = TextNormalizer.tokens(example.text)
                let intent = engine.intentClassifier.classify(tokens: tokens)
                prepared.append(Prepared(
                    set: index, language: example.language, tokens: tokens, expected: example.sentiment,
                    complaint: EmbeddedEngine.isComplaint(intent, tokens: tokens, minimumConfidence: 0) ? intent.confidence : nil, intent: intent.intent,
                    emoji: SentimentAnalyzer.emojiValence(example.text) + SentimentAnalyzer.punctuationValence(example.text),
                    sarcasm: SentimentAnalyzer.hasSarcasmEmoji(example.text)))
            }
        }
        // correct[combination][set][language]
        var correct = [[[Int]]](repeating: [[Int]](repeating: [0, 0], count: sets.count), count: grid.count)
        var totals = [[Int]](repeating: [0, 0], count: sets.count)
        for item in prepared { totals[item.set][Language.allCases.firstIndex(of: item.language)!] += 1 }
        var analyzer = engine.sentimentAnalyzer
        for (c, calibration) in grid.enumerated() {
            analyzer.calibration = calibration
            for item in prepared {
                let complaint = (item.complaint ?? -1) >= calibration.complaintConfidence ? EmbeddedEngine.complaintValence(for: item.intent, calibration) : 0
                let label = analyzer.analyse(tokens: item.tokens, language: item.language, complaint: complaint, emoji: item.emoji, sarcasm: item.sarcasm).label
                if label == item.expected { correct[c][item.set][Language.allCases.firstIndex(of: item.language)!] += 1 }
            }
        }
        func describe(_ k: SentimentAnalyzer.Calibration) -> String {
            String(format: "complaint %.2f (from confidence %.1f), technical %.2f, account %.2f, payment %.2f, persistence %.2f, threshold %.2f, closing thanks %.1f, clause-bound negation %@, mild negative in a question %.1f, plain reply up to %d words",
                   k.complaint, k.complaintConfidence, k.technicalComplaint, k.accountComplaint, k.paymentComplaint, k.persistence, k.threshold, k.closingThanks,
                   k.negationStopsAtClause ? "yes" : "no", k.mildNegativeInQuestion, k.plainReplyLength)
        }
        var out: [String] = []
        let names = ["A", "B", "C", "D", "E", "F", "G"]
        var shipped = [0, 0], loso = [0, 0], all = [0, 0]
        let current = grid.firstIndex(of: engine.sentimentAnalyzer.calibration) ?? 0
        for s in sets.indices {
            var best = 0, bestScore = -1
            for c in grid.indices {
                var score = 0
                for other in sets.indices where other != s { score += correct[c][other][0] + correct[c][other][1] }
                if score > bestScore { best = c; bestScore = score }
            }
            for l in 0..<2 { loso[l] += correct[best][s][l]; shipped[l] += correct[current][s][l]; all[l] += totals[s][l] }
            out.append(String(format: "held out %@: fr %.3f → %.3f, en %.3f → %.3f with %@", names[s],
                              Double(correct[current][s][0]) / Double(totals[s][0]), Double(correct[best][s][0]) / Double(totals[s][0]),
                              Double(correct[current][s][1]) / Double(totals[s][1]), Double(correct[best][s][1]) / Double(totals[s][1]), describe(grid[best])))
        }
        var best = 0, bestScore = -1
        for c in grid.indices {
            let score = sets.indices.reduce(0) { $0 + correct[c][$1][0] + correct[c][$1][1] }
            if score > bestScore { best = c; bestScore = score }
        }
        out.append(String(format: "leave-one-set-out: fr %.3f → %.3f, en %.3f → %.3f (current → chosen on the other sets)",
                          Double(shipped[0]) / Double(all[0]), Double(loso[0]) / Double(all[0]), Double(shipped[1]) / Double(all[1]), Double(loso[1]) / Double(all[1])))
        out.append("current: " + describe(grid[current]))
        out.append("best on all sets: " + describe(grid[best]) + String(format: " (fr %.3f, en %.3f)",
            Double(sets.indices.reduce(0) { $0 + correct[best][$1][0] }) / Double(all[0]), Double(sets.indices.reduce(0) { $0 + correct[best][$1][1] }) / Double(all[1])))
        return out.joined(separator: "\n")
    }

    /// The default search grid around the shipped calibration.
    public static var sentimentGrid: [SentimentAnalyzer.Calibration] {
        var grid: [SentimentAnalyzer.Calibration] = [SentimentAnalyzer.Calibration()]
        for complaint in [-0.8, -0.6] {
            for confidence in [0.5, 0.6, 0.7] {
                for clause in [false, true] {
                    for question in [1.0, 0.5, 0.0] {
                        for persistence in [-0.7, -1.0] {
                            for threshold in [0.25, 0.3] {
                                for closing in [1.0, 0.4] {
                                  for plain in [0, 5, 6, 7, 8] {
                                    var k = SentimentAnalyzer.Calibration()
                                    k.plainReplyLength = plain
                                    k.complaint = complaint; k.complaintConfidence = confidence; k.mildNegativeInQuestion = question
                                    k.negationStopsAtClause = clause; k.persistence = persistence; k.threshold = threshold; k.closingThanks = closing
                                    if k != grid[0] { grid.append(k) }
                                  }
                                }
                            }
                        }
                    }
                }
            }
        }
        return grid
    }
}
