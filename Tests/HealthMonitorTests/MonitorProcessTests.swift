import AsyncHTTPClient
import CommerceModels
import Foundation
import TestSupport
import Testing

/// The real `health-monitor` binary polling a real `advertising-agent` binary over sockets, with a real webhook
/// receiver: an outage and a recovery are each detected in time and alerted exactly once.
@Suite("Health monitor with real daemons", .serialized)
struct MonitorProcessTests {
    /// The poll interval of these tests.
    static let interval = 0.2

    static func monitorEnvironment(targets: [(ServiceIdentity, Int)], webhook: String? = nil) -> [String: String] {
        var environment = [
            "HEALTH_MONITOR_TARGETS": targets.map(\.0.name).joined(separator: ","),
            "HEALTH_MONITOR_POLL_INTERVAL_MS": String(Int(interval * 1000)),
            "HEALTH_MONITOR_TIMEOUT_MS": "150",
            "HEALTH_MONITOR_FAILURE_THRESHOLD": "2",
            "HEALTH_MONITOR_SUCCESS_THRESHOLD": "2",
            "HEALTH_MONITOR_CHECK_BROKER": "false",
        ]
        for (service, port) in targets { environment["\(service.environmentPrefix)_URL"] = "http://127.0.0.1:\(port)" }
        if let webhook { environment["HEALTH_MONITOR_WEBHOOK_URL"] = webhook }
        return environment
    }

    /// Agents report `degraded` without a broker (their `/health` checks it): the up/down tests need the test broker.
    static let brokerMissing = "needs the test broker (COMMERCE_TEST_AMQP_URL, set by deploy.sh test): skipped"

