internal import CRabbitMQ
import Logging
import Metrics
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Copies an amqp_bytes_t into a Swift string (the bytes belong to rabbitmq-c and die at the next release).
func string(_ bytes: amqp_bytes_t) -> String {
    guard let pointer = bytes.bytes, bytes.len > 0 else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: pointer, count: bytes.len), as: UTF8.self)
}

/// Builds an AMQP table of queue arguments valid for the duration of `body`.
func withTable<R>(_ arguments: [String: Topology.Argument], _ body: (amqp_table_t) -> R) -> R {
    guard !arguments.isEmpty else { return body(amqp_empty_table) }
    var strings: [UnsafeMutablePointer<CChar>] = []
    defer { strings.forEach { free($0) } }
    let entries = UnsafeMutablePointer<amqp_table_entry_t>.allocate(capacity: arguments.count)
    defer { entries.deallocate() }
    for (index, (key, value)) in arguments.sorted(by: { $0.key < $1.key }).enumerated() {
        let keyPointer = strdup(key)!
        strings.append(keyPointer)
        switch value {
        case .string(let text):
            let valuePointer = strdup(text)!
            strings.append(valuePointer)
            crmq_table_entry_set_string(entries + index, keyPointer, valuePointer)
        case .int(let number):
            crmq_table_entry_set_int(entries + index, keyPointer, number)
        case .bool(let flag):
            crmq_table_entry_set_bool(entries + index, keyPointer, flag ? 1 : 0)
        }
    }
    return body(crmq_table(entries, Int32(arguments.count)))
}

extension timeval {
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self.init(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
    }
}

extension Duration {
    /// Whole milliseconds, for logs.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
