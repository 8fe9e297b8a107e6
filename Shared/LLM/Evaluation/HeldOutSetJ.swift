// Tenth held-out set (J), written blind on Sun Nov 29 19:29:05 UTC 2026 by someone who read nothing but the eight categories, the
// sentiment labels and the format (not the engine, the training corpus, the lexicon or the other held-out sets), with
// the labelling rules of set I. French and English halves written independently. Scored once, blind, after the fifth
// generalisation step (sentiment rules studied on E–I), on 2026-11-29 at 20:01 UTC, debug build of
// `commerce-bench llm-eval --set j --skip-latency`, training examples 3544, heldout_overlap 1 (accuracy lines only;
// its errors and confusion matrices were not looked at before this was written):
//   intent    fr 0.969 (93/96)    en 0.927 (89/96)     -> target 0.90 met in both languages (as on set I)
//   sentiment fr 0.845 (98/116)   en 0.810 (94/116)    -> target 0.85 missed in both (set I: 0.836 / 0.845)
//   language  fr 0.991            en 1.000
// Rules tuned on E–I moved I from 0.836 / 0.845 to 0.879 / 0.879 but J stayed at the level of I's blind run:
// sentiment between neutral and negative does not generalise from studied sets; the next step is a learned model
// trained on far more sentiment-labelled lines, measured on a new blind set.
// `intent|sentiment|text` (`-` = sentiment-only). 96 intent lines (12 per intent) + 20 sentiment-only lines per language.
enum HeldOutSetJ {
    static let french = """
    order_issue|negative|Commande n° 4587-FR-2291 passée le 3 mars, toujours pas reçue. Le suivi n'a pas bougé depuis 9 jours. C'est une blague ?
    order_issue|neutral|Le suivi Colissimo indique "livré" mais je n'ai rien dans ma boîte aux lettres ni chez la gardienne. Pouvez-vous ouvrir une enquête ? Commande 778120.
    order_issue|negative|jai recu un pull rouge au lieu du bleu que j'avais commandé franchement ca commence a bien faire c la 2e fois
    order_issue|neutral|Est-il encore possible de modifier l'adresse de livraison ? Je déménage vendredi. Commande #FR-20931.
    order_issue|negative|Colis arrivé éventré, le mug en céramique en trois morceaux. Le livreur l'a posé devant la porte sans même sonner. Très déçue.
    order_issue|neutral|Ma commande est en "préparation" depuis le 12, c'est normal ?
    order_issue|positive|Merci pour le petit mot manuscrit dans le colis 😊 par contre il manque les piles qui étaient dans la commande (réf. 55-BAT-AA), vous pourriez me les envoyer ?
    order_issue|neutral|Je souhaiterais changer mon point relais Mondial Relay pour celui de la rue Gambetta à Lille, plus proche de chez moi. Numéro de commande : 00451278.
    order_issue|negative|ÇA FAIT TROIS SEMAINES QUE J'ATTENDS MON COLIS ET PERSONNE NE RÉPOND !!! COMMANDE 66102
    order_issue|neutral|Allô, mon colis est pogné aux douanes à Montréal depuis lundi, est-ce que vous avez des nouvelles de Postes Canada? Commande 3321-QC.
    order_issue|negative|Bonsoir, j'ai commandé depuis Abidjan le 2 février et le colis n'est toujours pas arrivé, alors que j'ai déjà payé 45 000 FCFA de frais d'envoi. On me dit chaque fois de patienter. Je veux savoir exactement où il se trouve.
    order_issue|positive|Petit souci : dans le colis de ce matin il n'y avait que deux des trois coussins, alors que le bon de livraison mentionne bien les trois. Pour le reste c'est parfait, merci ! (commande BE-7741)
    product_issue|negative|La fermeture éclair de la veste a lâché au bout de deux ports. Pour 129 € je m'attendais à mieux.
    product_issue|neutral|Comment détartrer la bouilloire Kelvo 1,7 L ? La notice ne dit rien à ce sujet.
    product_issue|neutral|Bonjour, la lampe de bureau Lumo achetée chez vous clignote dès qu'on la règle au minimum. S'agit-il d'un défaut connu ou d'un souci de variateur ? Avec mes remerciements.
    product_issue|negative|l'aspirateur fait un bruit de tracteur depuis hier et sent le brûlé. super qualité bravo
    product_issue|neutral|La coque que j'ai reçue est-elle compatible avec l'iPhone 13 mini ? Sur la boîte il est juste marqué "13".
    product_issue|negative|Après deux jours d'utilisation de la crème Aloé Pure, j'ai des plaques rouges sur tout le visage. Je n'ai jamais eu une réaction pareille. Qu'est-ce qu'il y a dedans exactement ?
    product_issue|positive|J'adore la poêle que j'ai reçue ! Juste une question : elle passe au lave-vaisselle ou il vaut mieux la laver à la main ?
    product_issue|neutral|Pour le montage de l'étagère Nordvik, l'étape 4 n'est pas claire : les montants se vissent côté trous ou côté lisse ?
    product_issue|negative|Salam, le mixeur acheté le mois dernier ne démarre plus du tout, j'ai essayé une autre prise, rien. Franchement je suis déçu, c'était un cadeau pour ma mère.
    product_issue|neutral|Les chaussures Trail X2 taillent petit ? J'ai pris du 42 comme d'habitude et je suis serré au niveau des orteils.
    product_issue|negative|Troisième montre FitBand qui se déconnecte du Bluetooth toutes les 10 minutes. Les deux précédentes avaient exactement le même problème. Je commence à croire que c'est tout le modèle qui est défectueux.
    product_issue|positive|Le sac à dos est vraiment beau pis solide, merci! Juste, la boucle de la sangle de poitrine glisse tout le temps, y a-tu un truc pour la serrer?
    refund_request|negative|Je veux être remboursée. Point. La robe ne ressemble pas du tout à la photo.
    refund_request|neutral|J'ai renvoyé le colis le 14/05 (numéro de retour RT-88213), pourriez-vous me dire quand le remboursement sera effectué ?
    refund_request|negative|Retour reçu chez vous le 2 avril d'après La Poste, on est le 28 et toujours pas un centime sur mon compte. Je relance pour la quatrième fois.
    refund_request|neutral|Je souhaite annuler ma commande 55120 passée ce matin et être remboursé, je me suis trompé de taille.
    refund_request|neutral|Vous m'avez remboursé 34,90 € au lieu de 49,90 €, il manque les frais de port aller. C'est voulu ?
    refund_request|positive|Merci beaucoup pour votre réactivité ! Il me reste juste à savoir comment renvoyer le tapis pour être remboursée, il ne va finalement pas avec mon salon.
    refund_request|negative|jveux mon rembourssement mtn ca fait 1 mois g renvoyé le colis
    refund_request|neutral|Madame, Monsieur, Par la présente, je sollicite le remboursement intégral de la commande n° 2024-118-547 d'un montant de 212,40 €, l'article m'ayant été signalé comme indisponible après paiement. Je vous prie d'agréer l'expression de mes salutations distinguées.
    refund_request|negative|On m'a proposé un avoir. Je n'en veux pas, je veux mon argent sur ma carte comme la loi le prévoit.
    refund_request|neutral|Bonjour, j'ai retourné les deux chemises, pouvez-vous me rembourser sur mon compte PostFinance ? Montant : 89.80 CHF. Merci.
    refund_request|positive|Le colis est bien reparti chez vous hier, j'ai gardé le reçu. Hâte de recevoir le remboursement, et merci pour la procédure de retour super simple 👍
    refund_request|negative|Ça fait trois semaines que j'ai annulé et les 75 euros n'ont toujours pas été recrédités. Vous attendez quoi pour me rembourser ? Je vais finir par contacter Test-Achats.
    payment_issue|negative|J'ai été débité DEUX FOIS de 67,50 € pour la même commande. Corrigez ça immédiatement.
    payment_issue|neutral|Ma carte est refusée à chaque tentative alors qu'elle fonctionne partout ailleurs. Visa Premier, Crédit Mutuel.
    payment_issue|neutral|Le code BIENVENUE10 n'a pas été déduit, le total est resté à 85 €. Est-il encore valable ?
    payment_issue|negative|Paiement "échoué" selon votre site mais l'argent a bien été prélevé sur mon compte. Et maintenant je fais quoi ?? Personne ne décroche au téléphone.
    payment_issue|neutral|En tant qu'entreprise, j'aurais besoin d'une facture au nom de ma société avec le numéro de TVA intracommunautaire FR45123456789. Pourriez-vous la régénérer pour la commande 90012 ?
    payment_issue|positive|J'aimerais payer en 3 fois sans frais mais l'option n'apparaît pas au moment du paiement (panier de 420 €). Merci d'avance pour votre aide, j'adore vos produits !
    payment_issue|negative|C'est quoi ce prélèvement de 9,99 € tous les mois ?? Je n'ai jamais souscrit à aucun abonnement.
    payment_issue|neutral|Bonjour, j'ai fait le transfert de 32 500 FCFA par Wave il y a 4 jours mais la commande est toujours marquée "en attente de paiement". Je vous envoie la capture ?
    payment_issue|negative|On m'a facturé 54 € au lieu des 39 € affichés sur la fiche produit. Publicité mensongère ou bug, dans les deux cas c'est inadmissible.
    payment_issue|negative|paypal me dit "transaction impossible" qd je valide, jai essayé 3 fois, c relou
    payment_issue|positive|Super service comme d'habitude ! Petite chose : je n'ai pas reçu la facture par mail pour la commande 4471, vous pouvez me la renvoyer ?
    payment_issue|negative|J'ai payé avec Apple Pay pis ça m'a chargé en euros au lieu de dollars canadiens, avec 6 $ de frais de change en plus. C'est pas correct pantoute.
    account_issue|neutral|Je n'arrive pas à me connecter, le mot de passe est refusé alors que je suis sûr de moi.
    account_issue|negative|Ça fait 4 fois que je demande le lien de réinitialisation du mot de passe, je ne reçois RIEN. Même pas dans les spams.
    account_issue|negative|Quelqu'un s'est connecté à mon compte et a passé une commande à mon nom avec une adresse à Marseille !!! Bloquez tout !
    account_issue|neutral|Comment je change l'adresse mail associée à mon compte ? J'ai changé de fournisseur internet.
    account_issue|neutral|Conformément à l'article 17 du RGPD, je vous demande la suppression de l'ensemble de mes données personnelles ainsi que la clôture de mon compte client (identifiant : m.lefevre@exemple.fr).
    account_issue|negative|Désinscrivez-moi de votre newsletter. Je me suis déjà désabonné deux fois et je reçois encore trois mails par jour.
    account_issue|positive|Coucou ! J'ai commandé hier mais mes points fidélité n'apparaissent pas sur mon compte, vous pouvez vérifier ? Merci, bonne journée ☀️
    account_issue|neutral|compte bloqué après 3 essais, combien de temps faut il attendre
    account_issue|negative|Mon compte est verrouillé depuis hier soir et je ne peux plus accéder à mes commandes en cours. J'ai besoin d'une solution aujourd'hui, c'est urgent.
    account_issue|neutral|Grüezi, j'ai un nouveau numéro de portable (+41 79 555 12 34) et je souhaiterais le mettre à jour sur mon compte, mais le champ est grisé.
    account_issue|neutral|Le code de vérification fonctionne maintenant. J'aimerais aussi fusionner mes deux comptes (un ancien avec mon adresse Hotmail), est-ce possible ?
    account_issue|negative|Mes 1 250 points fidélité ont disparu du jour au lendemain. J'étais à deux doigts de les utiliser. Vous trouvez ça normal ?
    technical_issue|neutral|Votre appli plante dès que j'ouvre l'onglet "Mes commandes". Samsung Galaxy A52, Android 13. Désinstallée puis réinstallée, pareil.
    technical_issue|negative|Le bouton "Valider le panier" ne fait strictement rien. Essayé sur Chrome et Firefox. Vous voulez vendre ou pas ?
    technical_issue|neutral|Erreur 502 Bad Gateway sur les pages produit depuis ce matin 10h environ.
    technical_issue|negative|mon panier se vide tout seul à chaque fois que je change de page, ça fait 3 fois que je remets tout 😡
    technical_issue|neutral|Les photos des produits ne s'affichent pas sur Safari (iPad, iPadOS 17). Sur mon téléphone ça marche.
    technical_issue|negative|Le site est d'une lenteur incroyable, 30 secondes pour charger une page. On n'est plus en 2005.
    technical_issue|positive|Petit bug signalé au passage : le filtre "taille" remet la recherche à zéro. Sinon le nouveau site est vraiment plus joli, bravo à l'équipe !
    technical_issue|neutral|Quand je veux passer le site en néerlandais, j'obtiens une page blanche. Ça vous dit quelque chose ?
    technical_issue|negative|Code d'erreur E-4031 au moment de payer, aucun autre message. Ça fait une heure que j'essaie.
    technical_issue|neutral|L'appli iOS se ferme toute seule quand je scanne un code-barre en magasin. iPhone 12, dernière version.
    technical_issue|positive|Je voulais juste vous prévenir (je suis dév) : la page de connexion renvoie une erreur JS "Cannot read properties of undefined (reading 'token')" sur Firefox 124. Bon courage, j'aime bien votre boutique 🙂
    technical_issue|negative|Impossible d'ajouter quoi que ce soit au panier depuis l'appli, le petit rond tourne à l'infini. Si ça continue, je commande ailleurs.
    general_inquiry|neutral|Livrez-vous en Suisse ? Et si oui, y a-t-il des frais de douane à prévoir ?
    general_inquiry|neutral|Quels sont les horaires du magasin de Lyon Part-Dieu le dimanche ?
    general_inquiry|positive|J'ai découvert votre marque sur Instagram et je suis fan ! Est-ce que le pull Mathilde en vert sauge va revenir en stock ?
    general_inquiry|neutral|Les cartes cadeaux ont-elles une date d'expiration ?
    general_inquiry|neutral|Madame, Monsieur, gérante d'une boutique de décoration à Annecy, je souhaiterais connaître vos conditions de vente aux professionnels (tarifs revendeurs, minimum de commande). Cordialement.
    general_inquiry|neutral|Bonjour, vous livrez au Cameroun ? Combien ça coûte pour un colis de 2 kg vers Douala ?
    general_inquiry|negative|Pourquoi la livraison coûte 8,90 € alors que vos concurrents livrent gratuitement ? Franchement ça refroidit.
    general_inquiry|neutral|c koi la diff entre le programme fidélité silver et gold
    general_inquiry|positive|Vos bougies sont-elles fabriquées en France ? J'aimerais offrir des produits locaux pour Noël, merci 🎄
    general_inquiry|neutral|Est-ce que vous recrutez pour la période des fêtes à l'entrepôt de Saint-Quentin-Fallavier ?
    general_inquiry|negative|Ça fait des mois que je vois "bientôt disponible" sur le manteau Kodiak. Y va-tu finir par arriver ou c'est juste pour nous niaiser?
    general_inquiry|negative|Votre guide des tailles est incompréhensible, tout est en tour de hanches. Je fais du 38 en général, je prends quoi chez vous pour les jeans ?
    other|positive|Juste pour dire que vous êtes les meilleurs, rien à demander 😍
    other|neutral|test
    other|neutral|Je crois que je me suis trompé d'adresse mail, je voulais écrire à ma banque. Désolé.
    other|negative|Votre livreur se gare tous les jours sur le trottoir devant l'école de mes enfants. C'est dangereux. Faites quelque chose.
    other|neutral|Gagnez 5000 € par semaine depuis chez vous ! Formation offerte, places limitées, répondez OUI pour en savoir plus.
    other|negative|Votre pub YouTube passe 15 fois par jour, c'est insupportable. Je n'achèterai jamais votre truc.
    other|neutral|Est-ce que vous pensez que les robots remplaceront un jour les vendeurs ? Je fais un exposé pour l'école.
    other|positive|Haha votre chatbot m'a souhaité bon anniversaire alors que c'est pas mon anniversaire 😂 bonne journée quand même
    other|neutral|wesh vous êtes des vrais gens ou des robots ?
    other|negative|Vous pouvez arrêter d'appeler ma grand-mère pour vos sondages ? Elle a 87 ans et n'a jamais rien acheté chez vous.
    other|neutral|Salut Cécile, comme convenu je t'envoie le compte rendu de la réunion de mardi. Bises, Paul
    other|positive|Votre livreur Mamadou est d'une gentillesse incroyable, il a aidé ma voisine âgée à monter ses courses. Félicitez-le de notre part !
    -|negative|non toujours pas
    -|negative|toujours rien reçu ??
    -|negative|c'est pas une réponse ça
    -|negative|vous vous moquez de moi là
    -|negative|ça fait 3 fois que je vous explique la même chose
    -|negative|bof, pas convaincu
    -|negative|laissez tomber, je vais voir ailleurs
    -|neutral|d'accord
    -|neutral|ok je regarde ça ce soir
    -|neutral|c'est le 44871
    -|neutral|oui c bien moi
    -|neutral|je vous envoie la photo
    -|neutral|ah d'accord, je ne savais pas
    -|neutral|j'attends votre retour alors
    -|positive|merci beaucoup !!
    -|positive|parfait, merci, bonne journée
    -|positive|super c'est réglé 👍
    -|positive|génial, merci infiniment pour votre patience
    -|positive|top merci bcp
    -|positive|ah ben voilà, nickel 😊
    """

