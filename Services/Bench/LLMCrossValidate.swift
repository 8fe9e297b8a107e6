import ArgumentParser
import Foundation
import LLM

/// `commerce-bench llm-crossval`: stratified k-fold cross-validation of the embedded engine over the training
/// sentences and the held-out sets together (see ``CrossValidation``), the guide for tuning changes that must
/// generalise to the next blind set.
struct LLMCrossValidate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llm-crossval",
        abstract: "Cross-validate the embedded language engine over the training corpus and the held-out sets.")

    @Option(help: "Number of folds.")
    var folds: Int = 5

    @Option(help: "Repeats with different deterministic shuffles.")
    var repeats: Int = 1

    @Option(help: "Intent classifier L2 penalty (default: the shipped setting).")
    var l2: Double?

    @Option(help: "Weight of the naive Bayes scores mixed into the intent classifier (default: the shipped setting).")
    var bayesWeight: Double?

    @Option(help: "Intent classifier training epochs (default: the shipped setting).")
    var epochs: Int?

    @OptionGroup var sentiment: SentimentLayerOptions

    @Flag(help: "Train each fold's sentiment layer on the training lines only, as the shipped engine (default: also on the fold's other held-out lines).")
    var sentimentCorpusOnly = false

    @Flag(help: "Leave-one-set-out search of the sentiment calibration instead of the k-fold run.")
    var sentimentCalibration = false

    mutating func run() async throws {
        if sentimentCalibration {
            print(CrossValidation.calibrateSentiment(grid: CrossValidation.sentimentGrid))
            return
        }
        guard folds >= 2, repeats >= 1 else { throw ValidationError("--folds must be at least 2 and --repeats at least 1") }
        var options = IntentClassifier.Options()
        if let l2 { options.l2 = l2 }
        if let bayesWeight { options.bayesWeight = bayesWeight }
        if let epochs { options.epochs = epochs }
        let report = CrossValidation.run(folds: folds, repeats: repeats, options: options, sentimentOptions: sentiment.options,
                                         sentimentFromHeldOut: !sentimentCorpusOnly)
        print(report.table())
        print("")
        report.machineReadableLines().forEach { print($0) }
    }
}
