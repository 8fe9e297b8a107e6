// Held-out evaluation set, French: `intent|sentiment|text` (intent `-` = sentiment-only line).
// Written separately from the training corpus, with different situations and phrasings; never used in training.
enum HeldOutSetFR {
    static let text = """
order_issue|neutral|Bonsoir, pourriez-vous me dire quand mon paquet arrivera ? Commande 99231.
order_issue|negative|Franchement je commence à m'énerver, 12 jours d'attente et toujours pas de colis !
order_issue|negative|Dans le carton il y avait des assiettes au lieu des verres que j'ai achetés.
order_issue|neutral|Je déménage la semaine prochaine, peut-on envoyer le colis à ma nouvelle adresse ?
order_issue|negative|Le suivi Colissimo affiche "livré" depuis hier mais ma boîte aux lettres est vide.
order_issue|neutral|Serait-il possible d'annuler la commande CMD-2025-0042 avant son expédition ?
order_issue|negative|Il n'y avait que le chargeur dans le paquet, pas la tablette.
order_issue|neutral|Mon colis est-il déjà parti de votre entrepôt ?
order_issue|negative|Le relais colis est fermé définitivement et mon paquet y a été déposé, je fais comment ?
order_issue|neutral|Bonjour, j'aimerais connaître le transporteur et le numéro de suivi de mon achat d'hier.
order_issue|negative|Encore un retard ! C'est la deuxième fois que ma livraison est repoussée.
order_issue|negative|J'ai reçu 1 seul coussin alors que j'en ai payé 4.
order_issue|neutral|Je voudrais remplacer le modèle noir par le modèle gris dans ma commande d'hier soir.
order_issue|negative|Mon paquet fait des allers-retours entre deux plateformes depuis une semaine, personne ne sait où il est.
order_issue|neutral|La livraison de ma commande #40213 est prévue pour quel jour ?
product_issue|negative|Le grille-pain a grillé au sens propre : il a fait sauter les plombs dès le premier usage.
product_issue|negative|Les lacets de mes bottines se sont arrachés, quelle camelote.
product_issue|neutral|Ma perceuse fait un drôle de bruit au démarrage, est-ce couvert par la garantie ?
product_issue|negative|Le pull gratte énormément et a rétréci de deux tailles.
product_issue|negative|Le verre de la cafetière était en miettes à l'ouverture du paquet.
product_issue|neutral|Le câble USB-C du kit est trop court pour mon usage, en existe-t-il un plus long compatible ?
product_issue|negative|La montre connectée n'affiche plus l'heure correctement et se réinitialise seule.
product_issue|negative|Les couleurs du tapis sont ternes, rien à voir avec les photos.
product_issue|neutral|Le short taille un peu grand, devrais-je prendre la taille en dessous ?
product_issue|negative|La poignée du tiroir s'est détachée en l'ouvrant.
product_issue|negative|L'enceinte s'éteint toute seule au bout de dix minutes.
product_issue|negative|Mon sérum a une odeur de rance alors qu'il n'est pas périmé.
product_issue|neutral|Le clavier reçu est en QWERTY, existe-t-il une version AZERTY ?
product_issue|negative|Les verres se sont ébréchés au lave-vaisselle dès le premier passage.
product_issue|negative|La doudoune perd ses plumes de partout.
payment_issue|negative|Ma banque me montre deux prélèvements identiques de 34,90 € pour un seul achat.
payment_issue|neutral|Comment obtenir une facture au nom de mon entreprise ?
payment_issue|negative|Le paiement ne passe pas, ma Mastercard est systématiquement rejetée.
payment_issue|neutral|Peut-on régler par chèque ou uniquement par carte ?
payment_issue|negative|Le code NOEL15 ne marche pas, on me dit qu'il n'est pas applicable.
payment_issue|negative|On m'a facturé 12 € de livraison alors que mon panier dépassait 60 €.
payment_issue|neutral|Où puis-je retrouver le justificatif de paiement de ma commande ?
payment_issue|negative|J'ai validé le paiement, l'argent est parti et vous me dites que la commande n'existe pas.
payment_issue|neutral|Le paiement fractionné est-il disponible pour les achats de plus de 300 euros ?
payment_issue|negative|Le montant débité est en dollars et ma banque a pris des frais de change.
payment_issue|neutral|Ma commande indique "paiement en cours de vérification", combien de temps cela prend-il ?
payment_issue|negative|Impossible de valider ma carte Lydia, le formulaire de paiement renvoie toujours une erreur bancaire.
payment_issue|neutral|Je souhaiterais une facture détaillée avec la TVA pour ma comptabilité.
payment_issue|negative|La remise étudiante n'a pas été déduite et j'ai payé plein tarif.
payment_issue|neutral|Puis-je utiliser deux cartes cadeaux sur la même commande ?
account_issue|negative|Ça fait une heure que j'essaie de me connecter, mot de passe incorrect à chaque fois.
account_issue|neutral|Je souhaiterais modifier mon adresse mail, comment procéder ?
account_issue|neutral|Merci de supprimer définitivement mon compte ainsi que mes données.
account_issue|negative|Je ne reçois jamais l'email pour changer de mot de passe, j'ai vérifié les spams.
account_issue|negative|Mon compte a été verrouillé sans raison, je ne peux plus rien faire.
account_issue|neutral|Comment me désabonner de vos emails promotionnels ?
account_issue|negative|Quelqu'un s'est connecté à mon compte depuis un autre pays !
account_issue|neutral|Puis-je fusionner mon compte invité avec mon compte client ?
account_issue|neutral|Je voudrais changer mon nom de famille sur mon profil suite à mon mariage.
account_issue|negative|Mes 450 points fidélité ont été remis à zéro, c'est du vol.
account_issue|neutral|Le code de connexion envoyé par mail arrive-t-il rapidement d'habitude ?
account_issue|neutral|Je n'ai plus accès à mon ancien numéro de téléphone pour la vérification, que faire ?
account_issue|negative|Le lien d'activation de mon compte est invalide.
account_issue|neutral|Comment ajouter une deuxième adresse de livraison dans mon espace personnel ?
account_issue|neutral|Pouvez-vous m'envoyer une copie de mes données personnelles ?
technical_issue|negative|Votre appli iOS se ferme dès que je touche l'onglet promotions.
technical_issue|negative|Page introuvable quand je clique sur les nouveautés, ça fait 3 jours.
technical_issue|negative|Le site rame énormément, impossible de naviguer correctement.
technical_issue|neutral|Le bouton ajouter au panier semble inactif sur la fiche du fauteuil, pouvez-vous vérifier ?
technical_issue|negative|Écran figé au moment de valider la commande, j'ai dû tout recommencer.
technical_issue|neutral|Je vois une erreur 502 Bad Gateway sur la page d'accueil.
technical_issue|negative|Depuis la mise à jour, l'application Android refuse de s'ouvrir.
technical_issue|neutral|Les photos ne chargent pas sur la page des soldes.
technical_issue|negative|Le formulaire d'inscription plante à chaque fois que je tape mon code postal.
technical_issue|neutral|La version anglaise du site s'affiche alors que j'ai choisi le français.
technical_issue|negative|Le tri par prix ne marche pas du tout, tout est mélangé.
technical_issue|neutral|Le lien de désinscription en bas du mail mène à une page blanche.
technical_issue|negative|L'appli bug complètement sur ma tablette Samsung.
technical_issue|neutral|Je n'arrive pas à afficher le comparateur de produits sur Chrome.
technical_issue|negative|Le paiement plante en boucle avec le message "une erreur inattendue est survenue".
general_inquiry|neutral|Est-ce que vous expédiez vers le Luxembourg ?
general_inquiry|neutral|La boutique de Bordeaux est-elle ouverte entre midi et deux ?
general_inquiry|neutral|Le modèle Sienna en taille 40 sera-t-il réapprovisionné ?
general_inquiry|neutral|Combien de jours faut-il pour être livré en Guadeloupe ?
general_inquiry|neutral|Ce sac à dos est-il imperméable ?
general_inquiry|neutral|Y a-t-il une réduction pour les commandes en grande quantité ?
general_inquiry|neutral|Pouvez-vous me dire si la lampe est fournie avec l'ampoule ?
general_inquiry|positive|J'adore votre marque ! Allez-vous ouvrir une boutique à Nantes ?
general_inquiry|neutral|Quel est le délai pour échanger un article offert à Noël ?
general_inquiry|neutral|Proposez-vous la livraison en point relais ?
general_inquiry|neutral|Vos bougies sont-elles vegan ?
general_inquiry|neutral|Existe-t-il une version plus grande de ce panier de rangement ?
general_inquiry|neutral|À partir de quel montant la livraison est-elle gratuite ?
general_inquiry|neutral|Quels moyens de contact avez-vous à part le chat ?
general_inquiry|neutral|Est-ce que le mobilier de jardin est livré avec les coussins ?
refund_request|negative|Cela fait 20 jours que vous avez mon retour et toujours pas un centime de remboursé.
refund_request|neutral|Je souhaite retourner le fauteuil et obtenir un remboursement, comment faire ?
refund_request|negative|Vous m'aviez promis un remboursement, je l'attends toujours !
refund_request|neutral|Le remboursement se fait-il sur la carte utilisée lors de l'achat ?
refund_request|negative|Je ne veux pas d'échange, rendez-moi mon argent.
refund_request|neutral|J'ai renvoyé le colis lundi, pouvez-vous lancer le remboursement dès réception ?
refund_request|negative|Remboursement partiel de 15 € au lieu de 45 €, il y a une erreur.
refund_request|neutral|Est-il possible d'être remboursé en bon d'achat plutôt que sur ma carte ?
refund_request|negative|Commande annulée par vous et je ne suis toujours pas remboursée, c'est honteux.
refund_request|neutral|Quand vais-je recevoir l'argent de mon retour n° R-5531 ?
refund_request|negative|Article jamais reçu : je réclame le remboursement de mes 79 €.
refund_request|neutral|Je me rétracte pour l'achat du 12/03, merci de me rembourser.
refund_request|neutral|Les frais de retour seront-ils déduits de mon remboursement ?
refund_request|negative|Le remboursement de ma commande annulée n'est jamais arrivé, j'en ai assez.
refund_request|neutral|Pouvez-vous me rembourser la taxe appliquée par erreur ?
other|positive|Merci infiniment, vous avez été super efficaces !
other|neutral|Bonjour bonjour
other|positive|Quelle belle surprise ce petit mot dans le colis, merci !
other|neutral|Est-ce que vous aimez les chats ?
other|neutral|Nous organisons un salon professionnel, souhaitez-vous exposer ?
other|neutral|Qui a écrit Les Misérables ?
other|positive|Ma fille est ravie de son cadeau, merci encore !
other|neutral|Compris, je patiente.
other|neutral|Promo exceptionnelle sur nos crédits, contactez-nous vite !
other|positive|Génial, merci pour votre patience.
other|neutral|Quelle heure est-il à Montréal ?
other|positive|Vos équipes sont formidables, continuez comme ça.
other|neutral|Je me présente : je suis photographe culinaire freelance.
other|neutral|ok
other|neutral|Pouvez-vous écrire un poème sur la mer ?
-|positive|Produit conforme, livraison rapide, très satisfaite de mon achat.
-|positive|Le canapé est magnifique et très confortable, je suis ravi.
-|negative|Je ne suis pas du tout satisfait de ce service.
-|negative|Pas terrible, la qualité n'est vraiment pas au rendez-vous.
-|positive|Ce n'est pas mal du tout, je suis agréablement surpris.
-|negative|Service client injoignable, je suis extrêmement déçu.
-|positive|Merci pour le geste commercial, c'est très apprécié.
-|negative|Je ne recommande pas, produit fragile et cher.
-|positive|Tout s'est très bien passé, je repasserai commande.
-|negative|C'est la dernière fois que je commande chez vous !!!
-|neutral|J'ai passé commande mardi et je l'ai reçue jeudi.
-|positive|Excellente qualité pour ce prix, bravo.
-|negative|Je ne suis pas content, le colis était trempé.
-|positive|Rien à redire, parfait.
-|negative|Très mauvaise expérience, plus jamais.
"""
}
