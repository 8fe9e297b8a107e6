import ArgumentParser

/// `commerce-bench`: the measurements `./deploy/deploy.sh bench` runs and prints, each printing
/// machine-readable `area who figure=value` lines the script collects into its table.
@main
struct CommerceBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commerce-bench",
        abstract: "CommerceAI benchmarks and evaluations.",
        subcommands: [MessagingBench.self, LLMEval.self, LLMCrossValidate.self, LLMAnalyse.self])
}
