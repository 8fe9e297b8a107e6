// More training messages (second batch) and seed keywords per category, both languages.
// Seed keywords are domain vocabulary: each keyword becomes a one-line training example, which gives the
// classifier a prior on words the sentences may not cover. Same rule as the first batch: never held-out text.
enum TrainingCorpusExtra {
    static let french = """
order_issue|Toujours pas de colis, le site du transporteur n'indique rien depuis mardi.
order_issue|Le carton contenait un autre produit que celui de ma commande.
order_issue|Vous avez oublié de mettre le deuxième article dans l'envoi.
order_issue|Le chauffeur dit avoir livré mais personne n'a sonné.
order_issue|Mon colis est parti dans une autre ville d'après le suivi.
order_issue|Quand sera livrée ma commande passée il y a dix jours ?
order_issue|Peut-on livrer ma commande à mon bureau plutôt qu'à mon domicile ?
order_issue|La commande indique livrée en point relais mais le commerçant ne la trouve pas.
order_issue|J'ai reçu trois fois le même article au lieu de trois articles différents.
order_issue|Le colis a été renvoyé chez vous, pouvez-vous me le réexpédier ?
order_issue|Est-ce que ma commande est bien partie ? Je n'ai pas de numéro de suivi.
order_issue|Le mauvais modèle m'a été envoyé, ce n'est pas la référence commandée.
order_issue|Je voudrais regrouper mes deux commandes en une seule livraison.
order_issue|Mon paquet est resté bloqué à l'entrepôt du transporteur tout le week-end.
product_issue|Le produit s'est arrêté de fonctionner au bout de trois utilisations.
product_issue|Le bouton marche/arrêt de l'appareil est coincé.
product_issue|L'objet est rayé sur tout le côté, il ne peut pas être offert dans cet état.
product_issue|La matière est de mauvaise qualité, le tissu s'est troué.
product_issue|Les semelles se sont décollées au bout de deux semaines.
product_issue|La housse de couette a rétréci au lavage alors que j'ai suivi l'étiquette.
product_issue|Le verre de la lampe était fêlé à la livraison.
product_issue|Le produit a une odeur étrange et la texture a changé.
product_issue|L'appareil surchauffe et s'éteint tout seul.
product_issue|Le collier s'est cassé le premier jour, le fermoir est fragile.
product_issue|Le pantalon taille beaucoup plus petit que le guide, je fais quelle taille ?
product_issue|La télécommande ne répond plus même avec des piles neuves.
product_issue|Le plateau de la table est voilé.
product_issue|La couleur du pull a changé après le premier lavage.
payment_issue|Ma carte a été débitée mais j'ai reçu un message d'échec du paiement.
payment_issue|Le code de réduction n'est pas accepté au moment de payer.
payment_issue|Vous m'avez facturé un article que je n'ai pas commandé.
payment_issue|Le prélèvement est plus élevé que le prix affiché.
payment_issue|La facture ne mentionne pas l'adresse de ma société.
payment_issue|Je ne comprends pas pourquoi des frais supplémentaires ont été ajoutés au paiement.
payment_issue|Le paiement en 4 fois est refusé alors que j'y ai droit.
payment_issue|Où trouver le reçu de mon paiement ?
payment_issue|Ma carte cadeau n'a pas été déduite du montant payé.
payment_issue|Je veux payer par virement bancaire, quelles sont vos coordonnées ?
payment_issue|On m'a prélevé deux fois l'abonnement mensuel.
payment_issue|Le code avantage fidélité ne s'applique pas à mon panier.
payment_issue|La transaction a été bloquée par ma banque, comment faire ?
payment_issue|J'ai payé plus cher que le prix annoncé dans la publicité.
account_issue|Je n'arrive pas à réinitialiser mon mot de passe, le lien ne marche pas.
account_issue|Mon adresse mail a changé, comment mettre à jour mon compte ?
account_issue|Je n'arrive pas à m'inscrire, on me dit que le compte existe déjà.
account_issue|Je souhaite que vous effaciez toutes mes données personnelles.
account_issue|Mon compte fidélité n'affiche pas mes points.
account_issue|Je ne reçois plus le code de vérification pour me connecter.
account_issue|Une connexion inconnue apparaît dans l'historique de mon compte.
account_issue|Comment changer le mot de passe de mon espace client ?
account_issue|Merci de me retirer de votre liste de diffusion.
account_issue|Mon compte est suspendu, je ne peux plus passer commande.
account_issue|Mes avantages membre ne sont plus visibles sur mon profil.
account_issue|Je souhaite recevoir une copie des données de mon compte.
technical_issue|La page plante dès que j'ouvre la rubrique nouveautés.
technical_issue|Votre application bloque sur l'écran de chargement.
technical_issue|Le site affiche une erreur serveur depuis ce matin.
technical_issue|Le bouton de paiement ne réagit pas sur mon téléphone.
technical_issue|La recherche par filtre ne donne aucun résultat, c'est un bug.
technical_issue|Le menu du site ne s'affiche pas correctement sur mon écran.
technical_issue|L'application se fige quand je fais défiler les produits.
technical_issue|J'ai un écran blanc à la place de la page produit.
technical_issue|Le formulaire refuse mon code postal alors qu'il est correct.
technical_issue|La page de connexion tourne en boucle et ne s'ouvre jamais.
technical_issue|Le site n'est pas accessible depuis mon ordinateur.
technical_issue|Les liens de votre email ne mènent nulle part.
technical_issue|La validation du panier affiche une erreur inattendue.
technical_issue|L'appli ne s'ouvre plus depuis la dernière version.
general_inquiry|Votre boutique de Lille ouvre à quelle heure ?
general_inquiry|Ce fauteuil existe-t-il en velours ?
general_inquiry|Est-ce que ce produit est disponible en magasin ?
general_inquiry|Acceptez-vous les commandes pour les entreprises ?
general_inquiry|La lampe est-elle vendue avec son abat-jour ?
general_inquiry|Le parfum existe-t-il en format voyage ?
general_inquiry|Est-ce que vous livrez dans les DOM-TOM ?
general_inquiry|Ce jouet est-il adapté pour un enfant de 5 ans ?
general_inquiry|Combien de temps dure la garantie sur les meubles ?
general_inquiry|Faites-vous des prix pour les associations ?
general_inquiry|Quels sont les horaires de votre service client le week-end ?
general_inquiry|Est-ce que la table est livrée avec les chaises ?
general_inquiry|Vos vêtements sont-ils en coton bio ?
general_inquiry|Y aura-t-il une vente privée ce mois-ci ?
refund_request|J'aimerais récupérer mon argent pour la commande jamais livrée.
refund_request|Merci de rembourser les articles que je vous ai retournés.
refund_request|Je ne vois toujours pas le remboursement sur mon compte.
refund_request|Pouvez-vous me rembourser le produit défectueux au lieu de l'échanger ?
refund_request|Le remboursement reçu est inférieur au prix payé.
refund_request|Je veux être remboursé de l'article manquant.
refund_request|Quel est le délai de remboursement une fois le colis retourné ?
refund_request|Je renvoie la commande complète et demande un remboursement total.
refund_request|Vous deviez me rembourser la livraison express qui n'a pas été respectée.
refund_request|Mon retour est arrivé chez vous, j'attends le virement.
refund_request|Je souhaite annuler ma précommande et être remboursé.
refund_request|Comment se faire rembourser un article acheté en solde ?
other|Merci pour votre gentillesse, tout est arrivé en parfait état.
other|Je suis très content de mon achat, merci à toute l'équipe.
other|Bonsoir, juste un petit mot pour vous féliciter.
other|Est-ce que tu peux me parler de la météo de demain ?
other|Nous vendons des espaces publicitaires, êtes-vous intéressés ?
other|Qui est le président de la République ?
other|Super, c'est parfait, merci beaucoup.
other|Vos conseillers sont vraiment sympas, bravo.
other|Je teste juste le chat.
other|Vous pouvez me traduire cette phrase en anglais ?
other|Magnifique cadeau, ma mère a adoré, merci !
other|Gagnez de l'argent facilement depuis chez vous, cliquez ici.
other|Combien font 12 fois 8 ?
other|Quel est le plus haut sommet du monde ?
other|Tu connais une bonne série à regarder ce soir ?
other|Quel âge as-tu ?
other|Où puis-je voir le feu d'artifice du 14 juillet ?
other|Qui va gagner la coupe du monde selon toi ?
other|C'est quoi la recette de la pâte à crêpes ?
other|Tu parles combien de langues ?
other|Quel film me conseilles-tu pour ce week-end ?
other|Est-ce qu'il va pleuvoir ce week-end à Marseille ?
other|Peux-tu m'écrire une chanson d'anniversaire ?
other|Tu préfères les chiens ou les chats ?
other|Comment s'appelle le chanteur de ce groupe ?
other|Je m'ennuie, tu veux discuter ?
other|Quel jour sommes-nous ?
product_issue|Ma veste taille grand, dois-je la renvoyer pour une taille plus petite ?
product_issue|Pourquoi mon aspirateur perd-il autant de puissance après un mois ?
product_issue|Est-ce normal que la poêle ait déjà des rayures ?
product_issue|La chaussure gauche me serre, est-ce un défaut de fabrication ?
product_issue|Le tissu de mon canapé se déchire, est-ce couvert par la garantie ?
product_issue|Mon écran s'allume puis s'éteint tout seul, que faire ?
product_issue|Le mixeur sent le brûlé quand je l'utilise, c'est dangereux ?
product_issue|La robe a un fil qui dépasse et une maille filée, c'est normal ?
"""

