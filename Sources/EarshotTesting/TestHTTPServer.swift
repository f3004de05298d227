import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) whose answers a test scripts: status, headers,
/// body, a delay before the head, a stall between head and body, or a dropped connection.
/// Every request is recorded for the test to inspect.
public final class TestHTTPServer: Sendable {
    public struct Request: Sendable {
        public var method: String
        /// Path and query as sent (`/feed.xml?x=1`).
        public var uri: String
        public var headers: [(name: String, value: String)]

        public var path: String { String(uri.prefix { $0 != "?" }) }
        public var query: [String: String] {
            URLComponents(string: uri)?.queryItems?.reduce(into: [:]) { $0[$1.name] = $1.value ?? "" } ?? [:]
        }
        public func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    public struct Response: Sendable {
        public var status: Int = 200
        public var headers: [(name: String, value: String)] = []
        public var body: [UInt8] = []
        /// Wait this long before sending anything.
        public var delay: Duration?
        /// Send the head, then wait this long before the body.
        public var bodyDelay: Duration?
        /// Send the head and this many body bytes, then close the connection.
        public var cutAfter: Int?

        public init(status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
                    delay: Duration? = nil, bodyDelay: Duration? = nil, cutAfter: Int? = nil) {
            self.status = status; self.headers = headers; self.body = body
            self.delay = delay; self.bodyDelay = bodyDelay; self.cutAfter = cutAfter
        }

        public static func ok(_ body: String, type: String = "application/xml", headers: [(name: String, value: String)] = []) -> Response {
            Response(status: 200, headers: [("Content-Type", type)] + headers, body: Array(body.utf8))
        }
        public static func status(_ code: Int, headers: [(name: String, value: String)] = [], body: String = "") -> Response {
            Response(status: code, headers: headers, body: Array(body.utf8))
        }
        public static func redirect(_ location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
        /// `body` gzip-compressed, with `Content-Encoding: gzip`.
        public static func gzip(_ body: [UInt8], type: String = "application/xml") -> Response {
            Response(status: 200, headers: [("Content-Type", type), ("Content-Encoding", "gzip")], body: TestGzip.compress(body))
        }
    }

    public typealias Handler = @Sendable (Request) -> Response

    private let channel: any Channel
    private let log = RequestLog()
    public let port: Int

    /// Starts listening; `handler` answers every request (on an event loop: keep it quick).
    public init(_ handler: @escaping Handler) async throws {
        let log = self.log
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(ScriptedHandler(handler: handler, record: { log.append($0) }, answered: { log.answered() }))
                }
            }
        channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    public func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// Requests received so far, in order.
    public var requests: [Request] { log.all }

    /// The most requests that were ever received and not yet answered at the same time (a
    /// response's `delay` counts as unanswered).
    public var maxInFlight: Int { log.maxInFlight }

    public func shutdown() async {
        try? await channel.close()
    }
}

private final class RequestLog: Sendable {
    private let list = Mutex<[TestHTTPServer.Request]>([])
    private let flight = Mutex<(now: Int, max: Int)>((0, 0))
    var all: [TestHTTPServer.Request] { list.withLock { $0 } }
    var maxInFlight: Int { flight.withLock { $0.max } }
    func append(_ r: TestHTTPServer.Request) {
        list.withLock { $0.append(r) }
        flight.withLock { f in
            f.now += 1
            f.max = max(f.max, f.now)
        }
    }
    func answered() { flight.withLock { $0.now -= 1 } }
}

private final class ScriptedHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let handler: TestHTTPServer.Handler
    let record: @Sendable (TestHTTPServer.Request) -> Void
    let answered: @Sendable () -> Void
    var head: HTTPRequestHead?

