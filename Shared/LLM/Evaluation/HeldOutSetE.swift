// Blind run, the one and only (2026-11-29 13:59 UTC), after the last intent-accuracy step was finished (naive Bayes
// mixed into the logistic model, number/code shapes, a domain-word indicator, a fourth training batch and more seed
// keywords; all tuned on development sets A-D and cross-validation, never on this set). Debug build of
// `commerce-bench llm-eval --set e --skip-latency`, training examples 1697, heldout_overlap 0. Accuracy lines only
// (its errors and confusion matrices were not looked at):
//   intent    fr 0.875 (84/96)    en 0.781 (75/96)     -> the 0.90 target is missed in both languages
//   sentiment fr 0.830 (93/112)   en 0.750 (84/112)    -> the 0.85 target is missed in both languages
//   language  fr 1.000            en 1.000
// Same engine on the development sets A-D (not blind): intent fr 0.928, en 0.934; sentiment fr 0.906, en 0.901.
// Since that run E is a DEVELOPMENT set: its errors were studied during the generalisation step that followed
// (more varied training data, sentiment calibration), so its later figures are optimistic; set F is the blind one.
//
// Fifth held-out set, written blind on 2026-11-29 13:24 UTC without reading the engine, the training
// corpus, the lexicon or the other held-out sets. French and English halves written independently (the English
// half is NOT a translation of the French one). Its errors are not to be looked at while tuning.
// `intent|sentiment|text` (`-` = sentiment-only). 96 intent lines (12 per intent) + 16 sentiment-only lines per language.
enum HeldOutSetE {
    static let french = """
    order_issue|negative|Ma commande n° 48213 devait arriver mardi et toujours rien, le suivi n'a pas bougé depuis quatre jours.
    order_issue|negative|J'ai reçu un pull bleu taille M alors que j'avais commandé le vert en L. Commande 77120.
    order_issue|neutral|Bonjour, pourriez-vous me dire où en est ma commande CMD-20931 passée le 3 ?
    order_issue|positive|Bonjour ! Serait-il possible de modifier l'adresse de livraison de ma commande 55302 ? Je déménage samedi. Merci beaucoup d'avance, vous êtes top.
    order_issue|negative|colis marqué livré mais j'ai rien reçu, ni dans la boîte aux lettres ni chez le gardien
    order_issue|negative|Le carton est arrivé complètement éventré et deux des six verres étaient brisés. Je suis très déçue.
    order_issue|neutral|Le numéro de suivi que vous m'avez envoyé par mail ne renvoie rien sur le site du transporteur, est-ce normal ?
    order_issue|negative|Il manque la housse dans mon colis, j'ai seulement reçu le coussin. Commande 30117.
    order_issue|neutral|Je voudrais ajouter un deuxième chargeur à ma commande d'hier si elle n'est pas encore partie.
    order_issue|negative|ca fait 3 semaines que j attends ma commande, c est pas serieux du tout
    order_issue|positive|Merci pour votre réactivité habituelle ! Petite question : ma commande 61845 est indiquée « en préparation » depuis lundi, savez-vous quand elle sera expédiée ?
    order_issue|negative|Bonjour, d'après le suivi mon colis est bloqué au point relais de la rue Voltaire depuis vendredi, mais le commerçant m'assure qu'il ne l'a jamais reçu et me renvoie vers vous. Je ne sais plus vers qui me tourner, pouvez-vous contacter le transporteur et me dire ce qu'il en est exactement ? Commande 29544.
    product_issue|negative|La cafetière Expresso Pro 3000 fuit par le dessous dès la deuxième utilisation.
    product_issue|neutral|Bonjour, comment on appaire le casque BT-40 avec un iPhone ? Le bouton ne semble rien faire.
    product_issue|negative|La couleur du canapé n'a rien à voir avec la photo, c'est gris souris et pas bleu canard comme annoncé.
    product_issue|neutral|Je chausse habituellement du 39, les baskets Runner taillent-elles petit ? Celles que j'ai reçues me serrent un peu.
    product_issue|negative|l'écran de la montre reste noir meme apres une nuit en charge
    product_issue|positive|Bonjour, j'adore la lampe que j'ai reçue mais je ne trouve pas comment régler l'intensité. Auriez-vous une notice ? Merci !
    product_issue|negative|Le chargeur fourni n'est pas compatible avec les prises françaises, c'est une prise anglaise ! Inadmissible.
    product_issue|negative|La fermeture éclair du sac à dos a lâché au bout d'une semaine. Pour 89 €, je m'attendais à mieux.
    product_issue|neutral|La cartouche d'encre XL 305 reçue n'est pas reconnue par mon imprimante, alors que le site indiquait qu'elle était compatible.
    product_issue|neutral|Est-ce que la poêle que j'ai reçue peut aller au four ? Il n'y a aucune indication sur l'emballage.
    product_issue|negative|Le t-shirt a rétréci de deux tailles au premier lavage à 30 degrés, alors que j'ai suivi l'étiquette.
    product_issue|positive|Super aspirateur, rien à redire, sauf que la brosse rotative ne tourne plus depuis ce matin. Une idée de ce qui peut la bloquer ?
    payment_issue|negative|J'ai été débité deux fois de 64,90 € pour la même commande, merci de régulariser rapidement.
    payment_issue|neutral|Ma carte Visa est refusée au moment de payer alors qu'elle fonctionne partout ailleurs.
    payment_issue|negative|Le code promo BIENVENUE10 n'a pas été appliqué au paiement, j'ai payé plein tarif. Pas cool.
    payment_issue|neutral|Bonjour, la facture de la commande 40988 est au nom de mon ancienne société. Pourriez-vous en éditer une nouvelle au nom de Durand Conseil SARL ?
    payment_issue|negative|paiement echoue 3 fois de suite et pourtant l argent est bloque sur mon compte
    payment_issue|positive|Bonjour, petit souci : le paiement en 3 fois sans frais ne s'affiche pas pour mon panier de 420 €. Pourriez-vous m'aider ? Merci d'avance et bonne journée !
    payment_issue|negative|Vous m'avez prélevé 129 € alors que le montant affiché dans le panier était de 109 €. Expliquez-moi.
    payment_issue|neutral|La TVA n'apparaît pas sur ma facture, j'en ai besoin pour ma comptabilité.
    payment_issue|neutral|Est-ce normal que PayPal m'indique un paiement en attente depuis deux jours pour la commande 88410 ?
    payment_issue|negative|Ma banque m'a signalé un prélèvement de votre part alors que j'avais abandonné mon panier avant de payer !! Je n'ai rien autorisé.
    payment_issue|neutral|Je ne reçois jamais le SMS de validation 3D Secure, du coup le paiement n'aboutit pas.
    payment_issue|positive|Merci pour la rapidité de livraison ! Par contre la carte cadeau de 50 € n'a pas été déduite de mon total lors du règlement, pouvez-vous vérifier ?
    account_issue|negative|Impossible de me connecter, on me dit que mon mot de passe est incorrect alors que je viens de le réinitialiser.
    account_issue|neutral|Je souhaite changer l'adresse mail de mon compte : remplacer marie.lefevre@orange.fr par marie.lefevre@gmail.com.
    account_issue|neutral|Merci de supprimer définitivement mon compte ainsi que toutes mes données personnelles, conformément au RGPD.
    account_issue|negative|Je reçois encore votre newsletter tous les jours alors que je me suis désinscrit il y a un mois. Arrêtez.
    account_issue|neutral|mdp oublié et le mail de réinitialisation arrive pas, j ai vérifié les spams
    account_issue|positive|Bonjour, je voudrais modifier mon numéro de téléphone dans mon espace client mais je ne trouve pas où le faire. Merci de votre aide !
    account_issue|negative|Mon compte a été bloqué après trois tentatives et je n'arrive plus à le débloquer. J'ai une commande en cours, c'est urgent.
    account_issue|neutral|Bonjour, quelles données personnelles conservez-vous à mon sujet ? Je souhaiterais en recevoir une copie.
    account_issue|neutral|Est-il possible de fusionner deux comptes ? J'en ai créé un second par erreur avec mon adresse pro.
    account_issue|negative|Quelqu'un s'est connecté à mon compte et a changé mon adresse de livraison, je n'ai jamais fait ça. Je suis inquiet.
    account_issue|neutral|Je voudrais garder la newsletter mais ne plus recevoir les SMS promotionnels. Comment faire ?
    account_issue|neutral|Bonjour, en voulant mettre à jour la carte bancaire enregistrée, je me rends compte que je ne peux plus me connecter du tout depuis mon changement d'email. Comment récupérer l'accès à mon compte ?
    technical_issue|negative|Le site plante à chaque fois que je clique sur « Valider mon panier », page blanche.
    technical_issue|neutral|L'application Android se ferme toute seule dès que j'ouvre l'onglet Mes favoris. Version 4.2.1, Samsung Galaxy S21.
    technical_issue|negative|Erreur 500 sur la page de paiement depuis ce matin, impossible de finaliser quoi que ce soit.
    technical_issue|neutral|Je ne reçois plus les notifications de suivi sur l'appli alors qu'elles sont activées dans les réglages.
    technical_issue|negative|la barre de recherche marche pas, je tape « robe » et ça mouline dans le vide
    technical_issue|positive|Bonjour, je voulais vous signaler gentiment que les images produits ne s'affichent plus sur Safari. Bon courage à l'équipe technique !
    technical_issue|negative|Votre appli iOS est inutilisable depuis la dernière mise à jour, elle crashe au démarrage. C'est la troisième fois ce mois-ci.
    technical_issue|neutral|Les filtres de taille ne fonctionnent pas sur la catégorie Chaussures femme : quand je coche 38, rien ne change.
    technical_issue|negative|Je n'arrive à rien ajouter au panier, le bouton ne réagit pas. Testé sur Chrome et Firefox.
    technical_issue|neutral|Le lien dans l'email de confirmation renvoie vers une page 404.
    technical_issue|neutral|bjr la page de commande charge pas sur mobile, ça tourne en rond
    technical_issue|positive|Merci pour la nouvelle version de l'appli, elle est bien plus fluide ! Seul bémol : le mode sombre rend les prix illisibles.
    general_inquiry|neutral|Bonjour, livrez-vous en Belgique et en Suisse ? Et si oui, quels sont les frais ?
    general_inquiry|neutral|Quels sont les horaires de votre service client le samedi ?
    general_inquiry|positive|Bonjour, j'hésite entre deux manteaux. Si la taille ne va pas, combien de temps ai-je pour le retourner ? Merci pour votre réponse !
    general_inquiry|neutral|La table basse Oslo en chêne sera-t-elle de nouveau en stock avant Noël ?
    general_inquiry|neutral|vous faites des cartes cadeaux ? c pour un anniv
    general_inquiry|neutral|Comment fonctionne votre programme de fidélité ? Les points expirent-ils au bout d'un certain temps ?
    general_inquiry|neutral|Avez-vous une boutique physique à Lyon où je pourrais voir les canapés avant d'acheter ?
    general_inquiry|positive|Je suis une cliente fidèle et ravie de vos produits. Proposez-vous des réductions pour les étudiants ?
    general_inquiry|neutral|J'aimerais parler à un conseiller, est-il possible d'être rappelée ?
    general_inquiry|negative|Ça fait vingt minutes que j'essaie de joindre quelqu'un par téléphone. Est-ce qu'il y a vraiment un humain chez vous ?
    general_inquiry|neutral|Les retours sont-ils gratuits si je commande depuis la Réunion ?
    general_inquiry|neutral|Bonjour, avec la livraison express, un colis commandé jeudi peut-il arriver avant le week-end ?
    refund_request|negative|Ma commande 48877 a trois semaines de retard, je n'en veux plus. Remboursez-moi intégralement.
    refund_request|neutral|J'ai renvoyé la robe il y a dix jours et le colis a bien été réceptionné selon le suivi, mais je n'ai toujours pas été remboursée.
    refund_request|neutral|Bonjour, je souhaite retourner le mixeur pour être remboursé, il ne me convient pas. Comment procéder ?
    refund_request|negative|Ça fait plus d'un mois qu'on me promet un remboursement de 249 €. J'en ai assez, je vais contacter ma banque.
    refund_request|neutral|Je voudrais annuler ma commande n°70231 passée ce matin et être remboursé.
    refund_request|positive|Bonjour, les chaussures sont très belles mais vraiment trop petites. Je préférerais un remboursement plutôt qu'un échange. Merci beaucoup !
    refund_request|negative|rembourser moi le casque qui marche pas, j en ai marre de vos produits
    refund_request|neutral|Suite au retour de ma commande 51003, le remboursement sera-t-il crédité sur ma carte ou sous forme d'avoir ? Je préférerais la carte.
    refund_request|negative|Vous m'avez remboursé 35 € au lieu de 53 €. Il manque 18 € sur le remboursement de ma commande 66209.
    refund_request|positive|Merci d'avoir accepté mon retour ! Pouvez-vous me dire quand je recevrai le remboursement des 79,99 € ?
    refund_request|negative|Article reçu cassé, je ne veux pas de remplacement, je veux être remboursé. Point.
    refund_request|neutral|Mon abonnement Premium a été renouvelé automatiquement alors que je ne l'utilise plus. Pouvez-vous l'annuler et me rembourser les 59 € ?
    other|positive|Je voulais juste vous dire que votre livreur a été adorable ce matin. Bravo à toute l'équipe !
    other|neutral|Bonjour, je vous envoie ma candidature pour le poste de préparateur de commandes à l'entrepôt de Saint-Quentin. CV en pièce jointe.
    other|neutral|Nous sommes une agence de marketing d'influence et aimerions vous proposer un partenariat avec nos créateurs de contenu.
    other|positive|Vos produits sont géniaux, je les recommande à tous mes amis ! Continuez comme ça.
    other|neutral|FÉLICITATIONS vous avez gagné un iPhone 15, cliquez ici pour réclamer votre lot
    other|neutral|Quel temps fait-il chez vous aujourd'hui ?
    other|neutral|test, ceci est un test
    other|negative|Vos pubs sur Instagram sont vraiment insupportables, on les voit partout.
    other|neutral|Bonjour, je suis étudiante en école de commerce et je réalise un mémoire sur le e-commerce. Accepteriez-vous de répondre à un court questionnaire ?
    other|positive|coucou, juste pour dire que le petit mot manuscrit dans le colis m'a fait super plaisir 😊
    other|neutral|Nous proposons des solutions de référencement SEO à prix imbattables, contactez-nous au 01 23 45 67 89.
    other|positive|Mon chat a préféré le carton du colis au jouet lui-même, haha.
    -|positive|Merci beaucoup, c'est parfait !
    -|positive|Super, problème réglé, bonne journée à vous.
    -|positive|top merci beaucoup
    -|positive|Vous êtes au top, merci pour votre patience.
    -|positive|Génial, je viens de recevoir le colis, merci !
    -|neutral|D'accord, je note.
    -|neutral|Bien reçu, je regarde.
    -|neutral|ok je vais attendre alors
    -|neutral|Je vous recontacte demain si besoin.
    -|neutral|Entendu, je vérifie et je reviens vers vous.
    -|negative|C'est vraiment n'importe quoi.
    -|negative|Je suis extrêmement déçu de votre service.
    -|negative|nul nul nul
    -|negative|Plus jamais je ne commanderai chez vous.
    -|negative|Ça ne répond absolument pas à ma question.
    -|negative|Franchement, j'en ai ras-le-bol d'attendre.
    """