    static let english = """
order_issue|Still no parcel, the carrier's site hasn't shown anything since Tuesday.
order_issue|The box had a different product from the one I ordered.
order_issue|You forgot to put the second item in the shipment.
order_issue|The driver claims he delivered but nobody rang the bell.
order_issue|According to tracking my parcel went to another city.
order_issue|When will the order I placed ten days ago be delivered?
order_issue|Can my order be delivered to my office instead of my home?
order_issue|The order says delivered to the pickup point but the shop can't find it.
order_issue|I received the same item three times instead of three different items.
order_issue|The parcel was sent back to you, can you ship it again?
order_issue|Has my order actually shipped? I don't have a tracking number.
order_issue|The wrong model was sent to me, that's not the reference I ordered.
order_issue|I'd like to combine my two orders into one delivery.
order_issue|My package sat at the carrier's warehouse all weekend.
product_issue|The product stopped working after three uses.
product_issue|The power button on the device is stuck.
product_issue|The item is scratched all along one side, I can't give it as a gift like this.
product_issue|The material is poor quality, the fabric got a hole in it.
product_issue|The soles came unglued after two weeks.
product_issue|The duvet cover shrank in the wash even though I followed the label.
product_issue|The lamp glass was cracked on delivery.
product_issue|The product has a strange smell and the texture has changed.
product_issue|The appliance overheats and switches itself off.
product_issue|The necklace broke on the first day, the clasp is flimsy.
product_issue|The trousers run much smaller than the size chart, what size should I get?
product_issue|The remote stopped responding even with new batteries.
product_issue|The table top is warped.
product_issue|The sweater changed colour after the first wash.
payment_issue|My card was charged but I got a payment failed message.
payment_issue|The discount code isn't accepted at checkout.
payment_issue|You billed me for an item I didn't order.
payment_issue|The charge is higher than the price displayed.
payment_issue|The invoice doesn't show my company address.
payment_issue|I don't understand why extra fees were added to the payment.
payment_issue|Paying in 4 instalments is refused even though I'm eligible.
payment_issue|Where can I find the receipt for my payment?
payment_issue|My gift card wasn't deducted from the amount I paid.
payment_issue|I want to pay by bank transfer, what are your bank details?
payment_issue|The monthly subscription was taken twice.
payment_issue|The loyalty discount code doesn't apply to my basket.
payment_issue|My bank blocked the transaction, what should I do?
payment_issue|I paid more than the price in the advert.
account_issue|I can't reset my password, the link doesn't work.
account_issue|My email address changed, how do I update my account?
account_issue|I can't sign up, it says the account already exists.
account_issue|I want you to erase all my personal data.
account_issue|My rewards account doesn't show my points.
account_issue|I no longer get the verification code to log in.
account_issue|There's an unknown login in my account history.
account_issue|How do I change the password for my customer area?
account_issue|Please remove me from your mailing list.
account_issue|My account is suspended, I can't place orders anymore.
account_issue|My member benefits no longer show on my profile.
account_issue|I'd like to receive a copy of my account data.
technical_issue|The page crashes as soon as I open the new in section.
technical_issue|Your app hangs on the loading screen.
technical_issue|The site has been showing a server error since this morning.
technical_issue|The pay button doesn't respond on my phone.
technical_issue|Filtering returns no results at all, it's a bug.
technical_issue|The site menu doesn't display properly on my screen.
technical_issue|The app freezes when I scroll through products.
technical_issue|I get a white screen instead of the product page.
technical_issue|The form rejects my postcode even though it's correct.
technical_issue|The login page keeps spinning and never opens.
technical_issue|The website isn't reachable from my computer.
technical_issue|The links in your email don't go anywhere.
technical_issue|Confirming the basket shows an unexpected error.
technical_issue|The app won't open anymore since the latest version.
general_inquiry|What time does your Leeds store open?
general_inquiry|Does this armchair come in velvet?
general_inquiry|Is this product available in store?
general_inquiry|Do you take orders from businesses?
general_inquiry|Is the lamp sold with its shade?
general_inquiry|Does the perfume come in a travel size?
general_inquiry|Do you deliver to Alaska?
general_inquiry|Is this toy suitable for a 5 year old?
general_inquiry|How long is the warranty on furniture?
general_inquiry|Do you have prices for charities?
general_inquiry|What are your customer service hours at the weekend?
general_inquiry|Does the table come with the chairs?
general_inquiry|Are your clothes made of organic cotton?
general_inquiry|Will there be a private sale this month?
refund_request|I'd like my money back for the order that was never delivered.
refund_request|Please refund the items I sent back to you.
refund_request|I still can't see the refund on my account.
refund_request|Can you refund the faulty product instead of exchanging it?
refund_request|The refund I got is less than what I paid.
refund_request|I want a refund for the missing item.
refund_request|How long does the refund take once the parcel is returned?
refund_request|I'm sending the whole order back and asking for a full refund.
refund_request|You were supposed to refund the express delivery that didn't arrive on time.
refund_request|My return reached you, I'm waiting for the money.
refund_request|I want to cancel my pre-order and get refunded.
refund_request|How do I get a refund for something I bought on sale?
other|Thanks for being so kind, everything arrived in perfect condition.
other|I'm really happy with my purchase, thanks to the whole team.
other|Good evening, just a quick note to congratulate you.
other|Can you tell me about tomorrow's weather?
other|We sell advertising space, are you interested?
other|Who is the president of the United States?
other|Great, that's perfect, thank you very much.
other|Your advisers are really nice, well done.
other|I'm just testing the chat.
other|Can you translate this sentence into French?
other|Beautiful gift, my mum loved it, thank you!
other|Earn money easily from home, click here.
other|What is 12 times 8?
other|What's the highest mountain in the world?
other|Can you recommend a good series to watch tonight?
other|How old are you?
other|Where can I watch the fireworks on the 4th of July?
other|Who do you think will win the world cup?
other|What's the recipe for pancake batter?
other|How many languages do you speak?
other|Which film would you recommend for this weekend?
other|Is it going to rain this weekend in Seattle?
other|Can you write me a birthday song?
other|Do you prefer dogs or cats?
other|What's the name of the singer in that band?
other|I'm bored, do you want to chat?
other|What day is it today?
product_issue|My jacket is too big, should I send it back for a smaller size?
product_issue|Why is my vacuum losing so much suction after a month?
product_issue|Is it normal that the pan already has scratches?
product_issue|The left shoe pinches, is that a manufacturing defect?
product_issue|The fabric on my sofa is tearing, is that covered by the warranty?
product_issue|My screen turns on then off by itself, what should I do?
product_issue|The blender smells burnt when I use it, is that dangerous?
product_issue|The dress has a loose thread and a snag, is that normal?
"""

