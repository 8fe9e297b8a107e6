import Foundation
@testable import LLM
import Testing

/// The embedded engine on French and English examples (written for these tests, not taken from the corpus).
struct EmbeddedEngineTests {
    let engine = EmbeddedEngine.shared

    // MARK: - Language

    @Test(arguments: [
        ("Bonjour, je n'ai toujours pas reçu mon colis commandé la semaine dernière.", Language.fr),
        ("Pourquoi mon paiement a-t-il été refusé ?", .fr),
        ("Hello, my parcel still hasn't shown up and I ordered it last week.", .en),
        ("Why was my payment refused?", .en),
    ])
    func detectsLanguage(text: String, expected: Language) {
        #expect(engine.detectLanguage(text).language == expected)
    }

    // MARK: - Intent

    @Test(arguments: [
        ("Mon colis indique livré mais il n'est pas dans ma boîte aux lettres, commande 88812.", CustomerIntent.orderIssue),
        ("La bouilloire que j'ai reçue fuit dès qu'on la remplit.", .productIssue),
        ("On m'a débité deux fois 39,90 € pour la même commande.", .paymentIssue),
        ("Je n'arrive pas à réinitialiser mon mot de passe.", .accountIssue),
        ("L'application plante quand j'ouvre mon panier.", .technicalIssue),
        ("Êtes-vous ouverts le lundi de Pâques ?", .generalInquiry),
        ("Je veux être remboursé, j'ai renvoyé l'article il y a trois semaines.", .refundRequest),
        ("The kettle I received leaks as soon as you fill it.", .productIssue),
        ("I was charged twice for the same order.", .paymentIssue),
        ("I can't reset my password.", .accountIssue),
        ("Tracking says delivered but the parcel isn't in my mailbox, order 88812.", .orderIssue),
        ("I sent the item back three weeks ago and still want my refund.", .refundRequest),
        ("Are you open on Easter Monday?", .generalInquiry),
    ])
    func classifiesIntent(text: String, expected: CustomerIntent) {
        let prediction = engine.classify(text)
        #expect(prediction.intent == expected, "\(text) → \(prediction.intent) (\(prediction.confidence))")
        #expect(prediction.confidence > 0 && prediction.confidence <= 1)
        #expect(abs(prediction.probabilities.reduce(0, +) - 1) < 1e-6)
    }

    // MARK: - Sentiment

    @Test func sentimentHandlesNegationAndIntensifiers() {
        let happy = engine.sentiment("Je suis content de ma commande.", language: .fr)
        let notHappy = engine.sentiment("Je ne suis pas content de ma commande.", language: .fr)
        let veryHappy = engine.sentiment("Je suis très content de ma commande.", language: .fr)
        #expect(happy.label == .positive)
        #expect(notHappy.label == .negative)
        #expect(veryHappy.score > happy.score)

        #expect(engine.sentiment("I am happy with the service", language: .en).label == .positive)
        #expect(engine.sentiment("I am not happy with the service", language: .en).label == .negative)
        #expect(engine.sentiment("Not bad at all, really", language: .en).label == .positive)
        #expect(engine.sentiment("It's good", language: .en).score < engine.sentiment("It's really good!!", language: .en).score)
        #expect(engine.sentiment("Where is the nearest store?", language: .en).label == .neutral)
        #expect(engine.sentiment("Merci d'avance pour votre retour.", language: .fr).label == .neutral)
        let angry = engine.sentiment("C'est INADMISSIBLE, colis perdu et service nul !!!", language: .fr)
        #expect(angry.label == .negative && angry.score < -0.6)
        #expect((-1...1).contains(angry.score))
    }

    /// A negation ends with its clause: "ne comprend rien, c'est nul" is negative, while "pas content" stays negated.
    @Test func negationEndsAtTheClause() {
        let analyzer = SentimentAnalyzer()
        #expect(analyzer.analyse("Votre chatbot ne comprend rien, c'est nul.", language: .fr).label == .negative)
        #expect(analyzer.analyse("Nothing arrived, this is awful.", language: .en).label == .negative)
        #expect(analyzer.analyse("Je ne suis pas content du tout.", language: .fr).label == .negative)
        var unbounded = SentimentAnalyzer.Calibration()
        unbounded.negationStopsAtClause = false
        // Without the clause boundary the same sentence reads as praise: the rule is what makes the difference.
        #expect(SentimentAnalyzer(calibration: unbounded).analyse("Votre chatbot ne comprend rien, c'est nul.", language: .fr).label != .negative)
    }

