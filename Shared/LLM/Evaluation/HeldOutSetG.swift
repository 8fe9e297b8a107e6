// Blind run, the one and only (2026-11-29 16:57 UTC), after the second generalisation step (sixth training batch,
// lexicon families, clause-bound negation, calibration by leave-one-set-out on A-F; never tuned on this set). Debug
// build of `commerce-bench llm-eval --set g --skip-latency`, training examples 2875, heldout_overlap 4 (short generic
// replies such as "ok" that happen to be in the corpus):
//   intent    fr 0.917 (88/96)    en 0.917 (88/96)     -> target 0.90 met in both languages
//   sentiment fr 0.853 (99/116)   en 0.810 (94/116)    -> target 0.85 met in French, missed in English
//   language  fr 0.991            en 1.000
//
// Became a development set right after its one blind run: its errors are studied during the third generalisation
// step (English sentiment), so its later figures are optimistic; the next blind set is H.
//
// Seventh held-out set (G), written blind on Sun Nov 29 16:06:11 UTC 2026 by someone who read neither the engine, the
// training corpus, the lexicon nor the other held-out sets (only the eight categories and the format were given).
// French and English halves written independently. Scored once, blind, after the second generalisation step.
// `intent|sentiment|text` (`-` = sentiment-only). 96 intent lines (12 per intent) + 20 sentiment-only lines per language.
enum HeldOutSetG {
    static let french = """
    order_issue|negative|Colis pas reçu, commande #48213 passée le 3 mars. Ça commence à faire long.
    order_issue|neutral|Bonjour, pourriez-vous me donner le numéro de suivi de ma commande CMD-2024-0917 ? Merci.
    order_issue|negative|super, encore un colis perdu, bravo. C'est la deuxième fois ce mois-ci avec vous
    order_issue|neutral|Je me suis trompée d'adresse de livraison sur la commande n° 55901 : c'est 14 rue des Tanneurs et non 41. Est-il encore possible de la modifier ?
    order_issue|negative|J'ai commandé deux bougies Lumen et j'ai reçu un seul carton avec une tasse dedans. Rien à voir. Je veux mes bougies.
    order_issue|neutral|bjr ma commande est indiquee livree mais jai rien dans ma boite aux lettres, vous pouvez verifier svp
    order_issue|positive|Bonjour ! Merci pour l'envoi rapide de la première partie de ma commande. J'attends juste le deuxième colis (le tapis Ombra), savez-vous quand il partira ?
    order_issue|negative|LE LIVREUR A LAISSÉ MON COLIS DEVANT LA PORTE SOUS LA PLUIE ET IL A DISPARU. Commande 77120. Inadmissible.
    order_issue|neutral|Est-ce que je peux faire livrer ma commande 33018 en point relais plutôt qu'à domicile ? Je serai absente la semaine prochaine.
    order_issue|negative|Ça fait trois semaines que le suivi affiche « en préparation ». Pas du tout satisfaite du délai, on m'avait promis 48h.
    order_issue|positive|Coucou, colis bien arrivé, merci ! Il manque juste le petit sachet de graines offert annoncé dans le mail, rien de grave, mais si vous pouvez me l'envoyer ce serait top :)
    order_issue|neutral|Allô, je voudrais savoir si ma commande CMD-88-2210 a été expédiée par Postes Canada ou par Purolator? Merci
    product_issue|negative|La théière en fonte Kyoto fuit par le bec dès la première utilisation. Pour 64 € je m'attendais à mieux.
    product_issue|neutral|Bonjour, je chausse du 39 en général, quelle taille me conseillez-vous pour les bottines Vérone ? Elles taillent grand ?
    product_issue|negative|Le coloris du pull reçu n'a RIEN à voir avec la photo du site. Vert kaki en ligne, marron terne en vrai.
    product_issue|neutral|Comment on règle l'heure sur la montre Atlas 2 ? La notice est seulement en anglais.
    product_issue|negative|mon aspirateur balai s'arrete tout seul au bout de 2 min alors que la batterie est pleine, il a a peine un mois
    product_issue|positive|J'adore ma nouvelle lampe Nuage, vraiment ! Par contre l'ampoule clignote un peu quand on baisse l'intensité, est-ce normal ou faut-il une ampoule spéciale ?
    product_issue|neutral|La fermeture éclair du sac à dos Trekkeur 30L se coince à mi-course. Y a-t-il une astuce pour la débloquer ?
    product_issue|negative|Déçu. La description parlait de coton bio 100 % et l'étiquette indique 60 % polyester. C'est de la publicité mensongère.
    product_issue|neutral|Bonjour, le matelas Dormia doit-il être retourné régulièrement ou s'utilise-t-il dans un seul sens ? Merci d'avance.
    product_issue|positive|Merci pour le conseil de taille la dernière fois, le jean tombe parfaitement ! Pour la veste assortie, je prends aussi un 40 ou plutôt un 38 ?
    product_issue|negative|Nonante euros pour une friteuse dont la poignée s'est détachée au bout d'une semaine, c'est franchement pas sérieux.
    product_issue|neutral|J'ai reçu la poêle Brasa, elle ne chauffe pas du tout sur ma plaque à induction alors que la fiche produit la dit compatible induction.
    payment_issue|negative|J'ai été débitée deux fois de 49,90 € pour la même commande #60214. Merci de corriger ça immédiatement.
    payment_issue|neutral|Bonjour, ma carte est refusée à l'étape du paiement alors que ma banque dit que tout est en ordre. Avez-vous une idée ?
    payment_issue|neutral|Pourriez-vous m'envoyer une facture au nom de ma société (SARL Brindille, TVA FR44 512 345 678) pour la commande n° 20931 ?
    payment_issue|negative|code promo BIENVENUE10 marche pas, ça me dit "code invalide" alors que je viens de le recevoir par mail. pénible
    payment_issue|neutral|Acceptez-vous le paiement en 3 fois sans frais ou par PayPal ?
    payment_issue|positive|Bonjour et merci pour votre réactivité habituelle ! Petite question : est-il possible de régler par virement bancaire pour une commande professionnelle ?
    payment_issue|negative|Pourquoi j'ai été prélevé de 129 € alors que le panier affichait 112 € ?? Personne n'a mentionné de frais supplémentaires.
    payment_issue|neutral|Je n'ai pas reçu la facture de ma commande CMD-2024-1102, elle n'apparaît pas non plus dans mon espace client.
    payment_issue|negative|Troisième tentative, troisième refus de carte. Visa, Mastercard, même résultat. Vous voulez vraiment vendre quelque chose ?
    payment_issue|neutral|Est-ce que vous acceptez les cartes Interac ou juste Visa? Je suis à Montréal.
    payment_issue|positive|Génial la vente privée ! J'ai juste oublié de saisir le code AMIS15 avant de valider le paiement, est-ce qu'il peut encore être appliqué sur ma commande 45560 ? Merci beaucoup 🙂
    payment_issue|negative|Le paiement a été refusé mais septante-neuf francs ont quand même quitté mon compte. J'attends une explication.
    account_issue|negative|Impossible de me connecter à mon compte depuis hier, le mot de passe est refusé alors que je suis sûre de lui.
    account_issue|neutral|Bonjour, je souhaiterais modifier l'adresse e-mail associée à mon compte : ancienne claire.dumas@orange.fr, nouvelle c.dumas@proton.me.
    account_issue|neutral|Merci de supprimer mon compte ainsi que toutes mes données personnelles, conformément au RGPD.
    account_issue|negative|Ça fait 4 fois que je me désinscris de votre newsletter et je reçois encore 2 mails par jour. STOP.
    account_issue|neutral|je recois pas le mail pour reinitialiser mon mdp, jai verifie les spams
    account_issue|positive|Bonjour, j'ai créé un deuxième compte par erreur avec mon adresse pro, pouvez-vous le fusionner avec l'ancien ? Merci beaucoup, votre boutique est ma préférée !
    account_issue|negative|Mon compte a été bloqué après 3 essais de mot de passe. Cliente depuis 6 ans, merci pour la confiance.
    account_issue|neutral|Comment puis-je changer le numéro de téléphone enregistré sur mon profil ? L'ancien était le 06 12 34 56 78.
    account_issue|negative|Quelqu'un s'est connecté à mon compte et a changé mon mot de passe, je n'ai jamais fait ça ! Je veux savoir ce qui se passe.
    account_issue|neutral|Pouvez-vous m'indiquer quelles données personnelles vous conservez à mon sujet ? Il s'agit d'une demande d'accès.
    account_issue|positive|Merci pour la newsletter, toujours sympa à lire ! Mais je préférerais la recevoir une fois par semaine plutôt que tous les jours, c'est réglable dans mon compte ?
    account_issue|negative|Je ne veux plus de vos mails. Désabonnez-moi. Je ne l'avais jamais demandé de toute façon.
    technical_issue|negative|Votre site plante à chaque fois que je clique sur « Valider le panier ». Erreur 500. Ça fait une heure que j'essaie.
    technical_issue|neutral|Bonjour, l'application iOS se ferme toute seule dès que j'ouvre l'onglet Favoris. iPhone 12, version 4.3.1.
    technical_issue|neutral|Les photos des produits ne s'affichent plus sur la version mobile du site, juste des carrés gris.
    technical_issue|negative|le bouton commander marche pas !!! j'ai essayé sur chrome et firefox rien ne se passe
    technical_issue|negative|Franchement votre nouvelle appli est une catastrophe : elle rame, elle plante, et le panier se vide tout seul.
    technical_issue|positive|Bonjour, j'adore votre nouveau site, bravo pour le design ! Je voulais juste signaler que le filtre par taille ne fonctionne pas sur la page « Robes », il affiche toujours tous les articles.
    technical_issue|neutral|La page « Mon panier » affiche « Une erreur est survenue » depuis ce matin, sur tous mes navigateurs. Est-ce un problème connu ?
    technical_issue|negative|Ça fait trois jours que votre site ne charge plus du tout chez moi, page blanche. Vous comptez réparer ça quand ?
    technical_issue|neutral|Quand je passe le site en français, il repasse en anglais à chaque changement de page. Windows 11, Edge.
    technical_issue|positive|Petit bug rigolo : dans l'appli Android, le prix s'affiche "NaN €" sur certaines fiches produit 😄 Je vous le signale, bonne journée !
    technical_issue|negative|Impossible de finaliser l'achat : la page de paiement tourne dans le vide et ne s'affiche jamais. Vous perdez des clients.
    technical_issue|neutral|Le lien « Télécharger la notice » sur la fiche du robot Cuisto renvoie vers une page 404.
    general_inquiry|neutral|Bonjour, livrez-vous en Suisse ? Et si oui, quels sont les frais de port ?
    general_inquiry|neutral|Quels sont vos horaires d'ouverture le dimanche pour la boutique de Lyon ?
    general_inquiry|positive|Bonjour ! Ma sœur adore vos bijoux, est-ce que vous proposez des cartes cadeaux ? Merci 😊
    general_inquiry|neutral|Le fauteuil Osaka en velours bleu sera-t-il de nouveau en stock prochainement ?
    general_inquiry|neutral|slt vous avez un magasin sur bruxelles ou c'est que en ligne
    general_inquiry|positive|Je viens de découvrir votre marque, j'adore le concept ! Comment fonctionne votre programme de fidélité, les points expirent-ils ?
    general_inquiry|neutral|À partir de quel montant la livraison est-elle offerte ?
    general_inquiry|negative|C'est quand même dommage de ne toujours pas livrer en Belgique… Est-ce prévu un jour ?
    general_inquiry|neutral|Proposez-vous une livraison express pour recevoir avant vendredi ? J'habite à Nantes.
    general_inquiry|positive|Bonjour, je prépare un cadeau de naissance. Vous faites l'emballage cadeau ? Vous êtes adorables, merci d'avance !
    general_inquiry|neutral|Est-ce que vos produits sont fabriqués en France ?
    general_inquiry|negative|Toujours en rupture de stock la crème Aloé Pure, ça fait deux mois que j'attends. Elle revient quand ?
    refund_request|negative|Je veux être remboursé. Le produit est arrivé cassé et vous ne répondez pas depuis 10 jours.
    refund_request|neutral|Bonjour, je souhaite retourner la robe Capucine (taille 38) reçue hier pour un remboursement. Comment dois-je procéder ?
    refund_request|negative|J'ai renvoyé le colis il y a 3 semaines, vous l'avez bien reçu (suivi à l'appui) et toujours pas de remboursement. 89,00 €, ça vous dit quelque chose ?
    refund_request|neutral|Je souhaiterais annuler ma commande n° 71845 passée ce matin et être remboursée, s'il vous plaît.
    refund_request|negative|REMBOURSEZ MOI. Commande jamais arrivée, j'en ai marre d'attendre.
    refund_request|negative|Madame, Monsieur, suite à la réception d'un téléviseur à l'écran fissuré (commande CMD-2023-4471), et malgré deux relances restées sans réponse, je vous mets en demeure de me rembourser l'intégralité de la somme de 449,00 € sous huit jours. À défaut, je saisirai le médiateur de la consommation. Veuillez agréer mes salutations distinguées.
    refund_request|neutral|Le remboursement pour le retour de la commande 50327 a-t-il été effectué ? Je ne le vois pas encore sur mon compte.
    refund_request|positive|Merci beaucoup pour votre gentillesse au téléphone. Comme convenu je vous renvoie les chaussures, pouvez-vous me confirmer que le remboursement sera fait sur ma carte ? Bonne journée !
    refund_request|negative|merci pour le bon d'achat mais non, je veux mon argent, pas un avoir. c'est mon droit
    refund_request|neutral|Bonjour, le pantalon ne me va pas. Puis-je le retourner et me faire rembourser même si j'ai enlevé l'étiquette ?
    refund_request|positive|Bonjour, l'étagère est très jolie mais finalement trop grande pour mon salon 🙂 Je voudrais la renvoyer et être remboursée, c'est possible ? Merci !
    refund_request|negative|Quinze jours pour un remboursement de 19,99 €, sérieusement ? Chez vous l'argent rentre vite mais ressort lentement.
    other|positive|Je voulais juste vous dire merci, le service client a été top et le colis magnifique. Belle continuation !
    other|neutral|Bonjour, je vous adresse ma candidature spontanée pour un poste de préparateur de commandes dans votre entrepôt de Vénissieux. CV en pièce jointe.
    other|neutral|Bonjour, je suis créatrice de contenu lifestyle (45k abonnés sur Instagram) et je serais ravie de discuter d'un partenariat avec votre marque.
    other|negative|Vos pubs sur YouTube toutes les 5 minutes, c'est insupportable. J'en viens à détester votre marque.
    other|neutral|FÉLICITATIONS ! Vous avez été sélectionné pour gagner un iPhone 15, cliquez ici pour réclamer votre lot : bit.ly/gain-iph15
    other|positive|Bravo à toute l'équipe, la boutique de Bordeaux est superbe et la vendeuse Inès adorable 👏
    other|neutral|Nous sommes une agence de référencement et proposons d'améliorer la visibilité de votre site. Pouvons-nous convenir d'un appel ?
    other|negative|Je trouve votre dernière campagne d'affichage franchement sexiste. Je ne suis pas la seule à le penser.
    other|neutral|Bonjour, je suis étudiante en école de commerce et je réalise un mémoire sur le e-commerce responsable, accepteriez-vous de répondre à un court questionnaire ?
    other|positive|Bonne année à toute l'équipe ! 🎉
    other|negative|Votre vendeur m'a parlé comme à un chien ce matin au magasin de Lille. Je tenais à le signaler.
    other|neutral|Bonjour, à qui dois-je m'adresser pour une demande presse ? Je suis journaliste à Ouest-France.
    -|positive|Merci beaucoup, c'est parfait !
    -|positive|super merci !!
    -|positive|Top, merci pour votre aide rapide 🙏
    -|positive|Génial, bonne journée à vous
    -|positive|ah c'est gentil ça, merci
    -|positive|Parfait, problème réglé, merci encore.
    -|positive|Merci ben gros, vous êtes fins!
    -|neutral|ok
    -|neutral|D'accord, je vais attendre alors.
    -|neutral|Oui c'est bien ça.
    -|neutral|Le numéro c'est le 48213
    -|neutral|je regarde et je reviens vers vous
    -|neutral|Entendu.
    -|neutral|C'est noté.
    -|negative|c'est ridicule
    -|negative|Toujours rien.
    -|negative|Vous vous moquez de moi ?
    -|negative|bon ben tant pis, je commanderai ailleurs
    -|negative|N'importe quoi ce service client
    -|negative|Pas du tout satisfait de cette réponse.
    """

