// Seventh batch of training messages (2026-11-29, 454 English and 316 French lines), the first to carry a
// sentiment label as well as a category, for generalisation to writers the earlier batches did not cover. English
// first: non-native English (French, German, Spanish, Indian, Nigerian and other writers' turns of phrase), terse
// technical reports (status codes, browsers, app versions), SMS style, long stories whose main request decides the
// category, indirect requests, negations, sarcasm, polite anger, praise wrapped around a request; and short replies
// in a conversation that only carry a sentiment. French: regional French (Belgium, Switzerland, Québec, West and
// Central Africa), SMS French, the same registers. Sentiment follows the labels' convention: sarcasm negative, a
// polite factual report neutral (even of a problem), polite but clearly unhappy negative, praise or warm thanks
// around a request positive. Written from scratch; every line was checked against the held-out sets (word-set
// overlap below 0.5 with any held-out line; `heldout_overlap` unchanged). `category|sentiment|text`, category `-`
// for a line that only carries a sentiment (used by the learned sentiment layer, not for intent training).
enum TrainingCorpusSeventh {
    static let english = """
    order_issue|negative|I am waiting my parcel since two weeks and nobody answer me, this is not serious.
    order_issue|neutral|Hello, my order is showing delivered but I am not at home since Monday, where the parcel is kept?
    order_issue|negative|The package is arrived today but the box was totally crushed and the vase inside is in pieces.
    order_issue|neutral|Please I want to know the status of my order 55120, it has not moved since Friday.
    order_issue|negative|How far with my delivery? I paid since last week and nobody is telling me anything o.
    order_issue|neutral|Kindly share the tracking details for order no. 7731, the same is not received till date.
    order_issue|neutral|Dear sir, I am having one query regarding my shipment. It is showing pending at hub for 4 days.
    order_issue|negative|Please check why my order not arrive yet, already 20 days, very disappointed.
    order_issue|neutral|I have ordered two cushions but only one is inside the box. The second is coming later?
    order_issue|negative|You sent me size 38 when I clearly ordered 40. Now I have to go to the post office again. Great.
    order_issue|neutral|Can the courier leave the parcel with my neighbour at number 12? I work late on Thursday.
    order_issue|neutral|I would like to change the delivery address, I moved last week. New one is 8 Harbour Lane, Cork.
    order_issue|negative|tracking stuck on label created for 9 days. is this even shipped??
    order_issue|neutral|order 22871 still processing, any eta
    order_issue|negative|wrong item AGAIN. second time this month. ordered black boots got brown sandals
    order_issue|neutral|Parcel went to my old address, I updated it in my profile but the order kept the old one. Can you redirect it?
    order_issue|positive|You guys are amazing, the jacket is perfect! The matching scarf wasn't in the box though, is it shipping separately?
    order_issue|negative|So the courier says he tried to deliver. I was home all day. Nobody rang. Nobody knocked. Brilliant.
    order_issue|negative|My order was meant for a wedding on Saturday, the express shipping I paid extra for didn't happen and now it's too late. Really let down.
    order_issue|neutral|Last month I ordered a set of garden chairs for my parents. They live two hours away so I had it shipped there. My mum says a box arrived but it only holds the cushions, not the chairs. Could you check if the chairs are on their way?
    order_issue|neutral|Hi, the parcel shows delivered to a locker but I never got a code to open it.
    order_issue|negative|The seal on the box was broken and taped over, the headphones are missing. Somebody opened it before it reached me.
    order_issue|neutral|Is it possible to combine my two orders from this morning into one shipment?
    order_issue|neutral|Please stop the shipment of order 90112, I need to correct the house number first.
    order_issue|negative|Customs is asking me 35 euros to release the parcel, nobody told me there will be extra fees. I am not happy.
    order_issue|neutral|The delivery was split, I got the frame but not the glass panel that goes with it.
    order_issue|negative|Tracking has said out for delivery three days in a row. It never comes. What exactly is going on?
    order_issue|neutral|I received an order confirmation but no shipping email yet, it has been four days. Is that normal?
    order_issue|negative|Not one single update in ten days. Not even an automatic email. Where is my stuff?
    order_issue|neutral|Hallo, I become a package with a wrong colour. I ordered the grey pillow, in the box is a green one.
    order_issue|neutral|My order came with a lamp that is not mine, I think it was meant for another customer. How do I send it back to you?
    order_issue|negative|Lovely, my parcel is touring Europe. Germany, Belgium, back to Germany. Any chance it will visit my house one day?
    order_issue|neutral|The pickup point closed down, what happens to my parcel now?
    order_issue|negative|the driver threw the box over the fence and now the glass bowl is cracked, not acceptable
    product_issue|negative|The zipper broke the first time I used the backpack. For that price I expected much better quality.
    product_issue|neutral|How do I reset the smart scale to factory settings? The app does not find it anymore.
    product_issue|neutral|The heel strap on the sandals feels tight, will the leather stretch with use or should I size up?
    product_issue|negative|The mattress topper smells like chemicals even after airing it for a week. I can't sleep on it.
    product_issue|neutral|The coffee grinder makes a clicking noise when I grind fine, is this normal?
    product_issue|negative|This blender is not working since the second day, the motor is only humming and the blades are not turning.
    product_issue|neutral|Please guide me how to assemble the bookshelf, step 7 is not clear in the manual.
    product_issue|negative|The colour has run in the first wash and now all my white shirts are pink. Thanks a lot.
    product_issue|neutral|Is the water bottle safe for hot drinks or only cold ones?
    product_issue|positive|The new rice cooker is fantastic, best purchase this year! How much water should I use for brown rice?
    product_issue|negative|my earbuds only charge on one side now, left one is dead after 3 weeks
    product_issue|neutral|The dining table has a small wobble, are there adjustable feet I can buy?
    product_issue|negative|The so-called waterproof jacket let the rain through in twenty minutes. Waterproof, really?
    product_issue|neutral|The manual is only in Chinese and Japanese, do you have an English version for the air fryer?
    product_issue|negative|The screen of the tablet has dead pixels in the corner out of the box. Very poor quality control.
    product_issue|neutral|The watch strap is too long even on the last hole, can I get a shorter one?
    product_issue|neutral|Sir, the mixer grinder jar is leaking from the bottom while grinding. Kindly advise.
    product_issue|negative|The fabric of the sofa is already pilling after one month, it looks ten years old.
    product_issue|positive|Love the hiking boots, super comfy! Any tips on how to waterproof them before the first trip?
    product_issue|neutral|The drill battery does not hold charge more than ten minutes, it is the original battery.
    product_issue|negative|The stitching on the handbag is coming apart already. It was a gift for my wife and now I am embarrassed.
    product_issue|neutral|Can I put the cast iron pan in the oven at 250 degrees?
    product_issue|neutral|Your listing says cotton but the label inside says polyester. Which is correct?
    product_issue|negative|The kid's bike came with a bent wheel and one pedal does not screw in. My son was crying. Not what I expected at all.
    product_issue|neutral|the humidifier shows error E2 and stops after a few minutes
    product_issue|negative|Ceramic mug chipped on the first use, just from putting it down on the table.
    product_issue|neutral|The trousers are too short for me, do you have them in a long leg version?
    product_issue|negative|The vacuum lost suction after two weeks. I cleaned the filter twice. Still useless.
    product_issue|neutral|I think the remote of my fan is not pairing, I changed the batteries already.
    product_issue|positive|Really happy with the desk, it looks gorgeous! One of the drawers sticks a bit, is there a way to adjust the runner?
    product_issue|neutral|The shoes are a bit narrow for me, do they come in a wide fit?
    payment_issue|negative|I have been charged two times for the same order, please give back the second payment quickly.
    payment_issue|neutral|Can I pay with bank transfer instead of card?
    payment_issue|neutral|My card got declined but the money is gone from my account. What should I do?
    payment_issue|negative|You took 89 pounds when the basket said 69. That is not the price you advertised.
    payment_issue|neutral|Our accountant needs a proper tax invoice for order 33012, addressed to Verma Textiles Pvt Ltd.
    payment_issue|neutral|The discount code WINTER15 says expired but the email said valid until Sunday.
    payment_issue|negative|Third time my Mastercard is refused at checkout, my bank says all is fine on their side. Very frustrating.
    payment_issue|neutral|There is a charge of 4.99 every month on my statement, what is it for?
    payment_issue|negative|Cancelled the subscription in March and you still charge me every month. Stop taking my money.
    payment_issue|neutral|Kindly confirm if EMI option is available on credit card for orders above 10000.
    payment_issue|neutral|Is Apple Pay accepted on the app? I only see card and PayPal.
    payment_issue|negative|Abeg, you people debited me twice for one order, I need my money back on the second debit.
    payment_issue|neutral|The invoice has my old address on it, could you issue a corrected one?
    payment_issue|neutral|Paid with Klarna, but I still got an email asking me to complete the payment. Is my order paid or not?
    payment_issue|negative|Oh wonderful, a surprise charge of 12 dollars for "handling" that appeared nowhere before I paid.
    payment_issue|neutral|I would like to know why my gift card cannot be used together with a promo code.
    payment_issue|neutral|The price was converted in dollars on the payment page but I live in France. Can I pay in euros?
    payment_issue|negative|payment failed 3 times, each time my bank sends me a code and then nothing happens. give up
    payment_issue|positive|Thanks for the quick delivery, love it! Just one thing, I was charged shipping even though my order was over the free shipping limit.
    payment_issue|neutral|Pre-authorisation of 150 is still on my card after the order was cancelled. When will it be released?
    payment_issue|neutral|My payment shows pending in the banking app, should I try to pay again or wait?
    payment_issue|negative|Your payment page charged me in the wrong currency and my bank added fees on top. Not acceptable.
    payment_issue|neutral|The student discount did not apply at checkout although I verified my status.
    payment_issue|neutral|Is it possible to split the payment between two cards?
    payment_issue|neutral|Receipt for order 7782 shows 3 items, I only bought 2. Can you correct the amount?
    payment_issue|negative|Why is my card charged before the item is even shipped? And for the full amount? Not how it should work.
    account_issue|negative|I cannot login since three days, always says password wrong even after reset. Please solve this fast.
    account_issue|neutral|I did not receive the verification email after I created my account. Can you send again?
    account_issue|neutral|I no longer shop here, erase my profile and whatever you stored on me.
    account_issue|negative|Someone changed my email and my password, I cannot enter my own account anymore. I am very worried.
    account_issue|neutral|How can I change the email address on my profile? I do not use the old one anymore.
    account_issue|neutral|Please unsubscribe me from the newsletter, thank you.
    account_issue|negative|I keep receiving your promo emails after unsubscribing twice. Stop spamming me.
    account_issue|neutral|My loyalty points from last order are not showing in my account.
    account_issue|neutral|The two-step code goes to my old phone number, how do I update it?
    account_issue|negative|Locked out of my account for 24 hours because I mistyped the password twice. Ridiculous rule.
    account_issue|neutral|pls reset my password link expired
    account_issue|neutral|I have two accounts with different emails, can they be merged into one?
    account_issue|neutral|Kindly deactivate my account, I am not using it anymore.
    account_issue|negative|The reset link you sent leads to an error page every time. Third email now. Useless.
    account_issue|positive|Big fan of your store! I just got a new work email and would love to move my account over to it. How do I do that?
    account_issue|neutral|My surname is spelled wrong on the account, one letter missing. Where do I fix it?
    account_issue|neutral|Please I cannot login to my account since morning, it says user not found.
    account_issue|negative|My points disappeared! I had more than 2000 points and now it shows 0. Where did they go?
    account_issue|neutral|How do I stop the SMS notifications? I only want emails.
    account_issue|neutral|I received a login alert from a device I do not recognise. Should I change my password?
    account_issue|neutral|Under the data protection law I ask for an export of everything your systems hold on me.
    account_issue|negative|Your site logged me out and now says my account is suspended. I did nothing wrong. Explain.
    account_issue|neutral|login code never arrives by sms
    account_issue|positive|Thank you for the birthday voucher, so sweet! It is not appearing in my account wallet though, can you check?
    technical_issue|neutral|checkout returns 500 on POST /cart, chrome 119 on windows
    technical_issue|neutral|Android app 5.3.0 crashes on launch after the last update.
    technical_issue|negative|Your site is so slow today, every page takes a minute to load. Impossible to buy anything.
    technical_issue|neutral|The search bar returns no results for anything I type, even product names from your homepage.
    technical_issue|neutral|Getting error 403 forbidden when I open my order history.
    technical_issue|negative|The app freezes every time I add something to the basket. Deleted and reinstalled, same thing. Annoying.
    technical_issue|neutral|product images not loading on firefox, only grey boxes
    technical_issue|neutral|The captcha on the login page never validates, I tried ten times.
    technical_issue|neutral|On iPhone the page keeps jumping to the top when I scroll the reviews.
    technical_issue|negative|Brilliant update, now the app does not even open. Well done.
    technical_issue|neutral|Hello, the website is showing a blank white page after I click on pay.
    technical_issue|neutral|The size filter does not work in the men's category, it shows all sizes.
    technical_issue|negative|Seriously, your website has been down all evening. How can a shop not have a working site?
    technical_issue|neutral|Page not found when I click the link in your newsletter.
    technical_issue|neutral|The app notifications are in German although my phone is set to English.
    technical_issue|positive|Love the new app design! Small bug though: the wishlist button does nothing on tablet.
    technical_issue|neutral|timeout on payment step, safari 17, tried twice
    technical_issue|neutral|Kindly look into the issue, the website is not opening on my mobile since yesterday evening.
    technical_issue|negative|For the last hour I have been trying to check out and the page keeps reloading and emptying my cart. I give up.
    technical_issue|neutral|The cookie banner covers the checkout button on small screens, I cannot click it.
    technical_issue|neutral|JS error in console on the product page: Uncaught TypeError, cannot read properties of undefined.
    technical_issue|neutral|The store locator map is not loading, it stays grey.
    technical_issue|negative|Your app logs me out every five minutes. It is driving me crazy.
    technical_issue|neutral|Video on the product page does not play, it says format not supported.
    technical_issue|neutral|The add to cart button is not working on the sale page, nothing happens when I click.
    technical_issue|neutral|I cannot upload a photo for the review, the upload bar stays at zero percent.
    technical_issue|negative|What a joke, the website crashed right when I was paying. Did my order go through or not?
    general_inquiry|neutral|Do you deliver to Switzerland and how much is the shipping?
    general_inquiry|neutral|What time does the Lyon store close on Saturday?
    general_inquiry|neutral|Will the blue linen shirt come back in stock in size L?
    general_inquiry|neutral|Are your gift cards valid in the physical shops too?
    general_inquiry|neutral|Is the wool in your jumpers from mulesing-free farms?
    general_inquiry|positive|I love your candles so much! Do you sell refills for the glass jars?
    general_inquiry|neutral|Any shop of yours around Birmingham where I could see the sofas?
    general_inquiry|neutral|Please I want to ask if you ship to Lagos and how long it takes.
    general_inquiry|neutral|Kindly let me know the delivery charges for Hyderabad.
    general_inquiry|neutral|What guarantee comes with the bean-to-cup machines, one year or two?
    general_inquiry|neutral|Do you offer gift wrapping?
    general_inquiry|neutral|Can I order online and pick up in store the same day?
    general_inquiry|neutral|Is the leather on the wallet real leather or synthetic?
    general_inquiry|neutral|Is there some reduction for NHS staff?
    general_inquiry|positive|Just discovered your shop and I am obsessed! Do you have a physical store in Paris?
    general_inquiry|neutral|whats the return window for sale items
    general_inquiry|neutral|Do you sell spare parts for the espresso machine, like the filter basket?
    general_inquiry|neutral|Are you open on Christmas Eve?
    general_inquiry|negative|Why is delivery to Ireland so expensive compared to the UK? Twenty euros for a t-shirt is crazy.
    general_inquiry|neutral|Is the dress available in petite sizes?
    general_inquiry|neutral|Can I buy a gift card and have it sent directly to my friend by email?
    general_inquiry|neutral|I am looking for a present for my father, he likes cooking. What would you recommend under 50?
    general_inquiry|neutral|Another website sells this lamp 15 pounds less, would you match that?
    general_inquiry|neutral|Are the plates microwave safe? Thinking of buying the whole set.
    general_inquiry|positive|Your new autumn collection is stunning! When will it be available in the Manchester store?
    general_inquiry|neutral|Can parcels be addressed to a post office box?
    general_inquiry|neutral|Roughly how long for a normal parcel to reach Valencia?
    general_inquiry|neutral|Do you have a loyalty programme for people who buy often?
    general_inquiry|negative|I have been waiting months for the green kettle to come back in stock. Are you ever going to restock it?
    general_inquiry|neutral|Is there a minimum order for free shipping?
    general_inquiry|neutral|Do you sell the sofa fabric as samples so I can see the colour first?
    refund_request|negative|I want my money back. The chair arrived broken and I am not waiting another month for a replacement.
    refund_request|neutral|I returned the shoes last week, when will the refund be on my card?
    refund_request|neutral|Please cancel order 44810 and refund me to the original payment method.
    refund_request|negative|Five weeks since you received my return and still no refund. This is getting ridiculous.
    refund_request|neutral|How can I return the jacket for a refund? It is too big.
    refund_request|negative|I would like to become my money back, the product is not like on the photos.
    refund_request|neutral|The item was out of stock and cancelled, will I be refunded automatically?
    refund_request|neutral|Hi, I only got a partial refund for my return, the shipping cost was not included.
    refund_request|negative|refund me now. the watch stopped after 2 days and I don't want another one
    refund_request|neutral|Kindly process the refund for the returned item, the courier has delivered it to your warehouse on 4th.
    refund_request|positive|Thank you for being so understanding! I've posted the lamp back today, could you refund it to my PayPal?
    refund_request|negative|You refunded 20 instead of 60. Do you think I would not notice?
    refund_request|neutral|I changed my mind about the rug, it has not been opened. Can I send it back and get a refund?
    refund_request|negative|Your customer service promised a refund twice on the phone and nothing has happened. I am losing patience.
    refund_request|neutral|Please I need a refund for the dress, it does not fit me and I have the receipt.
    refund_request|neutral|Do I get a refund or only store credit if I return a sale item?
    refund_request|negative|No, I do not want a voucher. I want a refund, as the law says.
    refund_request|neutral|Can you cancel the order and refund me? It has not shipped yet according to the tracking.
    refund_request|neutral|The return label you sent is not working at the post office, how can I get my refund?
    refund_request|positive|The cushions are beautiful but the colour doesn't match my sofa, sadly! Could I return them for a refund? Thanks so much.
    refund_request|negative|I'm disputing this with my bank if I don't see my refund by Monday. Enough is enough.
    refund_request|neutral|My order was delivered damaged, I sent the photos already. Can I get the money back rather than a new one?
    refund_request|neutral|refund status for return 88210?
    refund_request|negative|I returned everything within 14 days and now you refuse the refund because the box is opened? That is absurd.
    refund_request|neutral|I would like to return two of the three shirts and keep one. How does the refund work then?
    refund_request|negative|Great service, really. Returned the coat a month ago and the refund is still "processing".
    refund_request|neutral|After long discussion with my wife we decided to not keep the coffee table. Please tell me how to send it back for refund.
    refund_request|neutral|Hello, the money for my returned trainers never came back to my account. It has been twelve days.
    other|positive|Just wanted to say thank you, the team at the Leeds shop was so helpful yesterday!
    other|neutral|Hi, I think this email was sent to me by mistake, I am not your customer.
    other|neutral|Dear sir, I am interested in becoming a distributor of your products in Ghana. Please send me your conditions.
    other|neutral|We are a marketing agency and can double your online sales. Book a free call with us.
    other|neutral|testing testing 123
    other|positive|You are the best shop in town, keep up the great work!
    other|neutral|Can you forward this to the HR department? I would like to apply for an internship.
    other|negative|Your delivery van was parked on the pavement again this morning and my mother with her walker had to go on the road.
    other|neutral|Good morning, I am a student doing research on online retail, could I interview someone from your team?
    other|neutral|You have won a free iPhone, click the link to claim your prize now.
    other|positive|Merry Christmas to everyone in the team, thank you for a great year!
    other|neutral|Is this the right email for the football club sponsorship request?
    other|negative|The music in your store is way too loud, I left without buying anything.
    other|neutral|Sorry, wrong chat.
    other|neutral|My friend told me to say hi to Daniel, he used to work with him.
    other|negative|Your TV advert with the singing dog is the most irritating thing on television.
    other|neutral|Hello, we are organising a charity raffle for our school, would you donate a small prize?
    other|positive|Five stars for the lovely packaging, it felt like Christmas morning. No question, just happy!
    other|neutral|what is the capital of Australia
    other|neutral|Our company offers cheap warehouse space in Rotterdam, contact us for a quote.
    other|negative|Your parking lot is a disaster, someone scratched my car there and nobody in the shop cared.
    other|neutral|hey
    other|neutral|I am writing a blog post about sustainable brands, can I use a photo from your website?
    other|positive|The chocolate you put in my parcel was a sweet surprise, thanks a lot!
    order_issue|neutral|So my sister recommended your shop, and I finally ordered the linen sheets for our new flat on the 2nd. We moved in yesterday, everything else is here, only the sheets are missing and the tracking page just says "in preparation". Could someone look at what is holding it up?
    order_issue|negative|I don't usually complain, but this is the third order in a row that arrives late, and this time it was a birthday present. I'd like to know what is going on with your deliveries.
    order_issue|neutral|It would help a lot if the parcel could go to my office instead, I'm never home before 7.
    order_issue|neutral|I wonder whether my order has actually left your warehouse, the status hasn't changed in a while.
    order_issue|negative|Not received, not refunded, not answered. Order 61730.
    order_issue|neutral|Bonjour, sorry for my English. I make an order the 12 and I have still not the package. Can you look please?
    order_issue|neutral|Buenos dias, the package have a number of tracking that no work in the website of the courier.
    order_issue|negative|My parcel was given to somebody else, the photo of the delivery shows a door which is not mine!
    order_issue|neutral|The box came with the right lamp but no bulb, the listing said bulb included.
    order_issue|neutral|Hi, quick one: the order went to my billing address rather than the delivery one I entered. Can you reroute it?
    order_issue|negative|Shipping took longer than the product's warranty. Just kidding. Almost. Three weeks and counting.
    order_issue|neutral|Dear Sir/Madam, I wish to inform that the consignment has not been delivered though it shows delivered in the system. Kindly look into it.
    order_issue|neutral|My husband ordered from his account but I need the delivery moved to Saturday, is that something you can do?
    product_issue|neutral|I've been using the espresso machine for a month and love the coffee, but recently the steam wand only spits water. I descaled it last week. Is there something else I should try before sending it in?
    product_issue|negative|I'm not one to write reviews or emails, but the chair I bought is already cracking at the joint after a month. Not good enough.
    product_issue|neutral|I wonder if the rain cover for the pram is sold separately, the one that came with it does not fit properly.
    product_issue|neutral|The lamp works but it doesn't dim like the description says, am I missing a setting?
    product_issue|negative|The boots are not waterproof. Not even a little. My socks were soaked after one walk.
    product_issue|neutral|Hello, sorry my English, the machine make a strange noise when it start, is this normal or broken?
    product_issue|neutral|The charger gets very hot after 20 minutes, should I be worried?
    product_issue|negative|Honestly the quality has gone down a lot, the new batch of towels is thin and rough compared to the ones I bought last year.
    product_issue|neutral|Can this pan be used on induction? I didn't find it on the box.
    product_issue|neutral|Battery swells a bit on the back of the speaker, is it safe to keep using it?
    product_issue|negative|Bought the kettle for my mother, the handle came loose after a week and she nearly burnt herself. This is dangerous.
    product_issue|neutral|The watch does not count my steps correctly, it shows 500 when I walked a lot more.
    payment_issue|neutral|I might be wrong, but I think the total on my receipt doesn't match what my bank took.
    payment_issue|negative|I don't appreciate being billed for a subscription I never knowingly signed up for. Please explain this charge.
    payment_issue|neutral|Sorry for my english, my card is from Brazil and the payment is always refused, do you accept foreign cards?
    payment_issue|neutral|It seems the voucher from my birthday email isn't being taken at checkout.
    payment_issue|neutral|Please share the GST invoice for my purchase, required for office reimbursement.
    payment_issue|negative|Charged, declined, charged again. My bank shows three attempts, you show no order. Fix it.
    payment_issue|neutral|How do I update the card used for my monthly box?
    payment_issue|neutral|Is the price on the site including VAT or will it be added at checkout?
    payment_issue|neutral|My company needs a quote before paying, can you make one out for 20 chairs?
    account_issue|neutral|I'd be grateful if you could close my account, I'm moving abroad.
    account_issue|neutral|Hello, I have forgot my password and the mail for change it never come.
    account_issue|negative|I did not sign up for your newsletter and yet here I am getting three emails a week. Remove me.
    account_issue|neutral|It looks like my account still uses my maiden name, how can I change it?
    account_issue|neutral|The app keeps asking me to verify my email but the link in the email says already verified.
    account_issue|negative|Somebody used my account to order things to an address I don't know. I need this stopped now.
    account_issue|neutral|Can I turn off the order confirmation texts?
    account_issue|neutral|Please I registered with wrong email, I want to correct it so I can get the receipts.
    account_issue|neutral|I can't seem to find where to redeem my loyalty points in the account.
    technical_issue|neutral|iOS 17.2, app v4.8: tapping "checkout" does nothing, no spinner, no error.
    technical_issue|neutral|Site returns 502 bad gateway on mobile, fine on desktop.
    technical_issue|neutral|Cart shows 3 items but the counter says 0. Cleared cache, same.
    technical_issue|neutral|FYI your password reset page throws a 404 when opened from the app.
    technical_issue|negative|I don't know who tested this release but nothing works on the app anymore, not search, not basket, nothing.
    technical_issue|neutral|When I change the language to French the prices disappear from the product pages.
    technical_issue|neutral|Hello sir, your website is showing some error while placing order. Screenshot attached. Kindly check.
    technical_issue|neutral|Pages load forever on Edge, works on Chrome. Looks like a script is blocking.
    technical_issue|negative|Nice new website. Shame that none of the buttons work.
    technical_issue|neutral|The promo banner link goes to an empty page.
    technical_issue|neutral|The app asks me to update but the store says there is no update available.
    general_inquiry|neutral|I was wondering if you restock the limited colours or if they're gone for good.
    general_inquiry|neutral|Do you ship to the Canary Islands, and do I pay import tax there?
    general_inquiry|neutral|Please what are your opening hours on Sunday in Abuja?
    general_inquiry|neutral|Is the table solid wood or veneer? The page doesn't say.
    general_inquiry|neutral|Before I order, can I return the item in store if it does not fit?
    general_inquiry|neutral|Hi, do you sell the mattress in a 140 x 190 size?
    general_inquiry|neutral|I'd like to know whether your gift cards expire.
    general_inquiry|positive|Love what you do for local makers! Are you planning to open a shop in Edinburgh?
    general_inquiry|neutral|Can a courier bring the wardrobe on a Saturday morning in Galway?
    general_inquiry|neutral|Is next-day delivery available if I order after 6pm?
    refund_request|neutral|I'd rather have my money back than an exchange, if that's possible.
    refund_request|negative|I don't want a replacement, I don't want a voucher, I want my money. Is that so hard?
    refund_request|neutral|Good evening, I have send back the article since 10 days, when I receive my money?
    refund_request|neutral|Kindly initiate refund for the cancelled order, amount is debited from my account.
    refund_request|neutral|The coat was a gift and doesn't fit, can my friend return it and get the refund on a gift card?
    refund_request|negative|Your courier lost my return and now you tell me no refund because you never received it? Not my problem.
    refund_request|neutral|Hi, following our chat yesterday, just checking the refund for the faulty toaster has been started.
    refund_request|neutral|I was told the refund takes 5 days, it's been 9. Could you check?
    refund_request|positive|Thank you so much for approving the return, you've been lovely. When should I see the money back?
    other|neutral|Please remove me from your list of suppliers, we closed the business.
    other|neutral|I think you sent me someone else's newsletter, it starts with Dear Margaret.
    other|positive|Not a question, just wanted to say my grandma loves the blanket. Thanks!
    other|neutral|Hello, can you recommend a good plumber in Leeds?
    other|neutral|We would like to invite your CEO to speak at our retail conference in May.
    other|negative|Your staff member was rude to my son in the shop today, he's 15 and was just looking.
    other|neutral|How's the weather over there?
    other|neutral|I lost my dog near your shop on Main Street, if anyone sees a small brown terrier please call me.
    -|positive|Brilliant stuff, ta very much!
    -|positive|Problem gone, you're a lifesaver.
    -|positive|So glad it's sorted, thanks again.
    -|neutral|Right, I'll keep an eye out for the tracking link.
    -|neutral|It's under my husband's name.
    -|neutral|Tuesday works for me.
    -|negative|Still waiting, as usual.
    -|negative|That is not a solution.
    -|negative|I asked for a refund, not a discount code.
    order_issue|negative|I am extremely disappointed, the aquarium was delivered with a crack along the whole side and water would pour out.
    order_issue|neutral|The delivery note lists four flower pots but the carton had three. Order 51906.
    order_issue|positive|Thanks for the lovely surprise sticker in the box! Small thing, the cat bed I ordered in grey came in beige. Could you swap it?
    order_issue|neutral|Would it be possible to delay the delivery of my sofa by a week? The living room floor is not finished.
    order_issue|negative|Three phone calls, two emails and the garden bench is still somewhere between your depot and my house. Absolutely fed up.
    order_issue|neutral|The parcel tracking says it is at the Leipzig hub, is that normal for a delivery to Austria?
    order_issue|neutral|Namaste, my order of puja items shows dispatched on 3rd but courier site shows no record. Please check.
    order_issue|negative|Ordered a birthday cake topper, it came after the party. What's the point of next-day delivery?
    product_issue|positive|The skincare set is wonderful and smells divine! Is the night cream ok for sensitive skin around the eyes?
    product_issue|negative|Dog harness snapped on our second walk, my puppy nearly ran onto the road. I'm furious.
    product_issue|neutral|The tent poles seem shorter than the ones in the video, did I get the two-person version by mistake?
    product_issue|neutral|My son's scooter wheel makes a grinding sound, should the bearings be greased?
    product_issue|negative|The non-stick coating is flaking into the food after one month. Disgusting and probably unsafe.
    product_issue|neutral|How often should the filter of the water jug be replaced?
    product_issue|positive|Absolutely love the yoga mat, great grip! Can I clean it with vinegar or will that damage it?
    product_issue|negative|Honestly the worst headphones I have owned, the sound crackles constantly and the pads are already torn.
    product_issue|neutral|The bike light only stays on for an hour, the box says four hours on low mode.
    payment_issue|negative|You charged my card for the pre-order three weeks before it even ships. I never agreed to that and I'm really annoyed.
    payment_issue|neutral|I got two receipts for one purchase, was I charged twice or is it just a duplicate email?
    payment_issue|positive|Love your shop, ordering again! Quick one: is it possible to pay part with my gift card and the rest by PayPal?
    payment_issue|neutral|My bank statement shows a payment to a company name I don't recognise, is that you? Amount 64.20.
    payment_issue|negative|Your instalment plan took the second payment a month early and now my account is overdrawn. This is a disgrace.
    payment_issue|neutral|The amount in pounds on your site and the amount on my card in euros don't match the exchange rate, why?
    account_issue|positive|Thank you for the welcome discount, so generous! I can't seem to see it under my rewards though.
    account_issue|negative|My account has been hacked and you keep sending me to a FAQ page. I need a human, now.
    account_issue|neutral|My daughter studies in York, can her halls be saved as an extra shipping destination on my profile?
    account_issue|neutral|The verification code email lands in my junk folder every time, can you whitelist something?
    account_issue|negative|I have asked three times for my data to be deleted and I still get your marketing. This is a GDPR breach.
    account_issue|neutral|Please switch my account language to Spanish, I can't find the setting.
    technical_issue|negative|Your checkout refuses every postcode with a space in it. How has nobody noticed this? Infuriating.
    technical_issue|neutral|safari ios 16: product zoom freezes the page, needs a reload
    technical_issue|neutral|The app keeps showing yesterday's prices until I force close it.
    technical_issue|positive|Your new website is gorgeous, well done! Just so you know, the footer links to the careers page are broken.
    technical_issue|neutral|Push notifications arrive twice for every message on Android 14.
    technical_issue|negative|Fifth time today the app has crashed while I was writing a review. I give up on reviewing anything.
    general_inquiry|neutral|Is the bamboo bedding certified organic?
    general_inquiry|neutral|Do your stores take back old electronics for recycling?
    general_inquiry|positive|I'm so excited about your new pet range! Will the cat toys also be sold in the Glasgow shop?
    general_inquiry|neutral|What is your delivery time to Malta, and do you use tracked post?
    general_inquiry|negative|Why do you charge for gift wrapping now? It used to be free and it was the reason I shopped here.
    general_inquiry|neutral|Can I reserve an item online and pay in the shop?
    refund_request|positive|Everything was handled so kindly, thank you! I've dropped off the heater at the post office, when will the refund show?
    refund_request|negative|Two months waiting for 45 pounds that you owe me. I'm reporting you to trading standards.
    refund_request|neutral|I received a replacement but I'd rather have the money back now, can we do that instead?
    refund_request|neutral|If I return the bundle but keep one item, what part of the price is refunded?
    refund_request|negative|You've now rejected my refund twice with a copy-paste reply. Read my messages, please.
    other|positive|The tote bag you gave out at the fair is my favourite bag now, thanks!
    other|neutral|Please update your supplier records, our bank details have changed as of next month.
    other|negative|Someone from your company keeps calling me at dinner time to sell me insurance. Stop it.
    other|neutral|Can you recommend a good book about starting an online shop?
    -|positive|Lovely, sorry for all the questions and thank you.
    -|positive|That's great news, made my day!
    -|neutral|I'll be home after five.
    -|neutral|Correct, the navy version in size 9.
    -|negative|The callback promised on Monday never happened.
    -|negative|Nobody has answered my question.
    other|neutral|Hello, our cycling club is looking for a sponsor for next season's jerseys. Who should I talk to?
    other|positive|The window display on Market Street this month is a work of art, it made my evening walk.
    other|negative|The perfume sprayed at the entrance of your shop gives me a headache every single time.
    other|neutral|I'm a final-year design student, could I send you my graduation collection for feedback?
    other|neutral|Apologies, I pasted the wrong text into this box, please disregard.
    other|positive|I just wanted to tell you that your cashier Priya remembered my name after one visit. Lovely touch.
    other|negative|Your loyalty card advert on the bus shelter is frankly misleading and a bit tacky.
    other|neutral|Does anybody on your team speak Polish? My grandmother would like to say thank you herself.
    other|neutral|Reminder: the quarterly meeting of the shopkeepers' association is on Thursday at 6pm.
    other|negative|Why does every email from you start with a countdown timer? It's exhausting.
    general_inquiry|neutral|Before buying, does the stand mixer come with a dough hook or is it extra?
    general_inquiry|neutral|Are your candles made with soy or paraffin wax?
    general_inquiry|neutral|What hours is your live chat staffed at the weekend?
    general_inquiry|neutral|Is there a phone number for customers calling from abroad?
    general_inquiry|neutral|Do the trainers come in half sizes?
    general_inquiry|neutral|How much does it cost to send a parcel to Norway, and is VAT collected at checkout?
    general_inquiry|positive|Such a gorgeous range of ceramics! Do you sell the dinner plates individually or only in sets?
    general_inquiry|neutral|Do you have the winter coat in stock in the Dundee shop, size 14?
    general_inquiry|negative|Your delivery fees to Northern Ireland are double the mainland ones, is there any plan to fix that?
    general_inquiry|neutral|Will the phone case fit the newest model, or only last year's?
    product_issue|neutral|I bought the merino socks last week, can they go in the tumble dryer?
    product_issue|neutral|My new coffee machine asks me to set the water hardness, where do I find that value?
    product_issue|negative|The dress I kept is already losing sequins everywhere after one evening. Bit gutted.
    product_issue|neutral|The jeans I got are fine at the waist but too long, do you offer hemming?
    product_issue|neutral|How do I turn off the beeping on the oven I bought from you? It beeps at every button.
    product_issue|positive|So pleased with the garden hose, no more kinks! Which connector fits an outdoor tap with a thread?
    technical_issue|neutral|The date picker for the delivery slot only shows last month.
    technical_issue|neutral|On the returns form the submit button stays grey even when every field is filled in.
    technical_issue|negative|The live chat window closes itself every time I switch tabs and I lose the whole conversation. Maddening.
    technical_issue|neutral|The quantity box in the basket accepts only 1, typing 2 resets it.
    technical_issue|neutral|My saved addresses page shows a spinner and never loads.
    payment_issue|neutral|Checkout says my card expired but the date on it is 2028.
    payment_issue|neutral|The gift card balance went down by more than the amount of my order.
    payment_issue|negative|Your so-called free trial billed me 29.99 on day one. That is not what free means.
    account_issue|neutral|I'd like my purchase history kept but my marketing preferences all switched off.
    account_issue|neutral|Two-step verification is on but I never set it up, how do I check who did?
    order_issue|neutral|The label on my parcel has the right name but the wrong town, will it still reach me?
    order_issue|negative|Four parcels in a row left in the rain on my doorstep. The last one was a laptop.
    refund_request|neutral|The shop gave me a credit note for my return, can I have it as a refund to my card instead?
    refund_request|negative|The store manager refused to refund a faulty kettle with the receipt in my hand. Unbelievable.
    -|positive|You've been brilliant, thanks for sticking with it.
    -|neutral|Sorry, I meant the second order, not the first.
    -|negative|I've been on hold for half an hour, this is a joke.
    -|positive|Thank you, that was really helpful!
    -|positive|Perfect, problem solved, thanks a lot.
    -|positive|Legends, all sorted!
    -|positive|Wow, that was fast. Thank you!
    -|positive|thanks so much, have a great day 😊
    -|positive|Amazing, exactly what I needed.
    -|positive|Received it today, everything is perfect.
    -|positive|Thanks for sorting it out so quickly, much appreciated.
    -|positive|Great, it works now!
    -|positive|Top man, sorted in two minutes.
    -|positive|Very kind of you, thank you.
    -|positive|Thanks a ton, really appreciate it!
    -|neutral|Okay, understood, I will look for it.
    -|neutral|Alright.
    -|neutral|My email is the same as on the order.
    -|neutral|I will try again tomorrow.
    -|neutral|It is order 55821.
    -|neutral|Yes please.
    -|neutral|No, that is all.
    -|neutral|I used the card ending with 4421.
    -|neutral|I paid by PayPal.
    -|neutral|Let me check and I will come back.
    -|neutral|The address is the one in my account.
    -|neutral|Fine, I'll keep an eye on my inbox.
    -|neutral|ok I'll try that later
    -|neutral|Noted, I'll pass it on to my husband.
    -|neutral|Which form do I need to fill?
    -|neutral|I bought it in the Bristol shop.
    -|negative|This is not acceptable.
    -|negative|You are not listening to me.
    -|negative|Still no answer from you.
    -|negative|I have explained this three times already.
    -|negative|Useless answer.
    -|negative|Forget it, I will never order again.
    -|negative|You answered a different question, again.
    -|negative|Oh great, another automatic reply.
    -|negative|Terrible service, honestly.
    -|negative|Honestly I'm sick of this whole thing.
    -|negative|Why does nobody reply?
    -|negative|Thanks for nothing.
    """

