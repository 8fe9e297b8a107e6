/// A realistic FAQ of 50 entries (25 French, 25 English) for demos, tests and the latency benchmark.
/// A tenant's own FAQ replaces it in production.
public enum SampleKnowledgeBase {
    public static let documents: [KnowledgeDocument] = {
        var documents: [KnowledgeDocument] = []
        for (index, line) in (french + "\n" + english).split(separator: "\n").enumerated() {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else { continue }
            documents.append(KnowledgeDocument(id: "faq-\(index + 1)", kind: .faq, title: parts[0], body: parts[1],
                                               tags: parts[2].split(separator: ",").map(String.init)))
        }
        return documents
    }()

    /// `question|answer|tags`
    static let french = """
    Quels sont les délais de livraison ?|Les commandes sont expédiées sous 24 h ouvrées. La livraison standard prend 2 à 4 jours ouvrés en France métropolitaine, la livraison express 24 h.|livraison,délai,expédition
    Comment suivre ma commande ?|Dès l'expédition, vous recevez un email avec le numéro de suivi. Vous pouvez aussi suivre votre colis depuis Mon compte > Mes commandes.|suivi,colis,commande
    Mon colis est en retard, que faire ?|Si votre colis a plus de 3 jours de retard sur la date annoncée, nous ouvrons une enquête auprès du transporteur. Sans nouvelles sous 10 jours, nous renvoyons la commande ou la remboursons.|retard,colis,enquête
    Mon colis est indiqué livré mais je ne l'ai pas reçu|Vérifiez auprès de vos voisins et de votre boîte aux lettres. Si vous ne le trouvez pas sous 48 h, contactez-nous : nous ouvrons une réclamation auprès du transporteur.|livré,reçu,réclamation
    J'ai reçu un article erroné ou il manque un article|Envoyez-nous une photo du contenu du colis et du bon de livraison. Nous expédions l'article manquant ou correct sous 48 h, sans frais.|erreur,manquant,article
    Puis-je modifier ou annuler ma commande ?|Une commande peut être modifiée ou annulée tant qu'elle n'est pas expédiée, en général dans l'heure qui suit l'achat, depuis Mon compte ou en nous contactant.|annuler,modifier,commande
    Puis-je changer l'adresse de livraison ?|L'adresse peut être changée avant l'expédition. Une fois le colis parti, vous pouvez le rediriger depuis le site du transporteur.|adresse,livraison
    Quelle est votre politique de retour ?|Vous disposez de 30 jours après réception pour retourner un article non porté, dans son emballage d'origine. Le retour est gratuit en point relais.|retour,politique,30 jours
    Comment obtenir un remboursement ?|Après réception et contrôle du retour, le remboursement est effectué sous 5 à 10 jours sur le moyen de paiement utilisé lors de la commande.|remboursement,retour,délai
    Mon remboursement n'est pas arrivé|Le remboursement est lancé dans les 48 h suivant la réception du retour ; votre banque peut ensuite mettre jusqu'à 5 jours ouvrés pour le créditer.|remboursement,banque
    Le produit reçu est défectueux ou abîmé|Envoyez-nous des photos du produit et de l'emballage sous 14 jours. Nous proposons un échange, une réparation sous garantie ou un remboursement.|défectueux,cassé,abîmé,garantie
    Comment choisir ma taille ?|Consultez le guide des tailles sur chaque fiche produit. Entre deux tailles, nous conseillons la taille au-dessus. L'échange de taille est gratuit.|taille,guide,échange
    Quels moyens de paiement acceptez-vous ?|Nous acceptons les cartes Visa, Mastercard et American Express, PayPal, Apple Pay et le paiement en 3 fois sans frais dès 100 €.|paiement,carte,paypal
    Ma carte bancaire est refusée|Vérifiez le plafond de votre carte et la validation 3D Secure auprès de votre banque. Vous pouvez aussi payer avec PayPal ou une autre carte.|carte,refusée,paiement
    J'ai été débité deux fois|Un double débit est souvent une pré-autorisation qui disparaît sous 72 h. Si le second prélèvement est confirmé, nous le remboursons immédiatement.|débit,double,prélèvement
    Comment obtenir ma facture ?|Vos factures sont téléchargeables en PDF dans Mon compte > Mes commandes. Pour une facture au nom d'une société, écrivez-nous avec le numéro de TVA.|facture,tva
    Mon code promo ne fonctionne pas|Vérifiez la date de validité et le montant minimum d'achat. Un seul code est utilisable par commande et les codes ne s'appliquent pas aux articles soldés.|code promo,réduction
    J'ai oublié mon mot de passe|Cliquez sur « Mot de passe oublié » sur la page de connexion. Le lien de réinitialisation est valable 1 heure ; pensez à vérifier vos spams.|mot de passe,connexion,réinitialisation
    Comment supprimer mon compte ?|Vous pouvez demander la suppression de votre compte et de vos données depuis Mon compte > Confidentialité. La suppression est effective sous 30 jours.|compte,suppression,rgpd
    Comment me désinscrire de la newsletter ?|Utilisez le lien de désinscription en bas de chaque email ou décochez la newsletter dans Mon compte > Préférences.|newsletter,désinscription
    Le site ou l'application ne fonctionne pas|Essayez de vider le cache, de mettre à jour l'application ou d'utiliser un autre navigateur. Si le problème persiste, envoyez-nous une capture d'écran.|bug,site,application
    Quels sont vos horaires ?|Le service client répond du lundi au vendredi de 9 h à 18 h et le samedi de 10 h à 16 h. Nos boutiques sont ouvertes du lundi au samedi de 10 h à 19 h.|horaires,ouverture
    Livrez-vous à l'étranger ?|Nous livrons dans toute l'Union européenne, en Suisse, au Royaume-Uni et au Canada. Les frais et délais sont indiqués au moment du paiement.|international,étranger,livraison
    Combien coûte la livraison ?|La livraison standard coûte 4,90 € et elle est offerte dès 50 € d'achat. La livraison express coûte 9,90 €.|frais,livraison,gratuite
    Un produit en rupture sera-t-il réapprovisionné ?|La plupart des articles sont réapprovisionnés sous 2 à 4 semaines. Cliquez sur « M'alerter » sur la fiche produit pour être prévenu par email.|stock,rupture,réassort
    """

