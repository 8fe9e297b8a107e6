import Foundation

/// The JSON body of an `email.sending` message: one email, rendered for its recipient and decorated, so a
/// delivery worker needs nothing but the SMTP server to send it. The AMQP `message_id` is `messageId`.
struct DeliveryJob: Codable, Sendable, Equatable {
    /// `campaign`, `transactional`, `notification`, `automation` or `alert`.
    var kind: String
    var messageId: String
    var tenantId: String
    var contactId: String?
    var campaignId: String?
    var to: String
    var subject: String
    var html: String?
    var text: String?
    var headers: [String: String]
    var marketing: Bool

    init(_ message: OutgoingMessage, kind: String) {
        self.kind = kind
        self.messageId = message.messageId
        self.tenantId = message.tenantId
        self.contactId = message.contactId
        self.campaignId = message.campaignId
        self.to = message.to
        self.subject = message.subject
        self.html = message.html
        self.text = message.text
        self.headers = message.headers
        self.marketing = message.marketing
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    func encoded() throws -> [UInt8] { Array(try Self.encoder.encode(self)) }
}
