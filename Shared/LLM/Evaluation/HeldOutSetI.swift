// Ninth held-out set (I), written blind on Sun Nov 29 18:04:49 UTC 2026 by someone who read nothing but the eight categories, the
// sentiment labels and the format (not the engine, the training corpus, the lexicon or the other held-out sets). French
// and English halves written independently. Scored once, blind, after the fourth generalisation step (the seventh
// corpus batch and the learned sentiment layer), on 2026-11-29 at 19:25 UTC, debug build of
// `commerce-bench llm-eval --set i --skip-latency`, training examples 3544, heldout_overlap 3 (accuracy lines only; its
// errors and confusion matrices were not looked at before this was written):
//   intent    fr 0.948 (91/96)    en 0.927 (89/96)     -> target 0.90 met in both languages
//   sentiment fr 0.836 (97/116)   en 0.845 (98/116)    -> target 0.85 missed by one or two messages in each
//   language  fr 0.991            en 1.000
// `intent|sentiment|text` (`-` = sentiment-only). 96 intent lines (12 per intent) + 20 sentiment-only lines per language.
enum HeldOutSetI {
    static let french = """
    order_issue|negative|colis ??
    order_issue|negative|Ça fait 12 jours que ma commande CMD-2024-889 est marquée "en préparation". Vous comptez l'envoyer un jour ou pas ?
    order_issue|neutral|Serait-il possible de modifier l'adresse de livraison de la commande n° 48213 ? Je déménage samedi et le colis n'est pas encore parti.
    order_issue|negative|le suivi dit livre hier a 14h mais jai rien recu ni dans la boite ni chez les voisins
    order_issue|negative|Super, encore une semaine sans mon colis, vraiment bravo pour la rapidité 👏
    order_issue|neutral|Bonsoir, je voudrais changer de point relais pour ma commande A7Q2291, celui que j'ai choisi est fermé pour travaux jusqu'au 15.
    order_issue|positive|Merci pour la rapidité comme d'habitude ! Par contre dans mon colis il manque le deuxième coussin, j'en avais bien commandé deux (commande 77120).
    order_issue|negative|Madame, Monsieur, j'ai réceptionné ce jour le colis relatif à la commande n° 2024-11-0457. Le carton était éventré et le vase en céramique est arrivé en trois morceaux. Je vous saurais gré de bien vouloir me proposer une solution dans les meilleurs délais.
    order_issue|negative|j'ai reçu un pull taille M bordeaux alors que j'avais pris le vert sapin, on fait comment ? pas très pro tout ça
    order_issue|neutral|Allô, mon numéro de suivi Postes Canada donne rien pantoute, c'est-tu normal? Commande 55031
    order_issue|neutral|Est-il possible de décaler la livraison au créneau de jeudi matin plutôt que mercredi ? Merci d'avance
    order_issue|negative|Je viens vers vous car ma commande passée le 3 mars n'est toujours pas arrivée à Dakar et le transporteur ne décroche pas. Je ne demande pas de remboursement, je veux juste savoir où se trouve mon colis.
    product_issue|negative|La fermeture éclair de la veste achetée il y a 3 semaines a lâché dès le deuxième port. Pour 149 € je m'attendais à mieux.
    product_issue|neutral|comment on nettoie le filtre de la centrifugeuse JX-300 ? la notice est pas claire du tout
    product_issue|neutral|Je n'arrive pas à monter l'étagère Kallo, il semble manquer une étape entre le schéma 4 et le schéma 5. Les vis B vont où exactement ?
    product_issue|negative|depuis que je porte le bracelet en acier que vous m'avez vendu j'ai le poignet tout rouge et ça gratte, c'est normal??
    product_issue|positive|J'adore ma nouvelle bouilloire, vraiment ! Juste une question : le petit voyant bleu doit-il rester allumé après l'ébullition ?
    product_issue|neutral|La coque que j'ai reçue est-elle compatible avec le Galaxy S23 FE ou seulement le S23 classique ? Elle a l'air un peu juste au niveau des boutons.
    product_issue|negative|LES ÉCOUTEURS NE SE CHARGENT PLUS AU BOUT DE 10 JOURS. INADMISSIBLE.
    product_issue|neutral|J'ai pris du 42 comme d'habitude et je suis un peu serré au niveau des orteils. Ces baskets se font-elles à l'usage ou faut-il prendre une pointure au-dessus ?
    product_issue|negative|La poêle antiadhésive commence déjà à s'écailler après un mois alors que je ne l'ai jamais passée au lave-vaisselle. Est-ce un défaut connu ?
    product_issue|neutral|salut la lampe clignote quand je la mets sur la position 2, les autres positions ca va. une idee ?
    product_issue|negative|Franchement la qualité a bien baissé, le t-shirt a rétréci de deux tailles au premier lavage à 30 degrés. Je suis vraiment déçue.
    product_issue|positive|Très contente de la machine à café ☕ mais tous les combien faut-il faire le détartrage ? Merci beaucoup 😊
    refund_request|neutral|remboursement svp commande 33410
    refund_request|negative|J'ai renvoyé le colis le 2 février, vous l'avez reçu le 6 d'après le suivi, et je n'ai toujours pas été remboursée de mes 89,90 €. Ça devient long.
    refund_request|neutral|Je souhaiterais annuler la commande #90112 passée ce matin et être remboursé, je me suis trompé de modèle.
    refund_request|neutral|On m'a prévenu que le robot pâtissier était en rupture de stock. Je préfère être remboursé plutôt qu'attendre, merci de faire le nécessaire.
    refund_request|negative|Ce n'est pas que je tienne absolument à un remboursement, mais vu que le canapé est arrivé avec trois semaines de retard et que je l'ai payé 1 200 €, un geste partiel me semblerait la moindre des choses.
    refund_request|neutral|comment je fais pour retourner la robe et me faire rembourser ? elle ne me va pas
    refund_request|negative|ça fait 3 fois que je demande mon remboursement et à chaque fois on me répond 'sous 5 jours ouvrés'. J'attends toujours. Rendez-moi mon argent.
    refund_request|positive|Merci pour votre réponse rapide ! Du coup je vous renvoie le casque et le remboursement arrive sur ma carte, c'est bien ça ?
    refund_request|neutral|Madame, Monsieur, par la présente je vous informe exercer mon droit de rétractation concernant la commande n° FR-58820 reçue le 12 avril, conformément à l'article L221-18 du Code de la consommation. Je vous remercie de procéder au remboursement intégral, frais de livraison inclus.
    refund_request|negative|Bjr le remboursement de 45 CHF apparait toujours pas sur mon compte PostFinance alors que vous l avez confirme le 10. Ca commence a bien faire
    refund_request|neutral|est ce que je peux être remboursé juste pour un des deux articles ? l'autre je le garde
    refund_request|positive|Bonjour ! Je viens de voir que j'ai bien été remboursé, merci beaucoup. Par contre les frais de port (4,99 €) n'y sont pas, ils sont remboursés aussi ?
    payment_issue|negative|J'ai été débité deux fois de 62,40 € pour la même commande ! Remboursez le doublon svp.
    payment_issue|neutral|Ma carte est refusée au moment de payer alors qu'elle fonctionne partout ailleurs. C'est une Visa de la Banque Populaire.
    payment_issue|negative|le paiement a échoué mais l'argent a quand même été prélevé sur mon compte, et aucune commande dans mon espace. Génial.
    payment_issue|neutral|Le code promo BIENVENUE10 ne s'applique pas dans le panier, il est bien valable jusqu'au 31 ?
    payment_issue|neutral|Pourriez-vous m'établir une facture avec TVA au nom de ma société (SARL Dumas Bâtiment, SIRET 812 345 678 00019) pour la commande 10455 ?
    payment_issue|neutral|je vois le paiement en 3 fois sans frais sur la fiche produit mais l'option n'apparait pas au moment de payer
    payment_issue|negative|Je découvre un prélèvement de 9,99 € chaque mois depuis janvier intitulé "abonnement premium". Je n'ai JAMAIS souscrit à quoi que ce soit !!
    payment_issue|negative|PayPal m'indique que le paiement est en attente depuis 4 jours et ma commande est bloquée. Qu'est-ce qui se passe de votre côté ??
    payment_issue|neutral|J'ai fait un virement de 340 € le 5 mai avec la référence CMD-7781 mais la commande est toujours "en attente de paiement". Pouvez-vous vérifier ?
    payment_issue|negative|on m'a facturé 79 € au lieu de 59 € alors que le prix affiché était bien 59 sur le site, c'est pas sérieux
    payment_issue|positive|Super site et super produits 🙂 Petit souci : Apple Pay ne me propose pas ma carte au moment de valider, du coup je suis bloquée. Vous savez pourquoi ?
    payment_issue|neutral|bonjour, sur la facture il y a une autre adresse que la mienne, pouvez vous la corriger svp
    account_issue|negative|impossible de me connecter, mot de passe incorrect alors que je viens de le réinitialiser 3 fois
    account_issue|neutral|Je ne reçois pas l'e-mail de vérification pour créer mon compte, j'ai pourtant regardé dans les spams.
    account_issue|neutral|J'ai changé de GSM et d'adresse mail, comment je modifie ça sur mon compte s'il vous plaît ?
    account_issue|negative|Quelqu'un s'est connecté à mon compte et a changé mon adresse de livraison !! Je n'ai rien fait. Bloquez mon compte tout de suite.
    account_issue|neutral|Conformément au RGPD, je vous demande la suppression de l'ensemble de mes données personnelles ainsi que la fermeture de mon compte client (adresse : m.lefort@orange.fr).
    account_issue|negative|ARRÊTEZ DE M'ENVOYER VOS NEWSLETTERS, j'ai cliqué sur "se désabonner" deux fois
    account_issue|neutral|mes points fidélité de la commande du 14 n'apparaissent pas sur mon compte, ça prend combien de temps ?
    account_issue|negative|compte bloqué après 3 tentatives, super. je fais comment maintenant
    account_issue|positive|Coucou, j'adore vos produits 💕 je voudrais juste changer mon numéro de natel dans mon profil mais je trouve pas où. Merci d'avance !
    account_issue|negative|J'ai perdu 1 200 points de fidélité du jour au lendemain, mon solde est à 0. C'est du vol ou quoi ?
    account_issue|neutral|Bonjour, je voudrais obtenir une copie des données personnelles que vous détenez sur moi. Comment dois-je procéder ?
    account_issue|positive|Merci pour le lien de réinitialisation, ça a marché ! Est-ce que je peux aussi activer la double authentification sur mon compte ?
    technical_issue|negative|Le bouton "Valider ma commande" ne fait strictement rien. J'ai cliqué 15 fois. Chrome, Windows 11.
    technical_issue|negative|l'appli plante à chaque fois que j'ouvre l'onglet favoris (iPhone 13, iOS 17.4)
    technical_issue|neutral|Les images des produits ne s'affichent pas sur Firefox, juste des carrés gris. Sur Edge ça marche.
    technical_issue|negative|mon panier se vide tout seul dès que je change de page, ça fait 3 fois que je remets tout dedans 😤
    technical_issue|neutral|Erreur 502 Bad Gateway sur la page de paiement depuis environ 20h.
    technical_issue|negative|Votre site est d'une lenteur... 30 secondes pour charger une fiche produit, en 2024, sérieusement ?
    technical_issue|neutral|Sur l'appli Android (Pixel 7), le filtre par taille ne marche pas : je sélectionne 38 et il m'affiche toutes les tailles.
    technical_issue|positive|Petit bug à signaler, rien de grave 🙂 sur mobile le menu déroulant des couleurs passe sous le bandeau cookies et on ne peut pas cliquer. Bonne journée à l'équipe !
    technical_issue|neutral|message "Une erreur inattendue s'est produite (code E-4012)" quand je veux ajouter au panier, c'est quoi ?
    technical_issue|neutral|Depuis la mise à jour de l'application je reste bloqué sur l'écran de chargement avec le logo. J'ai déjà désinstallé et réinstallé. Samsung A54.
    technical_issue|negative|le site bug sur safari, impossible de scroller sur les fiches produits, la page remonte en haut tout le temps. Corrigez ça svp
    technical_issue|negative|votre recherche est nulle, elle renvoie "aucun résultat" même pour "chaussettes" alors que vous en vendez plein
    general_inquiry|neutral|Allo, est-ce que vous livrez au Québec? Pis les frais de douane, c'est-tu moi qui les paye?
    general_inquiry|neutral|Quels sont les horaires du magasin de Lyon Part-Dieu le dimanche ?
    general_inquiry|positive|Je cherche un cadeau pour ma sœur, est-ce que vous faites des cartes cadeaux et sont-elles valables en magasin aussi ? Merci 😊
    general_inquiry|negative|le manteau Alba en taille S sera de nouveau dispo quand ? ça fait un mois qu'il est en rupture
    general_inquiry|neutral|Vos pulls sont-ils fabriqués en Europe ? Et la laine, elle vient d'où ?
    general_inquiry|neutral|Je suis gérante d'une boutique de décoration à Genève et je serais intéressée par un partenariat revendeur. À qui dois-je m'adresser ?
    general_inquiry|neutral|Vous livrez au Cameroun ? Et ça prend combien de temps en général pour Douala ?
    general_inquiry|neutral|Je me demandais si vous recrutiez pour l'été, en entrepôt ou en boutique.
    general_inquiry|negative|C'est quand même dommage que vous ne livriez toujours pas en Suisse, ça fait deux ans qu'on vous le demande. Toujours rien de prévu ?
    general_inquiry|neutral|Comment fonctionne votre programme de fidélité ? Combien de points pour 1 € dépensé ?
    general_inquiry|neutral|slt vous avez un guide des tailles pour les jeans homme ? je fais 1m85 80kg
    general_inquiry|positive|Trop hâte de voir la collection d'hiver ! Elle sort quand exactement ? 😍
    other|positive|Juste un petit mot pour dire que votre conseillère Inès a été adorable au téléphone hier. Bravo à elle !
    other|neutral|test
    other|neutral|Excusez-moi, je crois que je me suis trompée de destinataire, ce message était pour ma banque. Désolée !
    other|negative|Votre livreur s'est encore garé sur le trottoir devant l'école ce matin, les enfants devaient passer sur la route. C'est dangereux.
    other|negative|Votre pub qui passe en boucle sur YouTube est insupportable, franchement.
    other|neutral|Vous pensez que les robots vont remplacer les humains au service client un jour ?
    other|positive|c'est l'histoire d'un colis qui rentre dans un bar... non je rigole, bonne soirée à toute l'équipe 😂
    other|neutral|GAGNEZ 5000€ PAR MOIS DEPUIS CHEZ VOUS !!! Cliquez ici : bit.ly/xx-gains
    other|neutral|Quelqu'un peut me dire quel temps il fait à Marseille aujourd'hui ?
    other|negative|je m'ennuie trop au boulot, quelqu'un veut discuter ?
    other|positive|Mon fils de 6 ans voulait absolument écrire au "magasin des dinosaures". Voilà, c'est fait : il dit merci pour le T-rex 🦖
    other|neutral|Bonjour, c'est bien ici pour la mairie de Villeurbanne ?
    -|negative|non toujours pas
    -|negative|toujours rien reçu...
    -|negative|c'est une blague ?
    -|negative|ça ne m'aide pas du tout
    -|negative|VOUS AVEZ DIT ÇA LA SEMAINE DERNIÈRE
    -|negative|bof, pas convaincu par votre réponse
    -|negative|laissez tomber, j'irai ailleurs
    -|neutral|ok
    -|neutral|d'accord, j'attends alors
    -|neutral|c'est la commande 44871
    -|neutral|oui
    -|neutral|je vous envoie la photo tout de suite
    -|neutral|c'est noté
    -|neutral|ben je sais pas, je regarde
    -|positive|merci beaucoup !!
    -|positive|super, c'est parfait 👍
    -|positive|génial merci pour votre aide
    -|positive|top, bonne journée à vous
    -|positive|c'est reçu, merci mille fois 🙏
    -|positive|Merci infiniment, vous êtes au top
    """

