// Training corpus for the embedded intent classifier, English. Written for this project; one message per line,
// `category|text`. Never mix these lines with the held-out evaluation set in Evaluation/.
enum TrainingCorpusEN {
    static let text = """
order_issue|Hi, my order still hasn't arrived and it was supposed to be delivered on Monday.
order_issue|Where is my order 458712? I haven't heard anything for a week.
order_issue|The tracking hasn't updated in five days, the parcel seems stuck at the depot.
order_issue|I received a blue sweater but I ordered a green one.
order_issue|One item is missing from my package, I only got two of the three products.
order_issue|The courier says the parcel was delivered but I never got it.
order_issue|Can I change the shipping address on order CMD-2024-1182?
order_issue|I'd like to cancel the order I placed this morning, I picked the wrong model.
order_issue|My tracking number doesn't work on the carrier's website.
order_issue|I've been waiting three weeks for my order, this is unacceptable.
order_issue|I never got a shipping confirmation email for my order.
order_issue|The delivery driver came while I was out and left no card.
order_issue|My package shows as returned to sender, why?
order_issue|When will my order ship? It has been processing for 6 days.
order_issue|I typed the wrong address when ordering, can you fix it before it ships?
order_issue|The box arrived open and half empty.
order_issue|My order was delivered to a neighbour I don't know.
order_issue|I accidentally ordered the same item twice, can you cancel the second order?
order_issue|The estimated delivery date passed four days ago.
order_issue|I can't track my parcel, the tracking link says unknown number.
order_issue|You sent me a size L instead of the size M I ordered.
order_issue|The pickup point says they never received my package.
order_issue|Order no. 77812 is still waiting to be shipped, what's going on?
order_issue|Is it possible to add an item to my current order?
order_issue|My parcel is lost and the courier won't answer.
order_issue|I got someone else's order, that's not my name on the packing slip.
order_issue|Express delivery was supposed to take 24 hours, it's been 3 days.
order_issue|Could you give me the tracking number for order #55410?
order_issue|The order status says shipped but tracking shows no information.
order_issue|I only received part of my order, when does the rest arrive?
order_issue|I want to change the pickup location for my order.
order_issue|My package has been held at customs for 10 days.
order_issue|The driver left the parcel on the doorstep and it got stolen.
order_issue|Why was my order cancelled without any notice?
order_issue|Still nothing received, I ordered on March 3rd.
order_issue|Both pairs of shoes I ordered came in the wrong colour.
order_issue|Tracking says delivery attempted but I was home all day.
order_issue|Can you delay the delivery of my order, I'm away next week?
order_issue|You shipped my package to my old address.
order_issue|The packing list doesn't match what's in the box.
order_issue|The order left the warehouse but there's no delivery date.
order_issue|My package is late, I needed it for a birthday on Saturday.
product_issue|The product arrived broken, the screen is cracked.
product_issue|The zipper on the jacket broke after two days.
product_issue|These shoes run really small, I'm normally a 9 and they're way too tight.
product_issue|The blender won't turn on after one week of use.
product_issue|The sofa colour looks nothing like the picture on the website.
product_issue|The dress fabric is already pilling after one wash.
product_issue|My vacuum makes a weird noise and doesn't pick anything up.
product_issue|The item arrived damaged, the box was crushed and the vase is shattered.
product_issue|The watch battery doesn't last more than two hours.
product_issue|The jeans are way too big, which size chart should I follow?
product_issue|The charger that came with it doesn't work with the phone.
product_issue|There is a stain on the shirt I received, it looks like it's been worn.
product_issue|The cream gave me a rash, is that normal?
product_issue|The assembly instructions are incomplete and screws are missing for the shelf.
product_issue|The bluetooth headphones won't pair with my laptop.
product_issue|The product isn't as described, it's not real leather.
product_issue|The t-shirt colours ran in the first wash.
product_issue|The non-stick pan is already sticking, the coating is peeling off.
product_issue|The TV has dead pixels in the middle of the screen.
product_issue|My sneakers are coming apart after a month, really poor quality.
product_issue|The perfume smells nothing like the one from the store, is it fake?
product_issue|The lamp keeps flickering even with a new bulb.
product_issue|The product is faulty, it gets abnormally hot.
product_issue|The ring turned black after a few days.
product_issue|Is this case compatible with the iPhone 15? Mine doesn't fit.
product_issue|The coffee machine leaks from underneath.
product_issue|The mattress is already sagging in the middle after three weeks.
product_issue|One of the table legs is shorter than the others so it wobbles.
product_issue|Does the warranty cover a motor failure on my scooter?
product_issue|The trousers have a stitching defect, the hem is coming undone.
product_issue|The case gives no protection at all, my phone cracked when it fell.
product_issue|The printer shows a cartridge error even though the cartridge is new.
product_issue|The earbuds crackle on the left side.
product_issue|The water bottle isn't leakproof, it leaked all over my bag.
product_issue|The product has a very strong plastic smell, is it toxic?
product_issue|The suitcase wheel broke the first time I used it.
product_issue|The dress is see-through, that isn't mentioned on the product page.
product_issue|The machine doesn't recognise the pod and refuses to start.
product_issue|The sleeves are too short compared to the size guide.
product_issue|My e-bike won't charge anymore.
product_issue|The paint on the cabinet is already chipping.
product_issue|The toy came with a part missing, my son can't play with it.
payment_issue|My credit card keeps getting declined at checkout.
payment_issue|I was charged twice for the same order.
payment_issue|The payment failed but the money was still taken from my account.
payment_issue|Can you send me the invoice for order 45871?
payment_issue|I can't pay with PayPal, the window just closes.
payment_issue|My promo code doesn't work, it says invalid code.
payment_issue|The amount charged doesn't match the total shown when I ordered.
payment_issue|Can I pay in three instalments?
payment_issue|The 3D Secure check never shows up and my bank doesn't send the text.
payment_issue|I need an invoice with my company name and VAT number.
payment_issue|I was charged shipping even though delivery was supposed to be free.
payment_issue|Paying with a gift card doesn't go through.
payment_issue|My bank flagged a suspicious transaction from your site.
payment_issue|The 20% discount wasn't applied to my cart.
payment_issue|I paid by bank transfer a week ago and my order still says awaiting payment.
payment_issue|You charged me $89.90 instead of $59.90.
payment_issue|Do you accept Apple Pay?
payment_issue|I didn't get the invoice by email after my purchase.
payment_issue|My subscription was billed twice this month.
payment_issue|My payment has been pending for three days, is that normal?
payment_issue|Payment error: transaction declined by card issuer.
payment_issue|I want to change the card linked to my subscription.
payment_issue|VAT shows up twice on my invoice.
payment_issue|Can I pay cash on delivery?
payment_issue|The referral code wasn't applied at checkout.
payment_issue|My account was debited but the order doesn't show up anywhere.
payment_issue|Can you correct the billing address on my invoice?
payment_issue|There's a payment authorization hold on my bank account for a week now.
payment_issue|My Visa card is refused even though I have enough money.
payment_issue|The price changed between the cart and the payment page.
payment_issue|The $10 voucher isn't deducted from the total.
payment_issue|I can't find where to download my invoices.
payment_issue|My buy now pay later request was rejected by the lender.
payment_issue|There are fees on my statement from you that I don't understand.
payment_issue|The site wants me to pay in euros but I'm in the US.
payment_issue|Payment refused every time, I tried two different cards.
payment_issue|I need a copy of my receipt for my expense report.
payment_issue|The WELCOME10 code says expired but the newsletter says it's still valid.
payment_issue|I was charged even though I cancelled my subscription last month.
payment_issue|How do I use my gift card on the website?
account_issue|I can't log in to my account anymore.
account_issue|I forgot my password and I'm not getting the reset email.
account_issue|My account got locked after too many login attempts.
account_issue|How do I change the email address on my account?
account_issue|I want to delete my account and all my personal data.
account_issue|The password reset link has expired.
account_issue|I want to unsubscribe from the newsletter, I get too many emails.
account_issue|Someone changed my account details without my permission.
account_issue|My loyalty points disappeared from my account.
account_issue|I never got the verification email to activate my account.
account_issue|How can I update my phone number in my profile?
account_issue|I created two accounts by mistake, can you merge them?
account_issue|I can't find my order history in my account.
account_issue|Two-factor authentication isn't sending me a code.
account_issue|I'd like a copy of the data you hold about me under GDPR.
account_issue|It says my email is already registered but I don't have an account.
account_issue|How do I change my password?
account_issue|My account was hacked, there are orders I didn't place.
account_issue|I can't save a new address in my account.
account_issue|Sign in with Google doesn't work, it sends me back to the home page.
account_issue|How do I close my customer account?
account_issue|My username isn't recognised even though I've ordered from you before.
account_issue|Please stop sending me promotional text messages.
account_issue|My profile changes aren't being saved.
account_issue|My loyalty card isn't linked to my online account.
account_issue|I keep getting suspicious sign-in alerts for my account.
account_issue|I don't remember which email I used to sign up.
account_issue|My password is rejected but I'm sure it's right.
account_issue|How do I switch to a business account?
account_issue|I'd like to change the name displayed on my account.
account_issue|My account was deactivated with no explanation.
account_issue|The verification code I got by text doesn't work.
account_issue|I want to update my marketing preferences.
account_issue|My wishlists are gone from my account.
account_issue|I signed up but I can't log in.
account_issue|Can you reactivate my old account?
account_issue|I can't change my default shipping address in my profile.
account_issue|How do I recover my account if I no longer have access to my old email?
technical_issue|The website won't load, I just get a blank page.
technical_issue|The app crashes every time I open the cart.
technical_issue|The place order button doesn't do anything.
technical_issue|I get a 500 error when I try to view my basket.
technical_issue|Product images don't show up on my phone.
technical_issue|The app closes by itself since the last update.
technical_issue|The site search doesn't find anything, even products that exist.
technical_issue|The website is really slow, pages take a minute to load.
technical_issue|I can't add anything to the cart, nothing happens when I click.
technical_issue|My cart empties itself when I switch pages.
technical_issue|The app won't install on my Android phone.
technical_issue|The size filters don't work on the dresses page.
technical_issue|I get a security certificate error when I go to your site.
technical_issue|The contact form won't send, it just keeps spinning.
technical_issue|The checkout page is stuck loading.
technical_issue|The app shows a black screen on startup on my iPhone.
technical_issue|The site looks broken in Safari, the menus overlap.
technical_issue|Push notifications from the app stopped working.
technical_issue|The link in your newsletter goes to a page not found, error 404.
technical_issue|The live chat won't open.
technical_issue|The product configurator glitches when I pick a colour.
technical_issue|I can't download the PDF guide, the file is corrupted.
technical_issue|The barcode scanner in the app doesn't work.
technical_issue|Your website doesn't work in Firefox.
technical_issue|The app logs me out every two minutes.
technical_issue|The store locator map doesn't show on the site.
technical_issue|The site shows prices twice, there's a bug.
technical_issue|When I click checkout the page reloads and nothing happens.
technical_issue|The product video won't play.
technical_issue|The captcha doesn't load so I can't register.
technical_issue|The app crashes as soon as I try to scan my loyalty card.
technical_issue|Characters display strangely on the product page.
technical_issue|Is your website down since this morning?
technical_issue|Zoom on the photos doesn't work on a tablet.
technical_issue|The app update wiped my settings and now it won't start.
technical_issue|The tracking code in the app shows a technical error.
technical_issue|The site keeps redirecting me to the login page in a loop.
technical_issue|I can't complete the purchase on mobile, the button is greyed out.
general_inquiry|What are your opening hours?
general_inquiry|Do you deliver to Canada and Australia?
general_inquiry|How much is shipping?
general_inquiry|When will this product be back in stock?
general_inquiry|Do you have a physical store in London?
general_inquiry|How long does delivery take to Scotland?
general_inquiry|Do you sell gift cards?
general_inquiry|Does this coat come in XXL?
general_inquiry|What is your return policy?
general_inquiry|Do you offer a student discount?
general_inquiry|Are you hiring at the moment?
general_inquiry|Are you open on Sundays?
general_inquiry|What material is this shirt made of?
general_inquiry|Do you offer gift wrapping?
general_inquiry|How long do I have to return an item?
general_inquiry|Are your products made in the UK?
general_inquiry|Will there be a sale soon?
general_inquiry|What's your phone number for customer service?
general_inquiry|Do you deliver on Saturdays?
general_inquiry|Do you have a loyalty program?
general_inquiry|Is in-store pickup free?
general_inquiry|Does the sofa come assembled?
general_inquiry|What's the difference between the two bag models?
general_inquiry|What warranty do you offer on appliances?
general_inquiry|Do you sell wholesale to businesses?
general_inquiry|Is shipping free above a certain amount?
general_inquiry|Where is your warehouse located?
general_inquiry|Is this product suitable for children under 3?
general_inquiry|Are you getting the new spring collection?
general_inquiry|Is your packaging recyclable?
general_inquiry|Can I reserve an item in store?
general_inquiry|What are the exact dimensions of the coffee table?
general_inquiry|Do you ship internationally, to Japan for example?
general_inquiry|Which courier do you use?
general_inquiry|Could you recommend a moisturiser for dry skin?
general_inquiry|Are your stores open on bank holidays?
general_inquiry|Are batteries included with the toy?
general_inquiry|Do you offer next day delivery?
general_inquiry|What hours can I reach customer support?
general_inquiry|Do you have this model in another colour?
refund_request|I would like a refund for this product.
refund_request|I still haven't received my refund even though you got the return two weeks ago.
refund_request|I want to return the dress and get my money back.
refund_request|Can you refund the shipping costs?
refund_request|When will I be refunded for my cancelled order?
refund_request|I'm asking for a full refund, the product isn't right for me.
refund_request|The refund you announced doesn't show on my bank account.
refund_request|I'd rather have a refund than store credit.
refund_request|You only refunded part of the order, $25 is missing.
refund_request|I sent the parcel back, how does the refund work?
refund_request|I'd like the price difference refunded, the item went on sale yesterday.
refund_request|Refund me now, I don't want this item anymore.
refund_request|I'm using my right to cancel within 14 days and want a refund.
refund_request|How long does a refund take after a return?
refund_request|My return was received but no refund since then.
refund_request|I want to cancel and get refunded, delivery is taking too long.
refund_request|Can you refund to a different card, the old one expired?
refund_request|I've been waiting a month for my $49.99 refund.
refund_request|I'm asking for partial compensation or a refund for the delay.
refund_request|The parcel never arrived, I want my money back.
refund_request|How do I get a return label so I can be refunded?
refund_request|You declined my refund and I don't understand why.
refund_request|I'm sending the shoes back, please process my refund.
refund_request|I returned the faulty product, I want a refund, not an exchange.
refund_request|I don't want a voucher, I want the money back on my card.
refund_request|How many days does a refund take for a PayPal order?
refund_request|I got refunded for the product but not for the shipping.
refund_request|I'd like a refund for the unused part of my subscription.
refund_request|What's the status of the refund for return no. 88213?
refund_request|Please refund the order you cancelled.
refund_request|If I send the item back, will I get a full refund?
refund_request|Your agent promised a refund within 5 days, nothing yet.
refund_request|I demand a refund of the amount taken by mistake.
refund_request|The refund went to the wrong account.
refund_request|I'm returning the product, it's not what I expected, refund please.
refund_request|Can you confirm the refund has been issued?
refund_request|I want to cancel my purchase and get the 120 dollars back.
refund_request|After returning the parcel I only got store credit but I asked for a refund.
refund_request|Are return shipping costs reimbursed?
other|Hello!
other|Thanks a lot for your help, have a nice day.
other|Great shop, I recommend it to everyone.
other|You guys are awesome, thanks for everything.
other|What's the weather like in London today?
other|We're a marketing agency, would you be interested in a partnership?
other|Test test
other|Tell me a joke.
other|Kudos to the team for the fast delivery, everything was perfect.
other|Ok thanks.
other|Hi, how are you?
other|I just wanted to say I love your products.
other|I'm an influencer and I'd love to collaborate with your brand.
other|Who won the game last night?
other|Buy cheap followers on our website!
other|Alright, noted.
other|Happy new year to the whole team!
other|I'm looking for a chocolate cake recipe.
other|Can you help me with my math homework?
other|What's the capital of Australia?
other|Thanks, problem solved.
other|Perfect, thanks for the quick answer.
other|The sales assistant in your store was lovely, thank her for me.
other|We offer SEO services at a discounted price.
other|Hey
other|Goodbye.
other|Who's the boss here?
other|Are you a bot?
other|Congratulations on your 10th anniversary!
other|asdfgh
other|Great, thanks!
other|I'd like to sell my handmade items in your shop, how do I become a supplier?
other|What time is it?
other|I found a stray cat, what should I do?
other|Hi, I'm not really sure what to write.
other|Excellent service, I'll be back.
other|Would your company be interested in a logistics solution?
other|I'm doing a student survey, could you answer a few questions?
"""
}
