import ArgumentParser
import Foundation
import LLM

/// `commerce-bench llm-analyse <text>...`: what the embedded engine reads in each message (language, intent with
/// confidence, sentiment with score), for looking into one case while working on the engine.
struct LLMAnalyse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "llm-analyse",
        abstract: "Print the embedded engine's language, intent and sentiment for each message.")

    @Argument(help: "Messages to analyse.")
    var messages: [String]

    @OptionGroup var sentiment: SentimentLayerOptions

    mutating func run() async throws {
        var engine = EmbeddedEngine.shared
        if sentiment.isSet {
            engine = EmbeddedEngine(training: EmbeddedEngine.trainingSentences + EmbeddedEngine.trainingKeywords, sentimentOptions: sentiment.options)
        }
        for message in messages {
            let analysis = engine.analyse(message)
            print(String(format: "%@  %@ (%.2f)  %@ (%.3f)  %@", analysis.language.language.rawValue, analysis.intent.intent.rawValue,
                         analysis.intent.confidence, analysis.sentiment.label.rawValue, analysis.sentiment.score, message))
        }
    }
}
