import Foundation
@testable import EarshotFeeds

/// Reads a file from Tests/EarshotFeedsTests/Fixtures (located from this source file, so no bundle resources are needed).
func fixture(_ name: String) throws -> Data {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try Data(contentsOf: url)
}

/// A date from a canonical UTC timestamp such as `2024-03-05T14:30:00Z` (parsed by Foundation, not by FeedDate).
func utc(_ iso: String) -> Date {
    let f = ISO8601DateFormatter()
    f.formatOptions = iso.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
    guard let d = f.date(from: iso) else { fatalError("bad test timestamp \(iso)") }
    return d
}

/// Parses a string literal as a feed.
func parse(_ text: String, baseURL: URL? = nil, maxBytes: Int = 10 << 20) throws -> FeedDocument {
    try FeedParser.parse(Data(text.utf8), baseURL: baseURL, maxBytes: maxBytes)
}

/// The error a parse throws, or nil when it succeeds.
func parseError(_ data: Data, maxBytes: Int = 10 << 20) -> FeedParseError? {
    do {
        _ = try FeedParser.parse(data, maxBytes: maxBytes)
        return nil
    } catch let error as FeedParseError {
        return error
    } catch {
        return FeedParseError("unexpected error type: \(error)")
    }
}
