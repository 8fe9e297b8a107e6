import Foundation
public import Logging
import Synchronization

/// One line per event on standard output:
/// `2026-11-23T18:20:01.123Z info sav-agent request_id=3f2… method=GET path=/health: message`.
///
/// Hummingbird's request id metadata (`hb.request.id`), which the request-id middleware sets to the
/// `X-Request-ID`, is printed first as `request_id=` so every line about a request can be found by it.
/// `deploy.sh` sends standard output to `logs/<service>/<service>.log`.
public struct LineLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String

    private static let output = Mutex<Void>(())

    public init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let extra = event.metadata { merged.merge(extra) { $1 } }

        var line = Self.timestamp()
        line += " \(event.level) \(label)"
        if let requestId = merged.removeValue(forKey: "hb.request.id") {
            line += " request_id=\(requestId)"
        }
        for key in merged.keys.sorted() {
            line += " \(key)=\(Self.quoted("\(merged[key]!)"))"
        }
        line += ": \(event.message)\n"
        Self.output.withLock { _ in
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }

    private static func quoted(_ value: String) -> String {
        value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) ? "\"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"" : value
    }

    private static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // Formatted by hand: `String(format:)` goes through CoreFoundation's locale-aware formatter.
        var text = ""
        text.reserveCapacity(24)
        func append(_ value: Int, width: Int, then separator: Character?) {
            let digits = String(value)
            for _ in digits.count..<width { text.append("0") }
            text += digits
            if let separator { text.append(separator) }
        }
        append(Int(parts.tm_year) + 1900, width: 4, then: "-")
        append(Int(parts.tm_mon) + 1, width: 2, then: "-")
        append(Int(parts.tm_mday), width: 2, then: "T")
        append(Int(parts.tm_hour), width: 2, then: ":")
        append(Int(parts.tm_min), width: 2, then: ":")
        append(Int(parts.tm_sec), width: 2, then: ".")
        append(now.tv_nsec / 1_000_000, width: 3, then: "Z")
        return text
    }
}
