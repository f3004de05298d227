/// An error from loading training data or a model file, or from training.
///
/// `description` reads `PATH line N: message` (or `PATH: message` when no line applies),
/// ready to print as is.
public struct ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, without the location.
    public var message: String
    /// The file concerned, as the caller named it; `nil` for errors not tied to a file.
    public var path: String?
    /// 1-based line in `path`, when the error is tied to one.
    public var line: Int?

    public init(_ message: String, path: String? = nil, line: Int? = nil) {
        self.message = message
        self.path = path
        self.line = line
    }

    public var description: String {
        switch (path, line) {
        case let (path?, line?): return "\(path) line \(line): \(message)"
        case let (path?, nil): return "\(path): \(message)"
        case let (nil, line?): return "line \(line): \(message)"
        case (nil, nil): return message
        }
    }
}
