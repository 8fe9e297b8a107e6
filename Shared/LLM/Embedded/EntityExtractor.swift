import Foundation

/// An amount of money found in a text.
public struct MoneyAmount: Sendable, Hashable, Codable {
    /// As written (`12,50 €`).
    public var text: String
    public var value: Double
    /// ISO 4217 code: `EUR`, `USD`, `GBP`, `CHF`, `CAD`.
    public var currency: String
}

/// A date found in a text.
public struct DateMention: Sendable, Hashable, Codable {
    /// As written (`12 mars 2024`, `March 3rd`).
    public var text: String
    /// `yyyy-MM-dd`, or `--MM-dd` when the year is not given; `nil` when the text does not make a valid date.
    public var iso: String?
}

/// What ``EntityExtractor`` found, each list in order of appearance without duplicates.
public struct ExtractedEntities: Sendable, Hashable, Codable {
    /// Normalised order references: `#12345` → `12345`, `CMD-2024-001` stays, `order no. A1B2C3` → `A1B2C3`.
    public var orderNumbers: [String] = []
    public var emails: [String] = []
    /// Phone numbers with separators removed (`+33612345678`, `0612345678`).
    public var phones: [String] = []
    public var amounts: [MoneyAmount] = []
    public var dates: [DateMention] = []

    public init() {}
    public var isEmpty: Bool { orderNumbers.isEmpty && emails.isEmpty && phones.isEmpty && amounts.isEmpty && dates.isEmpty }
}

/// Order numbers, emails, phone numbers (French and international), amounts with currency and dates (French
/// and English forms). Patterns are compiled once; matches that overlap an earlier kind are dropped, in the
/// order emails, order numbers, dates, amounts, phones (so `CMD-2024-001` is never read as a date or a phone).
public struct EntityExtractor: Sendable {
    /// `NSRegularExpression` is immutable and documented thread-safe once built.
    private struct Pattern: @unchecked Sendable {
        let regex: NSRegularExpression
        init(_ pattern: String) {
            regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        }
    }

