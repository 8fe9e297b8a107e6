// Held-out evaluation set, English: `intent|sentiment|text` (intent `-` = sentiment-only line).
// Written separately from the training corpus, with different situations and phrasings; never used in training.
enum HeldOutSetEN {
    static let text = """
order_issue|neutral|Evening, could you tell me when my parcel will get here? Order 99231.
order_issue|negative|Honestly I'm getting annoyed, 12 days of waiting and still no package!
order_issue|negative|The box had plates in it instead of the glasses I bought.
order_issue|neutral|I'm moving next week, can the parcel go to my new address?
order_issue|negative|UPS has said "delivered" since yesterday but my mailbox is empty.
order_issue|neutral|Would it be possible to cancel order CMD-2025-0042 before it ships?
order_issue|negative|There was only the charger in the parcel, no tablet.
order_issue|neutral|Has my package left your warehouse yet?
order_issue|negative|The parcel shop closed for good and my package was dropped there, what do I do?
order_issue|neutral|Hi, I'd like to know the carrier and tracking number for what I bought yesterday.
order_issue|negative|Another delay! That's the second time my delivery has been pushed back.
order_issue|negative|I got 1 cushion but I paid for 4.
order_issue|neutral|I'd like to swap the black model for the grey one in last night's order.
order_issue|negative|My package has been bouncing between two hubs for a week and nobody knows where it is.
order_issue|neutral|What day is delivery scheduled for order #40213?
product_issue|negative|The toaster literally blew a fuse the very first time I used it.
product_issue|negative|The laces on my boots ripped off, what junk.
product_issue|neutral|My drill makes a funny noise when it starts, is that covered by the warranty?
product_issue|negative|The jumper is super itchy and shrank two sizes.
product_issue|negative|The glass jug of the coffee maker was in pieces when I opened the box.
product_issue|neutral|The USB-C cable in the kit is too short for me, is there a longer compatible one?
product_issue|negative|The smartwatch no longer shows the right time and keeps resetting itself.
product_issue|negative|The rug colours are dull, nothing like the photos.
product_issue|neutral|The shorts fit a bit large, should I go a size down?
product_issue|negative|The drawer handle came off when I opened it.
product_issue|negative|The speaker switches itself off after ten minutes.
product_issue|negative|My serum smells rancid and it's not even expired.
product_issue|neutral|The keyboard I received is QWERTZ, is there a QWERTY version?
product_issue|negative|The glasses chipped in the dishwasher on the very first cycle.
product_issue|negative|The down jacket is shedding feathers everywhere.
payment_issue|negative|My bank shows two identical charges of $34.90 for a single purchase.
payment_issue|neutral|How do I get an invoice in my company's name?
payment_issue|negative|Payment won't go through, my Mastercard gets rejected every single time.
payment_issue|neutral|Can I pay by cheque or only by card?
payment_issue|negative|The XMAS15 code doesn't work, it says it's not applicable.
payment_issue|negative|You billed me $12 for shipping even though my basket was over $60.
payment_issue|neutral|Where can I find the payment receipt for my order?
payment_issue|negative|I confirmed payment, the money left my account and now you say the order doesn't exist.
payment_issue|neutral|Is split payment available for purchases over 300 dollars?
payment_issue|negative|I was debited in euros and my bank charged me a conversion fee.
payment_issue|neutral|My order says "payment under review", how long does that usually take?
payment_issue|negative|I can't get my Revolut card accepted, the payment form keeps throwing a bank error.
payment_issue|neutral|I need an itemised invoice showing VAT for my accountant.
payment_issue|negative|The student discount wasn't taken off and I paid full price.
payment_issue|neutral|Can I use two gift cards on one order?
account_issue|negative|I've been trying to sign in for an hour, wrong password every time.
account_issue|neutral|I'd like to change my email address, how do I do that?
account_issue|neutral|Please permanently delete my account along with my data.
account_issue|negative|I never get the email to change my password, I checked spam.
account_issue|negative|My account got locked for no reason, I can't do anything.
account_issue|neutral|How do I unsubscribe from your promotional emails?
account_issue|negative|Someone logged into my account from another country!
account_issue|neutral|Can I merge my guest checkout with my customer account?
account_issue|neutral|I want to change my surname on my profile since I got married.
account_issue|negative|My 450 reward points were reset to zero, that's theft.
account_issue|neutral|Does the login code sent by email usually arrive quickly?
account_issue|neutral|I no longer have my old phone number for verification, what should I do?
account_issue|negative|The activation link for my account is invalid.
account_issue|neutral|How do I add a second delivery address in my account area?
account_issue|neutral|Could you send me a copy of my personal data?
technical_issue|negative|Your iOS app shuts down as soon as I tap the deals tab.
technical_issue|negative|Page not found when I click on new arrivals, it's been 3 days.
technical_issue|negative|The site is painfully slow, I can't browse properly.
technical_issue|neutral|The add to basket button seems inactive on the armchair page, can you check?
technical_issue|negative|The screen froze right when I confirmed the order, I had to start all over.
technical_issue|neutral|I'm seeing a 502 Bad Gateway error on the home page.
technical_issue|negative|Since the update, the Android app refuses to open.
technical_issue|neutral|The pictures don't load on the sale page.
technical_issue|negative|The sign-up form crashes every time I type my zip code.
technical_issue|neutral|The French version of the site shows up even though I picked English.
technical_issue|negative|Sorting by price doesn't work at all, everything is jumbled.
technical_issue|neutral|The unsubscribe link at the bottom of the email leads to a blank page.
technical_issue|negative|The app is completely buggy on my Samsung tablet.
technical_issue|neutral|I can't get the product comparison tool to show in Chrome.
technical_issue|negative|Checkout fails over and over with "an unexpected error occurred".
general_inquiry|neutral|Do you ship to Ireland?
general_inquiry|neutral|Is the Manchester shop open over lunchtime?
general_inquiry|neutral|Will the Sienna model in size 10 be restocked?
general_inquiry|neutral|How many days does delivery to Hawaii take?
general_inquiry|neutral|Is this backpack waterproof?
general_inquiry|neutral|Is there a discount for bulk orders?
general_inquiry|neutral|Can you tell me whether the lamp comes with a bulb?
general_inquiry|positive|I love your brand! Are you opening a store in Boston?
general_inquiry|neutral|How long do I have to exchange something I got for Christmas?
general_inquiry|neutral|Do you offer delivery to parcel lockers?
general_inquiry|neutral|Are your candles vegan?
general_inquiry|neutral|Is there a bigger version of this storage basket?
general_inquiry|neutral|From what amount is delivery free?
general_inquiry|neutral|What ways can I contact you other than chat?
general_inquiry|neutral|Does the garden furniture come with the cushions?
refund_request|negative|You've had my return for 20 days and not a single cent refunded.
refund_request|neutral|I'd like to return the armchair and get a refund, how do I go about it?
refund_request|negative|You promised me a refund and I'm still waiting for it!
refund_request|neutral|Does the refund go to the card I used to pay?
refund_request|negative|I don't want an exchange, give me my money back.
refund_request|neutral|I sent the parcel back on Monday, can you start the refund as soon as it arrives?
refund_request|negative|Partial refund of $15 instead of $45, there's a mistake.
refund_request|neutral|Can I be refunded with a voucher instead of on my card?
refund_request|negative|You cancelled my order and I still haven't been refunded, it's disgraceful.
refund_request|neutral|When will I get the money for return no. R-5531?
refund_request|negative|Item never received: I'm claiming back my $79.
refund_request|neutral|I'm withdrawing from the purchase made on 03/12, please refund me.
refund_request|neutral|Will return shipping be deducted from my refund?
refund_request|negative|The refund for my cancelled order never came, I'm fed up.
refund_request|neutral|Can you reimburse the tax that was applied by mistake?
other|positive|Thank you so much, you've been super efficient!
other|neutral|Hello hello
other|positive|What a lovely surprise that little note in the parcel, thanks!
other|neutral|Do you like cats?
other|neutral|We're organising a trade fair, would you like to exhibit?
other|neutral|Who wrote Pride and Prejudice?
other|positive|My daughter is delighted with her present, thanks again!
other|neutral|Understood, I'll wait.
other|neutral|Exceptional offer on our loans, contact us fast!
other|positive|Brilliant, thanks for your patience.
other|neutral|What time is it in Toronto?
other|positive|Your teams are fantastic, keep it up.
other|neutral|Let me introduce myself: I'm a freelance food photographer.
other|neutral|ok
other|neutral|Can you write a poem about the sea?
-|positive|Product as described, fast delivery, very happy with my purchase.
-|positive|The sofa is gorgeous and really comfortable, I'm thrilled.
-|negative|I am not at all satisfied with this service.
-|negative|Not great, the quality really isn't there.
-|positive|It's not bad at all, I'm pleasantly surprised.
-|negative|Customer service impossible to reach, I'm extremely disappointed.
-|positive|Thanks for the goodwill gesture, much appreciated.
-|negative|I don't recommend it, fragile and overpriced.
-|positive|Everything went really well, I'll order again.
-|negative|This is the last time I order from you!!!
-|neutral|I ordered on Tuesday and received it on Thursday.
-|positive|Excellent quality for the price, well done.
-|negative|I'm not happy, the parcel was soaked.
-|positive|Nothing to complain about, perfect.
-|negative|Very bad experience, never again.
"""
}
