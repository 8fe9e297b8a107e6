// Eleventh held-out set (K), written blind on 2026-11-29 by someone who read nothing but the eight categories, the
// sentiment labels, the labelling rules of sets I and J and the format (not the engine, the training corpus, the
// lexicon or the other held-out sets). French and English halves written independently.
// Scored once, blind, after the sixth generalisation step (the eighth corpus batch: 1,778 sentiment-labelled lines, and
// the learned sentiment layer re-tuned by cross-validation), on 2026-11-29 at 22:09 UTC, debug build of
// `commerce-bench llm-eval --set k --skip-latency`, training examples 3544, heldout_overlap 4 (accuracy lines only):
//   intent    fr 0.938 (90/96)    en 0.885 (85/96)     -> target 0.90 met in French, missed in English
//   sentiment fr 0.914 (106/116)  en 0.931 (108/116)   -> target 0.85 met in both (set J before the step: 0.845 / 0.810)
//   language  fr 0.991            en 0.974
// `intent|sentiment|text` (`-` = sentiment-only). 96 intent lines (12 per intent) + 20 sentiment-only lines per language.
enum HeldOutSetK {
    static let french = """
    order_issue|negative|Bonjour, ma commande n°FR-884213 devait arriver le 12 et toujours rien, le suivi n'a pas bougé depuis 6 jours. C'est la troisième fois que je vous écris, franchement c'est inadmissible.
    order_issue|neutral|bonjour je voudrais changer le point relais pour ma commande 55612, est ce encore possible ?
    order_issue|negative|colis reçu mais il manque le pantalon !!! j'ai payé pour 3 articles j'en ai 2. vous vous foutez de qui
    order_issue|neutral|Allo, mon colis est indiqué livré mais je l'ai pas reçu, pouvez-vous vérifier avec le transporteur svp? Merci
    order_issue|positive|Merci beaucoup pour la livraison super rapide ! Petite question quand même : le deuxième colis arrive quand ? Le suivi indique juste "en préparation".
    order_issue|negative|Bravo, encore un retard. Trois semaines pour un t-shirt, vous livrez à dos d'âne ? 🙄
    order_issue|neutral|Bonjour, j'ai reçu une robe taille 38 alors que j'avais commandé du 40. Comment procéder pour l'échange ? Cdt
    order_issue|neutral|slt cmt je fais pr savoir ou en est ma cde 77801 jsui pas la ce weekend
    order_issue|neutral|Bonjour Madame, Monsieur, Suite à mon déménagement, je souhaiterais modifier l'adresse de livraison de la commande 2024-118-332 passée hier soir. Nouvelle adresse : 14 rue des Tilleuls, 69003 Lyon. Je vous remercie par avance. Bien cordialement, Hélène Vasseur
    order_issue|negative|Bonsoir. Le livreur est soi-disant "passé" ce matin mais j'étais chez moi toute la journée et personne n'a sonné. Je commence à en avoir vraiment marre de Colissimo et de vous.
    order_issue|positive|Colis bien arrivé à Dakar ce matin, merci infiniment pour le suivi 🙏 Par contre le numéro de suivi du 2e colis ne marche pas, vous pouvez me le renvoyer ?
    order_issue|negative|C'EST LA 4E FOIS QUE JE DEMANDE OÙ EST MON COLIS. RÉPONDEZ !!!
    product_issue|negative|La fermeture éclair de la veste que j'ai reçue mardi est déjà cassée. Pour 120 € c'est vraiment de la camelote, très déçue.
    product_issue|neutral|Bonjour, comment on nettoie la housse du coussin ? Machine ou à la main ? Merci
    product_issue|neutral|J'ai reçu la coque Spigen mais elle ne rentre pas sur mon iPhone 15 Pro, j'ai pris le mauvais modèle ou c'est la fiche produit qui est fausse ?
    product_issue|negative|la notice du meuble TV est incompréhensible, il manque la moitié des étapes et y a 2 vis en moins. 3h perdues. Génial.
    product_issue|positive|J'adore le sérum, ma peau n'a jamais été aussi belle ! Juste une question, on peut l'utiliser le matin aussi ou seulement le soir ?
    product_issue|neutral|bjr ma fille a eu des rougeurs apres avoir utilise la creme, est ce qu'il y a des noix dedans? elle est allergique
    product_issue|negative|Ben là, ma cafetière a lâché après deux semaines, c'est-tu normal ça? Pas fort pantoute.
    product_issue|neutral|Bonjour, les chaussures taillent-elles grand ? J'ai reçu du 42 et je flotte un peu dedans, je me demande si je dois prendre du 41.
    product_issue|negative|Franchement déçu par la qualité du pull, il a bouloché dès le premier lavage. On m'y reprendra plus.
    product_issue|neutral|Le robot aspirateur ne se connecte plus au wifi depuis la mise à jour, il clignote en orange. Que faire ?
    product_issue|positive|Super contente de la poussette, vraiment top ! Seul bémol la roue avant gauche grince un peu, vous avez une astuce ?
    product_issue|negative|Le chargeur que vous m'avez vendu a fait chauffer mon téléphone au point de brûler. C'est dangereux, je vais signaler ça.
    payment_issue|negative|J'ai été débitée DEUX FOIS de 89,90 € pour la même commande !! Je veux une explication immédiatement sinon je fais opposition auprès de ma banque.
    payment_issue|neutral|Bonjour, ma carte est refusée au moment de payer alors qu'elle fonctionne partout ailleurs. Avez-vous une idée ?
    payment_issue|neutral|Le code promo BIENVENUE10 ne s'applique pas dans mon panier, il me dit "code non valide". Il est toujours actif ?
    payment_issue|neutral|Bonjour, pourriez-vous m'envoyer la facture de la commande 40917 au nom de la société Durand SARL svp ? Cordialement
    payment_issue|negative|Paiement refusé 3 fois de suite, j'ai 3 notifications de ma banque et toujours pas de commande validée. Sérieux ?
    payment_issue|positive|Merci pour votre réactivité hier ! Du coup j'ai réessayé et ça a marché. Par contre je ne trouve pas où télécharger ma facture, vous pouvez m'aider ?
    payment_issue|neutral|Est-ce possible de payer en 3 fois sans frais avec une carte Maestro ?
    payment_issue|negative|votre paiement en 4x a été accepté puis annulé sans raison, et ça m'a quand même prélevé la 1ere échéance. c'est n'importe quoi
    payment_issue|negative|salam, j'ai payé avec PayPal mais la commande est toujours "en attente de paiement" depuis hier. ça commence à bien faire
    payment_issue|negative|Ça fait trois semaines que j'attends la facture rectifiée pour ma mutuelle. Trois relances. Je n'en reviens pas.
    payment_issue|positive|Coucou ! Je suis une cliente fidèle et j'adore vos produits 😍 mais mon code anniversaire n'a pas marché au paiement, vous pouvez regarder ? Merci d'avance bisous
    payment_issue|neutral|Bonjour, le montant prélevé (54,30 CHF) ne correspond pas au total affiché sur le site (49,90 CHF). Pourriez-vous m'expliquer la différence ? Merci. Meilleures salutations, Luc Favre
    account_issue|neutral|Bonjour, je n'arrive plus à me connecter à mon compte, le mot de passe est refusé. Pouvez-vous m'aider ?
    account_issue|negative|Ça fait 4 fois que je clique sur "mot de passe oublié" et je ne reçois JAMAIS le mail. Vous le faites exprès ?
    account_issue|neutral|Je souhaite modifier l'adresse e-mail associée à mon compte, l'ancienne n'existe plus. Comment faire ?
    account_issue|neutral|merci de supprimer mon compte et toutes mes données personnelles conformément au RGPD. Cordialement, J. Martin
    account_issue|negative|Je me suis désabonnée de la newsletter il y a un mois et je reçois encore 3 mails par jour. STOP.
    account_issue|positive|Bonjour ! Grand merci pour votre accueil en magasin samedi 😊 La vendeuse m'a dit que mes points fidélité seraient transférés sur mon compte en ligne mais je ne les vois pas, vous pouvez vérifier ?
    account_issue|negative|Mon compte a été bloqué sans aucune explication alors que je suis cliente depuis 2017. Bravo pour la fidélité client...
    account_issue|neutral|bjr g cree 2 comptes par erreur avec 2 adresses mail differentes, on peut les fusionner ?
    account_issue|negative|Bonjour, mes points de fidélité ont disparu de mon compte après ma dernière commande. Il me restait 320 points. Je suis très mécontente, ce n'est pas la première fois.
    account_issue|negative|Vous avez été piratés ou quoi ? Quelqu'un a changé mon mot de passe et mon adresse, je n'ai plus accès à rien. Je suis furieux.
    account_issue|positive|Merci Sophie pour votre aide au chat tout à l'heure, c'est top ! Une dernière chose : comment je change mon numéro de téléphone dans mon profil ?
    account_issue|neutral|Bonjour, comment désactiver les notifications SMS promotionnelles ? Je préfère garder seulement les e-mails. Merci
    technical_issue|negative|Votre site est une catastrophe, ça fait une heure que j'essaie de valider mon panier et la page plante à chaque fois.
    technical_issue|neutral|Bonjour, le bouton "Ajouter au panier" ne fait rien sur la page du manteau Alaska, sur Chrome comme sur Firefox.
    technical_issue|neutral|L'appli crashe dès que j'ouvre l'onglet "Mes commandes" (Android 14, Samsung A54).
    technical_issue|negative|Mon panier s'est vidé TOUT SEUL alors que j'avais mis 15 articles dedans. Merci beaucoup, vraiment. 🙃
    technical_issue|neutral|Erreur 500 en voulant accéder à la page des soldes, je vous le signale.
    technical_issue|negative|c nul votre appli elle rame trop j'arrive mm pas a voir les photos
    technical_issue|positive|Je vous adore mais votre nouvelle appli bug un peu 😅 le filtre par taille ne marche pas chez moi. Sinon elle est magnifique !
    technical_issue|neutral|Bonjour, impossible d'ouvrir le lien de confirmation reçu par e-mail, il affiche "page introuvable". Cordialement
    technical_issue|negative|Troisième fois que le site me déconnecte au moment de payer. Je vais finir par aller chez la concurrence.
    technical_issue|negative|wesh le site charge pas sur iphone depuis hier soir, page blanche, c trop relou
    technical_issue|positive|Bravo pour le nouveau site, il est beaucoup plus joli ! Petit détail : le menu ne s'affiche pas en mode paysage sur ma tablette.
    technical_issue|neutral|Bonjour, sur la version belge du site, les prix s'affichent en dollars au lieu des euros. C'est un bug ? Bien à vous
    general_inquiry|neutral|Bonjour, livrez-vous en Suisse ? Et si oui, quels sont les frais de port ?
    general_inquiry|neutral|Vous êtes ouverts le dimanche à la boutique de Lille ?
    general_inquiry|positive|J'ai découvert votre marque grâce à une amie et je suis fan 😍 Est-ce que vous avez une boutique à Bruxelles ?
    general_inquiry|positive|Bonjour ! J'ai craqué sur la sneaker Runner blanche, elle est trop belle 😍 Elle sera de nouveau dispo en 39 bientôt ?
    general_inquiry|neutral|Est-ce que vous vendez des cartes cadeaux ? Et elles sont valables combien de temps ?
    general_inquiry|negative|Ça fait 2 mois que le produit est "bientôt disponible". Vous comptez le remettre en stock un jour ou c'est du vent ?
    general_inquiry|neutral|bonjour vous livrez à Abidjan ? combien de jours svp
    general_inquiry|neutral|Salut, elle est en quoi la matière du sac Léa ? Cuir véritable ou synthétique ?
    general_inquiry|positive|Bonjour ! Vos bougies sont magnifiques, merci pour ce travail. Je voudrais en offrir pour Noël : est-ce que vous faites des emballages cadeaux ?
    general_inquiry|negative|Franchement 9,90 € de frais de port pour la Belgique c'est abusé. Y a pas moyen d'avoir la livraison gratuite à partir d'un certain montant ?
    general_inquiry|neutral|Bonjour, quelle est la date limite de commande pour être livré avant Noël en Martinique ?
    general_inquiry|negative|J'ai appelé 3 fois votre magasin de Montréal et personne répond. C'est quoi vos heures d'ouverture pour vrai ?
    refund_request|negative|J'ai renvoyé le colis il y a un mois, vous l'avez reçu le 3 mars d'après le suivi, et toujours pas de remboursement. C'est du vol.
    refund_request|neutral|Bonjour, je souhaite retourner les bottes (commande 78123), elles ne me vont pas. Pouvez-vous me rembourser ?
    refund_request|neutral|Bonjour, où en est mon remboursement ? Retour déposé le 14/02 en point relais. Merci
    refund_request|negative|JE VEUX MON ARGENT. 3 mails sans réponse. Prochaine étape : avis partout et signalement à la DGCCRF.
    refund_request|positive|Merci pour votre gentillesse au téléphone ! Comme convenu je vous renvoie la lampe, vous me confirmez que le remboursement se fera sur ma carte ?
    refund_request|negative|On m'a remboursé 32 € au lieu de 64 €. Vous pensiez que je verrais pas ?
    refund_request|neutral|Slt, la commande a été annulée par vous pour rupture de stock, quand est-ce que je suis remboursé ?
    refund_request|neutral|Bonjour, Je vous écris concernant la commande n° 5567-221. Le colis est arrivé endommagé et le vase était cassé. Je ne souhaite pas de remplacement, je préférerais être remboursée. Vous trouverez les photos en pièce jointe. Cordialement, Nadia B.
    refund_request|negative|Remboursement "sous 14 jours" qu'ils disaient... on est au jour 30. Merci pour rien.
    refund_request|neutral|bjr est ce que les frais de retour sont rembourser aussi ou seulement l'article ?
    refund_request|positive|Vous êtes au top, remboursement reçu en 2 jours ! Juste, il manque les frais de port initiaux, c'est normal ?
    refund_request|negative|Wallah ça fait 3 semaines j'attends mon remboursement, personne répond au téléphone, vous êtes des escrocs ou quoi
    other|neutral|Bonjour, je vous envoie ma candidature spontanée pour un poste de vendeuse dans votre boutique de Nantes. CV en pièce jointe. Cordialement
    other|positive|Je voulais juste vous dire que j'adore vos produits et votre service client, continuez comme ça ❤️
    other|neutral|Bonjour, je suis créatrice de contenu (45k abonnés sur Instagram) et je serais ravie de collaborer avec votre marque. Qui puis-je contacter ?
    other|negative|Votre pub sur YouTube passe toutes les 2 minutes, c'est insupportable. Arrêtez.
    other|neutral|Félicitations vous avez gagné un iPhone 16 ! Cliquez ici pour réclamer votre lot : bit.ly/gain-iph16
    other|positive|Message pour le fondateur : merci d'avoir créé une marque éthique et made in France, ça fait du bien. Bonne continuation à toute l'équipe !
    other|negative|Je trouve honteux que vous sponsorisiez cette émission. Je ne commanderai plus chez vous.
    other|neutral|bonjour, je suis étudiante en école de commerce et je fais un mémoire sur le e-commerce, accepteriez-vous de répondre à un questionnaire de 10 min ?
    other|neutral|Bonjour, nous sommes une entreprise de logistique basée à Casablanca et souhaiterions vous présenter nos services. Seriez-vous disponibles pour un échange ?
    other|negative|Le vendeur de votre magasin de Genève a été d'une impolitesse rare avec ma mère hier. Inacceptable.
    other|neutral|Test
    other|negative|Vous répondez jamais de toute façon, à quoi bon écrire ici
    -|negative|toujours rien ?
    -|negative|vous vous moquez de moi là
    -|negative|c'est une blague ?
    -|negative|laissez tomber
    -|negative|bon ben je vais voir ailleurs
    -|negative|🤬
    -|negative|ENCORE ?!
    -|neutral|ok merci
    -|neutral|d'accord
    -|neutral|c'est le 45872
    -|neutral|je vous envoie la photo
    -|neutral|oui
    -|neutral|Bonjour, des nouvelles ?
    -|neutral|ok je regarde ça ce soir
    -|neutral|c pour quand du coup
    -|neutral|Très bien, j'attends votre retour.
    -|positive|parfait !!
    -|positive|merci beaucoup vous êtes top 👍
    -|positive|❤️
    -|positive|super merci ça marche maintenant 😊
    """
    static let english = """
    order_issue|negative|Ordered on the 2nd, it's now the 19th and tracking still says "label created". Absolutely ridiculous.
    order_issue|neutral|Hi, could you tell me the status of order #UK-30291? Thanks
    order_issue|neutral|Hello, I need to change the delivery address on my order, I put my old flat by mistake. New one is 22 Kingsley Road, Leeds LS6 2AB.
    order_issue|negative|Got my parcel today and one of the two candles is missing. Not impressed tbh.
    order_issue|positive|You guys are amazing, the parcel arrived a day early! Quick q though - the packing slip says 3 items but I only ordered 2, did you send something by mistake?
    order_issue|neutral|my package says delivered but its not here. can u check
    order_issue|negative|Oh great, DPD left my parcel "in a safe place". Which apparently means the bin. Lovely. 👏
    order_issue|neutral|Dear Sir/Madam, I placed order 1100-4452 on 3rd March and was told it would be dispatched within 2 working days. May I kindly know the current status of the same? Awaiting your reply. Regards, Ramesh Iyer
    order_issue|negative|THIS IS THE THIRD TIME I'M ASKING. WHERE IS MY ORDER???
    order_issue|neutral|Can I switch my pickup point to the Tesco on High Street instead? Order 88213.
    order_issue|positive|Thanks so much for sorting out the replacement so quickly, really appreciate it! Just wondering when the tracking will update, it still shows the old parcel.
    order_issue|negative|I was sent a size S hoodie in pink instead of the black M I ordered. I needed it for a gift this weekend and now it's ruined. Seriously disappointed.
    product_issue|neutral|The left earbud on my SoundPods X2 isn't charging. The right one works fine. Anything I can try?
    product_issue|negative|Bought the air fryer 3 weeks ago and it already smells like burning plastic. For £130 I expected better.
    product_issue|neutral|how do i get the stain off the white sofa cover without ruining it
    product_issue|positive|Absolutely love the desk, looks gorgeous in my office! One of the drawer handles came a bit loose though, is there a spare screw I can get?
    product_issue|negative|The instructions for the wardrobe are useless. Step 7 makes no sense and half the pictures don't match the parts. Wasted my whole Saturday.
    product_issue|neutral|Does the Nova blender jug fit the older Nova 500 base? I have both and the jug won't click in.
    product_issue|negative|Wow, the "waterproof" jacket soaked through in 10 minutes of drizzle. Really waterproof. Great job.
    product_issue|neutral|Hi, my son came out in a rash after using the kids' sunscreen. Could you send me the full ingredient list please? He's allergic to some preservatives.
    product_issue|neutral|The jeans I got are way too long, is the inside leg listed on the site correct? I'm 5'6 and ordered a 30L.
    product_issue|negative|Kettle lid snapped off on day two. Cheap rubbish.
    product_issue|positive|Big fan of the skincare line, been using it for months 😊 The new toner bottle seems to leak from the pump though, is that a known thing?
    product_issue|negative|Honestly fed up. This is the second replacement mixer and it makes the same grinding noise as the first one. What's going on with your quality control?
    payment_issue|negative|You've charged my card twice for the same order (£74.99 x2). I want this fixed today, otherwise I'm doing a chargeback.
    payment_issue|neutral|Card keeps getting declined at checkout, it's a Visa debit and works everywhere else. Any ideas?
    payment_issue|negative|The code SPRING20 isn't working, says expired but your own email says valid till the 30th. Bit misleading isn't it.
    payment_issue|neutral|Hello team, kindly share the GST invoice for order no. 77821 with our company name, Sharma Traders Pvt Ltd. Thanks & regards
    payment_issue|negative|Payment failed 4 times and each time my bank put a hold on the money. So now I've got £200 frozen and no order. Brilliant.
    payment_issue|positive|Thank you so much for your help earlier, the order went through! Could you just resend the invoice to my work email? Cheers
    payment_issue|neutral|Do you accept Klarna for orders under $50? The option doesn't show up for me.
    payment_issue|negative|ur checkout took my money but says payment unsuccessful?? wtf
    payment_issue|neutral|Hi, I was charged $12.40 in shipping even though my cart was over the free shipping threshold. Could you look into it?
    payment_issue|negative|I have emailed three times about the wrong VAT on my invoice. Three. Is anyone actually reading these?
    payment_issue|positive|Love shopping with you guys! Small thing - my student discount didn't apply at checkout, could you take a look? Thanks heaps 🙂
    payment_issue|neutral|Good afternoon, my second Afterpay instalment was taken twice this morning. Please advise. Kind regards, Megan
    account_issue|negative|I can't log in, it says my email isn't registered but I've literally ordered from you 10 times. Sort it out please.
    account_issue|negative|Password reset email never arrives. Tried 5 times, checked spam. This is beyond annoying.
    account_issue|neutral|Please delete my account and all data you hold about me under GDPR.
    account_issue|neutral|How do I change the email on my account? I don't use my hotmail any more.
    account_issue|negative|Unsubscribed from your emails twice and you're STILL spamming me. Stop.
    account_issue|positive|Hi! Just wanted to say thanks for the birthday voucher, so sweet 🥰 I can't seem to find my loyalty points balance anywhere in my account though, where is it?
    account_issue|negative|My account's been locked for "suspicious activity". I'm the suspicious activity? I've been a customer for 6 years. Unbelievable.
    account_issue|neutral|hey can i merge my two accounts? one is my gmail and one is my work email
    account_issue|neutral|Hi there, my reward points from my last order haven't been added. Order 55190, should be 240 points.
    account_issue|negative|Someone got into my account and placed an order with my saved card. How is your security this bad?
    account_issue|positive|Cheers for the quick help on chat yesterday, brilliant service! One more thing - can I change my username or is that fixed?
    account_issue|neutral|Could you tell me what personal data you store on my account? I'd like a copy.
    technical_issue|negative|Site has been down all morning. During your own sale. Genius.
    technical_issue|neutral|The "Apply filters" button doesn't do anything on the mobile site (Safari, iOS 17).
    technical_issue|neutral|App crashes every time I try to open my wishlist. Pixel 7, latest version.
    technical_issue|negative|My basket emptied itself AGAIN. Third time this week. I give up.
    technical_issue|positive|Love the newsletter, gorgeous photos! FYI the link to the winter collection gives a 404.
    technical_issue|negative|app is soooo slow, takes like a minute to load each page. sort it out
    technical_issue|positive|Loving the new app design, well done! Just a heads up, dark mode makes the prices invisible 😂
    technical_issue|neutral|Hi, the size guide pop-up won't close on desktop, it covers the whole page. Using Edge.
    technical_issue|negative|Your site logged me out at the payment step and I lost everything. Not happy at all.
    technical_issue|negative|The search bar returns no results for anything, even "shoes". How is that even possible on a shop website?
    technical_issue|positive|Great site overall, really easy to use 👍 Only thing is the zoom on product photos doesn't work on my iPad.
    technical_issue|neutral|Good morning, the page keeps showing "something went wrong" when I try to add a new address at checkout. I have tried thrice. Kindly check.
    general_inquiry|neutral|Do you ship to Ireland and how much is delivery?
    general_inquiry|negative|Your website says the Manchester store is open till 6 on Sundays but I turned up at 5 and it was shut. What are your actual hours?
    general_inquiry|positive|Just discovered you on Instagram and obsessed with everything 😍 Do you have a store in Glasgow?
    general_inquiry|neutral|Will the linen shirt in navy be back in stock in a medium?
    general_inquiry|neutral|Do gift cards expire? And can they be used in store as well as online?
    general_inquiry|negative|Your "back in stock soon" banner has been up for 3 months. Is that product ever coming back or not?
    general_inquiry|neutral|hi do u deliver to india? if yes how many days to bangalore
    general_inquiry|neutral|Is the Harper bag real leather or vegan leather? Couldn't find it on the page.
    general_inquiry|positive|Hiya, your customer service has always been fab so I'm coming back for Christmas shopping! Do you offer gift wrapping?
    general_inquiry|negative|$25 shipping to Canada? Seriously? Is there any way to get that down or should I just shop elsewhere?
    general_inquiry|neutral|What's the last order date for delivery before Christmas to Northern Ireland?
    general_inquiry|positive|Howdy! Got your skillet last year and it's the best pan I own. Are the new 12 inch ones pre-seasoned too?
    refund_request|negative|Sent the return back on the 4th, Royal Mail says you signed for it on the 6th. Still no refund. Where is my money?
    refund_request|neutral|Hi, I'd like to return the trainers from order 40021 for a refund, they're too small. How do I do that?
    refund_request|neutral|Could you check on my refund please? Return was dropped off at InPost on 12 Feb.
    refund_request|negative|If my refund isn't in my account by Friday I'm going to my bank and leaving a review everywhere. Final warning.
    refund_request|positive|Thanks for being so understanding about the broken mug, really kind of you! Happy to just get a refund rather than a replacement if that's ok.
    refund_request|negative|You refunded £18 instead of £36. Nice try.
    refund_request|neutral|My order was cancelled because it was out of stock, when will I get the money back?
    refund_request|neutral|Dear Customer Service, I am writing regarding order number 8841-0023. The lamp arrived with a cracked base. I have attached photographs. I would prefer a full refund rather than a replacement. Thank you for your assistance. Yours faithfully, Margaret Ellis
    refund_request|negative|"Refunds processed within 5 working days." It's been 23. Cool cool cool.
    refund_request|neutral|do you refund the return postage too or just the item
    refund_request|positive|You've been brilliant with everything so far 🙏 Just checking on the refund for my return, tracking shows it reached you Monday.
    refund_request|negative|mate i've been waiting 5 weeks for my refund and nobody picks up the phone. absolute cowboys
    other|neutral|Hi, I'm interested in any warehouse vacancies you might have in the Birmingham area. Please find my CV attached.
    other|positive|No question, just wanted to say your team is brilliant. Best online shopping experience I've had in years!
    other|neutral|Hello, I run a small lifestyle blog (20k monthly readers) and would love to discuss a collaboration. Who's the right person to contact?
    other|negative|Your TikTok ads are everywhere and honestly they're getting really annoying.
    other|neutral|URGENT: Your domain is expiring. Renew now at www.cheap-domains-renew.biz to avoid losing your website.
    other|positive|To the founder: your story about starting this in your garage really inspired me. Wishing you all the best!
    other|negative|Disgusted that you're still stocking that brand after everything in the news. I'm done with you.
    other|neutral|Hi, I'm a final year student doing research on sustainable retail. Would someone be willing to answer a short survey?
    other|neutral|asdfgh
    other|neutral|Hello, we are a packaging supplier based in Pune offering eco-friendly mailer boxes. Can we share our catalogue?
    other|negative|The security guard at your Oxford Street store treated my son like a thief. Absolutely disgraceful.
    other|negative|honestly are there actual humans working here or just bots 🙄
    -|negative|still nothing?
    -|negative|are you kidding me
    -|negative|whatever
    -|negative|this is a joke
    -|negative|I've literally already sent you that twice
    -|negative|😡
    -|negative|forget it, I'll sort it with my bank
    -|neutral|ok thanks
    -|neutral|yes that's right
    -|neutral|order number is 66120
    -|neutral|sure, one sec
    -|neutral|any update?
    -|neutral|Noted.
    -|neutral|I'll check and get back to you
    -|neutral|it's the blue one
    -|neutral|Tuesday works
    -|positive|perfect!!
    -|positive|thank you so much, you're a star
    -|positive|🙏😊
    -|positive|brilliant, sorted now, cheers!
    """
}
