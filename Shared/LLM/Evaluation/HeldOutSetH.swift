// Blind run, the one and only (2026-11-29 17:18 UTC), after the third generalisation step (English phrase families,
// sarcastic tags, plain short replies; tuned on A-G, never on this set). Debug build of
// `commerce-bench llm-eval --set h --skip-latency`, training examples 2875, heldout_overlap 3 (short generic replies):
//   intent    fr 0.906 (87/96)    en 0.854 (82/96)     -> target 0.90 met in French, missed in English
//   sentiment fr 0.871 (101/116)  en 0.828 (96/116)    -> target 0.85 met in French, missed in English
//   language  fr 0.983            en 1.000
// Its errors were not looked at during that step. English on blind data stayed below the targets; the next step was
// structural (the seventh corpus batch, labelled with sentiment, and a learned sentiment layer), and it needs a new
// blind set to be measured. H is a development set since: its lines were read while writing that batch (none was
// copied or paraphrased; word-set overlap below 0.5). Development figures after that step (2026-11-29,
// `commerce-bench llm-eval --set h --skip-latency`, debug): intent fr 0.927, en 0.896; sentiment fr 0.897, en 0.879.
//
// Eighth held-out set (H), written blind on Sun Nov 29 16:59:07 UTC 2026 by someone who read nothing but the eight
// categories and the format (not the engine, the training corpus, the lexicon or the other held-out sets). French and
// English halves written independently. Scored once, blind, after the third generalisation step.
// `intent|sentiment|text` (`-` = sentiment-only). 96 intent lines (12 per intent) + 20 sentiment-only lines per language.
enum HeldOutSetH {
    static let french = """
    order_issue|negative|Commande n° FR-88213 passée le 3 mars, toujours rien reçu et le suivi n'a pas bougé depuis 9 jours. C'est la dernière fois que je commande chez vous.
    order_issue|neutral|Bonjour, est-il possible de modifier l'adresse de livraison de ma commande 450127 ? J'ai déménagé au 12 rue des Tanneurs, 69007 Lyon.
    order_issue|negative|jai recu un pull bleu marine alors que jai commandé le vert sapin taille M. pas top du tout
    order_issue|neutral|Bonjour, je n'ai pas reçu de numéro de suivi pour la commande #A7Q-2291. Pourriez-vous me le transmettre ? Merci.
    order_issue|negative|Le colis est marqué « livré » mais je n'ai absolument rien trouvé dans ma boîte aux lettres ni chez le gardien. Je fais quoi moi maintenant ?
    order_issue|positive|Bonjour ! J'adore déjà vos bougies, j'ai hâte de recevoir ma 2e commande 🙂 Juste pour savoir, elle part quand ? Réf 20931. Merci beaucoup !
    order_issue|neutral|Il manque le couvercle de la cocotte Marmiton 24 cm dans mon colis (commande 7781-B). Pouvez-vous l'envoyer séparément ?
    order_issue|negative|Ça fait trois semaines que j'attends mon colis pis Postes Canada me dit qu'il a jamais été expédié. Franchement, c'est plate en maudit.
    order_issue|neutral|Bonjour, ma commande 55-0921 doit être livrée en point relais à Namur, mais celui-ci est fermé jusqu'au 15. Peut-on la rediriger vers celui de Jambes ?
    order_issue|negative|Je me permets de relancer pour la troisième fois au sujet de ma commande 300456, toujours « en préparation » depuis le 2 mai. Je vous remercie de bien vouloir enfin me répondre.
    order_issue|neutral|slt cmd 88012 vous livrez le samedi ou pas ? je suis absent en semaine
    order_issue|positive|Coucou l'équipe, vous êtes géniaux ! Je voulais savoir si je pouvais faire livrer ma commande 66120 chez ma sœur à Annecy plutôt que chez moi. Mille mercis !
    product_issue|negative|La fermeture éclair de la doudoune Everest reçue mardi a lâché dès la deuxième utilisation. Pour 189 €, c'est inadmissible.
    product_issue|neutral|Bonjour, comment détartrer la machine à café Brio 3 ? La notice ne l'explique pas.
    product_issue|neutral|Je fais du 38 en général, pour les bottines Camille vous me conseillez le 38 ou le 39 ? Elles taillent petit ?
    product_issue|negative|la couleur sur le site c'est rose poudré, en vrai c'est saumon fluo. rien à voir avec la photo
    product_issue|negative|L'écran de la montre FitPulse reste noir après la charge. J'ai fait la réinitialisation comme indiqué dans la notice, rien. Très déçue.
    product_issue|neutral|Le mixeur Turbo 600 fait un petit cliquetis au démarrage, est-ce normal ?
    product_issue|positive|J'adore le sérum Éclat, ma peau n'a jamais été aussi belle ! Est-ce que je peux l'utiliser le matin sous la crème solaire ?
    product_issue|negative|Bonjour, la poêle Gourmet reçue la semaine passée attache déjà alors que le descriptif parle d'un revêtement anti-adhésif longue durée. Pour septante-neuf francs, je m'attendais à mieux.
    product_issue|neutral|Le tapis de yoga Zen reçu mesure 173 cm alors que la fiche produit indique 183 cm. Pouvez-vous me confirmer les dimensions ?
    product_issue|negative|LE CHARGEUR FOURNI AVEC LA LAMPE ORBIS CHAUFFE À EN FONDRE. C'EST DANGEREUX, VOUS VENDEZ QUOI AU JUSTE ???
    product_issue|neutral|bonjour quelle est la température max de lavage pour le plaid Cocoon ? l'étiquette est illisible
    product_issue|positive|Trop contente de ma nouvelle trottinette Volta ! Petite question : comment on règle la hauteur du guidon ? Merci d'avance 😊
    payment_issue|negative|J'ai été débité deux fois de 64,90 € pour la même commande (n° 112093). Merci de régulariser rapidement, c'est mon découvert qui trinque.
    payment_issue|neutral|Bonjour, pourriez-vous m'envoyer la facture au nom de ma société (SARL Atelier Dumas, SIRET 812 345 678 00021) pour la commande 4410 ?
    payment_issue|negative|ma carte est refusée à chaque fois alors qu'elle marche partout ailleurs. ça fait 4 fois que j'essaie, j'abandonne
    payment_issue|neutral|Acceptez-vous le paiement en 3 fois sans frais ?
    payment_issue|negative|Le code BIENVENUE15 est refusé au moment du paiement, « code invalide ». C'est quand même vous qui me l'avez envoyé par mail hier...
    payment_issue|neutral|Est-il possible de régler par virement bancaire une commande de 1 200 € ?
    payment_issue|negative|Prélèvement de 29,99 € le 14/06 sur mon relevé au nom de votre boutique alors que je n'ai rien commandé ce mois-ci. J'attends une explication.
    payment_issue|neutral|Bonjour, est-ce que vous acceptez Bancontact ? Je ne le vois pas dans les moyens de paiement.
    payment_issue|positive|Bonjour ! Merci pour la jolie carte glissée dans le colis 💕 Par contre je n'ai pas reçu la facture, vous pouvez me l'envoyer à lea.morel@gmail.com ? Merci !
    payment_issue|neutral|PayPal m'indique « paiement en attente » depuis hier pour la commande 88-4471. Dois-je faire quelque chose de mon côté ?
    payment_issue|negative|La facture que vous m'avez envoyée applique une TVA à 20 % alors que nous sommes une société luxembourgeoise avec un numéro de TVA intracommunautaire. Ce n'est pas la première fois, merci de corriger enfin.
    payment_issue|positive|Super, le paiement en 4 fois m'a bien dépannée, merci ! Juste une question : la 2e échéance sera prélevée à quelle date ?
    account_issue|negative|Impossible de me connecter, on me dit « mot de passe incorrect » alors que je viens de le réinitialiser. Ça commence à bien faire.
    account_issue|neutral|Bonjour, je souhaite changer l'adresse e-mail de mon compte : ancienne claire.b@orange.fr, nouvelle claire.bertin@proton.me. Merci.
    account_issue|neutral|Merci de supprimer mon compte ainsi que l'ensemble de mes données personnelles, conformément au RGPD.
    account_issue|negative|3e fois que je me désinscris de votre newsletter et je reçois toujours 2 mails par jour. Stop.
    account_issue|neutral|jai pas recu le mail pour reinitialiser le mot de passe, vous pouvez le renvoyer svp
    account_issue|negative|Quelqu'un a modifié l'adresse e-mail de mon compte sans mon accord et je ne peux plus y accéder. Je suis très inquiet, ma carte est enregistrée dessus.
    account_issue|positive|Bonjour, fidèle cliente depuis des années et toujours ravie ! Je voudrais simplement fusionner mes deux comptes (un avec mon adresse perso, un avec celle du bureau). C'est faisable ?
    account_issue|neutral|Allô, comment je fais pour changer mon numéro de téléphone dans mon profil? L'ancien c'est le 514 555-0142.
    account_issue|negative|Mon compte a été bloqué « pour activité suspecte » sans la moindre explication. J'ai 340 points de fidélité dessus, je trouve le procédé assez cavalier.
    account_issue|neutral|Je voudrais obtenir une copie des données personnelles que vous détenez sur moi. Quelle est la démarche ?
    account_issue|negative|Mon mari et moi partageons le même compte et il voit tout mon historique. J'ai demandé un compte séparé il y a 10 jours, toujours rien. Un peu déçue du suivi.
    account_issue|positive|Coucou ! Je me suis désabonnée de la newsletter par erreur 😅 Comment je me réabonne ? Vos mails me manquent déjà !
    technical_issue|negative|Le bouton « Valider ma commande » ne fait rien du tout, j'ai cliqué 10 fois. Sur Chrome et sur Firefox. Vous voulez vendre ou pas ?
    technical_issue|neutral|Bonjour, la page produit de la table Oslo affiche une erreur 500 depuis ce matin.
    technical_issue|negative|l'appli plante a chaque fois que j'ouvre le panier, iphone 13 ios 17. inutilisable
    technical_issue|neutral|Sur mobile, le menu déroulant des tailles ne s'ouvre pas. Je suis sur Android, navigateur Samsung Internet.
    technical_issue|negative|Votre site met 30 secondes à charger chaque page, c'est insupportable. On n'est plus en 2005 quand même.
    technical_issue|neutral|Les photos des produits ne s'affichent plus dans l'application, il n'y a que des carrés gris.
    technical_issue|positive|Bonjour ! Petite remarque bienveillante : la barre de recherche renvoie « aucun résultat » quand on tape « théière », alors que vous en vendez de superbes 😄 Merci pour tout votre travail !
    technical_issue|negative|Depuis la mise à jour, impossible d'ouvrir l'appli : écran blanc puis fermeture. Désinstallée, réinstallée, même résultat. Bravo...
    technical_issue|neutral|Bonjour, quand je passe le site en allemand, toutes les pages renvoient vers une erreur 404. Pouvez-vous regarder ?
    technical_issue|neutral|Message « Une erreur inattendue s'est produite (code E-4012) » quand j'ajoute un article au panier.
    technical_issue|negative|Je tape mon code postal et le formulaire me répond « champ invalide ». Mon code postal c'est 97400, La Réunion, ça existe ! Super frustrant.
    technical_issue|positive|Nouvelle appli très jolie, bravo ! Par contre le bouton favoris ne répond pas chez moi (Pixel 7), je vous le signale au cas où 🙂
    general_inquiry|neutral|Livrez-vous en Belgique et au Luxembourg ? Quels sont les frais ?
    general_inquiry|neutral|Quels sont les horaires de la boutique de Bordeaux le dimanche ?
    general_inquiry|neutral|Est-ce que le canapé Milo en velours vert sera de nouveau disponible bientôt ?
    general_inquiry|positive|Je voudrais offrir une carte cadeau de 50 € à ma meilleure amie pour ses 30 ans, elle adore votre marque ! Est-ce qu'elle pourra l'utiliser en boutique aussi ?
    general_inquiry|neutral|bjr vous avez un magasin vers Lille ou c'est que en ligne
    general_inquiry|neutral|Comment fonctionne votre programme de fidélité ? Combien de points pour 1 € dépensé ?
    general_inquiry|negative|Ça fait 2 mois que la pointure 42 des baskets Runa est « bientôt disponible ». Vous comptez la remettre en stock un jour ?
    general_inquiry|positive|Bonjour, je découvre votre boutique et tout est magnifique ! Proposez-vous la livraison express ? C'est pour un anniversaire samedi.
    general_inquiry|neutral|Bonjour, est-ce que vous expédiez au Québec? Pis les frais de douane, c'est inclus ou pas?
    general_inquiry|negative|15 € de frais de port pour la Corse, sérieusement ? Il y a une raison ou c'est juste parce que vous pouvez ?
    general_inquiry|neutral|La carte cadeau a-t-elle une date d'expiration ?
    general_inquiry|positive|Vos produits sont-ils fabriqués en France ? J'aimerais beaucoup soutenir une marque locale, et vos céramiques me font craquer.
    refund_request|negative|Je veux être remboursé intégralement. Le colis est arrivé avec 3 semaines de retard, le cadeau n'a servi à rien.
    refund_request|neutral|Bonjour, je souhaite retourner la robe Alba (taille S, commande 20318) pour un remboursement. Comment dois-je procéder ?
    refund_request|negative|Annulez ma commande 77410 et remboursez-moi, j'en ai marre d'attendre.
    refund_request|neutral|J'ai renvoyé le colis le 4 avril (suivi Colissimo 6A12345678901), quand vais-je recevoir le remboursement ?
    refund_request|negative|Retour reçu chez vous le 12, toujours pas de remboursement le 30. Si je n'ai rien d'ici vendredi, je fais opposition auprès de ma banque.
    refund_request|negative|rembourser moi svp le casque marche pas et jen ai besoin pour le taf, jai pas le temps dattendre un echange
    refund_request|neutral|Bonjour, j'ai commandé deux fois le même article par erreur (commandes 5521 et 5522). Pouvez-vous annuler la seconde et me rembourser ?
    refund_request|positive|Merci beaucoup pour votre réactivité ! Comme convenu avec Sophie au téléphone, je vous renvoie le fauteuil et j'attends le remboursement des 349 €. Excellente journée !
    refund_request|negative|On m'a remboursé 42 € au lieu de 58 €, les frais de port ont été déduits alors que c'est VOUS qui avez envoyé le mauvais article. Je réclame la différence.
    refund_request|neutral|Bonjour, je n'ai finalement plus besoin du bureau commandé hier. Est-il possible d'annuler et d'être remboursé ? Je vous en remercie d'avance. Bien à vous.
    refund_request|negative|Vous vendez des chaussures « imperméables » qui prennent l'eau à la première flaque. Je les renvoie et j'exige un remboursement, pas un avoir.
    refund_request|positive|Le pantalon est très beau mais vraiment trop grand pour moi, dommage ! J'aimerais le retourner pour être remboursée, vous êtes adorables merci 😊
    other|positive|Juste un petit mot pour vous dire merci, le colis était magnifiquement emballé. Bravo à toute l'équipe !
    other|neutral|Bonjour, je vous adresse ma candidature spontanée pour un poste de préparateur de commandes à l'entrepôt de Chartres. Vous trouverez mon CV en pièce jointe.
    other|neutral|Bonjour, je suis créatrice de contenu lifestyle (45k abonnés sur Instagram) et je souhaiterais vous proposer un partenariat.
    other|negative|Votre pub YouTube passe toutes les 5 minutes, je ne peux plus la voir. Ça donne franchement pas envie d'acheter chez vous.
    other|neutral|Boostez votre référencement ! Première page Google garantie en 30 jours, tarif exceptionnel de 99 €/mois. Répondez OUI pour en savoir plus.
    other|positive|Je suis passée à la boutique de Nantes samedi, la vendeuse (Inès je crois) a été adorable. Vous avez de la chance de l'avoir !
    other|neutral|Test
    other|negative|Votre affiche dans le métro avec la femme en sous-vêtements, c'est d'un goût douteux. Je tenais à vous le dire.
    other|neutral|Bonjour, je suis étudiante en master marketing et je rédige un mémoire sur les marques nées en ligne. Accepteriez-vous de répondre à un court questionnaire ?
    other|positive|Bonne année à toute l'équipe 🎉 Merci pour cette belle année de shopping !
    other|neutral|Je suis fournisseur de cartons recyclés basé à Tours, seriez-vous intéressés par un devis ?
    other|negative|Vous avez mis un sapin de Noël dans votre vitrine le 15 octobre. Sérieusement ? On n'est même pas à Halloween.
    -|positive|Parfait, merci beaucoup !
    -|positive|super merci c top
    -|positive|Génial, vous êtes au top 👍
    -|positive|Merci infiniment pour votre aide, bonne journée !
    -|positive|Ah génial, ça marche maintenant, merci !
    -|positive|Trop bien, merci 🙏
    -|positive|C'est très gentil, merci à vous.
    -|neutral|D'accord.
    -|neutral|ok
    -|neutral|Bien reçu.
    -|neutral|Je vais regarder ça ce soir.
    -|neutral|Le numéro c'est le 48211.
    -|neutral|Oui c'est bien ça.
    -|neutral|Je reviens vers vous demain.
    -|negative|C'est n'importe quoi.
    -|negative|Toujours pas de réponse…
    -|negative|Non, ça ne règle pas du tout mon problème.
    -|negative|vous vous foutez de moi là
    -|negative|Franchement déçue.
    -|negative|C'EST LA TROISIÈME FOIS QUE JE VOUS ÉCRIS
    """

