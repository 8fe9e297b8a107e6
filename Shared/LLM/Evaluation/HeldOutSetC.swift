// Third held-out set, written blind on 2026-11-23 before any change to the engine or the training corpus, without
// reading the training corpus, by someone who had not tuned the engine. Its errors are NOT to be looked at while
// tuning; it is scored once before and once after the changes. `intent|sentiment|text` (`-` = sentiment-only).
//
// Untouched measurement, 2026-11-23 19:12 UTC, before any change to the engine or the corpus, release build,
// `LLMScratch llm-eval --set c --skip-latency`, training examples 1190, heldout_overlap 0:
//   intent    fr 0.898 (79/88)   en 0.886 (78/88)
//   sentiment fr 0.823 (96)      en 0.802 (96)
// (A first run a few minutes earlier found 6 lines that normalised to training lines — "Bonjour", "Hello", "test",
// the student-discount question (fr and en) and the Apple Pay question (en) — giving intent fr 0.920 / en 0.909 with
// overlap 6; those 6 lines were replaced by new ones, without looking at any error, before this measurement.)
//
// After the changes (2026-11-23 19:25 UTC; corpus batch TrainingCorpusMore + word bigrams, both chosen by
// cross-validation on the training sentences and sets A/B only; C's errors were never printed), same command,
// training examples 1427, heldout_overlap 0:
//   intent    fr 0.920 (81/88)   en 0.898 (79/88)
//   sentiment fr 0.812 (96)      en 0.812 (96)
// Caveat: a later similarity check (stemmed-word Jaccard >= 0.5, no errors involved) found 34 of these 192 lines
// close to sentences of the first two training batches (same typical situations, similar wording), so C is less
// independent than intended; none is close to a sentence of TrainingCorpusMore.
enum HeldOutSetC {
    static let french = """
order_issue|negative|toujours rien recu, commande passee le 3, c'est long la
order_issue|neutral|Bonjour, le livreur a laissé un avis de passage alors que j'étais chez moi. Comment reprogrammer la livraison ?
order_issue|negative|Vous m'avez envoyé une taille 38 alors que j'avais commandé du 42 !!
order_issue|neutral|Est-ce que je peux ajouter un article à ma commande passée ce matin ?
order_issue|negative|Colis marqué comme remis au destinataire, sauf que le destinataire c'est moi et j'ai rien eu.
order_issue|neutral|ou en est ma commande 55812 svp
order_issue|negative|Le paquet est arrivé trempé et écrasé, le transporteur l'a visiblement jeté.
order_issue|neutral|Je me suis trompé de numéro d'appartement dans l'adresse, pouvez-vous le corriger avant l'envoi ?
order_issue|negative|Ca fait 3 semaines que le statut est "en préparation", vous vous moquez de qui ?
order_issue|neutral|Ma commande comprenait deux colis, je n'en ai reçu qu'un pour l'instant, le second est-il en route ?
order_issue|neutral|Bonjour, serait-il possible de livrer en point relais plutôt qu'à domicile pour ma commande en cours ?
product_issue|negative|L'aspirateur perd toute sa puissance au bout de 5 minutes, c'est nul.
product_issue|negative|la fermeture eclair du blouson a lache au bout de 2 jours
product_issue|neutral|Le mode d'emploi de la machine à pain est uniquement en allemand, avez-vous une version française ?
product_issue|negative|Mes écouteurs grésillent côté gauche depuis le début.
product_issue|neutral|La lampe de chevet clignote légèrement, est-ce normal avec une ampoule LED ?
product_issue|negative|Le canapé a une tache énorme sur l'assise, inacceptable pour ce prix.
product_issue|negative|Les piles fournies avec la télécommande étaient vides et le bouton marche/arrêt ne répond pas.
product_issue|neutral|Bonjour, la batterie de mon vélo électrique tient moins longtemps qu'annoncé, est-ce un défaut ?
product_issue|negative|Le jean a déteint sur tout mon linge au premier lavage.
product_issue|negative|La poêle anti-adhésive accroche déjà, le revêtement part en morceaux.
product_issue|neutral|Une des vis fournies pour l'étagère est foirée, impossible de la serrer.
payment_issue|negative|J'ai été débité de 79 € mais la commande n'apparaît nulle part dans mon historique.
payment_issue|neutral|Acceptez-vous le paiement en trois fois sans frais ?
payment_issue|negative|Ma carte Visa est refusée à chaque tentative alors qu'elle fonctionne partout ailleurs.
payment_issue|neutral|Pouvez-vous m'envoyer une facture avec la TVA détaillée ?
payment_issue|negative|le paiement paypal a echoue mais l'argent a quand meme ete retire de mon compte bancaire
payment_issue|negative|Pourquoi le prix a augmenté au moment de valider le panier ? Ce n'est pas le montant affiché.
payment_issue|neutral|Mon bon d'achat de 20 € n'est pas déduit du total, comment l'utiliser ?
payment_issue|negative|Trois prélèvements pour la même commande, j'exige une explication.
payment_issue|neutral|Est-il possible de payer avec une carte cadeau et de compléter par carte bancaire ?
payment_issue|negative|Le 3D Secure ne m'envoie jamais le SMS de validation, impossible de régler mes achats.
payment_issue|neutral|Bonjour, je n'ai pas reçu la facture de ma commande du 14 mai.
account_issue|negative|Impossible de me connecter, on me dit que mon mot de passe est incorrect alors que je viens de le changer.
account_issue|neutral|Comment supprimer définitivement mon compte client ?
account_issue|neutral|je voudrais modifier mon numéro de téléphone sur mon profil
account_issue|negative|Quelqu'un s'est connecté à mon compte depuis l'étranger et a changé mon adresse !
account_issue|neutral|Le lien de réinitialisation du mot de passe a expiré, pouvez-vous m'en renvoyer un ?
account_issue|negative|Mon compte a été suspendu sans aucune explication, c'est scandaleux.
account_issue|neutral|Puis-je fusionner mes deux comptes créés avec deux adresses mail différentes ?
account_issue|negative|J'ai perdu tous mes points fidélité après la mise à jour de mon compte.
account_issue|neutral|Bonjour, j'ai créé un compte mais je n'ai jamais reçu le mail de confirmation.
account_issue|negative|Ca fait 4 fois que je demande la reinitialisation de mon mdp et rien n'arrive
account_issue|neutral|Comment changer mon identifiant de connexion ?
technical_issue|negative|Le site affiche une erreur 500 dès que je clique sur "valider mon panier".
technical_issue|negative|l'appli se ferme toute seule sur mon iphone depuis la derniere mise a jour
technical_issue|neutral|Les images des produits ne se chargent pas sur Firefox, est-ce un problème connu ?
technical_issue|negative|La recherche ne donne aucun résultat même pour des produits visibles en page d'accueil.
technical_issue|neutral|Le bouton "ajouter au panier" ne réagit pas sur ma tablette.
technical_issue|negative|Votre site est d'une lenteur insupportable, chaque page met 30 secondes à charger.
technical_issue|neutral|Bonjour, les notifications de l'application ne s'affichent plus sur Android.
technical_issue|negative|Le panier se vide tout seul à chaque fois que je change de page, c'est pénible.
technical_issue|neutral|Le site est-il en maintenance ? Je n'arrive pas à accéder à la page d'accueil.
technical_issue|negative|Le scan du code-barres dans votre appli ne marche jamais, ça bugue en permanence.
technical_issue|neutral|Le filtre par taille ne fonctionne pas dans la catégorie chaussures.
general_inquiry|neutral|Avez-vous un magasin physique à Lyon ?
general_inquiry|neutral|Quels sont les frais de port pour la Corse ?
general_inquiry|neutral|est ce que le modele en 44 va revenir en stock bientot
general_inquiry|positive|Vos produits ont l'air super, proposez-vous des cartes cadeaux ?
general_inquiry|neutral|Le service client est-il joignable par téléphone le week-end ?
general_inquiry|neutral|Quelle est la durée de la garantie sur l'électroménager ?
general_inquiry|neutral|Bonjour, livrez-vous au Canada ?
general_inquiry|neutral|Y a-t-il un tarif réduit pour les comités d'entreprise ?
general_inquiry|neutral|Combien de temps ai-je pour retourner un article s'il ne me convient pas ?
general_inquiry|positive|J'aimerais offrir un cadeau, est-il possible d'ajouter un emballage et un petit mot ? Merci beaucoup !
general_inquiry|neutral|Les tailles de vos robes correspondent-elles aux tailles françaises standard ?
refund_request|neutral|Je souhaiterais être remboursée pour la lampe que je vous ai renvoyée la semaine dernière.
refund_request|negative|J'attends toujours mon remboursement depuis un mois, c'est du vol.
refund_request|neutral|rembourser svp commande 77120 annulee
refund_request|negative|Vous aviez promis un remboursement sous 5 jours, on en est à 20. Rendez-moi mon argent.
refund_request|neutral|Bonjour, comment obtenir le remboursement d'un article défectueux que je ne veux pas faire remplacer ?
refund_request|neutral|Je veux renvoyer les chaussures et récupérer mon argent, la pointure ne va pas.
refund_request|negative|Le colis ne m'a jamais été livré, je demande le remboursement intégral.
refund_request|neutral|Le remboursement a-t-il été fait sur ma carte ou sous forme d'avoir ?
refund_request|negative|On m'a remboursé 15 € au lieu de 45 €, il manque 30 € !
refund_request|neutral|Pouvez-vous me rembourser les frais de retour ? L'erreur venait de vous.
refund_request|negative|Annulez tout et remboursez-moi, je ne veux plus rien avoir à faire avec vous.
other|positive|Merci beaucoup pour votre aide, tout est réglé !
other|positive|Super équipe, toujours au top.
other|neutral|Ok d'accord.
other|neutral|Allô ? Quelqu'un me lit ?
other|negative|Vous êtes vraiment nuls, je ne commanderai plus jamais chez vous.
other|neutral|Je vous recontacte demain.
other|positive|Bravo pour la rapidité, colis reçu en 24h, parfait.
other|neutral|essai 1 2 3
other|neutral|Pouvez-vous me mettre en relation avec un conseiller humain ?
other|positive|Bonne journée à vous et encore merci !
other|negative|je suis déçu, c'est tout.
-|positive|Article conforme, très bonne qualité, je recommande.
-|positive|Franchement rien à redire, emballage soigné et produit nickel.
-|negative|Qualité médiocre, je regrette mon achat.
-|neutral|J'ai reçu le colis aujourd'hui.
-|positive|Merci pour le geste commercial, c'est apprécié.
-|negative|Service client injoignable, pas de réponse depuis dix jours.
-|neutral|La commande a été passée mardi.
-|positive|Très satisfait de mon achat, le canapé est magnifique.
"""

