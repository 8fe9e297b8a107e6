// Third batch of training messages (2026-11-23), written for the intent-accuracy work: more varied wording for the
// confusions seen in cross-validation on the training corpus (missing or wrong items vs product defects, devices vs
// website bugs, vouchers and overcharges, chit-chat and spam vs questions). Same rule as the other batches: never
// held-out text; checked against sets A, B and C for exact and near duplicates. `category|text`.
enum TrainingCorpusMore {
    static let french = """
order_issue|Le carton ne contenait que la notice, l'appareil lui-même n'y était pas.
order_issue|On m'a livré des draps blancs, j'avais choisi des draps beiges.
order_issue|Sur les cinq bocaux commandés, deux seulement étaient dans le paquet.
order_issue|J'ai reçu le colis d'un autre client, avec son nom sur l'étiquette.
order_issue|Le livreur a laissé le paquet devant la porte de l'immeuble et il a disparu.
order_issue|La commande est indiquée expédiée mais le transporteur n'a jamais pris le colis en charge.
order_issue|Mon paquet est bloqué en douane depuis dix jours.
order_issue|Livraison prévue hier, personne n'est venu et aucun message.
order_issue|Vous avez envoyé la mauvaise référence : c'est le modèle 2022 et non le 2024.
order_issue|Le colis est reparti à l'entrepôt sans que je sois prévenu.
order_issue|Pouvez-vous décaler la livraison ? Je serai absent jusqu'au 20.
order_issue|ajouter un deuxieme exemplaire a ma commande en cours c'est possible ?
order_issue|La boîte avait été ouverte puis rescotchée, les accessoires n'y étaient plus.
order_issue|commande 20931 pas arrivée, le suivi dit en transit depuis 9 jours
order_issue|Mon colis a été remis à un voisin que je ne connais pas.
order_issue|Il manquait la housse dans le lot housse + coussin.
order_issue|J'ai reçu deux fois le même article et pas l'autre produit de ma commande.
order_issue|Le transporteur refuse de monter le colis à l'étage.
order_issue|La date de livraison a encore été décalée d'une semaine.
product_issue|Le bouton du mixeur reste enfoncé et l'appareil ne s'arrête plus.
product_issue|Ma bouilloire fuit par le dessous dès qu'on la remplit.
product_issue|Le téléphone reçu ne capte pas le wifi, même à côté de la box.
product_issue|La manette ne se synchronise pas avec la console.
product_issue|L'écran de la liseuse s'est fissuré sans aucun choc.
product_issue|La semelle de mes baskets se décolle déjà.
product_issue|Le matelas dégage une forte odeur chimique depuis le déballage.
product_issue|La robe taille beaucoup plus petit que ce qu'indique le guide.
product_issue|Le four affiche un code E3 et ne chauffe plus.
product_issue|Mon casque ne tient plus la charge, il est vide en une heure.
product_issue|La peinture de la chaise s'écaille après deux semaines.
product_issue|Le réveil avance de dix minutes chaque jour.
product_issue|La montre prend l'eau alors qu'elle est vendue comme étanche.
product_issue|Les roulettes de la valise ont cassé au premier voyage.
product_issue|Le tissu du fauteuil bouloche déjà, la qualité est décevante.
product_issue|la trottinette fait un bruit de claquement a chaque bosse
product_issue|L'imprimante bourre le papier à chaque impression.
product_issue|Le thermomètre affiche des valeurs complètement fausses.
product_issue|La crème m'a donné des rougeurs, est-ce un problème connu ?
payment_issue|Mon code de parrainage n'est pas accepté au moment de payer.
payment_issue|La remise de 20 % n'a pas été prise en compte sur le total.
payment_issue|On m'a facturé deux fois les frais de livraison.
payment_issue|Le montant prélevé ne correspond pas au total de ma commande.
payment_issue|Ma carte cadeau affiche un solde nul alors que je ne l'ai jamais utilisée.
payment_issue|Je voudrais régler par virement, est-ce possible ?
payment_issue|Le paiement fractionné a été refusé sans explication.
payment_issue|On m'a débité alors que la commande a échoué.
payment_issue|Pourriez-vous refaire la facture à l'adresse de ma société ?
payment_issue|Votre site a encaissé ma carte trois fois pour un seul achat.
payment_issue|ma carte est refusee a chaque fois, pourtant j'ai ce qu'il faut sur mon compte
payment_issue|Le bon de réduction reçu pour mon anniversaire est marqué invalide.
payment_issue|Pourquoi ai-je dû payer des frais de douane en plus ?
payment_issue|Mon prélèvement mensuel a eu lieu deux fois ce mois-ci.
account_issue|Je n'arrive plus à accéder à mon espace client depuis que j'ai changé d'adresse mail.
account_issue|Comment corriger ma date de naissance dans mon profil ?
account_issue|Mon compte a été piraté, des commandes inconnues apparaissent.
account_issue|je narrive pas a me connecter avec google sur votre site
account_issue|Ma carte de fidélité du magasin n'est pas rattachée à mon compte en ligne.
account_issue|Mon nom est mal orthographié sur mon compte, comment le corriger ?
account_issue|Retirez-moi de votre liste d'envoi de SMS, merci.
technical_issue|La barre de recherche renvoie une page vide.
technical_issue|L'application reste bloquée sur l'écran de chargement.
technical_issue|Le bouton de paiement est grisé, je ne peux pas finaliser.
technical_issue|Les pages s'affichent de travers sur mon téléphone.
technical_issue|Le site me déconnecte toutes les deux minutes.
technical_issue|Le formulaire de contact renvoie une erreur à l'envoi.
technical_issue|Impossible de zoomer sur les photos dans l'appli.
technical_issue|L'appli Android plante quand j'ouvre mes favoris.
technical_issue|La carte des points relais ne s'affiche pas sur le site.
technical_issue|Le captcha tourne en boucle, je ne peux pas valider.
technical_issue|Le menu déroulant des tailles ne s'ouvre pas.
general_inquiry|Est-ce que ce fauteuil existe dans une autre couleur ?
general_inquiry|Vendez-vous des pièces détachées pour vos aspirateurs ?
general_inquiry|Le lit est-il livré monté ou en kit ?
general_inquiry|Proposez-vous un service d'installation à domicile ?
general_inquiry|Quand commencent les soldes d'hiver ?
general_inquiry|Cette veste est-elle adaptée au grand froid ?
general_inquiry|Peut-on retirer sa commande directement en magasin ?
general_inquiry|Quelle est la composition de ce pull ?
general_inquiry|C'est quoi la différence entre les deux modèles de cafetière ?
general_inquiry|Avez-vous un programme de parrainage ?
general_inquiry|Expédiez-vous vers les DOM-TOM ?
refund_request|Vous avez annulé ma commande de votre côté, où est passé mon argent ?
refund_request|Article renvoyé il y a trois semaines, toujours aucun remboursement.
refund_request|Remboursez-moi la différence de prix, l'article est passé en promo le lendemain.
refund_request|Je réclame le remboursement des frais de port puisque le colis est arrivé en retard.
refund_request|Le colis est perdu, je préfère un remboursement plutôt qu'un nouvel envoi.
refund_request|Pouvez-vous me rendre mon argent ? L'article ne correspond pas à la description.
refund_request|Quand vais-je recevoir le virement de remboursement ?
refund_request|Je veux être remboursé, pas un avoir.
refund_request|J'exerce mon droit de rétractation et demande le remboursement.
refund_request|rembourser moi svp j'ai jamais eu mon colis
refund_request|Je souhaite un remboursement partiel car un des articles était abîmé.
other|Très bien, merci pour l'info.
other|Entendu, bonne soirée.
other|Connaissez-vous une bonne recette de crêpes ?
other|Quelle est la hauteur de la tour Eiffel ?
other|Nous proposons la création de sites internet à petit prix.
other|Devenez ambassadeur de notre marque et gagnez des cadeaux.
other|Tu es un robot ou un humain ?
other|Ma fille adore dessiner des chevaux.
other|Je vous écris juste pour dire que votre équipe est géniale.
other|Combien de jours reste-t-il avant Noël ?
other|Merci, ça marche.
other|Bonne fête des mères à toute l'équipe !
order_issue|Vous m'avez livré une seule chaise au lieu des deux de ma commande.
order_issue|J'ai commandé un lot de six verres et je n'en ai reçu que quatre.
order_issue|Le colis contenait un pantalon, j'avais commandé une jupe.
product_issue|Les coutures du sac à main ont lâché au bout d'un mois.
product_issue|Les boutons de la chemise sont tombés au premier lavage.
payment_issue|Le code de bienvenue ne s'applique pas, le site dit qu'il est expiré.
payment_issue|Ma carte est acceptée mais la banque bloque la transaction à chaque fois.
payment_issue|Mon avoir n'apparaît pas au moment de payer.
payment_issue|Le code promo disparaît du panier quand je passe au paiement.
technical_issue|Quand je clique sur "commander", la page devient blanche.
technical_issue|La pagination des résultats me renvoie toujours à la première page.
technical_issue|Les avis clients ne se chargent plus sous les produits.
technical_issue|La page de mon compte affiche un message d'erreur en anglais.
general_inquiry|La table est-elle vendue avec les chaises ?
general_inquiry|Ce modèle existe-t-il en version sans fil ?
general_inquiry|Quelle est la taille de l'écran de cette tablette ?
general_inquiry|Ce jouet convient-il à un enfant de trois ans ?
general_inquiry|Vos savons sont-ils fabriqués en France ?
other|Quelle est la population du Japon ?
other|Tu connais un bon film à voir ce week-end ?
other|Qui a peint la Joconde ?
other|D'accord, j'attends votre retour.
other|Bien reçu, merci.
other|Rencontrez des célibataires près de chez vous, inscription gratuite !
other|Notre agence vous propose des stagiaires, êtes-vous intéressés ?
other|Il pleut beaucoup chez vous aussi ?
other|Votre chatbot est plutôt sympa.
other|Quelle est la meilleure équipe de foot de France ?
other|Je m'ennuie, on discute ?
"""