    /// `category|keyword, keyword, …` per language.
    static let seedKeywords = """
fr|order_issue|colis, livraison, livreur, transporteur, suivi de colis, numéro de suivi, expédition, expédiée, en retard, pas reçu, jamais reçu, point relais, adresse de livraison, annuler ma commande, modifier ma commande, mauvais article, article manquant, paquet, entrepôt, douane
fr|product_issue|cassé, défectueux, abîmé, endommagé, ne fonctionne plus, panne, défaut, qualité, taille trop petite, taille trop grande, guide des tailles, couleur différente, garantie, fuite, rayé, décousu, troué, déchiré, produit, article reçu
fr|payment_issue|paiement, payer, carte bancaire, carte refusée, débité, prélèvement, prélevé, facture, facturé, code promo, code de réduction, réduction, remise, paypal, virement, frais, montant, tva, transaction, banque
fr|account_issue|compte, mon compte, mot de passe, connexion, se connecter, identifiant, email de compte, réinitialiser, profil, newsletter, désinscrire, données personnelles, rgpd, points de fidélité, espace client, inscription, verrouillé, piraté, code de vérification
fr|technical_issue|site, application, appli, bug, bogue, erreur, plante, crash, page blanche, chargement, navigateur, écran, bouton, ne s'affiche pas, lien cassé, mise à jour, lent, serveur, formulaire, ne charge pas
fr|general_inquiry|horaires, ouvert, boutique, magasin, livrez-vous, délai de livraison, frais de port, en stock, disponible, réassort, carte cadeau, existe-t-il, proposez-vous, avez-vous, garantie, matière, dimensions, politique de retour, contact, fidélité
fr|refund_request|remboursement, rembourser, remboursé, rembourse, argent, récupérer mon argent, avoir, retour, retourner, renvoyer, rétractation, geste commercial, remboursement partiel, me rembourser, virement de remboursement
fr|other|merci, bonjour, salut, au revoir, bravo, félicitations, génial, partenariat, publicité, blague, météo, test, robot, collaboration, recette
en|order_issue|parcel, package, delivery, courier, carrier, tracking, tracking number, shipped, shipping, late, not received, never received, pickup point, delivery address, cancel my order, change my order, wrong item, missing item, warehouse, customs
en|product_issue|broken, faulty, defective, damaged, stopped working, doesn't work, defect, quality, too small, too big, size chart, different colour, warranty, leak, scratched, torn, ripped, hole, product, item received
en|payment_issue|payment, pay, credit card, card declined, charged, debited, billed, invoice, promo code, discount code, discount, voucher, paypal, bank transfer, fees, amount, vat, transaction, bank, checkout price
en|account_issue|account, my account, password, login, log in, sign in, username, account email, reset, profile, newsletter, unsubscribe, personal data, gdpr, loyalty points, customer area, sign up, locked, hacked, verification code
en|technical_issue|website, site, app, bug, glitch, error, crashes, crash, blank page, loading, browser, screen, button, doesn't display, broken link, update, slow, server, form, won't load
en|general_inquiry|opening hours, open, store, shop, do you deliver, delivery time, shipping cost, in stock, available, restock, gift card, does it come, do you offer, do you have, warranty, material, dimensions, return policy, contact, loyalty program
en|refund_request|refund, refunded, reimburse, reimbursed, money back, my money, store credit, return, send back, right to cancel, compensation, partial refund, refund me, refund status
en|other|thanks, hello, hi, goodbye, well done, congratulations, awesome, partnership, advertising, joke, weather, test, bot, collaboration, recipe
"""

    static var keywordExamples: [(Language, LabelledMessage)] {
        keywordExamples(seedKeywords) + keywordExamples(TrainingCorpusFourth.seedKeywords)
    }

    /// One example per keyword of a `language|category|keyword, keyword, …` list.
    static func keywordExamples(_ list: String) -> [(Language, LabelledMessage)] {
        var out: [(Language, LabelledMessage)] = []
        for line in list.split(separator: "\n") {
            let parts = line.split(separator: "|").map(String.init)
            guard parts.count == 3, let language = Language(rawValue: parts[0]), let intent = CustomerIntent(rawValue: parts[1]) else { continue }
            for keyword in parts[2].split(separator: ",") {
                out.append((language, LabelledMessage(text: keyword.trimmingCharacters(in: .whitespaces), intent: intent)))
            }
        }
        return out
    }
}
