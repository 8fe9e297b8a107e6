import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A TCP port on 127.0.0.1 that nothing listens on, for a daemon a test is about to start.
///
/// Ports come from 10000–19999: below the kernel's ephemeral range (32768 and up here), so an outgoing connection
/// of another test cannot take the port between this call and the daemon's bind, and below the 20000–39999 range
/// `deploy.sh` picks test brokers from. A port is handed out once per test process, so two stacks starting at the
/// same moment never get the same one; each candidate is checked by binding it.
public func freeTCPPort() throws -> Int {
    for _ in 0..<200 {
        let candidate = PortAllocator.shared.next()
        if isBindable(candidate) { return candidate }
    }
    throw TestSupportError("no free TCP port found in \(PortAllocator.range)")
}

final class PortAllocator: Sendable {
    static let shared = PortAllocator()
    static let range = 10000...19999
    private let state: Mutex<(next: Int, used: Set<Int>)>

    private init() {
        // A random start, so that two test processes on one machine rarely walk the same ports.
        state = Mutex((Int.random(in: Self.range), []))
    }

    func next() -> Int {
        state.withLock { state in
            while true {
                let port = state.next
                state.next = port == Self.range.upperBound ? Self.range.lowerBound : port + 1
                if state.used.insert(port).inserted { return port }
                if state.used.count >= Self.range.count { state.used.removeAll() }
            }
        }
    }
}

private func isBindable(_ port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    } == 0
}
