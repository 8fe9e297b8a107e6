import HTTPTypes
import Hummingbird
import NIOCore
import ServiceRuntime

/// `GET /`: the dashboard, one self-contained page (inline CSS and script, no external resource) that renders
/// `/api/health/status` and refreshes itself. The content security policy enforces "nothing external".
struct DashboardController: Sendable {
    func register(on router: Router<AppRequestContext>) {
        router.get("/") { _, _ in
            Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8",
                    .cacheControl: "no-store",
                    .contentSecurityPolicy:
                        "default-src 'none'; connect-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
                    .xContentTypeOptions: "nosniff",
                    HTTPField.Name("Referrer-Policy")!: "no-referrer",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: DashboardPage.html)))
        }
    }
}
