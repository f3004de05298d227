import EarshotCore
import Foundation

/// What a plugin factory gets besides its own section.
public struct PluginSetup {
    /// The plugin's unique name (`name:` of a source or sink; the type for an analyzer without one).
    public let name: String
    /// The plugin's own section of the YAML. Read every key you accept; the builder reports the rest.
    public let section: ConfigSection
    public let stateDirectory: String
    public let brandHandles: [String]
    /// Set by `earshot check`: factories validate but must not create files, open sockets or start work.
    public let checkOnly: Bool
    /// For an analyzer: what the analyzers listed before it fill in (it runs after them), so a
    /// setting that depends on one can say it is missing. Empty for sources and sinks.
    public var earlierAnalyzers: Set<AnalysisField> = []
}

/// What an analysis field an analyzer fills in, so `check` can say a route needs a missing analyzer.
public enum AnalysisField: String, Sendable, CaseIterable {
    case sentiment, language, labels, team, severity, reach, duplicate
}

public struct SourceFactory: Sendable {
    public let make: @Sendable (PluginSetup) -> (any Source)?
    /// Builds the source from its section, reporting problems to `setup.section.diagnostics` and
    /// returning nil when it cannot be built.
    public init(make: @escaping @Sendable (PluginSetup) -> (any Source)?) { self.make = make }
}

public struct AnalyzerFactory: Sendable {
    public let provides: Set<AnalysisField>
    public let make: @Sendable (PluginSetup) -> (any Analyzer)?
    public init(provides: Set<AnalysisField>, make: @escaping @Sendable (PluginSetup) -> (any Analyzer)?) {
        self.provides = provides; self.make = make
    }
}

public struct SinkFactory: Sendable {
    public let make: @Sendable (PluginSetup) -> (any Sink)?
    public init(make: @escaping @Sendable (PluginSetup) -> (any Sink)?) { self.make = make }
}

/// The plugins a build of Earshot knows, by `type`. A value, never a global: tests build their own.
public struct PluginRegistry: Sendable {
    public var sources: [String: SourceFactory] = [:]
    public var analyzers: [String: AnalyzerFactory] = [:]
    public var sinks: [String: SinkFactory] = [:]
    public init() {}
}
