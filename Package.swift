// swift-tools-version:6.0
// Earshot: source → item → analyzers → analysis → routes → escalation → outbox → sinks.
// The targets below follow that flow; dependencies point one way:
// EarshotCore ← EarshotConfig ← plugins ← EarshotPlugins (the one registry list) ← earshot.
import PackageDescription

let package = Package(
    name: "earshot",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "earshot", targets: ["earshot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // Item, analysis, escalation, plugin protocols, routing. No I/O, no YAML, no NIO.
        .target(name: "EarshotCore", dependencies: [
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // YAML → positioned config tree; section readers that report FILE:LINE:COL.
        .target(name: "EarshotConfig", dependencies: [
            "EarshotCore",
            .product(name: "Yams", package: "Yams"),
        ]),

        // Feed documents (RSS, RDF, Atom, JSON Feed) → entries; shared by the feed and directory sources.
        .target(name: "EarshotFeeds"),

        // Hardened HTTP GET for polling sources: limits, redirects, validators, backoff inputs.
        .target(name: "EarshotHTTP", dependencies: [
            "EarshotCore",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),

        // Plugins: each folder is self-contained (code, sample.yaml, README.md).
        .target(name: "EarshotFeedSource", dependencies: ["EarshotCore", "EarshotConfig", "EarshotHTTP", "EarshotFeeds"],
                path: "plugins/sources/feed", exclude: ["README.md", "sample.yaml"]),
        .target(name: "EarshotMastodonSource", dependencies: ["EarshotCore", "EarshotConfig", "EarshotHTTP"],
                path: "plugins/sources/mastodon", exclude: ["README.md", "sample.yaml"]),
        .target(name: "EarshotDirectorySource", dependencies: ["EarshotCore", "EarshotConfig", "EarshotFeeds"],
                path: "plugins/sources/directory", exclude: ["README.md", "sample.yaml"]),
        .target(name: "EarshotClassify", dependencies: ["EarshotCore", "EarshotConfig"],
                path: "plugins/analyzers/classify", exclude: ["README.md", "sample.yaml", "default-rules.yaml", "generate-default-rules.sh", "testsets"],
                resources: []),
        .target(name: "EarshotSentiment", dependencies: ["EarshotCore", "EarshotConfig", "EarshotLanguage",
                                                         .product(name: "HeapModule", package: "swift-collections")],
                path: "plugins/analyzers/sentiment", exclude: ["README.md", "sample.yaml"]),
        .target(name: "EarshotLanguage", dependencies: ["EarshotCore", "EarshotConfig"], path: "plugins/analyzers/language", exclude: ["README.md", "sample.yaml"]),
        .target(name: "EarshotModel", dependencies: ["EarshotCore", "EarshotConfig", "EarshotSentiment", "EarshotClassify"], path: "plugins/analyzers/model", exclude: ["README.md", "sample.yaml"]),
        .target(name: "EarshotReach", dependencies: ["EarshotCore", "EarshotConfig"], path: "plugins/analyzers/reach", exclude: ["README.md", "sample.yaml"]),
        .target(name: "EarshotDuplicates", dependencies: ["EarshotCore", "EarshotConfig"], path: "plugins/analyzers/duplicates", exclude: ["README.md", "sample.yaml"]),
        .target(name: "EarshotLogSink", dependencies: ["EarshotCore", "EarshotConfig"],
                path: "plugins/sinks/log", exclude: ["README.md", "sample.yaml"]),

        // The engine: state store, scheduling, outbox, lifecycle.
        .target(name: "EarshotRuntime", dependencies: [
            "EarshotCore", "EarshotConfig",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        ]),
        // The one explicit list of built-in plugins.
        .target(name: "EarshotPlugins", dependencies: [
            "EarshotCore", "EarshotConfig", "EarshotRuntime",
            "EarshotDirectorySource", "EarshotClassify", "EarshotLogSink", "EarshotSentiment", "EarshotLanguage", "EarshotModel", "EarshotReach", "EarshotDuplicates", "EarshotFeeds",
            "EarshotHTTP", "EarshotFeedSource", "EarshotMastodonSource",
        ]),
        .executableTarget(name: "earshot", dependencies: [
            "EarshotCore", "EarshotConfig", "EarshotRuntime", "EarshotPlugins", "EarshotDirectorySource", "EarshotModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // Benchmarks (run by hand; numbers go to docs/PERFORMANCE.md).
        .executableTarget(name: "earshot-bench-poll", dependencies: [
            "EarshotHTTP", "EarshotFeeds",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ], path: "Benchmarks/poll"),
        .executableTarget(name: "earshot-bench-feeds", dependencies: ["EarshotFeeds"], path: "Benchmarks/feeds/swift"),
        // Fakes and harnesses for tests.
        .target(name: "EarshotTesting", dependencies: ["EarshotCore", "EarshotConfig", "EarshotRuntime",
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),

        .testTarget(name: "EarshotCoreTests", dependencies: ["EarshotCore", "EarshotTesting"]),
        .testTarget(name: "EarshotConfigTests", dependencies: ["EarshotConfig", "EarshotTesting"]),
        .testTarget(name: "EarshotRuntimeTests", dependencies: ["EarshotRuntime", "EarshotTesting", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EarshotDirectorySourceTests", dependencies: ["EarshotDirectorySource", "EarshotTesting"]),
        .testTarget(name: "EarshotClassifyTests", dependencies: ["EarshotClassify", "EarshotReach", "EarshotDuplicates", "EarshotSentiment", "EarshotCore", "EarshotTesting",
            "EarshotConfig", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "EarshotFeedsTests", dependencies: ["EarshotFeeds", "EarshotCore"], exclude: ["Fixtures"]),
        .testTarget(name: "EarshotSentimentTests", dependencies: ["EarshotSentiment", "EarshotCore", "EarshotTesting",
            .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "EarshotLanguageTests", dependencies: ["EarshotLanguage", "EarshotTesting"], exclude: ["testset.tsv"]),
        .testTarget(name: "EarshotModelTests", dependencies: ["EarshotModel", "EarshotCore", "EarshotTesting"]),
        .testTarget(name: "EarshotLogSinkTests", dependencies: ["EarshotLogSink", "EarshotTesting"]),
        .testTarget(name: "EarshotHTTPTests", dependencies: [
            "EarshotHTTP", "EarshotFeeds", "EarshotFeedSource", "EarshotMastodonSource", "EarshotCore", "EarshotConfig", "EarshotTesting",
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "EarshotEndToEndTests", dependencies: ["EarshotTesting"]),
    ],
    swiftLanguageModes: [.v6]
)
