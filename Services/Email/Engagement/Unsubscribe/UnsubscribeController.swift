import CommerceModels
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Metrics
import NIOCore
import ServiceRuntime

/// The public unsubscribe routes (the signed token is the proof; no credentials):
/// - `GET /unsubscribe/{token}`: a small page asking for confirmation, with a form that POSTs back. A GET never
///   changes anything (link scanners and previews fetch links).
/// - `POST /unsubscribe/{token}`: RFC 8058 one-click (`List-Unsubscribe=One-Click`, sent by mailbox providers) and
///   the page's form. Sets the contact's consent to `unsubscribed` and records an `unsubscribe` event; idempotent.
/// A token that does not verify answers 404 whatever is wrong with it.
struct UnsubscribeController: Sendable {
    let signer: TrackingTokenSigner
    let store: UnsubscribeStore
    let clock: any EngagementClock

    func register(on router: Router<AppRequestContext>) {
        router.get("unsubscribe/{token}", use: page)
        router.post("unsubscribe/{token}", use: unsubscribe)
    }

    @Sendable func page(_ request: Request, context: AppRequestContext) async throws -> Response {
        let claims = try verify(context)
        let address = try await store.contactEmail(claims).map(Self.mask)
        let whom = address.map { " for <strong>\(Self.escape($0))</strong>" } ?? ""
        return Self.html(title: "Unsubscribe", body: """
            <h1>Unsubscribe</h1>
            <p>Stop receiving marketing emails from this sender\(whom)?</p>
            <form method="post" action="">
            <input type="hidden" name="List-Unsubscribe" value="One-Click">
            <button type="submit">Unsubscribe</button>
            </form>
            <p class="small">Messages you ask for, such as order confirmations, are not affected.</p>
            """)
    }

    @Sendable func unsubscribe(_ request: Request, context: AppRequestContext) async throws -> Response {
        let claims = try verify(context)
        // The body (`List-Unsubscribe=One-Click`) carries nothing we need: drain it within the limit and go on.
        var request = request
        _ = try? await request.collectBody(upTo: 4096)
        let outcome = try await store.unsubscribe(claims, at: clock.now())
        if outcome == .unsubscribed {
            Counter(label: "email_engagement_events_total", dimensions: [("type", "unsubscribe")]).increment()
        }
        context.logger.info("unsubscribe", metadata: [
            "tenant": "\(claims.tenantId)", "contact": "\(claims.contactId ?? "-")", "outcome": "\(outcome)",
        ])
        return Self.html(title: "Unsubscribed", body: """
            <h1>You are unsubscribed</h1>
            <p>You will not receive marketing emails from this sender any more.</p>
            """)
    }

    private func verify(_ context: AppRequestContext) throws -> TrackingClaims {
        let raw = try context.parameters.require("token")
        guard let claims = signer.verify(raw, purpose: .unsubscribe), claims.contactId != nil else { throw APIError.notFound() }
        return claims
    }

    // MARK: - Page

    static func html(title: String, body: String) -> Response {
        let page = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
            <meta name="robots" content="noindex"><title>\(title)</title>
            <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}
            button{font-size:1rem;padding:.5rem 1.25rem;cursor:pointer}.small{font-size:.85rem;color:#666}</style>
            </head><body>
            \(body)
            </body></html>
            """
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                HTTPField.Name("Content-Security-Policy")!: "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
                HTTPField.Name("Referrer-Policy")!: "no-referrer",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    /// `jane.doe@example.com` → `j•••@example.com`: enough to recognise, not enough to harvest.
    static func mask(_ email: String) -> String {
        guard let at = email.firstIndex(of: "@"), at > email.startIndex else { return "•••" }
        return "\(email[email.startIndex])•••\(email[at...])"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
