import Foundation
import NIOCore
import NIOPosix
import ServiceRuntime

/// The broker is reachable when its AMQP port accepts a TCP connection within the timeout.
///
/// The stand-in until the shared messaging module is on this branch: the AMQP adapter (`AMQPBrokerInspector`)
/// will report its connection's `isConnected` instead, which also covers credentials and the vhost.
struct TCPBrokerProbe: BrokerProbe {
    let endpoint: BrokerEndpoint
    let group: any EventLoopGroup

    init(endpoint: BrokerEndpoint, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.endpoint = endpoint
        self.group = group
    }

    func probe(timeout: Duration) async -> Observation {
        let at = Date()
        let start = ContinuousClock.now
        do {
            let channel = try await ClientBootstrap(group: group)
                .connectTimeout(.nanoseconds(Int64(timeout.seconds * 1e9)))
                .channelInitializer { $0.eventLoop.makeSucceededVoidFuture() }
                .connect(host: endpoint.host, port: endpoint.port).get()
            let latency = start.duration(to: .now).milliseconds
            try? await channel.close()
            return Observation(status: .ok, latencyMs: latency, detail: nil, at: at)
        } catch {
            return Observation(
                status: .down, latencyMs: nil,
                detail: "\(endpoint.host):\(endpoint.port) \(HTTPHealthProbe.describe(error))", at: at)
        }
    }
}