    static let french = """
    order_issue|negative|Ça fait deux semaines que j'attends mon colis et personne ne me répond, c'est pas sérieux.
    order_issue|neutral|Bonjour, mon colis est indiqué livré mais je ne l'ai pas, où est-ce qu'il a été déposé ?
    order_issue|negative|Boîte enfoncée sur un coin à la réception, la lampe en verre dedans a éclaté.
    order_issue|neutral|Bonjour, le suivi de la 51234 est figé depuis vendredi, auriez-vous des nouvelles du transporteur ?
    order_issue|neutral|Bonjour, je ne sais pas suivre mon colis, le lien du mail ne fonctionne pas. Commande septante-deux mille cent.
    order_issue|negative|Chu tanné d'attendre, ça fait un mois pis mon colis est toujours pas arrivé.
    order_issue|neutral|Bonjour, est-ce que le livreur peut laisser le colis à la voisine ? Je travaille tard jeudi.
    order_issue|neutral|Bonjour mon frère, la commande a même pas encore bougé depuis lundi, c'est comment ?
    order_issue|negative|On m'a fatigué avec cette livraison, trois rendez-vous ratés et toujours rien.
    order_issue|neutral|slt ma cmd est tjrs en preparation, elle part qd ?
    order_issue|negative|Encore le mauvais article ! Deuxième fois ce mois-ci, j'avais commandé des bottes noires.
    order_issue|neutral|J'ai déménagé la semaine passée, pouvez-vous livrer au 8 rue de la Station à Liège plutôt ?
    order_issue|positive|Vous êtes top, la veste est parfaite ! Par contre l'écharpe assortie n'était pas dans le carton, elle arrive à part ?
    order_issue|negative|Le livreur dit qu'il est passé. J'étais là toute la journée. Personne n'a sonné. Bravo.
    order_issue|neutral|Il manque une pièce dans ma commande : j'ai le cadre mais pas la vitre qui va avec.
    order_issue|negative|Le carton avait été ouvert et rescotché, les écouteurs ont disparu. C'est du vol.
    order_issue|neutral|Est-il possible de regrouper mes deux commandes de ce matin en un seul envoi ?
    order_issue|negative|Postes Canada me dit que l'étiquette a été créée il y a dix jours, pis rien depuis. Franchement décevant.
    order_issue|neutral|Bonjour, mon natel n'a pas reçu le SMS du livreur, est-ce que le colis est bien en route pour Lausanne ?
    order_issue|negative|Super, mon colis fait le tour de l'Europe : Allemagne, Belgique, retour en Allemagne. Il passera chez moi un jour ?
    order_issue|neutral|Le point relais a fermé, que devient mon colis ?
    order_issue|negative|Le livreur a jeté le carton par-dessus la clôture et le saladier est fendu. Inacceptable.
    order_issue|neutral|La livraison a été faite en deux fois et il me manque encore les coussins.
    order_issue|neutral|bjr jai recu le colis d un autre client, je fais comment pour vous le renvoyer
    product_issue|negative|La fermeture de mon sac à dos a cassé dès la première utilisation. Pour ce prix, je m'attendais à mieux.
    product_issue|neutral|Comment remettre la balance connectée à zéro ? L'application ne la trouve plus.
    product_issue|neutral|Les sandales serrent un peu au talon, le cuir va-t-il se détendre ou faut-il prendre la taille au-dessus ?
    product_issue|negative|Le surmatelas sent le produit chimique même après une semaine à l'air. Impossible de dormir dessus.
    product_issue|neutral|Le moulin à café fait un petit clic quand je mouds fin, c'est normal ?
    product_issue|negative|Le mixeur ne marche plus depuis le deuxième jour, le moteur ronronne mais les lames ne tournent pas.
    product_issue|neutral|Je n'arrive pas à monter l'étagère, l'étape 7 de la notice n'est pas claire.
    product_issue|negative|Le t-shirt a déteint au premier lavage et toutes mes chemises blanches sont roses. Merci bien.
    product_issue|positive|Le nouveau cuiseur à riz est génial, mon meilleur achat de l'année ! Combien d'eau pour du riz complet ?
    product_issue|negative|mes écouteurs ne chargent plus que d'un côté, le gauche est mort au bout de 3 semaines
    product_issue|neutral|La table a un léger jeu, existe-t-il des pieds réglables ?
    product_issue|negative|La veste soi-disant imperméable a laissé passer la pluie en vingt minutes. Imperméable, vraiment ?
    product_issue|neutral|La notice de la friteuse est seulement en anglais, vous l'avez en français ?
    product_issue|negative|La machine à laver la vaisselle que j'ai achetée chez vous fuit par le bas, c'est pas normal pour du neuf.
    product_issue|neutral|Bonjour, le bracelet de la montre est trop long même au dernier trou, peut-on en avoir un plus court ?
    product_issue|negative|Le tissu du canapé bouloche déjà après un mois, on dirait qu'il a dix ans.
    product_issue|positive|J'adore les chaussures de rando, hyper confortables ! Un conseil pour les imperméabiliser avant la première sortie ?
    product_issue|neutral|La batterie de la perceuse ne tient pas plus de dix minutes, c'est la batterie d'origine.
    product_issue|negative|Les coutures du sac à main lâchent déjà, c'était un cadeau pour ma femme, j'ai honte.
    product_issue|neutral|Peut-on mettre la poêle en fonte au four à 250 degrés ?
    product_issue|neutral|L'humidificateur affiche l'erreur E2 et s'arrête au bout de quelques minutes.
    product_issue|negative|Le vélo du petit est arrivé avec une roue voilée et une pédale qui ne se visse pas. Mon fils pleurait.
    product_issue|neutral|Les chaussures sont un peu étroites pour moi, existent-elles en pied large ?
    product_issue|negative|L'aspirateur a perdu sa puissance au bout de deux semaines, j'ai nettoyé le filtre deux fois. Toujours nul.
    product_issue|positive|Vraiment contente du bureau, il est magnifique ! Un tiroir accroche un peu, on peut régler la glissière ?
    product_issue|neutral|Le pantalon est trop court pour moi, vous l'avez en version longue ?
    product_issue|negative|Cette casserole c'est de la pacotille, le fond s'est déformé dès la première utilisation. Ça ne vaut pas un clou.
    product_issue|neutral|bjr la lampe clignote qd je l allume, c normal ?
    payment_issue|negative|On m'a prélevé deux fois pour la même commande, remboursez vite le deuxième paiement svp.
    payment_issue|neutral|Est-ce que je peux payer par virement plutôt que par carte ?
    payment_issue|neutral|Ma carte a été refusée mais l'argent a quand même quitté mon compte. Je fais quoi ?
    payment_issue|negative|Vous m'avez pris 89 euros alors que le panier affichait 69. Ce n'est pas le prix annoncé.
    payment_issue|neutral|Bonjour, il me faudrait une facture au nom de mon entreprise pour la commande 33012, avec notre numéro d'entreprise belge.
    payment_issue|neutral|Le code HIVER15 est indiqué expiré alors que le mail disait valable jusqu'à dimanche.
    payment_issue|negative|Troisième fois que ma carte est refusée au paiement, ma banque dit que tout va bien chez eux. Très énervant.
    payment_issue|neutral|Il y a un débit de 4,99 tous les mois sur mon relevé, c'est pour quoi ?
    payment_issue|negative|J'ai résilié l'abonnement en mars et vous continuez à me prélever chaque mois. Arrêtez de me prendre mon argent.
    payment_issue|neutral|On m'a débité en francs suisses alors que j'avais choisi le paiement en euros, c'est normal ?
    payment_issue|negative|Vous m'avez débité deux fois hein, il faut me rendre l'argent vite vite, j'en ai besoin pour le marché.
    payment_issue|neutral|Est-ce que vous acceptez Twint ?
    payment_issue|neutral|La facture porte mon ancienne adresse, pouvez-vous en émettre une corrigée ?
    payment_issue|negative|Ah ben bravo, des frais de « traitement » de 12 piasses qui apparaissent nulle part avant de payer.
    payment_issue|neutral|Pourquoi ma carte cadeau ne peut-elle pas être utilisée avec un code promo ?
    payment_issue|negative|paiement refusé 3 fois, à chaque fois la banque m'envoie un code et puis rien. j'abandonne
    payment_issue|positive|Merci pour la livraison rapide, j'adore ! Juste une chose, on m'a compté les frais de port alors que ma commande dépassait le seuil gratuit.
    payment_issue|neutral|L'autorisation de 150 euros est toujours sur ma carte après l'annulation, quand sera-t-elle levée ?
    payment_issue|neutral|Le paiement est en attente dans mon appli bancaire, je repaye ou j'attends ?
    payment_issue|neutral|Peut-on payer avec Orange Money ou Wave ?
    payment_issue|neutral|Le ticket de la commande 7782 indique 3 articles, je n'en ai acheté que 2. Pouvez-vous corriger le montant ?
    payment_issue|negative|Pourquoi ma carte est-elle débitée avant même l'expédition ? Et du montant total en plus ? C'est pas normal.
    account_issue|negative|Je n'arrive plus à me connecter depuis trois jours, on me dit mot de passe faux même après réinitialisation. Réglez ça vite.
    account_issue|neutral|Je n'ai pas reçu le courriel de vérification après la création de mon compte, pouvez-vous le renvoyer ?
    account_issue|negative|Quelqu'un a changé mon mail et mon mot de passe, je ne peux plus entrer dans mon propre compte. Je suis très inquiète.
    account_issue|neutral|Comment changer l'adresse courriel de mon profil ? Je n'utilise plus l'ancienne.
    account_issue|neutral|Désabonnez-moi de l'infolettre s'il vous plaît, merci.
    account_issue|negative|Je reçois toujours vos pubs après m'être désinscrit deux fois. Arrêtez de m'inonder.
    account_issue|neutral|Mes points fidélité de la dernière commande n'apparaissent pas sur mon compte.
    account_issue|neutral|Le code de validation arrive sur mon ancien numéro de GSM, comment le mettre à jour ?
    account_issue|negative|Compte bloqué 24 heures parce que je me suis trompé deux fois de mot de passe. Règle ridicule.
    account_issue|neutral|slt le lien pour changer le mdp a expiré, vous pouvez en renvoyer un
    account_issue|neutral|J'ai deux comptes avec deux adresses différentes, peut-on les réunir en un seul ?
    account_issue|neutral|Merci de désactiver mon compte, je ne m'en sers plus.
    account_issue|negative|Le lien de réinitialisation mène à une page d'erreur à chaque fois. Troisième mail. Nul.
    account_issue|positive|Fan de votre boutique depuis des années ! J'ai une nouvelle adresse mail pro et j'aimerais y transférer mon compte, comment faire ?
    account_issue|neutral|Bonjour, je ne sais pas me connecter à mon compte depuis ce matin, il dit utilisateur introuvable.
    account_issue|negative|Mes points ont disparu ! J'en avais plus de 2000 et maintenant c'est 0. Ils sont passés où ?
    account_issue|neutral|Comment arrêter les notifications par texto ? Je veux juste les courriels.
    account_issue|neutral|J'ai reçu une alerte de connexion depuis un appareil inconnu, dois-je changer mon mot de passe ?
    account_issue|negative|Votre site m'a déconnecté et dit que mon compte est suspendu. Je n'ai rien fait. Expliquez-vous.
    account_issue|neutral|le code de connexion par sms n'arrive jamais
    account_issue|positive|Merci pour le bon d'anniversaire, trop gentil ! Il n'apparaît pas dans mon compte par contre, vous pouvez vérifier ?
    account_issue|neutral|Mon nom est mal écrit sur mon compte, il manque une lettre. Où puis-je le corriger ?
    technical_issue|neutral|erreur 500 au paiement sur chrome, impossible de valider le panier
    technical_issue|neutral|L'appli Android plante au démarrage depuis la dernière mise à jour.
    technical_issue|negative|Votre site rame tellement aujourd'hui, chaque page met une minute à charger. Impossible d'acheter quoi que ce soit.
    technical_issue|neutral|Quand je tape « théière » dans le moteur du site, zéro article, alors que vous en vendez.
    technical_issue|neutral|J'ai une erreur 403 quand j'ouvre l'historique de mes commandes.
    technical_issue|negative|L'appli se fige chaque fois que j'ajoute un article au panier. Désinstallée, réinstallée, pareil. Agaçant.
    technical_issue|neutral|images cassées sur firefox 120, la galerie reste vide
    technical_issue|neutral|Le captcha de la page de connexion ne valide jamais, j'ai essayé dix fois.
    technical_issue|negative|Belle mise à jour, maintenant l'appli ne s'ouvre même plus. Bravo.
    technical_issue|neutral|Bonjour, le site affiche une page blanche quand je clique sur payer.
    technical_issue|neutral|Le filtre des tailles ne fonctionne pas dans la catégorie homme, il montre toutes les tailles.
    technical_issue|negative|Sérieusement, votre site est en panne depuis le début de la soirée. Comment une boutique peut-elle ne pas avoir de site qui marche ?
    technical_issue|neutral|Page introuvable quand je clique sur le lien de votre infolettre.
    technical_issue|positive|J'adore le nouveau design de l'appli ! Petit bug par contre : le bouton favoris ne fait rien sur tablette.
    technical_issue|neutral|le site charge pas sur mon tel depuis hier soir, sur l'ordi ça marche
    technical_issue|negative|Depuis une heure j'essaie de payer et la page se recharge et vide mon panier. J'abandonne.
    technical_issue|neutral|Le bandeau des cookies cache le bouton de paiement sur les petits écrans, je ne peux pas cliquer.
    technical_issue|neutral|La carte des magasins ne se charge pas, elle reste grise.
    technical_issue|negative|Votre appli me déconnecte toutes les cinq minutes, ça me rend fou.
    technical_issue|neutral|Le bouton ajouter au panier ne fait rien sur la page des soldes.
    technical_issue|negative|C'est une blague, le site a planté pile pendant le paiement. Ma commande est passée ou pas ?
    technical_issue|neutral|Je ne peux pas téléverser de photo pour mon avis, la barre reste à zéro.
    technical_issue|neutral|Bonjour, l'application est en anglais alors que mon téléphone est réglé en français.
    technical_issue|neutral|Allô, le site me renvoie à la page d'accueil chaque fois que je veux voir mon panier.
    general_inquiry|neutral|Livrez-vous en Suisse et combien coûte l'envoi ?
    general_inquiry|neutral|À quelle heure ferme le magasin de Namur le samedi ?
    general_inquiry|neutral|La chemise en lin bleue sera-t-elle de nouveau disponible en taille L ?
    general_inquiry|neutral|Vos cartes cadeaux sont-elles valables en magasin aussi ?
    general_inquiry|positive|J'adore vos bougies ! Vendez-vous des recharges pour les pots en verre ?
    general_inquiry|neutral|Bonjour, vous livrez à Abidjan ? Ça prend combien de jours ?
    general_inquiry|neutral|Vous êtes ouverts durant la fin de semaine à Montréal ?
    general_inquiry|neutral|Quelle est la garantie sur vos machines à café ?
    general_inquiry|neutral|Faites-vous des emballages cadeaux ?
    general_inquiry|neutral|Peut-on commander en ligne et retirer en magasin le jour même ?
    general_inquiry|neutral|Le cuir du portefeuille est-il du vrai cuir ?
    general_inquiry|positive|Je viens de découvrir votre boutique et je suis fan ! Avez-vous un magasin à Genève ?
    general_inquiry|neutral|c koi le delai de retour pour les articles en solde
    general_inquiry|neutral|Vendez-vous des pièces détachées pour la machine à expresso ?
    general_inquiry|neutral|Êtes-vous ouverts la veille de Noël ?
    general_inquiry|negative|Pourquoi la livraison vers la Belgique coûte-t-elle si cher ? Vingt euros pour un t-shirt, c'est abusé.
    general_inquiry|neutral|Puis-je acheter une carte cadeau et la faire envoyer directement par mail à une amie ?
    general_inquiry|neutral|Je cherche un cadeau pour mon père qui aime cuisiner, vous me conseillez quoi pour moins de 50 ?
    general_inquiry|neutral|Les assiettes passent-elles au micro-ondes ? Je pense prendre le service complet.
    general_inquiry|neutral|C'est tu dispendieux la livraison vers le Nouveau-Brunswick ?
    general_inquiry|neutral|Combien de temps pour un colis standard jusqu'à Dakar ?
    general_inquiry|negative|J'attends depuis des mois le retour de la bouilloire verte. Vous allez la réassortir un jour ?
    general_inquiry|neutral|Y a-t-il un minimum d'achat pour la livraison gratuite ?
    general_inquiry|neutral|Bonjour, vous avez un programme de fidélité pour les clients réguliers ?
    general_inquiry|neutral|Vous vendez des échantillons de tissu pour voir la couleur du canapé ?
    refund_request|negative|Je veux être remboursé. La chaise est arrivée cassée et je ne vais pas attendre un mois de plus pour un remplacement.
    refund_request|neutral|J'ai renvoyé les chaussures la semaine passée, quand le remboursement sera-t-il sur ma carte ?
    refund_request|neutral|Merci d'annuler la commande 44810 et de me rembourser sur le moyen de paiement d'origine.
    refund_request|negative|Cinq semaines que vous avez reçu mon retour et toujours pas de remboursement. Ça devient ridicule.
    refund_request|neutral|Comment renvoyer la veste pour être remboursée ? Elle est trop grande.
    refund_request|neutral|Je n'ai été remboursé qu'en partie, les frais de port n'ont pas été inclus.
    refund_request|negative|remboursez moi. la montre s'est arrêtée au bout de 2 jours et j'en veux pas une autre
    refund_request|positive|Merci pour votre compréhension ! J'ai renvoyé la lampe aujourd'hui, vous pouvez me rembourser sur PayPal ?
    refund_request|negative|Vous m'avez remboursé 20 au lieu de 60. Vous pensiez que je ne verrais rien ?
    refund_request|neutral|J'ai changé d'avis pour le tapis, il n'a pas été ouvert. Je peux le renvoyer et être remboursé ?
    refund_request|negative|Votre service client m'a promis deux fois un remboursement au téléphone et rien. Je perds patience.
    refund_request|negative|Non, je ne veux pas d'avoir. Je veux un remboursement, comme la loi le prévoit.
    refund_request|neutral|Pouvez-vous annuler et me rembourser ? D'après le suivi, rien n'est encore parti.
    refund_request|positive|Les coussins sont très beaux mais la couleur ne va pas avec mon canapé, dommage ! Je peux les retourner contre remboursement ? Merci beaucoup.
    refund_request|negative|Si je ne vois pas mon remboursement d'ici lundi, je fais opposition auprès de ma banque. Ça suffit.
    refund_request|neutral|rembourssement pour le retour 88210 c'est pour quand ?
    refund_request|negative|J'ai tout renvoyé dans les 14 jours et vous refusez le remboursement parce que la boîte est ouverte ? C'est absurde.
    refund_request|negative|Service au top, vraiment. Manteau renvoyé il y a un mois et remboursement toujours « en cours ».
    refund_request|neutral|Bonjour, l'argent de mes baskets renvoyées n'est jamais revenu sur mon compte, ça fait douze jours.
    refund_request|neutral|Je voudrais garder une chemise sur les trois et renvoyer les deux autres, comment se passe le remboursement ?
    refund_request|negative|Je vous ai retourné la marchandise depuis, on me balade, je veux mon argent maintenant.
    other|positive|Je voulais juste dire merci, l'équipe du magasin de Liège a été super serviable hier !
    other|neutral|Bonjour, je crois que ce message m'a été envoyé par erreur, je ne suis pas client chez vous.
    other|neutral|Bonjour, je suis intéressé à devenir distributeur de vos produits au Cameroun. Envoyez-moi vos conditions.
    other|neutral|Nous sommes une agence marketing et pouvons doubler vos ventes en ligne. Réservez un appel gratuit.
    other|positive|Vous êtes la meilleure boutique du coin, continuez comme ça !
    other|neutral|Pouvez-vous transmettre ceci aux ressources humaines ? Je souhaite postuler pour un stage.
    other|negative|Votre camionnette de livraison était encore garée sur le trottoir ce matin, ma mère a dû passer sur la route.
    other|neutral|Bonjour, je suis étudiante et je fais un mémoire sur le commerce en ligne, puis-je interroger quelqu'un de votre équipe ?
    other|neutral|Dernier rappel : votre bon de 500 € expire ce soir, validez vos coordonnées bancaires ici.
    other|positive|Joyeuses fêtes aux vendeuses de la boutique de Sion, vous êtes des perles !
    other|negative|La musique dans votre magasin est beaucoup trop forte, je suis reparti sans rien acheter.
    other|neutral|Oups, mauvaise conversation.
    other|negative|Votre pub à la télé avec le chien qui chante est insupportable.
    other|neutral|Bonjour, nous organisons une tombola pour l'école, pourriez-vous offrir un petit lot ?
    other|positive|Cinq étoiles pour l'emballage, on aurait dit Noël. Pas de question, juste contente !
    other|neutral|c quoi la capitale de l'australie
    other|neutral|coucou
    other|neutral|J'écris un article de blog sur les marques durables, puis-je utiliser une photo de votre site ?
    other|positive|Les petits chocolats dans le carton, mes enfants ont adoré, trop mignon !
    other|neutral|Bonjour, on dit quoi ? C'est juste pour saluer l'équipe d'Abidjan.
    order_issue|neutral|Alors voilà, ma belle-mère m'a conseillé votre boutique et j'ai commandé des draps en lin le 2 pour notre nouvel appartement. On a emménagé hier, tout est là sauf les draps, et le suivi indique « en préparation ». Quelqu'un pourrait-il regarder ce qui bloque ?
    order_issue|negative|Je ne me plains jamais d'habitude, mais c'est la troisième commande de suite qui arrive en retard, et cette fois c'était un cadeau d'anniversaire.
    order_issue|neutral|Ça m'arrangerait que le colis soit livré à mon travail, je ne rentre jamais avant 19 h.
    order_issue|negative|Pas reçu, pas remboursé, pas de réponse. Commande 61730.
    order_issue|negative|Le livreur a remis mon colis à quelqu'un d'autre, la photo de livraison montre une porte qui n'est pas la mienne !
    order_issue|neutral|Bonjour, le colis de la commande 4471 est arrivé au dépôt de Charleroi mais n'en bouge plus depuis lundi, une fois. Vous savez me dire quand il sera livré ?
    order_issue|neutral|Allô, ma commande devait arriver jeudi passé pis j'ai rien reçu encore. Pouvez-vous vérifier avec Purolator ?
    order_issue|negative|Je suis en train d'attendre le colis depuis le mois passé, on m'a dit que c'est à Douala mais rien ne bouge. Ça ne va pas du tout.
    order_issue|neutral|Bjr, livraison possible à Cocody plutôt qu'au Plateau ? Je me suis trompé d'adresse.
    order_issue|neutral|Bonjour, la commande est arrivée mais il manque l'ampoule alors que la fiche disait ampoule incluse.
    order_issue|neutral|Bonjour, est-ce que la poste suisse peut déposer le paquet à la case postale au lieu du domicile ?
    product_issue|neutral|J'utilise la machine à expresso depuis un mois et le café est top, mais la buse vapeur ne crache plus que de l'eau. Je l'ai détartrée la semaine passée. Une autre piste avant de l'envoyer en réparation ?
    product_issue|negative|La chaise craque déjà à la jonction au bout d'un mois. C'est pas du solide.
    product_issue|neutral|La lampe fonctionne mais ne varie pas d'intensité comme indiqué, il y a un réglage à faire ?
    product_issue|negative|Les bottes ne sont pas du tout étanches, j'avais les chaussettes trempées après une balade.
    product_issue|neutral|Le chargeur devient très chaud au bout de 20 minutes, c'est inquiétant ?
    product_issue|negative|La qualité a bien baissé, le nouveau lot de serviettes est fin et rêche comparé à celles de l'an passé.
    product_issue|neutral|Cette poêle va-t-elle sur l'induction ? Je n'ai rien trouvé sur la boîte.
    product_issue|negative|La bouilloire offerte à ma mère, la poignée s'est détachée au bout d'une semaine, elle a failli se brûler. C'est dangereux.
    product_issue|neutral|Bonjour, mon aspirateur fait un bruit bizarre depuis hier, genre un sifflement. C'est grave ?
    product_issue|neutral|Les souliers sont confortables mais la semelle se décolle un brin au talon, on fait comment ?
    payment_issue|neutral|Je me trompe peut-être, mais le total de mon ticket ne correspond pas à ce que ma banque a débité.
    payment_issue|negative|Je n'apprécie pas d'être facturé pour un abonnement que je n'ai jamais souscrit. Expliquez-moi ce prélèvement.
    payment_issue|neutral|Il semble que le bon de mon mail d'anniversaire ne passe pas au moment de payer.
    payment_issue|negative|Débitée, refusée, re-débitée. Ma banque montre trois tentatives et vous aucune commande. Réglez ça.
    payment_issue|neutral|Le prix affiché sur le site comprend la TVA ou elle s'ajoute au paiement ?
    payment_issue|neutral|Mon entreprise a besoin d'un devis avant de payer, pouvez-vous en faire un pour 20 chaises ?
    payment_issue|neutral|Bonjour, le montant a été pris deux fois sur ma carte Visa mais je n'ai qu'une seule commande. Pouvez-vous vérifier ?
    payment_issue|neutral|J'ai payé par Mobile Money mais la commande reste « en attente de paiement ».
    account_issue|neutral|Je vous serais reconnaissant de fermer mon compte, je pars vivre à l'étranger.
    account_issue|negative|Je ne me suis jamais inscrit à votre infolettre et pourtant je reçois trois courriels par semaine. Retirez-moi.
    account_issue|neutral|Mon compte est encore à mon nom de jeune fille, comment le modifier ?
    account_issue|negative|Quelqu'un a utilisé mon compte pour commander vers une adresse inconnue. Il faut bloquer ça tout de suite.
    account_issue|neutral|Je ne trouve pas où utiliser mes points de fidélité dans mon espace client.
    account_issue|neutral|Bonsoir, j'ai oublié mon mot de passe et le mail pour le changer ne vient pas.
    technical_issue|neutral|iOS 17, appli v4.8 : le bouton « commander » ne fait rien, pas d'erreur.
    technical_issue|neutral|Erreur 502 sur mobile, sur ordi ça passe.
    technical_issue|neutral|Le panier affiche 3 articles mais le compteur indique 0. Cache vidé, pareil.
    technical_issue|negative|Je ne sais pas qui a testé cette version mais plus rien ne marche dans l'appli, ni la recherche ni le panier.
    technical_issue|neutral|Quand je passe le site en anglais, les prix disparaissent des fiches produits.
    technical_issue|negative|Joli nouveau site. Dommage qu'aucun bouton ne fonctionne.
    technical_issue|neutral|L'appli me demande une mise à jour mais le store dit qu'il n'y en a pas.
    general_inquiry|neutral|Je me demandais si vous réassortissez les couleurs limitées ou si elles sont parties pour de bon.
    general_inquiry|neutral|Livrez-vous aux Antilles, et y a-t-il l'octroi de mer à payer ?
    general_inquiry|neutral|La table est-elle en bois massif ou en placage ? La fiche ne le dit pas.
    general_inquiry|neutral|Avant de commander : peut-on rendre l'article en magasin s'il ne va pas ?
    general_inquiry|positive|J'aime beaucoup ce que vous faites pour les artisans locaux ! Vous comptez ouvrir une boutique à Fribourg ?
    general_inquiry|neutral|Vos cartes cadeaux ont-elles une date d'expiration ?
    general_inquiry|neutral|Bonjour, vous êtes ouverts les jours fériés au Québec ?
    refund_request|neutral|Je préférerais être remboursée plutôt qu'un échange, si c'est possible.
    refund_request|negative|Je ne veux ni remplacement ni bon d'achat, je veux mon argent. C'est si compliqué ?
    refund_request|negative|Votre transporteur a perdu mon retour et vous me dites pas de remboursement ? C'est pas mon problème.
    refund_request|neutral|Suite à notre échange d'hier, je voulais vérifier que le remboursement du grille-pain défectueux est bien lancé.
    refund_request|neutral|On m'a dit 5 jours pour le remboursement, ça en fait 9. Pouvez-vous regarder ?
    refund_request|positive|Merci beaucoup d'avoir accepté le retour, vous êtes adorables. Quand verrai-je l'argent revenir ?
    refund_request|neutral|Bonjour, j'ai retourné le colis depuis la semaine passée, quand est-ce que je vais recevoir mon argent ?
    other|neutral|Merci de nous retirer de votre liste de fournisseurs, nous avons fermé l'entreprise.
    other|positive|Pas de question, je voulais juste dire que ma grand-mère adore la couverture. Merci !
    other|neutral|Bonjour, vous connaissez un bon plombier à Lausanne ?
    other|negative|Votre vendeur a été désagréable avec mon fils au magasin aujourd'hui, il a 15 ans et regardait seulement.
    other|neutral|Vous avez vu le match hier soir ?
    -|positive|Problème envolé, vous me sauvez la vie.
    -|positive|Trop contente que ce soit réglé, merci encore.
    -|neutral|C'est au nom de mon mari.
    -|neutral|Mardi, ça me va.
    -|negative|J'attends encore, comme d'habitude.
    -|negative|Ce n'est pas une solution.
    -|negative|J'ai demandé un remboursement, pas un code promo.
    order_issue|negative|Je suis très déçue, l'aquarium est arrivé fendu sur tout le côté, l'eau coulerait partout.
    order_issue|neutral|Le bon de livraison indique quatre pots de fleurs mais le carton n'en contenait que trois. Commande 51906.
    order_issue|positive|Merci pour l'autocollant surprise ! Petit souci, le panier pour chat commandé en gris est arrivé en beige, possible de l'échanger ?
    order_issue|negative|Trois appels, deux mails, et le banc de jardin est toujours quelque part entre votre dépôt et chez moi. J'en ai marre.
    product_issue|positive|Le coffret de soins est merveilleux et sent divinement bon ! La crème de nuit convient-elle au contour des yeux ?
    product_issue|negative|Le harnais du chien a cédé à la deuxième promenade, mon chiot a failli traverser la route. Je suis furieuse.
    product_issue|neutral|La roue de la trottinette de mon fils grince, faut-il graisser les roulements ?
    product_issue|negative|Le revêtement antiadhésif s'écaille dans la nourriture au bout d'un mois. Dégoûtant et sûrement dangereux.
    product_issue|neutral|Tous les combien faut-il changer le filtre de la carafe ?
    payment_issue|negative|Vous avez débité ma carte pour la précommande trois semaines avant l'expédition, je n'ai jamais accepté ça, je suis vraiment agacé.
    payment_issue|neutral|J'ai reçu deux reçus pour un seul achat, ai-je été débité deux fois ou c'est juste un doublon ?
    payment_issue|positive|J'adore votre boutique, je recommande ! Petite question : peut-on payer une partie avec la carte cadeau et le reste par PayPal ?
    account_issue|negative|Mon compte a été piraté et vous me renvoyez vers la FAQ. Je veux parler à quelqu'un, maintenant.
    account_issue|neutral|Ma fille étudie à Lille, peut-on enregistrer sa résidence comme lieu de livraison supplémentaire ?
    account_issue|negative|J'ai demandé trois fois la suppression de mes données et je reçois encore vos pubs. C'est contraire au RGPD.
    technical_issue|negative|Votre page de paiement refuse tous les codes postaux avec un espace. Personne ne l'a remarqué ? Exaspérant.
    technical_issue|neutral|L'appli affiche les prix de la veille tant que je ne la ferme pas complètement.
    technical_issue|positive|Votre nouveau site est superbe, bravo ! Pour info, les liens du pied de page vers les offres d'emploi sont cassés.
    general_inquiry|neutral|Le linge de lit en bambou est-il certifié bio ?
    general_inquiry|neutral|Vos magasins reprennent-ils les vieux appareils électriques pour le recyclage ?
    general_inquiry|negative|Pourquoi l'emballage cadeau est-il payant maintenant ? C'était gratuit avant et c'est pour ça que je venais chez vous.
    refund_request|positive|Tout a été géré avec beaucoup de gentillesse, merci ! J'ai déposé le radiateur à la poste, quand verrai-je le remboursement ?
    refund_request|negative|Deux mois que j'attends les 45 euros que vous me devez. Je vais saisir la répression des fraudes.
    refund_request|neutral|J'ai reçu un article de remplacement mais je préfère finalement être remboursé, c'est possible ?
    other|positive|Le tote bag distribué au salon est devenu mon sac préféré, merci !
    other|negative|Quelqu'un de chez vous m'appelle à l'heure du dîner pour me vendre une assurance. Arrêtez.
    -|positive|Super nouvelle, vous avez illuminé ma journée !
    -|neutral|Je serai chez moi après cinq heures.
    -|negative|J'attends toujours le rappel promis.
    -|positive|Merci, ça m'a vraiment aidé !
    -|positive|Nickel, tout fonctionne de nouveau, merci à vous.
    -|positive|Waouh, c'était rapide. Merci !
    -|positive|merci bcp, bonne journée 😊
    -|positive|Génial, c'est exactement ce qu'il me fallait.
    -|positive|Reçu aujourd'hui, tout est parfait.
    -|positive|Merci d'avoir réglé ça si vite, c'est très apprécié.
    -|positive|Super, ça marche maintenant !
    -|positive|Vous êtes bien aimable, ça me rassure.
    -|positive|Merci mille fois, service impeccable !
    -|neutral|D'accord, je regarde ce soir en rentrant.
    -|neutral|Mon mail est le même que sur la commande.
    -|neutral|Je réessaierai demain.
    -|neutral|C'est la commande 55821.
    -|neutral|Oui s'il vous plaît.
    -|neutral|Non, ce sera tout.
    -|neutral|J'ai payé par PayPal.
    -|neutral|Je demande à mon mari et je vous redis.
    -|neutral|L'adresse est celle de mon compte.
    -|neutral|Bon, j'attends le mail alors.
    -|neutral|ok je note
    -|neutral|Je l'ai acheté au magasin de Namur.
    -|negative|Ce n'est pas acceptable.
    -|negative|Vous ne m'écoutez pas.
    -|negative|Trois jours et personne ne m'a rappelé.
    -|negative|Je vous l'ai déjà expliqué trois fois.
    -|negative|Réponse inutile.
    -|negative|Laissez tomber, je vais voir la concurrence.
    -|negative|Encore une réponse automatique, génial.
    -|negative|Service nul, franchement.
    -|negative|Là, c'est la goutte d'eau.
    -|negative|Pourquoi personne ne répond ?
    -|negative|Merci pour rien.
    """
}
