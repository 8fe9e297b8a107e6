import Foundation
import NIOHTTP1
import TestSupport
import Testing

/// The channels end to end, through the gateway's public webhook routes: Twilio WhatsApp (signature over the public
/// URL and the sorted form), Messenger (subscription check, `X-Hub-Signature-256`), signed inbound email; answers
/// leave through the outbound connectors to a local fake Twilio / Messenger / email agent that records them; bad
/// signatures are 403 and store nothing; redeliveries are harmless; a failing provider is retried through the queue.
@Suite(.serialized, .enabled(if: TestEnvironment.hasBroker, "needs the test broker (COMMERCE_TEST_AMQP_URL)"))
struct ChannelWebhookTests {
    static let emailSecret = "inbound-email-secret-0123456789"

    static func twilio(_ stack: SAVStack, _ params: [(String, String)], token: String, signature: String? = nil) async throws
        -> SAVStack.Reply
    {
        let url = stack.baseURL + "/webhook/whatsapp"
        var headers = [("Content-Type", "application/x-www-form-urlencoded")]
        headers.append(("X-Twilio-Signature", signature ?? WebhookSigning.twilio(url: url, params: params, authToken: token)))
        return try await stack.raw(.POST, "/webhook/whatsapp", body: WebhookSigning.form(params), headers: headers)
    }

    static func whatsAppMessage(_ text: String, from: String, to: String, sid: String = "SM\(SAVStack.unique())") -> [(String, String)] {
        [("MessageSid", sid), ("AccountSid", "AC0001"), ("From", "whatsapp:\(from)"), ("To", "whatsapp:\(to)"),
         ("Body", text), ("NumMedia", "0"), ("ProfileName", "Chloé")]
    }