    static let english = """
    How long does delivery take?|Orders ship within one business day. Standard delivery takes 2 to 4 business days, express delivery 24 hours.|delivery,shipping,time
    How do I track my order?|Once your order ships you receive an email with the tracking number. You can also track it from My account > Orders.|tracking,order,parcel
    My parcel is late, what can I do?|If your parcel is more than 3 days past the estimated date, we open an investigation with the carrier. With no news within 10 days, we reship or refund the order.|late,delay,parcel
    My parcel says delivered but I didn't receive it|Check with your neighbours and your mailbox. If it hasn't turned up within 48 hours, contact us and we will file a claim with the carrier.|delivered,missing,claim
    I received the wrong item or an item is missing|Send us a photo of the parcel contents and the packing slip. We ship the missing or correct item within 48 hours at no cost.|wrong item,missing
    Can I change or cancel my order?|An order can be changed or cancelled until it ships, usually within an hour of purchase, from My account or by contacting us.|cancel,change,order
    Can I change the delivery address?|The address can be changed before the order ships. Once it has left, you can redirect it from the carrier's website.|address,delivery
    What is your return policy?|You have 30 days from delivery to return unworn items in their original packaging. Returns are free at drop-off points.|returns,policy
    How do I get a refund?|Once your return has been received and checked, the refund is issued within 5 to 10 days to the payment method used for the order.|refund,return
    My refund hasn't arrived|Refunds are issued within 48 hours of receiving the return; your bank may then take up to 5 business days to credit it.|refund,bank
    The item I received is faulty or damaged|Send us photos of the item and its packaging within 14 days. We offer an exchange, a warranty repair or a refund.|faulty,damaged,broken,warranty
    How do I choose my size?|Check the size guide on each product page. If you are between two sizes, we recommend the larger one. Size exchanges are free.|size,guide,exchange
    Which payment methods do you accept?|We accept Visa, Mastercard and American Express cards, PayPal, Apple Pay, and interest-free instalments from $100.|payment,card,paypal
    My card was declined|Check your card limit and the 3D Secure approval with your bank. You can also pay with PayPal or another card.|card,declined,payment
    I was charged twice|A double charge is often a pre-authorisation that disappears within 72 hours. If the second charge is confirmed, we refund it straight away.|charged twice,double charge
    How do I get my invoice?|Invoices can be downloaded as PDF from My account > Orders. For an invoice in a company's name, email us with the VAT number.|invoice,vat,receipt
    My promo code doesn't work|Check the expiry date and the minimum order amount. Only one code can be used per order and codes don't apply to sale items.|promo code,discount,voucher
    I forgot my password|Click "Forgot password" on the sign-in page. The reset link is valid for 1 hour; check your spam folder.|password,login,reset
    How do I delete my account?|You can request deletion of your account and data from My account > Privacy. Deletion takes effect within 30 days.|account,delete,gdpr
    How do I unsubscribe from the newsletter?|Use the unsubscribe link at the bottom of any email or untick the newsletter in My account > Preferences.|newsletter,unsubscribe
    The website or app isn't working|Try clearing your cache, updating the app or using another browser. If the problem persists, send us a screenshot.|bug,website,app,crash
    What are your opening hours?|Customer service is available Monday to Friday 9am to 6pm and Saturday 10am to 4pm. Our stores open Monday to Saturday 10am to 7pm.|hours,opening
    Do you ship internationally?|We ship to the whole European Union, Switzerland, the United Kingdom, the United States and Canada. Costs and times are shown at checkout.|international,shipping
    How much does shipping cost?|Standard shipping costs $4.90 and is free on orders over $50. Express shipping costs $9.90.|shipping cost,free shipping
    Will an out-of-stock item be restocked?|Most items are restocked within 2 to 4 weeks. Click "Notify me" on the product page to get an email when it's back.|stock,restock
    """
}
