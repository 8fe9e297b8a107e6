import Foundation

/// Keeps untrusted text (a customer's message, a fetched web page) out of the instructions.
///
/// The rule the ``PromptLibrary`` enforces: untrusted text only ever goes into a user message, inside
/// `<tag>…</tag>` delimiters, with any delimiter-looking sequence inside it neutralised, and the system
/// instructions say that delimited text is data. ``looksLikeInjection(_:)`` flags attempts for logging and
/// escalation; it never decides what the model is told.
public enum PromptGuard {
    /// `text` wrapped in `<tag>` delimiters, with `<`/`>` of anything tag-like inside it replaced by look-alikes
    /// (`‹`, `›`) so the text cannot close the block or open a new one, and control characters removed.
    public static func delimit(_ text: String, tag: String) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: cleaned.append(scalar)
            case 0x00...0x1F, 0x7F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
            case 0x3C: cleaned.append("‹")
            case 0x3E: cleaned.append("›")
            default: cleaned.append(scalar)
            }
        }
        return "<\(tag)>\n\(String(cleaned))\n</\(tag)>"
    }

    private static let markers: [String] = [
        "ignore previous instructions", "ignore all previous", "ignore the above", "ignore your instructions",
        "disregard previous", "disregard all", "disregard the above", "forget your instructions", "you are now",
        "new instructions", "system prompt", "reveal your prompt", "act as", "jailbreak", "developer mode",
        "ignore les instructions", "ignore tes instructions", "ignorez les instructions", "ignore toutes les instructions",
        "oublie tes instructions", "oubliez vos instructions", "tu es maintenant", "vous etes maintenant",
        "nouvelles instructions", "prompt systeme", "instructions systeme", "affiche ton prompt",
    ]

    /// Heuristic: the text addresses the assistant's instructions or tries to open a role block.
    public static func looksLikeInjection(_ text: String) -> Bool {
        let foldedText = TextNormalizer.fold(text)
        if let found = containsMarkerASCII(foldedText) {
            if found { return true }
        } else {
            let folded = foldedText.split(separator: " ").joined(separator: " ")
            if markers.contains(where: { folded.contains($0) }) { return true }
        }
        // Every chat-template marker starts with `<`, `[` or `#`: without one of them, none can be found.
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x5B || $0 == 0x23 }) else { return false }
        let lowered = text.lowercased()
        return ["<system", "</system", "<|im_start|>", "[inst]", "### system", "</customer_message"].contains { lowered.contains($0) }
    }

    private static let markerBytes: [[UInt8]] = markers.map { Array($0.utf8) }

    /// The marker search over the folded text's bytes with runs of spaces collapsed, in one pass per marker
    /// and no Foundation search; `nil` when the folded text is not plain ASCII (the caller then searches as
    /// before, so results are the same for any text).
    private static func containsMarkerASCII(_ folded: String) -> Bool? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.utf8.count)
        for byte in folded.utf8 {
            if byte >= 0x80 { return nil }
            if byte == 0x20, bytes.isEmpty || bytes[bytes.count - 1] == 0x20 { continue }
            bytes.append(byte)
        }
        if bytes.last == 0x20 { bytes.removeLast() }
        return bytes.withUnsafeBufferPointer { haystack in
            for marker in markerBytes where marker.count <= haystack.count {
                let first = marker[0]
                var start = 0
                let lastStart = haystack.count - marker.count
                while start <= lastStart {
                    if haystack[start] == first {
                        var k = 1
                        while k < marker.count && haystack[start + k] == marker[k] { k += 1 }
                        if k == marker.count { return true }
                    }
                    start += 1
                }
            }
            return false
        }
    }
}
