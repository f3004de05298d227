import EarshotCore
import Testing

@Suite struct HTTPProxyTests {
    @Test(arguments: [
        ("http://proxy.corp:3128", "proxy.corp", 3128),
        ("proxy.corp:8080", "proxy.corp", 8080),
        ("http://proxy.corp", "proxy.corp", 80),
        ("HTTP://10.0.0.1:3128/", "10.0.0.1", 3128),
        ("http://[::1]:3128", "::1", 3128),
        ("  http://p:1  ", "p", 1),
    ])
    func parsesProxyURLs(_ text: String, _ host: String, _ port: Int) throws {
        let p = try HTTPProxy.parse(text)
        #expect(p.host == host)
        #expect(p.port == port)
    }

    @Test(arguments: [
        ("https://proxy:3128", "only http://"),
        ("socks5://proxy:1080", "only http://"),
        ("http://user:secret@proxy:3128", "credentials"),
        ("http://proxy:3128/path", "no path"),
        ("http://proxy:99999", "outside 1…65535"),
        ("http://proxy:abc", "bad port"),
        ("http://:3128", "no host"),
        ("", "no host"),
        ("http://[::1", "unclosed"),
        ("a:b:3128", "not a host name"),
    ])
    func rejectsWhatItCannotUse(_ text: String, _ reason: String) {
        #expect {
            try HTTPProxy.parse(text)
        } throws: { error in
            "\(error)".contains(reason) && "\(error)".contains("\"\(text)\"")
        }
    }

    @Test func environmentVariablesInTheUsualOrder() throws {
        #expect(try HTTPProxy.fromEnvironment([:]) == nil)
        #expect(try HTTPProxy.fromEnvironment(["http_proxy": "  "]) == nil)
        let both = try #require(try HTTPProxy.fromEnvironment(["HTTP_PROXY": "http://b:2", "https_proxy": "http://a:1"]))
        #expect(both.host == "a" && both.port == 1)
        let withList = try #require(try HTTPProxy.fromEnvironment(["http_proxy": "p:3128", "NO_PROXY": "localhost, .internal.example ,10.1.2.3:8080,[::1]:8080,,"]))
        #expect(withList.noProxy == ["localhost", "internal.example", "10.1.2.3", "::1"])
        #expect {
            try HTTPProxy.fromEnvironment(["https_proxy": "socks5://p:1"])
        } throws: { error in
            "\(error)".hasPrefix("environment variable https_proxy:")
        }
    }

    @Test func noProxyMatchesHostsAndTheirSubdomains() {
        let p = HTTPProxy(host: "proxy", port: 3128, noProxy: ["example.com", "*.corp.local", "127.0.0.1", "[::1]", "LOCALHOST"])
        for host in ["example.com", "feeds.example.com", "EXAMPLE.COM", "a.corp.local", "corp.local", "127.0.0.1", "[::1]", "::1", "localhost"] {
            #expect(p.bypasses(host: host), "\(host)")
        }
        for host in ["notexample.com", "example.com.evil.net", "127.0.0.10", "mastodon.social", "localhost.evil.net"] {
            #expect(!p.bypasses(host: host), "\(host)")
        }
        #expect(HTTPProxy(host: "p", port: 1, noProxy: ["*"]).bypasses(host: "anything.at.all"))
        #expect(!HTTPProxy(host: "p", port: 1).bypasses(host: "localhost"))
    }
}
