import ArgumentParser
import LLM

/// The learned sentiment layer's settings a tuning command may override (`llm-eval`, `llm-crossval`).
struct SentimentLayerOptions: ParsableArguments {
    @Option(help: "Margin by which the learned sentiment layer must beat the lexicon's label to overrule it; 1 = lexicon only (default: the shipped setting).")
    var sentimentMargin: Double?

    @Option(help: "Sentiment layer L2 penalty (default: the shipped setting).")
    var sentimentL2: Double?

    @Option(help: "Sentiment layer training epochs (default: the shipped setting).")
    var sentimentEpochs: Int?

    @Option(help: "Whether the sentiment layer may only move a label by one step (default: the shipped setting).")
    var sentimentAdjacentOnly: Bool?

    /// Whether any setting differs from the shipped engine's.
    var isSet: Bool { sentimentMargin != nil || sentimentL2 != nil || sentimentEpochs != nil || sentimentAdjacentOnly != nil }

    /// The shipped settings with these overrides.
    var options: SentimentModel.Options {
        var options = SentimentModel.Options()
        if let sentimentMargin { options.margin = sentimentMargin }
        if let sentimentL2 { options.l2 = sentimentL2 }
        if let sentimentEpochs { options.epochs = sentimentEpochs }
        if let sentimentAdjacentOnly { options.adjacentOnly = sentimentAdjacentOnly }
        return options
    }
}
