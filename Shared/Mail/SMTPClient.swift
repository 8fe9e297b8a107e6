internal import CCurl
import Dispatch
import Foundation
public import Logging
import Synchronization

/// Where and how to deliver mail, from a URL: `smtp://user:password@host:587` (STARTTLS when offered, required
/// with `?tls=required`), `smtps://host:465` (implicit TLS), `smtp://127.0.0.1:2525?tls=none` (plain, for a local
/// relay or tests). The password is never logged (`description` masks it).
public struct SMTPConfiguration: Sendable, CustomStringConvertible {
    public enum TLSMode: String, Sendable { case none, opportunistic, required, implicit }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var tls: TLSMode
    /// Connections kept open to the server (sends run in parallel up to this number).
    public var maxConnections: Int
    public var connectTimeout: Duration
    public var timeout: Duration

    public init(url: String, maxConnections: Int = 4, connectTimeout: Duration = .seconds(10), timeout: Duration = .seconds(60)) throws {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
              scheme == "smtp" || scheme == "smtps", let host = components.host, !host.isEmpty
        else { throw MailError.invalidConfiguration("SMTP URL must look like smtp://user:pass@host:587") }
        self.host = host
        self.port = components.port ?? (scheme == "smtps" ? 465 : 587)
        self.username = components.user?.removingPercentEncoding
        self.password = components.password?.removingPercentEncoding
        let requested = components.queryItems?.first(where: { $0.name == "tls" })?.value
        if scheme == "smtps" {
            self.tls = .implicit
        } else if let requested {
            guard let mode = TLSMode(rawValue: requested), mode != .implicit else {
                throw MailError.invalidConfiguration("tls must be none, opportunistic or required")
            }
            self.tls = mode
        } else {
            self.tls = .opportunistic
        }
        guard (1...64).contains(maxConnections) else { throw MailError.invalidConfiguration("maxConnections must be 1...64") }
        self.maxConnections = maxConnections
        self.connectTimeout = connectTimeout
        self.timeout = timeout
    }

    public var description: String {
        "\(tls == .implicit ? "smtps" : "smtp")://\(username.map { "\($0):***@" } ?? "")\(host):\(port) tls=\(tls.rawValue)"
    }
}

/// An SMTP client over libcurl: TLS (STARTTLS or implicit), AUTH, and connection reuse. libcurl is opened on the
/// first send (`CurlLibrary`), not when the client is made.
///
/// It keeps up to `maxConnections` libcurl easy handles; each handle is used by one send at a time on its own
/// serial dispatch queue (libcurl blocks; it never runs on Swift's cooperative pool) and keeps its SMTP connection
/// open between sends, so a campaign does not pay a handshake per email. The 4xx/5xx reply codes are mapped to
/// `MailError.transient` and `.permanent`.
public final class SMTPClient: Sendable {
    public let configuration: SMTPConfiguration
    private let logger: Logger
    private let pool: Mutex<Pool>

    /// Idle handles, how many exist, and the sends waiting for one: one lock, so a handle coming back can never
    /// miss a send that is just starting to wait.
    private struct Pool {
        var idle: [CurlHandle] = []
        var created = 0
        var waiters: [CheckedContinuation<CurlHandle, Never>] = []
    }

    public init(configuration: SMTPConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.pool = Mutex(Pool())
    }

    /// Delivers `message` to all its recipients; returns the server's final reply code.
    @discardableResult
    public func send(_ message: EmailMessage) async throws -> Int {
        guard !message.to.isEmpty else { throw MailError.invalidAddress("no recipient") }
        let payload = try MIMEWriter.render(message)
        let library = try CurlLibrary.load()
        let handle = await checkOut(library)
        defer { checkIn(handle) }
        return try await handle.perform(
            configuration: configuration, from: message.from.address, to: message.to.map(\.address), payload: payload)
    }