    /// "super" / "so" before another word intensify it and are no praise of their own.
    @Test func intensifierBeforeAWordIsNoPraise() {
        let analyzer = SentimentAnalyzer()
        #expect(analyzer.analyse("le site met super longtemps a charger sur mobile", language: .fr).label == .neutral)
        #expect(analyzer.analyse("Livraison super rapide.", language: .fr).label == .positive)
        #expect(analyzer.analyse("C'est super !", language: .fr).label == .positive)
    }

    /// A bare closing thanks after a request is politeness; thanks with an exclamation or for something is praise.
    @Test func closingThanksIsPoliteness() {
        let analyzer = SentimentAnalyzer()
        #expect(analyzer.analyse("Pourriez-vous m'envoyer la facture de la commande 4521 ? Merci.", language: .fr).label == .neutral)
        #expect(analyzer.analyse("Please send me the invoice for order 4521, thank you", language: .en).label == .neutral)
        #expect(analyzer.analyse("Please send me the invoice for order 4521, thank you!", language: .en).label == .positive)
        #expect(analyzer.analyse("Merci pour la livraison rapide.", language: .fr).label == .positive)
    }

    /// "bien" confirming a fact ("a bien été prélevé", "est-ce bien le bon") is no praise.
    @Test func confirmingBienIsNoPraise() {
        let analyzer = SentimentAnalyzer()
        #expect(analyzer.analyse("Le paiement a bien été prélevé.", language: .fr).label == .neutral)
        #expect(analyzer.analyse("Est-ce bien le bon modèle pour mon téléphone ?", language: .fr).label == .neutral)
        #expect(analyzer.analyse("Tout s'est bien passé.", language: .fr).label == .positive)
    }

    /// Lexicon entries are stemmed when loaded: words that share a stem with an everyday word must not be added
    /// (pourri/pourriez, cute/cut, mad/made, hate/hat), or a polite request turns negative.
    @Test func politeRequestsStayNeutral() {
        let analyzer = SentimentAnalyzer()
        #expect(analyzer.analyse("Bonjour, pourriez-vous me dire où en est ma commande ?", language: .fr).label == .neutral)
        #expect(analyzer.analyse("I made a typo in my address, can you change it?", language: .en).label == .neutral)
        #expect(analyzer.analyse("The hat and the scarf were cut from the same fabric.", language: .en).label == .neutral)
    }

    /// A problem asked about without its question mark is no complaint: the complaint prior does not apply.
    @Test func questionsWithoutQuestionMarkAreNoComplaint() {
        let tokens = TextNormalizer.tokens("whens my order gonna ship")
        let prediction = IntentPrediction(intent: .orderIssue, confidence: 0.9, probabilities: [])
        #expect(!EmbeddedEngine.isComplaint(prediction, tokens: tokens))
        #expect(!EmbeddedEngine.isComplaint(prediction, tokens: TextNormalizer.tokens("je n'arrive pas à me connecter, y a-t-il une autre solution")))
        #expect(EmbeddedEngine.isComplaint(prediction, tokens: TextNormalizer.tokens("my order never arrived")))
    }

    /// Families of feelings added to the lexicon, with and without accents, and common misspellings.
    @Test(arguments: [
        ("C'est absurde, trois relances et toujours rien.", Language.fr),
        ("franchement j'en peux plus de ce service", .fr),
        ("Publicité mensongère, je vais porter plainte.", .fr),
        ("Are you kidding me? I'm so done with this.", .en),
        ("Really dissapointed, the product looks nothing like the photos.", .en),
        ("This is absurd, I'm filing a chargeback.", .en),
    ])
    func lexiconFamiliesReadNegative(text: String, language: Language) {
        #expect(SentimentAnalyzer().analyse(text, language: language).label == .negative, "\(text)")
    }

