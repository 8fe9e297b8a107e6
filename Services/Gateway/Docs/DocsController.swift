import Foundation
import Hummingbird
import NIOCore
import ServiceRuntime

/// `GET /openapi.json` (the OpenAPI 3.1 document) and `GET /docs` (the same, as one self-contained HTML page:
/// inline CSS, no script, no font, nothing fetched from the network).
struct DocsController: Sendable {
    static let json: ByteBuffer = makeJSON()

    static func makeJSON() -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(OpenAPIDocument.document)
        } catch {
            data = Data("{}".utf8)
        }
        return ByteBuffer(bytes: data)
    }

    static let html: ByteBuffer = ByteBuffer(string: DocsPage.render(OpenAPIDocument.operations, schemas: OpenAPIDocument.schemas))

    func register(on router: Router<AppRequestContext>) {
        router.get("openapi.json") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=300"],
                body: ResponseBody(byteBuffer: Self.json))
        }
        router.get("docs") { _, _ in
            Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8", .cacheControl: "public, max-age=300",
                    .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'",
                ],
                body: ResponseBody(byteBuffer: Self.html))
        }
    }
}

/// Renders the operations as HTML.
enum DocsPage {
    static func render(_ operations: [OpenAPIDocument.Operation], schemas: [(String, JSONValue)]) -> String {
        var tags: [String] = []
        for operation in operations where !tags.contains(operation.tag) { tags.append(operation.tag) }
        var html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>CommerceAI API</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
            body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;background:#f7f8fa}
            header{background:#1d2330;color:#fff;padding:24px 32px}header h1{margin:0 0 6px;font-size:24px}
            header p{margin:0;max-width:900px;color:#c9cfdb}main{display:flex}nav{width:220px;padding:16px 24px;position:sticky;top:0;height:100vh;overflow:auto}
            nav a{display:block;color:#364152;text-decoration:none;padding:2px 0}section{flex:1;padding:8px 32px 48px;max-width:1100px}
            h2{margin-top:32px;border-bottom:1px solid #d8dde6;padding-bottom:4px}
            details{background:#fff;border:1px solid #d8dde6;border-radius:6px;margin:8px 0}summary{cursor:pointer;padding:8px 12px;list-style:none}
            .m{display:inline-block;min-width:64px;text-align:center;font-weight:600;font-size:12px;border-radius:4px;padding:2px 6px;color:#fff;margin-right:8px}
            .get{background:#2f7d32}.post{background:#1565c0}.put{background:#8e6a00}.patch{background:#6a1b9a}.delete{background:#c62828}
            code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}pre{background:#f1f3f6;padding:8px;border-radius:4px;overflow:auto}
            .body{padding:4px 16px 12px}.lock{color:#8e6a00;font-size:12px;margin-left:8px}table{border-collapse:collapse}td,th{padding:2px 10px 2px 0;text-align:left;vertical-align:top}
            </style></head><body>
            <header><h1>CommerceAI API</h1><p>Every request goes through the gateway. JSON in and out; errors are
            <code>{"error": {"code", "message", "requestId"}}</code>; every response carries <code>X-Request-ID</code>.
            Authenticate with <code>Authorization: Bearer &lt;access token or API key&gt;</code>. The machine-readable
            description is <a href="/openapi.json" style="color:#9ecbff">/openapi.json</a> (OpenAPI 3.1).</p></header>
            <main><nav>
            """
        for tag in tags { html += "<a href=\"#\(anchor(tag))\">\(escape(tag))</a>" }
        html += "<a href=\"#schemas\">Schemas</a></nav><section>"
        for tag in tags {
            html += "<h2 id=\"\(anchor(tag))\">\(escape(tag))</h2>"
            for operation in operations where operation.tag == tag {
                html += "<details><summary><span class=\"m \(operation.method)\">\(operation.method.uppercased())</span>"
                html += "<code>\(escape(operation.path))</code> — \(escape(operation.summary))"
                switch operation.access {
                case .bearer: html += "<span class=\"lock\">bearer\(operation.roles.map { " · " + escape($0) } ?? "")</span>"
                case .publicRoute: html += "<span class=\"lock\">public</span>"
                case .webhook: html += "<span class=\"lock\">public, signed</span>"
                }
                html += "</summary><div class=\"body\">"
                let rendered = OpenAPIDocument.render(operation)
                if case .array(let parameters)? = rendered["parameters"], !parameters.isEmpty {
                    html += "<p><b>Parameters</b></p><table>"
                    for parameter in parameters {
                        html += "<tr><td><code>\(escape(text(parameter["name"])))</code></td><td>\(escape(text(parameter["in"])))</td>"
                        html += "<td>\(escape(text(parameter["description"])))</td></tr>"
                    }
                    html += "</table>"
                }
                if let body = operation.body {
                    html += "<p><b>Request body</b></p><pre>\(escape(pretty(body)))</pre>"
                }
                if case .object(let responses)? = rendered["responses"] {
                    html += "<p><b>Responses</b></p><table>"
                    for (code, response) in responses {
                        html += "<tr><td><code>\(code)</code></td><td>\(escape(text(response["description"])))</td></tr>"
                    }
                    html += "</table>"
                }
                if let response = operation.response {
                    html += "<p><b>\(operation.status) body</b> (<code>\(escape(operation.responseType))</code>)</p>"
                    html += "<pre>\(escape(pretty(response)))</pre>"
                }
                html += "</div></details>"
            }
        }
        html += "<h2 id=\"schemas\">Schemas</h2>"
        for (name, schema) in schemas {
            html += "<details><summary><code>\(escape(name))</code></summary><div class=\"body\"><pre>\(escape(pretty(schema)))</pre></div></details>"
        }
        html += "</section></main></body></html>\n"
        return html
    }

    private static func text(_ value: JSONValue?) -> String {
        if case .string(let text)? = value { return text }
        return ""
    }

    private static func pretty(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    private static func anchor(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: " ", with: "-")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
