// swift-tools-version:6.0
// Copydesk: a language server and linter for annotated news articles.
// Toolchain only: no package dependencies (see README.md).
import PackageDescription

let package = Package(
    name: "copydesk",
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
        .library(name: "CopydeskCore", targets: ["CopydeskCore"]),
    ],
    targets: [
        // The parsing and analysis core: no IO, no JSON, no LSP.
        .target(name: "CopydeskCore"),
        // The one JSON implementation (value, parser, printer, streaming writer): no Foundation.
        .target(name: "CopydeskJSON"),
        // File-system edge shared by the CLI and the server: discovery, reading, `.copydesk.json`.
        .target(name: "CopydeskFiles", dependencies: ["CopydeskCore", "CopydeskJSON"]),
        // `copydesk lint`: driver and output formats (text, JSON, SARIF).
        .target(name: "CopydeskCLI", dependencies: ["CopydeskCore", "CopydeskFiles", "CopydeskJSON"]),
        // `copydesk lsp`: JSON-RPC over stdio; the only module that knows LSP.
        .target(name: "CopydeskLSP", dependencies: ["CopydeskCore", "CopydeskFiles", "CopydeskJSON"]),
        .executableTarget(name: "copydesk", dependencies: ["CopydeskCLI", "CopydeskLSP"]),
        // Quality/speed benchmark of the prose rules on the research corpus (read in place, never shipped).
        .executableTarget(name: "copydesk-quality", dependencies: ["CopydeskCore"]),
        // Benchmark of the workspace index alone: build time, memory, per-keystroke update (never shipped).
        .executableTarget(name: "copydesk-index-bench", dependencies: ["CopydeskCore"], path: "Tests/bench/IndexBench"),
        // Marker fixtures shared by the test targets (never linked into the product).
        .target(name: "CopydeskTestSupport", dependencies: ["CopydeskCore"], path: "Tests/CopydeskTestSupport"),
        .testTarget(name: "CopydeskCoreTests", dependencies: ["CopydeskCore", "CopydeskTestSupport"]),
        .testTarget(
            name: "CopydeskCLITests",
            dependencies: ["CopydeskCLI", "CopydeskFiles", "CopydeskCore", "CopydeskJSON", "CopydeskTestSupport"]),
        .testTarget(
            name: "CopydeskLSPTests",
            dependencies: ["CopydeskLSP", "CopydeskCore", "CopydeskFiles", "CopydeskJSON", "CopydeskTestSupport"]),
    ]
)
