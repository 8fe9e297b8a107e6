internal import CRabbitMQ
import Logging
import Metrics
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The connection thread: owns the rabbitmq-c handle and everything below. After `runOnOwnThread()` starts the
/// thread, every stored property is read and written by that thread only (hence `@unchecked Sendable`: the
/// reference crosses into the thread once, and nothing else touches it). Async callers talk to it through
/// `ConnectionCore`.
final class ConnectionWorker: @unchecked Sendable {
    static let publishChannel: UInt16 = 1
    static let adminChannel: UInt16 = 2
    static let firstConsumerChannel: UInt16 = 3
    /// Publishes written per loop turn before confirms and deliveries are read again.
    static let publishBurst = 256
    /// Frames read per loop turn before requests are looked at again.
    static let frameBurst = 512

    let connection: AMQPConnection
    let core: ConnectionCore
    let configuration: AMQPConfiguration
    let logger: Logger
    let metrics: MessagingMetrics
    let clock = ContinuousClock()
    var exitContinuation: CheckedContinuation<Void, any Error>?

    // MARK: Connection state
    var state: amqp_connection_state_t?
    var topology: Topology
    var channels: [UInt16: UInt64] = [:]  // open channel -> generation
    var generationCounter: UInt64 = 0
    var blockedReason: String?
    /// Failed attempts and short-lived connections in a row: drives the backoff, so a broker that accepts and
    /// then drops every connection is retried ever more slowly too.
    var failures = 0
    var connectedAt: ContinuousClock.Instant?
    var nextConnectAttempt: ContinuousClock.Instant
    var everConnected = false

    // MARK: Publishing
    var sendQueue = FIFO<OutgoingMessage>()
    var unconfirmed: [UInt64: OutgoingMessage] = [:]  // confirm sequence number -> message
    var nextSequence: UInt64 = 1
    var lowestUnconfirmed: UInt64 = 1
    var returned: [String: MessagingError] = [:]  // message id -> why basic.return sent it back
    var cancelledPublishes: Set<UInt64> = []
    var publishedCounters: [String: Counter] = [:]

    // MARK: Consuming
    var consumers: [UInt64: ConsumerState] = [:]
    var consumerByChannel: [UInt16: UInt64] = [:]
    var partial: [UInt16: PartialContent] = [:]

    // MARK: Lifecycle
    enum Phase { case running, draining(deadline: ContinuousClock.Instant), stopping }
    var phase = Phase.running
    /// Set when the connection must stop for good (topology mismatch at connect): `run()` throws it.
    var terminalFailure: MessagingError?
    /// `declare` calls made while disconnected: run after the base topology at the next connection.
    var pendingDeclares: [(id: UInt64, topology: Topology)] = []

    init(connection: AMQPConnection, core: ConnectionCore, configuration: AMQPConfiguration, topology: Topology,
         logger: Logger) {
        self.connection = connection
        self.core = core
        self.configuration = configuration
        self.topology = topology
        self.logger = logger
        self.metrics = MessagingMetrics()
        self.nextConnectAttempt = clock.now
    }