    static let english = """
    order_issue|negative|Order #US-559021 was supposed to arrive before my daughter's birthday on the 9th. It's the 12th. Tracking still says 'label created'. Not happy at all.
    order_issue|neutral|Hi, can I change the shipping address on order 3318-KX? It should go to 4107 Maple Ave, Apt 2B, Columbus OH 43214.
    order_issue|negative|I've received someone else's parcel, a box of dog treats addressed to a Mr Hughes in Leeds. Where is my espresso grinder?
    order_issue|neutral|The tracking number for order 92044 isn't recognised on the Royal Mail site. Could you double check it?
    order_issue|negative|WHERE IS MY ORDER. 3 WEEKS. NO UPDATES. NO REPLY.
    order_issue|neutral|Dear team, kindly update me on the delivery status of my order no. 100782. It is showing out for delivery since yesterday but not received till now.
    order_issue|positive|Hey! Loving the pre-order perks 😄 Quick one, any ETA on when the Nimbus backpacks ship? Order 7720. Thanks heaps!
    order_issue|negative|My parcel turned up with only three of the four mugs from the Harvest set inside. A bit disappointing for something I bought as a gift.
    order_issue|neutral|Hello, I ordered the Harbor rain jacket in navy but the confirmation email says charcoal. Can you confirm which colour will be shipped? Order 20-3391.
    order_issue|negative|Love how my package has been 'in transit' in Memphis for 11 days. Really great system you've got there.
    order_issue|neutral|Hello, I will be on holiday from 2 to 16 august, is it possible to hold my order until I come back? Number is 66391.
    order_issue|positive|Thank you so much for the speedy shipping, you guys are great! Just wondering if the second box of order 44-190 is coming separately, since only one showed up today.
    product_issue|negative|The Aurora desk lamp starts flickering after about ten minutes of use. Tried two different outlets. Pretty frustrating for a $79 lamp.
    product_issue|neutral|How do I pair the Echoes wireless earbuds with a Windows laptop? The manual only covers phones.
    product_issue|neutral|I'm 5'10 and about 170 lbs, would a medium or a large fit better in the Trailblazer fleece?
    product_issue|negative|The 'solid oak' side table I received is clearly veneer over particle board. That is not what your listing says.
    product_issue|negative|The kettle's lid won't stay shut, so it never switches itself off. Rather worrying, to be honest.
    product_issue|neutral|Is the Driftwood cutting board dishwasher safe? There's nothing about it on the packaging.
    product_issue|positive|Absolutely obsessed with the Verde planter! Does it have a drainage hole or should I use an inner pot?
    product_issue|negative|The shoes I receive has one shoe bigger than the other one, I check the label and both say 41. Very strange and not good.
    product_issue|neutral|The hiking poles came with a small rubber piece in a bag, no idea where it goes. What's it for?
    product_issue|negative|Third wash and the print on the kids' dinosaur t-shirt is already peeling off. Meh.
    product_issue|neutral|Sir, the pressure cooker gasket is little loose and whistle is not coming properly. Please guide how to fix.
    product_issue|positive|My Juniper blender arrived and it's brilliant, thank you! What's the best setting for nut butter? Don't want to burn the motor out 😅
    payment_issue|negative|I was charged $212.40 twice for order 58812. That's rent money. Please sort this out today.
    payment_issue|neutral|Could you send me a VAT invoice for order 11-7043? Company name: Brightwell Ltd, VAT GB 123 4567 89.
    payment_issue|negative|My Visa keeps getting declined at checkout but my bank says there's no block on their side. So what's the problem?
    payment_issue|neutral|Do you take Klarna or Afterpay?
    payment_issue|negative|Promo code SPRING20 says 'not applicable to items in your cart'. Nothing in the terms says it excludes anything. Feels like bait and switch.
    payment_issue|neutral|Hi, I paid for my order with PayPal but the payment still shows as pending after 48 hours. Is that normal?
    payment_issue|negative|There's a £14.99 charge from your company on my statement every month. I never signed up for any subscription. Explain, please.
    payment_issue|neutral|Kindly let me know if UPI payment option is available for orders shipped to India.
    payment_issue|positive|Thanks for the super quick help earlier! One more thing, could you reissue the invoice with my billing address instead of the shipping one? 19 Ashgrove Road, Bristol BS6 7AL. Cheers!
    payment_issue|neutral|Can I split the payment between a gift card and my Mastercard?
    payment_issue|negative|My card is in euros and you charged me in dollars with an awful conversion rate. Nobody mentioned that at checkout. Not impressed.
    payment_issue|positive|Just used my student discount, love that you offer it! Small question though: can it be combined with the free shipping code? Thanks!
    account_issue|negative|I've reset my password four times and it still says 'invalid credentials'. Getting really tired of this.
    account_issue|neutral|Please update the email on my account from mark.t.ellis@yahoo.com to m.ellis@fastmail.com.
    account_issue|neutral|I'd like my account and all associated personal data deleted. Please confirm once done.
    account_issue|negative|Unsubscribe me. I've clicked the link at the bottom of your emails three times and I'm still getting them daily.
    account_issue|neutral|Never got the verification email after signing up. Can you resend it to jpark88@gmail.com?
    account_issue|negative|Someone logged into my account from an unknown device and changed my password. I did NOT do this. How is your security this bad?
    account_issue|positive|Hi there! Huge fan of your shop. I got married last month 🎉 so I'd love to update my last name on my account from Rivera to Chen. How do I do that?
    account_issue|neutral|How do I turn off two-factor authentication? I got a new phone and the codes keep going to my old number.
    account_issue|negative|My account got locked after I typed my password wrong twice. Twice! And now I have to wait 24 hours? Ridiculous.
    account_issue|neutral|Under GDPR I am requesting a copy of all personal data you hold about me.
    account_issue|negative|I cannot to login since one week, always it say account not exist, but I have orders with this account before. Please help, I am worry about my points.
    account_issue|positive|Thanks for the lovely welcome email! Quick question, can I change my username? I picked a silly one at 2am 😂
    technical_issue|negative|Your checkout page just spins forever after I hit 'Place order'. Tried Safari and Chrome. Lost 40 minutes of my evening.
    technical_issue|neutral|The size guide link on your product pages leads to a 404.
    technical_issue|negative|App crashes every single time I try to open my order history. Samsung S22, latest version. Useless.
    technical_issue|neutral|The 'Add to cart' button is greyed out on the Cobalt sneakers page even though the sizes show as in stock.
    technical_issue|negative|Your website has kicked me back to the start of checkout three times now. Not ideal when I'm trying to give you money.
    technical_issue|neutral|Getting 'Something went wrong (ERR_502)' when I load the homepage on mobile data. Works fine on wifi.
    technical_issue|positive|Love the redesign! FYI the dark mode makes the price text invisible on product pages. Thought you'd want to know 🙂
    technical_issue|negative|The filters in the women's section don't work at all. I select 'size 8' and get everything from XS to 3XL. What's the point?
    technical_issue|neutral|Hello team, the images in the product gallery are not loading on your website since morning, only the alt text is showing. Please check.
    technical_issue|neutral|The app won't let me attach a photo to my review, it just says 'upload failed'. iPad Air, iPadOS 17.4.
    technical_issue|negative|Every time I click on a product your site throws me back to the homepage. Whoever built this should be embarrassed.
    technical_issue|positive|Great app overall, really slick! Just a heads-up that the barcode scanner freezes on my iPhone 12. Keep up the good work though!
    general_inquiry|neutral|Do you ship to New Zealand? And roughly how long does it take?
    general_inquiry|neutral|What are the opening hours of the Manchester store on bank holidays?
    general_inquiry|neutral|Will the Sierra tent in the 4-person size be restocked before July?
    general_inquiry|positive|Your shop is my go-to for gifts! Do your e-gift cards come with a personalised message option?
    general_inquiry|neutral|Is there a physical store in Chicago or are you online only?
    general_inquiry|neutral|How does the rewards program work? Do points expire?
    general_inquiry|negative|Why is shipping to Alaska $45 when it's free to the rest of the US? Seems excessive.
    general_inquiry|positive|Just found you on Instagram and I'm in love with everything 😍 Do you offer free shipping on first orders?
    general_inquiry|neutral|Do you deliver to Bangalore? What will be the customs duty approximately?
    general_inquiry|negative|I've had a back-in-stock alert on the Onyx watch strap for two months and it never comes back. Is it discontinued or what?
    general_inquiry|neutral|Do you do student discounts?
    general_inquiry|positive|Planning a big family order for Christmas, so excited! What's the last day to order for delivery by the 24th in the UK?
    refund_request|negative|I want a full refund for order 40918. The couch arrived two months late and in the wrong colour. Done with this.
    refund_request|neutral|Hi, I'd like to return the Maris sunglasses for a refund. They're unworn and still in the case. What's the process?
    refund_request|negative|Cancel my order and refund me. I ordered 10 days ago and it hasn't even shipped.
    refund_request|neutral|I sent the return back on 3 March (UPS 1Z999AA10123456784). When should I expect the refund to reach my account?
    refund_request|negative|Your 'hassle-free returns' are anything but. I returned the jacket 5 weeks ago and still no money. I'll be filing a chargeback if this isn't resolved by Friday.
    refund_request|negative|refund pls. the phone case cracked day 1 and i dont want a replacement
    refund_request|neutral|I wish to cancel order number 55609 and request refund to original payment method. Kindly do the needful.
    refund_request|positive|Thanks so much Jenna for your help on chat! As discussed, I've shipped the rug back and will wait for the $189 refund. You've been great.
    refund_request|negative|You refunded me $30 instead of $45, the shipping wasn't included even though the item was faulty. I want the rest.
    refund_request|neutral|One item in my order was cancelled because it was out of stock. Will I be refunded for it automatically or do I need to request it?
    refund_request|negative|Frankly I expected better. The duvet smelt of damp straight out of the packaging. I'd like my money back, please, not store credit.
    refund_request|positive|The dress is gorgeous but sadly just not my colour! Could I return it for a refund? Thanks a million, lovely service as always.
    other|positive|No question, just wanted to say the handwritten note in my parcel made my day. Thank you!
    other|neutral|Hello, I'm applying for the warehouse associate position listed on Indeed. Please find my CV attached.
    other|neutral|Hi, I run a small YouTube channel about home coffee brewing (28k subs) and would love to discuss a collaboration.
    other|negative|Your Facebook ads keep following me around after I already bought the exact item. Stop wasting your money and my feed.
    other|neutral|CONGRATULATIONS! Your domain is eligible for a free SEO audit. Click here to claim before it expires!
    other|positive|Shoutout to Marcus at the Dublin store, he went above and beyond finding my size. Legend.
    other|neutral|Is this the right address for press enquiries? I'm a journalist at a local paper writing a piece on independent retailers.
    other|negative|The radio ad you're running with that jingle is unbearable. I switch stations every time.
    other|neutral|hello
    other|positive|Happy holidays to the whole team! Thanks for another great year.
    other|neutral|We're a packaging supplier based in Rotterdam and would like to send you our catalogue of eco-friendly mailers.
    other|negative|Your billboard on the M4 has a spelling mistake in it. Bit embarrassing for a brand that sells stationery.
    -|positive|Brilliant, cheers!
    -|positive|Thank you so much, you've been really helpful!
    -|positive|perfect thx :)
    -|positive|Awesome, that worked!
    -|positive|You're a star, thanks.
    -|positive|Great news, thank you!
    -|positive|Much appreciated 🙏
    -|neutral|Okay.
    -|neutral|Sure, I'll wait.
    -|neutral|The order number is 30-11872.
    -|neutral|Yes, that's the one.
    -|neutral|Got it.
    -|neutral|I'll check and get back to you.
    -|neutral|It was sent to my Gmail address.
    -|negative|Still nothing.
    -|negative|That doesn't help at all.
    -|negative|Unbelievable. Seriously.
    -|negative|Are you even reading my messages?
    -|negative|NO. THAT IS NOT WHAT I ASKED.
    -|negative|Well, that's disappointing.
    """
}
