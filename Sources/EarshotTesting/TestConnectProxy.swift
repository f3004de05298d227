import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A forward proxy on 127.0.0.1 (ephemeral port) that accepts `CONNECT host:port` and tunnels
/// the connection to one local upstream port, whatever host the request names — so a test can
/// fetch `http://feeds.example.invalid/…` and have a `TestHTTPServer` answer it, proving the
/// request went through the proxy. Every CONNECT target is recorded. Other methods get 405.
///
/// Test infrastructure, not a proxy: no access control, no backpressure, one upstream.
public final class TestConnectProxy: Sendable {
    public let port: Int
    private let channel: any Channel
    private let log: TargetLog

    /// The `host:port` of every CONNECT received, in order.
    public var targets: [String] { log.all }

    public init(upstreamPort: Int) async throws {
        let targets = TargetLog()
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let decoder = ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .forwardBytes))
                    try channel.pipeline.syncOperations.addHandler(decoder, name: ConnectHandler.decoderName)
                    try channel.pipeline.syncOperations.addHandler(
                        ConnectHandler(upstreamPort: upstreamPort, record: { targets.append($0) }), name: ConnectHandler.handlerName)
                }
            }
        channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
        log = targets
    }

    public func shutdown() async {
        try? await channel.close()
    }
}

private final class TargetLog: Sendable {
    private let list = Mutex<[String]>([])
    var all: [String] { list.withLock { $0 } }
    func append(_ target: String) { list.withLock { $0.append(target) } }
}

private final class ConnectHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = ByteBuffer

    static let decoderName = "proxy-decoder"
    static let handlerName = "proxy-connect"

    let upstreamPort: Int
    let record: @Sendable (String) -> Void
    private var isConnect = false

    init(upstreamPort: Int, record: @escaping @Sendable (String) -> Void) {
        self.upstreamPort = upstreamPort
        self.record = record
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            isConnect = head.method == .CONNECT
            if isConnect { record(head.uri) }
        case .body:
            break
        case .end:
            guard isConnect else {
                reply(context, "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", close: true)
                return
            }
            tunnel(context)
        }
    }

    private func reply(_ context: ChannelHandlerContext, _ text: String, close: Bool) {
        let done = context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: text)))
        if close { done.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
    }

    private func tunnel(_ context: ChannelHandlerContext) {
        let client = context.channel
        // The upstream connection runs on the client's event loop, so the glue never crosses loops.
        ClientBootstrap(group: context.eventLoop)
            .connect(host: "127.0.0.1", port: upstreamPort)
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .failure:
                    self.reply(context, "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", close: true)
                case .success(let upstream):
                    self.reply(context, "HTTP/1.1 200 Connection Established\r\n\r\n", close: false)
                    let (clientSide, upstreamSide) = GlueHandler.pair()
                    do {
                        try client.pipeline.syncOperations.addHandler(clientSide)
                        try upstream.pipeline.syncOperations.addHandler(upstreamSide)
                    } catch {
                        client.close(promise: nil)
                        upstream.close(promise: nil)
                        return
                    }
                    _ = client.pipeline.syncOperations.removeHandler(name: Self.decoderName)
                    _ = client.pipeline.syncOperations.removeHandler(context: context)
                }
            }
    }
}

/// Two handlers, one in each channel's pipeline, that pass every byte read on one side to the other.
private final class GlueHandler: ChannelDuplexHandler {
    typealias InboundIn = NIOAny
    typealias OutboundIn = NIOAny
    typealias OutboundOut = NIOAny

    private var partner: GlueHandler?
    private var context: ChannelHandlerContext?

    static func pair() -> (GlueHandler, GlueHandler) {
        let a = GlueHandler(), b = GlueHandler()
        a.partner = b
        b.partner = a
        return (a, b)
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
        partner = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) { partner?.context?.write(data, promise: nil) }

    func channelReadComplete(context: ChannelHandlerContext) { partner?.context?.flush() }

    func channelInactive(context: ChannelHandlerContext) {
        partner?.context?.close(promise: nil)
        partner = nil
    }
}
