import Foundation

// MARK: - Briefs and outputs

/// The tone of generated marketing text.
public enum Tone: String, Sendable, Hashable, Codable, CaseIterable {
    case friendly, professional, premium, playful
}

/// What the merchant tells the content agent about a product.
public struct ProductBrief: Sendable, Hashable, Codable {
    public var name: String
    public var category: String?
    public var brand: String?
    public var features: [String]
    public var materials: String?
    public var price: Double?
    public var currency: String
    public var audience: String?
    public var keywords: [String]
    public var tone: Tone
    public var language: Language
    public var url: String?
    public var offer: String?

    public init(
        name: String, category: String? = nil, brand: String? = nil, features: [String] = [], materials: String? = nil,
        price: Double? = nil, currency: String = "EUR", audience: String? = nil, keywords: [String] = [],
        tone: Tone = .friendly, language: Language = .fr, url: String? = nil, offer: String? = nil
    ) {
        self.name = name; self.category = category; self.brand = brand; self.features = features
        self.materials = materials; self.price = price; self.currency = currency; self.audience = audience
        self.keywords = keywords; self.tone = tone; self.language = language; self.url = url; self.offer = offer
    }
}

/// SEO metadata within search-engine display limits.
public struct SEOMeta: Sendable, Hashable, Codable {
    /// At most ``PlatformLimits/seoTitle`` (60) characters.
    public var title: String
    /// At most ``PlatformLimits/seoDescription`` (160) characters.
    public var description: String
}

public struct ProductDescription: Sendable, Hashable, Codable {
    public var title: String
    public var shortDescription: String
    public var body: String
    public var bullets: [String]
    public var seo: SEOMeta
}

/// Advertising and social platforms, with their text limits in ``PlatformLimits``.
public enum AdPlatform: String, Sendable, Hashable, Codable, CaseIterable {
    case googleAds = "google_ads", meta, linkedin, x, tiktok, instagram
}

public struct AdCreative: Sendable, Hashable, Codable {
    public var platform: AdPlatform
    public var headlines: [String]
    public var descriptions: [String]
    /// Meta/LinkedIn/X/TikTok body text.
    public var primaryText: String?
}

public struct SocialPost: Sendable, Hashable, Codable {
    public var platform: AdPlatform
    public var text: String
    public var hashtags: [String]
}

public struct EmailSubjectSuggestions: Sendable, Hashable, Codable {
    /// Each at most ``PlatformLimits/emailSubject`` characters.
    public var subjects: [String]
    /// At most ``PlatformLimits/emailPreheader`` characters.
    public var preheader: String
}

/// Character limits, enforced by every composer that writes for a platform.
public enum PlatformLimits {
    public static let googleHeadline = 30
    public static let googleDescription = 90
    public static let metaPrimaryText = 125
    public static let metaHeadline = 40
    public static let metaDescription = 30
    public static let linkedinIntro = 150
    public static let linkedinHeadline = 70
    public static let xPost = 280
    public static let tiktokText = 100
    public static let instagramCaption = 2200
    public static let emailSubject = 60
    public static let emailPreheader = 100
    public static let seoTitle = 60
    public static let seoDescription = 160

    /// (headline, description, primary text) limits per platform.
    public static func limits(for platform: AdPlatform) -> (headline: Int, description: Int, primary: Int) {
        switch platform {
        case .googleAds: return (googleHeadline, googleDescription, googleDescription)
        case .meta: return (metaHeadline, metaDescription, metaPrimaryText)
        case .linkedin: return (linkedinHeadline, linkedinHeadline, linkedinIntro)
        case .x: return (70, 70, xPost)
        case .tiktok: return (40, 40, tiktokText)
        case .instagram: return (40, 40, instagramCaption)
        }
    }
}

// MARK: - Composer

/// Template composition: fills language-specific templates with what analysis and retrieval found. Variants
/// are picked by a stable hash of the input, so the same input always gives the same text and different
/// inputs read differently.
public struct ContentComposer: Sendable {
    public init() {}

    // MARK: Customer service

