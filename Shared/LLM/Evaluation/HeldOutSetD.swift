// Fourth held-out set, written blind on 2026-11-23 (19:33-19:42 UTC) before any sentiment change to the engine,
// without reading the training corpus, the lexicon or the other held-out sets (the writer did glimpse ~37 lines of
// set C while listing that file's header by mistake; no D line was taken from them). The English half is a
// translation of the French half (same situations), so the two languages are not independent of each other.
// Its errors are NOT to be looked at while tuning; it is scored once before and once after the changes.
// `intent|sentiment|text` (`-` = sentiment-only). 88 intent lines (11 per intent) + 14 sentiment-only lines per language.
//
// Untouched measurement, 2026-11-23 19:42 UTC, before any change to the sentiment analyser or lexicon (engine as
// left after the set-C intent work), release build, `LLMScratch llm-eval --set d --skip-latency`, training
// examples 1427, heldout_overlap 0:
//   intent    fr 0.898 (79/88)   en 0.875 (77/88)
//   sentiment fr 0.853 (87/102)  en 0.853 (87/102)
// (A first run at 19:37 UTC, of which only the `heldout_overlap=2` line was read, flagged 2 lines equal to training
// lines after normalisation; a scratch check that prints colliding lines without scoring anything found them —
// "Merci beaucoup pour votre aide, bonne journée !" and "Are your products made in the UK?" — and they were
// replaced by new lines with the same labels before this measurement. Three very short lines — "Bonjour",
// "Hello", "ok" — had already been replaced pre-emptively. Only the accuracy lines above were read: neither the
// errors nor the confusion matrices of D were printed.)
//
// After the sentiment changes (2026-11-23 19:55 UTC; lexicon coverage fr/en, emoji valences and eye-roll sarcasm
// marker, "ne … jamais" double-negation fix, contrast weighting 0.5/1.5, shouted phrases, request markers
// need/besoin/"want to"/"veux" + infinitive; all chosen on sets A/B errors and a scratch list of own sentences, D's
// errors never printed), same command, training examples 1427, heldout_overlap 0:
//   intent    fr 0.898 (79/88)   en 0.875 (77/88)    (unchanged: the intent classifier was not touched)
//   sentiment fr 0.902 (92/102)  en 0.892 (91/102)
// Caveat: the writer of D also made the sentiment changes and knew D's sentences (not its errors), e.g. that it
// contains emoji, "pas mal"/"not bad" and sarcasm; the gain on D may be somewhat optimistic.
enum HeldOutSetD {
    static let french = """
order_issue|negative|Ma commande devait arriver mardi, on est vendredi et toujours aucune nouvelle. Franchement decevant.
order_issue|neutral|Bonjour, pourriez-vous me donner le numero de suivi de la commande 77120 ?
order_issue|negative|Il manque la moitié des articles dans le carton, c'est quoi ce travail ???
order_issue|neutral|Je souhaiterais annuler ma commande passée hier soir, elle n'est pas encore expédiée je crois.
order_issue|negative|LIVRAISON EN RETARD POUR LA TROISIEME FOIS, J'EN AI MARRE
order_issue|neutral|Est-il possible de changer l'adresse de livraison ? Je déménage la semaine prochaine.
order_issue|negative|Le suivi n'a pas bougé depuis 10 jours, super le service... 🙄
order_issue|positive|Colis reçu avec deux jours d'avance, merci beaucoup, très bien emballé !
order_issue|neutral|j'ai recu un article qui n'est pas le mien, une lampe au lieu d'un tapis, comment je fais ?
order_issue|negative|Le livreur a déposé mon colis devant la porte sous la pluie, tout est abîmé.
order_issue|neutral|Ma commande est indiquée comme expédiée mais sans transporteur, est-ce normal ?
product_issue|negative|La cafetière fuit par le dessous dès la première utilisation, je ne suis pas satisfait du tout.
product_issue|neutral|Bonjour, le chargeur fourni avec la tablette est-il compatible avec une charge rapide ?
product_issue|negative|Les chaussures se sont décollées après une semaine, qualité lamentable.
product_issue|negative|l'ecran du telephone a des pixels morts des le deballage
product_issue|neutral|Quelle est la garantie sur le mixeur ? Le moteur fait un bruit bizarre depuis peu.
product_issue|negative|Le pull a rétréci de deux tailles au premier lavage à 30°, pourtant j'ai suivi l'étiquette 😡
product_issue|neutral|La notice de montage de l'armoire n'indique pas où vont les pièces F et G, pouvez-vous m'aider ?
product_issue|negative|Produit pas du tout conforme à la photo, la couleur est complètement différente.
product_issue|positive|Petit souci de bouton sur la montre mais votre SAV l'a remplacée très vite, top !
product_issue|negative|La batterie du casque ne tient même pas une heure, c'est une arnaque.
product_issue|neutral|Le couvercle de la boîte hermétique ne ferme pas bien, faut-il forcer au début ?
payment_issue|negative|On m'a prélevé deux fois la même somme, je veux une explication rapidement !
payment_issue|neutral|Quels moyens de paiement acceptez-vous ? Le virement est-il possible ?
payment_issue|negative|Ma carte a été débitée alors que la commande a été annulée automatiquement, inadmissible.
payment_issue|neutral|Bonjour, le code promo BIENVENUE10 ne s'applique pas sur mon panier, savez-vous pourquoi ?
payment_issue|negative|paiement refusé 4 fois de suite alors que j'ai largement l'argent sur mon compte, c'est penible
payment_issue|neutral|Puis-je recevoir une facture au nom de ma société avec le numéro de SIRET ?
payment_issue|neutral|Le montant affiché sur mon relevé est en dollars, est-ce que des frais de change s'appliquent ?
payment_issue|negative|Vous m'avez facturé des frais de port alors que la livraison devait être offerte.
payment_issue|neutral|Je voudrais payer en plusieurs fois, est-ce proposé à partir de 200 € ?
payment_issue|positive|Merci, le problème de double paiement a été réglé très rapidement, parfait.
payment_issue|negative|Apple Pay plante au moment de valider et j'ai été débitée quand même, bravo...
account_issue|neutral|Comment changer l'adresse e-mail associée à mon compte ?
account_issue|negative|Je ne reçois jamais l'email de réinitialisation du mot de passe, ça fait une heure que j'essaie !
account_issue|negative|Mon compte a été bloqué sans raison, je ne peux plus rien commander, c'est scandaleux.
account_issue|neutral|Bonjour, est-il possible de fusionner deux comptes clients créés avec deux adresses différentes ?
account_issue|neutral|je narrive pas a me connecter avec google, y a t il une autre solution
account_issue|negative|Mes points de fidélité ont disparu de mon compte du jour au lendemain, pas normal.
account_issue|neutral|Je souhaite me désinscrire de la newsletter mais garder mon compte.
account_issue|negative|Quelqu'un a modifié mon mot de passe sans mon accord, j'ai très peur pour mes données.
account_issue|neutral|Où puis-je voir l'historique de mes anciennes commandes dans mon espace client ?
account_issue|positive|Merci pour la réactivation rapide de mon compte, c'est super sympa.
account_issue|neutral|Comment activer la double authentification sur mon profil ?
technical_issue|negative|L'application plante à chaque fois que j'ouvre mon panier, c'est insupportable.
technical_issue|neutral|Le site s'affiche mal sur mon navigateur Firefox, les boutons sont décalés.
technical_issue|negative|Impossible de finaliser ma commande, la page de paiement tourne dans le vide depuis 20 minutes.
technical_issue|neutral|bonjour, la recherche sur le site ne renvoie aucun resultat quand je tape "canape", bug ?
technical_issue|negative|Votre nouvelle appli est une catastrophe, plus lente et pleine de bugs 👎
technical_issue|neutral|Les notifications de l'application ne fonctionnent plus depuis la mise à jour.
technical_issue|negative|Message d'erreur 500 sur toutes les pages produits, ça ne marche pas du tout.
technical_issue|neutral|Le code de vérification par SMS arrive après expiration, pouvez-vous regarder ?
technical_issue|positive|Le bug d'affichage du panier est corrigé, merci à l'équipe technique, ça marche nickel.
technical_issue|neutral|Les photos des produits ne chargent pas sur mon iPhone en 4G.
technical_issue|negative|Encore une déconnexion en plein milieu de ma commande, j'ai tout perdu, ras le bol !
general_inquiry|neutral|Quels sont vos délais de livraison pour la Suisse ?
general_inquiry|neutral|Bonjour, avez-vous un magasin physique à Lyon ?
general_inquiry|neutral|Est-ce que ce modèle de table sera de nouveau en stock bientôt ?
general_inquiry|positive|Votre boutique est géniale, est-ce que vous faites aussi des cartes cadeaux ?
general_inquiry|neutral|Proposez-vous la livraison le dimanche ?
general_inquiry|neutral|c'est quoi la difference entre la livraison express et la livraison standard
general_inquiry|neutral|Jusqu'à quelle heure peut-on joindre le service client par téléphone ?
general_inquiry|neutral|Les produits sont-ils fabriqués en France ?
general_inquiry|positive|J'adore vos produits ! Allez-vous ouvrir une boutique à Bordeaux ?
general_inquiry|neutral|Faites-vous des réductions pour les commandes en grande quantité ?
general_inquiry|neutral|Quelle est votre politique concernant les emballages recyclables ?
refund_request|negative|Je veux être remboursé immédiatement, le produit est arrivé cassé.
refund_request|neutral|Bonjour, comment puis-je retourner un article et obtenir un remboursement ?
refund_request|negative|J'ai renvoyé le colis il y a un mois et toujours aucun remboursement, c'est honteux.
refund_request|neutral|Je souhaiterais un remboursement pour la robe, elle ne me va pas.
refund_request|negative|Remboursez-moi, je ne commanderai plus jamais chez vous.
refund_request|neutral|Le remboursement se fait-il sur la carte utilisée ou en avoir ?
refund_request|positive|Remboursement reçu en 3 jours, vraiment pas mal, merci !
refund_request|neutral|J'ai retourné le colis lundi, dans combien de temps serai-je remboursé ?
refund_request|negative|vous m'avez rembourse 30 euros au lieu de 60, il manque la moitie !!
refund_request|neutral|Pouvez-vous rembourser uniquement les frais de livraison, le colis est arrivé en retard ?
refund_request|negative|On me refuse le remboursement sous prétexte que l'emballage est ouvert, n'importe quoi.
other|positive|Merci infiniment pour votre patience et vos explications, bonne soirée à vous !
other|neutral|Bonjour, je teste juste si quelqu'un répond ici.
other|positive|Super service, je recommande à tout le monde 😊
other|neutral|Je voudrais parler à un conseiller humain s'il vous plaît.
other|neutral|Est-ce que vous recrutez pour la période de Noël ?
other|negative|Votre chatbot ne comprend rien, c'est nul.
other|neutral|ok je vois, je reviendrai plus tard alors
other|positive|Parfait, c'est tout ce que je voulais savoir, merci.
other|neutral|Je suis journaliste et je souhaiterais contacter votre service presse.
other|neutral|Quel temps fait-il chez vous ?
other|positive|Pas mal du tout votre nouveau site, bravo !
-|positive|Très contente de mon achat, la qualité est au rendez-vous.
-|negative|Je ne suis pas satisfait de la qualité, ça ne vaut vraiment pas le prix.
-|positive|Franchement pas mal, je suis agréablement surpris.
-|negative|Service client injoignable, aucune réponse à mes mails, lamentable.
-|neutral|J'ai une question au sujet de ma commande.
-|positive|TOP TOP TOP, livraison rapide et produit parfait !!!
-|negative|Génial, encore un colis perdu... vraiment merci 🙄
-|positive|Le produit est bien mais la livraison était un peu lente, globalement satisfait.
-|negative|Le produit est joli mais il s'est cassé au bout de deux jours.
-|neutral|Pouvez-vous me rappeler demain matin ?
-|positive|Je suis ravie, merci pour le geste commercial 🙏
-|negative|Jamais vu un service aussi mauvais, c'est la derniere fois.
-|neutral|Je vous envoie la photo du ticket de caisse en pièce jointe.
-|positive|Rien à redire, tout est parfait.
"""

