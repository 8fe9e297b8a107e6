// Fifth batch of training messages (2026-11-29), written for generalisation rather than for any held-out error:
// about forty new situations per category and language, in every register (formal letters, plain questions,
// SMS style without accents or apostrophes, typos), short and long, and across the usual boundaries (an order
// that is late or wrong versus a refund, a charge versus an account, a broken website versus a faulty product,
// a question about the shop's services versus chit-chat, spam, job or press requests), and real requests wrapped in
// greetings, thanks or praise ("Bonjour ! J'adore votre boutique. Par contre…"). The English half covers
// the same situations as the French half in its own words. Written from scratch, never from held-out text (the
// evaluation reports `heldout_overlap`, which must stay 0). `category|text`.
enum TrainingCorpusFifth {
    static let french = """
order_issue|Bonsoir, mon colis est parti de l'entrepôt il y a huit jours et le suivi n'affiche plus rien depuis.
order_issue|slt jai commandé un jean la semaine derniere et jai tjs rien recu
order_issue|Le livreur a laissé mon paquet devant la porte de l'immeuble et il a disparu.
order_issue|Madame, Monsieur, je constate que ma commande du 2 novembre n'a toujours pas été expédiée.
order_issue|Il y a eu une erreur dans mon colis : trois bougies au lieu de deux, et pas de diffuseur.
order_issue|Pouvez-vous annuler ma commande de ce matin ? Je me suis trompé de modèle.
order_issue|J'ai mis la mauvaise adresse en commandant, le colis va partir chez mon ancien appartement.
order_issue|le colis est revenu a l expediteur alors que j etais chez moi toute la journee
order_issue|Le transporteur indique « adresse introuvable » alors que mon adresse est correcte.
order_issue|Ma commande a été divisée en deux colis et je n'ai reçu que le premier.
order_issue|Je n'ai reçu aucun mail de confirmation d'expédition, est-ce que ma commande est bien partie ?
order_issue|Le suivi dit que le colis est en douane depuis deux semaines, que dois-je faire ?
order_issue|Le paquet a été livré chez un voisin que je ne connais pas, impossible de le récupérer.
order_issue|Je souhaiterais changer le créneau de livraison prévu demain, je serai absente.
order_issue|Vous m'avez envoyé la commande de quelqu'un d'autre, le nom sur le bon n'est pas le mien.
order_issue|Commande 88412 : livraison prévue hier, toujours en transit, aucune nouvelle.
order_issue|Est-il encore temps d'ajouter un article à ma commande passée il y a une heure ?
order_issue|J'ai reçu deux fois le même article alors que je n'en avais commandé qu'un.
order_issue|Le point relais a fermé définitivement et mon colis y est toujours affiché.
order_issue|le livreur a marqué absent mais personne n a sonné
order_issue|On m'a livré une table sans les pieds, ils ne sont pas dans le carton.
order_issue|Ma commande est bloquée au statut « en cours de traitement » depuis dix jours.
order_issue|Je voudrais faire livrer ma commande à mon bureau plutôt qu'à mon domicile.
order_issue|Le colis est arrivé avec un autre contenu que ce qui figure sur la facture jointe.
order_issue|Bonjour, le délai annoncé était de 48 h, cela fait une semaine. Où est mon paquet ?
order_issue|Mon paquet indique livré à 14 h mais j'étais là et personne n'est venu.
order_issue|Impossible de savoir quand ma commande sera livrée, le suivi affiche « date à confirmer ».
order_issue|Le coursier refuse de monter au troisième étage alors que j'ai payé la livraison à domicile.
order_issue|je veux annuler ma commande elle est pas encore partie normalement
order_issue|La boîte contenait seulement la notice, pas le produit commandé.
order_issue|Ma commande groupée est arrivée incomplète, il manque deux articles sur cinq.
order_issue|Le numéro de suivi appartient à un colis livré à Lyon, moi j'habite à Lille.
order_issue|pouvez vous verifier si ma commande est bien partie svp
order_issue|Le colis a été remis à un point relais différent de celui que j'avais choisi.
order_issue|Mes achats de Noël ne sont toujours pas arrivés, la fête est dans trois jours.
order_issue|Le carton était ouvert et scotché à nouveau, il manque un des deux flacons.
order_issue|Je n'ai pas été prévenu que ma commande serait livrée en deux fois.
order_issue|Le livreur est reparti avec mon colis parce que je n'avais pas de pièce d'identité.
order_issue|J'ai commandé en taille 40 et l'étiquette du colis indique 38, on m'a envoyé la mauvaise pointure.
order_issue|Mon colis est coincé au centre de tri depuis le week-end.
product_issue|Le mixeur fait un bruit de ferraille dès qu'on le met en marche.
product_issue|Les coutures du jean se défont déjà après deux ports.
product_issue|Comment on change le filtre de la hotte ? La notice n'en parle pas.
product_issue|La batterie de l'enceinte tient à peine une heure au lieu des dix annoncées.
product_issue|Le matelas reçu a une odeur chimique très forte, même après trois jours d'aération.
product_issue|la bouilloire fuit par le bas, on a de l'eau partout sur le plan de travail
product_issue|Les chaussures taillent vraiment grand, je flotte dedans avec ma pointure habituelle.
product_issue|Le vernis des chaises s'écaille déjà, elles ont à peine un mois.
product_issue|Le pantalon est beaucoup plus court que ce qu'indique le guide des tailles.
product_issue|L'objectif de l'appareil photo fait des images floues même en mode automatique.
product_issue|La machine à pain ne chauffe plus, le voyant reste allumé mais rien ne cuit.
product_issue|Le sac en cuir déteint sur mes vêtements clairs.
product_issue|Le tapis de yoga glisse énormément, il n'est pas du tout antidérapant.
product_issue|J'ai un doute : ce radiateur peut-il être utilisé dans une salle de bain ?
product_issue|Les écouteurs grésillent côté droit, même avec un autre téléphone.
product_issue|Le robot pâtissier s'arrête tout seul au bout de deux minutes.
product_issue|La montre prend du retard, elle perd cinq minutes par jour.
product_issue|Le verre de la lampe est fêlé, on le voit à la lumière.
product_issue|Le pull bouloche énormément pour un article vendu comme haut de gamme.
product_issue|le four chauffe pas assez, les gateaux sont crus au milieu
product_issue|La perceuse sent le brûlé après quelques trous.
product_issue|Le parfum reçu n'a pas du tout la même odeur que celui acheté en magasin.
product_issue|Le couvercle de la casserole ne ferme pas correctement, il y a un jeu.
product_issue|La trottinette électrique ne dépasse pas 10 km/h alors qu'elle est annoncée à 25.
product_issue|Les piles fournies avec la télécommande étaient déjà vides.
product_issue|Le matériau ressemble à du plastique alors que la fiche indiquait du bois massif.
product_issue|Quel réglage utiliser sur ma machine à laver pour la couette en plume achetée chez vous ?
product_issue|La chaise de bureau penche d'un côté, le vérin semble défectueux.
product_issue|Le tissu du canapé a des fils tirés partout, c'est de mauvaise qualité.
product_issue|Le thermomètre affiche 3 degrés de plus que la réalité.
product_issue|Mon aspirateur robot tourne en rond et ne revient jamais à sa base.
product_issue|Le jouet s'est cassé en deux dès le premier jour, ma fille est déçue.
product_issue|La housse de couette a des taches qui ne partent pas au lavage.
product_issue|Les vis fournies pour monter l'étagère sont trop courtes.
product_issue|La gourde isotherme ne garde pas du tout le froid.
product_issue|L'imprimante fait des traînées sur chaque page malgré une cartouche neuve.
product_issue|La semelle de la botte s'est décollée sous la pluie.
product_issue|Ce modèle de casque est-il compatible avec la PS5 ? Le mien ne marche pas dessus.
product_issue|la poussette grince et la roue avant se bloque tout le temps
product_issue|Les dimensions du meuble reçu ne correspondent pas du tout à celles de la fiche.
payment_issue|J'ai été prélevé alors que la commande a échoué.
payment_issue|Mon paiement PayPal est en attente depuis trois jours, est-ce normal ?
payment_issue|Le montant débité ne correspond pas au total affiché dans le panier.
payment_issue|jai payé 2 fois la meme commande je vois 2 lignes sur mon compte bancaire
payment_issue|Le code de réduction BIENVENUE ne fonctionne pas au moment de payer.
payment_issue|Pourriez-vous m'envoyer une facture avec le nom de ma société ?
payment_issue|Ma banque me demande une validation mais la page de paiement expire avant.
payment_issue|Les frais de port ont été facturés alors que j'avais dépassé le seuil de livraison gratuite.
payment_issue|Le paiement en plusieurs fois a été refusé sans explication.
payment_issue|On m'a facturé la TVA alors que je commande depuis la Suisse.
payment_issue|Ma carte cadeau n'a pas été déduite du total.
payment_issue|Le prix a changé entre l'ajout au panier et le paiement.
payment_issue|Je vois un prélèvement de votre part que je ne reconnais pas.
payment_issue|Est-ce que je peux payer par virement bancaire ?
payment_issue|carte refusée alors que j ai largement de quoi payer
payment_issue|La réduction de 20 % n'a pas été appliquée sur les articles soldés.
payment_issue|Mon avoir de 15 € n'apparaît pas lors du paiement.
payment_issue|La facture indique un montant différent de celui prélevé sur mon compte.
payment_issue|Mon virement a été envoyé mais la commande est toujours « en attente de paiement ».
payment_issue|Apple Pay ne s'affiche pas comme moyen de paiement.
payment_issue|On m'a débité les frais de livraison express alors que j'ai choisi la livraison standard.
payment_issue|J'ai reçu un mail disant que mon paiement a échoué, pourtant l'argent est parti.
payment_issue|Le total est en dollars au lieu d'euros au moment de payer.
payment_issue|Pourquoi ma carte a-t-elle été débitée avant l'expédition ?
payment_issue|L'échéance de mon paiement en 4 fois a été prélevée deux fois ce mois-ci.
payment_issue|je trouve pas ou telecharger ma facture
payment_issue|Le code parrainage de mon amie ne me donne pas la remise promise.
payment_issue|Ma carte expire le mois prochain, comment mettre à jour mon moyen de paiement pour l'abonnement ?
payment_issue|Une préautorisation de 200 € bloque mon compte depuis une semaine.
payment_issue|Le bon d'achat reçu par mail est refusé, il serait expiré alors qu'il date d'hier.
payment_issue|Votre site m'a débité en livres sterling, ma banque a pris des frais de change.
payment_issue|Je n'ai pas reçu la confirmation de paiement, dois-je repasser commande ?
payment_issue|Le paiement par chèque est-il encore accepté ?
payment_issue|La remise fidélité n'est pas déduite de mon total.
payment_issue|Ma commande a été payée avec la carte de mon mari par erreur, peut-on changer de carte ?
payment_issue|Mon compte a été débité de 1 € au moment d'enregistrer ma carte, pourquoi ?
account_issue|Je n'arrive plus à me connecter depuis que j'ai changé de téléphone.
account_issue|Comment modifier l'adresse mail associée à mon compte client ?
account_issue|jarrive pas a me connecter mdp incorrect alors que c est le bon
account_issue|Mon compte a été désactivé sans prévenir, que s'est-il passé ?
account_issue|Je reçois encore la newsletter alors que je me suis désabonnée.
account_issue|Quelqu'un a changé le mot de passe de mon compte, je n'ai plus accès.
account_issue|Le code de vérification envoyé par SMS n'arrive jamais.
account_issue|J'ai deux comptes avec deux emails différents, pouvez-vous les fusionner ?
account_issue|Je souhaite supprimer mon compte et toutes les données associées.
account_issue|Mes points de fidélité ont disparu de mon espace client.
account_issue|Mon historique de commandes est vide alors que j'ai déjà commandé plusieurs fois.
account_issue|Comment changer mon numéro de téléphone dans mon profil ?
account_issue|je me suis inscrit mais j ai jamais recu le mail pour activer le compte
account_issue|Le lien pour réinitialiser le mot de passe dit qu'il a expiré.
account_issue|Mon compte est verrouillé après plusieurs tentatives de connexion.
account_issue|Je ne retrouve plus mes adresses enregistrées dans mon compte.
account_issue|J'aimerais changer le nom inscrit sur mon compte suite à mon mariage.
account_issue|Je ne me souviens plus de l'email utilisé pour créer mon compte.
account_issue|Vous avez fusionné mon compte avec celui de ma sœur, je vois ses commandes.
account_issue|Où se règle la vérification en deux étapes pour sécuriser mon espace client ?
account_issue|Je reçois des mails de connexion suspecte à mon compte, je n'y suis pour rien.
account_issue|On me dit que mon adresse mail est déjà utilisée alors que je n'ai jamais créé de compte.
account_issue|Je demande l'export de toutes les informations que vous stockez sur moi.
account_issue|Impossible de me déconnecter de mon compte sur l'ordinateur familial.
account_issue|Mon statut membre premium n'apparaît plus sur mon compte.
account_issue|Je ne veux plus recevoir vos SMS promotionnels.
account_issue|La connexion avec Google ne me reconnaît pas.
account_issue|Je voudrais récupérer mon ancien compte, je n'ai plus accès à l'adresse mail.
account_issue|Le mot de passe temporaire que vous m'avez envoyé ne marche pas.
account_issue|mon compte me deconnecte toutes les 5 minutes
account_issue|Comment changer ma date de naissance dans mon profil ?
account_issue|Ma carte de fidélité n'est pas rattachée à mon compte en ligne.
account_issue|Je me suis inscrit deux fois par erreur, merci de supprimer le doublon.
account_issue|Mes préférences de communication reviennent toujours par défaut.
technical_issue|Le site met plus d'une minute à charger chaque page.
technical_issue|Quand je clique sur « ajouter au panier », rien ne se passe.
technical_issue|l appli plante des que je l ouvre depuis la mise a jour
technical_issue|Le code promo ne peut pas être saisi, le champ est grisé.
technical_issue|La carte des points relais ne s'affiche pas sur mon ordinateur.
technical_issue|J'ai une page d'erreur 500 au moment de créer mon compte.
technical_issue|Les images des produits apparaissent floues sur l'application.
technical_issue|Le site est inutilisable sur Safari, les menus se superposent.
technical_issue|La recherche par référence ne donne aucun résultat alors que l'article existe.
technical_issue|Le formulaire de contact affiche « envoi impossible ».
technical_issue|L'application ne reçoit plus les notifications depuis la dernière version.
technical_issue|Le zoom sur les photos produit ne fonctionne pas.
technical_issue|Je ne peux pas télécharger le bon de retour, le lien renvoie une erreur.
technical_issue|Le site me redirige sans cesse vers la page d'accueil.
technical_issue|La vidéo de présentation ne se lance pas.
technical_issue|Le panier affiche des articles que j'ai supprimés hier.
technical_issue|L'appli Android reste bloquée sur l'écran de démarrage.
technical_issue|le site bug sur mon tel, impossible de scroller
technical_issue|Le captcha refuse toutes mes réponses, je ne peux pas valider.
technical_issue|Les prix ne s'affichent plus sur la page catégorie.
technical_issue|Le bouton de connexion est caché derrière la bannière des cookies.
technical_issue|La page de paiement reste blanche après avoir choisi la livraison.
technical_issue|L'application consomme énormément de batterie et fait chauffer mon téléphone.
technical_issue|Le lien de désinscription dans vos mails mène à une page introuvable.
technical_issue|Le site affiche les textes en allemand alors que je suis en France.
technical_issue|Le scanner de code-barres de l'appli ne reconnaît rien.
technical_issue|Les filtres de prix remettent tout à zéro quand je change de page.
technical_issue|La page produit se recharge en boucle sur Chrome.
technical_issue|Impossible d'ajouter une photo à mon avis, l'envoi échoue.
technical_issue|La mise à jour de l'appli est bloquée à 90 %.
technical_issue|J'ai un message « session expirée » toutes les deux minutes.
technical_issue|Le menu déroulant des pays est vide dans le formulaire d'adresse.
technical_issue|Votre site n'est pas accessible depuis mon réseau d'entreprise, la connexion est refusée.
technical_issue|L'appli affiche mon panier vide alors que sur ordinateur il est plein.
technical_issue|Les caractères accentués s'affichent mal dans le récapitulatif.
general_inquiry|Faites-vous des emballages cadeaux ?
general_inquiry|Quels sont les délais de livraison pour la Corse ?
general_inquiry|Est-ce que vous avez une boutique physique à Bordeaux ?
general_inquiry|Vous livrez le dimanche ?
general_inquiry|Combien de temps ai-je pour changer d'avis après un achat ?
general_inquiry|La veste existe-t-elle en taille XXL ?
general_inquiry|Quand les soldes d'hiver commencent-elles chez vous ?
general_inquiry|Proposez-vous des réductions pour les étudiants ?
general_inquiry|Puis-je retirer ma commande directement en magasin ?
general_inquiry|Est-ce que vos produits sont fabriqués en France ?
general_inquiry|Comment fonctionne votre programme de fidélité ?
general_inquiry|Le modèle noir sera-t-il de nouveau disponible bientôt ?
general_inquiry|bonjour vous expédiez au canada ?
general_inquiry|Comment puis-je joindre votre service client par téléphone ?
general_inquiry|Avez-vous un numéro où l'on peut parler à quelqu'un ?
general_inquiry|Je préfère échanger avec un conseiller plutôt que par mail, c'est possible ?
general_inquiry|Quelle est la garantie sur vos appareils électroménagers ?
general_inquiry|Les frais de retour sont-ils à ma charge ?
general_inquiry|Est-ce que les articles en promotion peuvent être échangés ?
general_inquiry|Vendez-vous des cartes cadeaux dématérialisées ?
general_inquiry|Quelle est la composition du tissu de cette robe ?
general_inquiry|Proposez-vous l'installation à domicile pour les gros appareils ?
general_inquiry|Y a-t-il un minimum d'achat pour la livraison gratuite ?
general_inquiry|Est-ce que vous reprenez les anciens appareils ?
general_inquiry|Vos cosmétiques sont-ils testés sur les animaux ?
general_inquiry|Avez-vous des offres pour les comités d'entreprise ?
general_inquiry|Jusqu'à quelle heure puis-je commander pour être livré demain ?
general_inquiry|Est-ce que vous faites la livraison en point relais en Belgique ?
general_inquiry|Quel transporteur utilisez-vous pour les meubles ?
general_inquiry|Les prix affichés incluent-ils la TVA ?
general_inquiry|Peut-on prendre rendez-vous en boutique pour un essayage ?
general_inquiry|Combien coûte la livraison express ?
general_inquiry|c quoi vos horaires le dimanche
general_inquiry|Est-ce qu'il y a une application mobile pour commander ?
general_inquiry|Faites-vous des ventes privées réservées aux membres ?
general_inquiry|Puis-je commander par téléphone si je n'ai pas internet ?
general_inquiry|Proposez-vous un service de retouche pour les pantalons ?
general_inquiry|Le service client est-il ouvert pendant les jours fériés ?
general_inquiry|Recrutez-vous des vendeurs pour la période des fêtes ? Où voir les offres ?
refund_request|Je voudrais être remboursé pour le manteau que j'ai renvoyé la semaine dernière.
refund_request|Quand vais-je recevoir le remboursement de ma commande annulée ?
refund_request|Le produit est arrivé cassé, je veux un remboursement, pas un échange.
refund_request|rembourser moi svp j ai renvoye le colis depuis 15 jours
refund_request|Vous avez reçu mon retour il y a deux semaines et toujours aucun remboursement.
refund_request|Je souhaite exercer mon droit de rétractation et être remboursée.
refund_request|On m'a remboursé 30 € au lieu de 45 €, il manque les frais de port.
refund_request|Pouvez-vous me rembourser la différence, le prix a baissé le lendemain de mon achat ?
refund_request|Comment obtenir une étiquette de retour pour me faire rembourser ?
refund_request|Je préfère un remboursement sur ma carte plutôt qu'un avoir.
refund_request|Le remboursement est indiqué comme effectué mais je ne vois rien sur mon compte.
refund_request|La commande n'est jamais arrivée, merci de me rembourser intégralement.
refund_request|Je voudrais renvoyer les chaussures, elles ne me vont pas, et récupérer mon argent.
refund_request|Combien de jours faut-il pour que le remboursement apparaisse sur ma carte ?
refund_request|J'ai annulé avant l'expédition, je veux être remboursé des frais de port aussi.
refund_request|Vous m'aviez promis un geste commercial, je n'ai toujours rien reçu.
refund_request|Je retourne le lot complet, merci de procéder au remboursement.
refund_request|Remboursement partiel possible pour l'article abîmé que je garde ?
refund_request|je veux mon argent point final
refund_request|Le remboursement de mon retour est bloqué depuis un mois.
refund_request|Puis-je être remboursé en espèces en magasin pour un achat en ligne ?
refund_request|Vous avez remboursé la mauvaise carte, celle-ci est clôturée.
refund_request|Mon colis retour a été perdu par le transporteur, vais-je quand même être remboursée ?
refund_request|Je demande le remboursement de la garantie prolongée que je n'ai jamais voulue.
refund_request|L'article retourné a été refusé, je ne comprends pas pourquoi je ne suis pas remboursé.
refund_request|Merci de rembourser l'abonnement qui a été renouvelé automatiquement.
refund_request|Le vendeur en magasin m'a dit que le remboursement serait sous 48 h, c'était il y a dix jours.
refund_request|J'attends toujours le virement du remboursement promis par votre collègue.
refund_request|Les frais de retour ont été déduits de mon remboursement, ce n'était pas prévu.
refund_request|Je renvoie le canapé, comment organiser l'enlèvement et le remboursement ?
refund_request|Peut-on me rembourser les 12 € de livraison express, le colis est arrivé en retard ?
refund_request|Mon retour est arrivé chez vous selon le suivi, où en est mon remboursement ?
refund_request|Je voudrais me faire rembourser le cadeau reçu en double.
refund_request|Je ne souhaite pas d'échange, seulement le remboursement.
refund_request|Le remboursement a été fait sur un avoir alors que j'avais demandé ma carte.
other|Bonne année à toute l'équipe !
other|Vous êtes une entreprise sympa, continuez comme ça.
other|Je suis journaliste et je prépare un article sur le commerce en ligne, puis-je vous interviewer ?
other|Proposez-vous des stages de fin d'études dans votre service marketing ?
other|Est-ce que vous savez s'il va pleuvoir demain ?
other|ok ça marche
other|D'accord, je vais attendre alors.
other|Parfait, merci pour l'info.
other|Pardon, ce message ne vous était pas destiné.
other|Quel est votre film préféré ?
other|Nous sommes une agence de référencement et pouvons doubler votre trafic.
other|Vous avez gagné un bon d'achat de 500 €, cliquez vite sur ce lien.
other|Je teste juste la messagerie.
other|Tu es un robot ou un humain ?
other|Racontez-moi une histoire drôle.
other|Mon fils adore le dinosaure en peluche, il dort avec tous les soirs.
other|Je voulais juste dire que le livreur était adorable.
other|Bravo pour votre nouvelle collection, elle est superbe.
other|Qui a gagné la coupe du monde en 1998 ?
other|Vous pouvez me conseiller un bon livre ?
other|Votre logo ressemble à celui d'une autre marque, non ?
other|Envoyez-moi des photos de chats.
other|Je cherche un plombier sur Nantes, vous connaissez quelqu'un ?
other|Je vous propose un partenariat avec mon compte Instagram de 50 000 abonnés.
other|Bien noté, bonne soirée.
other|Je reviendrai vers vous plus tard.
other|Vos vendeuses en magasin sont toujours de bon conseil, merci à elles.
other|hahaha trop drôle votre pub à la télé
other|Quelle est la capitale de l'Australie ?
other|Je passe juste dire bonjour.
other|Désolé, je me suis trompé de conversation.
other|Je vous écris au nom de l'association du quartier pour une tombola, accepteriez-vous de donner un lot ?
other|Pouvez-vous m'aider à écrire une lettre de motivation ?
other|C'est bon, j'ai trouvé la réponse tout seul.
other|Joyeux Noël et merci pour cette année.
order_issue|Bonjour, serait-il possible de remplacer un des deux vases de ma commande par le modèle plus petit ? Même prix je crois.
order_issue|Petite modification svp : retirez le tapis de ma commande, je garde le reste.
order_issue|Vous pouvez changer le mode de livraison de ma commande en retrait magasin ?
order_issue|Bonjour ! J'adore votre boutique. Par contre ma commande passée lundi n'est toujours pas expédiée, une idée du délai ?
order_issue|Le livreur m'a donné un colis à un autre nom, le mien n'est jamais arrivé.
order_issue|Merci pour le suivi par SMS, très pratique ! Sauf que le créneau annoncé est passé et personne n'est venu.
order_issue|J'aurais voulu grouper mes deux commandes de cette semaine en un seul envoi, c'est faisable ?
order_issue|Je n'ai reçu que la moitié du service de table, les assiettes creuses manquent.
order_issue|Bonsoir, l'adresse de livraison a un numéro d'appartement manquant, pouvez-vous le rajouter avant l'envoi ?
product_issue|Comment remettre la balance connectée à zéro ? Le mode d'emploi ne l'explique pas.
product_issue|Le rideau ne tombe pas droit, il gondole sur les côtés même après repassage.
product_issue|Je n'arrive pas à monter l'étagère, il manque un schéma pour l'étape 4.
product_issue|Ma cafetière affiche un code E3, qu'est-ce que ça veut dire ?
product_issue|La télécommande du ventilateur ne répond qu'à dix centimètres, c'est normal ?
product_issue|Comment détartrer la machine à expresso que vous m'avez vendue ?
product_issue|Le cuir des bottines a craquelé après la première pluie.
payment_issue|Bonjour, j'ai été débitée alors que ma commande a été annulée par votre site, pouvez-vous regarder ?
payment_issue|Le paiement fractionné me prélève des frais alors qu'il était annoncé sans frais.
payment_issue|Mon code étudiant est refusé au paiement, il indique « non valable ».
payment_issue|La facture pro n'indique pas mon numéro de TVA intracommunautaire.
payment_issue|Je ne comprends pas la ligne « frais de service » sur mon récapitulatif de paiement.
payment_issue|ma carte passe pas, j ai essayé 3 fois
payment_issue|Mon paiement est refusé à cause d'une adresse de facturation différente de celle de ma carte.
payment_issue|Le montant de la carte cadeau a été débité deux fois de mon solde.
payment_issue|Pouvez-vous refaire ma facture à l'adresse de mon entreprise ?
account_issue|Mon compte a été suspendu et je ne peux plus voir ma commande en cours, c'est pressant.
account_issue|Bonjour, impossible de modifier mon adresse de facturation dans mon espace client.
account_issue|Comment ajouter une deuxième adresse de livraison à mon compte ?
account_issue|Mon fils a créé un compte avec mon adresse mail, comment récupérer la main dessus ?
account_issue|Je voudrais transférer mes points de fidélité sur le compte de ma femme.
account_issue|Mon compte affiche un autre prénom que le mien.
account_issue|La connexion par lien magique ne m'envoie jamais de mail.
account_issue|Merci de retirer mon adresse de votre liste de diffusion.
account_issue|j ai oublié mon identifiant et mon mot de passe, je fais comment
technical_issue|Le site ne garde pas mes préférences de cookies, la bannière revient à chaque page.
technical_issue|Le QR code du bon de retour ne s'affiche pas dans l'appli.
technical_issue|Les notifications push arrivent en double sur mon téléphone.
technical_issue|Le site affiche « aucun article » quand je filtre par couleur bleue, alors qu'il y en a.
technical_issue|L'appli se déconnecte quand je passe du Wi-Fi à la 4G.
general_inquiry|Je voudrais parler à quelqu'un de vive voix, à quel numéro vous appeler ?
general_inquiry|Est-ce qu'un conseiller peut me rappeler cet après-midi ?
general_inquiry|Y a-t-il quelqu'un au service client le samedi ?
general_inquiry|Puis-je retourner un article acheté en ligne dans une de vos boutiques ?
general_inquiry|Combien de temps dure la garantie sur les matelas ?
general_inquiry|Livrez-vous dans les DOM-TOM et à quel tarif ?
general_inquiry|Les articles reconditionnés sont-ils garantis ?
general_inquiry|Est-ce que je peux réserver un article en boutique avant de venir ?
general_inquiry|Avez-vous un service de montage pour les meubles ?
refund_request|Merci de votre patience ! Pourriez-vous me rembourser la lampe que je vous ai renvoyée lundi ?
refund_request|Votre collègue m'a promis un remboursement des frais de port, rien n'est arrivé.
refund_request|je veux etre rembourse pas un bon d achat
refund_request|L'article était en promo le lendemain, vous remboursez la différence ?
refund_request|Le colis n'est jamais arrivé, je préfère être remboursé plutôt que renvoyé.
other|Pardon, je me suis trompé de destinataire.
other|Je donne mon avis : votre nouveau logo est moins joli que l'ancien.
other|Je vous ai déjà tout expliqué dans mon message précédent.
"""