    init(handler: @escaping TestHTTPServer.Handler, record: @escaping @Sendable (TestHTTPServer.Request) -> Void,
         answered: @escaping @Sendable () -> Void) {
        self.handler = handler; self.record = record; self.answered = answered
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h): head = h
        case .body: break
        case .end:
            guard let h = head else { return }
            head = nil
            let request = TestHTTPServer.Request(method: h.method.rawValue, uri: h.uri,
                                                 headers: h.headers.map { (name: $0.name, value: $0.value) })
            record(request)
            let response = handler(request)
            let keepAlive = h.isKeepAlive
            let loop = context.eventLoop.assumeIsolated()
            if let delay = response.delay {
                loop.scheduleTask(in: Self.amount(delay)) { self.respond(context: context, response, keepAlive: keepAlive) }
            } else {
                respond(context: context, response, keepAlive: keepAlive)
            }
        }
    }

    private func respond(context: ChannelHandlerContext, _ r: TestHTTPServer.Response, keepAlive: Bool) {
        answered()
        var headers = HTTPHeaders(r.headers.map { ($0.name, $0.value) })
        if !headers.contains(name: "Content-Length") { headers.add(name: "Content-Length", value: String(r.body.count)) }
        if !keepAlive || r.cutAfter != nil { headers.replaceOrAdd(name: "Connection", value: "close") }
        let status = HTTPResponseStatus(statusCode: r.status)
        context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        let sendBody = {
            var body = r.body
            if let cut = r.cutAfter { body = Array(body.prefix(cut)) }
            if !body.isEmpty {
                context.write(self.wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
            }
            if r.cutAfter != nil {
                context.flush()
                context.close(promise: nil)
                return
            }
            let done = context.writeAndFlush(self.wrapOutboundOut(.end(nil)))
            if !keepAlive { done.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
        }
        if let d = r.bodyDelay {
            context.eventLoop.assumeIsolated().scheduleTask(in: Self.amount(d)) {
                guard context.channel.isActive else { return }
                sendBody()
            }
        } else {
            sendBody()
        }
    }

    static func amount(_ d: Duration) -> TimeAmount {
        .nanoseconds(d.components.seconds * 1_000_000_000 + d.components.attoseconds / 1_000_000_000)
    }
}

/// A small gzip writer for test bodies: deflate with fixed Huffman codes, where long runs of one byte
/// become back-references (so a few KB can inflate to many MB, like a real decompression bomb).
public enum TestGzip {
    public static func compress(_ data: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)          // BFINAL
        bits.write(1, count: 2)          // BTYPE = fixed Huffman
        var i = 0
        while i < data.count {
            let b = data[i]
            var run = 1
            while i + run < data.count, data[i + run] == b { run += 1 }
            bits.literal(b)
            var rest = run - 1
            while rest >= 258 {
                bits.code(0xC5, length: 8)   // length code 285: 258 bytes
                bits.code(0, length: 5)      // distance code 0: 1 byte back
                rest -= 258
            }
            for _ in 0..<rest { bits.literal(b) }
            i += run
        }
        bits.code(0, length: 7)          // end of block (256)
        var out: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]
        out += bits.bytes()
        let crc = crc32(data)
        let size = UInt32(truncatingIfNeeded: data.count)
        for v in [crc, size] { out += [UInt8(v & 0xff), UInt8((v >> 8) & 0xff), UInt8((v >> 16) & 0xff), UInt8(v >> 24)] }
        return out
    }

    public static func crc32(_ data: [UInt8]) -> UInt32 {
        var table = [UInt32](repeating: 0, count: 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            table[n] = c
        }
        var crc: UInt32 = 0xFFFF_FFFF
        for b in data { crc = table[Int((crc ^ UInt32(b)) & 0xff)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private struct BitWriter {
        var out: [UInt8] = []
        var acc: UInt32 = 0
        var n = 0

        /// Appends `count` bits of `value`, least significant first (deflate's header and extra bits).
        mutating func write(_ value: UInt32, count: Int) {
            for k in 0..<count {
                acc |= ((value >> UInt32(k)) & 1) << UInt32(n)
                n += 1
                if n == 8 { out.append(UInt8(acc)); acc = 0; n = 0 }
            }
        }

        /// Appends a Huffman code, most significant bit first.
        mutating func code(_ value: UInt32, length: Int) {
            for k in stride(from: length - 1, through: 0, by: -1) { write((value >> UInt32(k)) & 1, count: 1) }
        }

        mutating func literal(_ b: UInt8) {
            if b < 144 { code(0x30 + UInt32(b), length: 8) } else { code(0x190 + UInt32(b) - 144, length: 9) }
        }

        func bytes() -> [UInt8] { n > 0 ? out + [UInt8(acc)] : out }
    }
}
