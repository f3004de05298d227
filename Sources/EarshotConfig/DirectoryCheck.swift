import Foundation

/// Whether a path can serve as a directory Earshot writes to (a drop directory, `state_dir`),
/// checked by `earshot check` before anything runs.
public enum DirectoryCheck {
    /// Why `path` cannot serve, or nil: an existing path must be a directory; a missing one needs
    /// its nearest existing parent to be a writable directory (for the user running the check,
    /// which under systemd may not be the daemon's user).
    public static func problem(_ path: String) -> String? {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            return isDir.boolValue ? nil : "\(path) exists but is not a directory"
        }
        var parent = (path as NSString).deletingLastPathComponent
        while !parent.isEmpty {
            if FileManager.default.fileExists(atPath: parent, isDirectory: &isDir) {
                if !isDir.boolValue { return "\(path) cannot be created: \(parent) is not a directory" }
                if access(parent, W_OK | X_OK) != 0 { return "\(path) does not exist and cannot be created: \(parent) is not writable by this user" }
                return nil
            }
            if parent == "/" { break }
            parent = (parent as NSString).deletingLastPathComponent
        }
        return "\(path) cannot be created: no parent directory exists"
    }
}
