import Foundation
import Synchronization

/// What the delivery workers last saw of the SMTP server, for `/health`: a connection that keeps failing makes
/// the `smtp` check `degraded` (mail waits and is retried), a send that succeeds clears it. Server replies
/// (4xx, 5xx) are about one message and change nothing here.
final class SMTPStatus: Sendable {
    private struct State {
        var lastSuccess: Date?
        var lastConnectionFailure: (at: Date, detail: String)?
    }
    private let state = Mutex(State())

    func delivered(at date: Date = Date()) {
        state.withLock { $0.lastSuccess = date; $0.lastConnectionFailure = nil }
    }

    func connectionFailed(_ detail: String, at date: Date = Date()) {
        state.withLock { $0.lastConnectionFailure = (date, detail) }
    }

    /// The failure to report, if the last thing seen, within five minutes, is a connection failure.
    var failure: String? {
        state.withLock { state in
            guard let failure = state.lastConnectionFailure, Date().timeIntervalSince(failure.at) < 300 else { return nil }
            if let success = state.lastSuccess, success > failure.at { return nil }
            return failure.detail
        }
    }
}