    @Test("WhatsApp, Messenger and email: verified, answered through the channel; bad signatures refused; take-over silences the bot")
    func channels() async throws {
        let fake = try await FakeChannelProviders.start()
        defer { fake.stop() }
        let env = fake.environment.merging([
            "SAV_INBOUND_EMAIL_SECRET": Self.emailSecret, "SAV_OUTBOUND_RETRY_BASE_SECONDS": "1", "SAV_OUTBOUND_MAX_ATTEMPTS": "3",
        ]) { $1 }
        try await SAVStack.with(sav: { _ in env }) { stack in
            let shop = try await stack.newTenant("channels")
            let other = try await stack.newTenant("rival")
            let agent = try await shop.agent()
            let delivery = try await RespondTests.faq(
                stack, as: shop.admin, "How long does delivery take?", "Delivery takes 3 to 5 working days.")

            // Settings: administrators only, validated, secrets never shown, one number per tenant.
            let number = "+1415555\(Int.random(in: 1000...9999))"
            let settings = ["accountSid": "AC0001", "authToken": "twilio-token-1", "number": number]
            #expect(try await stack.put("/api/customer-service/channels/whatsapp", as: agent, json: settings).status == 403)
            let invalid = try await stack.put(
                "/api/customer-service/channels/whatsapp", as: shop.admin, json: ["accountSid": "AC0001", "authToken": "x", "number": "12"])
            #expect(invalid.status == 400 && invalid.isErrorShape)
            #expect(try await stack.put("/api/customer-service/channels/whatsapp", as: shop.admin, json: ["accountSid": "AC1"]).status == 400)
            let saved = try await stack.put("/api/customer-service/channels/whatsapp", as: shop.admin, json: settings)
            #expect(saved.status == 200, "\(saved)")
            let listed = try await stack.get("/api/customer-service/channels", as: shop.admin)
            #expect(!listed.body.contains("twilio-token-1"), "\(listed)")
            #expect((listed["whatsapp"] as? [String: Any])?["number"] as? String == number)
            let taken = try await stack.put("/api/customer-service/channels/whatsapp", as: other.admin, json: settings)
            #expect(taken.status == 409 && taken.isErrorShape)

            // A signed message is answered through Twilio with the FAQ.
            let customerPhone = "+3367\(Int.random(in: 1_000_000...9_999_999))"
            let ok = try await Self.twilio(stack, Self.whatsAppMessage("How long does delivery take?", from: customerPhone, to: number),
                                           token: "twilio-token-1")
            #expect(ok.status == 200 && ok.body.contains("<Response>"), "\(ok)")
            var sent = fake.received("Messages.json")
            #expect(sent.count == 1)
            let twilio = try #require(sent.first)
            #expect(twilio.path == "/2010-04-01/Accounts/AC0001/Messages.json")
            #expect(twilio.headers["authorization"] == "Basic " + Data("AC0001:twilio-token-1".utf8).base64EncodedString())
            #expect(twilio.form["To"] == "whatsapp:\(customerPhone)" && twilio.form["From"] == "whatsapp:\(number)")
            #expect((twilio.form["Body"] ?? "").contains("3 to 5 working days"), "\(twilio.body)")
            var conversations = try await stack.get("/api/customer-service/conversations", as: agent).items
            #expect(conversations.count == 1 && conversations.first?["channel"] as? String == "whatsapp")
            let whatsAppId = try #require(conversations.first?["id"] as? String)
            let detail = try await stack.get("/api/customer-service/conversations/\(whatsAppId)", as: agent)
            #expect((detail["customer"] as? [String: Any])?["name"] as? String == "Chloé")
            #expect((detail["messages"] as? [[String: Any]])?.count == 2)
            _ = delivery

            // The same delivery again (Twilio retries): nothing new.
            let repeated = Self.whatsAppMessage("Any news?", from: customerPhone, to: number, sid: "SMrepeat1")
            #expect(try await Self.twilio(stack, repeated, token: "twilio-token-1").status == 200)
            #expect(try await Self.twilio(stack, repeated, token: "twilio-token-1").status == 200)
            #expect(fake.received("Messages.json").count == 2)

            // Bad, missing or wrong-key signatures, an unknown number: 403 and nothing stored or sent.
            let before = try await stack.get("/api/customer-service/conversations/\(whatsAppId)", as: agent)
            let forged = Self.whatsAppMessage("Refund me now", from: customerPhone, to: number)
            for reply in [
                try await Self.twilio(stack, forged, token: "twilio-token-1", signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAA="),
                try await Self.twilio(stack, forged, token: "wrong-token"),
                try await stack.raw(.POST, "/webhook/whatsapp", body: WebhookSigning.form(forged),
                                    headers: [("Content-Type", "application/x-www-form-urlencoded")]),
                try await Self.twilio(stack, Self.whatsAppMessage("hi", from: customerPhone, to: "+19999999999"), token: "twilio-token-1"),
            ] {
                #expect(reply.status == 403 && reply.isErrorShape, "\(reply)")
            }
            let after = try await stack.get("/api/customer-service/conversations/\(whatsAppId)", as: agent)
            #expect((after["messages"] as? [Any])?.count == (before["messages"] as? [Any])?.count)
            #expect(try await stack.get("/api/customer-service/conversations", as: agent).items.count == 1)
            #expect(fake.received("Messages.json").count == 2)

            // Take-over: the customer is told through WhatsApp, the bot stays silent, the agent's message goes out.
            #expect(try await stack.post("/api/customer-service/conversations/\(whatsAppId)/take-over", as: agent).status == 200)
            sent = fake.received("Messages.json")
            #expect(sent.count == 3 && (sent.last?.form["Body"] ?? "").contains("joined"), "\(sent.map(\.body))")
            #expect(try await Self.twilio(stack, Self.whatsAppMessage("Thanks, waiting", from: customerPhone, to: number),
                                          token: "twilio-token-1").status == 200)
            #expect(fake.received("Messages.json").count == 3)
            let held = try await stack.get("/api/customer-service/conversations/\(whatsAppId)", as: agent)
            #expect((held["messages"] as? [[String: Any]])?.last?["text"] as? String == "Thanks, waiting")
            #expect(try await stack.post("/api/customer-service/conversations/\(whatsAppId)/send", as: agent,
                                         json: ["message": "Your parcel leaves today."]).status == 201)
            #expect(fake.received("Messages.json").last?.form["Body"] == "Your parcel leaves today.")

            // A failing provider: kept in the outbox, retried through the queue with backoff, sent once it recovers.
            fake.failNext(2, status: 503)
            #expect(try await stack.post("/api/customer-service/conversations/\(whatsAppId)/send", as: agent,
                                         json: ["message": "Retry me."]).status == 201)
            let pending = try await stack.get("/api/customer-service/outbox?status=pending", as: agent).items
            #expect(pending.count == 1 && pending.first?["attempts"] as? Int == 1, "\(pending)")
            let retried = try await SAVStack.eventually("the retried message sent", timeout: .seconds(20)) { () -> [String: Any]? in
                let items = try await stack.get("/api/customer-service/outbox?status=sent", as: agent).items
                return items.first { $0["body"] as? String == "Retry me." }
            }
            #expect(retried["attempts"] as? Int == 3, "\(retried)")
            #expect(fake.received("Messages.json").filter { $0.form["Body"] == "Retry me." }.count == 3)

            // A refusal for good (400) is not retried; a provider failing every attempt ends `failed` and dead-lettered.
            fake.failNext(1, status: 400)
            #expect(try await stack.post("/api/customer-service/conversations/\(whatsAppId)/send", as: agent,
                                         json: ["message": "Refused."]).status == 201)
            let refused = try await stack.get("/api/customer-service/outbox?status=failed", as: agent).items
            #expect(refused.count == 1 && refused.first?["attempts"] as? Int == 1, "\(refused)")
            #expect((refused.first?["lastError"] as? String ?? "").contains("400"), "\(refused)")
            fake.failNext(3, status: 500)
            #expect(try await stack.post("/api/customer-service/conversations/\(whatsAppId)/send", as: agent,
                                         json: ["message": "Never delivered."]).status == 201)
            let abandoned = try await SAVStack.eventually("the message given up", timeout: .seconds(20)) { () -> [String: Any]? in
                let items = try await stack.get("/api/customer-service/outbox?status=failed", as: agent).items
                return items.first { $0["body"] as? String == "Never delivered." }
            }
            #expect(abandoned["attempts"] as? Int == 3, "\(abandoned)")
            // The job itself went to the dead-letter queue (the broker's counts lag a little).
            _ = try await SAVStack.eventually("the job dead-lettered", timeout: .seconds(15)) { () -> Bool? in
                let vhost = try #require(SAVStack.brokerVirtualHost).name
                let line = try TestEnvironment.runRabbitmqctl(["list_queues", "-p", vhost, "name", "messages"])
                    .split(separator: "\n").first { $0.hasPrefix(stack.outboundQueue + ".dead\t") }
                return line?.split(separator: "\t").last == "1" ? true : nil
            }

            // Messenger: the subscription check and a signed message.
            let page = "1\(Int.random(in: 10_000_000...99_999_999))"
            let messenger = ["pageId": page, "appSecret": "app-secret-1", "pageAccessToken": "page-token-1", "verifyToken": "verify-\(page)"]
            #expect(try await stack.put("/api/customer-service/channels/messenger", as: shop.admin, json: messenger).status == 200)
            let masked = try await stack.get("/api/customer-service/channels", as: shop.admin)
            #expect(!masked.body.contains("app-secret-1") && !masked.body.contains("page-token-1") && !masked.body.contains("verify-\(page)"))
            let challenge = try await stack.call(
                .GET, "/api/customer-service/webhook/messenger?hub.mode=subscribe&hub.verify_token=verify-\(page)&hub.challenge=CHALLENGE42")
            #expect(challenge.status == 200 && challenge.body == "CHALLENGE42", "\(challenge)")
            let wrong = try await stack.call(
                .GET, "/api/customer-service/webhook/messenger?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=x")
            #expect(wrong.status == 403 && wrong.isErrorShape)
            let event: [String: Any] = ["object": "page", "entry": [[
                "id": page, "time": 1,
                "messaging": [["sender": ["id": "psid-77"], "recipient": ["id": page], "timestamp": 1,
                               "message": ["mid": "mid.\(SAVStack.unique())", "text": "How long does delivery take?"]]],
            ]]]
            let eventBody = Array(try JSONSerialization.data(withJSONObject: event))
            let badMessenger = try await stack.raw(
                .POST, "/api/customer-service/webhook/messenger", body: eventBody,
                headers: [("Content-Type", "application/json"), ("X-Hub-Signature-256", WebhookSigning.sha256(eventBody, secret: "wrong"))])
            #expect(badMessenger.status == 403 && badMessenger.isErrorShape)
            #expect(fake.received("me/messages").isEmpty)
            let goodMessenger = try await stack.raw(
                .POST, "/api/customer-service/webhook/messenger", body: eventBody,
                headers: [("Content-Type", "application/json"), ("X-Hub-Signature-256", WebhookSigning.sha256(eventBody, secret: "app-secret-1"))])
            #expect(goodMessenger.status == 200, "\(goodMessenger)")
            let sendAPI = try #require(fake.received("me/messages").first)
            #expect(sendAPI.query.contains("access_token=page-token-1"))
            #expect((sendAPI.json["recipient"] as? [String: Any])?["id"] as? String == "psid-77")
            #expect(((sendAPI.json["message"] as? [String: Any])?["text"] as? String ?? "").contains("3 to 5 working days"))

            // Inbound email, signed with the shared secret; the answer goes through the email agent with a tenant token.
            let email: [String: Any] = [
                "tenantId": shop.id, "from": "Dana@Mail.test", "fromName": "Dana", "subject": "Delivery time",
                "text": "Hello, how long does delivery take?", "messageId": "<\(SAVStack.unique())@mail.test>",
            ]
            let emailBody = Array(try JSONSerialization.data(withJSONObject: email))
            let unsigned = try await stack.raw(
                .POST, "/api/customer-service/webhook/email", body: emailBody, headers: [("Content-Type", "application/json")])
            #expect(unsigned.status == 403 && unsigned.isErrorShape)
            let badEmail = try await stack.raw(
                .POST, "/api/customer-service/webhook/email", body: emailBody,
                headers: [("Content-Type", "application/json"), ("X-Signature", WebhookSigning.sha256(emailBody, secret: "nope"))])
            #expect(badEmail.status == 403)
            #expect(fake.received("api/email/send").isEmpty)
            let goodEmail = try await stack.raw(
                .POST, "/api/customer-service/webhook/email", body: emailBody,
                headers: [("Content-Type", "application/json"), ("X-Signature", WebhookSigning.sha256(emailBody, secret: Self.emailSecret))])
            #expect(goodEmail.status == 200, "\(goodEmail)")
            let mailed = try #require(fake.received("api/email/send").first)
            #expect(mailed.json["to"] as? String == "dana@mail.test" && mailed.json["subject"] as? String == "Re: Delivery time")
            #expect((mailed.json["text"] as? String ?? "").contains("3 to 5 working days"))
            let token = try #require(mailed.headers["authorization"]?.split(separator: " ").last.map(String.init))
            let claims = try #require(Self.claims(token))
            #expect(claims["tenant"] as? String == shop.id)
            // A signed but malformed email is 400.
            let malformedBody = Array(#"{"tenantId":"x"}"#.utf8)
            let malformed = try await stack.raw(
                .POST, "/api/customer-service/webhook/email", body: malformedBody,
                headers: [("Content-Type", "application/json"), ("X-Signature", WebhookSigning.sha256(malformedBody, secret: Self.emailSecret))])
            #expect(malformed.status == 400 && malformed.isErrorShape, "\(malformed)")

            conversations = try await stack.get("/api/customer-service/conversations", as: agent).items
            #expect(Set(conversations.compactMap { $0["channel"] as? String }) == ["whatsapp", "messenger", "email"])
            // The rival tenant sees none of it.
            #expect(try await stack.get("/api/customer-service/conversations", as: try await other.agent()).items.isEmpty)
        }
    }

    /// The signing these tests use (and the agent accepts) is Twilio's: the example of Twilio's own validator tests.
    @Test("the WhatsApp signature of these tests matches Twilio's published example")
    func twilioSignatureVector() {
        let signature = WebhookSigning.twilio(
            url: "https://mycompany.com/myapp.php?foo=1&bar=2",
            params: [("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", "1234"),
                     ("From", "+14158675309"), ("To", "+18005551212")],
            authToken: "12345")
        #expect(signature == "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    }

    static func claims(_ jwt: String) -> [String: Any]? {
        let parts = jwt.split(separator: ".")
        guard parts.count == 3 else { return nil }
        var base64 = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}
