import Foundation

/// The public URLs of the engagement routes, under `EMAIL_PUBLIC_BASE_URL`.
struct EngagementLinks: Sendable {
    let baseURL: String
    let signer: TrackingTokenSigner

    func pixel(_ claims: TrackingClaims) -> String { "\(baseURL)/t/o/\(signer.sign(claims)).gif" }
    func click(_ claims: TrackingClaims) -> String { "\(baseURL)/t/c/\(signer.sign(claims))" }
    func unsubscribe(_ claims: TrackingClaims) -> String { "\(baseURL)/unsubscribe/\(signer.sign(claims))" }
}

/// ``MessageDecorating`` for marketing mail (campaigns, automations): every `http(s)` link of the HTML part goes
/// through a signed click redirect, a 1×1 open pixel is added before `</body>`, and, when the recipient is a known
/// contact, the message gets the RFC 8058 one-click unsubscribe headers and a visible unsubscribe link in both
/// parts. Transactional mail is returned unchanged. Deterministic: the same message decorates to the same bytes.
struct TrackingDecorator: MessageDecorating {
    let links: EngagementLinks

    func decorate(_ message: OutgoingMessage) -> OutgoingMessage {
        guard message.marketing else { return message }
        var decorated = message
        func claims(_ purpose: TrackingClaims.Purpose) -> TrackingClaims {
            TrackingClaims(
                purpose: purpose, tenantId: message.tenantId, messageId: message.messageId,
                contactId: message.contactId, campaignId: message.campaignId)
        }
        let unsubscribeURL = message.contactId == nil ? nil : links.unsubscribe(claims(.unsubscribe))
        if let html = message.html {
            var body = Self.rewriteLinks(in: html) { index, url in
                // Already ours (a message decorated twice): left as it is.
                if url.hasPrefix("\(links.baseURL)/t/") || url.hasPrefix("\(links.baseURL)/unsubscribe/") { return url }
                var click = claims(.click)
                click.linkIndex = index
                click.url = url
                return links.click(click)
            }
            var footer = ""
            if let unsubscribeURL {
                footer += "<p style=\"font-size:12px;color:#777\"><a href=\"\(Self.escapeAttribute(unsubscribeURL))\">Unsubscribe</a></p>"
            }
            footer += "<img src=\"\(Self.escapeAttribute(links.pixel(claims(.open))))\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\">"
            if let close = body.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
                body.insert(contentsOf: footer, at: close.lowerBound)
            } else {
                body += footer
            }
            decorated.html = body
        }
        if let unsubscribeURL {
            if let text = message.text { decorated.text = text + "\n\n--\nUnsubscribe: \(unsubscribeURL)\n" }
            decorated.headers["List-Unsubscribe"] = "<\(unsubscribeURL)>"
            decorated.headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        }
        return decorated
    }

    // MARK: - HTML

    // `href="…"` or `href='…'` whose value is an absolute http(s) URL; other schemes (mailto:, tel:, #anchors) stay.
    private static let hrefPattern = try! NSRegularExpression(
        pattern: #"(\bhref\s*=\s*)(["'])(\s*https?://[^"'<>]*)\2"#, options: [.caseInsensitive])

    /// `html` with every absolute http(s) `href` replaced by `replacement(index, decodedURL)` (HTML-escaped back).
    static func rewriteLinks(in html: String, _ replacement: (Int, String) -> String) -> String {
        let source = html as NSString
        let matches = hrefPattern.matches(in: html, range: NSRange(location: 0, length: source.length))
        guard !matches.isEmpty else { return html }
        var result = ""
        var cursor = 0
        for (index, match) in matches.enumerated() {
            let valueRange = match.range(at: 3)
            result += source.substring(with: NSRange(location: cursor, length: valueRange.location - cursor))
            let url = unescapeAttribute(source.substring(with: valueRange).trimmingCharacters(in: .whitespaces))
            result += escapeAttribute(replacement(index, url))
            cursor = valueRange.location + valueRange.length
        }
        result += source.substring(from: cursor)
        return result
    }

    static func escapeAttribute(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The few entities that appear in URLs written into HTML attributes.
    static func unescapeAttribute(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
