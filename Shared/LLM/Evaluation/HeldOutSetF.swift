// Blind run, the one and only (2026-11-29 14:54 UTC), after the generalisation step was finished (a fifth training
// batch of ~700 new varied sentences, L2 3e-4, sentiment calibration: waiting times/repetitions/`??` as frustration,
// a smaller complaint prior for website glitches, lexicon coverage, prize spam neutral; all tuned on development
// sets A-E and cross-validation, never on this set). Debug build of `commerce-bench llm-eval --set f --skip-latency`,
// training examples 2398, heldout_overlap 0. Accuracy lines only (its errors and confusion matrices were not looked at):
//   intent    fr 0.917 (88/96)    en 0.885 (85/96)     -> target 0.90 met in French, missed in English
//   sentiment fr 0.821 (92/112)   en 0.830 (93/112)    -> target 0.85 missed in both languages
//   language  fr 1.000            en 1.000
// Same engine on the development sets (not blind): A-D intent fr 0.931, en 0.931, sentiment fr 0.931, en 0.926;
// E intent fr 0.917, en 0.823, sentiment fr 0.911, en 0.839.
//
// Became a development set on 2026-11-29 after its one blind run: its errors were studied during the next
// generalisation step (sentiment rules and lexicon families, corpus boundaries), so its figures are optimistic since.
//
// Sixth held-out set, written blind on Sun Nov 29 14:10:20 UTC 2026 without reading the engine, the training
// corpus, the lexicon or the other held-out sets. French and English halves written independently (the English
// half is NOT a translation of the French one). Its errors are not to be looked at while tuning.
// `intent|sentiment|text` (`-` = sentiment-only). 96 intent lines (12 per intent) + 16 sentiment-only lines per language.
enum HeldOutSetF {
    static let french = """
    order_issue|negative|Ma commande n°FR-48213 devait arriver mardi et toujours rien, c'est la deuxième fois que ça arrive avec vous.
    order_issue|neutral|Bonjour, pourriez-vous me donner le numéro de suivi de ma commande 77120 ? Merci.
    order_issue|negative|J'ai reçu un pull bleu taille M alors que j'avais commandé le vert en L. Franchement pas sérieux.
    order_issue|negative|colis arrivé complètement écrasé, le vase est en morceaux
    order_issue|neutral|Est-il encore possible de modifier l'adresse de livraison de ma commande passée ce matin ?
    order_issue|neutral|Le suivi indique « livré » mais je n'ai rien dans ma boîte aux lettres. Pouvez-vous vérifier auprès du transporteur ?
    order_issue|positive|Merci pour votre réactivité habituelle ! Petite question : je voudrais ajouter un deuxième mug à la commande 55901 si elle n'est pas encore partie.
    order_issue|negative|ca fait 3 semaines que j attends mon colis, le suivi bouge plus depuis le 12, c est inadmissible
    order_issue|neutral|Il manque un article dans mon colis : j'ai bien les chaussettes mais pas le bonnet commandé avec.
    order_issue|negative|Madame, Monsieur, je constate avec regret que ma commande n° 2024-11873 d'un montant de 189,90 € n'a toujours pas été expédiée malgré la mention « en stock » lors de l'achat. Je vous remercie de m'indiquer un délai précis.
    order_issue|neutral|où en est ma commande svp ?
    order_issue|positive|Bonjour ! Je viens de passer commande (n° 66410) et je réalise que j'ai mis mon ancienne adresse, vous pouvez la corriger ? Merci d'avance, vous êtes top
    product_issue|negative|La bouilloire électrique reçue fuit par le bas dès la première utilisation. Très déçue.
    product_issue|neutral|Comment on réinitialise la montre connectée Vexa S2 ? Le manuel n'en parle pas.
    product_issue|negative|La couleur du canapé n'a rien à voir avec les photos du site, c'est gris souris pas bleu canard !!
    product_issue|neutral|Le guide des tailles indique 42 mais les baskets Trail Runner que j'ai reçues me serrent énormément, elles taillent petit ?
    product_issue|negative|le chargeur fourni avec la tablette ne marche pas, elle charge pas du tout
    product_issue|neutral|Bonjour, la coque achetée pour mon iPhone 13 ne laisse pas passer l'objectif photo, est-ce bien le bon modèle ?
    product_issue|positive|J'adore mon nouvel aspirateur, vraiment ! Juste une question : à quelle fréquence faut-il nettoyer le filtre ?
    product_issue|negative|Deuxième machine à café défectueuse en un mois. Celle de remplacement fait exactement le même bruit bizarre et ne chauffe pas.
    product_issue|neutral|La notice de montage de l'étagère Kolma est uniquement en suédois, auriez-vous une version française ?
    product_issue|negative|La description parlait de coton bio 100 % et l'étiquette dit 60 % polyester. C'est de la publicité mensongère.
    product_issue|neutral|Les écouteurs BT-40 ne se connectent pas à mon PC sous Windows 11, il y a un pilote à installer ?
    product_issue|positive|Merci pour le conseil de l'autre jour, le robot pâtissier est génial. Par contre le fouet plat frotte un peu contre le bol, il y a un réglage ?
    payment_issue|negative|On m'a débité deux fois 64,50 € pour la même commande ! Je veux une explication rapidement.
    payment_issue|neutral|Ma carte est refusée au moment du paiement alors qu'elle fonctionne partout ailleurs. Une idée ?
    payment_issue|neutral|Bonjour, la facture de la commande 30982 est au nom de mon ancienne société, pourriez-vous la refaire au nom de SARL Dumont Bois ?
    payment_issue|negative|le code promo BIENVENUE10 marche pas au paiement, il dit code invalide alors que je viens de le recevoir par mail
    payment_issue|negative|Paiement refusé trois fois de suite par PayPal et pourtant l'argent a bien été prélevé sur mon compte. Je fais quoi moi ?
    payment_issue|neutral|Le paiement en 3 fois a été refusé alors que je remplis toutes les conditions, pourquoi ?
    payment_issue|positive|Merci pour la livraison rapide ! Juste un détail : la TVA n'apparaît pas sur la facture, j'en ai besoin pour ma comptabilité.
    payment_issue|negative|Vous m'avez facturé la livraison express (9,90 €) alors que j'avais choisi la livraison standard gratuite.
    payment_issue|neutral|paiement echoue erreur 3D secure, je recois jamais le sms de validation de ma banque
    payment_issue|negative|Ça fait trois fois que j'essaie de payer avec ma Visa et le paiement est refusé à chaque fois. J'en ai marre, je vais acheter ailleurs.
    payment_issue|neutral|Le montant prélevé (87,20 €) ne correspond pas au total affiché dans mon panier (79,20 €). Pouvez-vous m'expliquer la différence ?
    payment_issue|positive|Bonjour et merci pour votre super service ! Ma remise de 15 % ne s'est pas appliquée au moment de payer ma dernière commande, vous pouvez regarder ?
    account_issue|neutral|Je n'arrive pas à me connecter à mon compte, je pense avoir oublié mon mot de passe.
    account_issue|negative|Le lien de réinitialisation du mot de passe est expiré à chaque fois que je clique dessus, c'est pénible.
    account_issue|neutral|Bonjour, je souhaite changer l'adresse e-mail de mon compte : remplacer j.martin@orange.fr par julie.martin@gmail.com.
    account_issue|negative|Je vous demande pour la troisième fois de supprimer mon compte et toutes mes données. Conformément au RGPD, vous avez un mois pour répondre.
    account_issue|neutral|comment je fais pour me désinscrire de la newsletter ?
    account_issue|negative|Je reçois encore 4 mails promo par jour alors que je me suis désabonnée il y a deux semaines. Stop !
    account_issue|neutral|Pourriez-vous m'envoyer une copie des données personnelles que vous détenez sur moi ?
    account_issue|positive|Merci pour l'aide d'hier ! J'ai pu récupérer mon compte. Dernière chose : comment activer la double authentification ?
    account_issue|negative|Mon compte a été bloqué sans raison après quelques tentatives et je ne peux plus accéder à mes commandes en cours.
    account_issue|neutral|Je voudrais fusionner mes deux comptes client, un avec mon adresse pro et l'autre avec la perso.
    account_issue|neutral|slt jai cree un compte mais jai jamais recu le mail de confirmation
    account_issue|positive|Bonjour, je suis ravie de mes achats ! Je voudrais modifier mon numéro de téléphone dans mon profil, où est-ce que je peux le faire ?
    technical_issue|negative|Votre site plante à chaque fois que j'essaie d'ajouter un article au panier. Impossible de commander.
    technical_issue|neutral|La page de paiement reste blanche sur Safari, ça marche par contre sur Chrome.
    technical_issue|negative|l'appli crash dès que j'ouvre l'onglet Mes commandes, ça fait une semaine
    technical_issue|neutral|Je ne reçois plus les notifications de l'application depuis la dernière mise à jour (Android 14).
    technical_issue|negative|Erreur 500 sur toutes les fiches produits depuis ce matin. Vous êtes au courant ?
    technical_issue|neutral|Le filtre par taille ne fonctionne pas dans la catégorie chaussures, il affiche toujours tous les modèles.
    technical_issue|positive|J'adore la nouvelle version de l'appli, bravo ! Petit bug quand même : le bouton favoris ne réagit pas sur iPad.
    technical_issue|negative|Ça fait une heure que j'essaie de valider mon panier, la page tourne dans le vide. Je laisse tomber.
    technical_issue|neutral|Bonjour, la barre de recherche renvoie « aucun résultat » même pour des produits que je vois sur la page d'accueil.
    technical_issue|negative|Les images ne s'affichent plus sur le site depuis hier, on ne voit que des carrés gris. Pas terrible pour choisir un cadeau.
    technical_issue|neutral|le site met super longtemps a charger sur mobile, c normal ?
    technical_issue|positive|Merci pour la correction rapide du bug de la semaine dernière ! Par contre maintenant la page Mon panier affiche les prix en dollars au lieu d'euros.
    general_inquiry|neutral|Quels sont les horaires d'ouverture de votre service client ?
    general_inquiry|neutral|Livrez-vous en Suisse et en Belgique ? Si oui, quels sont les frais de port ?
    general_inquiry|neutral|Si j'achète une robe et qu'elle ne me va pas, j'ai combien de temps pour la renvoyer ?
    general_inquiry|positive|Vos bougies sont magnifiques ! Savez-vous quand le parfum Figue et Cèdre sera de nouveau en stock ?
    general_inquiry|neutral|Proposez-vous des cartes cadeaux ? Et peuvent-elles être envoyées directement par e-mail ?
    general_inquiry|neutral|Comment fonctionne votre programme de fidélité, est-ce que les points expirent ?
    general_inquiry|negative|Ça fait deux mois que la taille 38 est en rupture sur toutes vos bottines, vous comptez réassortir un jour ?
    general_inquiry|neutral|bonjour vous avez un magasin physique sur Lyon ?
    general_inquiry|positive|Bonjour, une amie m'a offert une carte cadeau de chez vous, trop contente ! Est-elle utilisable en ligne et en boutique ?
    general_inquiry|neutral|Les frais de retour sont-ils à ma charge ou à la vôtre ?
    general_inquiry|negative|Je trouve assez dommage que vous ne livriez toujours pas les DOM-TOM. C'est prévu ou pas ?
    general_inquiry|neutral|Est-ce que le canapé Alto 2 places existe aussi en velours vert ?
    refund_request|negative|J'ai renvoyé le colis il y a trois semaines et je n'ai toujours pas été remboursée. C'est quoi le problème ?
    refund_request|neutral|Bonjour, je souhaite retourner la veste commandée (réf. 88213) et être remboursé.
    refund_request|negative|Je veux être remboursé intégralement, ce produit est une arnaque et votre service client ne répond jamais.
    refund_request|neutral|Je voudrais annuler ma commande 40512 passée hier et obtenir le remboursement, merci.
    refund_request|neutral|rembourssement pas recu pour la commande 91877, vous pouvez regarder svp
    refund_request|positive|Merci pour votre compréhension au téléphone ! Comme convenu, pouvez-vous procéder au remboursement des 42 € pour le lot de verres cassés ?
    refund_request|negative|Vous m'avez remboursé 30 € au lieu de 54,90 €. Il manque presque la moitié, je veux la différence.
    refund_request|neutral|Je voudrais retourner mon article, comment se passe le remboursement si j'ai payé avec une carte cadeau ?
    refund_request|negative|Le remboursement promis « sous 5 jours ouvrés » date de plus d'un mois. Je vais contacter ma banque si rien ne bouge.
    refund_request|neutral|Le colis n'est jamais arrivé et le transporteur l'a déclaré perdu. Je préfère être remboursée plutôt qu'un nouvel envoi.
    refund_request|positive|Bonjour, service top comme d'habitude ! Je retourne simplement les chaussures trop grandes, vous pouvez me rembourser sur ma carte ?
    refund_request|negative|annulation demandée le jour même et vous avez quand meme expedié + debité. je veux mon argent
    other|positive|Je voulais juste vous dire que votre équipe est formidable, merci pour tout !
    other|neutral|Bonjour, je vous transmets ma candidature spontanée pour un poste de préparateur de commandes à votre entrepôt de Lille.
    other|neutral|Nous sommes une agence de marketing d'influence et souhaiterions vous proposer un partenariat. Qui faut-il contacter ?
    other|neutral|FÉLICITATIONS ! Vous avez été sélectionné pour gagner un iPhone 15, cliquez ici pour réclamer votre prix.
    other|positive|Trop bien le petit mot manuscrit dans le colis, ça fait plaisir 😊
    other|neutral|Je cherche un stage de fin d'études en logistique, acceptez-vous des stagiaires ?
    other|negative|Vos pubs sur YouTube sont beaucoup trop fréquentes, c'est insupportable.
    other|neutral|Bonjour, je suis étudiant en école de commerce et je fais un mémoire sur le e-commerce. Accepteriez-vous de répondre à un questionnaire ?
    other|positive|Bravo pour votre engagement sur les emballages recyclables, c'est rare et ça mérite d'être souligné.
    other|neutral|Ceci est un test.
    other|neutral|Il fait beau chez vous aujourd'hui ? Ici il pleut depuis trois jours.
    other|negative|Je trouve honteux que vous sponsorisiez cette émission de télé, je ne suis pas d'accord du tout.
    -|positive|Merci beaucoup, vraiment !
    -|positive|Parfait, c'est réglé, merci pour votre aide.
    -|positive|Génial, vous êtes au top 👍
    -|positive|merci bcp c trop gentil
    -|positive|Un grand merci à Sophie pour sa patience, service impeccable.
    -|neutral|D'accord, je note.
    -|neutral|Ok, j'attends votre retour.
    -|neutral|C'est bien reçu.
    -|neutral|Je vous tiens au courant.
    -|neutral|Entendu, je regarderai demain.
    -|neutral|Voici le numéro demandé : 2024-55031.
    -|negative|C'est tout simplement inadmissible.
    -|negative|Toujours aucune réponse, je suis très déçu.
    -|negative|Vous vous moquez de moi ??
    -|negative|Nul, service client inexistant.
    -|negative|j'en ai vraiment marre de vos excuses
    """