    /// English families: a thing that does nothing or falls apart, an ultimatum ("fix this", "forget it, I'll shop
    /// elsewhere"), understatement ("not ideal", "could be better"), and praise idioms ("you rock", "made my day").
    @Test(arguments: [
        ("The scan button does nothing when I press it, fix this.", Language.en, SentimentLabel.negative),
        ("Forget it, I'll shop elsewhere.", .en, .negative),
        ("Not ideal, the packaging could be better.", .en, .negative),
        ("The strap fell apart within a week.", .en, .negative),
        ("Refund received already, you rock!", .en, .positive),
        ("Your newsletter made my day.", .en, .positive),
    ])
    func englishFamilies(text: String, language: Language, expected: SentimentLabel) {
        #expect(SentimentAnalyzer().analyse(text, language: language).label == expected, "\(text)")
    }

    /// Praise standing alone after a stated problem is sarcasm; after good news, or in a clause after "but" that
    /// turns positive, it stays praise.
    @Test func sarcasticTagAfterAProblem() {
        let analyzer = SentimentAnalyzer()
        #expect(analyzer.analyse("The lamp arrived broken. Perfect.", language: .en).label == .negative)
        #expect(analyzer.analyse("Charged twice for one order, well done...", language: .en).label == .negative)
        #expect(analyzer.analyse("Le colis est arrivé abîmé, bravo.", language: .fr).label == .negative)
        #expect(analyzer.analyse("The lamp arrived today. Perfect.", language: .en).label == .positive)
        #expect(analyzer.analyse("The lid was scratched but you sent a new one at once, great!", language: .en).label != .negative)
        #expect(analyzer.analyse("Never mind, found it. Great!", language: .en).label == .positive)
        #expect(analyzer.analyse("Désolé pour le retard de réponse. Super, merci !", language: .fr).label == .positive)
        #expect(!SentimentAnalyzer.isSarcasticTag(TextNormalizer.tokens("The lamp arrived broken. Perfect."), start: 4, length: 1, runningTotal: 1))
        #expect(SentimentAnalyzer.isSarcasticTag(TextNormalizer.tokens("The lamp arrived broken. Perfect."), start: 4, length: 1, runningTotal: -1))
    }

    /// A short reply with no problem cue of its own is no complaint, whatever its category; a short report with a
    /// problem word still is, and so is a longer one (the prior carries mismatch reports without a feeling word).
    @Test func plainShortReplyIsNoComplaint() {
        let analyzer = SentimentAnalyzer()
        let prior = analyzer.calibration.complaint
        #expect(analyzer.analyse(tokens: TextNormalizer.tokens("My parcel came yesterday."), language: .en, complaint: prior).label == .neutral)
        #expect(analyzer.analyse(tokens: TextNormalizer.tokens("Ma commande est partie lundi."), language: .fr, complaint: prior).label == .neutral)
        #expect(analyzer.analyse(tokens: TextNormalizer.tokens("My parcel never came."), language: .en, complaint: prior).label == .negative)
        #expect(analyzer.analyse(tokens: TextNormalizer.tokens("You sent me two lamps in green, I had ordered them in grey."), language: .en, complaint: prior).label == .negative)
        var off = SentimentAnalyzer.Calibration()
        off.plainReplyLength = 0
        #expect(SentimentAnalyzer(calibration: off).analyse(tokens: TextNormalizer.tokens("My parcel came yesterday."), language: .en, complaint: prior).label == .negative)
    }

    /// "Seriously?" opening a sentence is exasperation; "seriously" before a word still intensifies it.
    @Test func seriouslyAsAQuestionIsExasperation() {
        let analyzer = SentimentAnalyzer()
        #expect(analyzer.analyse("You billed me again for a cancelled order. Seriously?", language: .en).label == .negative)
        #expect(analyzer.analyse("Seriously good kettle, thank you!", language: .en).label == .positive)
    }