    static let english = """
    order_issue|negative|Order #US-448201 was supposed to arrive Tuesday. It's Friday. Tracking still says "label created". What is going on?
    order_issue|neutral|Tracking shows delivered at 2:14pm but there's nothing on my porch or with the neighbors. Order 99-1203-77.
    order_issue|negative|Absolutely fuming. Ordered a size 10 dress for a wedding this Saturday and received a men's XL hoodie instead. Order ref GB7781. I need the right item by Thursday or it's useless.
    order_issue|neutral|Can I switch my delivery slot from Wednesday morning to Thursday evening? Order 30218.
    order_issue|neutral|Good morning, I receive today the parcel but the box was all wet and the books inside are damaged from the water. I send you the photos. Order number 2024IT556.
    order_issue|negative|WHERE IS MY PACKAGE. THIRD EMAIL. ORDER 71120.
    order_issue|positive|You guys shipped super fast, thank you! Only thing, the charging cable wasn't in the box with the lamp. Could you send one over?
    order_issue|neutral|G'day, my order's been sitting on "in preparation" for six days now. Just wondering if there's a hold-up? Ref AU-55873.
    order_issue|negative|Hello, I am waiting for my order already 3 weeks, the tracking number you give me is not working on DPD site. Please check because I need this for my daughter birthday.
    order_issue|neutral|Need to change the pickup point for order CA-10244, the Canada Post depot on Queen St is closed for renovations.
    order_issue|negative|Love how my "express" delivery has now been "out for delivery" for four days. Really express.
    order_issue|positive|Ah lads, the parcel came and it's grand, but there's two of the same candle and no diffuser. No rush at all, just let me know how to sort it. Order IE-3390.
    product_issue|negative|The blender jar cracked the first time I put ice in it. The listing literally says "crushes ice". Model PX-600.
    product_issue|neutral|How do I clean the filter on the Airly 300 purifier? Is it washable or do I need to buy a new one?
    product_issue|neutral|Bought the USB-C hub (SKU HB-7P). HDMI out capped at 30Hz on 4K, spec says 60Hz. Tested on MacBook Pro M2 and Dell XPS 13, same result. Any firmware update?
    product_issue|negative|Dear Sir or Madam, I purchased a pair of reading glasses from your company last month and one of the arms has already come off. I have always been a loyal customer but I am very disappointed with the quality. Yours faithfully, Margaret Hill
    product_issue|neutral|Will the replacement blades I bought fit the older Trimmo 2 or only the Trimmo 3?
    product_issue|negative|My son came out in a rash after wearing the new pyjamas for one night. Are these treated with something? Not happy at all.
    product_issue|positive|Absolutely love the running shoes, most comfortable pair I've ever had! Quick question though, can they go in the washing machine?
    product_issue|neutral|Hello. I have bought the rice cooker. The display show "E2" and it is not cooking. What is the meaning of E2? Thank you.
    product_issue|negative|ngl the earbuds are trash, left one keeps cutting out and i've had them like a week
    product_issue|neutral|Howzit, got the camping chair but can't figure out how the backrest locks in. The diagram isn't very clear. Any tips?
    product_issue|negative|The jacket I bought from you is losing colour after first washing, now all my white t-shirts are blue. This is not acceptable quality for 90 euros.
    product_issue|positive|The desk is gorgeous and assembly was easy 🙌 One drawer sticks a bit when closing though, is there an adjustment I can make?
    refund_request|neutral|I returned the boots on 3 June (return label RMA-45102). When can I expect the refund?
    refund_request|negative|It's been 21 days since you received my return. Still no refund. I've checked my bank every morning. This is ridiculous.
    refund_request|neutral|Please cancel order 88415 and refund me, found it cheaper locally.
    refund_request|negative|I have been very patient, but this is now my fifth message regarding the £64.99 refund I was promised on the 2nd of March. I would appreciate a firm date, otherwise I will be raising a chargeback with my bank.
    refund_request|neutral|Hello, the sofa cover is not the good size for my sofa, I want to send it back and have my money back. How I do this?
    refund_request|positive|Thanks so much for approving the return! Just checking the refund will go back to my Amex and not as store credit?
    refund_request|negative|I don't want a voucher, I don't want a replacement. I want my $120 back.
    refund_request|neutral|You refunded the jacket but not the scarf from the same return, both were in the box. Order 20-4471.
    refund_request|negative|Dear team, I order the perfume and you tell me after one week it is out of stock. Why you take my money if you don't have it? Please return me the 85 dollars quickly.
    refund_request|neutral|hey got an email saying an item's out of stock on order 6613, do I need to do anything to get refunded or is it automatic
    refund_request|positive|Returned the mittens yesterday, thanks for the easy process eh! Any idea how long the refund takes to show up on a Visa?
    refund_request|negative|Great, so the refund "has been processed" for two weeks now. Processed where exactly, the moon?
    payment_issue|negative|You charged my card twice for order 55190, $89.00 each. Fix it.
    payment_issue|neutral|My Mastercard keeps getting declined at checkout. The bank says there's no block on their side.
    payment_issue|neutral|Promo code SPRING20 isn't taking anything off. It says "code applied" but the total stays at £72.50.
    payment_issue|negative|The payment failed, your site told me to try again, I did, and now I see TWO pending transactions of €45 and no order. Great system.
    payment_issue|neutral|Good afternoon, could you please issue a VAT invoice for order 10092 addressed to Harlow Design Ltd, VAT no. GB 123 4567 89? The one generated automatically shows my personal name.
    payment_issue|negative|What is this £4.99 monthly charge from you on my statement? I never signed up for any membership.
    payment_issue|positive|Loving my new coat! One small thing, Klarna shows 4 instalments but I picked 3, can you check?
    payment_issue|neutral|Paid by bank transfer on Monday, ref ORD-7731, but the order still says awaiting payment. Do you need the receipt from my bank?
    payment_issue|negative|Why you charge me 59 euro when the price on the site was 45? I have screenshot. I want explanation.
    payment_issue|negative|apple pay just spins then says "payment not completed", tried twice on my iphone 14, so annoying
    payment_issue|positive|Thanks for the quick reply earlier! Just realised my PayPal was charged in USD instead of GBP, any chance that can be corrected?
    payment_issue|negative|Third time asking for a proper receipt for my accountant. The one you sent has no VAT breakdown. Not good enough.
    account_issue|neutral|Forgot my password, reset link doesn't arrive. Checked spam.
    account_issue|negative|Someone changed the email on my account and placed an order to an address in Leeds. I did NOT do this. Lock it now.
    account_issue|neutral|How do I change the phone number on my account?
    account_issue|negative|I've unsubscribed from your emails three times. I still get them daily. Stop.
    account_issue|neutral|Under Article 15 of the GDPR, I request a copy of all personal data you hold about me, and subsequently the deletion of my account. Registered email: j.okafor@example.com.
    account_issue|positive|Just placed my 10th order 🎉 but the loyalty points haven't shown up on my account. Could you take a look?
    account_issue|negative|bro i cant log in AGAIN it keeps saying invalid credentials but its literally the right password
    account_issue|neutral|Hello, my account is blocked since yesterday after I tried many times the password. How can I unblock it please?
    account_issue|negative|I have tried for three days to get into my account on the computer and it keeps asking for a code sent to a mobile number I no longer have. I am 78 and this is very stressful.
    account_issue|neutral|Verification email never came through after signing up. Can you resend to the same address?
    account_issue|neutral|You helped me with my password last week. Now I'd like to delete my old second account, the one under my work email.
    account_issue|negative|200 loyalty points missing after my return. You took the money back fine, but somehow the points vanished too?
    technical_issue|neutral|Checkout returns HTTP 500 after clicking "Place order". Chrome 123, Win 11. Console: POST /api/checkout 500. Repro 3/3.
    technical_issue|negative|Your app crashes every single time I open it. Pixel 7, updated yesterday. Useless.
    technical_issue|neutral|Images aren't loading on product pages, just grey boxes. Firefox on Ubuntu.
    technical_issue|negative|The "Add to basket" button does absolutely nothing on mobile. I've been trying to buy the same thing for an hour.
    technical_issue|neutral|Hello, when I change the language to English the site goes back to homepage and my cart is empty. Is it a bug?
    technical_issue|negative|Why is your website so slow? Every page takes forever. It's 2024, come on.
    technical_issue|positive|Not urgent and I love the new app design! But the dark mode makes the prices unreadable (black text on dark grey).
    technical_issue|neutral|Getting error code ERR-3307 when I try to apply a filter on the sale page.
    technical_issue|negative|My cart emptied itself AGAIN. Fourth time this week. I'm done rebuilding it.
    technical_issue|neutral|The app is freezing when I open the map of stores. iOS 17.4, iPhone SE.
    technical_issue|positive|Heads up from a fellow dev: your search autocomplete fires a request on every keystroke with no debounce, so it gets rate-limited and returns 429s. Great shop otherwise, keep it up!
    technical_issue|negative|Site keeps logging me out every two minutes on Edge. Can't finish anything. Frustrating as hell.
    general_inquiry|neutral|Do you ship to Norway?
    general_inquiry|neutral|What time does the Manchester Arndale store close on Sundays?
    general_inquiry|positive|Just discovered you on TikTok and I'm obsessed! Will the lavender linen shirt be restocked in medium?
    general_inquiry|neutral|Are your gift cards usable in store as well as online?
    general_inquiry|neutral|We run a group of three boutique hotels in Cornwall and are interested in ordering your bath towels in bulk. Could you share wholesale pricing and minimum quantities?
    general_inquiry|negative|Is standard delivery to Western Australia really three weeks? Bit disappointing tbh.
    general_inquiry|negative|Why is shipping to Canada $35? That's more than the item itself. Ridiculous.
    general_inquiry|neutral|Hello, the leather of your bags is real leather or synthetic? And where it is produced?
    general_inquiry|positive|Your customer service is always lovely so I'll ask here: is there a student discount? 😊
    general_inquiry|neutral|Are you hiring for the Christmas season at the Birmingham warehouse?
    general_inquiry|negative|Your size guide is a joke. One chart says M is 38 inches, the other says 40. Which is it?
    general_inquiry|neutral|do u guys have a loyalty thing or nah
    other|positive|Just wanted to say the packaging was so cute my cat now lives in the box 😂 no question, have a good day!
    other|neutral|hello? is this thing on
    other|neutral|Hi Sarah, attached are the minutes from Tuesday's board meeting. Let me know if anything is missing. Tom
    other|negative|Your delivery van blocked my driveway for 20 minutes this morning and the driver just shrugged. Absolutely rude.
    other|neutral|CONGRATULATIONS! Your business has been selected for a FREE SEO audit. Reply YES to claim.
    other|negative|Your ad with the dancing toaster is the most annoying thing on Spotify. Please retire it.
    other|neutral|What's the meaning of life? Asking for a friend.
    other|positive|Your driver Dave waved at my kids and now they think he's a celebrity. Made their day!
    other|neutral|Sorry I think I messaged the wrong company, I was trying to reach my energy supplier.
    other|negative|Why does nobody answer the phone anymore anywhere? Whole world's gone to the dogs.
    other|neutral|Are you a bot or a real person?
    other|positive|Happy Friday to the whole support team! 🎉
    -|negative|still nothing??
    -|negative|that doesn't answer my question
    -|negative|seriously? again?
    -|negative|this is useless
    -|negative|no it still doesn't work
    -|negative|I've already sent that twice
    -|negative|forget it.
    -|neutral|ok
    -|neutral|order number is 77812
    -|neutral|yes that's the right address
    -|neutral|will do
    -|neutral|hang on let me check
    -|neutral|it was the blue one
    -|neutral|i'll try that tonight
    -|positive|brilliant, cheers!
    -|positive|thank you so much!!
    -|positive|perfect, that worked 😊
    -|positive|you're a star, thanks
    -|positive|thanks, much appreciated
    -|positive|ok great thanks
    """
}
