/// The form of a request path that goes into logs. Some paths carry a capability in the path itself (the email
/// agent's signed tracking and one-click unsubscribe tokens): whoever reads the logs must not be able to replay
/// them, so the token segment is replaced. Query strings are never logged at all.
public enum LoggedPath {
    static let capabilityPrefixes = ["/t/o/", "/t/c/", "/unsubscribe/"]

    public static func redacting(_ path: String) -> String {
        for prefix in capabilityPrefixes where path.hasPrefix(prefix) { return prefix + "[token]" }
        return path
    }
}
