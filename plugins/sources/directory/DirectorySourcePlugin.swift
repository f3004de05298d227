import EarshotConfig
import EarshotCore
import Foundation

/// The `directory` source: items from files dropped into a directory (SPEC §4).
public enum DirectorySourcePlugin {
    /// Where a drop directory keeps the files it could not read, each beside its `NAME.error`.
    public static func failedDirectory(of path: String) -> String { (path as NSString).appendingPathComponent(".failed") }

    /// How many files wait in the `.failed/` of the drop directory at `path` (their `.error` notes
    /// and hidden files not counted); 0 when there is none.
    public static func failedFileCount(of path: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: failedDirectory(of: path))) ?? []
        return names.filter { !$0.hasSuffix(".error") && !$0.hasPrefix(".") }.count
    }

    /// The factory the registry lists under `type: directory`. `feedDecoder` reads .xml/.rss/.atom
    /// files; without one such files fail with "feed files are not supported in this build".
    public static func factory(feedDecoder: FeedFileDecoder?) -> SourceFactory {
        SourceFactory { setup in
            guard let settings = DirectorySettings.read(setup.section) else { return nil }
            return DirectorySource(settings: settings, feedDecoder: feedDecoder)
        }
    }
}

/// A directory source's configuration, read and checked.
struct DirectorySettings: Sendable {
    /// Absolute path of the drop directory.
    var path: String
    var settle: Duration = .seconds(2)
    var rescan: Duration = .seconds(30)
    var maxFileSize: Int = 10 << 20
    var batchSize: Int = 1000
    /// Extensions accepted (lowercase, no dot).
    var formats: Set<String> = Set(DropFormats.extensions)

    /// Reads every key of the section; nil (with problems reported) when something is wrong.
    /// Checks the path the same way for `check` and `run`, and never creates it (`run` does).
    static func read(_ s: ConfigSection) -> DirectorySettings? {
        let before = s.diagnostics.problems.count
        let label = s.path.isEmpty ? "" : s.path + "."
        let rawPath = s.nonEmptyString("path", required: true)
        var settings = DirectorySettings(path: "")
        if let d = s.duration("settle") { settings.settle = d }
        if let d = s.duration("rescan", minimum: .milliseconds(100)) { settings.rescan = d }
        if let n = s.byteSize("max_file_size") {
            if n < 1 { s.error("max_file_size", "\(label)max_file_size must be at least 1 byte") } else { settings.maxFileSize = n }
        }
        if let n = s.int("batch_size", in: 1...1_000_000) { settings.batchSize = n }
        if let list = s.strings("formats") {
            var set: Set<String> = []
            for f in list {
                let ext = f.trimmingCharacters(in: .whitespaces).lowercased().drop(while: { $0 == "." })
                if DropFormats.extensions.contains(String(ext)) {
                    set.insert(String(ext))
                } else {
                    s.error("formats", "\(label)formats: unknown format \"\(f)\"\(Suggest.hint(for: String(ext), in: DropFormats.extensions)); known: \(DropFormats.extensions.joined(separator: ", "))")
                }
            }
            if list.isEmpty { s.error("formats", "\(label)formats must list at least one format (or be left out to accept all)") }
            settings.formats = set
        }
        if let rawPath {
            let absolute = rawPath.hasPrefix("/") ? rawPath
                : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(rawPath).standardizedFileURL.path
            settings.path = absolute
            if let problem = DirectoryCheck.problem(absolute) { s.error("path", "\(label)path: \(problem)") }
        }
        return s.diagnostics.problems.count == before && rawPath != nil ? settings : nil
    }
}