    @Test(
        "a stopped agent is down within three poll intervals and ok again after a restart, one alert each way",
        .enabled(if: TestEnvironment.hasBroker, Comment(rawValue: brokerMissing)), .timeLimit(.minutes(2)))
    func outageAndRecovery() async throws {
        try requireBinaries([.healthMonitor, .advertising])
        let webhook = try await WebhookReceiver.start()
        defer { webhook.stop() }
        let agentPort = try freeTCPPort()
        let agent = try DaemonProcess(.advertising, port: agentPort)
        try await agent.waitHealthy()
        let monitor = try DaemonProcess(
            .healthMonitor, environment: Self.monitorEnvironment(targets: [(.advertising, agentPort)], webhook: webhook.url))
        try await monitor.waitHealthy()
        let api = MonitorClient(baseURL: monitor.baseURL)

        // Up: the first verdict is not alerted.
        let up = try await api.waitFor("advertising-agent", "ok", timeout: .seconds(10))
        #expect(up.latencyMs != nil)
        #expect(up.uptimePercent == 100)
        try await Task.sleep(for: .seconds(1))  // several polls while up: still no alert
        #expect(webhook.alerts.isEmpty)

        // Down: SIGTERM, as an operator stops it.
        let stoppedAt = Date()
        try await agent.stop()
        let down = try await api.waitFor("advertising-agent", "down", timeout: .seconds(5))
        let downSince = try #require(parseTime(down.since))
        let detection = downSince.timeIntervalSince(stoppedAt)
        #expect(detection <= 3 * Self.interval, "down after \(detection) s, more than three poll intervals")
        #expect(down.latencyMs == nil)
        try await Task.sleep(for: .seconds(1.5))  // ~7 failed polls: still one alert
        let whileDown = webhook.alerts.filter { $0.subject == "advertising-agent" }
        #expect(whileDown.count == 1, "alerts while down: \(whileDown.map(\.message))")
        #expect(whileDown.first?.kind == "down")
        #expect(whileDown.first?.event == "raised")
        #expect(whileDown.first?.previousStatus == "ok")

        // Back on the same port.
        let restarted = try DaemonProcess(.advertising, port: agentPort)
        try await restarted.waitHealthy()
        let back = try await api.waitFor("advertising-agent", "ok", timeout: .seconds(5))
        let backSince = try #require(parseTime(back.since))
        #expect(backSince > downSince)
        try await Task.sleep(for: .seconds(1.5))  // ~7 good polls: still one recovery alert

        let alerts = webhook.alerts.filter { $0.subject == "advertising-agent" }
        #expect(alerts.map(\.event) == ["raised", "resolved"], "webhook alerts: \(alerts.map(\.message))")
        #expect(alerts.map(\.status) == ["down", "ok"])
        #expect(Set(alerts.map(\.id)).count == 2)

        // The monitor's own record agrees: its alert list, its history, its log, its metrics.
        let listed = try await HTTPClient.shared.send(.GET, "\(monitor.baseURL)/api/health/alerts")
        #expect(listed.status == 200)
        for alert in alerts { #expect(listed.body.contains(alert.id)) }

        let history = try await HTTPClient.shared.send(.GET, "\(monitor.baseURL)/api/health/history?service=advertising-agent&limit=200")
        #expect(history.status == 200)
        struct History: Decodable {
            struct Change: Decodable { var from: String; var to: String }
            struct Item: Decodable { var status: String }
            var items: [Item]
            var transitions: [Change]
        }
        let decoded = try JSONDecoder().decode(History.self, from: Data(history.body.utf8))
        #expect(decoded.transitions.map { "\($0.from)->\($0.to)" } == ["down->ok", "ok->down", "unknown->ok"])
        #expect(decoded.items.contains { $0.status == "down" } && decoded.items.contains { $0.status == "ok" })

        let log = monitor.log()
        #expect(log.contains("alert: advertising-agent is down"))
        #expect(log.contains("alert: advertising-agent is ok again"))
        let metrics = try await HTTPClient.shared.getString("\(monitor.baseURL)/metrics")
        #expect(metrics.contains(#"health_monitor_target_up{target="advertising-agent"} 1"#))
        #expect(metrics.contains("health_monitor_target_latency_ms"))

        try await restarted.stop()
        #expect(try await monitor.stop() == 0)
    }

    @Test(
        "a queue without consumers on the real broker is flagged and alerted once; the broker is ok",
        .enabled(if: TestEnvironment.hasBroker, Comment(rawValue: brokerMissing)), .timeLimit(.minutes(2)))
    func queueWithoutConsumersOnTheBroker() async throws {
        try requireBinaries([.healthMonitor])
        let webhook = try await WebhookReceiver.start()
        defer { webhook.stop() }
        // A queue of its own, declared by nobody: it does not exist, so nobody consumes it.
        let orphan = "health-test.orphan-\(UUID().uuidString.prefix(8).lowercased())"
        var environment = Self.monitorEnvironment(targets: [(.pages, try freeTCPPort())], webhook: webhook.url)
        environment["HEALTH_MONITOR_CHECK_BROKER"] = "true"
        environment["HEALTH_MONITOR_QUEUES"] = "notifications,\(orphan)"
        let monitor = try DaemonProcess(.healthMonitor, environment: environment)
        try await monitor.waitHealthy()
        let api = MonitorClient(baseURL: monitor.baseURL)
        try await api.waitFor("rabbitmq", "ok", timeout: .seconds(15))

        try await eventually(timeout: .seconds(10)) {
            try await api.status().queues.first { $0.name == orphan }?.status == "warning"
        }
        let raw = try await HTTPClient.shared.getString("\(monitor.baseURL)/api/health/status")
        #expect(raw.contains("queue_no_consumers"))
        #expect(raw.contains("queue \(orphan) does not exist"))
        try await Task.sleep(for: .seconds(1.5))  // more broker polls: still one alert for the queue
        let alerts = webhook.alerts.filter { $0.subject == orphan }
        #expect(alerts.map(\.kind) == ["queue_no_consumers"], "\(alerts.map(\.message))")
        #expect(alerts.first?.event == "raised")
        // The broker's own numbers are read: the declared notifications queue has a depth and a consumer count.
        struct Raw: Decodable { struct Queue: Decodable { var name: String; var depth: Int?; var consumers: Int? }; var queues: [Queue] }
        let decoded = try JSONDecoder().decode(Raw.self, from: Data(raw.utf8))
        let notifications = try #require(decoded.queues.first { $0.name == "notifications" })
        #expect(notifications.depth != nil && notifications.consumers != nil)
        try await monitor.stop()
    }

    @Test("history answers API errors for bad input", .timeLimit(.minutes(1)))
    func historyValidation() async throws {
        try requireBinaries([.healthMonitor])
        let deadPort = try freeTCPPort()
        let monitor = try DaemonProcess(.healthMonitor, environment: Self.monitorEnvironment(targets: [(.pages, deadPort)]))
        try await monitor.waitHealthy()
        let base = "\(monitor.baseURL)/api/health/history"
        let cases: [(String, String)] = [
            ("", "service is required"),
            ("?service=nope", "service must be one of: pages-agent"),
            ("?service=pages-agent&since=yesterday", "since must be an RFC 3339 time"),
            ("?service=pages-agent&since=2999-01-01T00:00:00Z", "since must not be in the future"),
            ("?service=pages-agent&limit=0", "limit must be an integer between 1 and 200"),
            ("?service=pages-agent&cursor=abc", "cursor is malformed"),
        ]
        for (query, message) in cases {
            let response = try await HTTPClient.shared.send(.GET, base + query, headers: [("X-Request-ID", "history-check")])
            #expect(response.status == 400, "\(query)")
            let body = try JSONDecoder().decode(ErrorResponseBody.self, from: Data(response.body.utf8))
            #expect(body.error.code == "validation_failed")
            #expect(body.error.message.hasPrefix(message), "\(query): \(body.error.message)")
            #expect(body.error.requestId == "history-check")
        }
        // A target that never answered: down after the failure threshold, its history paginates.
        try await MonitorClient(baseURL: monitor.baseURL).waitFor("pages-agent", "down", timeout: .seconds(5))
        let first = try await HTTPClient.shared.send(.GET, base + "?service=pages-agent&since=2020-01-01T00:00:00Z&limit=1")
        #expect(first.status == 200)
        struct Item: Decodable { var at: String; var status: String }
        struct Page: Decodable { var items: [Item]; var nextCursor: String? }
        let page = try JSONDecoder().decode(Page.self, from: Data(first.body.utf8))
        #expect(page.items.count == 1)
        let cursor = try #require(page.nextCursor)
        let second = try await HTTPClient.shared.send(.GET, base + "?service=pages-agent&since=2020-01-01T00:00:00Z&limit=1&cursor=\(cursor)")
        #expect(second.status == 200)
        #expect(second.body != first.body)
        try await monitor.stop()
    }
}