    func customerServiceReply(analysis: MessageAnalysis, customerName: String?, knowledge: [RetrievalHit], escalating: Bool) -> String {
        let fr = analysis.language.language == .fr
        let seed = stableHash(analysis.entities.orderNumbers.joined() + analysis.intent.intent.rawValue + String(knowledge.first?.document.id ?? ""))
        var parts: [String] = []
        let name = customerName.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : String($0.prefix(40)) }
        parts.append(fr ? (name.map { "Bonjour \($0)," } ?? "Bonjour,") : (name.map { "Hello \($0)," } ?? "Hello,"))

        switch analysis.sentiment.label {
        case .negative:
            let strong = analysis.sentiment.score <= -0.6
            let options = fr
                ? (strong ? ["Je suis sincèrement désolé de cette situation et je comprends votre exaspération.",
                             "Je comprends tout à fait votre colère et je vous présente nos excuses."]
                          : ["Je suis désolé pour ce désagrément.", "Je comprends votre déception et m'en excuse."])
                : (strong ? ["I'm truly sorry about this and I completely understand your frustration.",
                             "I fully understand why you're upset, and I apologise."]
                          : ["I'm sorry for the inconvenience.", "I understand your disappointment and I apologise."])
            parts.append(Self.pick(options, seed))
        case .positive:
            parts.append(fr ? "Merci beaucoup pour votre message, cela nous fait très plaisir !" : "Thank you so much for your kind message!")
        case .neutral:
            parts.append(fr ? "Merci de nous avoir contactés." : "Thanks for getting in touch.")
        }

        let order = analysis.entities.orderNumbers.first
        let amount = analysis.entities.amounts.first?.text
        parts.append(acknowledgement(analysis.intent.intent, order: order, amount: amount, fr: fr))