    static let english = """
order_issue|negative|My order was supposed to arrive on Tuesday, it's Friday and still nothing. Really disappointing.
order_issue|neutral|Hi, could you send me the tracking number for order 66314?
order_issue|negative|Half the items are missing from the box, what is going on???
order_issue|neutral|I'd like to cancel the order I placed last night, I don't think it has shipped yet.
order_issue|negative|THIRD LATE DELIVERY IN A ROW, I'M SO DONE WITH THIS
order_issue|neutral|Can I change the delivery address? I'm moving next week.
order_issue|negative|Tracking hasn't updated in 10 days, great service... 🙄
order_issue|positive|Package arrived two days early and very well packed, thank you so much!
order_issue|neutral|i got someone elses item, a lamp instead of a rug, what should i do
order_issue|negative|The courier left my parcel outside in the rain and everything is ruined.
order_issue|neutral|My order shows as shipped but there's no carrier listed, is that normal?
product_issue|negative|The coffee maker leaks from the bottom on first use, I am not satisfied at all.
product_issue|neutral|Hello, is the charger that comes with the tablet compatible with fast charging?
product_issue|negative|The soles came off my shoes after one week, terrible quality.
product_issue|negative|phone screen has dead pixels right out of the box
product_issue|neutral|What's the warranty on the blender? The motor has started making a weird noise.
product_issue|negative|The sweater shrank two sizes at 30 degrees even though I followed the label 😡
product_issue|neutral|The wardrobe assembly instructions don't show where parts F and G go, can you help?
product_issue|negative|Product looks nothing like the picture, the colour is completely different.
product_issue|positive|Small issue with the watch button but your support replaced it super fast, awesome!
product_issue|negative|The headphone battery doesn't even last an hour, this is a scam.
product_issue|neutral|The lid of the storage container doesn't close properly, do I need to force it at first?
payment_issue|negative|I was charged twice for the same amount, I want an explanation ASAP!
payment_issue|neutral|Which payment methods do you accept? Is bank transfer possible?
payment_issue|negative|My card was debited even though the order was cancelled automatically, unacceptable.
payment_issue|neutral|Hi, the promo code WELCOME10 doesn't apply to my basket, do you know why?
payment_issue|negative|payment declined 4 times in a row when I clearly have enough money, so annoying
payment_issue|neutral|Can I get an invoice in my company's name with our VAT number?
payment_issue|neutral|The amount on my statement is in dollars, will there be currency conversion fees?
payment_issue|negative|You charged me shipping fees even though delivery was supposed to be free.
payment_issue|neutral|I'd like to pay in installments, is that available for orders over $200?
payment_issue|positive|Thanks, the double charge issue was sorted out really quickly, perfect.
payment_issue|negative|Apple Pay crashes at checkout and I still got charged, well done...
account_issue|neutral|How do I change the email address linked to my account?
account_issue|negative|I never get the password reset email, I've been trying for an hour!
account_issue|negative|My account was blocked for no reason and I can't order anything, this is outrageous.
account_issue|neutral|Hello, is it possible to merge two customer accounts created with different emails?
account_issue|neutral|cant log in with google, is there another way
account_issue|negative|My loyalty points vanished from my account overnight, not ok.
account_issue|neutral|I want to unsubscribe from the newsletter but keep my account.
account_issue|negative|Someone changed my password without my permission, I'm really worried about my data.
account_issue|neutral|Where can I see my past orders in my account area?
account_issue|positive|Thanks for reactivating my account so quickly, really nice of you.
account_issue|neutral|How do I turn on two-factor authentication on my profile?
technical_issue|negative|The app crashes every single time I open my cart, it's unbearable.
technical_issue|neutral|The website doesn't display properly in Firefox, the buttons are misaligned.
technical_issue|negative|Can't complete my order, the payment page has been spinning for 20 minutes.
technical_issue|neutral|hello, site search returns no results when I type "sofa", bug?
technical_issue|negative|Your new app is a disaster, slower and full of bugs 👎
technical_issue|neutral|App notifications stopped working since the update.
technical_issue|negative|Error 500 on every product page, nothing works at all.
technical_issue|neutral|The SMS verification code arrives after it has expired, could you look into it?
technical_issue|positive|The cart display bug is fixed, thanks to the tech team, works perfectly now.
technical_issue|neutral|Product photos won't load on my iPhone over 4G.
technical_issue|negative|Logged out again right in the middle of my order, lost everything, fed up!
general_inquiry|neutral|What are your delivery times to Switzerland?
general_inquiry|neutral|Hi, do you have a physical store in Manchester?
general_inquiry|neutral|Will this table model be back in stock soon?
general_inquiry|positive|Your shop is amazing, do you also sell gift cards?
general_inquiry|neutral|Do you deliver on Sundays?
general_inquiry|neutral|whats the difference between express and standard shipping
general_inquiry|neutral|Until what time can I reach customer service by phone?
general_inquiry|neutral|Is your furniture manufactured in Europe or in Asia?
general_inquiry|positive|I love your products! Are you planning to open a store in Leeds?
general_inquiry|neutral|Do you offer discounts for bulk orders?
general_inquiry|neutral|What is your policy on recyclable packaging?
refund_request|negative|I want my money back right now, the product arrived broken.
refund_request|neutral|Hello, how can I return an item and get a refund?
refund_request|negative|I sent the parcel back a month ago and still no refund, this is shameful.
refund_request|neutral|I'd like a refund for the dress, it doesn't fit me.
refund_request|negative|Refund me, I will never order from you again.
refund_request|neutral|Is the refund made to the card I used or as store credit?
refund_request|positive|Refund received in 3 days, not bad at all, thanks!
refund_request|neutral|I returned the parcel on Monday, how long until I get refunded?
refund_request|negative|you refunded me 30 dollars instead of 60, half is missing!!
refund_request|neutral|Could you refund just the shipping fee, the parcel arrived late?
refund_request|negative|You refuse my refund because the packaging was opened, ridiculous.
other|positive|Thank you so much for your help, have a nice day!
other|neutral|Hello, just checking whether anyone actually reads this.
other|positive|Great service, I recommend you to everyone 😊
other|neutral|I would like to speak to a human agent please.
other|neutral|Are you hiring for the Christmas season?
other|negative|Your chatbot doesn't understand anything, it's useless.
other|neutral|ok I see, I'll come back later then
other|positive|Perfect, that's all I wanted to know, thanks.
other|neutral|I'm a journalist and would like to get in touch with your press office.
other|neutral|What's the weather like where you are?
other|positive|Not bad at all, your new website, well done!
-|positive|Very happy with my purchase, the quality is there.
-|negative|I'm not satisfied with the quality, it's really not worth the price.
-|positive|Honestly not bad, I'm pleasantly surprised.
-|negative|Customer service is unreachable, no reply to my emails, pathetic.
-|neutral|I have a question about my order.
-|positive|TOP TOP TOP, fast delivery and perfect product!!!
-|negative|Great, another lost parcel... thanks a lot 🙄
-|positive|The product is good but delivery was a bit slow, overall satisfied.
-|negative|The product is pretty but it broke after two days.
-|neutral|Could you call me back tomorrow morning?
-|positive|I'm thrilled, thanks for the goodwill gesture 🙏
-|negative|Never seen such bad service, this is the last time.
-|neutral|I'm sending the photo of the receipt as an attachment.
-|positive|Nothing to complain about, everything is perfect.
"""
}
