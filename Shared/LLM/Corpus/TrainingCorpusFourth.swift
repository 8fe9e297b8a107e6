// Fourth batch of training messages (2026-11-29), written for the last intent-accuracy step: the boundaries where
// the model still hesitated — website features that break (catalogue tools, sessions, checkout errors) versus
// products and payments, off-topic questions and spam versus real questions, vouchers and payment methods as
// payment matters, questions about what a product includes or what the shop offers as general inquiries,
// chit-chat as `other`. Written from scratch with situations of its own, never from held-out text (the
// evaluation reports `heldout_overlap`, which must stay 0). `category|text`.
enum TrainingCorpusFourth {
    static let french = """
technical_issue|La pagination du catalogue me renvoie toujours à la première page.
technical_issue|Le tri par nouveautés affiche les vieux articles en premier.
technical_issue|Quand je coche une marque dans les filtres, toutes les marques restent affichées.
technical_issue|Le sélecteur de langue me remet en anglais à chaque clic.
technical_issue|La liste d'envies se vide toute seule quand je ferme le navigateur.
technical_issue|J'ai le message « oups, réessayez plus tard » quand je confirme mon panier.
technical_issue|Je suis éjecté de ma session à chaque fois que j'arrive à l'étape de livraison.
technical_issue|Le comparateur de produits affiche des cases vides.
technical_issue|Depuis la refonte du site, mon panier se vide à chaque rafraîchissement.
technical_issue|L'appli iPhone se fige dès que j'ouvre l'onglet promotions.
technical_issue|Le champ code postal refuse mon code, le formulaire reste bloqué.
technical_issue|Les photos des articles ne se chargent plus, j'ai des carrés gris partout.
technical_issue|Le moteur de recherche ne reconnaît pas les mots avec accents.
technical_issue|Le site affiche une erreur 503 depuis ce matin.
technical_issue|Le bouton « suivant » de l'étape paiement ne réagit pas sur tablette.
technical_issue|La page expire à chaque fois que j'essaie de valider mon achat.
technical_issue|Le chat en ligne se ferme tout seul au bout de trente secondes.
technical_issue|Le calendrier de prise de rendez-vous ne propose aucune date, il est vide.
other|Thé ou café, c'est quoi votre boisson préférée ?
other|Gagnez un iPhone en cliquant sur ce lien.
other|Investissez dans la crypto et doublez votre mise en une semaine.
other|Qui va gagner le match ce soir ?
other|Ok, bien noté, merci.
other|Super boutique, toujours un plaisir de commander chez vous !
other|Vous avez un chien dans l'équipe ? J'ai vu une photo sur Instagram.
other|Je suis étudiant et je fais un mémoire sur le commerce en ligne, puis-je vous interviewer ?
other|Pouvez-vous me conseiller un bon film pour ce soir ?
other|Quelle est la population de Lyon ?
other|Je m'ennuie, raconte-moi une histoire.
other|Vous connaissez un bon garagiste près de Rennes ?
other|Votre ancien logo était plus joli, c'est dommage.
general_inquiry|Le ventilateur de bureau est-il vendu avec une télécommande ?
general_inquiry|Le canapé est-il livré monté ou en kit ?
general_inquiry|Faites-vous des prix pour les commandes en grande quantité ?
general_inquiry|Acceptez-vous les bons d'achat des comités d'entreprise ?
general_inquiry|Est-ce que la table peut supporter un usage en extérieur ?
payment_issue|Mon code de parrainage n'est pas pris en compte au moment de payer.
payment_issue|Le bon de bienvenue est refusé, il est pourtant valable jusqu'à la fin du mois.
payment_issue|Peut-on régler en quatre fois sans frais ?
payment_issue|Ma carte cadeau n'est pas acceptée comme moyen de paiement.
payment_issue|Apple Pay me renvoie un refus alors que j'ai assez sur mon compte.
payment_issue|La réduction de 10 % ne s'applique pas sur mon total.
product_issue|La fermeture éclair de ma veste a lâché dès le deuxième jour.
product_issue|Le chargeur livré avec l'enceinte ne fonctionne pas.
product_issue|Le pantalon taille bien plus petit que le guide des tailles l'indique.
product_issue|La poêle attache déjà alors qu'elle est censée être antiadhésive.
refund_request|Rendez-moi mon argent, le produit ne correspond pas à la description.
other|Vous regardez quoi comme séries en ce moment ?
other|Vous partez en vacances où cet été ?
other|Est-ce que vous croyez aux fantômes ?
other|Vous avez vu le match d'hier soir ?
other|Il fait beau dans votre région aujourd'hui ?
other|Vous connaissez la date des prochaines élections ?
other|Panneaux solaires à prix cassés, appelez notre conseiller dès aujourd'hui !
other|Boostez vos ventes avec nos fichiers d'adresses, répondez vite à cette offre.
other|Assurance auto pas chère, devis gratuit en deux minutes, écrivez-nous.
other|Bande d'amateurs, c'est la dernière fois que je passe par vous.
other|Bien reçu votre message, je reviens vers vous plus tard.
general_inquiry|La poussette passe-t-elle dans un coffre de petite voiture ?
general_inquiry|Quelle est la durée de garantie sur les matelas ?
general_inquiry|Le tissu de la nappe passe-t-il en machine à 40 degrés ?
general_inquiry|Le bureau d'angle peut-il se monter à gauche comme à droite ?
general_inquiry|Est-ce que le service d'installation à domicile est payant ?
general_inquiry|Les chaussures de randonnée sont-elles imperméables ?
"""