    static let english = """
order_issue|My parcel left your warehouse eight days ago and the tracking hasn't updated since.
order_issue|hey ordered a hoodie last week still nothing
order_issue|The courier left my package on the doorstep and now it's gone.
order_issue|Dear Sir or Madam, my order from the 2nd of November has still not been dispatched.
order_issue|You sent me three mugs instead of two and forgot the teapot.
order_issue|Can you cancel the order I placed this morning? I picked the wrong model.
order_issue|I typed my old address at checkout, the parcel is going to my previous flat.
order_issue|parcel got returned to sender even though i was home all day
order_issue|The carrier says address not found but my address is correct.
order_issue|My order was split into two parcels and only the first one arrived.
order_issue|I never got a dispatch confirmation email, has my order actually shipped?
order_issue|Tracking says my parcel has been held at customs for two weeks. What should I do?
order_issue|The package was delivered to a neighbour I don't know and I can't get it back.
order_issue|I'd like to change tomorrow's delivery slot, I won't be in.
order_issue|You sent me someone else's order, the name on the packing slip isn't mine.
order_issue|Order 88412: due yesterday, still in transit, no news at all.
order_issue|Is it too late to add an item to the order I placed an hour ago?
order_issue|I got the same item twice but only ordered one.
order_issue|The pickup point has closed down and my parcel is still shown as waiting there.
order_issue|driver marked me as not home but nobody knocked
order_issue|The table arrived without its legs, they weren't in the box.
order_issue|My order has been stuck on processing for ten days.
order_issue|Could you redirect my order to my office instead of my home address?
order_issue|The box contents don't match the invoice that came with it.
order_issue|You promised 48-hour delivery, it's been a week. Where's my package?
order_issue|It says delivered at 2pm but I was in and nobody came.
order_issue|No idea when my order will arrive, the tracking just says date to be confirmed.
order_issue|The box only had the instructions in it, not the actual product.
order_issue|Half my order is missing, I received two items out of five.
order_issue|The tracking number belongs to a parcel delivered in Glasgow, I live in Bristol.
order_issue|can u check if my order has shipped yet pls
order_issue|My parcel went to a different collection point than the one I chose.
order_issue|My Christmas presents still haven't arrived and it's three days away.
order_issue|The box had been opened and taped back up, one of the two bottles is missing.
order_issue|Nobody told me my order would come in two deliveries.
order_issue|I ordered a size 9 but the label says 7, you sent the wrong size.
order_issue|My package has been sitting at the sorting centre since the weekend.
order_issue|The delivery van came on the wrong day and took my parcel back to the depot.
order_issue|Please hold my order for a week, I'm away on holiday.
order_issue|The furniture delivery team never showed up for the booked slot.
product_issue|The blender makes a grinding metal noise as soon as I switch it on.
product_issue|The seams on these jeans are already coming apart after two wears.
product_issue|How do I change the filter on the cooker hood? The manual doesn't say.
product_issue|The speaker battery barely lasts an hour instead of the ten advertised.
product_issue|The mattress has a strong chemical smell even after airing it for three days.
product_issue|kettle leaks from the bottom, water all over the counter
product_issue|These trainers run really big, my usual size is far too loose.
product_issue|The varnish on the chairs is already peeling and they're barely a month old.
product_issue|The trousers are much shorter than the size guide says.
product_issue|The camera lens takes blurry pictures even on auto mode.
product_issue|The bread maker won't heat up any more, the light is on but nothing bakes.
product_issue|The leather bag is staining my light-coloured clothes.
product_issue|The yoga mat is really slippery, it's not non-slip at all.
product_issue|Quick question: is this heater safe to use in a bathroom?
product_issue|The right earbud crackles, even with a different phone.
product_issue|The stand mixer cuts out after two minutes.
product_issue|The watch loses about five minutes a day.
product_issue|The lamp's glass shade has a crack you can see when it's lit.
product_issue|The jumper is pilling badly for something sold as premium.
product_issue|oven doesnt get hot enough, cakes are raw in the middle
product_issue|The drill smells like burning after a few holes.
product_issue|The perfume I received smells nothing like the one I bought in store.
product_issue|The pan lid doesn't sit flat, there's a gap all round.
product_issue|The e-scooter won't go above 10 km/h but it's sold as 25.
product_issue|The batteries that came with the remote were already flat.
product_issue|It feels like plastic, but the product page said solid oak.
product_issue|Which wash setting should I use for the feather duvet I bought from you?
product_issue|The office chair leans to one side, the gas lift seems faulty.
product_issue|The sofa fabric has pulled threads everywhere, poor quality.
product_issue|The thermometer reads three degrees higher than it should.
product_issue|My robot vacuum just spins in circles and never goes back to its dock.
product_issue|The toy snapped in half on day one, my daughter is gutted.
product_issue|The duvet cover has stains that won't wash out.
product_issue|The screws supplied for the shelf are too short.
product_issue|The insulated bottle doesn't keep drinks cold at all.
product_issue|The printer leaves streaks on every page even with a new cartridge.
product_issue|The sole of the boot came unstuck in the rain.
product_issue|Does this headset work with a PS5? Mine won't connect to it.
product_issue|pram squeaks and the front wheel keeps locking
product_issue|The cabinet I received is a different size from the one on the listing.
payment_issue|I was charged even though the order failed.
payment_issue|My PayPal payment has been pending for three days, is that normal?
payment_issue|The amount taken doesn't match the basket total.
payment_issue|paid twice for the same order, i can see two transactions on my bank app
payment_issue|The WELCOME discount code doesn't work at checkout.
payment_issue|Could you send me an invoice made out to my company?
payment_issue|My bank asks me to approve the payment but your page times out first.
payment_issue|You charged me shipping even though my order was over the free delivery threshold.
payment_issue|Pay in instalments was declined with no explanation.
payment_issue|I was charged VAT but I'm ordering from Norway.
payment_issue|My gift card balance wasn't taken off the total.
payment_issue|The price changed between adding it to my basket and paying.
payment_issue|There's a charge from you on my statement that I don't recognise.
payment_issue|Can I pay by bank transfer?
payment_issue|card declined but theres plenty of money on it
payment_issue|The 20% off wasn't applied to the sale items.
payment_issue|My £15 store credit doesn't show up when I pay.
payment_issue|The invoice shows a different amount from what left my account.
payment_issue|I sent the bank transfer but the order still says awaiting payment.
payment_issue|Apple Pay isn't showing as a payment option.
payment_issue|You charged me for express delivery but I picked standard.
payment_issue|I got an email saying my payment failed, but the money has gone.
payment_issue|The checkout total is in euros instead of pounds.
payment_issue|Why was my card charged before the order shipped?
payment_issue|My monthly instalment was taken twice this month.
payment_issue|cant find where to download my invoice
payment_issue|My friend's referral code didn't give me the discount.
payment_issue|My card expires next month, how do I update the payment method for my subscription?
payment_issue|A £200 pre-authorisation has been holding funds on my account for a week.
payment_issue|The voucher you emailed is rejected as expired but it's from yesterday.
payment_issue|You charged me in dollars and my bank added a currency conversion fee.
payment_issue|I didn't get a payment confirmation, should I order again?
payment_issue|The loyalty discount isn't taken off my total.
payment_issue|I paid with my husband's card by mistake, can I switch cards?
payment_issue|Why did my card get a £1 charge when I saved it?
payment_issue|Do you take American Express?
account_issue|I can't log in since I switched to a new phone.
account_issue|How do I change the email address on my account?
account_issue|cant log in says wrong password but its definitely right
account_issue|My account was deactivated without warning, what happened?
account_issue|I still get the newsletter even though I unsubscribed.
account_issue|Someone changed my account password and now I'm locked out.
account_issue|The verification code by text never arrives.
account_issue|I have two accounts with different emails, can you merge them?
account_issue|Please delete my account and all the data you hold on me.
account_issue|My loyalty points have vanished from my account.
account_issue|My order history is empty but I've ordered several times.
account_issue|How do I update my phone number in my profile?
account_issue|signed up but never got the activation email
account_issue|The password reset link says it has expired.
account_issue|My account is locked after a few failed login attempts.
account_issue|My saved addresses have disappeared from my account.
account_issue|I can't remember which email I used to sign up.
account_issue|How do I turn on two-factor authentication?
account_issue|I keep getting suspicious sign-in alerts for my account and it wasn't me.
account_issue|It says my email is already registered but I've never made an account.
account_issue|I'm requesting an export of everything you store about me.
account_issue|I can't sign out of my account on the family computer.
account_issue|My premium membership isn't showing on my account any more.
account_issue|Please stop sending me promotional texts.
account_issue|Sign in with Google doesn't recognise me.
account_issue|I'd like to recover my old account, I no longer have access to that email.
account_issue|The temporary password you sent doesn't work.
account_issue|my account keeps logging me out every 5 mins
account_issue|How do I change my date of birth on my profile?
account_issue|My in-store loyalty card isn't linked to my online account.
account_issue|I registered twice by mistake, please remove the duplicate.
account_issue|My marketing preferences keep resetting to default.
account_issue|I want to change the name on my account.
account_issue|Can I have two delivery addresses saved on one account?
technical_issue|Every page takes over a minute to load.
technical_issue|When I click add to basket nothing happens.
technical_issue|app crashes the second i open it since the update
technical_issue|I can't type in the promo code box, it's greyed out.
technical_issue|The pickup point map won't display on my laptop.
technical_issue|I get a 500 error page when I try to register.
technical_issue|Product images look blurry in the app.
technical_issue|The site is unusable on Safari, the menus overlap.
technical_issue|Searching by product code returns nothing even though the item exists.
technical_issue|The contact form says message could not be sent.
technical_issue|The app stopped sending notifications after the latest version.
technical_issue|Zooming in on product photos doesn't work.
technical_issue|I can't download the returns label, the link throws an error.
technical_issue|The site keeps redirecting me to the homepage.
technical_issue|The product video won't play.
technical_issue|My basket shows items I removed yesterday.
technical_issue|The Android app is stuck on the splash screen.
technical_issue|site is glitching on my phone, cant scroll
technical_issue|The captcha rejects every answer so I can't submit.
technical_issue|Prices don't show on the category page any more.
technical_issue|The sign-in button is hidden behind the cookie banner.
technical_issue|The payment page stays blank after I choose delivery.
technical_issue|The app drains my battery and makes my phone hot.
technical_issue|The unsubscribe link in your emails goes to a page not found.
technical_issue|The site shows everything in German even though I'm in the UK.
technical_issue|The app's barcode scanner doesn't recognise anything.
technical_issue|The price filters reset every time I change page.
technical_issue|The product page keeps reloading in a loop on Chrome.
technical_issue|I can't attach a photo to my review, the upload fails.
technical_issue|The app update is stuck at 90%.
technical_issue|I get a session expired message every couple of minutes.
technical_issue|The country dropdown in the address form is empty.
technical_issue|Your website won't open from my work network, the connection is refused.
technical_issue|The app shows an empty basket but on desktop it's full.
technical_issue|The order summary shows weird symbols instead of letters.
general_inquiry|Do you offer gift wrapping?
general_inquiry|How long does delivery take to the Channel Islands?
general_inquiry|Have you got a physical shop in Leeds?
general_inquiry|Is weekend delivery an option?
general_inquiry|How long do I have to change my mind after buying something?
general_inquiry|Does the jacket come in XXL?
general_inquiry|When does your winter sale start?
general_inquiry|Do you do a student discount?
general_inquiry|Can I pick up my order in store?
general_inquiry|Are your products made in the UK?
general_inquiry|How does your rewards scheme work?
general_inquiry|Will the black version be back in stock soon?
general_inquiry|hi do you ship to canada
general_inquiry|What's the phone number for customer service?
general_inquiry|Is there a number I can call to talk to a real person?
general_inquiry|I'd rather speak to an advisor than email, is that possible?
general_inquiry|What warranty comes with your kitchen appliances?
general_inquiry|Do I have to pay for returns?
general_inquiry|Can sale items be exchanged?
general_inquiry|Do you sell e-gift cards?
general_inquiry|What is this dress made of?
general_inquiry|Do you offer installation for large appliances?
general_inquiry|Is there a minimum spend for free delivery?
general_inquiry|Do you take back old appliances for recycling?
general_inquiry|Are your cosmetics tested on animals?
general_inquiry|Do you have corporate discounts for staff schemes?
general_inquiry|What's the cut-off time to order for next-day delivery?
general_inquiry|Do you deliver to pickup points in Ireland?
general_inquiry|Which courier do you use for furniture?
general_inquiry|Do your prices include VAT?
general_inquiry|Can I book a fitting appointment in store?
general_inquiry|How much is express shipping?
general_inquiry|what time do u close on saturdays
general_inquiry|Is there an app I can order from?
general_inquiry|Do you run members-only sales?
general_inquiry|Can I place an order over the phone?
general_inquiry|Do you offer an alterations service?
general_inquiry|Is customer service open on bank holidays?
general_inquiry|Do gift vouchers have a time limit on them?
general_inquiry|How do your loyalty points work, and what can I spend them on?
refund_request|I'd like a refund for the coat I sent back last week.
refund_request|When will I get my money back for the cancelled order?
refund_request|It arrived broken and I want a refund, not a replacement.
refund_request|refund me please sent the parcel back 2 weeks ago
refund_request|You got my return two weeks ago and still no refund.
refund_request|I'm cancelling under the 14-day cooling-off period and want my money back.
refund_request|You refunded £30 instead of £45, the shipping is missing.
refund_request|Can you refund the difference? The price dropped the day after I bought it.
refund_request|How do I get a returns label so I can be refunded?
refund_request|I'd prefer a refund to my card rather than store credit.
refund_request|The refund says processed but nothing's shown up in my account.
refund_request|The order never arrived, please refund me in full.
refund_request|I want to send the shoes back, they don't fit, and get my money back.
refund_request|How many days until the refund hits my card?
refund_request|I cancelled before it shipped, I want the delivery charge refunded too.
refund_request|You promised me a goodwill gesture and I've received nothing.
refund_request|I'm returning the whole bundle, please process the refund.
refund_request|Could I get a partial refund for the damaged item and keep it?
refund_request|just want my money back
refund_request|The refund for my return has been stuck for a month.
refund_request|Can I get a cash refund in store for an online order?
refund_request|You refunded the wrong card and that account is closed.
refund_request|The courier lost my return parcel, will I still get my refund?
refund_request|Please refund the extended warranty I never asked for.
refund_request|My return was rejected and I don't understand why I'm not getting a refund.
refund_request|Please refund the subscription that renewed automatically.
refund_request|The store assistant said the refund would take 48 hours, that was ten days ago.
refund_request|I'm still waiting on the refund your colleague promised.
refund_request|You deducted return postage from my refund, which nobody mentioned.
refund_request|I'm sending the sofa back, how do I arrange collection and a refund?
refund_request|Can I get the £12 express delivery fee back? The parcel came late.
refund_request|Tracking shows my return reached you, where's my refund?
refund_request|I'd like to return a duplicate gift for a refund.
refund_request|I don't want an exchange, just a refund.
refund_request|You refunded me as a voucher but I asked for it back on my card.
other|Happy new year to the whole team!
other|You're a lovely company, keep it up.
other|I'm a journalist writing a piece on online retail, could I interview someone?
other|Do you take interns in your marketing department?
other|Do you know if it's going to rain tomorrow?
other|okay cool
other|Fine, I'll wait then.
other|Perfect, thanks for letting me know.
other|Sorry, that message wasn't meant for you.
other|What's your favourite film?
other|We're an SEO agency and can double your traffic in a month.
other|You've won a £500 voucher, click this link now.
other|Just testing the chat.
other|Are you a robot or a human?
other|Tell me a joke.
other|My son loves the dinosaur plush, he sleeps with it every night.
other|Just wanted to say the delivery guy was lovely.
other|Well done on the new collection, it's gorgeous.
other|Who won the World Cup in 1966?
other|Can you recommend a good book?
other|Your logo looks a lot like another brand's, doesn't it?
other|Send me pictures of cats.
other|I need a plumber in Nottingham, do you know anyone?
other|I'd like to offer a partnership with my Instagram account, 50k followers.
other|Noted, have a good evening.
other|I'll get back to you later.
other|The staff in your shop are always so helpful, thank them for me.
other|lol your TV advert is hilarious
other|What's the capital of Australia?
other|Just popping in to say hi.
other|Sorry, wrong chat.
other|I'm writing on behalf of our school fair, would you donate a raffle prize?
other|Can you help me write a cover letter?
other|Never mind, I figured it out myself.
other|Merry Christmas and thanks for this year.
order_issue|Morning! Could you take the rug off my order please? I'll keep everything else.
order_issue|Can you switch my order to click and collect instead of home delivery?
order_issue|Love your shop! But my order from Monday still hasn't been dispatched, any idea when it will go?
order_issue|Thanks for the text updates, really handy! Only problem is the delivery window has passed and nobody came.
order_issue|Could my two orders from this week be sent together in one parcel?
order_issue|I only got half the dinner set, the bowls are missing.
order_issue|My delivery address is missing the flat number, can you add it before it ships?
order_issue|The driver handed me a parcel with someone else's name on it, mine never came.
order_issue|Could you upgrade my order to next-day delivery? It hasn't shipped yet.
product_issue|How do I zero the smart scales? The instructions don't mention it.
product_issue|The curtain doesn't hang straight, it ripples at the sides even after ironing.
product_issue|I can't assemble the shelving, the diagram for step 4 is missing.
product_issue|My coffee machine shows error E3, what does that mean?
product_issue|The fan remote only works from ten centimetres away, is that normal?
product_issue|How do I descale the espresso machine I bought from you?
product_issue|The leather on the ankle boots cracked after the first rain.
payment_issue|Hi, I was charged even though your site cancelled my order, can you check?
payment_issue|Pay in 3 is charging me interest even though it said interest-free.
payment_issue|My student code is rejected at checkout, it says not valid.
payment_issue|The business invoice doesn't show my VAT number.
payment_issue|I don't understand the service fee line on my payment summary.
payment_issue|card wont go through, tried 3 times
payment_issue|My payment is declined because my billing address differs from my card address.
payment_issue|My gift card balance was deducted twice.
payment_issue|Could you reissue my invoice to my company address?
account_issue|My account has been suspended and I can't see my current order, it's urgent.
account_issue|I can't edit my billing address in my account settings.
account_issue|How do I add a second delivery address to my account?
account_issue|My son set up an account with my email address, how do I get control of it back?
account_issue|I'd like to move my loyalty points to my wife's account.
account_issue|My account shows a first name that isn't mine.
account_issue|The magic sign-in link never arrives in my inbox.
account_issue|Please remove my email from your mailing list.
account_issue|forgot my username and password, what do i do
technical_issue|The site doesn't remember my cookie choice, the banner comes back on every page.
technical_issue|The returns QR code won't show in the app.
technical_issue|Push notifications come through twice on my phone.
technical_issue|The site says no items when I filter by blue, but there are some.
technical_issue|The app logs me out when I switch from Wi-Fi to mobile data.
general_inquiry|I'd like to talk to someone in person, which number should I call?
general_inquiry|Could an advisor ring me back this afternoon?
general_inquiry|Is anyone in customer service on Saturdays?
general_inquiry|Can I return something I bought online to one of your shops?
general_inquiry|How long is the guarantee on mattresses?
general_inquiry|Do you deliver to the Isle of Man and how much does it cost?
general_inquiry|Are refurbished items covered by a warranty?
general_inquiry|Can I reserve an item in store before I come in?
general_inquiry|Do you offer a furniture assembly service?
refund_request|Thanks for your patience! Could you refund the lamp I sent back on Monday?
refund_request|Your colleague promised to refund the delivery charge, nothing has come through.
refund_request|i want a refund not a voucher
refund_request|It went on sale the day after I bought it, will you refund the difference?
refund_request|The parcel never turned up, I'd rather have a refund than a resend.
other|Apologies, I sent this to the wrong person.
other|Just my opinion: your new logo isn't as nice as the old one.
other|I already explained all of this in my last message.
"""
}