        if let best = knowledge.first {
            let excerpt = Self.fit(Self.firstSentences(best.document.body, count: 2), maxLength: 320)
            parts.append(fr ? "D'après notre aide en ligne (« \(best.document.title) ») : \(excerpt)"
                            : "From our help centre (\"\(best.document.title)\"): \(excerpt)")
        }
        if order == nil, [.orderIssue, .refundRequest, .paymentIssue].contains(analysis.intent.intent) {
            parts.append(fr ? "Pourriez-vous m'indiquer votre numéro de commande (par exemple #12345) afin que je vérifie votre dossier ?"
                            : "Could you send me your order number (for example #12345) so I can look into it?")
        }
        if escalating {
            parts.append(fr ? "Je transmets votre demande à un conseiller qui reprendra la conversation très vite."
                            : "I'm passing your request to a member of our team, who will take over shortly.")
        } else {
            parts.append(nextStep(analysis.intent.intent, fr: fr))
        }
        parts.append(fr ? "Bonne journée, le service client" : "Kind regards, Customer Service")
        return parts.joined(separator: "\n")
    }

    private func acknowledgement(_ intent: CustomerIntent, order: String?, amount: String?, fr: Bool) -> String {
        let orderFR = order.map { "votre commande n° \($0)" } ?? "votre commande"
        let orderEN = order.map { "your order \($0)" } ?? "your order"
        switch intent {
        case .orderIssue:
            return fr ? "J'ai bien pris en compte votre demande concernant \(orderFR)." : "I've noted your request about \(orderEN)."
        case .productIssue:
            return fr ? "Je note le problème rencontré avec le produit de \(orderFR)." : "I've noted the problem with the item from \(orderEN)."
        case .paymentIssue:
            let what = amount.map { fr ? " (montant : \($0))" : " (amount: \($0))" } ?? ""
            return fr ? "Je regarde le paiement lié à \(orderFR)\(what)." : "I'm looking at the payment for \(orderEN)\(what)."
        case .accountIssue:
            return fr ? "Je vais vous aider à retrouver l'accès à votre compte client." : "I'll help you with your customer account."
        case .technicalIssue:
            return fr ? "Merci de nous avoir signalé ce problème technique sur notre site ou notre application."
                      : "Thanks for reporting this technical problem with our website or app."
        case .generalInquiry:
            return fr ? "Voici les informations demandées." : "Here is the information you asked for."
        case .refundRequest:
            let what = amount.map { fr ? " de \($0)" : " of \($0)" } ?? ""
            return fr ? "J'ai bien noté votre demande de remboursement\(what) pour \(orderFR)."
                      : "I've noted your refund request\(what) for \(orderEN)."
        case .other:
            return fr ? "Je suis là pour vous aider pour toute question sur nos produits ou vos commandes."
                      : "I'm here to help with any question about our products or your orders."
        }
    }

    private func nextStep(_ intent: CustomerIntent, fr: Bool) -> String {
        switch intent {
        case .orderIssue:
            return fr ? "Je lance une vérification auprès du transporteur et je reviens vers vous sous 24 heures."
                      : "I'm checking with the carrier and will get back to you within 24 hours."
        case .productIssue:
            return fr ? "Pouvez-vous nous envoyer une photo du produit ? Nous vous proposerons un échange ou un remboursement."
                      : "Could you send us a photo of the item? We'll then offer a replacement or a refund."
        case .paymentIssue:
            return fr ? "Notre service comptabilité vérifie la transaction et vous répond sous 48 heures."
                      : "Our billing team is checking the transaction and will reply within 48 hours."
        case .accountIssue:
            return fr ? "Pour votre sécurité, nous ne modifions jamais un compte sans vérification de l'adresse email associée."
                      : "For your security, we never change an account without verifying its email address."
        case .technicalIssue:
            return fr ? "Pouvez-vous préciser votre appareil et votre navigateur ? En attendant, vider le cache ou essayer un autre navigateur aide souvent."
                      : "Could you tell us your device and browser? Meanwhile, clearing the cache or trying another browser often helps."
        case .generalInquiry:
            return fr ? "N'hésitez pas si vous avez d'autres questions." : "Let me know if you have any other questions."
        case .refundRequest:
            return fr ? "Le remboursement est effectué sur le moyen de paiement d'origine, sous 5 à 10 jours après validation."
                      : "Refunds go back to the original payment method within 5 to 10 days of approval."
        case .other:
            return fr ? "Dites-moi comment je peux vous aider." : "Tell me how I can help."
        }
    }

    func intentLabel(_ intent: CustomerIntent, language: Language) -> String {
        let fr: [CustomerIntent: String] = [
            .orderIssue: "problème de commande", .productIssue: "problème de produit", .paymentIssue: "paiement",
            .accountIssue: "compte client", .technicalIssue: "problème technique", .generalInquiry: "demande d'information",
            .refundRequest: "demande de remboursement", .other: "autre",
        ]
        let en: [CustomerIntent: String] = [
            .orderIssue: "order issue", .productIssue: "product issue", .paymentIssue: "payment",
            .accountIssue: "account", .technicalIssue: "technical issue", .generalInquiry: "information request",
            .refundRequest: "refund request", .other: "other",
        ]
        return (language == .fr ? fr : en)[intent]!
    }

    func sentimentLabel(_ label: SentimentLabel, language: Language) -> String {
        switch (label, language) {
        case (.positive, .fr): return "satisfait"
        case (.neutral, .fr): return "neutre"
        case (.negative, .fr): return "mécontent"
        case (.positive, .en): return "satisfied"
        case (.neutral, .en): return "neutral"
        case (.negative, .en): return "unhappy"
        }
    }

    func entityLine(_ entities: ExtractedEntities, language: Language) -> String? {
        var items: [String] = []
        let fr = language == .fr
        if !entities.orderNumbers.isEmpty { items.append((fr ? "Commande : " : "Order: ") + entities.orderNumbers.joined(separator: ", ")) }
        if !entities.amounts.isEmpty { items.append((fr ? "Montant : " : "Amount: ") + entities.amounts.map(\.text).joined(separator: ", ")) }
        if !entities.dates.isEmpty { items.append("Date : ".replacingOccurrences(of: " :", with: fr ? " :" : ":") + entities.dates.map(\.text).joined(separator: ", ")) }
        if !entities.emails.isEmpty { items.append("Email: " + entities.emails.joined(separator: ", ")) }
        if !entities.phones.isEmpty { items.append((fr ? "Téléphone : " : "Phone: ") + entities.phones.joined(separator: ", ")) }
        return items.isEmpty ? nil : items.joined(separator: " · ")
    }

    // MARK: Product descriptions and SEO

    public func productDescription(_ brief: ProductBrief) -> ProductDescription {
        let fr = brief.language == .fr
        let seed = stableHash(brief.name + brief.features.joined())
        let brand = brief.brand.map { " \(fr ? "par" : "by") \($0)" } ?? ""
        let category = brief.category ?? (fr ? "article" : "item")
        let features = brief.features.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let audience = brief.audience.map { fr ? " pour \($0)" : " for \($0)" } ?? ""
        let openers: [String]
        switch (brief.tone, fr) {
        case (.premium, true): openers = ["Découvrez \(brief.name)\(brand), un \(category) d'exception\(audience).", "\(brief.name)\(brand) : l'élégance d'un \(category) pensé dans les moindres détails\(audience)."]
        case (.playful, true): openers = ["Dites bonjour à \(brief.name) ! Le \(category) qui va vous faire craquer\(audience).", "Envie de changement ? \(brief.name)\(brand) est là\(audience)."]
        case (_, true): openers = ["\(brief.name)\(brand) est le \(category) qu'il vous faut\(audience).", "Adoptez \(brief.name)\(brand), un \(category) pratique et fiable\(audience)."]
        case (.premium, false): openers = ["Discover \(brief.name)\(brand), an exceptional \(category)\(audience).", "\(brief.name)\(brand): a \(category) crafted down to the last detail\(audience)."]
        case (.playful, false): openers = ["Say hello to \(brief.name)! The \(category) you'll fall for\(audience).", "Ready for an upgrade? Meet \(brief.name)\(brand)\(audience)."]
        case (_, false): openers = ["\(brief.name)\(brand) is the \(category) you need\(audience).", "Choose \(brief.name)\(brand), a practical, reliable \(category)\(audience)."]
        }
        var body = [Self.pick(openers, seed)]
        if !features.isEmpty {
            let list = Self.naturalList(features.prefix(3).map { $0.lowercasedFirst() }, fr: fr)
            body.append(fr ? "Ses points forts : \(list)." : "Highlights: \(list).")
        }
        if let materials = brief.materials { body.append(fr ? "Matière : \(materials)." : "Made from \(materials).") }
        if let price = brief.price { body.append(fr ? "Disponible à \(Self.money(price, brief.currency, fr: true))." : "Available for \(Self.money(price, brief.currency, fr: false)).") }
        if let offer = brief.offer { body.append(offer) }
        let short = Self.fit(body[0], maxLength: 160)
        let bullets = features.map { Self.fit($0.uppercasedFirst(), maxLength: 80) }
        let seo = seoMeta(topic: brief.name, summary: body.joined(separator: " "), keywords: brief.keywords + [category], brand: brief.brand, language: brief.language)
        return ProductDescription(title: Self.fit(brief.name + (brief.brand.map { " – \($0)" } ?? ""), maxLength: 80), shortDescription: short, body: body.joined(separator: " "), bullets: bullets, seo: seo)
    }

    /// A meta title (≤ 60) and description (≤ 160) containing the first keyword when there is room.
    public func seoMeta(topic: String, summary: String, keywords: [String], brand: String? = nil, language: Language) -> SEOMeta {
        let fr = language == .fr
        var title = topic
        if let keyword = keywords.first, !TextNormalizer.fold(topic).contains(TextNormalizer.fold(keyword)) {
            title += " – " + keyword.uppercasedFirst()
        }
        if let brand, title.count + brand.count + 3 <= PlatformLimits.seoTitle { title += " | " + brand }
        var description = Self.firstSentences(summary, count: 2)
        if description.count < 110 {
            description += fr ? " Livraison rapide et retours faciles." : " Fast delivery and easy returns."
        }
        return SEOMeta(title: Self.fit(title, maxLength: PlatformLimits.seoTitle), description: Self.fit(description, maxLength: PlatformLimits.seoDescription))
    }

    // MARK: Ads, social posts, email subjects

    /// Ad texts for one platform, each within its limits.
    public func adCreative(_ brief: ProductBrief, platform: AdPlatform) -> AdCreative {
        let fr = brief.language == .fr
        let limits = PlatformLimits.limits(for: platform)
        let seed = stableHash(brief.name + platform.rawValue)
        let benefit = brief.features.first?.lowercasedFirst()
        let second = brief.features.dropFirst().first?.lowercasedFirst()
        let cta = fr ? Self.pick(["Commandez maintenant", "Découvrez-le", "Profitez-en"], seed) : Self.pick(["Shop now", "Order today", "Discover it"], seed)
        let priceText = brief.price.map { Self.money($0, brief.currency, fr: fr) }
        var headlines: [String] = [brief.name]
        if let priceText { headlines.append(fr ? "\(brief.name) à \(priceText)" : "\(brief.name) for \(priceText)") }
        if let benefit { headlines.append(benefit.uppercasedFirst()) }
        if let offer = brief.offer { headlines.append(offer) }
        if let keyword = brief.keywords.first { headlines.append(keyword.uppercasedFirst()) }
        headlines.append(cta)
        headlines.append(fr ? "Livraison rapide" : "Fast delivery")
        var descriptions: [String] = []
        let featureList = Self.naturalList([benefit, second].compactMap { $0 }, fr: fr)
        descriptions.append(fr ? "\(brief.name) : \(featureList.isEmpty ? "qualité et confort" : featureList). \(cta) !"
                               : "\(brief.name): \(featureList.isEmpty ? "quality and comfort" : featureList). \(cta)!")
        if let priceText { descriptions.append(fr ? "Dès \(priceText). \(brief.offer ?? "Livraison offerte dès 50 €.")" : "From \(priceText). \(brief.offer ?? "Free delivery over $50.")") }
        descriptions.append(fr ? "Retours faciles sous 30 jours. \(cta)." : "Easy 30-day returns. \(cta).")

        let fittedHeadlines = Self.unique(headlines.map { Self.fit($0, maxLength: limits.headline) }).prefix(platform == .googleAds ? 5 : 2)
        let fittedDescriptions = Self.unique(descriptions.map { Self.fit($0, maxLength: limits.description) }).prefix(platform == .googleAds ? 3 : 1)
        var primary: String?
        if platform != .googleAds {
            let hashtags = platform == .linkedin || platform == .meta ? "" : " " + hashtagsFor(brief).prefix(3).joined(separator: " ")
            primary = Self.fit(descriptions[0] + hashtags, maxLength: limits.primary)
        }
        return AdCreative(platform: platform, headlines: Array(fittedHeadlines), descriptions: Array(fittedDescriptions), primaryText: primary)
    }

    /// A post for a social platform, within its length limit, with hashtags from the keywords.
    public func socialPost(_ brief: ProductBrief, platform: AdPlatform, message: String? = nil) -> SocialPost {
        let fr = brief.language == .fr
        let seed = stableHash(brief.name + platform.rawValue + (message ?? ""))
        let limit = PlatformLimits.limits(for: platform).primary
        let hook = fr ? Self.pick(["Nouveau : \(brief.name) ✨", "Vous l'attendiez : \(brief.name) est arrivé !", "Coup de cœur de la semaine : \(brief.name)"], seed)
                      : Self.pick(["New in: \(brief.name) ✨", "It's here: \(brief.name)!", "This week's favourite: \(brief.name)"], seed)
        var lines = [hook]
        if let message { lines.append(message) }
        if !brief.features.isEmpty { lines.append(Self.naturalList(brief.features.prefix(2).map { $0.lowercasedFirst() }, fr: fr).uppercasedFirst() + ".") }
        if let offer = brief.offer { lines.append(offer) }
        if let url = brief.url { lines.append((fr ? "👉 " : "👉 ") + url) }
        let hashtags = hashtagsFor(brief)
        let tagLine = hashtags.joined(separator: " ")
        var text = lines.joined(separator: "\n")
        if text.count + tagLine.count + 1 <= limit { text += "\n" + tagLine } else { text = Self.fit(text, maxLength: limit) }
        return SocialPost(platform: platform, text: text, hashtags: hashtags)
    }

    /// Subject lines (≤ 60 characters) and a preheader (≤ 100) for a campaign or transactional email.
    public func emailSubjects(topic: String, offer: String? = nil, firstNamePlaceholder: String? = nil, language: Language) -> EmailSubjectSuggestions {
        let fr = language == .fr
        let name = firstNamePlaceholder.map { "\($0), " } ?? ""
        var subjects: [String] = []
        if let offer {
            subjects.append(fr ? "\(name)\(offer) sur \(topic)" : "\(name)\(offer) on \(topic)")
            subjects.append(fr ? "\(offer) : dernière chance !" : "\(offer): last chance!")
        }
        subjects.append(fr ? "\(name)découvrez \(topic)" : "\(name)discover \(topic)")
        subjects.append(fr ? "\(topic) : ce qu'il faut savoir" : "\(topic): what you need to know")
        subjects.append(fr ? "Nouveau chez nous : \(topic)" : "Just landed: \(topic)")
        let preheader = fr ? "\(topic)\(offer.map { " – \($0)" } ?? "") : toutes les nouveautés à découvrir dans ce mail."
                           : "\(topic)\(offer.map { " – \($0)" } ?? ""): everything new, inside this email."
        return EmailSubjectSuggestions(
            subjects: Self.unique(subjects.map { Self.fit($0.uppercasedFirst(), maxLength: PlatformLimits.emailSubject) }),
            preheader: Self.fit(preheader, maxLength: PlatformLimits.emailPreheader))
    }

    private func hashtagsFor(_ brief: ProductBrief) -> [String] {
        let sources = brief.keywords + [brief.category, brief.brand].compactMap { $0 }
        let tags = sources.map { source -> String in
            let words = TextNormalizer.fold(source).split(separator: " ")
            return "#" + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        }.filter { $0.count > 2 }
        return Array(Self.unique(tags).prefix(5))
    }

    // MARK: - Text helpers

    /// `text` shortened to at most `maxLength` characters at a word boundary, with an ellipsis when cut.
    public static func fit(_ text: String, maxLength: Int) -> String {
        let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        guard collapsed.count > maxLength else { return collapsed }
        guard maxLength > 1 else { return String(collapsed.prefix(maxLength)) }
        let budget = maxLength - 1  // room for "…"
        var cut = String(collapsed.prefix(budget))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= budget / 2 {
            cut = String(cut[..<space])
        }
        while let last = cut.last, ",;:–-".contains(last) || last == " " { cut.removeLast() }
        return cut + "…"
    }

    static func firstSentences(_ text: String, count: Int) -> String {
        EmbeddedEngine.sentences(text, limit: count).joined(separator: " ")
    }

    static func pick(_ options: [String], _ seed: UInt64) -> String { options[Int(seed % UInt64(options.count))] }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    static func naturalList(_ items: [String], fr: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (fr ? " et " : " and ") + items.last!
    }

    static func money(_ value: Double, _ currency: String, fr: Bool) -> String {
        let rounded = (value * 100).rounded() / 100
        let whole = rounded == rounded.rounded()
        var number = whole ? String(Int(rounded)) : String(format: "%.2f", rounded)
        if fr { number = number.replacingOccurrences(of: ".", with: ",") }
        switch currency.uppercased() {
        case "EUR": return fr ? "\(number) €" : "€\(number)"
        case "USD": return "$\(number)"
        case "GBP": return "£\(number)"
        default: return "\(number) \(currency.uppercased())"
        }
    }
}

extension String {
    func uppercasedFirst() -> String { prefix(1).uppercased() + dropFirst() }
    func lowercasedFirst() -> String {
        // Keep acronyms (USB-C, LED) as they are.
        guard let second = dropFirst().first, second.isLowercase else { return self }
        return prefix(1).lowercased() + dropFirst()
    }
}
