// swift-tools-version:6.0
import PackageDescription

/// CommerceAI: six AI agents, a gateway and a health monitor, each a small daemon.
/// `Shared/` holds the shared library, cut into targets so that each C library sits behind one Swift module:
/// `CRabbitMQ` behind `Messaging`, `CCurl` behind `Mail`, SQLite (through GRDB) behind `Storage`.
/// Each daemon's code is a library target under `Services/`; one executable, `commerceai` (Services/CommerceAI),
/// holds all eight and runs the one its name says (`gateway`, `sav-agent`… are symbolic links to it, made by
/// deploy/deploy.sh and deploy/Dockerfile; `commerceai <daemon>` works too). The eight processes then share one
/// binary's pages in memory instead of eight copies of the Swift runtime and the dependencies (README.md, "Memory").
///
/// How `commerceai` is linked in release builds on Linux (README.md, "Memory"): with lld, which packs relative
/// relocations (DT_RELR: no relocation table for the dynamic loader to read at each start) and lays out first the
/// functions and data listed in deploy/link-order/symbols.txt, the ones the daemons use from start to idle
/// (`./deploy/deploy.sh link-order` regenerates the list; names it no longer finds are ignored). The layout only
/// pays off with one section per function, which release builds get from the command line (release_build_flags in
/// deploy/lib/common.sh) because those flags must reach the dependencies too.
let linkOrder = String(#filePath.dropLast("Package.swift".count)) + "deploy/link-order"
let releaseLinking: [LinkerSetting] = [
    .unsafeFlags([
        "-use-ld=lld",
        "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
        "-Xlinker", "--symbol-ordering-file=\(linkOrder)/symbols.txt", "-Xlinker", "--no-warn-symbol-ordering",
        "-Xlinker", "--version-script=\(linkOrder)/exports.map",
    ], .when(platforms: [.linux], configuration: .release)),
]
let package = Package(
    name: "CommerceAI",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "commerceai", targets: ["CommerceAI"]),
        .executable(name: "commerce-bench", targets: ["Bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        // MARK: - C libraries, each fenced behind one Swift module
        // On Linux librabbitmq is linked statically (Messaging's linker settings; librabbitmq-dev ships the archive):
        // the daemons use plain TCP to the broker, so none of its TLS objects is linked and libssl/libcrypto are not
        // loaded for it. No pkg-config: it would add the shared library too.
        .systemLibrary(
            name: "CRabbitMQ", path: "Shared/CRabbitMQ",
            providers: [.apt(["librabbitmq-dev"]), .brew(["rabbitmq-c"])]),
        // libcurl is not linked: Mail opens it on its first send (Shared/Mail/CurlLibrary.swift), so only a daemon
        // that sends mail maps it and the libraries behind it. No pkg-config, which would link it; the headers (the
        // types and constants) are in the default include path.
        .systemLibrary(
            name: "CCurl", path: "Shared/CCurl",
            providers: [.apt(["libcurl4-openssl-dev"])]),

        // MARK: - The shared library
        .target(
            name: "CommerceModels", path: "Shared/Models"),
        .target(
            name: "Messaging", dependencies: [
                "CRabbitMQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ], path: "Shared/Messaging",
            linkerSettings: [
                .linkedLibrary(":librabbitmq.a", .when(platforms: [.linux])),
                .linkedLibrary("rabbitmq", .when(platforms: [.macOS])),
            ]),
        .target(
            name: "Storage", dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ], path: "Shared/Storage"),
        .target(
            name: "Mail", dependencies: [
                "CCurl",
                .product(name: "Logging", package: "swift-log"),
            ], path: "Shared/Mail"),
        .target(
            name: "LLM", dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ], path: "Shared/LLM"),
        .target(
            name: "ServiceRuntime", dependencies: [
                "CommerceModels", "Storage", "Messaging",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ], path: "Shared/ServiceRuntime"),
        .target(
            name: "Auth", dependencies: [
                "CommerceModels", "ServiceRuntime",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ], path: "Shared/Auth"),
        .target(
            name: "TestSupport", dependencies: [
                "CommerceModels", "ServiceRuntime", "Storage", "Messaging",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ], path: "Shared/TestSupport"),

        // MARK: - Daemons (libraries; the executable that runs them is CommerceAI)
        .target(
            name: "Gateway", dependencies: [
                "ServiceRuntime", "Auth", "Storage", "CommerceModels",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            ], path: "Services/Gateway", exclude: ["README.md"]),
        .target(
            name: "CustomerService", dependencies: [
                "ServiceRuntime", "Auth", "Storage", "Messaging", "LLM", "CommerceModels",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            ], path: "Services/CustomerService"),
        .target(name: "Advertising", dependencies: ["ServiceRuntime"], path: "Services/Advertising"),
        .target(name: "Content", dependencies: ["ServiceRuntime"], path: "Services/Content"),
        .target(name: "Analysis", dependencies: ["ServiceRuntime"], path: "Services/Analysis"),
        .target(name: "Pages", dependencies: ["ServiceRuntime"], path: "Services/Pages"),
        .target(
            name: "Email", dependencies: [
                "ServiceRuntime", "Auth", "Storage", "Messaging", "Mail", "LLM", "CommerceModels",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Mustache", package: "swift-mustache"),
            ], path: "Services/Email"),
        .target(
            name: "HealthMonitor", dependencies: [
                "ServiceRuntime", "Storage", "Messaging",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
            ], path: "Services/HealthMonitor"),
        .executableTarget(
            name: "CommerceAI", dependencies: [
                "Gateway", "HealthMonitor", "CustomerService", "Advertising", "Content", "Analysis", "Pages", "Email",
                "CommerceModels",
            ], path: "Services/CommerceAI", linkerSettings: releaseLinking),
        .executableTarget(
            name: "Bench", dependencies: [
                "Messaging", "LLM",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ], path: "Services/Bench"),

        // MARK: - Tests
        .testTarget(
            name: "StorageTests", dependencies: ["Storage", "CommerceModels", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/StorageTests"),
        .testTarget(
            name: "MessagingTests", dependencies: [
                "Messaging", "Storage", "TestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ], path: "Tests/MessagingTests"),
        .testTarget(
            name: "MailTests", dependencies: ["Mail", "TestSupport", .product(name: "Logging", package: "swift-log")],
            path: "Tests/MailTests"),
        .testTarget(
            name: "LLMTests", dependencies: [
                "LLM",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ], path: "Tests/LLMTests"),
        .testTarget(
            name: "ServiceRuntimeTests", dependencies: [
                "ServiceRuntime", "TestSupport", "CommerceModels",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ], path: "Tests/ServiceRuntimeTests"),
        .testTarget(
            name: "HealthMonitorTests", dependencies: [
                "HealthMonitor", "TestSupport", "ServiceRuntime",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ], path: "Tests/HealthMonitorTests"),
        .testTarget(
            name: "GatewayTests", dependencies: [
                "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ], path: "Tests/GatewayTests"),
        .testTarget(
            name: "DeployTests", dependencies: ["ServiceRuntime", "TestSupport", "CommerceModels", "Yams"],
            path: "Tests/DeployTests"),
        .testTarget(
            name: "CustomerServiceTests", dependencies: [
                "TestSupport", "Messaging", "CommerceModels",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ], path: "Tests/CustomerServiceTests"),
        .testTarget(
            name: "EmailTests", dependencies: [
                "Email", "TestSupport", "Messaging", "CommerceModels", "Storage", "ServiceRuntime",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ], path: "Tests/EmailTests"),
        .testTarget(
            name: "IntegrationTests", dependencies: [
                "TestSupport", "Messaging",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ], path: "Tests/IntegrationTests"),
    ]
)