    static let english = """
    order_issue|negative|My order #US-30418 was supposed to arrive last Friday and tracking hasn't updated in 6 days. What is going on?
    order_issue|neutral|Hi, can you tell me when order 58221 will ship?
    order_issue|negative|Got the box today but it's the wrong blender. I ordered the PowerMix 600 and you sent some cheap hand mixer.
    order_issue|negative|The package showed up soaked and the cardboard was torn open, half the items are ruined.
    order_issue|neutral|I need to change the shipping address on my order since I'm moving next week. Order number is 71934.
    order_issue|neutral|Tracking says delivered to the mailroom but our building doesn't have a mailroom. Could you check with the courier?
    order_issue|positive|Love your store! Quick one: could I add a second pack of filters to order 40213 before it ships? Thanks so much!
    order_issue|negative|where is my stuff?? 2 weeks and nothing
    order_issue|neutral|One of the three candles from my order is missing from the box, even though the packing slip lists all three.
    order_issue|negative|Dear Sir or Madam, I placed order 2024-90077 ($212.40) on March 3rd with guaranteed 2-day delivery. It is now March 12th and the item has not arrived. I expect an explanation and a firm delivery date.
    order_issue|neutral|Is it possible to switch my order from standard to express shipping?
    order_issue|positive|Thanks for the quick dispatch! Just noticed I typed my apartment number wrong (should be 4B not 48), can you fix it on order 66702?
    product_issue|negative|The zipper on the backpack broke the second time I used it. Really disappointing for an $89 bag.
    product_issue|neutral|How do I pair the Aura speaker with a second one for stereo mode?
    product_issue|negative|The rug looks nothing like the photos, it's way thinner and the colour is more brown than rust.
    product_issue|neutral|The jeans I received in a 32 feel more like a 30. Do they run small?
    product_issue|negative|screen on the tablet has a dead pixel line right across the middle, brand new out of the box
    product_issue|neutral|The replacement lens cap I bought doesn't fit my Canon 50mm, is there a different size I need?
    product_issue|positive|Absolutely loving the air fryer! Is it safe to put the basket in the dishwasher though?
    product_issue|negative|Your listing says the charger supports fast charging but my Pixel 8 charges slower than with my old one. Misleading.
    product_issue|neutral|The smart plug won't connect to my 5GHz Wi-Fi network. Is it 2.4GHz only?
    product_issue|negative|Third pair of these headphones and the left earbud cuts out again. Not buying this brand anymore.
    product_issue|neutral|I received the desk lamp but there's nothing saying which bulb type to use. What wattage is safe?
    product_issue|positive|Great coffee grinder, thanks! The grind setting dial feels stiff though, is that normal for a new one?
    payment_issue|negative|You charged my card twice for the same order, $54.99 each time. Fix this now please.
    payment_issue|neutral|My Mastercard keeps getting declined at checkout even though my bank says there's no problem.
    payment_issue|neutral|Could you send me an invoice with my company name and VAT number? Order 33190.
    payment_issue|negative|The discount code SPRING20 says expired at checkout but your email said it's valid until the end of the month.
    payment_issue|neutral|Payment failed but I can see a pending charge of £38.00 on my account. Will it go through or be released?
    payment_issue|negative|Why was I charged $12 for shipping when the site said free shipping over $50? My total was $63.
    payment_issue|positive|Thanks for the fast delivery! One small thing, the invoice lists the wrong billing address, could you update it?
    payment_issue|neutral|apple pay not going through, tried 3 times
    payment_issue|negative|I've been billed for a subscription I cancelled in January. That's three months of charges I never agreed to.
    payment_issue|neutral|Can I split the payment between a gift card and my credit card? Checkout only lets me use one.
    payment_issue|negative|Card declined, card declined, card declined. I have plenty of funds. This is ridiculous.
    payment_issue|positive|Hi team, big fan of your shop! The student discount didn't apply when I paid for order 80452, could you take a look?
    account_issue|neutral|I forgot my password and the reset email never arrives. My email is mark.obrien@outlook.com.
    account_issue|negative|Locked out of my account AGAIN. This is the third time this month.
    account_issue|neutral|How do I update the email address on my account?
    account_issue|neutral|Please delete my account and all the personal data associated with it.
    account_issue|negative|I unsubscribed from your emails twice and I'm still getting them every single day. Stop spamming me.
    account_issue|neutral|Can I change my username? I made a typo when I signed up.
    account_issue|positive|Thanks for sorting out my login yesterday! Could you also switch my newsletter to monthly instead of weekly?
    account_issue|neutral|I'd like a copy of all the personal information you hold about me under GDPR.
    account_issue|negative|Someone changed the password on my account and placed an order I didn't make. I'm really worried.
    account_issue|neutral|signed up with facebook, now i want to log in with email instead. how?
    account_issue|positive|Hi! Just got married and would love to update my last name on my account, how do I do that?
    account_issue|negative|Your password rules are absurd, I've tried 10 passwords and none of them are accepted.
    technical_issue|negative|The app crashes every time I try to open my cart. Reinstalled it twice, still crashing.
    technical_issue|neutral|The checkout page won't load on Firefox, it just spins forever.
    technical_issue|negative|Getting a 404 error on every product link in your newsletter. Kind of defeats the purpose.
    technical_issue|neutral|I'm not getting push notifications for shipping updates anymore. iPhone 14, iOS 17.
    technical_issue|negative|your website is so slow it's unusable, took me 5 min to load one page
    technical_issue|neutral|The size dropdown on the product page is empty, I can't select anything.
    technical_issue|positive|Love the new website design! Just a heads-up, the search bar doesn't work on mobile.
    technical_issue|neutral|When I click Apply on the promo field the whole page refreshes and empties my basket.
    technical_issue|negative|I've tried to place this order four times and every time I get Something went wrong, please try again. Incredibly frustrating.
    technical_issue|neutral|The app logs me out every time I close it. Is that a known bug?
    technical_issue|positive|Great app overall, thanks! Dark mode makes the prices unreadable though, white text on white.
    technical_issue|negative|My wishlist disappears every time I refresh the page. Lost all my saved items.
    general_inquiry|neutral|What time does your customer service close on Saturdays?
    general_inquiry|neutral|Do you ship to Canada? And if so, are there customs fees?
    general_inquiry|neutral|What's your return policy on sale items?
    general_inquiry|positive|Your linen shirts are amazing! Any chance the olive green one will be back in stock in a medium?
    general_inquiry|neutral|Do gift cards expire?
    general_inquiry|neutral|How many points do I need before I can redeem a reward in your loyalty program?
    general_inquiry|negative|Why is everything I want always out of stock? Will the trail shoes in size 10 ever come back?
    general_inquiry|neutral|hey do u guys have a store in Chicago or online only
    general_inquiry|positive|Hi! Buying a birthday present for my sister and would love to know if you do gift wrapping. Thanks!
    general_inquiry|neutral|If I order today, would it arrive before Christmas in the UK?
    general_inquiry|negative|Pretty annoyed that you still don't ship to Alaska. Is that changing anytime soon?
    general_inquiry|neutral|Is the Nordic oak dining table available in a 6-seat version?
    refund_request|negative|I returned the shoes on the 2nd and still haven't seen my refund. It's been almost a month.
    refund_request|neutral|I'd like to return the grey hoodie (order 62018) for a full refund, please.
    refund_request|negative|This product is junk and I want my money back. Not store credit, a real refund.
    refund_request|neutral|Please cancel order 19466 and refund my card, I ordered it by mistake.
    refund_request|neutral|refund status for order 55730?
    refund_request|positive|Thanks for being so understanding about the cracked plates. As discussed, please go ahead and refund the $36.
    refund_request|negative|You only refunded $20 of the $75 I paid. Where's the rest?
    refund_request|neutral|The item arrived broken. I don't want a replacement, just a refund please.
    refund_request|negative|Your website says refunds take 5 business days. It's been 19. I'm about to file a chargeback.
    refund_request|neutral|How do I get refunded for the part of my order that was never delivered?
    refund_request|positive|Lovely quality but sadly too big for me. Could I send it back for a refund? Thanks!
    refund_request|negative|cancelled within 10 min and you still shipped it AND charged me. want my money back asap
    other|positive|Just wanted to say your team is brilliant. No question, just thanks!
    other|neutral|Hello, I'm applying for the warehouse associate position posted on your careers page. My CV is attached.
    other|neutral|We're a YouTube tech channel with 400k subscribers and would love to discuss a sponsorship. Who should I reach out to?
    other|neutral|URGENT: your domain is expiring today, renew now at the link below to avoid losing your site.
    other|positive|The handwritten thank-you card in my parcel made my day. Such a lovely touch!
    other|neutral|Are you guys hiring remote customer support agents?
    other|negative|Your TV ads are so loud and annoying, please tone them down.
    other|neutral|I'm a journalist writing a piece on small online retailers. Would your founder be available for a short interview?
    other|positive|Congrats on your 10th anniversary! Been a customer since the very beginning.
    other|neutral|hello? anyone there?
    other|neutral|Random question but what's the name of the song in your latest Instagram reel?
    other|negative|Honestly disgusted by your latest social media post, very tone deaf.
    -|positive|Thank you so much!
    -|positive|Perfect, that's sorted. Really appreciate it.
    -|positive|You guys are awesome!!
    -|positive|thx a lot, super helpful
    -|positive|Huge thanks to Daniel for going above and beyond.
    -|neutral|Okay, that's noted.
    -|neutral|Got it, I'll wait for your reply.
    -|neutral|Understood, will do.
    -|neutral|I'll check and get back to you.
    -|neutral|Here's the reference you asked for: RMA-20931.
    -|neutral|Sure, tomorrow works.
    -|negative|This is unacceptable.
    -|negative|Still no answer. Very disappointed.
    -|negative|Are you kidding me right now?
    -|negative|Worst customer service ever.
    -|negative|i'm so done with this
    """
}
