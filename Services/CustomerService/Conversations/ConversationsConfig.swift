import Foundation
import ServiceRuntime

/// The conversations' and channels' configuration, read once at start from the daemon's environment.
///
/// Environment variables (defaults in brackets):
/// - `SAV_PUBLIC_BASE_URL` [`GATEWAY_URL`, else `http://127.0.0.1:4000`]: the public base URL the channels call
///   (what Twilio signs: `X-Twilio-Signature` covers this base plus the request's path and query).
/// - `SAV_REFUND_ESCALATION_AMOUNT` [`100`]: a refund request for more than this amount (any currency) goes to a person.
/// - `SAV_NEGATIVE_SENTIMENT_THRESHOLD` [`-0.6`]: a message whose sentiment score is at or below it goes to a person.
/// - `SAV_LOW_CONFIDENCE_THRESHOLD` [`0.3`]: a message classified with less confidence goes to a person.
/// - `SAV_MAX_UNHELPFUL_ANSWERS` [`3`]: this many bot answers in a row without a knowledge-base source or an order
///   reference (unhelpful answers) and the conversation goes to a person.
/// - `SAV_INBOUND_EMAIL_SECRET` [unset]: the shared secret signing inbound emails (`X-Signature: sha256=<hex HMAC-SHA256
///   of the raw body>`); unset, the email webhook refuses everything (403).
/// - `SAV_TWILIO_API_BASE_URL` [`https://api.twilio.com`]: Twilio's REST API (Messages API under `/2010-04-01`).
/// - `SAV_MESSENGER_API_BASE_URL` [`https://graph.facebook.com/v18.0`]: the Messenger Send API (`/me/messages`).
/// - `SAV_EMAIL_AGENT_URL` [`EMAIL_URL`, else `http://127.0.0.1:5006`]: the email agent that sends email replies
///   (`POST /api/email/send` with a short-lived service token of the tenant).
/// - `SAV_OUTBOUND_TIMEOUT_SECONDS` [`10`]: the time limit of one outbound send.
/// - `SAV_OUTBOUND_RETRY_BASE_SECONDS` [`2`]: the first retry delay of a failed send; it doubles at each attempt
///   (at most 10 minutes). Retries wait in the `customer-service.outbound.retry` queue, which ticks every second.
/// - `SAV_OUTBOUND_QUEUE` [`customer-service.outbound`]: the retry work queue (with `<name>.retry` and `<name>.dead`);
///   every sav-agent instance with its own database needs its own queue.
/// - `SAV_OUTBOUND_MAX_ATTEMPTS` [`6`]: attempts of one outbound message before it is marked `failed` and
///   dead-lettered to `customer-service.outbound.dead`.
struct ConversationsConfig: Sendable {
    var publicBaseURL: String
    var refundEscalationAmount: Double
    var negativeSentimentThreshold: Double
    var lowConfidenceThreshold: Double
    var maxUnhelpfulAnswers: Int
    var inboundEmailSecret: String?
    var twilioAPIBaseURL: String
    var messengerAPIBaseURL: String
    var emailAgentURL: String
    var outboundTimeout: Duration
    var retryBase: Duration
    var maxAttempts: Int
    var outboundQueue: String

    init(config: ServiceConfig) throws {
        let reader = EnvironmentReader(config.environment)
        publicBaseURL = Self.trimmed(reader.string("SAV_PUBLIC_BASE_URL") ?? config.serviceURLs[.gateway] ?? "http://127.0.0.1:4000")
        refundEscalationAmount = try reader.double("SAV_REFUND_ESCALATION_AMOUNT", default: 100, range: 0...1_000_000_000)
        negativeSentimentThreshold = try reader.double("SAV_NEGATIVE_SENTIMENT_THRESHOLD", default: -0.6, range: -1...1)
        lowConfidenceThreshold = try reader.double("SAV_LOW_CONFIDENCE_THRESHOLD", default: 0.3, range: 0...1)
        maxUnhelpfulAnswers = try reader.int("SAV_MAX_UNHELPFUL_ANSWERS", default: 3, range: 1...100)
        inboundEmailSecret = reader.string("SAV_INBOUND_EMAIL_SECRET")
        twilioAPIBaseURL = Self.trimmed(reader.string("SAV_TWILIO_API_BASE_URL") ?? "https://api.twilio.com")
        messengerAPIBaseURL = Self.trimmed(reader.string("SAV_MESSENGER_API_BASE_URL") ?? "https://graph.facebook.com/v18.0")
        emailAgentURL = Self.trimmed(reader.string("SAV_EMAIL_AGENT_URL") ?? config.serviceURLs[.email] ?? "http://127.0.0.1:5006")
        outboundTimeout = .seconds(try reader.int("SAV_OUTBOUND_TIMEOUT_SECONDS", default: 10, range: 1...120))
        retryBase = .seconds(try reader.int("SAV_OUTBOUND_RETRY_BASE_SECONDS", default: 2, range: 1...3600))
        maxAttempts = try reader.int("SAV_OUTBOUND_MAX_ATTEMPTS", default: 6, range: 1...50)
        outboundQueue = reader.string("SAV_OUTBOUND_QUEUE") ?? "customer-service.outbound"
        guard outboundQueue.count <= 200, outboundQueue.allSatisfy({ $0.isLetter || $0.isNumber || "-_.:".contains($0) }) else {
            throw ConfigError.invalid(name: "SAV_OUTBOUND_QUEUE", value: outboundQueue, expected: "a queue name (letters, digits, - _ . :)")
        }
    }

    private static func trimmed(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}
