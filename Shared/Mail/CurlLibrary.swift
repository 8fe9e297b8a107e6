internal import CCurl

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libcurl, opened with `dlopen` on the first send instead of being linked: the daemons share one executable
/// (`commerceai`), and only the one that sends mail should map libcurl and the thirty libraries behind it (about
/// 5.5 MiB resident per process). Holds the functions Mail calls, looked up once; `curl_global_init` has run when
/// `shared` succeeds. A host without libcurl fails each send with `MailError.libraryUnavailable`, saying what to
/// install, and nothing else about the daemon changes.
struct CurlLibrary: @unchecked Sendable {
    typealias Handle = UnsafeMutableRawPointer
    typealias SList = UnsafeMutablePointer<curl_slist>

    let easyInit: @convention(c) () -> Handle?
    let easyCleanup: @convention(c) (Handle?) -> Void
    let easyPerform: @convention(c) (Handle?) -> CURLcode
    let easyStrerror: @convention(c) (CURLcode) -> UnsafePointer<CChar>?
    let slistAppend: @convention(c) (SList?, UnsafePointer<CChar>?) -> SList?
    let slistFreeAll: @convention(c) (SList?) -> Void
    /// `curl_easy_setopt` and `curl_easy_getinfo` are variadic: they are called through the shim's
    /// `ccurl_setopt_*`/`ccurl_getinfo_long` wrappers, which take these pointers.
    let setopt: UnsafeMutableRawPointer
    let getinfo: UnsafeMutableRawPointer

    /// The file names tried, in order: the shared library's run-time name (Debian's libcurl4, macOS's system one).
    static let candidates: [String] = {
        #if canImport(Darwin)
        ["libcurl.4.dylib", "/usr/lib/libcurl.4.dylib"]
        #else
        ["libcurl.so.4", "libcurl.so"]
        #endif
    }()

    /// The library, opened on the first use in the process (never again after a failure: the error is kept).
    static let shared: Result<CurlLibrary, MailError> = {
        do throws(MailError) { return .success(try open()) } catch { return .failure(error) }
    }()

    /// The loaded library, or `MailError.libraryUnavailable`.
    static func load() throws(MailError) -> CurlLibrary { try shared.get() }

    private static func open() throws(MailError) -> CurlLibrary {
        var failures: [String] = []
        var handle: UnsafeMutableRawPointer?
        for name in candidates {
            handle = dlopen(name, RTLD_NOW | RTLD_LOCAL)
            if handle != nil { break }
            failures.append(dlerror().map { String(cString: $0) } ?? name)
        }
        guard let handle else {
            throw .libraryUnavailable(
                "libcurl could not be loaded (\(failures.joined(separator: "; "))); install it (Debian: libcurl4)")
        }
        func symbol<T>(_ name: String, as type: T.Type) throws(MailError) -> T {
            guard let address = dlsym(handle, name) else {
                throw .libraryUnavailable("libcurl has no \(name): \(dlerror().map { String(cString: $0) } ?? "")")
            }
            return unsafeBitCast(address, to: type)
        }
        let library = CurlLibrary(
            easyInit: try symbol("curl_easy_init", as: (@convention(c) () -> Handle?).self),
            easyCleanup: try symbol("curl_easy_cleanup", as: (@convention(c) (Handle?) -> Void).self),
            easyPerform: try symbol("curl_easy_perform", as: (@convention(c) (Handle?) -> CURLcode).self),
            easyStrerror: try symbol("curl_easy_strerror", as: (@convention(c) (CURLcode) -> UnsafePointer<CChar>?).self),
            slistAppend: try symbol("curl_slist_append", as: (@convention(c) (SList?, UnsafePointer<CChar>?) -> SList?).self),
            slistFreeAll: try symbol("curl_slist_free_all", as: (@convention(c) (SList?) -> Void).self),
            setopt: try symbol("curl_easy_setopt", as: UnsafeMutableRawPointer.self),
            getinfo: try symbol("curl_easy_getinfo", as: UnsafeMutableRawPointer.self))
        let globalInit = try symbol("curl_global_init", as: (@convention(c) (Int) -> CURLcode).self)
        let status = globalInit(Int(CURL_GLOBAL_DEFAULT))
        guard status == CURLE_OK else {
            throw .libraryUnavailable("curl_global_init failed: \(String(cString: library.easyStrerror(status)!))")
        }
        return library
    }
}
