import AsyncHTTPClient
import CommerceModels
import Foundation
import TestSupport
import Testing

/// Headless Chromium (Debian's `chromium`), found on the `PATH` or at `CHROMIUM`.
enum Chromium {
    static var path: String? {
        if let explicit = ProcessInfo.processInfo.environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) {
            return explicit
        }
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            for name in ["chromium", "chromium-browser"] {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Runs chromium headless with `arguments` (after the common flags), killed after `timeout`; returns stdout.
    static func run(_ arguments: [String], timeout: Duration = .seconds(60)) async throws -> String {
        guard let path else { throw TestSupportError("chromium is not installed") }
        let profile = try TemporaryDirectory("chromium-profile")
        defer { profile.remove() }
        let output = profile.url.appendingPathComponent("stdout.txt")
        let errors = profile.url.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions", "--hide-scrollbars", "--mute-audio", "--user-data-dir=\(profile.path)",
        ] + arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                try? await Task.sleep(for: .seconds(1))
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                throw TestSupportError("chromium did not finish within \(timeout)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        let stdout = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw TestSupportError("chromium exited \(process.terminationStatus): \(stderr.suffix(2000))")
        }
        return stdout
    }
}

/// The dashboard, rendered by a real browser against a real monitor polling real agents.
@Suite("Dashboard in a browser", .serialized)
struct DashboardBrowserTests {
    @Test(
        "every service's name and state appear in the rendered dashboard; screenshots are saved",
        .enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium, or deploy.sh test): skipped"),
        .enabled(if: TestEnvironment.hasBroker, Comment(rawValue: MonitorProcessTests.brokerMissing)),
        .timeLimit(.minutes(3)))
    func rendersEveryService() async throws {
        try requireBinaries([.healthMonitor, .advertising, .content])
        let advertising = try DaemonProcess(.advertising)
        let content = try DaemonProcess(.content)
        try await advertising.waitHealthy()
        try await content.waitHealthy()
        let deadPort = try freeTCPPort()  // pages-agent is not running: it must show as down
        var environment = MonitorProcessTests.monitorEnvironment(
            targets: [(.advertising, advertising.port), (.content, content.port), (.pages, deadPort)])
        environment["HEALTH_MONITOR_CHECK_BROKER"] = "true"
        let monitor = try DaemonProcess(.healthMonitor, environment: environment)
        try await monitor.waitHealthy()
        let api = MonitorClient(baseURL: monitor.baseURL)
        try await api.waitFor("advertising-agent", "ok", timeout: .seconds(10))
        try await api.waitFor("content-agent", "ok", timeout: .seconds(10))
        try await api.waitFor("pages-agent", "down", timeout: .seconds(10))
        try await api.waitFor("rabbitmq", "ok", timeout: .seconds(15))
        try await Task.sleep(for: .seconds(2))  // some history for the sparklines

        // The page itself: self-contained, nothing fetched from elsewhere.
        let page = try await HTTPClient.shared.send(.GET, "\(monitor.baseURL)/")
        #expect(page.status == 200)
        #expect(page.headers.first(name: "content-type")?.hasPrefix("text/html") == true)
        for external in ["src=", "href=", "<link", "@import", "url(", "//cdn"] {
            #expect(!page.body.contains(external), "the dashboard references an external resource (\(external))")
        }
        #expect(page.headers.first(name: "content-security-policy")?.contains("default-src 'none'") == true)

        let expected = try await api.status()
        let dom = try await Chromium.run(["--virtual-time-budget=5000", "--dump-dom", "\(monitor.baseURL)/"])
        #expect(dom.contains("id=\"services\""), "no dashboard in the DOM:\n\(dom.prefix(2000))")
        for target in expected.services + [expected.broker].compactMap({ $0 }) {
            // The card of each target carries its name and its state, as data attributes and as text.
            let card = try #require(
                cardHTML(in: dom, service: target.name), "no card for \(target.name) in the DOM:\n\(dom.prefix(4000))")
            #expect(card.contains("data-status=\"\(target.status)\""), "\(target.name): \(card.prefix(400))")
            #expect(card.contains(">\(target.name)<"))
            #expect(card.contains(">\(target.status)<"))
            #expect(card.contains("<svg"), "\(target.name) has no sparkline")
        }
        #expect(dom.contains("data-service=\"pages-agent\" data-status=\"down\""))
        #expect(dom.contains("data-service=\"advertising-agent\" data-status=\"ok\""))
        #expect(dom.contains("pages-agent is down"), "the recent alerts list the outage")
        #expect(dom.contains("data-queue=\"notifications\""))

        let output = try TestEnvironment.outputDirectory("health-monitor")
        for (name, size) in [("dashboard-desktop.png", "1280,1000"), ("dashboard-phone.png", "390,1500")] {
            let file = output.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: file)
            _ = try await Chromium.run([
                "--virtual-time-budget=5000", "--window-size=\(size)", "--screenshot=\(file.path)", "\(monitor.baseURL)/",
            ])
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect((attributes[.size] as? Int ?? 0) > 10_000, "\(name) looks empty")
        }

        try await monitor.stop()
        try await advertising.stop()
        try await content.stop()
    }

    /// The outer HTML of the card whose `data-service` is `service` (up to the next card or section).
    func cardHTML(in dom: String, service: String) -> String? {
        guard let start = dom.range(of: "<article class=\"card\" data-service=\"\(service)\"") else { return nil }
        let rest = dom[start.lowerBound...]
        let end = rest.range(of: "</article>")?.upperBound ?? rest.endIndex
        return String(rest[..<end])
    }
}
