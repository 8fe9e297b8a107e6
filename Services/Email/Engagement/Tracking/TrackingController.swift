import CommerceModels
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Metrics
import NIOCore
import ServiceRuntime

/// The public tracking routes (no credentials: the signed token is the proof):
/// - `GET /t/o/{token}.gif`: the open pixel, a 1×1 transparent GIF that no cache keeps; records an `open`.
/// - `GET /t/c/{token}`: records a `click` and answers 302 to the link's original URL, taken from the signed token
///   (never from the query), so the redirect can only lead where the message itself led.
/// - `HEAD` on both: the same answer without recording anything (link scanners).
/// A token that does not verify answers the same bare 404 whatever is wrong with it; nothing is recorded.
struct TrackingController: Sendable {
    let signer: TrackingTokenSigner
    let events: any EngagementEventStore
    let clock: any EngagementClock

    /// GIF89a, 1×1, one transparent pixel.
    static let pixel: [UInt8] = [
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xFF, 0xFF, 0xFF, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00,
        0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ]

    func register(on router: Router<AppRequestContext>) {
        router.get("t/o/{token}", use: open)
        router.get("t/c/{token}", use: click)
        // Link scanners and previews often probe with HEAD: same answer, nothing recorded.
        router.head("t/o/{token}", use: open)
        router.head("t/c/{token}", use: click)
    }

    @Sendable func open(_ request: Request, context: AppRequestContext) async throws -> Response {
        let raw = try context.parameters.require("token")
        guard raw.hasSuffix(".gif"), let claims = signer.verify(raw.dropLast(4), purpose: .open) else {
            throw APIError.notFound()
        }
        if request.method == .get { await record("open", claims, context: context) }
        return Response(
            status: .ok,
            headers: Self.noStore.merging([.contentType: "image/gif", .contentLength: String(Self.pixel.count)]),
            body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: Self.pixel)))
    }

    @Sendable func click(_ request: Request, context: AppRequestContext) async throws -> Response {
        let raw = try context.parameters.require("token")
        guard let claims = signer.verify(raw, purpose: .click), let url = claims.url, Self.isRedirectable(url) else {
            throw APIError.notFound()
        }
        if request.method == .get { await record("click", claims, context: context) }
        return Response(status: .found, headers: Self.noStore.merging([.location: url, HTTPField.Name("Referrer-Policy")!: "no-referrer"]))
    }

    /// Only absolute http(s) URLs were ever signed; checked again so a leaked key cannot make us redirect elsewhere.
    static func isRedirectable(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        // No control characters or spaces (header injection, odd parsers).
        return !url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F }
    }

    /// The event is best effort: a reader's pixel or link must not fail because the ledger is busy.
    private func record(_ type: String, _ claims: TrackingClaims, context: AppRequestContext) async {
        do {
            try await events.record(type: type, claims: claims, at: clock.now())
            Counter(label: "email_engagement_events_total", dimensions: [("type", type)]).increment()
        } catch {
            context.logger.error("tracking event not recorded", metadata: ["type": "\(type)", "error": "\(error)"])
        }
    }

    static let noStore: HTTPFields = [
        .cacheControl: "no-store, no-cache, must-revalidate, private, max-age=0", HTTPField.Name("Pragma")!: "no-cache",
        .expires: "0",
    ]
}

extension HTTPFields {
    /// These fields with `other`'s added.
    func merging(_ other: HTTPFields) -> HTTPFields {
        var merged = self
        for field in other { merged.append(field) }
        return merged
    }
}