    static let english = """
order_issue|The parcel only had the manual in it, the device itself wasn't there.
order_issue|I got beige sheets but I picked white ones.
order_issue|Only two of the five jars I ordered were in the box.
order_issue|I received someone else's parcel, their name is on the label.
order_issue|My package has been held at customs for ten days.
order_issue|Delivery was due yesterday, nobody came and there was no message.
order_issue|You sent the 2022 model instead of the 2024 one.
order_issue|Can you hold my delivery until the 20th? I'm away.
order_issue|My parcel was left with a neighbour I don't know.
order_issue|The delivery date got pushed back another week.
order_issue|order 20931 not here, tracking says in transit for 9 days
order_issue|The bundle was supposed to include the cover but it wasn't in the box.
product_issue|The kettle leaks from the bottom as soon as I fill it.
product_issue|The game controller won't pair with the console.
product_issue|The e-reader screen cracked without being dropped.
product_issue|The soles of my sneakers are already coming unglued.
product_issue|The mattress has a strong chemical smell.
product_issue|The oven shows error E3 and won't heat up.
product_issue|The paint on the chair is flaking after two weeks.
product_issue|The alarm clock gains ten minutes a day.
product_issue|The watch lets water in even though it's sold as waterproof.
product_issue|the scooter makes a clunking noise over every bump
product_issue|The printer jams on every single page.
product_issue|The cream gave me a rash, is this a known issue?
product_issue|The phone I received won't connect to wifi even right next to the router.
payment_issue|My referral code isn't accepted at checkout.
payment_issue|The 20% discount wasn't applied to my total.
payment_issue|I was charged the delivery fee twice.
payment_issue|The amount taken from my card doesn't match my order total.
payment_issue|My gift card shows a zero balance but I never used it.
payment_issue|Can I pay by bank transfer?
payment_issue|The buy now pay later option was declined with no reason given.
payment_issue|I was charged even though the order failed.
payment_issue|Why did I have to pay extra customs fees?
payment_issue|VAT appears twice on my invoice.
payment_issue|my card keeps getting rejected, there's money in the account
payment_issue|The birthday voucher you sent me says it's not valid.
account_issue|I can't get into my account since I changed my email address.
account_issue|How do I update my date of birth on my profile?
account_issue|My account was hacked, there are orders I don't recognise.
account_issue|Sign in with Google doesn't work for me on your site.
account_issue|My in-store loyalty card isn't linked to my online account.
account_issue|My name is misspelled on my account, how can I fix it?
account_issue|Please take me off your SMS list.
technical_issue|The search bar gives me a blank page.
technical_issue|The app is stuck on the loading screen.
technical_issue|The pay button is greyed out so I can't finish.
technical_issue|Pages look broken on my phone.
technical_issue|The site logs me out every two minutes.
technical_issue|The contact form throws an error when I submit it.
technical_issue|Android app crashes when I open my wishlist.
technical_issue|The pickup point map won't show on the website.
technical_issue|The captcha keeps looping, I can't get past it.
technical_issue|The size dropdown won't open.
general_inquiry|Does this armchair come in another colour?
general_inquiry|Do you sell spare parts for your vacuums?
general_inquiry|Is the bed delivered assembled or flat-packed?
general_inquiry|Do you offer home installation?
general_inquiry|When does the winter sale start?
general_inquiry|Can I pick up my order in store?
general_inquiry|What's the difference between the two coffee machines?
general_inquiry|Do you have a referral programme?
general_inquiry|Do you do bulk pricing for large orders?
refund_request|You cancelled my order yourselves, so where is my money?
refund_request|Sent the item back three weeks ago and still no refund.
refund_request|Please refund the price difference, it went on sale the next day.
refund_request|The parcel is lost, I'd rather have a refund than a replacement.
refund_request|When will the refund hit my bank account?
refund_request|I want a refund, not store credit.
refund_request|I'm using my right to cancel and asking for my money back.
refund_request|refund me please i never got my parcel
refund_request|I'd like a partial refund since one item was damaged.
other|Great, thanks for the info.
other|Alright, have a good evening.
other|Do you know a good pancake recipe?
other|How tall is the Eiffel Tower?
other|We build websites at low prices, reply for a quote.
other|Become a brand ambassador and earn free gifts!
other|Are you a bot or a human?
other|Just writing to say your team is awesome.
other|Cool, that works.
order_issue|You delivered one chair instead of the two I ordered.
order_issue|I ordered a pack of six glasses and got four.
order_issue|The parcel had trousers in it, I ordered a skirt.
product_issue|The stitching on the handbag came apart after a month.
payment_issue|The welcome code won't apply, the site says it has expired.
payment_issue|The promo code disappears from my basket when I go to pay.
payment_issue|My bank blocks the transaction every time I try to pay.
technical_issue|Clicking "place order" just gives me a white page.
technical_issue|Pagination on the results always sends me back to page one.
technical_issue|Customer reviews no longer load under the products.
general_inquiry|Is the table sold with the chairs?
general_inquiry|Does this model come in a cordless version?
general_inquiry|Is this toy suitable for a three-year-old?
general_inquiry|Are your soaps made locally?
other|What's the population of Japan?
other|Any good movie to watch this weekend?
other|Who painted the Mona Lisa?
other|Okay, I'll wait for your reply.
other|Got it, thanks.
other|Meet singles near you, free sign up!
other|Is it raining where you are too?
other|Your chatbot is kind of nice.
other|I'm bored, wanna chat?
"""
}
