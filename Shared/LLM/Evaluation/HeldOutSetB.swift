// Second held-out set, written after the first evaluation run on set A and before any result on it was seen,
// to check that changes made after looking at set A's errors generalise. Its errors were looked at once
// afterwards (which led to the request-marker rule in EmbeddedEngine.isComplaint and a few emotion words in the
// lexicon); none of its sentences is in training. `intent|sentiment|text`.
enum HeldOutSetB {
    static let french = """
order_issue|negative|Franchement, trois relances et toujours aucune trace de mon paquet.
order_issue|neutral|Pouvez-vous me confirmer l'adresse de livraison de ma dernière commande ?
order_issue|negative|Le colis est arrivé éventré, la moitié des bougies étaient dehors.
product_issue|negative|Mon robot pâtissier fait un bruit horrible et le bol ne tourne plus.
product_issue|neutral|Le coloris sable est-il plus clair que sur la photo ?
product_issue|negative|Les bretelles du sac se sont déchirées en une semaine, très déçue.
payment_issue|negative|Vous m'avez encore prélevé alors que j'ai résilié, c'est inadmissible.
payment_issue|neutral|Est-il possible de recevoir la facture au format PDF ?
payment_issue|negative|La réduction promise dans votre mail n'a jamais été appliquée.
account_issue|neutral|Comment activer la double authentification sur mon compte ?
account_issue|negative|On m'a bloqué l'accès à mon compte et personne ne répond à mes mails.
account_issue|neutral|Je souhaite changer l'adresse mail associée à mon profil.
technical_issue|negative|Impossible de passer commande, le site plante à chaque étape.
technical_issue|neutral|La page de mon panier met du temps à s'afficher sur mobile.
technical_issue|negative|Votre nouvelle appli est une catastrophe, rien ne fonctionne.
general_inquiry|neutral|Faites-vous la livraison le dimanche à Paris ?
general_inquiry|positive|J'adore votre collection d'automne, sera-t-elle disponible en boutique ?
general_inquiry|neutral|Quels sont les délais pour une livraison en Suisse ?
refund_request|negative|Deux mois pour un remboursement, c'est une blague ?
refund_request|neutral|Pouvez-vous me dire si mon remboursement a été validé ?
refund_request|neutral|Je souhaite retourner le manteau pour un remboursement.
other|positive|Service impeccable, merci à Julie pour sa patience !
other|positive|Livraison ultra rapide, je suis ravie, merci.
other|neutral|Bonjour, vous êtes là ?
-|positive|Très belle qualité, je recommande vivement cette boutique.
-|negative|Je suis vraiment dégoûté, le cadeau n'est pas arrivé à temps.
-|neutral|Le colis a été livré ce matin.
-|negative|Service client inexistant, aucune réponse depuis dix jours.
-|positive|Je suis agréablement surprise par la rapidité de l'envoi.
-|negative|Franchement pas terrible pour le prix.
"""

    static let english = """
order_issue|negative|Honestly, three follow-ups and still no sign of my package.
order_issue|neutral|Could you confirm the delivery address for my latest order?
order_issue|negative|The parcel arrived ripped open and half the candles were loose.
product_issue|negative|My stand mixer makes a horrible noise and the bowl no longer turns.
product_issue|neutral|Is the sand colour lighter than in the photo?
product_issue|negative|The bag straps tore within a week, very disappointed.
payment_issue|negative|You charged me again even though I cancelled, that's unacceptable.
payment_issue|neutral|Can I get the invoice as a PDF?
payment_issue|negative|The discount promised in your email was never applied.
account_issue|neutral|How do I turn on two-factor authentication for my account?
account_issue|negative|I've been locked out of my account and nobody answers my emails.
account_issue|neutral|I'd like to change the email address linked to my profile.
technical_issue|negative|I can't place an order, the site crashes at every step.
technical_issue|neutral|My basket page takes a while to load on mobile.
technical_issue|negative|Your new app is a disaster, nothing works.
general_inquiry|neutral|Do you deliver on Sundays in London?
general_inquiry|positive|I love your autumn collection, will it be available in stores?
general_inquiry|neutral|How long does delivery to Switzerland take?
refund_request|negative|Two months for a refund, is this a joke?
refund_request|neutral|Could you tell me whether my refund has been approved?
refund_request|neutral|I'd like to return the coat for a refund.
other|positive|Flawless service, thanks to Julie for her patience!
other|positive|Super fast delivery, I'm delighted, thank you.
other|neutral|Hello, are you there?
-|positive|Lovely quality, I highly recommend this shop.
-|negative|I'm really gutted, the present didn't arrive in time.
-|neutral|The parcel was delivered this morning.
-|negative|Customer service doesn't exist, no reply for ten days.
-|positive|I'm pleasantly surprised by how quickly it shipped.
-|negative|Honestly not great for the price.
"""
}
