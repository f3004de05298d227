import Foundation

/// An HTTP proxy for polling sources, and the hosts fetched without it.
///
/// A plain value: the config (`polling.proxy`, `polling.no_proxy`) builds one, the HTTP
/// fetcher routes each request by it. Every proxied request, `http://` as well as `https://`,
/// is tunnelled with `CONNECT host:port` (AsyncHTTPClient's only way), so the proxy must allow
/// CONNECT to port 80 too (Squid's stock config allows it only to 443). What it cannot do:
/// proxy authentication (`user:password@` in the URL is rejected), SOCKS, CIDR ranges in
/// `no_proxy`, and a redirect from a proxied host to a `no_proxy` host still goes through the proxy.
public struct HTTPProxy: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// Hosts fetched directly, lower case: `example.com` matches it and every subdomain,
    /// `.example.com` the same, an IP address or `localhost` only itself, `*` every host.
    public var noProxy: [String]

    public init(host: String, port: Int, noProxy: [String] = []) {
        self.host = host
        self.port = port
        self.noProxy = noProxy.compactMap(Self.normalizedPattern)
    }

    public var description: String { "http://\(host):\(port)" }

    /// A proxy from `http://HOST:PORT` (or `HOST:PORT`, or `http://HOST` for port 80).
    /// Throws a message that says what is wrong.
    public static func parse(_ text: String, noProxy: [String] = []) throws(HTTPProxyError) -> HTTPProxy {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if let scheme = rest.range(of: "://") {
            let name = rest[..<scheme.lowerBound].lowercased()
            guard name == "http" else {
                throw HTTPProxyError("\"\(text)\": only http:// proxies are supported (https and socks are not)")
            }
            rest = rest[scheme.upperBound...]
        }
        if let slash = rest.firstIndex(of: "/") {
            guard rest[slash...].allSatisfy({ $0 == "/" }) else {
                throw HTTPProxyError("\"\(text)\": a proxy URL has no path")
            }
            rest = rest[..<slash]
        }
        guard !rest.contains("@") else {
            throw HTTPProxyError("\"\(text)\": proxy credentials are not supported")
        }
        var host = rest, port = 80
        if rest.hasPrefix("[") {
            // IPv6 literal: [::1]:3128
            guard let close = rest.firstIndex(of: "]") else { throw HTTPProxyError("\"\(text)\": unclosed [ in the host") }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":"), let p = Int(after.dropFirst()) else { throw HTTPProxyError("\"\(text)\": bad port") }
                port = p
            }
        } else if let colon = rest.lastIndex(of: ":") {
            guard let p = Int(rest[rest.index(after: colon)...]) else { throw HTTPProxyError("\"\(text)\": bad port") }
            host = rest[..<colon]
            port = p
        }
        guard !host.isEmpty else { throw HTTPProxyError("\"\(text)\": no host") }
        guard !host.contains(" "), rest.hasPrefix("[") || !host.contains(":") else {
            throw HTTPProxyError("\"\(text)\": \"\(host)\" is not a host name")
        }
        guard (1...65_535).contains(port) else { throw HTTPProxyError("\"\(text)\": port \(port) is outside 1…65535") }
        return HTTPProxy(host: String(host), port: port, noProxy: noProxy)
    }

    /// The proxy the usual environment variables name (`https_proxy`, `HTTPS_PROXY`,
    /// `http_proxy`, `HTTP_PROXY`, first set wins) with `no_proxy` / `NO_PROXY`
    /// (comma-separated); nil when none is set.
    public static func fromEnvironment(_ env: [String: String]) throws(HTTPProxyError) -> HTTPProxy? {
        for key in ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"] {
            guard let value = env[key], !value.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let noProxy = (env["no_proxy"] ?? env["NO_PROXY"] ?? "").split(separator: ",").map(String.init)
            do {
                return try parse(value, noProxy: noProxy)
            } catch {
                throw HTTPProxyError("environment variable \(key): \(error.message)")
            }
        }
        return nil
    }

    /// Whether a request to `host` skips the proxy.
    public func bypasses(host: String) -> Bool {
        var h = host.lowercased()
        if h.hasPrefix("[") && h.hasSuffix("]") { h = String(h.dropFirst().dropLast()) }
        for pattern in noProxy {
            if pattern == "*" || h == pattern || h.hasSuffix("." + pattern) { return true }
        }
        return false
    }

    private static func normalizedPattern(_ raw: String) -> String? {
        var p = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if p.hasPrefix("*.") { p.removeFirst(2) }
        while p.hasPrefix(".") { p.removeFirst() }
        if p.hasPrefix("["), let close = p.firstIndex(of: "]") {
            // [::1] or [::1]:8080
            p = String(p[p.index(after: p.startIndex)..<close])
            return p.isEmpty ? nil : p
        }
        // A port in a no_proxy entry (host:8080) is ignored: the host decides.
        if !p.contains("::"), let colon = p.lastIndex(of: ":"), p[p.index(after: colon)...].allSatisfy(\.isNumber) {
            p = String(p[..<colon])
        }
        return p.isEmpty ? nil : p
    }
}

/// Why a proxy setting cannot be used.
public struct HTTPProxyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
