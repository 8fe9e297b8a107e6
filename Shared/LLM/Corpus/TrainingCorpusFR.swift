// Training corpus for the embedded intent classifier, French. Written for this project; one message per line,
// `category|text`. Never mix these lines with the held-out evaluation set in Evaluation/.
enum TrainingCorpusFR {
    static let text = """
order_issue|Bonjour, ma commande n'est toujours pas arrivée alors qu'elle devait être livrée lundi.
order_issue|Où en est ma commande 458712 ? Je n'ai aucune nouvelle depuis une semaine.
order_issue|Le suivi du colis ne bouge plus depuis 5 jours, il est bloqué au centre de tri.
order_issue|J'ai reçu un pull bleu alors que j'avais commandé un pull vert.
order_issue|Il manque un article dans mon colis, je n'ai reçu que deux produits sur trois.
order_issue|Le transporteur indique que le colis a été livré mais je n'ai rien reçu.
order_issue|Est-ce que je peux modifier l'adresse de livraison de ma commande CMD-2024-1182 ?
order_issue|Je voudrais annuler ma commande passée ce matin, je me suis trompé de modèle.
order_issue|Mon numéro de suivi ne fonctionne pas sur le site de La Poste.
order_issue|Ça fait trois semaines que j'attends ma commande, c'est inadmissible.
order_issue|Je n'ai pas reçu de mail de confirmation d'expédition pour ma commande.
order_issue|Le livreur est passé en mon absence et n'a pas laissé d'avis de passage.
order_issue|Mon colis est marqué retourné à l'expéditeur, pourquoi ?
order_issue|Quand ma commande sera-t-elle expédiée ? Elle est en préparation depuis 6 jours.
order_issue|Je me suis trompé d'adresse lors de ma commande, pouvez-vous la corriger avant l'envoi ?
order_issue|Le colis est arrivé ouvert et à moitié vide.
order_issue|Ma commande a été livrée chez un voisin que je ne connais pas.
order_issue|J'ai commandé deux fois le même article par erreur, pouvez-vous annuler la deuxième commande ?
order_issue|La date de livraison prévue est dépassée depuis 4 jours.
order_issue|Je n'arrive pas à suivre mon colis, le lien de suivi renvoie une erreur de numéro inconnu.
order_issue|Vous m'avez envoyé la taille L au lieu de la taille M que j'avais commandée.
order_issue|Le point relais dit qu'il n'a jamais reçu mon colis.
order_issue|Commande n° 77812 : toujours en attente d'expédition, que se passe-t-il ?
order_issue|Est-il possible d'ajouter un article à ma commande en cours ?
order_issue|Mon colis est perdu, le transporteur ne répond pas.
order_issue|J'ai reçu la commande de quelqu'un d'autre, ce n'est pas mon nom sur le bon de livraison.
order_issue|Ma livraison express devait arriver en 24h, cela fait 3 jours.
order_issue|Pourriez-vous me donner le numéro de suivi de ma commande #55410 ?
order_issue|Le statut de ma commande indique expédiée mais le suivi n'a aucune information.
order_issue|Je n'ai reçu qu'une partie de ma commande, le reste arrive quand ?
order_issue|Je souhaite changer le point relais choisi pour ma commande.
order_issue|Mon colis est bloqué en douane depuis 10 jours.
order_issue|Le livreur a laissé le colis devant la porte et il a disparu.
order_issue|Pourquoi ma commande a-t-elle été annulée sans que je sois prévenu ?
order_issue|Je n'ai toujours rien reçu, la commande date du 3 mars.
order_issue|Les deux paires de chaussures commandées sont arrivées dans la mauvaise couleur.
order_issue|Mon colis indique une tentative de livraison alors que j'étais chez moi toute la journée.
order_issue|Pouvez-vous décaler la livraison de ma commande, je serai absent la semaine prochaine ?
order_issue|Vous avez envoyé mon colis à mon ancienne adresse.
order_issue|Le bon de commande ne correspond pas au contenu du carton.
order_issue|La commande est partie de l'entrepôt mais je n'ai pas de date de livraison.
order_issue|Mon paquet est en retard, je l'attendais pour un anniversaire samedi.
product_issue|Le produit reçu est cassé, l'écran est fissuré.
product_issue|La fermeture éclair de la veste s'est cassée au bout de deux jours.
product_issue|La taille 38 taille vraiment petit, je chausse normalement du 38 et c'est trop serré.
product_issue|Le mixeur ne s'allume plus après une semaine d'utilisation.
product_issue|La couleur du canapé ne correspond pas du tout à la photo du site.
product_issue|Le tissu de la robe bouloche déjà après un seul lavage.
product_issue|Mon aspirateur fait un bruit bizarre et n'aspire plus rien.
product_issue|L'article est arrivé abîmé, le carton était écrasé et le vase est brisé.
product_issue|La batterie de la montre ne tient pas plus de deux heures.
product_issue|Le jean est beaucoup trop grand, quel guide des tailles faut-il suivre ?
product_issue|Le chargeur fourni ne fonctionne pas avec le téléphone.
product_issue|Il y a une tache sur la chemise que j'ai reçue, elle semble déjà portée.
product_issue|La crème m'a provoqué des rougeurs, est-ce normal ?
product_issue|La notice de montage est incomplète, il manque des vis pour l'étagère.
product_issue|Le casque bluetooth ne se connecte pas à mon ordinateur.
product_issue|Le produit ne correspond pas à la description, ce n'est pas du cuir véritable.
product_issue|Les couleurs du t-shirt ont déteint au premier lavage.
product_issue|La poêle anti-adhésive accroche déjà, le revêtement s'en va.
product_issue|Le téléviseur a des pixels morts au milieu de l'écran.
product_issue|Mes baskets se décollent après un mois, la qualité est décevante.
product_issue|Le parfum reçu ne sent pas du tout comme celui acheté en boutique, est-ce une contrefaçon ?
product_issue|La lampe clignote sans arrêt, l'ampoule est pourtant neuve.
product_issue|Le produit est défectueux, il chauffe anormalement.
product_issue|La bague a noirci au bout de quelques jours.
product_issue|Ce modèle est-il compatible avec l'iPhone 15 ? Le mien ne rentre pas dans la coque.
product_issue|La machine à café fuit par le dessous.
product_issue|Le matelas s'affaisse déjà au milieu après trois semaines.
product_issue|Un des pieds de la table est plus court que les autres, elle est bancale.
product_issue|La garantie couvre-t-elle une panne du moteur de ma trottinette ?
product_issue|Le pantalon a un défaut de couture, l'ourlet est décousu.
product_issue|La coque ne protège pas du tout, mon téléphone s'est fissuré en tombant.
product_issue|L'imprimante affiche une erreur de cartouche alors que la cartouche est neuve.
product_issue|Les écouteurs grésillent du côté gauche.
product_issue|La gourde n'est pas étanche, elle fuit dans mon sac.
product_issue|Le produit sent très fort le plastique, est-ce toxique ?
product_issue|La valise a une roue cassée dès la première utilisation.
product_issue|La robe est transparente, ce n'est pas indiqué sur la fiche produit.
product_issue|Le robot ne reconnaît pas la capsule, il refuse de démarrer.
product_issue|Les manches sont trop courtes par rapport au guide des tailles.
product_issue|Mon vélo électrique ne se recharge plus.
product_issue|La peinture du meuble s'écaille déjà.
product_issue|Le jouet est arrivé avec une pièce manquante, mon fils ne peut pas l'utiliser.
payment_issue|Ma carte bancaire est refusée au moment de payer.
payment_issue|J'ai été débité deux fois pour la même commande.
payment_issue|Le paiement a échoué mais l'argent a quand même été prélevé sur mon compte.
payment_issue|Pouvez-vous m'envoyer la facture de ma commande 45871 ?
payment_issue|Je n'arrive pas à payer avec PayPal, la fenêtre se ferme.
payment_issue|Mon code promo ne fonctionne pas, il indique code invalide.
payment_issue|Le montant prélevé ne correspond pas au total affiché lors de la commande.
payment_issue|Est-il possible de payer en trois fois sans frais ?
payment_issue|La validation 3D Secure ne s'affiche jamais, je ne reçois pas le SMS de ma banque.
payment_issue|J'ai besoin d'une facture avec le nom de ma société et le numéro de TVA.
payment_issue|On m'a facturé les frais de port alors que la livraison devait être offerte.
payment_issue|Le paiement par carte cadeau ne passe pas.
payment_issue|Ma banque m'indique une transaction suspecte venant de votre site.
payment_issue|La réduction de 20 % ne s'est pas appliquée à mon panier.
payment_issue|J'ai payé par virement il y a une semaine et ma commande est toujours en attente de paiement.
payment_issue|Vous avez encaissé un montant de 89,90 € au lieu de 59,90 €.
payment_issue|Acceptez-vous les paiements par Apple Pay ?
payment_issue|Je n'ai pas reçu la facture par mail après mon achat.
payment_issue|Le prélèvement de mon abonnement a été fait deux fois ce mois-ci.
payment_issue|Mon paiement est en attente depuis trois jours, est-ce normal ?
payment_issue|Erreur de paiement : transaction refusée par l'émetteur de la carte.
payment_issue|Je voudrais changer la carte associée à mon abonnement.
payment_issue|La TVA apparaît deux fois sur ma facture.
payment_issue|Peut-on payer à la livraison ?
payment_issue|Le code de parrainage n'a pas été pris en compte lors du paiement.
payment_issue|Mon compte a été débité mais la commande n'apparaît nulle part.
payment_issue|Pouvez-vous corriger l'adresse de facturation sur ma facture ?
payment_issue|J'ai une autorisation de paiement bloquée sur mon compte bancaire depuis une semaine.
payment_issue|La carte Visa est refusée alors que j'ai assez d'argent sur mon compte.
payment_issue|Le prix a changé entre le panier et le paiement.
payment_issue|Le bon d'achat de 10 euros n'est pas déduit du total.
payment_issue|Je ne trouve pas comment télécharger mes factures.
payment_issue|Mon paiement en plusieurs fois a été refusé par l'organisme de crédit.
payment_issue|Vous m'avez prélevé des frais que je ne comprends pas sur mon relevé.
payment_issue|Le site me demande de payer en dollars alors que je suis en France.
payment_issue|Paiement refusé à chaque tentative, j'ai essayé avec deux cartes différentes.
payment_issue|Je souhaite un duplicata de facture pour ma note de frais.
payment_issue|Le code promo BIENVENUE10 est expiré alors que la newsletter dit qu'il est valable.
payment_issue|J'ai été prélevé alors que j'ai annulé mon abonnement le mois dernier.
payment_issue|Comment utiliser ma carte cadeau sur le site ?
account_issue|Je n'arrive plus à me connecter à mon compte.
account_issue|J'ai oublié mon mot de passe et je ne reçois pas le mail de réinitialisation.
account_issue|Mon compte est bloqué après plusieurs tentatives de connexion.
account_issue|Comment changer l'adresse email de mon compte client ?
account_issue|Je voudrais supprimer mon compte et toutes mes données personnelles.
account_issue|Le lien pour réinitialiser le mot de passe a expiré.
account_issue|Je veux me désinscrire de la newsletter, je reçois trop de mails.
account_issue|Quelqu'un a modifié les informations de mon compte sans mon accord.
account_issue|Mes points de fidélité ont disparu de mon compte.
account_issue|Je n'ai pas reçu l'email de validation pour activer mon compte.
account_issue|Comment modifier mon numéro de téléphone dans mon profil ?
account_issue|J'ai créé deux comptes par erreur, pouvez-vous les fusionner ?
account_issue|Je ne retrouve pas mon historique de commandes dans mon espace client.
account_issue|La double authentification ne m'envoie pas de code.
account_issue|Je souhaite accéder aux données que vous avez sur moi, conformément au RGPD.
account_issue|On me dit que mon adresse mail est déjà utilisée alors que je n'ai pas de compte.
account_issue|Comment changer mon mot de passe ?
account_issue|Mon compte a été piraté, il y a des commandes que je n'ai pas passées.
account_issue|Je n'arrive pas à enregistrer une nouvelle adresse dans mon compte.
account_issue|Je ne peux pas me connecter avec Google, ça me renvoie sur la page d'accueil.
account_issue|Comment fermer mon compte client ?
account_issue|Mon identifiant n'est pas reconnu alors que j'ai déjà commandé chez vous.
account_issue|Je voudrais ne plus recevoir vos SMS publicitaires.
account_issue|Mes informations de profil ne se sauvegardent pas.
account_issue|Ma carte de fidélité n'est pas rattachée à mon compte en ligne.
account_issue|Je reçois des mails de connexion suspecte sur mon compte.
account_issue|Je ne me souviens plus de l'adresse mail utilisée pour créer mon compte.
account_issue|Le mot de passe est refusé alors que je suis sûr de ne pas me tromper.
account_issue|Comment passer mon compte en compte professionnel ?
account_issue|Je voudrais changer le nom affiché sur mon compte.
account_issue|Mon compte a été désactivé sans explication.
account_issue|Le code de vérification reçu par SMS ne fonctionne pas.
account_issue|Je souhaite mettre à jour mes préférences de communication.
account_issue|Mes listes d'envies ont disparu de mon compte.
account_issue|Je me suis inscrit mais je ne peux pas me connecter.
account_issue|Pouvez-vous réactiver mon ancien compte ?
account_issue|Je n'arrive pas à modifier mon adresse de livraison par défaut dans mon profil.
account_issue|Comment récupérer mon compte si je n'ai plus accès à mon ancienne adresse mail ?
technical_issue|Le site ne charge pas, j'ai une page blanche.
technical_issue|L'application plante à chaque fois que j'ouvre le panier.
technical_issue|Le bouton valider ma commande ne fonctionne pas.
technical_issue|J'ai un message d'erreur 500 quand je veux accéder à mon panier.
technical_issue|Les images des produits ne s'affichent pas sur mon téléphone.
technical_issue|L'application se ferme toute seule depuis la dernière mise à jour.
technical_issue|Le moteur de recherche du site ne trouve rien, même des produits qui existent.
technical_issue|Le site est très lent, les pages mettent une minute à charger.
technical_issue|Impossible d'ajouter un produit au panier, rien ne se passe quand je clique.
technical_issue|Le panier se vide tout seul quand je change de page.
technical_issue|L'application ne s'installe pas sur mon Android.
technical_issue|Les filtres de taille ne fonctionnent pas sur la page des robes.
technical_issue|J'ai une erreur de certificat de sécurité en allant sur votre site.
technical_issue|Le formulaire de contact ne s'envoie pas, il tourne dans le vide.
technical_issue|La page de paiement reste bloquée sur le chargement.
technical_issue|L'appli affiche un écran noir au démarrage sur iPhone.
technical_issue|Le site s'affiche mal sur Safari, les menus se superposent.
technical_issue|Les notifications de l'application ne fonctionnent plus.
technical_issue|Le lien dans votre newsletter renvoie vers une page introuvable, erreur 404.
technical_issue|Le chat en ligne ne s'ouvre pas.
technical_issue|Le configurateur de produit bugue quand je choisis une couleur.
technical_issue|Je n'arrive pas à télécharger le PDF du guide, le fichier est corrompu.
technical_issue|Le scan du code-barres dans l'application ne marche pas.
technical_issue|Votre site ne fonctionne pas sur Firefox.
technical_issue|L'application me déconnecte toutes les deux minutes.
technical_issue|La carte des magasins ne s'affiche pas sur le site.
technical_issue|Le site affiche les prix en double, il y a un bug.
technical_issue|Quand je clique sur commander la page se recharge sans rien faire.
technical_issue|La vidéo de présentation du produit ne se lance pas.
technical_issue|Le captcha ne se charge pas et bloque l'inscription.
technical_issue|L'application crashe dès que j'essaie de scanner ma carte de fidélité.
technical_issue|Les caractères s'affichent bizarrement sur la fiche produit.
technical_issue|Votre site est en panne depuis ce matin ?
technical_issue|Le zoom sur les photos ne marche pas sur tablette.
technical_issue|La mise à jour de l'application a effacé mes réglages et elle ne démarre plus.
technical_issue|Le code de suivi dans l'appli affiche une erreur technique.
technical_issue|Le site me renvoie en boucle vers la page de connexion.
technical_issue|Impossible de finaliser l'achat sur mobile, le bouton est grisé.
general_inquiry|Quels sont vos horaires d'ouverture ?
general_inquiry|Livrez-vous en Belgique et en Suisse ?
general_inquiry|Combien coûtent les frais de livraison ?
general_inquiry|Quand ce produit sera-t-il de nouveau en stock ?
general_inquiry|Avez-vous une boutique physique à Lyon ?
general_inquiry|Quels sont les délais de livraison pour la Corse ?
general_inquiry|Proposez-vous des cartes cadeaux ?
general_inquiry|Le manteau existe-t-il en taille XXL ?
general_inquiry|Quelle est votre politique de retour ?
general_inquiry|Faites-vous des remises pour les étudiants ?
general_inquiry|Est-ce que vous recrutez en ce moment ?
general_inquiry|Êtes-vous ouverts le dimanche ?
general_inquiry|De quelle matière est faite cette chemise ?
general_inquiry|Proposez-vous l'emballage cadeau ?
general_inquiry|Combien de temps ai-je pour retourner un article ?
general_inquiry|Vos produits sont-ils fabriqués en France ?
general_inquiry|Est-ce qu'il y aura des soldes bientôt ?
general_inquiry|Comment puis-je vous contacter par téléphone ?
general_inquiry|Livrez-vous le samedi ?
general_inquiry|Avez-vous un programme de fidélité ?
general_inquiry|Le retrait en magasin est-il gratuit ?
general_inquiry|Ce canapé est-il livré monté ?
general_inquiry|Quelle est la différence entre les deux modèles de sac ?
general_inquiry|Quelle garantie proposez-vous sur l'électroménager ?
general_inquiry|Vendez-vous aux professionnels ?
general_inquiry|Est-ce que la livraison est offerte à partir d'un certain montant ?
general_inquiry|Où se trouve votre entrepôt ?
general_inquiry|Ce produit convient-il aux enfants de moins de 3 ans ?
general_inquiry|Allez-vous recevoir la nouvelle collection printemps ?
general_inquiry|Vos emballages sont-ils recyclables ?
general_inquiry|Est-il possible de réserver un article en magasin ?
general_inquiry|Quelles sont les dimensions exactes de la table basse ?
general_inquiry|Expédiez-vous à l'international, au Canada par exemple ?
general_inquiry|Quel transporteur utilisez-vous ?
general_inquiry|Pouvez-vous me conseiller une crème pour peau sèche ?
general_inquiry|Vos magasins sont-ils ouverts le 1er mai ?
general_inquiry|Les piles sont-elles fournies avec le jouet ?
general_inquiry|Faites-vous la livraison express en 24h ?
general_inquiry|Le service client est joignable à quelles heures ?
general_inquiry|Auriez-vous ce modèle dans une autre couleur ?
refund_request|Je souhaite être remboursé pour ce produit.
refund_request|Je n'ai toujours pas reçu mon remboursement alors que vous avez reçu le retour il y a deux semaines.
refund_request|Je veux retourner la robe et récupérer mon argent.
refund_request|Pouvez-vous me rembourser les frais de port ?
refund_request|Quand vais-je être remboursé de ma commande annulée ?
refund_request|Je demande le remboursement intégral, le produit ne me convient pas.
refund_request|Le remboursement annoncé n'apparaît pas sur mon compte bancaire.
refund_request|Je préfère un remboursement plutôt qu'un avoir.
refund_request|Vous m'avez remboursé seulement une partie de la commande, il manque 25 €.
refund_request|J'ai renvoyé le colis, comment se passe le remboursement ?
refund_request|Je voudrais me faire rembourser la différence de prix, l'article est en promo depuis hier.
refund_request|Remboursez-moi immédiatement, je ne veux plus de cet article.
refund_request|Je veux exercer mon droit de rétractation et être remboursé.
refund_request|Combien de temps prend le remboursement après le retour ?
refund_request|Mon retour a bien été réceptionné, mais pas de remboursement depuis.
refund_request|Je souhaite annuler et me faire rembourser, la livraison est trop longue.
refund_request|Pouvez-vous rembourser sur une autre carte, l'ancienne est expirée ?
refund_request|J'attends le remboursement de 49,99 euros depuis un mois.
refund_request|Je demande un geste commercial ou un remboursement partiel pour le retard.
refund_request|Le colis n'est jamais arrivé, je veux mon argent.
refund_request|Comment obtenir une étiquette de retour pour être remboursé ?
refund_request|Vous avez refusé mon remboursement, je ne comprends pas pourquoi.
refund_request|Je retourne les chaussures, merci de procéder au remboursement.
refund_request|Le produit défectueux a été renvoyé, j'aimerais être remboursé et non échangé.
refund_request|Je ne veux pas de bon d'achat, je veux un remboursement sur ma carte.
refund_request|Rembourser une commande payée par PayPal prend combien de jours ?
refund_request|J'ai été remboursé du produit mais pas des frais de livraison.
refund_request|Je souhaiterais le remboursement de mon abonnement non utilisé.
refund_request|Où en est le remboursement de mon retour n° 88213 ?
refund_request|Merci de me rembourser la commande annulée par vos soins.
refund_request|Je voudrais renvoyer l'article, est-ce que je serai remboursé intégralement ?
refund_request|Votre conseiller m'avait promis un remboursement sous 5 jours, rien reçu.
refund_request|Je réclame le remboursement de la somme prélevée à tort.
refund_request|Le remboursement a été fait sur un mauvais compte.
refund_request|Je rends le produit, il ne correspond pas à mes attentes, remboursement svp.
refund_request|Pouvez-vous confirmer que le remboursement a été lancé ?
refund_request|Je veux annuler mon achat et récupérer les 120 euros.
refund_request|Après retour du colis, je n'ai reçu qu'un avoir alors que j'avais demandé un remboursement.
refund_request|Est-ce que les frais de retour sont remboursés ?
other|Bonjour !
other|Merci beaucoup pour votre aide, bonne journée.
other|Super boutique, je recommande à tout le monde.
other|Vous êtes au top, merci pour tout.
other|Quel temps fait-il à Paris aujourd'hui ?
other|Je suis une agence de marketing, seriez-vous intéressés par un partenariat ?
other|Test test
other|Raconte-moi une blague.
other|Bravo à l'équipe pour la livraison rapide, tout était parfait.
other|Ok merci.
other|Salut, ça va ?
other|Je voulais juste dire que j'adore vos produits.
other|Je suis influenceuse et j'aimerais collaborer avec votre marque.
other|Qui a gagné le match hier soir ?
other|Achetez des followers pas chers sur notre site !
other|D'accord, c'est noté.
other|Bonne année à toute l'équipe !
other|Je cherche une recette de gâteau au chocolat.
other|Pouvez-vous m'aider à faire mes devoirs de maths ?
other|Quelle est la capitale de l'Australie ?
other|Merci, problème résolu.
other|Parfait, merci pour la réponse rapide.
other|Votre vendeuse en magasin était adorable, merci à elle.
other|Je vous propose nos services de référencement SEO à prix réduit.
other|Hello
other|Au revoir.
other|C'est qui le patron ?
other|Vous êtes un robot ?
other|Félicitations pour vos 10 ans !
other|aaaaaa
other|Top, merci !
other|Je voudrais vendre mes créations sur votre boutique, comment devenir fournisseur ?
other|Pouvez-vous me donner l'heure ?
other|J'ai trouvé un chat dans la rue, que faire ?
other|Bonjour, je ne sais pas trop quoi écrire.
other|Excellent service, je reviendrai.
other|Êtes-vous intéressés par une solution de logistique pour votre entreprise ?
other|Je participe à une enquête étudiante, pouvez-vous répondre à quelques questions ?
"""
}
