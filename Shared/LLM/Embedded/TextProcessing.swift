/// The languages the embedded engine reads and writes.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case fr, en
}

/// One word of a text after normalisation.
public struct TextToken: Sendable, Hashable {
    /// Lower-cased, accents folded (`é` → `e`, `œ` → `oe`).
    public var folded: String
    /// `folded` after light stemming (plural and common suffixes removed), shared by French and English.
    public var stem: String
    /// The word was written in capitals (three letters or more), which reads as emphasis.
    public var isShouted: Bool
    /// Punctuation that followed the word (`!`, `?`, `.`, `,`), if any.
    public var trailingPunctuation: Character?
}

/// Tokenisation, accent folding and light stemming: the one pipeline the classifier, the sentiment lexicon,
/// the language detector and BM25 all use, so that a query and a document always meet on the same terms.
public enum TextNormalizer {
    /// Splits `text` into normalised tokens. Apostrophes split words (`l'article` → `l`, `article`) and the
    /// English `n't` becomes the token `not`.
    public static func tokens(_ text: String) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(text.utf8.count / 5 + 1)
        // The current word's UTF-8 bytes (one buffer reused for every word).
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var letters = 0
        var uppers = 0

        func flush(_ punctuation: Character?) {
            guard !current.isEmpty else {
                if let punctuation, !tokens.isEmpty, tokens[tokens.count - 1].trailingPunctuation == nil {
                    tokens[tokens.count - 1].trailingPunctuation = punctuation
                }
                return
            }
            let folded = String(decoding: current, as: UTF8.self)
            let shouted = letters >= 3 && uppers == letters
            tokens.append(TextToken(folded: folded, stem: stem(folded), isShouted: shouted, trailingPunctuation: punctuation))
            current.removeAll(keepingCapacity: true)
            letters = 0
            uppers = 0
        }

        var previousWasApostrophe = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            // ASCII fast path (most of every message): a letter or digit is appended lower-cased in place, with no
            // intermediate string; the slow path below gives the same result for these scalars.
            if value < 0x80 {
                let isUpper = value >= 0x41 && value <= 0x5A
                let isLower = value >= 0x61 && value <= 0x7A
                if isUpper || isLower || (value >= 0x30 && value <= 0x39) {
                    let lower = isUpper ? value + 32 : value
                    if previousWasApostrophe, lower == 0x74, current.isEmpty, var last = tokens.last, last.folded.hasSuffix("n") {
                        // English "n't": don't → do + not
                        tokens.removeLast()
                        let base = String(last.folded.dropLast())
                        if !base.isEmpty {
                            last.folded = base
                            last.stem = stem(base)
                            tokens.append(last)
                        }
                        current.append(0x6E)
                        current.append(0x6F)
                    }
                    previousWasApostrophe = false
                    if isUpper || isLower {
                        letters += 1
                        if isUpper { uppers += 1 }
                    }
                    current.append(UInt8(truncatingIfNeeded: lower))
                    continue
                }
            }
            if value == 0x27 || value == 0x2019 || value == 0x2018 {
                flush(nil)
                previousWasApostrophe = true
                continue
            }
            if let mapped = fold(scalar) {
                if previousWasApostrophe, current.isEmpty, mapped == "t", var last = tokens.last, last.folded.hasSuffix("n") {
                    // English "n't": don't → do + not
                    tokens.removeLast()
                    let base = String(last.folded.dropLast())
                    if !base.isEmpty {
                        last.folded = base
                        last.stem = stem(base)
                        tokens.append(last)
                    }
                    current.append(contentsOf: "no".utf8)
                }
                previousWasApostrophe = false
                if scalar.properties.isAlphabetic {
                    letters += 1
                    if scalar.properties.isUppercase { uppers += 1 }
                }
                current.append(contentsOf: mapped.utf8)
            } else {
                previousWasApostrophe = false
                switch value {
                case 0x21: flush("!")
                case 0x3F: flush("?")
                case 0x2E: flush(".")
                case 0x2C: flush(",")
                default: flush(nil)
                }
            }
        }
        flush(nil)
        return tokens
    }

    /// Lower-cases and folds one string (used for phrase lists and lexicons).
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII fast path, as `fold(_: Unicode.Scalar)` maps it.
                if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(UInt8(truncatingIfNeeded: v + 32))) }
                else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { out.append(scalar) }
                else { out.append(" ") }
                continue
            }
            if let mapped = fold(scalar) { out.append(contentsOf: mapped.unicodeScalars) } else { out.append(" ") }
        }
        return String(out)
    }

    /// The stems of `text`, in order.
    public static func stems(_ text: String) -> [String] { tokens(text).map(\.stem) }

    /// Lower-case ASCII for a letter or digit, `nil` for anything else (a separator).
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x61...0x7A: return String(Character(scalar))
        case 0x41...0x5A: return String(Character(Unicode.Scalar(v + 32)!))
        case 0x00...0x7F: return nil
        default: break
        }
        switch v {
        case 0xE0...0xE5, 0xC0...0xC5: return "a"
        case 0xE6, 0xC6: return "ae"
        case 0xE7, 0xC7: return "c"
        case 0xE8...0xEB, 0xC8...0xCB: return "e"
        case 0xEC...0xEF, 0xCC...0xCF: return "i"
        case 0xF1, 0xD1: return "n"
        case 0xF2...0xF6, 0xF8, 0xD2...0xD6, 0xD8: return "o"
        case 0xF9...0xFC, 0xD9...0xDC: return "u"
        case 0xFD, 0xFF, 0xDD, 0x178: return "y"
        case 0x153, 0x152: return "oe"
        case 0xDF: return "ss"
        default:
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                return String(Character(scalar)).lowercased()
            }
            return nil
        }
    }

    private static let suffixes: [(String, String)] = [
        ("issements", ""), ("issement", ""), ("ements", ""), ("ement", ""), ("ations", ""), ("ation", ""),
        ("ements", ""), ("ments", ""), ("ment", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"),
        ("ees", ""), ("ee", ""), ("aient", ""), ("ait", ""), ("ais", ""), ("ez", ""), ("er", ""), ("ed", ""),
        ("es", ""), ("e", ""), ("ly", ""), ("s", ""), ("x", ""),
    ]

    /// Light stemming shared by both languages: removes one plural or common inflection suffix, keeping at
    /// least three letters. `livré`, `livrer`, `livrée` → `livr`; `refunded`, `refunds` → `refund`.
    public static func stem(_ word: String) -> String {
        let count = word.utf8.count
        guard count > 3 else { return word }
        if word.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true { return word }
        for (suffix, replacement) in suffixes {
            let suffixCount = suffix.utf8.count
            if count - suffixCount >= 3, word.hasSuffix(suffix) {
                return String(decoding: word.utf8.dropLast(suffixCount), as: UTF8.self) + replacement
            }
        }
        return word
    }
}

// MARK: - Stable hashing

/// FNV-1a: a hash that is the same on every run (Swift's `Hasher` is seeded per process), so that template
/// variants chosen from the input are deterministic.
@usableFromInline
func stableHash(_ text: String, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
    var hash = seed
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100000001b3
    }
    return hash
}