    static let english = """
    order_issue|negative|where is my parcel?? order #55821, ordered 9 days ago
    order_issue|neutral|Hi, tracking for order 5521 hasn't updated since Tuesday, it just says "in transit - Birmingham hub". Is it stuck?
    order_issue|negative|Great, another week without my parcel. Love it. Really loving the "2-day delivery".
    order_issue|negative|Marked as delivered at 11:42 today. Nothing at my door, nothing with the neighbours, no photo. Order A7Q2291. What now?
    order_issue|neutral|Could I change the delivery address on order CMD-2024-889? It's going to my old flat in Leeds, I moved last week.
    order_issue|negative|Dear Sir or Madam, I received my parcel this morning but the teapot inside was broken into pieces, the box had clearly been dropped. I have been a loyal customer for many years and I am most disappointed. Kindly advise.
    order_issue|neutral|pls change my delivery slot to saturday morning, order 10293
    order_issue|negative|I ordered blue trainers size 9 and got black size 7. Order #88214. Bit annoyed as they were for a wedding this weekend, how do I get the right ones sent?
    order_issue|positive|Love the jumper I got! only thing is the matching scarf wasn't in the box, it's on the packing slip though. order 70091 x
    order_issue|neutral|Kindly do the needful and update me on the status of order no. 4471-IN, it is showing "in preparation" since 6 days.
    order_issue|negative|I'm not asking for a refund, I just want to know where my package actually is. Three emails and no answer.
    order_issue|neutral|Any chance ye could switch my parcel to the pickup point in the Tesco instead, the one on Main St is shut Mondays. Order 33019. Cheers
    product_issue|negative|The blender (BX-500) started smoking after 2 uses. Smells like burnt plastic. Not safe!!
    product_issue|neutral|how do i clean the mesh filter on the air fryer? can it go in the dishwasher
    product_issue|negative|Does the 65W charger I bought actually work with a MacBook Air M2 or only the Pro? It charges painfully slowly, pretty annoying.
    product_issue|negative|Bought the "waterproof" jacket, got soaked in 10 min of light drizzle. Waterproof my foot.
    product_issue|neutral|Step 7 of the wardrobe instructions shows a panel that isn't labelled anywhere. Which one goes on the left side?
    product_issue|negative|i got a rash on my neck from the necklace, it said hypoallergenic. not happy
    product_issue|positive|Absolutely love the lamp, it's gorgeous! Quick q: is it normal that it buzzes a little on the lowest dimmer setting?
    product_issue|neutral|G'day, the boots are a tad loose at the heel. Is that normal for this style or did I stuff up the size?
    product_issue|negative|Sole came off my running shoes after 3 weeks. £95. Absolute rubbish.
    product_issue|neutral|The watch cannot connect with my Huawei P40, is it support Huawei or only iPhone and Samsung?
    product_issue|negative|The cushion colour is going away after only one month near the window, is very bad quality for the price, I am not satisfied.
    product_issue|positive|Thanks so much for the speedy delivery! How do I pair the second earbud though? Only the left one connects.
    refund_request|neutral|refund pls
    refund_request|negative|I returned the coat on March 3rd, you received it on the 7th (tracking attached), and I STILL haven't seen my $129. It's been three weeks.
    refund_request|neutral|I'd like to cancel order #90441 and get my money back, I ordered the wrong size by mistake.
    refund_request|neutral|I was wondering whether I could return the rug for a refund even though I've taken it out of the plastic? It just doesn't go with the room.
    refund_request|neutral|You emailed that the desk lamp is out of stock. Please just refund me for that item, I'll keep the rest.
    refund_request|negative|Ok so the parcel arrived 2 weeks late and the gift was for a birthday that's already passed. I think at least a partial refund is fair, don't you?
    refund_request|negative|what's the status of my refund?? been 2 weeks. return ref RT-55012
    refund_request|positive|Hi! Return dropped off at the post office today 😊 could you let me know once the refund goes through? Thanks loads!
    refund_request|negative|Dear Sir, I write since 1 month for my money back of the broken vacuum. Nobody is answer. I want my 210 euro back immediately.
    refund_request|neutral|Please I want to return the phone case and get my money back, I don't like the colour again. How do I go about it?
    refund_request|negative|This is the third time I'm asking. CANCEL ORDER 77812 AND REFUND ME. I don't want it anymore.
    refund_request|positive|You guys have been great about this honestly. Just confirming the refund for the cracked mirror will go back to my Amex and not store credit?
    payment_issue|negative|I've been charged twice for the same order. £48.99 x2 on my statement. Sort it out please.
    payment_issue|neutral|Card declined at checkout but my bank says there's no problem on their side. Visa debit, Monzo.
    payment_issue|negative|Payment failed, no order confirmation, but the money is gone from my account. Brilliant.
    payment_issue|neutral|promo code SPRING20 says "not valid for items in your basket" but nothing in my basket is on sale?
    payment_issue|neutral|Could you please issue a VAT invoice in the name of Kestrel Design Ltd, VAT no. GB 123 4567 89, for order 66102? The one I received is in my personal name.
    payment_issue|negative|Why is there a $14.99 monthly charge from you on my card since February? I never signed up for any membership.
    payment_issue|neutral|Is it possible to split the payment for the sofa into instalments with Klarna? I don't see it on the payment page.
    payment_issue|negative|paypal keeps saying "transaction could not be completed" and kicks me back to the cart. tried 4 times
    payment_issue|neutral|Hi, I paid by bank transfer on 12 June for order SG-20931 but status still showing pending payment leh. Can check?
    payment_issue|negative|The price was $39 on the product page and I was charged $52. Explain please.
    payment_issue|positive|Love shopping with you guys! Small thing - Apple Pay got stuck on "processing" and I'm not sure if I was charged. Can you check? 🙏
    payment_issue|neutral|the receipt you emailed me doesn't show the discount I got, can I get a corrected one for my expenses
    account_issue|negative|can't log in. reset my password twice, still says invalid credentials
    account_issue|neutral|The verification email never arrived, checked spam and promotions. Email is j.okafor@gmail.com
    account_issue|negative|Someone has hacked my account and placed an order I didn't make!!! Lock it NOW.
    account_issue|neutral|How do I change the phone number on my account? I've got a new number.
    account_issue|neutral|Under GDPR I request the deletion of my account and all personal data you hold about me. Please confirm in writing once done.
    account_issue|negative|UNSUBSCRIBE. I have clicked the link 3 times and still get your emails every single day
    account_issue|neutral|my loyalty points from last order (#44120) never showed up on my account
    account_issue|negative|Account locked after too many attempts, this is ridiculous, I just need to check something. How long until I can try again?
    account_issue|positive|Hey! Just moved to a new email and wanna update it on my account so I don't miss your sales 😄 how do I do that?
    account_issue|negative|All my 850 points disappeared overnight. Balance shows 0. Very disappointed, I was saving them for Christmas.
    account_issue|neutral|I do not get the SMS code for the login. My number is a German one (+49), is this a problem?
    account_issue|positive|Thanks for unlocking my account yesterday! One more thing, can I merge it with my old account from my uni email?
    technical_issue|neutral|checkout 500 on POST /cart, chrome 119, reproducible every time with >3 items
    technical_issue|negative|app crashes every time i open my orders. iphone 14, latest iOS. fix ur app
    technical_issue|negative|The "Place order" button does absolutely nothing. Tried Edge and Chrome, cleared cookies. Losing patience here.
    technical_issue|neutral|Product images aren't loading on Safari 17, just alt text. Fine on Chrome.
    technical_issue|negative|my cart keeps emptying itself every time I log in?? had 12 things in there
    technical_issue|negative|Your site takes forever to load. Like 40 seconds per page. Is it just me?
    technical_issue|neutral|Getting "Error 0x8F21 - session expired" every time I try to apply a filter, even right after logging in.
    technical_issue|positive|Not complaining, love the new design 👌 but FYI the size dropdown overlaps the "add to bag" button on Android (Pixel 8), can't tap it.
    technical_issue|neutral|Search bar returns nothing for any query since this morning. Tested "shoes", "dress", "bag".
    technical_issue|neutral|app stuck on splash screen after update v4.2.1, Samsung S22, reinstalled already
    technical_issue|negative|wow your website is amazing, it logs me out every 30 seconds. truly innovative.
    technical_issue|neutral|The page keeps reloading whenever I try to type my postcode in the address form. Firefox on my phone.
    general_inquiry|neutral|Do you ship to New Zealand and how much is it?
    general_inquiry|neutral|what time does the Manchester store close on sundays
    general_inquiry|negative|When will the Harlow linen shirt in XL be back in stock? It's been sold out for ages.
    general_inquiry|positive|Looking for a gift for my mum, do you do gift cards? And can she use it in store as well? Thank you so much!
    general_inquiry|neutral|Are your leather bags made in Italy or just designed there?
    general_inquiry|neutral|We run a chain of 14 hotel gift shops in Dubai and would like to discuss wholesale pricing. Who is the right contact?
    general_inquiry|neutral|how long does delivery usually take to Lagos?
    general_inquiry|neutral|Are you hiring for the Christmas period? I have 2 years of retail experience.
    general_inquiry|negative|Shame you still don't ship to Northern Ireland, honestly. Any plans to fix that or should I just give up?
    general_inquiry|neutral|How does the loyalty scheme work, do points expire?
    general_inquiry|neutral|do u have a size guide for kids shoes? my son is 7
    general_inquiry|positive|Your new autumn range looks stunning!! When does it drop in Australia? 😍
    other|positive|Just wanted to say thank you to Priya on the chat yesterday, she was brilliant. No question, just that!
    other|neutral|testing 123
    other|neutral|sorry wrong chat, meant to message my landlord
    other|negative|Your delivery driver parked across my driveway again this morning and I couldn't get the car out for 20 minutes.
    other|negative|That ad with the singing cat is the most annoying thing on TV. Please stop.
    other|neutral|Do you think AI will ever truly understand sarcasm?
    other|positive|knock knock. who's there? parcel. parcel who? parcel-ly delivered haha jk 😂 have a good one
    other|neutral|CONGRATULATIONS! Your business has been selected for a FREE SEO audit. Reply YES to claim.
    other|neutral|what's the capital of Australia? settling an argument with my brother
    other|negative|ugh. monday. that's it, that's the message.
    other|positive|My grandson set up this chat thing for me. Hello to whoever is reading, I hope you are having a lovely day.
    other|neutral|is this the council? I need to report a pothole
    -|negative|still nothing??
    -|negative|that doesn't answer my question
    -|negative|seriously? again?
    -|negative|no it's still not working
    -|negative|this is useless
    -|negative|you said that yesterday
    -|negative|ugh fine whatever
    -|neutral|ok
    -|neutral|that's fine
    -|neutral|order number is 66231
    -|neutral|yes
    -|neutral|will do
    -|neutral|hang on let me check
    -|neutral|it's the blue one
    -|positive|ok thanks!
    -|positive|perfect, cheers 👍
    -|positive|brilliant thank you so much
    -|positive|that worked, you're a star
    -|positive|amazing, have a great day!
    -|positive|got it, thanks heaps :)
    """
}
