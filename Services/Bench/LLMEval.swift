import ArgumentParser
import Foundation
import LLM

/// `commerce-bench llm-eval`: the embedded engine's accuracy on a held-out set (per language, with confusion
/// matrices; by default set M, see ``HeldOutSelection``) and the latency of a full customer-service answer. Prints a readable table, then
/// machine-readable `llm key=value` lines. Build in release mode for meaningful timings.
struct LLMEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llm-eval",
        abstract: "Evaluate the embedded language engine: intent and sentiment accuracy on held-out data, respond latency.")

    @Option(help: "Timed iterations of the respond pipeline.")
    var iterations: Int = 5000

    @Option(help: "Untimed warm-up iterations.")
    var warmup: Int = 500

    @Option(help: "Held-out set to score: m (default, scored blind once), all (A–M), a to l (development sets since their one blind run each).")
    var set: String = "m"

    @Flag(help: "List every misclassified example.")
    var errors = false

    @Flag(help: "Skip the latency benchmark.")
    var skipLatency = false

    @OptionGroup var sentiment: SentimentLayerOptions

    mutating func run() async throws {
        guard let selection = HeldOutSelection(rawValue: set.lowercased()) else {
            throw ValidationError("--set must be one of: \(HeldOutSelection.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let clock = ContinuousClock()
        let trainingStart = clock.now
        var engine = EmbeddedEngine.shared
        if sentiment.isSet {
            engine = EmbeddedEngine(training: EmbeddedEngine.trainingSentences + EmbeddedEngine.trainingKeywords, sentimentOptions: sentiment.options)
        }
        _ = engine.classify("warm up")
        let trainingTime = clock.now - trainingStart

        let report = EmbeddedEngineEvaluation.run(engine: engine, set: selection)
        print(report.table(showErrors: errors))
        print("")
        var lines = report.machineReadableLines()
        lines.append(String(format: "llm training_ms=%.1f", Double(trainingTime.components.attoseconds) / 1e15 + Double(trainingTime.components.seconds) * 1000))
        if !skipLatency {
            let latency = EmbeddedEngineEvaluation.measureRespondLatency(engine: engine, iterations: iterations, warmup: warmup)
            print(String(format: "respond latency over %d iterations (%d FAQ documents): p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                         latency.iterations, latency.documents, latency.p50Milliseconds, latency.p99Milliseconds, latency.maxMilliseconds))
            print("")
            lines += latency.machineReadableLines()
        }
        lines.forEach { print($0) }
    }
}