    static let english = """
order_issue|negative|Still no sign of my package and it's been two weeks. Order 30418.
order_issue|neutral|Hi, can I change the delivery address on an order I placed an hour ago?
order_issue|negative|You sent me a blue kettle, I ordered the red one.
order_issue|neutral|whens my order gonna ship
order_issue|negative|Tracking says delivered but there's nothing on my porch and the neighbours haven't seen anything.
order_issue|neutral|Could you cancel order #77301 please? I ordered it twice by mistake.
order_issue|negative|The box showed up completely crushed and one of the mugs is missing.
order_issue|neutral|My order was split into two shipments and only one has arrived. Is the second one on its way?
order_issue|negative|Third time the courier "couldn't find the address". It's a normal street with a house number!
order_issue|neutral|Is it possible to upgrade to express shipping on an order that hasn't shipped yet?
order_issue|negative|status stuck on processing for 10 days, whats going on
product_issue|negative|The blender motor started smoking the second time I used it.
product_issue|negative|Zipper on the backpack broke after a week, cheap junk.
product_issue|neutral|The headphones only charge when the cable is held at a certain angle. Is that covered by the warranty?
product_issue|negative|The shirt shrank two sizes after one cold wash.
product_issue|neutral|The assembly instructions for the crib skip a step, could you send a PDF manual?
product_issue|negative|There's a dead pixel line right across the middle of the tablet screen.
product_issue|negative|The sofa cushions are nothing like the pictures, more brown than grey.
product_issue|neutral|My cordless vacuum's battery only lasts 10 minutes now, is that normal after 3 months?
product_issue|negative|The nonstick coating is already peeling off the frying pan.
product_issue|negative|the watch strap snapped and the clasp is bent
product_issue|neutral|One of the shelf brackets has a misdrilled hole so the screw won't go in.
payment_issue|negative|I was charged twice for the same order, $64.20 each time.
payment_issue|neutral|Can I pay with Google Pay on the website?
payment_issue|negative|My card keeps getting declined at checkout even though my bank says everything is fine.
payment_issue|neutral|Could you send me an invoice with my company's VAT number on it?
payment_issue|negative|PayPal payment failed but the money still left my account!
payment_issue|negative|The discount code SPRING20 says invalid, and it came from your own newsletter.
payment_issue|neutral|Can I split the payment between a gift card and my credit card?
payment_issue|negative|Why was I charged shipping when the site said free delivery over $50?
payment_issue|neutral|i need a receipt for my last purchase for my expense report
payment_issue|negative|You keep billing my card for a subscription I cancelled in March.
payment_issue|neutral|Is there an option to pay in installments?
account_issue|negative|I can't log in, it says my password is wrong but I literally just reset it.
account_issue|neutral|How do I delete my account and all my data?
account_issue|neutral|need to update the phone number on my profile
account_issue|negative|Someone got into my account and changed my shipping address without me knowing!
account_issue|neutral|The password reset link expired before I could use it, can you send another?
account_issue|negative|My account was locked for no reason and nobody has answered in days.
account_issue|neutral|Can I merge two accounts I created with different emails?
account_issue|neutral|I never got the verification email after signing up.
account_issue|negative|My loyalty points vanished from my account overnight.
account_issue|neutral|How do I change the email address I use to sign in?
account_issue|negative|Your two-factor code never arrives so I'm locked out of my own account, ridiculous.
technical_issue|negative|Checkout page throws a 500 error every single time.
technical_issue|negative|app keeps crashing on my iphone since the last update
technical_issue|neutral|Product images don't load in Firefox, is this a known bug?
technical_issue|negative|Search returns nothing, even for items shown on your homepage.
technical_issue|neutral|Nothing happens when I tap "add to cart" on my tablet.
technical_issue|negative|The website is painfully slow, every page takes forever to load.
technical_issue|neutral|Push notifications stopped showing up on Android.
technical_issue|negative|My cart empties itself whenever I switch pages, super annoying.
technical_issue|neutral|Is the site down for maintenance? The homepage won't load.
technical_issue|negative|The barcode scanner in your app never works, it just freezes.
technical_issue|neutral|The size filter isn't working in the shoes section.
general_inquiry|neutral|Do you have a physical store in Manchester?
general_inquiry|neutral|How much is shipping to Hawaii?
general_inquiry|neutral|will the size 10 be back in stock soon
general_inquiry|positive|Love your stuff! Do you sell gift cards?
general_inquiry|neutral|Is customer support available by phone on weekends?
general_inquiry|neutral|How long is the warranty on kitchen appliances?
general_inquiry|neutral|Do you ship to Australia?
general_inquiry|neutral|Any discounts for teachers or nurses?
general_inquiry|neutral|What's your return window for clothing?
general_inquiry|positive|I'd like to send a gift, can you include a note and gift wrap? Thanks so much!
general_inquiry|neutral|Are your dress sizes US or UK sizing?
refund_request|neutral|I'd like a refund for the lamp I sent back last week.
refund_request|negative|Still waiting on my refund after a month, this is theft.
refund_request|neutral|refund pls order 55190 was cancelled
refund_request|negative|You promised the refund within 5 days, it's been 20. Give me my money back.
refund_request|neutral|How do I get my money back for a faulty item instead of a replacement?
refund_request|neutral|I want to return the boots and get a refund, they don't fit.
refund_request|negative|The package never arrived, I want a full refund.
refund_request|neutral|Will the refund go back to my card or as store credit?
refund_request|negative|You refunded $15 instead of $45, I'm still owed $30!
refund_request|neutral|Can you reimburse the return shipping? The mistake was yours.
refund_request|negative|Cancel everything and refund me, I'm done with this company.
other|positive|Thanks a lot for your help, all sorted!
other|positive|Great team, always on point.
other|neutral|ok sure
other|neutral|Hey there, anyone around?
other|negative|You guys are useless, never ordering again.
other|neutral|I'll get back to you tomorrow.
other|positive|Wow, got my parcel in a day, amazing.
other|neutral|test message
other|neutral|Can I talk to a real person please?
other|positive|Have a nice day and thanks again!
other|negative|just disappointed, that's all.
-|positive|Item exactly as described, great quality, would recommend.
-|positive|Honestly no complaints, neat packaging and the product is perfect.
-|negative|Poor quality, I regret buying it.
-|neutral|I received the parcel today.
-|positive|Thanks for the goodwill gesture, much appreciated.
-|negative|Customer service is unreachable, no reply in ten days.
-|neutral|The order was placed on Tuesday.
-|positive|Really happy with my purchase, the sofa looks gorgeous.
"""
}
