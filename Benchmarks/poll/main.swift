// earshot-bench-poll: one poll round over 1,000 distinct small feeds served by a local NIO server,
// fetched with HTTPFetcher (concurrency 16, then 64) and parsed with FeedParser.
// Prints wall time, CPU time (user+sys, server included: it runs in this process) and peak RSS.
// Measured, not asserted. Goal on 2 cores: under 5 s wall and under 150 MB.
import EarshotFeeds
import EarshotHTTP
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
import Glibc
#endif

let feedCount = Int(ProcessInfo.processInfo.environment["BENCH_FEEDS"] ?? "") ?? 1000
let entriesPerFeed = 10

func feedBody(_ n: Int) -> [UInt8] {
    var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Feed \(n)</title><link>https://f\(n).example/</link><description>bench</description>"
    for e in 0..<entriesPerFeed {
        s += "<item><guid>f\(n)-e\(e)</guid><title>Entry \(e) of feed \(n)</title><link>https://f\(n).example/\(e)</link>"
        s += "<description>&lt;p&gt;The checkout page of feed \(n) fails again, entry \(e). Customers are upset.&lt;/p&gt;</description>"
        s += "<pubDate>Sun, 22 Nov 2026 10:\(String(format: "%02d", e)):00 GMT</pubDate></item>"
    }
    return Array((s + "</channel></rss>").utf8)
}

let bodies = (0..<feedCount).map(feedBody)

final class FeedHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    let bodies: [[UInt8]]
    var uri = ""
    var keepAlive = true
    init(bodies: [[UInt8]]) { self.bodies = bodies }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h): uri = h.uri; keepAlive = h.isKeepAlive
        case .body: break
        case .end:
            let n = Int(uri.split(separator: "/").last ?? "") ?? -1
            let body = bodies.indices.contains(n) ? bodies[n] : []
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "application/rss+xml")
            headers.add(name: "Content-Length", value: String(body.count))
            headers.add(name: "ETag", value: "\"\(n)\"")
            let status: HTTPResponseStatus = body.isEmpty ? .notFound : .ok
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}

func cpuSeconds() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

func peakRSSMB() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_maxrss) / 1024   // kilobytes on Linux
}

let sharedBodies = bodies
let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
    .serverChannelOption(.backlog, value: 1024)
    .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
    .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
            try channel.pipeline.syncOperations.configureHTTPServerPipeline()
            try channel.pipeline.syncOperations.addHandler(FeedHandler(bodies: sharedBodies))
        }
    }
    .bind(host: "127.0.0.1", port: 0).get()
let port = server.localAddress?.port ?? 0
let urls = (0..<feedCount).map { URL(string: "http://127.0.0.1:\(port)/feed/\($0)")! }

print("feeds: \(feedCount) × \(entriesPerFeed) entries, \(bodies.map(\.count).reduce(0, +) / feedCount) bytes each; peak RSS before: \(String(format: "%.1f", peakRSSMB())) MB")

for concurrency in [16, 64] {
    let fetcher = HTTPFetcher(configuration: .init(maxConcurrentFetches: concurrency))
    let wall0 = ContinuousClock.now
    let cpu0 = cpuSeconds()
    let (entries, failures) = await withTaskGroup(of: (Int, Int).self) { group in
        for url in urls {
            group.addTask {
                do {
                    let r = try await fetcher.fetch(FetchRequest(url: url, timeout: .seconds(30), maxBytes: 1 << 20))
                    let doc = try FeedParser.parse(r.body, baseURL: r.url, maxBytes: 1 << 20)
                    return (doc.entries.count, 0)
                } catch {
                    return (0, 1)
                }
            }
        }
        var total = (0, 0)
        for await (e, f) in group { total.0 += e; total.1 += f }
        return total
    }
    let wall = (ContinuousClock.now - wall0)
    let cpu = cpuSeconds() - cpu0
    print(String(format: "concurrency %2d: wall %.2f s, cpu %.2f s, peak RSS %.1f MB, entries %d, failures %d",
                 concurrency, Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18,
                 cpu, peakRSSMB(), entries, failures))
    try await fetcher.shutdown()
}
try await server.close().get()
