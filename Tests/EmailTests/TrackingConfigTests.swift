import Foundation
import ServiceRuntime
import TestSupport
import Testing

@testable import Email

/// The engagement configuration: the tracking key (given, or generated once and kept), the public base URL, the
/// scheduler's timing and clock.
@Suite("Tracking configuration")
struct TrackingConfigTests {
    func config(_ environment: [String: String]) throws -> EngagementConfig {
        try EngagementConfig(service: ServiceConfig(service: .email, environment: environment))
    }

    @Test("defaults: a generated key kept under DATA_DIR (the same at the next start), the gateway as public base")
    func defaults() throws {
        let directory = try TemporaryDirectory("engagement-config")
        defer { directory.remove() }
        let first = try config(["DATA_DIR": directory.path])
        #expect(first.trackingSecret.count >= EngagementConfig.minimumSecretBytes)
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("email-tracking-secret").path))
        #expect(try config(["DATA_DIR": directory.path]).trackingSecret == first.trackingSecret)
        #expect(first.publicBaseURL == "http://127.0.0.1:4000")
        #expect(first.tickInterval == .seconds(5) && first.batchSize == 100 && first.clockOffsetFile == nil)
    }

    @Test("explicit values; a short key, a bad URL or a bad tick are refused at start")
    func explicit() throws {
        let directory = try TemporaryDirectory("engagement-config")
        defer { directory.remove() }
        let secret = String(repeating: "k", count: 32)
        let explicit = try config([
            "DATA_DIR": directory.path, "EMAIL_TRACKING_SECRET": secret, "EMAIL_PUBLIC_BASE_URL": "https://mail.example.com/",
            "EMAIL_AUTOMATION_TICK_MS": "250", "EMAIL_CLOCK_OFFSET_FILE": "/tmp/offset",
        ])
        #expect(explicit.trackingSecret == Array(secret.utf8))
        #expect(explicit.publicBaseURL == "https://mail.example.com")
        #expect(explicit.tickInterval == .milliseconds(250) && explicit.clockOffsetFile == "/tmp/offset")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("email-tracking-secret").path))
        #expect(throws: ConfigError.self) { try config(["DATA_DIR": directory.path, "EMAIL_TRACKING_SECRET": "short"]) }
        for url in ["ftp://mail.example.com", "mail.example.com", "https://mail.example.com/?a=1"] {
            #expect(throws: ConfigError.self) { try config(["DATA_DIR": directory.path, "EMAIL_PUBLIC_BASE_URL": url]) }
        }
        #expect(throws: ConfigError.self) { try config(["DATA_DIR": directory.path, "EMAIL_AUTOMATION_TICK_MS": "0"]) }
    }

    @Test("the offset clock adds the file's seconds, read at every call; no file or garbage means no offset")
    func offsetClock() throws {
        let directory = try TemporaryDirectory("engagement-clock")
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("offset").path
        let clock = OffsetFileClock(path: path)
        #expect(abs(clock.now().timeIntervalSinceNow) < 5)
        try "86400".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(abs(clock.now().timeIntervalSinceNow - 86_400) < 5)
        try "soon".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(abs(clock.now().timeIntervalSinceNow) < 5)
        try "-500".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(abs(clock.now().timeIntervalSinceNow) < 5)
    }
}