    /// Starts the thread and returns when it has closed the connection and exited.
    func runOnOwnThread() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            exitContinuation = continuation
            startThread(name: "amqp-conn") { self.main() }
        }
    }

    // MARK: - Main loop

    func main() {
        logger.info("AMQP connection thread started", metadata: ["amqp.server": "\(configuration)"])
        while true {
            processRequests()
            if case .stopping = phase { break }
            if state == nil {
                if case .draining(let deadline) = phase, clock.now >= deadline || drainComplete { break }
                if terminalFailure != nil { break }
                if clock.now >= nextConnectAttempt { connect() }
                if terminalFailure != nil { break }
                if state == nil {
                    sleep(until: nextConnectAttempt)
                    continue
                }
            }
            pumpPublishes()
            readFrames()
            if state != nil { maintenance() }
            if case .draining(let deadline) = phase {
                if drainComplete { break }
                if clock.now >= deadline {
                    logger.warning("AMQP drain timeout reached", metadata: [
                        "amqp.unconfirmed": "\(unconfirmed.count + sendQueue.count)",
                        "amqp.consumers": "\(consumers.count)"])
                    break
                }
            }
            waitForActivity()
        }
        closeAndFinish()
    }

    var drainComplete: Bool {
        consumers.isEmpty && sendQueue.isEmpty && unconfirmed.isEmpty
    }

    // MARK: - Requests

    func processRequests() {
        let (batch, cancelled) = core.shared.withLock { s in
            var batch: [Request] = []
            swap(&batch, &s.requests)
            var cancelled: Set<UInt64> = []
            if !s.cancelledPublishes.isEmpty { swap(&cancelled, &s.cancelledPublishes) }
            return (batch, cancelled)
        }
        cancelledPublishes.formUnion(cancelled)
        for request in batch { process(request) }
    }

    func process(_ request: Request) {
        switch request {
        case .publish(let message):
            sendQueue.append(message)
        case .settle(let channel, let generation, let tag, let kind):
            settle(channel: channel, generation: generation, tag: tag, kind: kind)
        case .consume(let registration):
            if case .running = phase {
                let consumer = ConsumerState(registration: registration,
                                             tag: "\(configuration.connectionName).c\(registration.id)")
                consumers[registration.id] = consumer
                metrics.consumedCounter(queue: consumer.queue)
                if state != nil { startConsumer(consumer) }
            } else {
                registration.continuation.finish(throwing: MessagingError.shuttingDown)
            }
        case .cancelConsumer(let id, let abandoned):
            if let consumer = consumers[id] { requestCancel(consumer, abandoned: abandoned) }
        case .admin(let id, let operation):
            admin(id: id, operation)
        case .shutdown(let graceful):
            if !graceful {
                phase = .stopping
            } else if case .running = phase {
                startDrain()
            }
        }
    }

    func startDrain() {
        logger.info("AMQP connection draining", metadata: ["amqp.drain_timeout": "\(configuration.drainTimeout)"])
        phase = .draining(deadline: clock.now.advanced(by: configuration.drainTimeout))
        core.shared.withLock { $0.accepting = false }
        for consumer in Array(consumers.values) { requestCancel(consumer) }
    }

    // MARK: - Connect, lose, close

    func connect() {
        logger.info("AMQP connecting", metadata: [
            "amqp.server": "\(configuration)", "amqp.attempt": "\(failures + 1)"])
        do throws(WireError) {
            try openConnection()
        } catch {
            let failure = error.messagingError
            destroyConnection()
            if case .topologyMismatch = failure {
                logger.critical("AMQP topology mismatch; not retrying", metadata: ["amqp.error": "\(failure)"])
                terminalFailure = failure
                return
            }
            failures += 1
            let delay = backoff(attempt: failures)
            nextConnectAttempt = clock.now.advanced(by: delay)
            logger.warning("AMQP connection attempt failed", metadata: [
                "amqp.error": "\(failure)", "amqp.attempt": "\(failures)",
                "amqp.retry_in_ms": "\(delay.milliseconds)"])
        }
    }

    func openConnection() throws(WireError) {
        guard let state = amqp_new_connection() else { throw .connection(.connectionFailed("out of memory")) }
        self.state = state
        guard let socket = amqp_tcp_socket_new(state) else { throw .connection(.connectionFailed("no socket")) }
        var connectTimeout = timeval(configuration.connectTimeout)
        let status = configuration.host.withCString {
            amqp_socket_open_noblock(socket, $0, Int32(configuration.port), &connectTimeout)
        }
        try check(status, "connect to \(configuration.host):\(configuration.port)")
        var handshakeTimeout = timeval(configuration.connectTimeout)
        _ = amqp_set_handshake_timeout(state, &handshakeTimeout)
        // No RPC may hang the thread forever; a timed-out RPC is treated as a dead connection.
        var rpcTimeout = timeval(max(configuration.connectTimeout, .seconds(30)))
        _ = amqp_set_rpc_timeout(state, &rpcTimeout)
        let heartbeat = Int32(configuration.heartbeat.components.seconds)
        let reply = configuration.vhost.withCString { vhost in
            configuration.user.withCString { user in
                configuration.password.withCString { password in
                    configuration.connectionName.withCString { name in
                        crmq_login_plain_named(state, vhost, 0, 131_072, heartbeat, user, password, name)
                    }
                }
            }
        }
        try check(reply, channel: 0, "login to vhost '\(configuration.vhost)' as '\(configuration.user)'")
        try openChannel(Self.publishChannel)
        amqp_confirm_select(state, Self.publishChannel)
        try check(amqp_get_rpc_reply(state), channel: Self.publishChannel, "confirm.select")
        nextSequence = 1
        lowestUnconfirmed = 1
        try declare(topology)
        core.shared.withLock { $0.connected = true }
        if everConnected { metrics.reconnects.increment() }
        everConnected = true
        connectedAt = clock.now
        logger.info("AMQP connected", metadata: ["amqp.server": "\(configuration)"])
        let declares = pendingDeclares
        pendingDeclares.removeAll()
        for (id, extra) in declares where self.state != nil { declareForCaller(id: id, extra) }
        for consumer in consumers.values.sorted(by: { $0.id < $1.id }) where self.state != nil {
            startConsumer(consumer)
        }
    }

    /// Forgets the connection after an error: everything sent but unconfirmed goes back to the send queue (in
    /// order), consumers wait for the next connection, in-hand deliveries become stale.
    func connectionLost(_ error: MessagingError) {
        logger.warning("AMQP connection lost", metadata: ["amqp.error": "\(error)"])
        destroyConnection()
        if let connectedAt, connectedAt.duration(to: clock.now) >= .seconds(30) { failures = 0 }
        connectedAt = nil
        failures += 1
        let delay = backoff(attempt: failures)
        nextConnectAttempt = clock.now.advanced(by: delay)
        logger.info("AMQP reconnecting", metadata: [
            "amqp.attempt": "\(failures)", "amqp.retry_in_ms": "\(delay.milliseconds)"])
    }

    func destroyConnection() {
        if let state {
            amqp_destroy_connection(state)
            self.state = nil
        }
        channels.removeAll()
        consumerByChannel.removeAll()
        partial.removeAll()
        blockedReason = nil
        core.shared.withLock { s in
            s.connected = false
            s.blockedReason = nil
            s.channelGenerations.removeAll()
        }
        let resend = unconfirmed.sorted { $0.key < $1.key }.map(\.value)
        if !resend.isEmpty {
            logger.info("AMQP will re-send unconfirmed messages", metadata: ["amqp.count": "\(resend.count)"])
        }
        sendQueue.prepend(resend)
        unconfirmed.removeAll()
        returned.removeAll()
        metrics.outstandingConfirms.record(0)
        for consumer in Array(consumers.values) {
            consumer.channel = nil
            consumer.inFlight.removeAll()
            consumer.cancelSent = false
            if consumer.cancelRequested { removeConsumer(consumer, error: nil) }
        }
    }

    func closeAndFinish() {
        if let state {
            if terminalFailure == nil {
                amqp_connection_close(state, AMQP_REPLY_SUCCESS)
            }
            amqp_destroy_connection(state)
            self.state = nil
        }
        let error = terminalFailure ?? .shuttingDown
        let leftover = sendQueue.count + unconfirmed.count
        if leftover > 0 {
            logger.warning("AMQP closed with unconfirmed messages", metadata: ["amqp.count": "\(leftover)"])
        }
        let (publishWaiters, adminWaiters, requests) = core.shared.withLock { s in
            s.terminalError = error
            s.connected = false
            s.accepting = false
            s.channelGenerations.removeAll()
            let result = (s.publishWaiters, s.adminWaiters, s.requests)
            s.publishWaiters.removeAll()
            s.adminWaiters.removeAll()
            s.requests.removeAll()
            return result
        }
        for waiter in publishWaiters.values { waiter.resume(throwing: error) }
        for waiter in adminWaiters.values { waiter.resume(throwing: error) }
        for request in requests {
            if case .consume(let registration) = request { registration.continuation.finish(throwing: error) }
        }
        for consumer in consumers.values {
            consumer.continuation.finish(throwing: terminalFailure)
        }
        consumers.removeAll()
        metrics.outstandingConfirms.record(0)
        logger.info("AMQP connection closed")
        let continuation = exitContinuation
        exitContinuation = nil
        if let terminalFailure { continuation?.resume(throwing: terminalFailure) } else { continuation?.resume() }
    }

    func backoff(attempt: Int) -> Duration {
        let initial = configuration.reconnectInitialDelay
        let cap = configuration.reconnectMaxDelay
        var delay = initial
        for _ in 1..<max(1, min(attempt, 30)) where delay < cap { delay = delay * 2 }
        delay = min(delay, cap)
        // Jitter between half and all of the delay, so restarted clients do not reconnect in lockstep.
        return delay * Double.random(in: 0.5...1.0)
    }

    // MARK: - Waiting

    func waitForActivity() {
        if let state, amqp_frames_enqueued(state) != 0 { return }
        let canPublish = state != nil && blockedReason == nil && channels[Self.publishChannel] != nil
            && unconfirmed.count < max(1, configuration.confirmWindow)
        if canPublish && !sendQueue.isEmpty { return }
        var timeoutMilliseconds: Int32 = 1000
        let heartbeatSeconds = configuration.heartbeat.components.seconds
        if heartbeatSeconds > 0 { timeoutMilliseconds = Int32(min(1000, heartbeatSeconds * 250)) }
        pollWake(fd: state.map { amqp_get_sockfd($0) }, timeoutMilliseconds: timeoutMilliseconds)
    }

    func sleep(until instant: ContinuousClock.Instant) {
        let remaining = clock.now.duration(to: instant)
        guard remaining > .zero else { return }
        let milliseconds = min(1000, remaining.milliseconds + 1)
        pollWake(fd: nil, timeoutMilliseconds: Int32(milliseconds))
    }

    /// poll()s the socket (when given) and the wake-up eventfd; returns at once if requests are waiting.
    func pollWake(fd: Int32?, timeoutMilliseconds: Int32) {
        let sleep = core.shared.withLock { s in
            guard s.requests.isEmpty else { return false }
            s.sleeping = true
            return true
        }
        guard sleep else { return }
        var fds = [pollfd(fd: core.wakeFD, events: crmq_pollin(), revents: 0)]
        if let fd, fd >= 0 { fds.append(pollfd(fd: fd, events: crmq_pollin(), revents: 0)) }
        _ = poll(&fds, nfds_t(fds.count), timeoutMilliseconds)
        core.shared.withLock { $0.sleeping = false }
        if fds[0].revents != 0 {
            var value: UInt64 = 0
            _ = withUnsafeMutableBytes(of: &value) { read(core.wakeFD, $0.baseAddress, 8) }
        }
    }
}

// MARK: - Thread

private final class ThreadBody {
    let name: String
    let body: () -> Void
    init(name: String, body: @escaping () -> Void) {
        self.name = name
        self.body = body
    }
}

/// Starts a detached pthread (not a cooperative-pool thread: rabbitmq-c blocks in send and poll).
private func startThread(name: String, _ body: @escaping () -> Void) {
    let box = Unmanaged.passRetained(ThreadBody(name: name, body: body)).toOpaque()
    var thread = pthread_t()
    let result = pthread_create(&thread, nil, { argument in
        let body = Unmanaged<ThreadBody>.fromOpaque(argument!).takeRetainedValue()
        String(body.name.prefix(15)).withCString { crmq_set_thread_name($0) }
        body.body()
        return nil
    }, box)
    precondition(result == 0, "pthread_create failed: \(result)")
    pthread_detach(thread)
}
