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
        let folded = TextNormalizer.fold(text).split(separator: " ").joined(separator: " ")
        if markers.contains(where: { folded.contains($0) }) { return true }
        let lowered = text.lowercased()
        return ["<system", "</system", "<|im_start|>", "[inst]", "### system", "</customer_message"].contains { lowered.contains($0) }
    }
}
