import ServiceRuntime
import Testing

@Suite("Logged paths")
struct LoggedPathTests {
    @Test("tracking and unsubscribe tokens never reach the logs; other paths are kept whole")
    func redaction() {
        #expect(LoggedPath.redacting("/t/o/eyJhbGciOi.sig.gif") == "/t/o/[token]")
        #expect(LoggedPath.redacting("/t/c/abc.def") == "/t/c/[token]")
        #expect(LoggedPath.redacting("/unsubscribe/abc.def") == "/unsubscribe/[token]")
        #expect(LoggedPath.redacting("/api/tickets/42") == "/api/tickets/42")
        #expect(LoggedPath.redacting("/t") == "/t")
    }
}