    static let english = """
    order_issue|negative|Where is my order?? #A-30471, placed 12 days ago, tracking hasn't moved since it left the warehouse.
    order_issue|neutral|Hi, could you send me the tracking link for order 991-204? The confirmation email didn't include one.
    order_issue|negative|You sent me a size M hoodie in grey. I ordered the navy one in L. Not happy at all.
    order_issue|neutral|I moved last week. Can you update the shipping address on order #58830 to 2207 Elm Street, Apt 4B, Portland OR 97205?
    order_issue|positive|Thanks for the quick dispatch! Just noticed the USB cable that's supposed to come with the Drift speaker isn't in the box, could you send one over?
    order_issue|negative|oh great, "delivered" to a house I've never seen in my life according to the driver's photo. love that for me
    order_issue|neutral|Is it possible to hold my package at the depot? I'll be travelling until the 22nd. Order ref: ORD-77415.
    order_issue|negative|Two of the four mugs in my set are missing and the box was clearly opened and taped back up.
    order_issue|neutral|my order says out for delivery since yesterday morning but nothing came. what happens now
    order_issue|positive|Loving everything in the first box, thank you! Quick question: when will the backordered plant stand ship? Order 4471.
    order_issue|negative|THIRD TIME asking. WHERE. IS. MY. PARCEL. Order #20019.
    order_issue|neutral|Can I still add a second pair of wool socks to the order I placed an hour ago, or has it already shipped? #66102
    product_issue|negative|The Helix blender's lid cracked the first time I used it on hot soup. For $120 I expected better.
    product_issue|neutral|Just got the Trailblazer running shoes in a 10 and they feel a bit tight. Do they run small? Should I have gone 10.5?
    product_issue|negative|This "waterproof" jacket soaked through in 10 minutes of light rain. Literally the one thing it was supposed to do.
    product_issue|neutral|How do I pair the Nova earbuds with my laptop? The right one connects but the left one doesn't show up.
    product_issue|negative|the color is nothing like the pictures. ordered "sage green" got something closer to mint toothpaste
    product_issue|positive|Really enjoying the Kettle Pro so far! One thing though, the display sometimes shows Fahrenheit even though I set it to Celsius. Is there a setting I'm missing?
    product_issue|neutral|What's the recommended way to wash the merino base layer? The care label is in Japanese only.
    product_issue|negative|My desk lamp started flickering after 3 weeks and now it won't turn on at all. Pretty disappointing.
    product_issue|neutral|The listing says the rug is 160x230 cm but mine measures 150x210. Was there a change to the product?
    product_issue|positive|No complaints about the quality, the leather is gorgeous. I just can't figure out how to adjust the strap length on the Marlow tote, any tips?
    product_issue|negative|Battery on the SmartFit 3 watch barely lasts half a day when the product page claims 7 days. That's false advertising.
    product_issue|neutral|Is it normal for the new cast iron skillet to have a few rough spots on the cooking surface?
    payment_issue|negative|I've been charged twice for the same order ($67.48 x2). Fix this please, I can see both on my statement.
    payment_issue|neutral|My card keeps getting declined at checkout even though it works everywhere else. Any idea why?
    payment_issue|neutral|Could you send a VAT invoice for order INV-2024-3312? Company name: Harbor & Pine Ltd.
    payment_issue|negative|your promo code SPRING20 says expired but the email I got yesterday says valid until the 30th. which is it
    payment_issue|neutral|Do you accept Apple Pay or Klarna?
    payment_issue|positive|Thanks so much for the birthday discount! It didn't apply automatically at checkout though, is there a code I need to enter?
    payment_issue|negative|Why was I charged $14 in "handling fees" that never showed up before I paid? Very shady.
    payment_issue|neutral|Hi, I need the billing address on my invoice changed for tax purposes. Order #88127.
    payment_issue|negative|Payment failed twice, and now my bank shows three pending transactions from you. Great.
    payment_issue|neutral|Is it possible to split a payment between a gift card and a credit card?
    payment_issue|positive|Love the shop! Quick one: I was charged in euros instead of pounds, is that expected? No big deal, just curious about the conversion.
    payment_issue|negative|I used my store credit at checkout but the full amount still got charged to my card. Seriously?
    account_issue|negative|I can't log in. Reset my password three times and it still says "incorrect credentials". Useless.
    account_issue|neutral|Please update the email on my account from jmorales82@gmail.com to jorge.morales@outlook.com.
    account_issue|neutral|I'd like to permanently delete my account and all associated data under GDPR. Username: kaylee_r.
    account_issue|negative|unsubscribe me. I've clicked the link 5 times. stop emailing me
    account_issue|neutral|The password reset email never arrives. I've checked spam. The phone number on the account is 555-0142.
    account_issue|positive|Hey! I changed my last name after getting married 🎉 how can I update it on my account?
    account_issue|negative|Someone got into my account and changed the email on it. I never did that. How is your security this bad??
    account_issue|neutral|How do I turn off two-factor authentication? I lost the phone I used for it.
    account_issue|negative|I tried to sign in and it says my account doesn't exist. I've been a member since 2017.
    account_issue|neutral|Can I request a copy of the personal data you hold on me?
    account_issue|positive|Thanks for the great newsletters, but I'm getting two copies of each, probably because I have two accounts. Could you merge them?
    account_issue|negative|I created an account for ONE order and now I get marketing texts every day. Remove my number, I never agreed to that.
    technical_issue|negative|Checkout button does nothing. Tried Safari, Chrome, incognito, cleared cache. Nothing. Fix your site.
    technical_issue|neutral|The Android app crashes on launch since the latest update (v5.2.0, Pixel 7).
    technical_issue|neutral|Getting a "502 Bad Gateway" when trying to open the Sale section.
    technical_issue|negative|your website is so slow it's unusable, took 40 seconds to load a product page
    technical_issue|positive|Big fan of the new app! Small thing: the search bar doesn't respond to taps on my iPad, had to use the menu instead.
    technical_issue|negative|The app freezes every time I switch screens and my cart gets wiped. So frustrating.
    technical_issue|neutral|The size chart popup on product pages won't close on mobile, it covers the whole screen.
    technical_issue|negative|I've tried to place this order for two days and the page just refreshes back to an empty cart. Losing my patience.
    technical_issue|neutral|Images aren't loading on the product pages in Firefox, just broken image icons.
    technical_issue|positive|Thanks for the fast fix last week! Looks like the wishlist page is now showing a blank screen though, just FYI.
    technical_issue|negative|The address autocomplete on the checkout form freezes the whole page. Broken site, broken experience.
    technical_issue|neutral|The site keeps switching to Spanish even though my browser language is English.
    general_inquiry|neutral|What are the shipping costs to Ireland for a parcel of around 5 kg?
    general_inquiry|neutral|Is your Camden store open on Boxing Day?
    general_inquiry|positive|My nephew is a huge fan of your board games, could I buy a gift card I can print at home? Thanks a ton!
    general_inquiry|neutral|Will the Atlas duffel bag in olive be restocked before summer?
    general_inquiry|neutral|do u guys price match if i find the same thing cheaper somewhere else
    general_inquiry|positive|Just discovered you and I'm obsessed! Do rewards points carry over if I upgrade from the free tier to the paid membership?
    general_inquiry|neutral|If I order today with standard shipping, could it reach Texas by Saturday?
    general_inquiry|negative|Kind of annoying that every item I like is "online only". Is anything actually available to try on in store?
    general_inquiry|neutral|Do you offer a student discount?
    general_inquiry|positive|Hi there! Do you engrave the jewelry? It's for my mom's 70th and I want it to be perfect 😊
    general_inquiry|neutral|Are your skincare products cruelty-free and vegan?
    general_inquiry|negative|Every time I check, the 128GB version of the Pixa tablet is "coming soon". Do you actually have a date or not?
    refund_request|negative|I want a full refund. The headphones stopped working after a week and I'm done dealing with this.
    refund_request|neutral|Hello, I'd like to return the linen duvet cover (order #31290) for a refund. Could you send me a return label?
    refund_request|negative|Returned the boots on March 2nd, UPS confirms you received them on the 5th. Still no refund. It's been a month.
    refund_request|neutral|Please cancel order 77-0193 and refund me, I ordered the wrong model by mistake.
    refund_request|negative|i want my money back. this is a scam
    refund_request|negative|To whom it may concern, I am writing for the fourth time regarding order #HB-55102. The sofa delivered on 14 February arrived with a broken frame. I have provided photos as requested and have yet to receive any response. I expect a full refund of $1,249.00 within seven days, failing which I will file a chargeback with my bank. Regards, Patricia Wen
    refund_request|neutral|How long does it usually take for a refund to show up on a credit card once you receive the return?
    refund_request|positive|You've all been lovely about this, thank you. Just confirming the refund for the returned floor lamp will go back to my PayPal?
    refund_request|negative|I don't want store credit, I want a refund to my card. That's what your return policy says.
    refund_request|neutral|The jacket fits fine but I changed my mind about the color. Am I still within the window for a refund? Bought it 20 days ago.
    refund_request|positive|The dress is beautiful, just not quite right on me sadly! Could I send it back for a refund? Thanks so much 💛
    refund_request|negative|Only refunded $32 of the $45 I paid?? Where did the rest go? Nobody mentioned a restocking fee.
    other|positive|Just wanted to say thank you. Marcus on chat was incredibly patient with me yesterday. You're lucky to have him!
    other|neutral|Hi, I'm interested in the warehouse associate position listed on Indeed. Is it still open? Resume attached.
    other|neutral|We're a sustainable packaging supplier and would love to discuss a wholesale partnership with your team.
    other|negative|Your ads are following me on every single app since I looked at ONE pair of shoes. Creepy and annoying.
    other|neutral|Congratulations!!! Your store has been selected for a FREE SEO audit. Reply YES to claim. Limited time offer.
    other|positive|Your Instagram post about the team's office dog made my day 😂 keep them coming
    other|neutral|Are you a real person or a bot? lol
    other|negative|Honestly your new logo is hideous. Whoever approved that should be embarrassed.
    other|neutral|Wrong email sorry, this was meant for my landlord. Please ignore.
    other|positive|Haha the dancing sloth in your order confirmation email made me laugh out loud, whoever writes those deserves a raise
    other|negative|That TV commercial with the screaming kids is the most irritating thing I've ever seen. Please pull it.
    other|neutral|Hi, is this the right address to send a pitch for a podcast sponsorship?
    -|positive|Perfect, thank you so much!
    -|positive|awesome thanks!!
    -|positive|That's great news, really appreciate it 🙏
    -|positive|You're a star, thanks
    -|positive|Brilliant, sorted. Cheers!
    -|positive|oh that's so kind, thank you
    -|positive|Works now, you guys rock
    -|neutral|ok
    -|neutral|Sure, I'll wait then.
    -|neutral|Yes, that's the one.
    -|neutral|The order number is 58830.
    -|neutral|Let me check and get back to you.
    -|neutral|Noted.
    -|neutral|Got it.
    -|negative|this is ridiculous
    -|negative|Still nothing.
    -|negative|Are you kidding me?
    -|negative|forget it, I'll shop somewhere else
    -|negative|Worst customer service ever.
    -|negative|That doesn't answer my question at all.
    """
}
