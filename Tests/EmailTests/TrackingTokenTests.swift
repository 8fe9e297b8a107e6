import Foundation
import Testing

@testable import Email

/// Signed tracking tokens and the decoration of marketing mail, as pure values.
@Suite("Tracking tokens and decoration")
struct TrackingTokenTests {
    let signer = TrackingTokenSigner(secret: Array("tracking-secret-0123456789abcdef0123".utf8))
    let claims = TrackingClaims(
        purpose: .click, tenantId: "t1", messageId: "m1", contactId: "c1", campaignId: "k1", linkIndex: 2,
        url: "https://shop.example/sale?a=1&b=2")

    @Test("a token verifies for its purpose only, and is deterministic")
    func roundTrip() throws {
        let token = signer.sign(claims)
        #expect(token == signer.sign(claims))
        #expect(signer.verify(token, purpose: .click) == claims)
        #expect(signer.verify(token, purpose: .open) == nil)
        #expect(signer.verify(token, purpose: .unsubscribe) == nil)
        // URL-safe: it goes into a path segment as it is.
        #expect(token.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) })
    }

    @Test("any change to the payload or the signature, another key, or garbage is refused")
    func tampering() throws {
        let token = signer.sign(claims)
        let parts = token.split(separator: ".").map(String.init)
        // Re-signing the same claims with another URL under another key does not verify.
        let other = TrackingTokenSigner(secret: Array("another-secret-0123456789abcdef0123".utf8))
        var evil = claims
        evil.url = "https://evil.example/"
        #expect(signer.verify(other.sign(evil), purpose: .click) == nil)
        // Swapping the payload of a valid token for another one keeps the old signature: refused.
        let forgedPayload = other.sign(evil).split(separator: ".")[0]
        #expect(signer.verify("\(forgedPayload).\(parts[1])", purpose: .click) == nil)
        // Flipping one character anywhere.
        for index in [0, parts[0].count / 2, token.count - 2] {
            var characters = Array(token)
            characters[index] = characters[index] == "A" ? "B" : "A"
            #expect(signer.verify(String(characters), purpose: .click) == nil)
        }
        for garbage in ["", ".", "abc", "abc.def", "\(parts[0]).", ".\(parts[1])", token + ".x", String(repeating: "a", count: 7000)] {
            #expect(signer.verify(garbage, purpose: .click) == nil)
        }
    }

    @Test("marketing HTML: links tracked in order, pixel before </body>, one-click headers, visible unsubscribe link")
    func decorateMarketing() throws {
        let decorator = TrackingDecorator(links: EngagementLinks(baseURL: "https://mail.example", signer: signer))
        let message = OutgoingMessage(
            messageId: "m1", tenantId: "t1", contactId: "c1", campaignId: "k1", to: "jane@example.com", subject: "Sale",
            html: #"<html><body><a href="https://shop.example/a?x=1&amp;y=2">A</a> <a href='http://shop.example/b'>B</a> <a href="mailto:help@shop.example">mail</a></body></html>"#,
            text: "Sale at https://shop.example/a", headers: [:], marketing: true)
        let decorated = decorator.decorate(message)
        #expect(decorator.decorate(message) == decorated)
        let html = try #require(decorated.html)
        #expect(!html.contains("https://shop.example/a"))
        #expect(html.contains("mailto:help@shop.example"))
        let clicks = html.components(separatedBy: "https://mail.example/t/c/").dropFirst()
            .map { String($0.prefix { $0 != "\"" && $0 != "'" }) }
        #expect(clicks.count == 2)
        let first = try #require(signer.verify(clicks[0], purpose: .click))
        #expect(first.url == "https://shop.example/a?x=1&y=2" && first.linkIndex == 0 && first.campaignId == "k1")
        #expect(signer.verify(clicks[1], purpose: .click)?.url == "http://shop.example/b")
        let pixel = try #require(html.range(of: "https://mail.example/t/o/"))
        #expect(pixel.lowerBound < html.range(of: "</body>")!.lowerBound)
        let unsubscribe = try #require(decorated.headers["List-Unsubscribe"])
        #expect(unsubscribe.hasPrefix("<https://mail.example/unsubscribe/") && unsubscribe.hasSuffix(">"))
        #expect(decorated.headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click")
        let unsubscribeToken = String(unsubscribe.dropFirst("<https://mail.example/unsubscribe/".count).dropLast())
        #expect(signer.verify(unsubscribeToken, purpose: .unsubscribe)?.contactId == "c1")
        #expect(html.contains("/unsubscribe/\(unsubscribeToken)"))
        #expect(decorated.text?.contains("Unsubscribe: https://mail.example/unsubscribe/") == true)
        // Decorating again does not wrap the tracked links a second time.
        #expect(decorator.decorate(decorated).html?.components(separatedBy: "/t/c/").count == html.components(separatedBy: "/t/c/").count)
    }

    @Test("transactional mail is left alone")
    func transactional() {
        let decorator = TrackingDecorator(links: EngagementLinks(baseURL: "https://mail.example", signer: signer))
        let message = OutgoingMessage(
            messageId: "m2", tenantId: "t1", contactId: "c1", campaignId: nil, to: "jane@example.com", subject: "Receipt",
            html: #"<a href="https://shop.example/order/1">order</a>"#, text: "x", headers: [:], marketing: false)
        #expect(decorator.decorate(message) == message)
    }

    @Test("the redirect target must be an absolute http(s) URL")
    func redirectable() {
        #expect(TrackingController.isRedirectable("https://shop.example/x"))
        #expect(!TrackingController.isRedirectable("javascript:alert(1)"))
        #expect(!TrackingController.isRedirectable("//evil.example"))
        #expect(!TrackingController.isRedirectable("https://shop.example/\r\nSet-Cookie: a"))
    }
}
