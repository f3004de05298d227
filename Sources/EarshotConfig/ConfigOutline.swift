import Foundation

/// What `earshot status`, `ack` and `retry` need of a config: where the state is, and the names of its
/// sources and sinks. The outline itself is read without building any plugin, so a config the daemon would refuse right now
/// (a sink file that cannot be written during an outage, an unset `${VAR}` in a shell that lacks the
/// service's environment, a plugin of a newer version) still leads to the state: status is needed most
/// when something is wrong.
public struct ConfigOutline: Sendable {
    public struct Plugin: Sendable, Equatable {
        public var name: String
        public var type: String
        /// A drop directory's `path`, as written (relative to the working directory), if it has one.
        public var path: String? = nil
    }

    public var file: String
    public var stateDirectory: String
    /// Sources and sinks in config order; an entry without a name is left out.
    public var sources: [Plugin]
    public var sinks: [Plugin]

    /// Reads `path`. Fails only when the file cannot be read, is not YAML, or its `state_dir` is not a
    /// single value: without those there is no state to show.
    public static func load(path: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Result<ConfigOutline, ConfigErrors> {
        let text: String
        switch ConfigBuilder.readText(path: path) {
        case .success(let t): text = t
        case .failure(let e): return .failure(e)
        }
        let diags = Diagnostics()
        guard let rootNode = YAMLLoader.parse(text, file: path, environment: environment, diagnostics: diags) else {
            return .failure(ConfigErrors(diags.sorted))
        }
        guard rootNode.entries != nil else {
            return .failure(ConfigErrors([ConfigProblem(rootNode.location, "the config must be a mapping of keys, not \(rootNode.kindName)")]))
        }
        // Read as the full config reads it; only state_dir's own problems (an unset ${VAR} in it, an
        // empty or non-scalar value) stop the outline: without it there is no state to show.
        let root = ConfigSection(rootNode, diagnostics: diags, environment: environment)
        let stateDirectory = root.nonEmptyString("state_dir") ?? EarshotConfiguration.defaultStateDirectory
        if let node = rootNode["state_dir"] {
            let here = diags.problems.filter { $0.location == node.location }
            if !here.isEmpty { return .failure(ConfigErrors(here)) }
        }
        func plugins(_ key: String) -> [Plugin] {
            (rootNode[key]?.items ?? []).compactMap { item in
                guard let name = item["name"]?.scalar, !name.isEmpty else { return nil }
                return Plugin(name: name, type: item["type"]?.scalar ?? "?", path: item["path"]?.scalar)
            }
        }
        return .success(ConfigOutline(file: path, stateDirectory: stateDirectory, sources: plugins("sources"), sinks: plugins("sinks")))
    }
}
