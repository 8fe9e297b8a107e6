import CommerceModels
import Messaging

/// What a client sees when queued work cannot be accepted: the broker refuses publishes (`connection.blocked`:
/// its memory or disk alarm) or is unreachable. Both are the service's trouble, not the request's: 503 with a
/// `Retry-After`, never a 500.
extension MessagingError: APIErrorConvertible {
    public var apiError: APIError {
        switch self {
        case .connectionBlocked:
            .unavailable("the message broker is refusing new work for now", retryAfterSeconds: 5)
        case .connectionFailed, .connectionClosed, .channelClosed, .shuttingDown, .timeout:
            .unavailable("the message broker is unavailable", retryAfterSeconds: 2)
        default:
            .internal()
        }
    }
}