    /// The learned layer moves the lexicon's label by one step at most when set to, keeps label and score consistent, and reads
    /// its own training lines better than the lexicon alone (it learned something, in both languages).
    @Test func learnedSentimentLayerRefinesTheLexicon() {
        let lines = TrainingCorpus.sentimentSentences
        #expect(lines.filter { $0.language == .en }.count >= 300 && lines.filter { $0.language == .fr }.count >= 250)
        #expect(lines.contains { $0.intent == nil } && lines.contains { $0.intent != nil })
        let threshold = engine.sentimentAnalyzer.threshold
        for language in Language.allCases {
            var lexiconRight = 0, layerRight = 0
            for line in lines where line.language == language {
                let tokens = TextNormalizer.tokens(line.text)
                let intent = engine.intentClassifier.classify(tokens: tokens)
                let lexical = EmbeddedEngine.lexicalReading(line.text, tokens: tokens, language: language, intent: intent,
                                                            analyzer: engine.sentimentAnalyzer).lexical
                let refined = engine.sentiment(line.text, language: language)
                let step = abs(SentimentLabel.allCases.firstIndex(of: lexical.label)! - SentimentLabel.allCases.firstIndex(of: refined.label)!)
                if engine.sentimentModel.options.adjacentOnly { #expect(step <= 1, "\(line.text)") }
                switch refined.label {
                case .positive: #expect(refined.score >= threshold, "\(line.text)")
                case .negative: #expect(refined.score <= -threshold, "\(line.text)")
                case .neutral: #expect(abs(refined.score) < threshold, "\(line.text)")
                }
                if lexical.label == line.sentiment { lexiconRight += 1 }
                if refined.label == line.sentiment { layerRight += 1 }
            }
            #expect(layerRight > lexiconRight, "\(language): layer \(layerRight), lexicon \(lexiconRight)")
        }
    }

    // MARK: - Entities

    @Test func extractsOrderNumbersInTheirUsualShapes() {
        let e = engine.entities("Commande 123456, aussi #55410 et CMD-2024-001, plus order no. A1B2C3 et la commande n° 77812.")
        #expect(e.orderNumbers == ["123456", "55410", "CMD-2024-001", "A1B2C3", "77812"])
        #expect(engine.entities("Order number: 98765-B").orderNumbers == ["98765-B"])
        #expect(engine.entities("ma commande passée hier").orderNumbers.isEmpty)
        #expect(engine.entities("I ordered 3 items in 2024").orderNumbers.isEmpty)
    }

    /// A word of digits outside ASCII (Arabic-Indic here) is longer than five bytes: its prefix feature used to
    /// cut a scalar in two and stop the process.
    @Test func analysesWordsOfNonASCIIDigits() {
        let reply = engine.respond(to: "Bonjour, ma commande ١٢٣٤٥ n'est pas arrivée", knowledge: BM25Index(documents: []))
        #expect(reply.analysis.language.language == .fr)
        #expect(reply.reply.hasPrefix("Bonjour"))
    }

    @Test func extractsContactsAmountsAndDates() {
        let fr = engine.entities("Écrivez-moi à Marie.Dupont@exemple.fr ou au 06 12 34 56 78, j'ai payé 12,50 € le 3 mars 2024 et 1 299,99 € le 12/03/2024.")
        #expect(fr.emails == ["marie.dupont@exemple.fr"])
        #expect(fr.phones == ["0612345678"])
        #expect(fr.amounts.map(\.value) == [12.5, 1299.99])
        #expect(fr.amounts.allSatisfy { $0.currency == "EUR" })
        #expect(fr.dates.compactMap(\.iso) == ["2024-03-03", "2024-03-12"])

        let en = engine.entities("Call +44 20 7946 0958 or +33 6 12 34 56 78. I paid $30 and 30 EUR on March 5th, 2024; delivery was 04/15/2024.")
        #expect(en.phones == ["+442079460958", "+33612345678"])
        #expect(en.amounts.map { "\($0.value) \($0.currency)" } == ["30.0 USD", "30.0 EUR"])
        #expect(en.dates.compactMap(\.iso) == ["2024-03-05", "2024-04-15"])
    }

    // MARK: - Retrieval

    @Test func bm25RanksTheMatchingFAQFirstAndUpdates() {
        var index = BM25Index(documents: SampleKnowledgeBase.documents)
        #expect(index.count == 50)
        #expect(index.search("je n'ai pas reçu mon remboursement").first?.document.title == "Mon remboursement n'est pas arrivé")
        #expect(index.search("my card keeps being declined at checkout").first?.document.title == "My card was declined")
        #expect(index.search("mot de passe oublié").first?.document.title == "J'ai oublié mon mot de passe")
        let hits = index.search("delivery address change", limit: 3)
        #expect(hits.count == 3 && hits[0].score >= hits[1].score && hits[1].score >= hits[2].score)

        index.upsert(KnowledgeDocument(id: "gift", kind: .faq, title: "Emballage cadeau", body: "L'emballage cadeau coûte 3 € et inclut une carte personnalisée."))
        #expect(index.search("emballage cadeau").first?.document.id == "gift")
        index.remove(id: "gift")
        #expect(index.search("emballage cadeau").first?.document.id != "gift")
        #expect(index.count == 50)
    }

    @Test func knowledgeBasesAreIsolatedPerTenant() async {
        let store = KnowledgeBaseStore()
        await store.upsert([KnowledgeDocument(id: "a1", kind: .faq, title: "Horaires", body: "Ouvert de 9 h à 18 h.")], tenantId: "a")
        await store.upsert([KnowledgeDocument(id: "b1", kind: .faq, title: "Horaires", body: "Ouvert de 10 h à 20 h.")], tenantId: "b")
        #expect(await store.search("horaires", tenantId: "a").map(\.document.id) == ["a1"])
        #expect(await store.search("horaires", tenantId: "b").map(\.document.id) == ["b1"])
        #expect(await store.search("horaires", tenantId: "c").isEmpty)
    }

    // MARK: - Composition

    @Test func customerServiceAnswerNamesOrderAndQuotesFAQInFrench() {
        let index = BM25Index(documents: SampleKnowledgeBase.documents)
        let answer = engine.respond(to: "Bonjour, mon colis pour la commande #48213 est en retard de cinq jours, je suis vraiment mécontent !", customerName: "Claire", knowledge: index)
        #expect(answer.analysis.language.language == .fr)
        #expect(answer.analysis.intent.intent == .orderIssue)
        #expect(answer.analysis.sentiment.label == .negative)
        #expect(answer.reply.hasPrefix("Bonjour Claire,"))
        #expect(answer.reply.contains("48213"))
        #expect(answer.reply.contains("désolé") || answer.reply.contains("excuse"))
        let top = try? #require(answer.sources.first)
        #expect(top?.document.title == "Mon colis est en retard, que faire ?")
        #expect(answer.reply.contains("enquête auprès du transporteur"))  // paraphrased from the FAQ answer
    }

    @Test func customerServiceAnswerInEnglishAsksForMissingOrderNumber() {
        let index = BM25Index(documents: SampleKnowledgeBase.documents)
        let answer = engine.respond(to: "Hi, how long does a refund take after I return something?", knowledge: index)
        #expect(answer.analysis.language.language == .en)
        #expect(answer.analysis.intent.intent == .refundRequest)
        #expect(answer.reply.hasPrefix("Hello,"))
        #expect(answer.reply.contains("order number"))
        let top = try? #require(answer.sources.first)
        #expect(top?.document.title.contains("refund") == true)
        let firstSentence = top?.document.body.components(separatedBy: ";").first?.components(separatedBy: ".").first ?? "missing"
        #expect(answer.reply.contains(firstSentence))
        // Different messages give different answers.
        let other = engine.respond(to: "My card was declined twice at checkout.", knowledge: index)
        #expect(other.reply != answer.reply)
    }

    @Test func humanRequestsEscalate() {
        let index = BM25Index(documents: SampleKnowledgeBase.documents)
        for text in ["Je veux parler à un conseiller", "Passez-moi un humain svp", "Can I talk to a real person?", "I want to speak to someone, not a bot"] {
            #expect(engine.detectHumanRequest(text) != nil, "\(text)")
        }
        #expect(engine.detectHumanRequest("Quels sont vos horaires ?") == nil)
        #expect(engine.detectHumanRequest("The person at the door took my parcel") == nil)
        let answer = engine.respond(to: "Je veux parler à un conseiller tout de suite", knowledge: index)
        #expect(answer.escalate && answer.escalationReason == "customer_requested_human")
        #expect(answer.reply.contains("conseiller"))
    }

    @Test func summaryKeepsKeyFactsAndEntities() {
        let summary = engine.summarise([
            ConversationTurn(speaker: .customer, text: "Bonjour. Ma commande CMD-2024-0917 est arrivée avec un vase cassé. J'ai payé 89,90 €."),
            ConversationTurn(speaker: .bot, text: "Je suis désolé. Pouvez-vous envoyer une photo ?"),
            ConversationTurn(speaker: .customer, text: "Voilà la photo. Je veux parler à un conseiller."),
        ])
        #expect(summary.lines.count <= 4)
        #expect(summary.text.contains("CMD-2024-0917"))
        #expect(summary.text.contains("89,90 €"))
        #expect(summary.text.contains("cassé"))
    }

    // MARK: - Length limits

    @Test(arguments: AdPlatform.allCases)
    func adCreativesRespectPlatformLimits(platform: AdPlatform) {
        let brief = ProductBrief(
            name: "Sac à dos de randonnée ultra-léger imperméable Explorateur 45 litres",
            features: ["Tissu ripstop recyclé résistant à l'eau et aux déchirures", "Dos ventilé avec ceinture ergonomique rembourrée", "Poche à eau 3 litres"],
            price: 129.9, keywords: ["randonnée", "sac imperméable"], language: .fr, offer: "-20 % avec le code RANDO20 jusqu'à dimanche soir")
        let creative = engine.composer.adCreative(brief, platform: platform)
        let limits = PlatformLimits.limits(for: platform)
        #expect(!creative.headlines.isEmpty && !creative.descriptions.isEmpty)
        #expect(creative.headlines.allSatisfy { $0.count <= limits.headline }, "\(creative.headlines)")
        #expect(creative.descriptions.allSatisfy { $0.count <= limits.description }, "\(creative.descriptions)")
        #expect((creative.primaryText?.count ?? 0) <= limits.primary)
        if platform == .googleAds {
            #expect(creative.headlines.allSatisfy { $0.count <= 30 } && creative.descriptions.allSatisfy { $0.count <= 90 })
            #expect(creative.headlines.count >= 3)
        }
        if platform == .meta { #expect((creative.primaryText?.count ?? 0) <= 125) }
    }

    @Test func seoEmailAndSocialTextsRespectLimitsAndUseTheInput() {
        let brief = ProductBrief(name: "Lampe de bureau LED orientable en chêne massif avec chargeur sans fil intégré",
                                 brand: "Atelier Lumen", features: ["Trois températures de couleur", "Chargeur à induction 15 W"],
                                 price: 89, keywords: ["lampe de bureau", "éclairage LED"], tone: .premium, language: .fr)
        let description = engine.composer.productDescription(brief)
        #expect(description.body.contains("Lampe de bureau LED"))
        #expect(description.body.contains("89 €"))
        #expect(description.bullets.count == 2)
        #expect(description.seo.title.count <= 60 && description.seo.description.count <= 160)
        #expect(!description.seo.title.isEmpty && !description.seo.description.isEmpty)

        let subjects = engine.composer.emailSubjects(topic: "la nouvelle collection de lampes artisanales en chêne et en noyer", offer: "-15 %", language: .fr)
        #expect(!subjects.subjects.isEmpty && subjects.subjects.allSatisfy { $0.count <= 60 })
        #expect(subjects.preheader.count <= 100)

        let post = engine.composer.socialPost(brief, platform: .x)
        #expect(post.text.count <= 280 && post.text.contains("Lampe de bureau"))
        #expect(post.hashtags.contains("#LampeDeBureau"))
        let english = engine.composer.productDescription(ProductBrief(name: "Trail Runner 2", features: ["Grippy outsole"], language: .en))
        #expect(english.body != description.body && english.body.contains("Trail Runner 2"))
    }

    @Test func fitNeverExceedsTheLimit() {
        let long = String(repeating: "superlongword ", count: 30)
        for limit in [1, 5, 30, 90, 125] {
            #expect(ContentComposer.fit(long, maxLength: limit).count <= limit)
        }
        #expect(ContentComposer.fit("Short text", maxLength: 30) == "Short text")
    }

    // MARK: - Evaluation

    @Test func evaluationUsesHeldOutDataOnly() {
        let report = EmbeddedEngineEvaluation.run()
        // Sets A–F share no line with the corpus; G shares four, H three, I three and J one short generic replies
        // ("ok"-like) by chance, written blind by people who never saw the corpus, K four more (15 since K was
        // added, before the ninth batch; the batch adds none), L two (17; the tenth batch adds none) and M two (19).
        // Only a new blind set may add to it.
        #expect(report.heldOutOverlap <= 19)
        #expect(report.languages.map(\.language) == [.fr, .en])
        for language in report.languages {
            #expect(language.intentSamples >= 100 && language.sentimentSamples >= 100)
            #expect(language.intentConfusion.flatMap { $0 }.reduce(0, +) == language.intentSamples)
            // A floor well under the targets, so a broken model fails loudly.
            #expect(language.intentAccuracy > 0.7 && language.sentimentAccuracy > 0.7)
        }
        #expect(report.machineReadableLines().contains { $0.hasPrefix("llm intent_accuracy_fr=") })
    }
}
