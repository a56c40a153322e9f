// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "orgchart",
    // Built and tested on Linux. The sources guard every libc call for Darwin (`#if canImport(Glibc)` … `#elseif
    // canImport(Darwin)`, checked by PortabilityTests) and the tests find the binary through Bundle, but no macOS
    // build has been run: macOS 13 is the deployment target a macOS build needs (`firstRange(of:)` and the other
    // string algorithms of Swift 5.7), not a tested platform.
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "orgchart", targets: ["orgchart"]),
        .library(name: "OrgChartCore", targets: ["OrgChartCore"]),
        .library(name: "OrgChartRender", targets: ["OrgChartRender"]),
        .library(name: "OrgChartOffice", targets: ["OrgChartOffice"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // libyaml, the reference C YAML parser (Debian: libyaml-dev). Only OrgChartYAML imports it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Graphviz (Debian: libgraphviz-dev). Only OrgChartRender imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // libxlsxwriter, libzip and libxml2 (Debian: libxlsxwriter-dev, libzip-dev, libxml2-dev). Only
        // OrgChartOffice imports them.
        .systemLibrary(
            name: "CXLSXWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // A located YAML document tree built from libyaml events, with limits for hostile input.
        .target(name: "OrgChartYAML", dependencies: ["CYAML"]),
        // The pure-Swift core: model, loading, checks, diff, extraction, printers.
        .target(name: "OrgChartCore", dependencies: ["OrgChartYAML"]),
        // The one module that touches Graphviz.
        .target(name: "OrgChartRender", dependencies: ["OrgChartCore", "CGraphviz"]),
        // Office documents: .docx read and written, .xlsx written and read back. The one module that touches
        // libxlsxwriter, libzip and libxml2.
        .target(name: "OrgChartOffice", dependencies: ["OrgChartCore", "CXLSXWriter", "CZip", "CLibXML2"]),
        // The thin command line.
        .executableTarget(
            name: "orgchart",
            dependencies: [
                "OrgChartCore", "OrgChartRender", "OrgChartOffice",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What every test target shares: the one golden-file helper (`ORGCHART_RECORD=1` re-records).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "OrgChartCoreTests",
            dependencies: ["OrgChartCore", "OrgChartYAML", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "OrgChartRenderTests",
            dependencies: ["OrgChartRender", "OrgChartCore", "TestSupport"],
            resources: [.copy("Golden")]
        ),
        .testTarget(
            name: "OrgChartOfficeTests",
            dependencies: ["OrgChartOffice", "OrgChartCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "OrgChartCLITests",
            dependencies: ["OrgChartCore", "OrgChartOffice", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