    static let english = """
technical_issue|The catalogue pagination always sends me back to page one.
technical_issue|Sorting by newest shows the oldest items first.
technical_issue|Ticking a brand in the filters still shows every brand.
technical_issue|The language switcher puts me back in French every time I click.
technical_issue|My wishlist empties itself whenever I close the browser.
technical_issue|I get "oops, please try again later" when I confirm my basket.
technical_issue|I get kicked out of my session every time I reach the delivery step.
technical_issue|The product comparison tool shows empty boxes.
technical_issue|Since the site redesign my basket empties on every refresh.
technical_issue|The iPhone app freezes as soon as I open the deals tab.
technical_issue|The postcode field rejects my postcode and the form stays stuck.
technical_issue|Product pictures no longer load, I just see grey squares.
technical_issue|The search engine doesn't understand words with a typo.
technical_issue|The website has been showing a 503 error since this morning.
technical_issue|The next button on the payment step does nothing on my tablet.
technical_issue|The page times out every time I try to place my order.
technical_issue|The live chat window closes by itself after thirty seconds.
technical_issue|The appointment booking calendar offers no dates at all, it's empty.
other|Tea or coffee, what's your favourite drink?
other|Win an iPhone by clicking this link.
other|Invest in crypto and double your money in a week.
other|Who's going to win the match tonight?
other|Fine, noted, thanks.
other|Lovely shop, always a pleasure to order from you!
other|Is there a dog in your team? I saw a photo on Instagram.
other|I'm a student writing a thesis on online retail, could I interview you?
other|Can you recommend a good film for tonight?
other|What's the population of Manchester?
other|I'm bored, tell me a story.
other|Do you know a good mechanic near Bristol?
other|Your old logo was nicer, shame you changed it.
general_inquiry|Is the desk fan sold with a remote control?
general_inquiry|Is the sofa delivered assembled or flat-packed?
general_inquiry|Do you have special prices for bulk orders?
general_inquiry|Do you accept corporate gift vouchers?
general_inquiry|Can the table be used outdoors?
general_inquiry|Do you sell spare parts for your vacuum cleaners?
payment_issue|My referral code isn't taken into account at payment.
payment_issue|The welcome voucher is rejected even though it's valid until the end of the month.
payment_issue|Can I pay in four instalments with no fees?
payment_issue|My gift card isn't accepted as a payment method.
payment_issue|Apple Pay says it's declined but there's enough money on my account.
payment_issue|The 10% discount doesn't apply to my total.
payment_issue|Do you accept buy now pay later for large orders?
product_issue|The zip on my jacket broke on the second day.
product_issue|The charger that came with the speaker doesn't work.
product_issue|The trousers run much smaller than the size guide says.
product_issue|The frying pan already sticks although it's supposed to be non-stick.
refund_request|Give me my money back, the product isn't what was described.
other|What series are you watching at the moment?
other|Where are you going on holiday this summer?
other|Do you believe in ghosts?
other|Did you see the game last night?
other|Is it sunny where you are today?
other|Do you know when the next elections are?
other|Solar panels at rock-bottom prices, call our adviser today!
other|Boost your sales with our mailing lists, reply quickly to this offer.
other|Cheap car insurance, free quote in two minutes, write to us.
other|Bunch of amateurs, that's the last time I use your shop.
other|Got your message, I'll get back to you later.
general_inquiry|Does the pushchair fit in the boot of a small car?
general_inquiry|How long is the warranty on mattresses?
general_inquiry|Can the tablecloth fabric go in the washing machine at 40 degrees?
general_inquiry|Can the corner desk be assembled on either side?
general_inquiry|Is the home installation service free of charge?
general_inquiry|Are the hiking boots waterproof?
"""

    /// More seed keywords: the vocabulary of website features, payment options, product attributes and
    /// off-topic requests (jobs, sales pitches) that the first list lacked. `language|category|keyword, …`.
    static let seedKeywords = """
fr|technical_issue|filtre, filtres, tri, trier, pagination, déconnecté, déconnexion, session expirée, page qui tourne, message d'erreur, erreur inattendue, panier qui se vide, barre de recherche, moteur de recherche, lien mort, site en panne, appli figée, écran figé, captcha, navigateur
fr|payment_issue|coupon, bon de réduction, code de parrainage, code avantage, paiement en plusieurs fois, en trois fois, échéances, paiement fractionné, apple pay, google pay, refus bancaire, double débit, prélevé deux fois, carte cadeau refusée
fr|product_issue|notice, mode d'emploi, odeur, rayure, bouton qui ne répond pas, batterie, couture, semelle, fermeture éclair, moisi, périmé, ne correspond pas à la photo, trop court, trop long
fr|general_inquiry|est-il fourni, est-elle fournie, fourni avec, compatible avec, livré avec, emballage cadeau, réduction étudiant, délai d'échange, quelle différence, conseils d'entretien, composition, fabriqué en
fr|other|recrutement, recrutez, candidature, emploi, stage, offre d'emploi, salon professionnel, prêt, crédit immédiat, placement, sondage
en|technical_issue|filter, filters, sorting, sort by, pagination, logged out, session expired, spinning, error message, unexpected error, basket empties, search bar, search engine, dead link, site down, app frozen, screen freezes, captcha, browser
en|payment_issue|coupon, voucher code, referral code, instalments, installments, pay in three, split payment, pay later, apple pay, google pay, declined by my bank, charged twice, double charge, gift card rejected
en|product_issue|manual, instructions, smell, scratch, button not responding, battery, seam, sole, zip, mould, expired, not like the photo, too short, too long
en|general_inquiry|does it come with, included, compatible with, comes with, gift wrap, student discount, exchange period, what is the difference, care instructions, made of, made in
en|other|recruitment, hiring, job application, job, internship, vacancies, trade show, loan, instant credit, investment, survey
"""
}