    private func checkOut(_ library: CurlLibrary) async -> CurlHandle {
        let maxConnections = configuration.maxConnections
        return await withCheckedContinuation { continuation in
            let ready: CurlHandle? = pool.withLock { pool in
                if let handle = pool.idle.popLast() { return handle }
                if pool.created < maxConnections {
                    pool.created += 1
                    return CurlHandle(library)
                }
                pool.waiters.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func checkIn(_ handle: CurlHandle) {
        let waiter: CheckedContinuation<CurlHandle, Never>? = pool.withLock { pool in
            if pool.waiters.isEmpty {
                pool.idle.append(handle)
                return nil
            }
            return pool.waiters.removeFirst()
        }
        waiter?.resume(returning: handle)
    }
}

/// One libcurl easy handle and the serial queue that alone touches it.
final class CurlHandle: @unchecked Sendable {
    private let queue = DispatchQueue(label: "commerce.smtp.connection")
    private let easy: UnsafeMutableRawPointer
    private let curl: CurlLibrary

    init(_ library: CurlLibrary) {
        guard let handle = library.easyInit() else { fatalError("curl_easy_init failed: out of memory") }
        easy = handle
        curl = library
    }

    deinit { curl.easyCleanup(easy) }

    func perform(configuration: SMTPConfiguration, from: String, to: [String], payload: [UInt8]) async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try self.performBlocking(configuration, from, to, payload) })
            }
        }
    }

    private func performBlocking(_ configuration: SMTPConfiguration, _ from: String, _ to: [String], _ payload: [UInt8]) throws -> Int {
        let scheme = configuration.tls == .implicit ? "smtps" : "smtp"
        let body = UploadBody(payload)
        var recipients: UnsafeMutablePointer<curl_slist>? = nil
        for address in to { recipients = curl.slistAppend(recipients, "<\(address)>") }
        defer { curl.slistFreeAll(recipients) }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)

        let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { errors in
            withExtendedLifetime(body) {
                _ = ccurl_setopt_string(curl.setopt, easy, CURLOPT_URL, "\(scheme)://\(configuration.host):\(configuration.port)")
                _ = ccurl_setopt_string(curl.setopt, easy, CURLOPT_MAIL_FROM, "<\(from)>")
                _ = ccurl_setopt_slist(curl.setopt, easy, CURLOPT_MAIL_RCPT, recipients)
                _ = ccurl_setopt_long(curl.setopt, easy, CURLOPT_UPLOAD, 1)
                _ = ccurl_setopt_off_t(curl.setopt, easy, CURLOPT_INFILESIZE_LARGE, curl_off_t(payload.count))
                _ = ccurl_setopt_read_function(curl.setopt, easy, uploadRead)
                _ = ccurl_setopt_pointer(curl.setopt, easy, CURLOPT_READDATA, Unmanaged.passUnretained(body).toOpaque())
                _ = ccurl_setopt_pointer(curl.setopt, easy, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errors.baseAddress!))
                _ = ccurl_setopt_long(curl.setopt, easy, CURLOPT_NOSIGNAL, 1)
                _ = ccurl_setopt_long(curl.setopt, easy, CURLOPT_CONNECTTIMEOUT_MS, Int(configuration.connectTimeout.components.seconds * 1000))
                _ = ccurl_setopt_long(curl.setopt, easy, CURLOPT_TIMEOUT_MS, Int(configuration.timeout.components.seconds * 1000))
                switch configuration.tls {
                case .none: _ = ccurl_setopt_long(curl.setopt, easy, CURLOPT_USE_SSL, Int(CURLUSESSL_NONE.rawValue))
                case .opportunistic: _ = ccurl_setopt_long(curl.setopt, easy, CURLOPT_USE_SSL, Int(CURLUSESSL_TRY.rawValue))
                case .required, .implicit: _ = ccurl_setopt_long(curl.setopt, easy, CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
                }
                if let username = configuration.username {
                    _ = ccurl_setopt_string(curl.setopt, easy, CURLOPT_USERNAME, username)
                    _ = ccurl_setopt_string(curl.setopt, easy, CURLOPT_PASSWORD, configuration.password ?? "")
                }
                let result = curl.easyPerform(easy)
                // Options pointing at this call's memory must not outlive it.
                _ = ccurl_setopt_slist(curl.setopt, easy, CURLOPT_MAIL_RCPT, nil)
                _ = ccurl_setopt_pointer(curl.setopt, easy, CURLOPT_READDATA, nil)
                _ = ccurl_setopt_pointer(curl.setopt, easy, CURLOPT_ERRORBUFFER, nil)
                return result
            }
        }
        var reply: Int = 0
        _ = ccurl_getinfo_long(curl.getinfo, easy, CURLINFO_RESPONSE_CODE, &reply)
        if code == CURLE_OK { return reply }

        let curlMessage = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let detail = curlMessage.isEmpty ? curl.easyStrerror(code).map { String(cString: $0) } ?? "curl error \(code.rawValue)" : curlMessage
        switch reply {
        case 500..<600: throw MailError.permanent(code: reply, message: detail)
        case 400..<500: throw MailError.transient(code: reply, message: detail)
        default:
            // No SMTP reply: the connection failed (refused, TLS, timeout). Worth retrying later.
            throw MailError.transient(code: Int(code.rawValue), message: detail)
        }
    }
}

/// The bytes libcurl uploads, read through `uploadRead`.
private final class UploadBody {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }
}

private func uploadRead(_ buffer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?) -> Int {
    guard let buffer, let context else { return 0 }
    let body = Unmanaged<UploadBody>.fromOpaque(context).takeUnretainedValue()
    let length = min(size * count, body.bytes.count - body.offset)
    guard length > 0 else { return 0 }
    body.bytes.withUnsafeBufferPointer { source in
        UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + body.offset, byteCount: length)
    }
    body.offset += length
    return length
}