    static let english = """
    order_issue|negative|Order #A-55190 was supposed to be here last Friday. Tracking still says label created. What is going on?
    order_issue|negative|Got someone else's parcel. Name on the label is a Mr Okafor and it's full of dog food. Mine was a kettle.
    order_issue|neutral|Hi, can you confirm whether my order 10432 has shipped yet? I haven't had a dispatch email.
    order_issue|positive|Hi there, hope you're well! Any chance I could swap the size on my order from a 10 to a 12 before it goes out? Thanks so much.
    order_issue|negative|box turned up soaking wet and the book inside is ruined
    order_issue|neutral|Tracking shows my package was delivered to a neighbour at 14 Elm Road but I live at 41. Could you look into it?
    order_issue|negative|Only 2 of the 4 dining chairs arrived. Order 72208. I paid for four.
    order_issue|neutral|Is it possible to upgrade my order to next-day delivery? It's order 30995, placed about an hour ago.
    order_issue|negative|This is the third time I've been told my parcel is out for delivery and then nothing turns up. I've taken two days off work waiting in for it and nobody can give me a straight answer about where it actually is.
    order_issue|negative|wheres my order?? ordered 2 weeks ago
    order_issue|positive|Thanks for the quick dispatch! Just a heads-up though, the courier app says the parcel is being returned to sender. Can you check why?
    order_issue|neutral|Could you swap the vanilla candle in order 58812 for the unscented version? Same price.
    product_issue|negative|The left earbud of my SoundPods Mini has stopped charging after just ten days.
    product_issue|neutral|How do I reset the smart thermostat to factory settings? The manual only covers installation.
    product_issue|negative|The jacket is described as waterproof. I got soaked through in 10 minutes of drizzle.
    product_issue|neutral|The trousers I received are labelled 32 waist but measure closer to 30. Do they run small in general?
    product_issue|negative|blender smells like burning plastic first time I used it, not touching it again
    product_issue|neutral|The replacement filter I bought doesn't fit my Aquaflow 200 jug even though the listing said it was compatible.
    product_issue|positive|Love the rug, honestly gorgeous, but it keeps curling up at the corners. Any tips to make it lie flat?
    product_issue|negative|The colour on the website is a deep forest green. What I got is basically khaki. Not the same thing at all.
    product_issue|neutral|Does the baby monitor work without wifi? Mine keeps losing the connection to the camera unit.
    product_issue|negative|Screen protector has bubbles no matter how carefully I apply it, and it's cut too small for the Pixel 8 anyway.
    product_issue|positive|Hi, really pleased with the drill so far. Just wondering what the flashing orange light on the battery means? Cheers.
    product_issue|negative|The stitching on the handle of my leather tote has already come apart. It cost £140. Really poor quality.
    payment_issue|negative|I've been charged £89.99 twice for order 40021. Please sort this out.
    payment_issue|neutral|My Mastercard keeps getting declined at checkout. My bank says there's no block on their side.
    payment_issue|neutral|Hi, I entered the code SPRING20 but the discount didn't come off at payment. Could you apply it retrospectively?
    payment_issue|negative|The invoice you sent lists the wrong billing address and my accountant won't accept it. I need a corrected one today.
    payment_issue|negative|payment failed but money left my account? order didnt go through
    payment_issue|positive|Hi! Could I get a VAT invoice for order 66781? Company name is Brightline Studio Ltd. Many thanks in advance.
    payment_issue|negative|Apple Pay took the money, the site told me the payment failed, and now I've got no order and £54 missing.
    payment_issue|neutral|I was quoted $23.50 shipping at checkout but my card statement shows $31. Can you explain the difference?
    payment_issue|neutral|I tried to pay with my gift card and put the rest on my debit card, but it only took the gift card and then said payment incomplete.
    payment_issue|negative|You've taken a pre-authorisation of £300 on my card for a £30 order. That's absurd, my account is overdrawn now.
    payment_issue|positive|Thanks for the fast reply yesterday. One more thing: Klarna says my first instalment is due but I never chose pay later. Could you check?
    payment_issue|neutral|Hello, my Amex gets rejected with error code 05 every time I try to pay. Is something wrong on your end?
    account_issue|negative|I can't log in. It says no account exists with my email, but I've ordered from you loads of times.
    account_issue|neutral|Please change the email on my account from j.hartley@outlook.com to jamie.hartley@proton.me.
    account_issue|neutral|I'd like my account and all associated data deleted under GDPR. Please confirm once done.
    account_issue|negative|Unsubscribed from your emails three times now and I'm still getting them. Stop spamming me.
    account_issue|neutral|password reset link says expired even tho i clicked it straight away
    account_issue|positive|Hi, I've just got married and would love to update my surname on my account. What's the easiest way? Thanks!
    account_issue|negative|Someone's placed an order on my account that I didn't make. I've changed my password but I want to know how this happened.
    account_issue|neutral|How do I turn off the weekly deals newsletter but keep order updates by email?
    account_issue|neutral|Can you tell me what personal information you hold about me? I'd like a copy of my data.
    account_issue|neutral|My two-factor codes go to an old phone number I no longer have. How can I update it without logging in?
    account_issue|negative|Your system locked my account after one wrong password attempt. Ridiculous. I need to get back in.
    account_issue|neutral|Hi, I wanted to update my saved card because the old one expired, but I can't even get into my account since the password reset emails go to my old work address. How can I change the email on file?
    technical_issue|negative|Checkout page just spins forever. Tried three times on two different browsers.
    technical_issue|neutral|The iPhone app crashes whenever I try to scan a barcode. iOS 17.4, app version 6.1.
    technical_issue|negative|Your website keeps logging me out every couple of minutes and emptying my basket. Really frustrating.
    technical_issue|neutral|Push notifications for price drops aren't coming through even though they're switched on.
    technical_issue|negative|getting a 502 bad gateway on every product page
    technical_issue|positive|Hi team, just flagging that the size guide pop-up won't close on mobile. Not urgent, love the new site design otherwise!
    technical_issue|neutral|The postcode lookup on the delivery form doesn't find my address. It's a new-build, BS16 7QT.
    technical_issue|negative|App stuck on the splash screen since this morning's update. Uninstalled and reinstalled, same thing.
    technical_issue|neutral|When I tap Track my parcel in the app I get a blank white screen.
    technical_issue|neutral|Hi, the Add to wishlist heart button doesn't do anything on Firefox.
    technical_issue|negative|The page reloaded right as I hit Pay and now I have no idea whether anything went through. This website is a mess.
    technical_issue|positive|Great sale this weekend! Small thing though, the countdown timer on the homepage is showing negative numbers.
    general_inquiry|neutral|Do you ship to Canada, and roughly how long does it take?
    general_inquiry|neutral|What time does your customer service line open on Sundays?
    general_inquiry|positive|Hi! Thinking of buying the Linen Duvet Set as a gift. If it's not quite right, can the recipient return it without a receipt? Thanks!
    general_inquiry|neutral|Will the Nordic oak bookcase be back in stock any time soon?
    general_inquiry|neutral|do gift cards expire
    general_inquiry|neutral|How many loyalty points do I get per pound spent, and can I use them on sale items?
    general_inquiry|neutral|Could I speak to someone on the phone, please? It's easier than writing it all out.
    general_inquiry|negative|I've been waiting on your live chat for 40 minutes. Is anyone actually there?
    general_inquiry|positive|Been a customer for years and love your stuff. Do you offer any discount for NHS workers?
    general_inquiry|neutral|Is it possible to collect an order from your Manchester warehouse instead of having it delivered?
    general_inquiry|neutral|What's your returns window for items bought in the January sale?
    general_inquiry|neutral|Do you price match if I find the same TV cheaper elsewhere?
    refund_request|negative|My order is now two weeks late and I've had to buy the same thing elsewhere. I want a full refund, not another excuse.
    refund_request|neutral|I sent the boots back on the 4th with tracking number RM482910GB. When can I expect my refund?
    refund_request|neutral|Hi, I'd like to return the air fryer for a refund. It's unused and still in the box.
    refund_request|negative|Still no refund after 6 weeks. You confirmed you received the return on March 2nd. This is unacceptable.
    refund_request|neutral|Please cancel order 91773 and refund me, I ordered it twice by mistake.
    refund_request|positive|Thanks for being so understanding on the phone earlier. As agreed, could you process the refund for the cracked vase? Order 21450.
    refund_request|negative|headphones broke in a week. dont want a replacement just give me my money back
    refund_request|neutral|I returned two items but was only refunded for one. Order 47761, the missing amount is £24.
    refund_request|negative|Your courier lost my parcel and now you're telling me to wait another 10 days? Just refund the £112 and be done with it.
    refund_request|positive|Hello, loved the service but the dress just doesn't suit me. I'd like to send it back for a refund please. What's the process?
    refund_request|neutral|My subscription box renewed yesterday but I cancelled last week. Please refund the £29.99 charge.
    refund_request|negative|You refunded me in store credit when I explicitly asked for the money back on my card. I want that reversed and paid to my card.
    other|positive|Just wanted to say the packaging on my last order was beautiful. No question, just a thank you!
    other|neutral|Hello, I'm applying for the Customer Support Assistant role listed on LinkedIn. Please find my CV attached.
    other|neutral|We're a sustainable packaging supplier and would love to discuss a partnership with your brand.
    other|neutral|Congratulations! Your email has been selected for a $1000 Amazon voucher. Claim now at bit.ly/win-prize
    other|neutral|hello? is this working
    other|neutral|Does anyone know a good Italian restaurant near Leeds station?
    other|positive|Your delivery driver Sam helped me carry the parcel up four flights of stairs. Legend. Please pass on my thanks.
    other|negative|Your TV advert is so annoying, it's on every five minutes.
    other|neutral|Hi, I'm a journalist writing a piece on online retail in the UK. Would someone be available for a quick interview?
    other|neutral|Boost your Google ranking today! SEO packages from only $99 per month.
    other|positive|lol my kid thinks your mascot is the best thing ever
    other|neutral|Sorry, wrong address, this was meant for my landlord.
    -|positive|Brilliant, thank you so much!
    -|positive|That's sorted it, cheers.
    -|positive|Perfect, really appreciate the help.
    -|positive|thx!! you're a star
    -|positive|Received it today, all good. Great service.
    -|neutral|Okay, that's noted.
    -|neutral|Got it, will do.
    -|neutral|I'll wait for the email then.
    -|neutral|Sure, I'll check again tomorrow.
    -|neutral|Right, I'll try that and let you know.
    -|negative|This is absolutely ridiculous.
    -|negative|Worst customer service I've ever dealt with.
    -|negative|useless, absolutely useless
    -|negative|I'm never ordering from you again.
    -|negative|That doesn't help me at all.
    -|negative|I'm fed up of chasing this.
    """
}
