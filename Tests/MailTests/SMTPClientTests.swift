import Foundation
import Logging
import Mail
import TestSupport
import Testing

@Suite("MIME rendering")
struct MIMEWriterTests {
    @Test("headers are encoded, bodies quoted-printable, lines end in CRLF")
    func rendering() throws {
        let message = EmailMessage(
            from: try EmailAddress("shop@example.com", name: "Boutique Élise"), to: [try EmailAddress("ana@example.org")],
            subject: "Votre commande n°123 est expédiée ✓", textBody: "Bonjour,\n.début de ligne\nÀ bientôt", htmlBody: "<p>Bonjour</p>",
            headers: [("List-Unsubscribe", "<https://shop.example/u/1>")], messageId: "m1@example.com")
        let text = String(decoding: try MIMEWriter.render(message), as: UTF8.self)
        #expect(text.contains("From: =?utf-8?B?"))
        #expect(text.contains("Subject: =?utf-8?B?"))
        #expect(!text.contains("Élise"))
        #expect(text.contains("Message-ID: <m1@example.com>"))
        #expect(text.contains("List-Unsubscribe: <https://shop.example/u/1>"))
        #expect(text.contains("Content-Type: multipart/alternative; boundary="))
        #expect(text.contains("=2Ed=C3=A9but de ligne"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test("addresses and headers that could inject are refused")
    func injection() throws {
        #expect(throws: MailError.self) { try EmailAddress("a@b.com\r\nRCPT TO:<x@y.z>") }
        #expect(throws: MailError.self) { try EmailAddress("not-an-address") }
        #expect(throws: MailError.self) { try EmailAddress("a@b.com", name: "Eve\r\nBcc: x@y.z") }
        let message = EmailMessage(
            from: try EmailAddress("a@b.com"), to: [try EmailAddress("c@d.com")], subject: "s", textBody: "t",
            headers: [("X-Tag", "v\r\nBcc: x@y.z")])
        #expect(throws: MailError.invalidHeader("X-Tag")) { try MIMEWriter.render(message) }
    }
}

@Suite("SMTP over libcurl", .enabled(if: SMTPTestServer.isAvailable, "needs COMMERCE_TEST_PYTHON with aiosmtpd (deploy.sh test)"))
struct SMTPClientTests {
    static let logger = Logger(label: "smtp-test")

    @Test("an email reaches a real SMTP server intact, over reused connections")
    func delivery() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        let client = SMTPClient(configuration: try SMTPConfiguration(url: server.url, maxConnections: 2), logger: Self.logger)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<20 {
                group.addTask {
                    try await client.send(EmailMessage(
                        from: try EmailAddress("shop@example.com"), to: [try EmailAddress("customer\(index)@example.org")],
                        subject: "Commande \(index) expédiée", textBody: "Bonjour client \(index)", htmlBody: "<b>\(index)</b>"))
                }
            }
            for try await code in group { #expect(code == 250) }
        }
        let received = try server.received()
        #expect(received.count == 20)
        #expect(Set(received.flatMap(\.to)) == Set((0..<20).map { "customer\($0)@example.org" }))
        #expect(received.allSatisfy { $0.from == "shop@example.com" })
        // The subject is non-ASCII, so it travels as an RFC 2047 encoded word that decodes back to the original.
        let first = try #require(received.first { $0.to == ["customer3@example.org"] })
        let encoded = try #require(first.raw.split(separator: "\r\n").first { $0.hasPrefix("Subject: ") })
        let decoded = encoded.dropFirst("Subject: ".count).split(separator: " ").map { word -> String in
            let base64 = word.dropFirst("=?utf-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(base64)) ?? Data(), as: UTF8.self)
        }.joined()
        #expect(decoded == "Commande 3 expédiée")
        #expect(first.raw.contains("Bonjour client 3"))
    }

    @Test("4xx replies are transient, 5xx permanent, a closed port transient")
    func failures() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        let client = SMTPClient(configuration: try SMTPConfiguration(url: server.url), logger: Self.logger)
        func send(to address: String) async throws {
            try await client.send(EmailMessage(
                from: try EmailAddress("shop@example.com"), to: [try EmailAddress(address)], subject: "s", textBody: "t"))
        }
        await #expect { try await send(to: "bounce@example.org") } throws: { ($0 as? MailError).map { !$0.isTransient && "\($0)".contains("550") } ?? false }
        await #expect { try await send(to: "busy@example.org") } throws: { ($0 as? MailError)?.isTransient == true && "\($0)".contains("451") }
        try await send(to: "fine@example.org")  // the handle is still usable after failures
        #expect(try server.received().count == 1)

        let closed = SMTPClient(configuration: try SMTPConfiguration(url: "smtp://127.0.0.1:\(try freeTCPPort())?tls=none"), logger: Self.logger)
        await #expect { try await closed.send(EmailMessage(
            from: try EmailAddress("a@b.com"), to: [try EmailAddress("c@d.com")], subject: "s", textBody: "t")) } throws: {
            ($0 as? MailError)?.isTransient == true
        }
    }
}