    private static let email = Pattern(#"[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,24}"#)
    // Order references: with a keyword (commande, order, cmd, n°…), a hash (#12345), or a prefixed code.
    private static let orderKeyword = Pattern(
        #"(?:commande|cde|order|ordre|achat|purchase|retour|return|colis|parcel|package)\s*(?:n[°o]\.?|no\.?|num(?:[ée]ro)?\.?|number|nr\.?|#|ref\.?|r[ée]f[ée]rence)?\s*(?::\s*)?#?\s*([A-Z]{0,5}-?[0-9][A-Z0-9-]{3,19}|[A-Z0-9]*[0-9][A-Z0-9]*[A-Z][A-Z0-9]*|[A-Z][A-Z0-9]*[0-9][A-Z0-9]*)\b"#)
    private static let orderHash = Pattern(#"#\s?([A-Z0-9]*[0-9][A-Z0-9-]{2,19})\b"#)
    private static let orderCode = Pattern(#"\b((?:CMD|CDE|ORD|ORDER|CO|SO|INV|R|RET|FR|EU|US|UK)-[0-9A-Z]{2,}(?:-[0-9A-Z]+)*)\b"#)
    private static let numberSign = Pattern(#"\bn[°o]\s?([0-9]{4,12})\b"#)
    private static let dateNumeric = Pattern(#"\b([0-3]?[0-9])[/.]([01]?[0-9])(?:[/.]((?:19|20)?[0-9]{2}))?\b(?![./-]?[0-9])|\b((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])\b"#)
    private static let dateFrench = Pattern(#"\b(1er|[0-3]?[0-9])\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|janv\.?|f[ée]vr?\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|d[ée]c\.?)(?:\s+((?:19|20)[0-9]{2}))?"#)
    private static let dateEnglishMonthFirst = Pattern(#"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+([0-3]?[0-9])(?:st|nd|rd|th)?(?:,?\s+((?:19|20)[0-9]{2}))?\b"#)
    private static let dateEnglishDayFirst = Pattern(#"\b([0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(?:,?\s+((?:19|20)[0-9]{2}))?"#)
    private static let amountAfter = Pattern(#"(?<![0-9A-Z])([0-9]{1,3}(?:[ \x{00A0}\x{202F}.,][0-9]{3})*(?:[.,][0-9]{1,2})?|[0-9]+(?:[.,][0-9]{1,2})?)\s?(€|eur\b|euros?\b|\$|usd\b|dollars?\b|£|gbp\b|livres? sterling|chf\b|cad\b)"#)
    private static let amountBefore = Pattern(#"(€|\$|£|USD|EUR|GBP|CHF|CAD|C\$|US\$)\s?([0-9]{1,3}(?:[,.\x{00A0}][0-9]{3})*(?:[.,][0-9]{1,2})?|[0-9]+(?:[.,][0-9]{1,2})?)(?![0-9])"#)
    private static let phoneFrench = Pattern(#"(?<![0-9+])(?:\+33\s?\(?0?\)?\s?|0033\s?|0)[1-9](?:[\s.-]?[0-9]{2}){4}(?![0-9])"#)
    private static let phoneInternational = Pattern(#"(?<![0-9])\+[1-9][0-9]{0,2}(?:[\s.-]?\(?[0-9]{1,4}\)?){2,5}(?![0-9])"#)

    public init() {}

    public func extract(from text: String) -> ExtractedEntities {
        var result = ExtractedEntities()
        var orderPositions: [(Int, String)] = []
        var phonePositions: [(Int, String)] = []
        var amountPositions: [(Int, MoneyAmount)] = []
        var datePositions: [(Int, DateMention)] = []
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var taken: [NSRange] = []

        func claim(_ range: NSRange) -> Bool {
            if taken.contains(where: { NSIntersectionRange($0, range).length > 0 }) { return false }
            taken.append(range)
            return true
        }
        func group(_ match: NSTextCheckingResult, _ index: Int) -> String? {
            let range = match.range(at: index)
            return range.location == NSNotFound ? nil : ns.substring(with: range)
        }

        // Cheap gates: every pattern but the email one needs a digit; emails need "@".
        var digitCount = 0
        var hasAt = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { digitCount += 1 } else if byte == 0x40 { hasAt = true }
        }
        if digitCount == 0 && !hasAt { return result }
        let gates = Gates(text)
        for match in (hasAt ? Self.email.regex.matches(in: text, range: whole) : []) where claim(match.range) {
            let value = ns.substring(with: match.range).lowercased()
            if !result.emails.contains(value) { result.emails.append(value) }
        }
        if digitCount == 0 { return result }
        // Order numbers
        for (pattern, possible) in [(Self.orderCode, gates.orderCode), (Self.orderKeyword, gates.orderKeyword), (Self.orderHash, gates.hasHash),
                                    (Self.numberSign, gates.numberSign)] where possible {
            for match in pattern.regex.matches(in: text, range: whole) {
                let groupRange = match.range(at: 1)
                guard groupRange.location != NSNotFound else { continue }
                var value = ns.substring(with: groupRange).uppercased()
                while value.hasSuffix("-") { value.removeLast() }
                // A keyword followed by a plain word (commande DE…) or a year alone is not a reference.
                let digits = value.filter(\.isNumber).count
                guard digits >= 3 || (digits >= 1 && value.count >= 5) else { continue }
                if pattern.regex === Self.orderKeyword.regex, value.count == 4, let year = Int(value), (1990...2100).contains(year) { continue }
                guard claim(groupRange) else { continue }
                orderPositions.append((groupRange.location, value))
            }
        }
        // Dates
        // Only numeric dates without a year need the language (day/month order): look only then.
        var detectedLanguage: Language?
        func language() -> Language {
            if let detectedLanguage { return detectedLanguage }
            let language: Language = Self.looksFrench(text) ? .fr : .en
            detectedLanguage = language
            return language
        }
        for match in (gates.month ? Self.dateFrench.regex.matches(in: text, range: whole) : []) where claim(match.range) {
            let day = group(match, 1).map { $0.lowercased() == "1er" ? 1 : Int($0) ?? 0 } ?? 0
            let month = Self.monthNumber(group(match, 2) ?? "")
            datePositions.append((match.range.location, DateMention(text: ns.substring(with: match.range), iso: Self.iso(year: group(match, 3).flatMap { Int($0) }, month: month, day: day))))
        }
        for match in (gates.month ? Self.dateEnglishMonthFirst.regex.matches(in: text, range: whole) : []) where claim(match.range) {
            let month = Self.monthNumber(group(match, 1) ?? "")
            let day = Int(group(match, 2) ?? "") ?? 0
            datePositions.append((match.range.location, DateMention(text: ns.substring(with: match.range), iso: Self.iso(year: group(match, 3).flatMap { Int($0) }, month: month, day: day))))
        }
        for match in (gates.month ? Self.dateEnglishDayFirst.regex.matches(in: text, range: whole) : []) where claim(match.range) {
            let day = Int(group(match, 1) ?? "") ?? 0
            let month = Self.monthNumber(group(match, 2) ?? "")
            datePositions.append((match.range.location, DateMention(text: ns.substring(with: match.range), iso: Self.iso(year: group(match, 3).flatMap { Int($0) }, month: month, day: day))))
        }
        for match in (gates.numericDate ? Self.dateNumeric.regex.matches(in: text, range: whole) : []) {
            if let yearText = group(match, 4) {
                guard claim(match.range) else { continue }
                datePositions.append((match.range.location, DateMention(text: ns.substring(with: match.range), iso: Self.iso(year: Int(yearText), month: Int(group(match, 5) ?? "") ?? 0, day: Int(group(match, 6) ?? "") ?? 0))))
                continue
            }
            let first = Int(group(match, 1) ?? "") ?? 0
            let second = Int(group(match, 2) ?? "") ?? 0
            var year = group(match, 3).flatMap { Int($0) }
            // "12.50" is a price, not a date: dotted forms need a year.
            if ns.substring(with: match.range).contains("."), (group(match, 3)?.count ?? 0) != 4 { continue }
            if let y = year, y < 100 { year = 2000 + y }
            // French is day/month; English is month/day unless the first number cannot be a month.
            let (day, month) = (language() == .fr || first > 12) ? (first, second) : (second, first)
            guard let iso = Self.iso(year: year, month: month, day: day), claim(match.range) else { continue }
            datePositions.append((match.range.location, DateMention(text: ns.substring(with: match.range), iso: iso)))
        }
        // Amounts
        for match in (gates.money ? Self.amountAfter.regex.matches(in: text, range: whole) : []) where claim(match.range) {
            if let amount = Self.amount(number: group(match, 1) ?? "", symbol: group(match, 2) ?? "", text: ns.substring(with: match.range)) {
                amountPositions.append((match.range.location, amount))
            }
        }
        for match in (gates.money ? Self.amountBefore.regex.matches(in: text, range: whole) : []) where claim(match.range) {
            if let amount = Self.amount(number: group(match, 2) ?? "", symbol: group(match, 1) ?? "", text: ns.substring(with: match.range)) {
                amountPositions.append((match.range.location, amount))
            }
        }
        // Phones
        for pattern in digitCount >= 8 ? (gates.hasPlus ? [Self.phoneFrench, Self.phoneInternational] : [Self.phoneFrench]) : [] {
            for match in pattern.regex.matches(in: text, range: whole) {
                let raw = ns.substring(with: match.range)
                var normalised = raw.filter { $0.isNumber || $0 == "+" }
                if normalised.hasPrefix("0033") { normalised = "+33" + normalised.dropFirst(4) }
                if normalised.hasPrefix("+330") { normalised = "+33" + normalised.dropFirst(4) }
                let digitCount = normalised.filter(\.isNumber).count
                guard (8...15).contains(digitCount), claim(match.range) else { continue }
                phonePositions.append((match.range.location, normalised))
            }
        }
        for (_, value) in orderPositions.sorted(by: { $0.0 < $1.0 }) where !result.orderNumbers.contains(value) { result.orderNumbers.append(value) }
        for (_, value) in phonePositions.sorted(by: { $0.0 < $1.0 }) where !result.phones.contains(value) { result.phones.append(value) }
        result.amounts = amountPositions.sorted { $0.0 < $1.0 }.map(\.1)
        result.dates = datePositions.sorted { $0.0 < $1.0 }.map(\.1)
        return result
    }

    // MARK: - Gates

    /// Necessary conditions for each pattern, read in one pass over the text: a pattern whose gate is closed
    /// cannot match, so it is not run (the patterns are the expensive part of extraction). Letter gates look
    /// for the pattern's keywords in the text lower-cased with `é`/`û` folded; when the text holds a character
    /// that case-insensitive matching could equate with ASCII letters (`ß`, `ſ`, the Kelvin sign, ligatures…),
    /// every letter gate stays open so the result is always the patterns' own.
    struct Gates {
        var hasHash = false
        var hasPlus = false
        var orderCode = false
        var orderKeyword = true
        var numberSign = true
        var month = true
        var numericDate = false
        var money = true

        private static let orderKeywords = bytes(["commande", "cde", "order", "ordre", "achat", "purchase", "retour", "return", "colis", "parcel", "package"])
        private static let codeEnds = bytes(["d-", "o-", "r-", "v-", "t-", "u-", "s-", "k-"])
        private static let numberSigns: [[UInt8]] = [[0x6E, 0x6F], [0x6E, 0xB0]]  // "no", "n°"
        private static let months = bytes(["jan", "fev", "feb", "mar", "avr", "apr", "mai", "may", "jun", "juin", "jul", "juil", "aou", "aug",
                                           "sep", "oct", "nov", "dec"])
        private static let moneyWords = bytes(["eur", "usd", "dollar", "gbp", "livre", "chf", "cad"])

        private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

        init(_ text: String) {
            var folded: [UInt8] = []
            folded.reserveCapacity(text.utf8.count)
            var caseSafe = true
            var hasDash = false, hasSlashOrDot = false, hasMoneySymbol = false
            for scalar in text.unicodeScalars {
                let v = scalar.value
                switch v {
                case 0x41...0x5A: folded.append(UInt8(v + 32))
                case 0x00...0x7F:
                    switch v {
                    case 0x23: hasHash = true
                    case 0x2B: hasPlus = true
                    case 0x2D: hasDash = true
                    case 0x2E, 0x2F: hasSlashOrDot = true
                    case 0x24: hasMoneySymbol = true
                    default: break
                    }
                    folded.append(UInt8(v))
                case 0xE9, 0xC9: folded.append(0x65)  // é É → e
                case 0xFB, 0xDB: folded.append(0x75)  // û Û → u
                case 0xB0: folded.append(0xB0)  // °
                case 0xA3: hasMoneySymbol = true; folded.append(0x20)  // £
                case 0x20AC: hasMoneySymbol = true; folded.append(0x20)  // €
                case 0xDF: caseSafe = false; folded.append(0x20)  // ß folds to "ss"
                case 0x80...0xFF, 0x152, 0x153, 0x2000...0x206F, 0x20A0...0x20CF, 0x2190...0x2BFF, 0xFE00...0xFE0F, 0x1F000...0x1FAFF:
                    folded.append(0x20)
                default:
                    caseSafe = false
                    folded.append(0x20)
                }
            }
            orderCode = hasDash && (!caseSafe || Self.containsAny(folded, Self.codeEnds))
            numericDate = hasDash || hasSlashOrDot
            if caseSafe {
                orderKeyword = Self.containsAny(folded, Self.orderKeywords)
                // `\bn[°o]\s?[0-9]`: at a word start, then a digit, at most one space apart.
                numberSign = Self.containsAny(folded, Self.numberSigns, wordStart: true, digitAfter: true)
                // Every month name follows a space or a word boundary (`12 mars`, `March 3`): at a word start.
                month = Self.containsAny(folded, Self.months, wordStart: true)
                money = hasMoneySymbol || Self.containsAny(folded, Self.moneyWords)
            }
        }

        /// Whether one of `needles` occurs in `haystack` (one byte per scalar); with `wordStart`, only where the
        /// byte before is not an ASCII letter or digit (a word boundary may be there); with `digitAfter`, only
        /// where a digit follows, directly or after one byte (which may be a space).
        private static func containsAny(_ haystack: [UInt8], _ needles: [[UInt8]], wordStart: Bool = false, digitAfter: Bool = false) -> Bool {
            @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            return haystack.withUnsafeBufferPointer { h in
                for needle in needles where needle.count <= h.count {
                    let first = needle[0]
                    var start = 0
                    let lastStart = h.count - needle.count
                    while start <= lastStart {
                        if h[start] == first {
                            var k = 1
                            while k < needle.count && h[start + k] == needle[k] { k += 1 }
                            if k == needle.count {
                                var ok = true
                                if wordStart, start > 0 {
                                    let before = h[start - 1]
                                    if isDigit(before) || (before >= 0x61 && before <= 0x7A) { ok = false }
                                }
                                if ok, digitAfter {
                                    let end = start + needle.count
                                    ok = (end < h.count && isDigit(h[end])) || (end + 1 < h.count && isDigit(h[end + 1]))
                                }
                                if ok { return true }
                            }
                        }
                        start += 1
                    }
                }
                return false
            }
        }
    }

    // MARK: - Helpers

    private static func looksFrench(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["é", "è", "à", "ç", " le ", " la ", " je ", " de ", " mon ", " ma ", "commande", " est "].contains { lowered.contains($0) }
    }

    static func monthNumber(_ name: String) -> Int {
        let key = TextNormalizer.fold(name).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        let prefixes: [(String, Int)] = [
            ("janv", 1), ("jan", 1), ("fev", 2), ("feb", 2), ("mars", 3), ("mar", 3), ("avr", 4), ("apr", 4),
            ("mai", 5), ("may", 5), ("juin", 6), ("jun", 6), ("juil", 7), ("jul", 7), ("aou", 8), ("aug", 8),
            ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        return prefixes.first { key.hasPrefix($0.0) }?.1 ?? 0
    }

    static func iso(year: Int?, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= daysInMonth[month - 1] else { return nil }
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        if let year { return "\(year)-\(mm)-\(dd)" }
        return "--\(mm)-\(dd)"
    }

    static func amount(number: String, symbol: String, text: String) -> MoneyAmount? {
        let cleaned = number.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        var digits = cleaned.replacingOccurrences(of: " ", with: "")
        // The last separator followed by one or two digits is the decimal one; other separators group thousands.
        if let last = digits.lastIndex(where: { $0 == "," || $0 == "." }) {
            let decimals = digits.distance(from: last, to: digits.endIndex) - 1
            if decimals == 3 {
                digits.removeAll { $0 == "," || $0 == "." }
            } else {
                let integerPart = digits[..<last].filter(\.isNumber)
                digits = integerPart + "." + digits[digits.index(after: last)...]
            }
        }
        guard let value = Double(digits) else { return nil }
        let s = symbol.lowercased()
        let currency: String
        if s.contains("€") || s.hasPrefix("eur") { currency = "EUR" }
        else if s.hasPrefix("c$") || s == "cad" { currency = "CAD" }
        else if s.contains("$") || s.hasPrefix("usd") || s.hasPrefix("dollar") { currency = "USD" }
        else if s.contains("£") || s.hasPrefix("gbp") || s.hasPrefix("livre") { currency = "GBP" }
        else if s == "chf" { currency = "CHF" }
        else { return nil }
        return MoneyAmount(text: text, value: value, currency: currency)
    }
}
