import Advertising
import Analysis
import CommerceModels
import Content
import CustomerService
import Email
import Foundation
import Gateway
import HealthMonitor
import LLM
import Pages

/// `commerceai`: the one executable of the eight daemons; it runs the daemon its name says.
///
/// The deploy scripts and the container image start it through symbolic links named after the daemons
/// (`gateway -> commerceai`), so `ps`, pid files and logs keep each daemon's name, and the eight processes share the
/// pages of one binary (README.md, "Memory"). `commerceai <daemon>` runs a daemon without a link. Any other name
/// prints the usage on standard error and exits with 64 (EX_USAGE).
@main
enum CommerceAI {
    static func main() async throws {
        let arguments = CommandLine.arguments
        switch DaemonSelection(arguments: arguments) {
        case .daemon(let service, let byArgument):
            if byArgument { nameProcess(service.name) }
            configureEngineModel()
            try await run(service)
        case .engineModel(let path):
            try EngineModelStore.writeModel(to: path)
        case .help:
            print(usage)
        case .unknown(let name):
            let message = "commerceai: unknown daemon \(name.map { "'\($0)'" } ?? "(none given)")\n\(usage)\n"
            FileHandle.standardError.write(Data(message.utf8))
            exit(64)
        }
    }

    /// Runs `service` until SIGTERM or SIGINT. The switch is exhaustive: a new `ServiceIdentity` needs its entry here.
    static func run(_ service: ServiceIdentity) async throws {
        switch service {
        case .gateway: try await GatewayDaemon.run()
        case .healthMonitor: try await HealthMonitorDaemon.run()
        case .customerService: try await CustomerServiceAgent.run()
        case .advertising: try await AdvertisingAgent.run()
        case .content: try await ContentAgent.run()
        case .analysis: try await AnalysisAgent.run()
        case .pages: try await PagesAgent.run()
        case .email: try await EmailAgent.run()
        }
    }

    /// The embedded language engine of a daemon maps its model from `ENGINE_MODEL_DIR` (default `DATA_DIR`, default
    /// `data`), trained there by `commerceai engine-model <path>` when this build's file is missing (see
    /// ``EngineModelStore``).
    static func configureEngineModel() {
        let environment = ProcessInfo.processInfo.environment
        let directory = environment["ENGINE_MODEL_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["DATA_DIR"] ?? "data"
        #if os(Linux)
        EngineModelStore.configured = EngineModelStore(directory: directory, trainer: "/proc/self/exe")
        #endif
    }

    static var usage: String {
        """
        usage: commerceai <daemon>   (or a link named after the daemon, e.g. gateway -> commerceai)
               commerceai engine-model <path>   (train the language engine's model into a file; daemons do it)
        daemons: \(ServiceIdentity.allCases.map(\.name).joined(separator: ", "))
        Each daemon is configured by environment variables (README.md, "Configuration").
        """
    }

    /// Started as `commerceai <daemon>`: the process takes the daemon's name (what `ps` and `top` show, at most
    /// 15 bytes as for any executable's name), as it has when started through its link. Called from the main
    /// thread, whose name is the process's, before the daemon starts its own threads (which inherit it).
    static func nameProcess(_ name: String) {
        #if os(Linux)
        try? String(name.utf8.prefix(15))?.write(toFile: "/proc/self/comm", atomically: false, encoding: .utf8)
        #endif
    }
}

/// Which daemon the command line asks for: the name the program was started under (a link), else its first argument.
enum DaemonSelection: Equatable {
    case daemon(ServiceIdentity, byArgument: Bool)
    case help
    /// `commerceai engine-model <path>`: train the language engine's model into `path`.
    case engineModel(path: String)
    case unknown(String?)

    init(arguments: [String]) {
        let program = arguments.first.map { String($0.split(separator: "/").last ?? "") } ?? ""
        if let service = ServiceIdentity(rawValue: program) {
            self = .daemon(service, byArgument: false)
        } else if arguments.count > 1, let service = ServiceIdentity(rawValue: arguments[1]) {
            self = .daemon(service, byArgument: true)
        } else if arguments.count == 3, arguments[1] == "engine-model" {
            self = .engineModel(path: arguments[2])
        } else if arguments.count > 1, ["-h", "--help", "help"].contains(arguments[1]) {
            self = .help
        } else {
            self = .unknown(arguments.count > 1 ? arguments[1] : nil)
        }
    }
}
