import CommerceModels
public import Foundation
import ServiceRuntime

/// Configuration of token issuing and verification, shared by the gateway and the agents.
///
/// Environment variables (defaults in brackets):
/// - `JWT_SECRET`: the HS256 secret, at least 32 bytes. A shorter one is refused at start.
/// - `JWT_SECRET_FILE` [`$DATA_DIR/jwt-secret`]: where the secret is kept when `JWT_SECRET` is unset. When the file
///   does not exist, the first daemon to start generates 48 random bytes, hex-encoded, and writes it with mode 0600;
///   every other daemon sharing `DATA_DIR` then reads the same file.
/// - `JWT_ISSUER` [`commerceai-gateway`] and `JWT_AUDIENCE` [`commerceai`]: the `iss` and `aud` of access tokens.
/// - `ACCESS_TOKEN_TTL_SECONDS` [`900`]: lifetime of an access token (60…86400).
/// - `REFRESH_TOKEN_TTL_SECONDS` [`1209600`, 14 days]: lifetime of a refresh token.
public struct AuthConfig: Sendable {
    /// The HMAC key; never logged.
    public var secret: [UInt8]
    public var issuer: String
    public var audience: String
    public var accessTokenTTL: TimeInterval
    public var refreshTokenTTL: TimeInterval

    /// The shortest secret accepted: 256 bits, the size of an HS256 output.
    public static let minimumSecretBytes = 32

    public init(secret: [UInt8], issuer: String = "commerceai-gateway", audience: String = "commerceai",
                accessTokenTTL: TimeInterval = 900, refreshTokenTTL: TimeInterval = 14 * 86400) throws {
        guard secret.count >= Self.minimumSecretBytes else { throw AuthConfigError.secretTooShort(secret.count) }
        self.secret = secret
        self.issuer = issuer
        self.audience = audience
        self.accessTokenTTL = accessTokenTTL
        self.refreshTokenTTL = refreshTokenTTL
    }

    /// Reads the configuration from `environment`, generating the shared secret file when needed.
    public init(environment: [String: String]) throws {
        let reader = EnvironmentReader(environment)
        let secret: [UInt8]
        if let value = environment["JWT_SECRET"], !value.isEmpty {
            secret = Array(value.utf8)
        } else {
            let dataDirectory = reader.string("DATA_DIR") ?? "data"
            let path = reader.string("JWT_SECRET_FILE") ?? "\(dataDirectory)/jwt-secret"
            secret = try SecretFile.loadOrCreate(path: path)
        }
        try self.init(
            secret: secret,
            issuer: reader.string("JWT_ISSUER") ?? "commerceai-gateway",
            audience: reader.string("JWT_AUDIENCE") ?? "commerceai",
            accessTokenTTL: TimeInterval(try reader.int("ACCESS_TOKEN_TTL_SECONDS", default: 900, range: 60...86400)),
            refreshTokenTTL: TimeInterval(
                try reader.int("REFRESH_TOKEN_TTL_SECONDS", default: 14 * 86400, range: 3600...(365 * 86400))))
    }

    /// Every environment variable read here, for documentation checks.
    public static let environmentVariables = [
        "JWT_SECRET", "JWT_SECRET_FILE", "JWT_ISSUER", "JWT_AUDIENCE", "ACCESS_TOKEN_TTL_SECONDS", "REFRESH_TOKEN_TTL_SECONDS",
    ]
}

/// A secret that cannot be used.
public enum AuthConfigError: Error, CustomStringConvertible {
    case secretTooShort(Int)
    case secretFile(String)

    public var description: String {
        switch self {
        case .secretTooShort(let count):
            "JWT_SECRET is \(count) bytes; at least \(AuthConfig.minimumSecretBytes) are required (e.g. `openssl rand -hex 32`)"
        case .secretFile(let message): "secret file: \(message)"
        }
    }
}

/// A secret file under `data/` (the JWT secret, the email tracking secret): created once, atomically, with mode 0600,
/// holding 48 random bytes hex-encoded; every daemon sharing the folder reads the same one.
public enum SecretFile {
    /// The secret stored at `path`, generated first when the file does not exist.
    public static func loadOrCreate(path: String) throws -> [UInt8] {
        if let existing = try read(path) { return existing }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var random = [UInt8](repeating: 0, count: 48)
        var generator = SystemRandomNumberGenerator()
        for index in random.indices { random[index] = generator.next() }
        let hex = Hex.encode(random)
        // Written to a private temporary file, then hard-linked into place: `link` fails if another daemon won the
        // race, and a reader never sees a half-written file.
        let temporary = "\(path).\(getpid()).\(UUID().uuidString.prefix(8)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw AuthConfigError.secretFile("cannot create \(temporary): errno \(errno)") }
        let bytes = Array((hex + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        defer { unlink(temporary) }
        guard written == bytes.count else { throw AuthConfigError.secretFile("short write to \(temporary)") }
        if link(temporary, path) != 0 && errno != EEXIST {
            throw AuthConfigError.secretFile("cannot create \(path): errno \(errno)")
        }
        guard let stored = try read(path) else { throw AuthConfigError.secretFile("\(path) vanished") }
        return stored
    }

    private static func read(_ path: String) throws -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AuthConfigError.secretFile("\(path) is not readable")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return Array(text.utf8)
    }
}
