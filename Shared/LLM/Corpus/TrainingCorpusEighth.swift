// Eighth batch of training messages (2026-11-29, 890 English and 888 French lines), written to teach the learned
// sentiment layer the line between a calm report and an unhappy one: the same kind of problem (a lost parcel, a
// double charge, a faulty appliance, a refund that does not come) told calmly (neutral, even when the problem is
// real and the message ends with thanks in advance or regards), with an emotional judgement, sarcasm, insistence,
// threats or shouting (negative), and with thanks or praise that dominate a small issue (positive). All eight
// categories and every register: SMS spelling without accents, typos, emojis, capitals, long emails with a
// signature, very short follow-ups in a conversation (category `-`); British, American and Indian English and
// non-native English; Québec, Belgian, Swiss, West African and North African French. Written from scratch, never
// from the held-out sets (`heldout_overlap` unchanged). About 36 % negative, 47 % neutral, 17 % positive.
// `category|sentiment|text`, category `-` for a line that only carries a sentiment. Only the learned sentiment layer
// trains on this batch: its categories (weighted towards problem reports) lowered intent on set J when the intent
// classifier learned from them too (English 0.927 → 0.896), so they stay as labels for later use.
enum TrainingCorpusEighth {
    static let english = """
    order_issue|neutral|Hi there, order 48213 was marked as delivered yesterday at 14:02 but nothing was left at my door or with the concierge. Could you open an investigation with the carrier?
    order_issue|negative|Marked as delivered, yet here I am staring at an empty doorstep. Wonderful service as always.
    order_issue|neutral|My parcel has been sitting at the Leeds depot since Tuesday according to the tracking page. Is there a delay on that route?
    order_issue|negative|This is the THIRD time I am asking where my order is. Do you actually read these messages?
    order_issue|neutral|The box arrived with one of the two chairs. Tracking only lists one package. Is the second one coming separately?
    order_issue|negative|Ordered on the 2nd, it's now the 19th, and all I get is "your order is being prepared". Prepared by whom, a snail?
    order_issue|neutral|Could you tell me which courier handles deliveries to Guernsey? I'd like to know before I order.
    order_issue|neutral|Hello, the order confirmation shows my old flat number 4B. I now live in 7C, same building. Can you update it before it ships?
    order_issue|positive|Parcel arrived a day early and beautifully packed, thank you so much! Small thing, the gift note was missing, but honestly no big deal.
    order_issue|negative|honestly sick of chasing this order. 3 weeks. no tracking. no reply. nothing.
    order_issue|neutral|order 77102, the tracking number you emailed returns "not found" on the courier site
    order_issue|neutral|I received someone else's order, it's addressed to a Mrs Patel in Croydon. What should I do with it?
    order_issue|negative|You delivered to the wrong house and the neighbour denies having it. I paid for this and have nothing to show. Unacceptable.
    order_issue|neutral|The delivery driver left a card saying to collect from the post office, but the post office says they don't have it. Reference DX4471.
    order_issue|neutral|Can I still add an item to order 30551 or has it already been dispatched?
    order_issue|negative|Why does your "next day delivery" take five days? I paid £6.99 for that option. I want that money back at the very least.
    order_issue|neutral|Good afternoon, I placed two orders by mistake for the same kettle. Please cancel order 66120 and keep 66119.
    order_issue|negative|Cancel it. I've waited long enough and I'll buy it somewhere that can actually ship things.
    order_issue|neutral|The parcel is showing "held at customs" since last Monday. Is there any form I need to fill in?
    order_issue|positive|Just wanted to say the courier was lovely and the order came perfectly. Could you tell me when the blue version will be back in stock?
    order_issue|negative|The box was soaking wet and the books inside are ruined. Did someone leave it in the rain on purpose?
    order_issue|neutral|Tracking says delivered to a safe place. I've looked in the garden, the shed and the bins and can't find it. Where would the driver usually leave it?
    order_issue|neutral|hello i ordered 3 t shirts size M, received 3 but one is size L. can you exchange it
    order_issue|negative|Another wrong size. I even put a note in the order. Do you pick items with your eyes closed?
    order_issue|neutral|Is it possible to ship to a parcel locker instead of my home address? I'm at work during the day.
    order_issue|neutral|My order was split into three parcels, I have two of them. The third one shows no movement since the 12th.
    order_issue|negative|Still not shipped after 10 days when your website said "in stock, ships in 24h". That's false advertising.
    order_issue|neutral|Dear team, I would like to know if the delivery on Saturday is possible for order 81003. Kind regards, Helen Morgan
    order_issue|negative|Dear team, I have now written four times about order 81003 and received only automated replies. I am extremely disappointed and would like a person to deal with this. Regards, Helen Morgan
    order_issue|neutral|Ordered the sofa on the 3rd, estimated delivery was the 17th. No one has called to book a slot yet. Who should I contact?
    order_issue|negative|The delivery window was 8 to 12. I took a morning off work. Nobody came and nobody called. Thanks for wasting my day.
    order_issue|neutral|The courier app says "address incomplete". My address is 14 Rose Street, Flat 2, Edinburgh EH2 2PR. What's missing?
    order_issue|positive|Thanks for replacing the broken mug so fast, really appreciated! The new one arrived safe and sound.
    order_issue|neutral|Hi, is there a way to get the parcel redirected to my office? I won't be home until the 30th.
    order_issue|negative|My kid's birthday present didn't turn up for his birthday. He cried. Hope you're proud of yourselves.
    order_issue|neutral|The order page says "partially shipped" but I only ordered one item. What does that mean?
    order_issue|neutral|Received the box today, the invoice inside lists a blender but the box contains a toaster.
    order_issue|negative|Oh great, a toaster. I ordered a blender. Do I make smoothies in it?
    order_issue|neutral|Can I pick up my order from your store in Manchester instead of having it delivered?
    order_issue|neutral|Package is stuck in "in transit" for eight days. Order 20931. Could you check with the carrier please?
    order_issue|negative|Your courier is a disgrace. Left my parcel in the middle of the pavement, in the rain, and took a photo of it.
    order_issue|neutral|I'm going abroad on Friday. If the order isn't here by Thursday, can it be held at the depot?
    order_issue|negative|So I get an email saying delivered, with a photo of a door that is not my door. Fantastic.
    order_issue|neutral|The photo on the proof of delivery shows a blue door, mine is white. I think it went to the wrong house.
    order_issue|positive|Super quick delivery, very impressed. Ordered Monday, got it Tuesday. Will definitely order again.
    order_issue|neutral|Hi, my order number is 55618. The status hasn't changed from "payment accepted" for a week. Is there a problem with it?
    order_issue|negative|Week two of "payment accepted". You were quick enough to take the money.
    order_issue|neutral|i think i put the wrong postcode, its BS6 not BS8. order 11902
    order_issue|neutral|Please don't leave the parcel with neighbours, I'd rather collect it from the depot.
    order_issue|negative|I specifically asked not to leave it with the neighbours. Guess where it went. Now they're on holiday for two weeks.
    order_issue|neutral|Quick question: do you deliver on Sundays in the London area?
    order_issue|neutral|The estimated delivery date keeps moving. It was the 5th, then the 8th, now the 11th. Is the item actually in stock?
    order_issue|negative|The estimated date moved three times already. Just tell me honestly if you even have it.
    order_issue|neutral|Order came without the assembly screws for the desk. The bag with parts labelled C is missing.
    order_issue|negative|No screws, no instructions, half a desk. What am I supposed to do with this?
    order_issue|positive|Everything arrived and it looks gorgeous in the living room, thank you! Just one cushion cover has a loose thread, not a big deal at all.
    order_issue|neutral|I'd like to cancel the second item in my order, the candle set. The rest can ship as planned.
    order_issue|neutral|Hello, I am from Nairobi. Do you ship to Kenya and how long does it take usually?
    order_issue|negative|I was charged for express and got standard. Not the first time either. Stop doing this.
    order_issue|neutral|My tracking shows the parcel was returned to sender. I didn't refuse it. What happened?
    order_issue|negative|Returned to sender?? I was HOME. Nobody knocked. Now I wait another week. Absolutely fuming.
    order_issue|neutral|Dear Sir/Madam, kindly confirm whether my consignment has been dispatched. Order ID 4491-B. Thanks and regards, Rakesh
    order_issue|negative|Sir, this is my 5th mail regarding order 4491-B. No response from your side. Very poor service. Kindly revert immediately.
    order_issue|neutral|Order 90210 – the tracking says "exception". What kind of exception?
    order_issue|neutral|The parcel was delivered but the outer box was opened and re-taped. Everything seems to be inside though, just letting you know.
    order_issue|positive|Honestly the best online order experience I've had this year. Quick, well packed, and the handwritten thank-you card was a lovely touch!
    order_issue|neutral|Is there a tracking number for my order? The shipping confirmation email didn't include one.
    order_issue|negative|No tracking number, no updates, no answer on the phone. Are you even a real company?
    order_issue|neutral|Hiya, ordered two lamps, got two lamps but no bulbs, the listing said bulbs included. Can you send them?
    order_issue|neutral|Need to change the delivery date for the wardrobe, the 14th doesn't work anymore. Any slots the following week?
    order_issue|negative|I rearranged my whole week around your delivery slot and you cancel the day before by text. Seriously?
    order_issue|neutral|what time does the driver usually come? tracking just says today
    order_issue|negative|tracking says today. it said today yesterday as well. and the day before. 🙄
    order_issue|neutral|Could you please confirm the order went through? I got charged but no confirmation email.
    order_issue|positive|Thank you for the update on my order, really appreciate you keeping me in the loop!
    order_issue|neutral|The package has been at the sorting centre in Frankfurt for six days. Is that usual for shipments to the UK?
    order_issue|negative|I'm done waiting. Either the parcel is here by Friday or I'm disputing the payment with my bank.
    order_issue|neutral|Package received but the glass of the picture frame is cracked. Photos attached. How do we proceed?
    order_issue|negative|Cracked frame, dented box, and a two-week wait for that. Really not impressed.
    order_issue|neutral|Hi, order 33007 was supposed to be a gift and I ticked "no invoice in the box". Can you confirm the invoice wasn't included?
    order_issue|neutral|Do you offer delivery to a different country than the billing address? I'm sending a gift to my sister in Ireland.
    order_issue|negative|You shipped my order to my billing address even though I entered a different delivery address. Now my gift is in the wrong country.
    order_issue|neutral|My parcel seems to be lost. The last scan was 15 days ago. What's the next step?
    product_issue|neutral|The left earbud disconnects every few minutes when I walk. Is there a firmware update?
    product_issue|negative|These "premium" earbuds die after 40 minutes. The box says 8 hours. Who are you kidding?
    product_issue|neutral|The drawer of the bedside table doesn't close fully, it sticks about 2 cm from the end. Is there an adjustment?
    product_issue|neutral|Can the cover of the armchair be machine washed, and at what temperature?
    product_issue|positive|I absolutely love the dress, the fabric is gorgeous! Does it come in a longer length too?
    product_issue|negative|The dress looks nothing like the pictures. Cheap shiny fabric and the stitching is coming apart already.
    product_issue|neutral|The kettle leaves small white flakes in the water. Is it limescale or something from the kettle itself?
    product_issue|neutral|I bought the 12-piece knife set. One knife has a small chip on the blade near the handle.
    product_issue|negative|Knives arrived blunt and one is chipped. For £90 I expected a lot better than this.
    product_issue|neutral|Hi, which charger should I use for the tablet? The one in the box has a European plug.
    product_issue|neutral|The robot vacuum keeps going back to the dock after five minutes even though the battery is full.
    product_issue|negative|Robot vacuum is completely useless. Gets stuck under the sofa, bangs into walls, then gives up. What a waste of money.
    product_issue|positive|This vacuum changed my life, no exaggeration 😂 Any tips to stop it getting stuck on the rug fringe?
    product_issue|neutral|The jeans are labelled 32 waist but measure closer to 30. Is the sizing different on this model?
    product_issue|negative|Your sizing is a joke. Three orders, three different fits for the same size.
    product_issue|neutral|The screen of the smartwatch has a dead pixel in the upper corner. Bought it three weeks ago.
    product_issue|neutral|Is this mattress suitable for someone who sleeps on their side?
    product_issue|negative|Slept on this mattress for two weeks and my back has never been worse. Firm my foot, it's like sleeping on a plank.
    product_issue|neutral|The coffee machine shows a red light and the descale icon even after descaling. Model CM-300.
    product_issue|positive|The coffee machine is fabulous, we use it every day! Just wondering which descaler you recommend.
    product_issue|neutral|One of the wine glasses has a tiny bubble in the glass. Is that a defect or normal for hand-blown glass?
    product_issue|negative|Six glasses, two broken, one with a crack. Packed like you wanted them to break.
    product_issue|neutral|The phone case doesn't fit the camera cutout on my Pixel 8, it covers part of the lens.
    product_issue|neutral|Does the hair dryer work on 110 V? I'm travelling to the US next month.
    product_issue|negative|hair dryer smells like burning plastic the 2nd time i used it. scared to plug it in now
    product_issue|neutral|The paint on the metal garden chair is peeling after two months outside. Is that covered by the warranty?
    product_issue|negative|Peeling paint, rust spots, after one summer. "Weatherproof" apparently means nothing to you.
    product_issue|neutral|The baby monitor loses connection at night. Both units are in the same flat, about 10 metres apart.
    product_issue|negative|Our baby monitor cut out twice last night without any alarm. This is a safety product. I'm genuinely angry.
    product_issue|positive|Lovely quality towels, so soft, thank you! Will they shrink much in a hot wash?
    product_issue|neutral|The shoes squeak on the left side when I walk. Is there anything I can do about it?
    product_issue|neutral|I followed the manual but the printer won't connect to wifi. It blinks orange three times.
    product_issue|negative|Spent two hours on this printer. Orange light, no wifi, manual useless. I give up.
    product_issue|neutral|Is the lunch box dishwasher safe? The label says BPA free but nothing about dishwashers.
    product_issue|neutral|The bike lights are great but the mount doesn't fit my handlebar, it's 31.8 mm. Is there a bigger mount?
    product_issue|positive|The bike lights are brilliant, super bright! Quick question, is there a bigger mount for 31.8 mm bars?
    product_issue|negative|Battery of the bike light lasts 20 minutes. You advertise 4 hours. That's not a small difference.
    product_issue|neutral|My jumper has started pilling after two washes. Is there a recommended way to wash it?
    product_issue|negative|Two washes and the jumper looks ten years old. Never buying your knitwear again.
    product_issue|neutral|The plant arrived with a few yellow leaves. Should I be worried or is that transport stress?
    product_issue|negative|The plant arrived dead. Not a bit wilted, dead. Brown, dry, crispy.
    product_issue|neutral|Quick one - does the tent come with a footprint or is that sold separately?
    product_issue|neutral|The tent's zip got stuck on the first night and now it doesn't close at the bottom.
    product_issue|negative|Tent leaked on the first night of our camping trip. Wet sleeping bags, miserable kids. Thanks for nothing.
    product_issue|positive|Best tent we've owned, survived a proper storm in Wales! The only issue is a bent pole, can I buy a spare?
    product_issue|neutral|The frying pan's coating is coming off in small flakes after a month. I only use wooden spoons.
    product_issue|negative|Non-stick? Everything sticks. Eggs, pancakes, even the oil. Total rubbish.
    product_issue|neutral|Model TX-40 speaker: there's a faint buzzing when nothing is playing. Is that expected?
    product_issue|neutral|Hello, my daughter's school shoes have a split in the sole after six weeks. She wears them only to school.
    product_issue|negative|Six weeks. The sole split in six weeks. These are meant to be school shoes, not slippers.
    product_issue|neutral|The sofa cushions go flat very quickly. Can the filling be replaced?
    product_issue|neutral|The watch strap is too short for my wrist. Do you sell an extension?
    product_issue|positive|My husband loves the watch, thank you for the great service! He'd need a longer strap though, do you have one?
    product_issue|neutral|I've noticed the fridge makes a loud click every hour or so. Is that the thermostat?
    product_issue|negative|The fridge is so loud I can hear it from the bedroom. We paid extra for the "silent" model. Joke.
    product_issue|neutral|How long is the warranty on the electric toothbrush, and do I need the receipt?
    product_issue|neutral|The toothbrush doesn't hold charge anymore, 3 days instead of 2 weeks. It's 10 months old.
    product_issue|negative|Toothbrush dead after ten months. At that price it should last years. Very disappointed.
    product_issue|neutral|There's a small scratch on the oven door glass, visible only when the light is on.
    product_issue|neutral|what size bulb does the floor lamp take? E27 or E14?
    product_issue|negative|The lamp's switch broke off in my hand. Flimsy plastic. Genuinely the worst thing I've bought this year.
    product_issue|neutral|The puzzle is missing one piece. 1000-piece "Harbour at Dusk". Any chance you can send a replacement?
    product_issue|positive|We had such fun with the puzzle over Christmas, thank you! Sadly one piece was missing, can you send one?
    product_issue|neutral|The instructions for the crib are only in German and Dutch. Is there an English version online?
    product_issue|negative|Instructions in German only, for a crib. A CRIB. I'm not guessing where the screws go for my baby's bed.
    payment_issue|neutral|I was charged twice for order 40417, two identical amounts of £54.20 on my statement. Please refund the duplicate.
    payment_issue|negative|Charged twice AGAIN. How does this keep happening? I want my money back today.
    payment_issue|neutral|My card was declined at checkout but the bank says there's no block on it. Visa debit.
    payment_issue|negative|Your checkout declined my card five times, then took the money anyway. Brilliant system.
    payment_issue|neutral|Do you accept PayPal? I don't see it among the options.
    payment_issue|neutral|Can I pay in three instalments for orders over £200?
    payment_issue|neutral|The discount code WELCOME10 isn't being applied at checkout, it says invalid.
    payment_issue|negative|Your "welcome" code doesn't work. Nice welcome.
    payment_issue|neutral|I paid by bank transfer on Monday, reference 7781. The order still says awaiting payment.
    payment_issue|negative|Paid by transfer a week ago. Still "awaiting payment". I've sent the proof twice. This is beyond frustrating.
    payment_issue|neutral|The amount charged is £3.50 more than the total at checkout. Is that a currency conversion fee?
    payment_issue|negative|Hidden fees now? The total was £42, you took £45.50. Explain that.
    payment_issue|positive|Thanks for sorting out the double charge so quickly, the refund is already on my card. Brilliant service!
    payment_issue|neutral|Hello, I need a VAT invoice with my company name for order 20991. Company: Brightline Ltd.
    payment_issue|neutral|My gift card shows a balance of £0 but I haven't used it. Card number ends in 4471.
    payment_issue|negative|Gift card from my mum, £50, now says £0 and I never used it. Where did the money go? This is theft.
    payment_issue|neutral|Apple Pay fails at the last step with "payment not completed". Tried on two iPhones.
    payment_issue|neutral|Hi, I was charged in euros instead of pounds. Is that right? I'm based in the UK.
    payment_issue|negative|Charged in euros, lost money on the conversion, and your site showed pounds. Dodgy.
    payment_issue|neutral|The Klarna payment for order 5521 was approved but the order was cancelled. Will Klarna be notified?
    payment_issue|neutral|Can I change the card used for my subscription? The old one expired.
    payment_issue|negative|You keep charging an expired card and then emailing me threats about "failed payment". Update the card like I asked twice!
    payment_issue|neutral|Payment went through on my side but your site showed an error. Should I try again or will I be charged twice?
    payment_issue|neutral|Sir, amount debited from my account but order not placed. UPI ref 402211. Please check.
    payment_issue|negative|Money gone from my account 4 days back, no order, no refund, no reply. Is this how you treat customers?
    payment_issue|neutral|How long does a refund take to show on a Mastercard credit card?
    payment_issue|positive|Really appreciate the flexible payment options, made it possible for me to buy the bed. Thank you!
    payment_issue|neutral|There's a pending charge of £1 on my card from you. I didn't order anything.
    payment_issue|negative|Random charges on my card from your company and I haven't ordered anything in months. I'm reporting this to my bank.
    payment_issue|neutral|The promo said 20% off everything but only 10% came off my basket. Is there an exclusion?
    payment_issue|negative|20% off "everything" except, apparently, everything I wanted. Misleading as usual.
    payment_issue|neutral|Could you send me a copy of the receipt for order 70114? I need it for expenses.
    payment_issue|neutral|My student discount code is not accepted. I verified with UNiDAYS yesterday.
    payment_issue|negative|Student discount doesn't work, chat doesn't work, email gets no reply. What does work at your company?
    payment_issue|neutral|I'd like to use two gift cards on one order, is that possible?
    payment_issue|neutral|The checkout asks for a 3D Secure code but the SMS never comes from my bank.
    payment_issue|neutral|Why is there a £4.95 "service fee" on my order? I don't remember seeing it before paying.
    payment_issue|negative|A "service fee" sneaked in at the last step. Shady practice, I'll be leaving a review about it.
    payment_issue|positive|Your team was so helpful about the invoice, thank you Sarah! All sorted for our accountant.
    payment_issue|neutral|I got a payment reminder for an order I already paid. Payment confirmation attached.
    payment_issue|negative|Stop sending me payment reminders for an order I PAID. I've sent proof three times now.
    payment_issue|neutral|Is it safe to save my card details on your site? Which provider handles the payments?
    payment_issue|neutral|Hi, my payment was taken but the order shows cancelled. When will the money come back?
    refund_request|neutral|I'd like to return the grey coat, it's too big. Order 38816. How do I get a return label?
    refund_request|negative|I returned the coat on the 2nd. It's the 28th. No refund. How long does it take to press a button?
    refund_request|neutral|Please refund order 52002, the item arrived broken. Photos attached.
    refund_request|negative|I want a full refund. The product is broken, the service is useless, and I'm not sending anything back at my expense.
    refund_request|neutral|Hi, the shoes don't fit, can I exchange for a size 8 instead of getting a refund?
    refund_request|neutral|The refund for order 61440 shows as processed on your side but my bank hasn't received it. It's been 7 working days.
    refund_request|negative|"Processed" 14 days ago and still no money. Stop telling me it's the bank.
    refund_request|positive|Refund received, super smooth, thanks a lot! Will definitely shop again.
    refund_request|neutral|Can I return a sale item? The website says sale items are final but the confirmation says 30-day returns.
    refund_request|negative|You refused my return because of a tiny crease in the box. It's a box. The product is untouched. Ridiculous.
    refund_request|neutral|I returned two items but only one was refunded. Return reference R-22918.
    refund_request|negative|Half a refund. Sent two items back, got money for one. Do I have to prove everything twice with you?
    refund_request|neutral|The return window says 14 days. I was in hospital for three weeks. Can an exception be made?
    refund_request|neutral|I'd like to cancel my order and get my money back, I found it cheaper elsewhere.
    refund_request|negative|Cancelled within an hour of ordering and you still shipped it. Now I have to return it. Not impressed at all.
    refund_request|neutral|Is the return postage free or do I need to pay for it?
    refund_request|negative|Charging me £7.50 to return a faulty item? The fault is yours, not mine.
    refund_request|neutral|Hello, I'm requesting a refund for the subscription renewal on the 4th, I forgot to cancel it.
    refund_request|positive|Thank you for the refund and for being so understanding about the mix-up. Really kind of you.
    refund_request|neutral|The courier collected my return on Monday, tracking number RT8821. Could you confirm when you receive it?
    refund_request|negative|The refund is £12 less than what I paid and nobody can tell me why. Sort it out.
    refund_request|neutral|Please may I have a refund instead of store credit? I'm unlikely to order again soon.
    refund_request|negative|Store credit? I don't want store credit from a shop that lost my order twice. Give me my money.
    refund_request|neutral|I'd like to return the laptop stand, unopened. Could you tell me the address for returns?
    refund_request|neutral|The dress didn't suit me, sending it back. Do I need to include the original tags?
    refund_request|negative|I've filled your return form three times and it crashes every time. I'm just going to do a chargeback.
    refund_request|neutral|Refund request for order 28830: the wrong model was delivered (64 GB instead of 128 GB).
    refund_request|positive|Really grateful you refunded the shipping too, that was unexpected and very kind!
    refund_request|neutral|Do you refund the original shipping cost if the item is faulty?
    refund_request|negative|I was promised a refund on the phone last Tuesday. Nothing. I'm recording these calls from now on.
    refund_request|neutral|Hi, I returned the parcel via the post office, here's the receipt. When should I expect the refund?
    refund_request|negative|If my refund is not here by Monday I'll be contacting Trading Standards. I'm not joking.
    refund_request|neutral|Bought a gift that the recipient already has. Unopened. Is a refund possible without the receipt?
    refund_request|neutral|I'd like a partial refund for the scratched table rather than returning it, it's very heavy.
    refund_request|negative|Offering me £5 for a table with a gouge across the top? Insulting.
    refund_request|neutral|Sir please process my refund, return was picked up on 3rd, awb number 55102877.
    refund_request|negative|Sir, 25 days passed, refund still not credited. Very bad experience. Will never buy from you again.
    refund_request|positive|You guys are the best, refund done in 24 hours. Thanks so much!
    refund_request|neutral|The return label you sent is for a different courier than the one that serves my area. Can you send a Royal Mail label?
    refund_request|negative|The label doesn't work, the drop-off point doesn't exist anymore, and nobody answers. How am I supposed to return this?
    refund_request|neutral|What's the status of return R-40021? The tracking shows it was delivered to your warehouse on Friday.
    refund_request|neutral|I changed my mind about the rug, it's still in its packaging. Can I send it back?
    refund_request|negative|Refund refused because "used". I opened the box to check it was the right colour. Absurd policy.
    account_issue|neutral|I can't log in, it says my email isn't registered but I've ordered from you before with this address.
    account_issue|negative|Your site says my email isn't registered. I've spent hundreds with you. Fix your system.
    account_issue|neutral|How do I change my password? I can't find the option in the app.
    account_issue|neutral|Please delete my account and all the personal data linked to it. Email: j.doyle@example.com
    account_issue|negative|I asked for my account to be deleted a month ago. I'm still getting emails. This is a GDPR breach and I will report it.
    account_issue|neutral|The password reset email goes to spam and the link says expired when I click it.
    account_issue|negative|Five reset emails, five expired links. Is it a test of patience?
    account_issue|neutral|My account shows someone else's address in the address book. I've never lived in Bristol.
    account_issue|negative|There's a stranger's name and address in MY account. How is my data safe with you? Extremely worrying.
    account_issue|neutral|Can I merge my guest orders into my new account?
    account_issue|positive|Thanks for unlocking my account so quickly, you're stars!
    account_issue|neutral|I'd like to update my phone number on my profile but the field is greyed out.
    account_issue|neutral|I'm not receiving the two-factor codes by SMS. Number ends in 882.
    account_issue|negative|No 2FA code, no way in, no one to help. I'm locked out of my own account for three days now.
    account_issue|neutral|Where can I see my loyalty points balance?
    account_issue|negative|My 3,400 points expired without a single warning email. You send me 5 promos a day but couldn't send that one?
    account_issue|neutral|Hi, my account was suspended for "suspicious activity". I've just ordered as usual. What do I need to do?
    account_issue|negative|Suspended?! For buying a birthday present? Treating loyal customers like criminals. Disgraceful.
    account_issue|neutral|Could you unsubscribe me from the SMS marketing? I'm fine with emails.
    account_issue|neutral|unsubscribe
    account_issue|negative|UNSUBSCRIBE ME. I've clicked the link 4 times.
    account_issue|neutral|I think someone accessed my account, there's an order I didn't place. Order 88031.
    account_issue|negative|Someone ordered a £600 TV on my account and you shipped it to an address in another city without any check. I'm furious.
    account_issue|neutral|The account page is in French even though I selected English. How do I change it?
    account_issue|positive|Love the new loyalty programme, great idea! Quick question, do points carry over from the old scheme?
    account_issue|neutral|Hello, I changed my surname after getting married. How can I update it on the account?
    account_issue|neutral|I created two accounts by accident. Can you close the one with the gmail address?
    account_issue|negative|I keep getting logged out every five minutes. It's impossible to finish an order. Maddening.
    account_issue|neutral|Please change the email on my account to the one I'm writing from. Old email: rita.b@example.org
    account_issue|neutral|What personal data do you keep about me? I'd like a copy under GDPR.
    account_issue|positive|Thank you for the lovely birthday discount! Such a nice surprise.
    account_issue|negative|Your "birthday gift" code expired before my birthday. Thoughtful.
    account_issue|neutral|My wishlist is empty since yesterday. I had about 30 items saved.
    account_issue|negative|Wishlist wiped. Months of saved items. Gone. Thanks a lot.
    account_issue|neutral|The newsletter preferences don't save, every time I untick a box it ticks itself again.
    technical_issue|neutral|The checkout page keeps loading forever on Safari, iOS 17.2. Works on Chrome.
    technical_issue|negative|Your checkout has been broken on Safari for a week. Do you even test your website?
    technical_issue|neutral|The app crashes when I open the "My orders" tab. Version 4.12.1, Samsung S22.
    technical_issue|neutral|Error 502 Bad Gateway on the payment page, tried three times in the last hour.
    technical_issue|negative|502 error. Again. Every sale, your site falls over. Pathetic.
    technical_issue|neutral|The promo banner covers the "add to basket" button on mobile, I can't tap it.
    technical_issue|neutral|Site shows prices in dollars even though I'm in the UK. Cleared cookies, same thing.
    technical_issue|negative|I lost my whole basket when the site crashed. 45 minutes of shopping gone. Not doing that again.
    technical_issue|positive|The new app is really slick, well done! One tiny bug: the dark mode makes the price text invisible.
    technical_issue|neutral|The search doesn't find anything when I type "wellies", but it works with "wellington boots".
    technical_issue|neutral|Verification email link gives a 404.
    technical_issue|neutral|hi the app keeps asking me to update but there's no update in the play store
    technical_issue|negative|"Please update the app." There is no update. "Please update the app." Stuck in a loop, great design.
    technical_issue|neutral|The order tracking page shows a map of the wrong city.
    technical_issue|neutral|Images on the product pages aren't loading on my laptop, just a spinning wheel. Edge browser.
    technical_issue|negative|Your website is so slow it's unusable. 30 seconds per page. In 2026.
    technical_issue|neutral|When I apply the filter "size 10" it shows sizes 4 to 14.
    technical_issue|positive|Thanks to your tech team, the app works perfectly now. Huge improvement since last week!
    technical_issue|neutral|I can't upload a photo in the return form, the button doesn't react.
    technical_issue|negative|Upload button broken, chat button broken, phone line closed. Is anything working at your company?
    technical_issue|neutral|The confirmation emails are arriving with broken formatting, just code.
    technical_issue|neutral|Address autocomplete doesn't find my street, it's a new build. Can I type it manually?
    technical_issue|negative|The address field rejects my real address. Apparently my house doesn't exist. Cool.
    technical_issue|neutral|After logging in I'm sent back to the homepage and I'm logged out again.
    technical_issue|neutral|The accessibility mode text is too small on tablets, is there a way to zoom?
    technical_issue|negative|I'm partially sighted and your new site is impossible to use with a screen reader. Really disappointing.
    general_inquiry|neutral|What are your customer service opening hours at the weekend?
    general_inquiry|neutral|Do you have a physical shop in Birmingham?
    general_inquiry|neutral|Is the oak dining table made from solid wood or veneer?
    general_inquiry|neutral|Hi, will the Christmas jumpers be restocked in size XS before December?
    general_inquiry|positive|I love your shop so much! Do you plan to open a store in Glasgow one day?
    general_inquiry|neutral|Do you offer gift wrapping, and how much does it cost?
    general_inquiry|neutral|What's the difference between the Classic and the Pro model of the blender?
    general_inquiry|neutral|Are your cotton products organic certified?
    general_inquiry|neutral|Can I order by phone? My mum doesn't use the internet.
    general_inquiry|negative|I've asked twice whether you ship to Northern Ireland and nobody has answered. It's a simple question.
    general_inquiry|neutral|Do you price match with other retailers?
    general_inquiry|neutral|How long is the warranty on furniture?
    general_inquiry|positive|Your customer service has always been fantastic. Just wanted to ask if you have a loyalty card for the stores too?
    general_inquiry|neutral|Is there a student discount?
    general_inquiry|neutral|Hello team, I'm planning a big order for our office (around 40 chairs). Do you have business pricing? Best, Tom
    general_inquiry|neutral|what does "pre-order" mean exactly, when will I be charged?
    general_inquiry|neutral|Are the candles vegan?
    general_inquiry|neutral|When does the summer sale start?
    general_inquiry|negative|Why is the "sale" price higher than the price last week? You must think we're stupid.
    general_inquiry|neutral|Do you have the sofa in a darker shade of green?
    general_inquiry|neutral|Is it possible to see the bed in person before buying?
    general_inquiry|positive|Such beautiful products, I'm a huge fan! Do you ever do collaborations with local artists?
    general_inquiry|neutral|Which sizes does the running jacket come in, and is it true to size?
    general_inquiry|neutral|Kindly let me know whether cash on delivery is available for Pune.
    general_inquiry|neutral|Do you have a catalogue you can post to me?
    general_inquiry|neutral|Can I reserve an item online and pick it up in store?
    general_inquiry|negative|I was told on the phone you'd call me back about stock. Three days later, nothing. Typical.
    general_inquiry|neutral|What is your return policy for items bought in a store?
    general_inquiry|neutral|Are the dimensions on the website with or without the legs?
    general_inquiry|neutral|Is the rug suitable for underfloor heating?
    other|neutral|Hello, I'm a journalist writing about sustainable homeware. Who could I speak to in your press team?
    other|neutral|Are you hiring for the warehouse in Northampton?
    other|positive|Just wanted to say your delivery driver Mike went above and beyond today, helped my elderly dad carry the box upstairs. Please pass on our thanks!
    other|negative|Your driver was rude to my wife and parked across our driveway for 20 minutes. Unacceptable behaviour.
    other|neutral|We're a small ceramics studio and would love to sell through your marketplace. Who handles new suppliers?
    other|positive|Thank you for the donation to our school fair, the kids loved the prizes!
    other|neutral|Please stop sending paper catalogues to this address, the previous tenant moved out.
    other|negative|Stop calling me. I've said no to your offers four times. Take me off your list.
    other|neutral|Is this email address genuine? I got a message about a prize from "your" company.
    other|negative|Someone is running a fake shop with your logo and I lost money. Why aren't you warning customers?
    other|neutral|I found a phone in the changing room of your Leeds store yesterday, who should I hand it to?
    other|positive|Congratulations on the new store opening, it's gorgeous! We had a lovely afternoon.
    other|neutral|Can you give me the address of your head office for a formal letter?
    other|negative|Your advert on TV is offensive and I'm not the only one who thinks so.
    other|neutral|Hi, wrong chat, sorry.
    other|neutral|Do you sponsor local football teams?
    other|positive|Just a note to say the staff at your Bath shop are wonderful. Made my day.
    other|neutral|test
    -|neutral|still nothing?
    -|negative|still nothing. again.
    -|neutral|ok
    -|neutral|ok, noted
    -|positive|ok thanks a lot, that's perfect!
    -|neutral|??
    -|negative|????? hello??
    -|neutral|any update?
    -|negative|Any update? Or is that too much to ask?
    -|neutral|It's order 34551.
    -|neutral|The email is the same one I'm writing from.
    -|positive|Wonderful, thank you!!
    -|positive|You're a star, thank you Jess.
    -|positive|Got it, cheers mate, much appreciated 👍
    -|neutral|Thanks, I'll wait then.
    -|neutral|Thanks in advance.
    -|neutral|Yes please.
    -|neutral|No, it was the large one.
    -|negative|No. That doesn't answer my question at all.
    -|negative|I've already sent the photos. Twice.
    -|neutral|Photos attached.
    -|neutral|Sent you the photos just now.
    -|negative|Are you a bot? Let me talk to a human.
    -|neutral|Can I speak to someone on the phone instead?
    -|negative|Forget it, I'll sort it out with my bank.
    -|neutral|I'll check with my bank and come back to you.
    -|positive|Perfect, that's exactly what I needed. Thanks for your patience!
    -|neutral|Friday morning works.
    -|neutral|Sorry, I meant order 55102, not 55120.
    -|negative|Copy-paste answers again. Read what I wrote.
    -|positive|Brilliant, all sorted. Have a lovely weekend!
    -|neutral|Received, thanks.
    -|negative|Received. Broken. Again.
    -|neutral|hello?
    -|negative|hello??? anyone there???
    -|neutral|Fine, I'll send it back then.
    -|negative|Fine. Whatever. Won't be ordering again.
    -|positive|Oh that's so kind, thank you!
    -|neutral|What's the reference number for my complaint?
    -|negative|A week for a reply. Seriously.
    -|neutral|Great, what happens next?
    -|neutral|Which address should I use?
    -|positive|Thank you so much, you've been very helpful today 😊
    -|neutral|Understood.
    -|negative|Understood, but I'm still not happy.
    -|neutral|Tuesday between 9 and 12 is fine.
    -|negative|I'm not paying for return postage, that's final.
    -|neutral|ok will do
    -|positive|amazing thank u so much ❤️
    -|negative|thanks for nothing
    -|neutral|Can you confirm by email please?
    -|neutral|My postcode is M14 5RT.
    -|negative|That's what you said last week.
    -|positive|Finally arrived and it's perfect, thank you for chasing it!
    -|neutral|Yes, same address as before.
    -|negative|You've closed my ticket without solving anything. Reopen it.
    -|neutral|k
    -|neutral|Sure.
    -|positive|Lovely, cheers!
    -|negative|unbelievable
    -|negative|Is this a joke?
    -|neutral|Is this the right place to ask about an order?
    -|positive|Really appreciate the quick answer!
    -|neutral|I'll try that tonight and let you know.
    -|negative|Tried that already. Didn't work. Like I told you.
    -|neutral|It worked after restarting, thanks.
    -|positive|It worked! You're a genius, thanks!
    -|neutral|The reference is on the invoice: INV-2231.
    -|negative|Why do I have to explain everything three times?
    -|neutral|Please call me back on 07700 900412.
    -|negative|Call me back like you promised. Two days ago.
    -|neutral|My name is Aisha Bello.
    -|neutral|No worries.
    -|positive|No worries at all, thanks for your help!
    -|negative|Don't "dear valued customer" me.
    -|neutral|I'm not sure, I'll check the box.
    -|neutral|The serial number is SN-48827-K.
    -|negative|Three different agents, three different answers. Which one is true?
    -|positive|Thanks a million, you've saved my weekend!
    -|neutral|Okay, let me know when it's shipped.
    -|negative|Okay... and when exactly? You said that on Monday.
    -|neutral|Does that include the delivery fee?
    -|neutral|good morning, following up on my message from yesterday
    -|negative|following up AGAIN on my message from last week
    -|neutral|Just checking you got my last email.
    order_issue|neutral|Hiya! Just checking whether my order has shipped yet, number 60032 x
    order_issue|negative|omg still not here 😤😤 ordered 2 weeks ago
    order_issue|neutral|ordr 4411 wer is it pls
    order_issue|negative|wher is my order its been ages this is jokes
    order_issue|neutral|Courier says "address not accessible". I live on the ground floor with a normal door, no gate. Can you pass on my phone number?
    order_issue|negative|"Address not accessible". It's a house on a main road. Your drivers just can't be bothered.
    order_issue|neutral|Good morning, kindly advise if order 5512 can be delivered before 25th as it is for my daughter's marriage function.
    order_issue|neutral|Parcel was left at reception of my building, but reception says nothing came in for me on that date.
    order_issue|positive|Thank you thank you thank you! The parcel arrived just in time for the party 🎉
    order_issue|neutral|Tracking number 1Z999 shows delivered in Luton. I'm in Leeds.
    order_issue|negative|Luton? I live in Leeds. How does that even happen? Unbelievable.
    order_issue|neutral|Our office is closed on Fridays, could the delivery be moved to Monday?
    product_issue|neutral|The blinds are 2 cm too narrow for the window even though I ordered the measured size. Can they be remade?
    product_issue|negative|Made to measure, they said. 2 cm off. My measurements were right, I checked four times.
    product_issue|neutral|Is it normal that the new sofa has a strong smell? Should it go away?
    product_issue|neutral|The speaker won't pair with my laptop, only with my phone. Windows 11.
    product_issue|positive|Fantastic speaker, the sound is incredible for the size! Can it pair with two phones at the same time?
    product_issue|negative|The colour is completely different from the website. I wanted sage green and got something like mouldy olive.
    product_issue|neutral|The colour is a bit darker than on the website. Could I swap it for the lighter shade?
    product_issue|neutral|Hi, my daughter's scooter has a wobbly front wheel after a week. Is there a way to tighten it?
    product_issue|negative|Scooter wheel wobbling after a week, my daughter nearly fell off. Dangerous junk.
    product_issue|neutral|does the air fryer basket go in the dishwasher
    product_issue|neutral|The microwave turntable doesn't rotate anymore. It's 8 months old.
    product_issue|negative|Eight months and the microwave is dead. Built to break, obviously.
    payment_issue|neutral|I've been charged £89.99 for a subscription I thought I cancelled in March. Could you check?
    payment_issue|negative|You charged me for a subscription I cancelled in March. Refund it now or I go to my bank.
    payment_issue|neutral|Is it possible to split the payment across two cards?
    payment_issue|neutral|The voucher from your apology email says "already used". I haven't used it.
    payment_issue|negative|Even your apology voucher doesn't work. At this point it's almost funny.
    payment_issue|neutral|Invoice shows the wrong billing address, the delivery was fine. Can you reissue it?
    payment_issue|neutral|hi i paid with paypal and got charged 2x, screenshot attached
    refund_request|neutral|Good evening, I am writing to request the return of the armchair delivered on 10 March as the colour does not match the sample. Could you arrange a collection? Yours faithfully, P. Hughes
    refund_request|negative|I am writing for the fourth time about the armchair collection that never happened. I have been more than patient. If this is not resolved within 7 days I will take legal advice. P. Hughes
    refund_request|neutral|How do I return an item that was a gift? I don't have the order number.
    refund_request|neutral|My refund went to a card I have since cancelled. What happens to the money?
    refund_request|negative|You sent my refund to a cancelled card after I told you it was cancelled. Now what? Great listening skills.
    refund_request|positive|Thanks again for accepting the return even though I was a few days late. Really good of you.
    refund_request|neutral|Can you email me a return label? I don't have a printer, is there a QR code option?
    account_issue|neutral|Hi, the app says my session expired every time I open it.
    account_issue|negative|The app logs me out every single time. I'm not typing my password 20 times a day. Fix it or I'm deleting it.
    technical_issue|neutral|The "track my order" button in the email sends me to the homepage.
    technical_issue|neutral|I get "something went wrong, try again later" when I apply a gift card.
    technical_issue|negative|"Something went wrong." Yes, I noticed. For three days now.
    general_inquiry|neutral|Does the velvet armchair come assembled?
    general_inquiry|neutral|Just wondering if you deliver to the Isle of Skye and if there's an extra charge.
    general_inquiry|positive|Your bedding is the best I've ever had, seriously! Do you do a matching pillowcase in the linen range?
    other|neutral|Hello, I'd like to give feedback about your store layout, is there an email for that?
    other|negative|Your store manager in Reading shouted at my son in front of everyone. I expect an apology.
    order_issue|positive|Hi Sam, just wanted to say thank you for tracking down my lost parcel last week, it finally turned up this morning! You went well beyond what I expected. Best wishes, Laura
    order_issue|positive|Wow, that was fast! Ordered last night and it's already on my doorstep. Thank you!!
    order_issue|positive|Everything was perfect as usual, thank you. Could you tell me when the autumn collection ships?
    order_issue|positive|I'm so happy with my order, the packaging was plastic-free and everything arrived safe. Keep it up!
    order_issue|positive|Cheers for the quick delivery guys, top service 👌
    order_issue|positive|Thank you for letting me change the delivery address at the last minute, that saved me a lot of hassle.
    order_issue|positive|The driver was so careful with the mirror, please thank him for me. Love it on the wall!
    order_issue|positive|Brilliant as always! One small thing: the receipt wasn't in the box, could you email it?
    order_issue|negative|Honestly, I've ordered from you for years, but this time it's been a shambles from start to finish.
    order_issue|negative|I appreciate you're busy, but two weeks without an update is simply not good enough.
    order_issue|negative|With all due respect, "it's on its way" is not an answer after 21 days.
    order_issue|negative|Thanks for your reply, but I'm afraid it doesn't help. I still have no parcel and no explanation.
    order_issue|negative|I'm trying to stay polite here, but you've now lost my parcel twice.
    order_issue|negative|Kind regards, but seriously, where is it? This is getting ridiculous.
    order_issue|negative|Great job losing a 30 kg wardrobe. Quite an achievement really.
    order_issue|negative|Love how the tracking just says "in transit" for a fortnight. Very informative.
    order_issue|negative|Ten out of ten for creativity: my order has now been "delivered" to three different addresses.
    order_issue|negative|If it's not here by Friday, I'll be leaving a review everywhere I can.
    order_issue|negative|I will be contacting my credit card company to reverse the charge if I don't hear back today.
    order_issue|negative|WHERE IS MY ORDER
    order_issue|negative|I'm really upset, the present was for my grandma's 90th and it never came.
    order_issue|negative|Gutted. The cake stand arrived smashed to pieces.
    order_issue|negative|bruh my parcel went to a different city 💀 how
    order_issue|negative|This is beyond a joke now, please just send my stuff
    product_issue|positive|The mixer arrived and it's an absolute beast, thank you! Bread dough in five minutes.
    product_issue|positive|Very pleased with the boots, comfy straight out of the box. Thank you!
    product_issue|positive|The lamp is even prettier in real life, I'm delighted. Does it take a dimmable bulb?
    product_issue|positive|Fab quality, fits perfectly, my new favourite jumper ❤️
    product_issue|positive|I was nervous ordering a sofa online but it's perfect. Thank you for the fabric samples, they really helped.
    product_issue|positive|Just wanted to let you know the replacement kettle works beautifully. Thanks for the quick swap!
    product_issue|positive|Your customer support walked me through the setup of the router step by step, fantastic patience. It works now!
    product_issue|positive|Great little gadget, does exactly what it says. Well done!
    product_issue|positive|Gorgeous bedding, really soft. One pillowcase had a tiny mark but it washed out. Very happy overall.
    product_issue|negative|I'm sorry but this is not what I paid for. The "solid oak" table is chipboard with a sticker.
    product_issue|negative|It's a shame, I really wanted to like the backpack, but the straps are already fraying after a month.
    product_issue|negative|So the "unbreakable" phone case broke when I dropped it from a table. Nice.
    product_issue|negative|I've never been so let down by a purchase. The quality is dreadful.
    product_issue|negative|Wow, the heater actually heats! For ten minutes, then it switches itself off. Revolutionary.
    product_issue|negative|This is the second faulty unit you've sent me. I'm losing faith in your brand.
    product_issue|negative|The headphones crackle constantly. I'm really annoyed, they were a present to myself.
    product_issue|negative|Cheap rubbish, broke in two days.
    product_issue|negative|Why would you sell a toaster that burns one side and leaves the other raw? Did anyone try it?
    product_issue|negative|DO NOT BUY THIS CHAIR. Wobbly, creaky, and the armrest fell off.
    product_issue|negative|Absolutely gutted, the ring changed colour after a week and turned my finger green.
    product_issue|negative|You advertise "holds 15 kg". It bent under my cookbooks. Misleading at best.
    payment_issue|positive|Thank you for the refund of the double charge, and for the voucher, totally unexpected and much appreciated!
    payment_issue|positive|The new checkout is so much quicker, well done team!
    payment_issue|positive|Thanks, the invoice is exactly what I needed, have a great day.
    payment_issue|negative|I am extremely unhappy that my card was charged before the item was even in stock.
    payment_issue|negative|So you're happy to take my money instantly but refunds take 14 days? Funny how that works.
    payment_issue|negative|This is the last time I'm asking: refund the second charge.
    payment_issue|negative|Taking payment for an out-of-stock item and keeping it for weeks is not okay.
    payment_issue|negative|I've been overcharged and nobody is taking responsibility. Shocking.
    payment_issue|negative|Klarna is chasing me for an order you cancelled. Sort it out before this hits my credit score.
    refund_request|positive|The refund came through today, thank you so much for your help with this Mark!
    refund_request|positive|Very easy return process, thank you. I'll definitely order again even though this one didn't fit.
    refund_request|positive|Thanks for handling my return so nicely, made a disappointing purchase a lot better.
    refund_request|negative|I'm starting to think I'll never see this refund.
    refund_request|negative|It's been a month. A MONTH. Where is my money?
    refund_request|negative|You lost my return parcel and now want ME to prove I sent it? Outrageous.
    refund_request|negative|I'd like a refund and frankly an apology for how this has been handled.
    refund_request|negative|Don't bother with another voucher, just refund the order.
    refund_request|negative|Your returns policy is a maze designed to make people give up. It won't work on me.
    account_issue|positive|Thanks Priya for getting me back into my account, I was panicking!
    account_issue|positive|Really appreciate how fast you dealt with the hacked account, thank you.
    account_issue|negative|I've reset my password four times today. Four. This is not security, it's punishment.
    account_issue|negative|Why do you need my date of birth to log in? Absurd and intrusive.
    account_issue|negative|My account got hacked and it took you a week to respond. Appalling.
    technical_issue|positive|Just want to say the new website is so much easier to use, great job!
    technical_issue|positive|Thanks for fixing the app so fast after my report, impressive!
    technical_issue|negative|Your app update deleted my saved addresses and cards. Wonderful improvement.
    technical_issue|negative|I've tried to place this order on three devices. Nothing works. I'm about to give up on you.
    technical_issue|negative|Fix your website. Honestly.
    general_inquiry|positive|Hello! Big fan of your cookware, just wondering if the cast iron pans work on induction? Thanks so much!
    general_inquiry|positive|Thanks for all the lovely tips in your newsletter, I've made the lemon cake twice already! Do you sell the loaf tin you used?
    general_inquiry|positive|Amazing range this season, well done! Will the velvet cushions come in mustard?
    general_inquiry|negative|I've been waiting on hold for 40 minutes just to ask a question about stock. Is that normal for you?
    general_inquiry|negative|Your FAQ answers nothing and the chatbot goes in circles. I just want to know if you ship to Malta.
    other|positive|Loved the in-store workshop on Saturday, thank you to the whole team!
    other|positive|Just a thank you note, your staff in the Oxford store were so kind to my mum today.
    other|negative|Your marketing emails are relentless. Three a day is harassment.
    -|positive|That's brilliant news, thanks for letting me know!
    -|positive|Ahh thank you, you made my day 😊
    -|positive|Top service, cheers.
    -|positive|Much appreciated, have a good one!
    -|positive|Great, thanks so much for sorting it.
    -|positive|Perfect, thank you for being so patient with me.
    -|positive|You're amazing, thank you!
    -|positive|Happy days, it's arrived 🙌
    -|positive|Thanks for the quick reply, very helpful.
    -|positive|Sorted! Thanks a bunch.
    -|negative|Not good enough.
    -|negative|You've got to be kidding me.
    -|negative|I'm losing my patience.
    -|negative|Great. Another "we're looking into it".
    -|negative|That's the same template answer you sent yesterday.
    -|negative|I'll be taking this further.
    -|negative|Wow. Just wow.
    -|negative|No, I don't want a voucher.
    -|negative|Yeah right.
    -|negative|I'm done with this company.
    order_issue|neutral|Hi, could the courier call me 30 minutes before arriving? I'm on the top floor and the buzzer doesn't work.
    order_issue|neutral|Tracking shows "delivery attempted" but I was home all day. Could you ask the carrier to try again tomorrow?
    order_issue|neutral|The parcel label has my name misspelled, "Jonh" instead of "John". Will that cause a problem for delivery?
    order_issue|neutral|Hello, the order I received has the right product but in the wrong colour, black instead of navy. Order 77341.
    order_issue|neutral|My grandmother's order arrived without the walking stick tips. They were listed as included.
    order_issue|neutral|Just to let you know the parcel came but one of the four plates is broken. I'd like a replacement for that one plate.
    product_issue|neutral|The drill battery doesn't click into place, it falls out when I hold the drill upside down.
    product_issue|neutral|My son's trainers have come apart at the toe after three months. Is that covered?
    product_issue|neutral|The fan makes a rattling sound at the highest speed setting only.
    product_issue|neutral|The touch controls on the hob respond slowly, I have to press two or three times.
    payment_issue|neutral|My bank flagged your charge as possibly fraudulent and blocked it. I've unblocked it now, can I retry the payment?
    payment_issue|neutral|The price went down the day after I bought the sofa. Is there a price protection policy?
    refund_request|neutral|The refund amount is correct but it came back as two separate transactions. Just checking that's expected.
    refund_request|neutral|The wardrobe doors don't align and the frame is warped. I'd prefer a refund rather than a replacement.
    account_issue|neutral|The app shows my order history as empty, but the website shows all my orders.
    technical_issue|neutral|The website shows "out of stock" but the app shows 3 left. Which is correct?
    order_issue|negative|Dear Customer Services, I have been a loyal customer for six years and I regret to say this is the worst experience I have had with your company. The order has been delayed three times, no one has called back, and I am now out of pocket for the childcare I arranged for the delivery. I expect compensation. Yours sincerely, Margaret Ellis
    order_issue|neutral|Dear Customer Services, I placed order 44917 on 3 May for a dining set. The confirmation gave a delivery window of 12–16 May. Could you let me know which day it is scheduled for, so that I can arrange to be at home? Many thanks, Margaret Ellis
    product_issue|negative|Hello, I bought your "professional" hair straightener last month. It has already stopped heating evenly and one plate is scratched. I expected far better for the price and I'm frankly disappointed. Regards, Chloe
    product_issue|neutral|Hello, I bought the hair straightener last month. One plate seems to heat less than the other now. Is there a reset or should I send it in for repair? Regards, Chloe
    product_issue|positive|Hello, I bought the hair straightener last month and honestly it's the best I've ever had, thank you! I just noticed one plate has a small scratch, is that a problem? Regards, Chloe
    payment_issue|negative|To whom it may concern, I have now been charged three times for a single order. Despite two emails and a phone call, nothing has been done. I will be raising a formal complaint and contacting my bank. D. Okafor
    payment_issue|neutral|To whom it may concern, I notice that order 19920 appears twice on my card statement. Could you confirm whether one of these will be reversed? Thank you, D. Okafor
    refund_request|positive|Dear team, I received the refund today and wanted to thank you for the kind and efficient way you handled my return, especially given it was past the deadline. Much appreciated. Warm regards, Ines
    refund_request|neutral|Dear team, I sent back order 55002 on 2 June using the prepaid label (tracking RT5520019). Could you confirm receipt and let me know when the refund will be issued? Kind regards, Ines
    refund_request|negative|Dear team, this is my third email about the return I sent on 2 June. Your own tracking shows it was delivered to you on 5 June. I have still not been refunded and nobody has replied. This is completely unacceptable. Ines
    account_issue|neutral|Hi, I'm helping my dad who is 82. He can't remember the email he used for his account. Could you look it up by his name and address? Thanks, Kate
    technical_issue|negative|Hi, I've now spent the better part of an evening trying to buy a gift card on your site. Every attempt ends with an error, my card has been pre-authorised three times, and your chat is "unavailable". Honestly, I'm not sure why I bother. Ben
    technical_issue|neutral|Hi, when I try to buy a gift card on your site, the payment page returns "error 1004" after I enter my card. I've tried Chrome and Firefox. Could you look into it? Thanks, Ben
    order_issue|negative|My order number is 66301 and I am waiting since 3 weeks. Every time I call they say 48 hours. I am tired of this.
    order_issue|neutral|Please can you tell me if my order 66301 is shipped? Since 3 weeks I don't have news.
    order_issue|negative|Please do the needful and deliver my order at the earliest, already too much delay, very bad service from your end.
    order_issue|neutral|Please do the needful and update the delivery address for order 12870 to Flat 3, Green Park Apartments, Bangalore.
    order_issue|neutral|Kindly ensure the delivery boy calls before coming, the building has no security guard.
    product_issue|negative|The mobile cover you sent is of very cheap quality, colour is fading in one week only. Not expected from your brand.
    product_issue|neutral|The mobile cover colour is slightly different than shown in the picture. Can I exchange it for the black one?
    refund_request|negative|I have requested refund 10 days back, till now not received. Every time customer care says wait 3 days. Worst service.
    payment_issue|neutral|Paid through net banking but the order status shows payment failed. Amount is debited. Txn id NB88120.
    order_issue|negative|Yo, y'all really shipped me one shoe? One?? 😂 I can't even
    order_issue|neutral|Hey, y'all sent one shoe instead of a pair lol. Can you ship the other one?
    order_issue|positive|Y'all are awesome, the package came super fast and the hoodie is fire 🔥 thanks!!
    product_issue|negative|This blender is straight trash, smoking after one smoothie. Want my money back.
    technical_issue|neutral|hey, the promo code box doesn't show up on mobile, only desktop
    general_inquiry|neutral|hey do you guys ship to Canada? and how much
    order_issue|neutral|Ordered on behalf of my company, PO number 4471 must appear on the delivery note. Can you check it's there?
    order_issue|negative|The delivery note is missing our PO number AGAIN, so our accounts department rejected it AGAIN. Please get this right.
    order_issue|neutral|Our restaurant order of 20 chairs came with 18. Invoice says 20. Please advise.
    order_issue|negative|18 chairs instead of 20, the night before our opening. You've put us in a really difficult position.
    product_issue|neutral|Tested the 3 projectors, one shows a yellow tint on the left side of the image. Serial PJ-88102.
    payment_issue|neutral|We're a registered charity, could our orders be invoiced without VAT? I can send our certificate.
    -|neutral|Let me check with my husband and get back to you.
    -|neutral|It's the one with the grey handle.
    -|neutral|I'm free any day after 4pm.
    -|neutral|No rush.
    -|neutral|Here's a screenshot of the error.
    -|neutral|I don't have the receipt anymore, only the bank statement.
    -|neutral|Would a photo of the label help?
    -|neutral|Actually, never mind, found it in the garage.
    -|neutral|Does that mean I need to send it back first?
    -|neutral|Right, and how long will that take?
    -|negative|Right, so basically nothing is going to happen.
    -|negative|You said 48 hours. It's been 96.
    -|negative|So I'm just supposed to wait forever?
    -|negative|I've been more than patient.
    -|negative|I want to make a formal complaint.
    -|negative|Pathetic.
    -|negative|Nobody cares, clearly.
    -|negative|Not happy at all with this answer.
    -|negative|Ugh, seriously?! 😡
    -|positive|Oh brilliant, thank you so much for chasing that up!
    -|positive|Lovely, you've been a great help.
    -|positive|That's very generous, thank you!
    -|positive|Thank you for the apology and the voucher, much appreciated.
    -|positive|Cheers, that's grand!
    -|positive|Thanks heaps, all good now 😊
    -|neutral|Okay, noted, thanks.
    -|neutral|Thanks, I'll wait for the email.
    -|neutral|Alright, I'll try again tomorrow then.
    product_issue|negative|Nice that the speaker is waterproof. Shame it doesn't survive a light drizzle.
    product_issue|negative|Love paying £200 for a coffee machine that leaks all over my counter every morning.
    order_issue|negative|Oh good, another "sorry for the inconvenience" email. That'll get my parcel here.
    refund_request|negative|Thanks so much for refunding me... 3 pence. Really generous.
    payment_issue|negative|Thanks for charging me twice, very kind of you.
    technical_issue|negative|Love the new "feature" where the app forgets my basket every time I close it.
    account_issue|negative|Fantastic, locked out again. My favourite hobby.
    order_issue|positive|The order was a few days late but honestly the quality makes up for it, I'm thrilled. Thank you!
    product_issue|positive|The chair took a while to assemble but it's super comfy and looks great, really happy with it!
    refund_request|positive|The return took a bit longer than I'd like, but your team kept me informed and it was all fine in the end. Thank you!
    payment_issue|positive|There was a hiccup with the payment but your team fixed it in minutes, thanks so much!
    technical_issue|positive|Had a small glitch with the app but your support sorted it straight away, you're great!
    order_issue|negative|I'm sure you get lots of messages, but I've been waiting three weeks and nobody's replied once. Not acceptable.
    product_issue|neutral|Thanks for the quick delivery. The drawer handle was loose when I unpacked it, is there a spare screw I can get?
    order_issue|neutral|Thank you for your reply. I've checked with my neighbours and nobody has the parcel. What can we do next?
    refund_request|neutral|Thanks for your email. I've now sent the item back, the receipt number is 44-8820.
    payment_issue|neutral|Thanks for getting back to me. The charge is still showing as pending, should I wait a few more days?
    account_issue|neutral|Thank you. I've tried the link but it still says the token is invalid.
    order_issue|neutral|Sorry to bother you again, but is there any news on order 10293?
    order_issue|negative|Sorry to bother you again, but this is the fifth time I'm asking and I'm really at the end of my rope.
    order_issue|neutral|The parcel was delivered to the wrong flat, number 12 instead of 21. The neighbour has kindly given it to me, just letting you know for your records.
    order_issue|neutral|My order arrived with water damage on two of the boxes. The contents look fine but I wanted to report it.
    order_issue|neutral|I haven't received order 81190 and the tracking hasn't updated in 11 days. Could you send a replacement or refund?
    order_issue|neutral|The delivery driver asked me to sign for 3 parcels but only handed over 2.
    order_issue|neutral|The item I received is used, there are scratches and someone's hair in the box. Order 40021.
    order_issue|neutral|I ordered 6 bottles of olive oil and 2 arrived broken, the others are fine. Photos attached.
    order_issue|negative|Used item sold as new, with someone else's hair in the box. Disgusting.
    order_issue|negative|I can't believe I have to write again about the same parcel.
    order_issue|negative|I'm honestly shocked by how badly this has been handled.
    order_issue|negative|Is anybody actually working there? Three emails, zero replies.
    order_issue|negative|The amount of time I've wasted on this order is unreal.
    order_issue|positive|Order arrived in perfect condition, my wife is over the moon with her present. Thank you for making it so easy!
    order_issue|positive|Just received the replacement, thank you so much for sorting it out so kindly. Much appreciated!
    order_issue|positive|You've been so helpful with the delivery mix-up, thank you. Finally got everything today!
    product_issue|neutral|The kettle switched itself off mid-boil twice today. It's three weeks old.
    product_issue|neutral|A seam on the left sleeve of the coat has come undone after a few wears.
    product_issue|neutral|The battery pack got very hot while charging and now won't turn on. I've unplugged it and put it outside.
    product_issue|neutral|My smart plug stopped responding after the router reboot and doesn't show up in the app anymore.
    product_issue|neutral|The cot mattress is 2 cm shorter than the cot itself, leaving a gap at the end. Is that right for this model?
    product_issue|negative|A battery pack that overheats and dies? That's a fire hazard and you're selling it. Shocking.
    product_issue|negative|Honestly expected more from you. The quality has really gone downhill.
    product_issue|negative|Why does nothing you sell last more than a month anymore?
    product_issue|negative|Zero stars if I could.
    product_issue|positive|Still using the slow cooker I bought from you in 2015, it's a legend! Do you sell a replacement lid?
    product_issue|positive|The rain jacket kept me bone dry on a week in Scotland, brilliant! The hood toggle snapped though, can I get a new one?
    product_issue|positive|Amazing mattress, best sleep in years, thank you!
    product_issue|positive|Kids adore the play tent, thank you! It's been up in the lounge for a week now 😂
    payment_issue|neutral|The invoice shows 20% VAT but I'm ordering from Jersey, should VAT apply?
    payment_issue|neutral|My card statement shows the payment to a company called "CMRC Ltd". Is that you?
    payment_issue|neutral|I'd like to pay the remaining balance on my order, where can I do that?
    payment_issue|negative|Another failed payment, another email telling me it's my fault. It isn't.
    payment_issue|negative|I've been waiting 3 weeks for you to return a double charge. Is this a bank or a shop?
    payment_issue|positive|Thank you for waiving the late fee, that was really kind given the circumstances.
    refund_request|neutral|I received a refund of £34 but the order was £43. Perhaps the digits were swapped?
    refund_request|neutral|Is it possible to return just the cushion covers from the bundle?
    refund_request|neutral|My return parcel was marked as delivered to your warehouse on the 4th, nothing since.
    refund_request|negative|Why do I have to chase you for my own money?
    refund_request|negative|Return accepted, refund "issued", money nowhere. Classic.
    refund_request|positive|Brilliant customer service, the refund was issued the same day I returned it. Thanks!
    account_issue|neutral|I no longer have access to the phone number on my account, how can I verify my identity instead?
    account_issue|neutral|I want to close my account but there's an order still in progress. Can I do both?
    account_issue|negative|You emailed my order confirmation to a complete stranger. How is that even possible?
    account_issue|positive|The new login with a code is so much easier, thanks!
    technical_issue|neutral|The basket shows 3 items but the checkout only lists 2.
    technical_issue|neutral|The live chat window closes itself after about 30 seconds.
    technical_issue|neutral|The site says my session timed out every time I get to the delivery step.
    technical_issue|negative|I gave up on the app and tried the website. Also broken. Impressive consistency.
    technical_issue|negative|The chat closes before anyone answers. Convenient for you, I suppose.
    general_inquiry|neutral|Can I collect a click and collect order on behalf of my partner?
    general_inquiry|neutral|What is the weight limit of the hammock?
    general_inquiry|neutral|Are gift cards valid in all your stores and online?
    general_inquiry|positive|Hi! I just discovered your brand and I'm obsessed 😍 Is there a size guide for the dresses?
    general_inquiry|positive|Your Christmas windows are stunning this year, well done! Are the baubles for sale?
    other|neutral|Hello, can you confirm whether your company is still trading? Your phone line just rings out.
    other|negative|Your competitor answers in an hour. You take a week. Think about that.
    other|positive|Just want to thank Ahmed from your customer team, he was incredibly patient with my dad on the phone.
    -|neutral|ok, I'll wait for the courier then
    -|neutral|It should be under my wife's name, Claire.
    -|neutral|Sorry for the late reply, I was away.
    -|neutral|Same problem as last time.
    -|negative|Same problem as last time. And the time before.
    -|neutral|I have the box still.
    -|neutral|Could you send the label to this email?
    -|neutral|Not yet.
    -|negative|Not yet. Obviously.
    -|neutral|Yes, it's still sealed.
    -|neutral|I'll be at work, can they leave it in the porch?
    -|positive|You lot are great, thanks!
    -|positive|That's so helpful, thanks for explaining!
    -|positive|Cheers Tom, legend.
    -|positive|Thank you, I really appreciate you taking the time.
    -|negative|Again, WHEN?
    -|negative|Enough is enough.
    -|negative|Unreal. Absolutely unreal.
    -|negative|I've heard that before.
    -|negative|You're not listening.
    -|negative|Waste of time.
    order_issue|neutral|hi just wondering when my order will ship, thx
    order_issue|neutral|hey the tracking link in the email doesnt work
    order_issue|negative|ur tracking link doesnt work, ur phone line doesnt work, nothing works lol
    product_issue|neutral|hi the charger cable is too short for my desk, is there a longer one
    product_issue|negative|charger stopped working after like 4 days, rly annoyed
    payment_issue|neutral|wait why did i get charged again
    payment_issue|negative|why tf did i get charged again?? i cancelled
    refund_request|neutral|can i get my money back if i dont like it
    refund_request|negative|just give me my money back already
    account_issue|neutral|cant log in, says wrong password but its right
    account_issue|negative|cant log in AGAIN, this is the 3rd time this week ffs
    technical_issue|neutral|app wont load past the splash screen on my ipad
    technical_issue|negative|app is trash, wont even open 🙄
    order_issue|neutral|Morning! Order 30021, it says delivered to "front door" but there's nothing there. Could you check with the driver? Cheers
    order_issue|negative|Morning. Order 30021. "Delivered to front door". There's nothing at my front door. Third time this has happened with your couriers. I'm fed up.
    order_issue|positive|Morning! Order 30021 found, it was behind the bins 😂 sorry for the panic and thanks for the quick reply!
    product_issue|neutral|Dear support, the display of my oven (model OV-60) shows "F3" and the oven won't heat. I've switched it off at the mains for an hour. Could you advise? Regards, Neil Carter
    product_issue|negative|Dear support, the oven has now failed for the third time in four months. Each repair visit has been late and nobody has been able to explain the fault. I'm running out of patience and want a replacement. Neil Carter
    product_issue|positive|Dear support, the engineer came this morning and the oven works perfectly. He was punctual, polite and explained everything. Please pass on my thanks. Neil Carter
    payment_issue|neutral|Hi team, my invoice for order 88201 shows the old company address. Could you issue a corrected one to 22 Mill Lane, Derby DE1 3AB? Thanks, Sunita
    refund_request|neutral|Hello, I returned the boots on Monday. I've attached the proof of postage. Could you confirm when the refund will be processed? Many thanks, Owen
    refund_request|positive|Hello, refund received this morning, thanks for your help with the return, smooth from start to finish! Owen
    account_issue|neutral|Hi, I'd like to opt out of personalised recommendations. Is there a setting for that?
    order_issue|neutral|My order says "awaiting stock" even though the product page said it was available. When do you expect the stock?
    order_issue|negative|"Awaiting stock" after telling me it was available. Why take orders for things you don't have?
    product_issue|neutral|The bookshelf arrived with one shelf bowed in the middle. Is it safe to use or should I request a new shelf?
    product_issue|neutral|The duvet cover has a pulled thread near the buttons. It's only noticeable up close.
    technical_issue|neutral|The order confirmation email says £0.00 for every item. The card was charged correctly.
    refund_request|neutral|I've been refunded for the wrong item, I returned the blue lamp, not the white one.
    payment_issue|neutral|The checkout added a second delivery charge when I edited my basket.
    order_issue|neutral|Hello, the tracking shows my parcel was handed to the building manager, but he's away until Monday. Is there another way to get it sooner?
    order_issue|neutral|My parcel left the warehouse on Friday and the tracking hasn't moved since. Is that a normal delay for Cornwall?
    order_issue|neutral|The lampshade arrived but the base wasn't in the box.
    order_issue|neutral|I received the same item twice and not the cover I ordered with it. Shall I send the duplicate back?
    order_issue|neutral|Could the delivery be between 12 and 2? I'm only home at lunchtime.
    order_issue|neutral|The tracking says "returning to sender" and nobody contacted me. Could you reship it please?
    order_issue|neutral|No tracking number yet for order 20457, placed five days ago.
    order_issue|negative|Five days, no tracking number, no email, nothing. Have you even shipped anything?
    order_issue|negative|I genuinely don't understand how you lose a parcel this big. It's baffling.
    order_issue|negative|Customer since 2015 and I've never been treated this badly.
    order_issue|negative|The driver signed for it himself. Are you kidding me? I never had that parcel in my hands.
    order_issue|negative|"Please be patient." I have been patient for a month. Enough.
    order_issue|negative|What a let-down. Your service used to be excellent, now it's chaos.
    order_issue|negative|Another damaged parcel, the third this year. What do you pack things in, newspaper?
    order_issue|negative|If I don't hear back within 48 hours, I'm posting a detailed review on Trustpilot.
    order_issue|positive|Hi, just wanted to say thank you: parcel arrived this morning, beautifully packed, nothing to fault. Have a lovely day!
    order_issue|positive|Got it! Thanks for the speed, and thanks to the driver who kindly waited while I came downstairs.
    order_issue|positive|So happy, the order arrived just in time for my son's birthday. Thank you so much!
    product_issue|neutral|The hand blender smells hot after a minute of use. Is that normal at first?
    product_issue|neutral|The trousers have a small tear by the back pocket, visible as soon as I unpacked them.
    product_issue|neutral|The sofa bed squeaks when we open it. Should the mechanism be greased?
    product_issue|neutral|My e-reader is frozen on the home screen. I've tried restarting it.
    product_issue|neutral|The coffee table finish leaves white rings when a glass is put on it. How should I care for it?
    product_issue|neutral|hi the controller won't charge anymore, no light when plugged in
    product_issue|negative|The e-reader died after three months. For a £150 product I think that's shameful.
    product_issue|negative|The blender smells burnt and you tell me "that's normal at first"? Don't make me laugh.
    product_issue|negative|Quality has fallen off a cliff. I used to recommend you to everyone, not anymore.
    product_issue|negative|bought this dryer 2 months ago and it makes an unbearable racket, can't take it anymore
    product_issue|positive|The bed arrived and it's stunning! Really easy to put together. Quick question: are the slats adjustable?
    product_issue|positive|Honestly the best pan I've owned, nothing sticks. Thanks for the advice on the phone!
    product_issue|positive|Delighted with the rug, the colours are even nicer than in the photos. How should I clean it?
    payment_issue|neutral|Hi, my bank shows a £1 charge from you. Is that a card check?
    payment_issue|neutral|I paid in 4 instalments but only the first one shows. Will the others be taken automatically?
    payment_issue|neutral|The basket total was £89 and I was charged £98. Could you check order 55802?
    payment_issue|neutral|evening, I paid but didn't get a confirmation, did it go through?
    payment_issue|negative|£98 instead of £89 and nobody can explain why. Not on.
    payment_issue|negative|Three emails for one invoice. Are you doing this on purpose?
    payment_issue|positive|Instalments approved in two minutes, super handy, thank you!
    refund_request|neutral|Hi, I dropped off the return at the post office on Tuesday, receipt attached. Could you keep me posted?
    refund_request|neutral|Can the refund go to a different payment method? My card has been replaced.
    refund_request|neutral|I'd like to return the armchair, it won't go up the stairs. Do you offer collection?
    refund_request|negative|A £10 voucher for an armchair I can't even use? Are you serious?
    refund_request|negative|Two months for a refund. Two months. I've never seen anything like it.
    refund_request|negative|I'm not sending anything back until you confirm a full refund in writing. I no longer trust you.
    refund_request|positive|Thanks for accepting the return without any fuss, really appreciated. I'll be back!
    account_issue|neutral|Hi, I stopped getting your confirmation emails after I changed my address in my profile.
    account_issue|neutral|My account shows 0 points although I placed three orders this month.
    account_issue|negative|My account was blocked without warning and nobody can tell me why. Kafkaesque.
    account_issue|negative|You deleted my account without my consent, with my whole order history. Unacceptable.
    account_issue|positive|Thanks, changing my email took two clicks. Very handy!
    technical_issue|neutral|Hi, the site says "session expired" every time I reach the delivery step.
    technical_issue|neutral|The discount code disappears from the basket when I change the quantity.
    technical_issue|neutral|The app has been showing every order twice since the last update.
    technical_issue|negative|Three days your site has been throwing an error at checkout. Come on.
    technical_issue|negative|Your app logs me out every two minutes, it's unbearable.
    technical_issue|positive|Well done on the new app version, it's so much faster! Just the colour filter that doesn't work.
    general_inquiry|neutral|Are your sofas made in Europe?
    general_inquiry|neutral|Do you deliver and install dishwashers?
    general_inquiry|neutral|Could you recommend a mattress for an 8-year-old?
    general_inquiry|negative|No restock info on the site or on the phone. Do you actually want to sell anything?
    general_inquiry|positive|A huge thank you for your decorating tips, I redid my whole living room thanks to you! Do you have matching lights?
    other|neutral|Hi, I'd like to suggest a partnership for my interiors blog, who should I contact?
    other|negative|Your sales rep has called me five times this week. If it continues I'll file a complaint.
    other|positive|Love your commitment to sustainability, it's why I shop with you!
    order_issue|neutral|Good day, kindly update me on the delivery status of my order 77810. It has been showing "in transit" since 4 days.
    order_issue|negative|Respected team, I am very much disappointed, my order is delayed by 10 days and no one is giving proper answer.
    product_issue|neutral|Dear team, the mixer grinder jar is leaking from the bottom. Purchased last month. Kindly advise.
    product_issue|negative|Very poor quality product, mixer stopped working in 15 days only. Totally waste of money.
    refund_request|neutral|Dear sir, I have returned the item as per your instructions. Kindly process the refund at the earliest.
    refund_request|positive|Thank you so much team, refund received. Very nice service, keep it up!
    payment_issue|neutral|Dear team, EMI option is not showing for my HDFC card. Please guide.
    order_issue|neutral|G'day, just wondering if you ship to Perth and roughly how long it takes?
    order_issue|negative|Mate, it's been three weeks. Three. This is a joke.
    order_issue|positive|Cheers legends, arrived in Brisbane in 4 days, stoked!
    product_issue|neutral|Hey, the zipper on the hoodie keeps coming undone at the bottom.
    product_issue|negative|Hoodie zipper broke day one. Not cool.
    order_issue|neutral|Hi, my order's tracking says it's at the Memphis hub since Thursday. Any idea when it'll move?
    order_issue|negative|Seriously? A week sitting in Memphis? I paid for 2-day shipping.
    order_issue|neutral|Hallo, I ordered from Germany. The parcel is at the customs since one week, what I must do?
    order_issue|negative|I am waiting since 3 weeks, every time you say next week. I am really angry now.
    product_issue|neutral|Hola, the jacket sleeves are too long for the size M, is normal for this model?
    refund_request|negative|I send back the product one month ago and no money. This is not correct, I want my money.
    -|neutral|ok thanks, have a good day
    -|neutral|Alright, I'll look at it tonight.
    -|neutral|I'll send the photos tomorrow morning.
    -|neutral|The number's on the delivery note: DN-22019.
    -|neutral|No, no change since yesterday.
    -|negative|No, still no change. As usual.
    -|neutral|Let me know if you need anything else.
    -|neutral|Kind regards.
    -|neutral|It's under my son's name, Karim.
    -|neutral|Yes, that's the right address.
    -|neutral|I don't know, I wasn't there.
    -|neutral|And the shipping costs?
    -|negative|And the shipping, did I pay for that for nothing?
    -|negative|You've told me that three times already.
    -|negative|Honestly, I've given up believing you.
    -|negative|I'm switching to another shop, simple as that.
    -|negative|Shameful.
    -|negative|Same old story.
    -|negative|Stop sending me automated messages.
    -|positive|Thanks for everything, you've been perfect.
    -|positive|Brilliant, thanks for being so quick!
    -|positive|Top, thank you so much 🙏
    -|positive|Thanks a million for your kindness.
    -|neutral|I'd rather have an exchange than a refund.
    -|neutral|Could you call me back tomorrow morning?
    -|neutral|I confirm the order.
    """

    static let french = """
    order_issue|neutral|Bonjour, ma commande 48213 est indiquée livrée hier à 14h mais je n'ai rien reçu, ni dans la boîte aux lettres ni chez le gardien. Pouvez-vous ouvrir une enquête auprès du transporteur ?
    order_issue|negative|Livré, paraît-il. Mon paillasson n'est pas au courant. Bravo.
    order_issue|neutral|Mon colis est bloqué au centre de tri de Lyon depuis mardi d'après le suivi. Y a-t-il un retard sur cette zone ?
    order_issue|negative|C'est la TROISIÈME fois que je vous écris pour savoir où est ma commande. Vous lisez vos messages ?
    order_issue|neutral|J'ai reçu une seule chaise sur les deux commandées. Le suivi n'indique qu'un colis. La seconde arrive-t-elle à part ?
    order_issue|negative|Commandé le 2, on est le 19 et toujours « en préparation ». Vous la préparez à la main ou quoi ?
    order_issue|neutral|Pourriez-vous me dire quel transporteur livre en Corse ? Je préfère savoir avant de commander.
    order_issue|neutral|Bonjour, la confirmation indique mon ancien appartement, le 4B. J'habite maintenant au 7C, même immeuble. Pouvez-vous corriger avant l'expédition ?
    order_issue|positive|Colis arrivé avec un jour d'avance et super bien emballé, merci beaucoup ! Le petit mot cadeau manquait mais franchement ce n'est pas grave.
    order_issue|negative|franchement marre de courir après cette commande. 3 semaines. pas de suivi. pas de réponse. rien.
    order_issue|neutral|commande 77102, le numéro de suivi que vous m'avez envoyé donne « introuvable » sur le site du transporteur
    order_issue|neutral|J'ai reçu la commande de quelqu'un d'autre, adressée à une Mme Lefèvre à Nantes. Que dois-je en faire ?
    order_issue|negative|Vous avez livré chez le voisin qui dit ne rien avoir reçu. J'ai payé et je n'ai rien. C'est inadmissible.
    order_issue|neutral|Le livreur a laissé un avis de passage pour retirer à La Poste, mais le bureau dit ne pas avoir le colis. Référence 6A44710.
    order_issue|neutral|Est-ce que je peux encore ajouter un article à la commande 30551 ou est-elle déjà partie ?
    order_issue|negative|Pourquoi la livraison « express » prend cinq jours ? J'ai payé 6,99 € pour ça. Je veux au minimum être remboursé des frais.
    order_issue|neutral|Bonjour, j'ai passé deux fois la même commande par erreur. Merci d'annuler la 66120 et de garder la 66119.
    order_issue|negative|Annulez. J'ai assez attendu, j'achèterai ailleurs, chez des gens qui savent expédier.
    order_issue|neutral|Le colis est « retenu en douane » depuis lundi dernier. Dois-je remplir un formulaire ?
    order_issue|positive|Je voulais juste dire que le livreur était adorable et que tout est arrivé nickel. Savez-vous quand la version bleue sera de retour ?
    order_issue|negative|Le carton était trempé et les livres sont fichus. On l'a laissé sous la pluie exprès ?
    order_issue|neutral|Le suivi dit « déposé en lieu sûr ». J'ai cherché dans le jardin, l'abri et les poubelles, rien. Où le livreur le dépose-t-il d'habitude ?
    order_issue|neutral|bjr j'ai commandé 3 tee shirts taille M, reçu 3 mais un est en L. possible d'échanger ?
    order_issue|negative|Encore une mauvaise taille. J'avais même mis une note. Vous préparez les commandes les yeux fermés ?
    order_issue|neutral|Est-il possible de livrer en consigne plutôt qu'à domicile ? Je travaille la journée.
    order_issue|neutral|Ma commande a été divisée en trois colis, j'en ai reçu deux. Le troisième ne bouge plus depuis le 12.
    order_issue|negative|Toujours pas expédié au bout de 10 jours alors que le site affichait « en stock, expédié sous 24 h ». C'est de la publicité mensongère.
    order_issue|neutral|Madame, Monsieur, je souhaiterais savoir si une livraison le samedi est possible pour la commande 81003. Cordialement, Hélène Moreau
    order_issue|negative|Madame, Monsieur, je vous ai écrit quatre fois au sujet de la commande 81003 et je n'ai reçu que des réponses automatiques. Je suis extrêmement déçue et je souhaite qu'une personne s'occupe enfin de mon dossier. Hélène Moreau
    order_issue|neutral|Canapé commandé le 3, livraison prévue le 17. Personne ne m'a appelé pour fixer un créneau. Qui dois-je contacter ?
    order_issue|negative|Créneau 8 h – 12 h. J'ai posé une matinée. Personne n'est venu, personne n'a appelé. Merci pour la journée perdue.
    order_issue|positive|Merci d'avoir remplacé la tasse cassée aussi vite, c'est vraiment apprécié ! La nouvelle est arrivée intacte.
    order_issue|neutral|Bonjour, peut-on faire suivre le colis à mon bureau ? Je ne serai pas chez moi avant le 30.
    order_issue|negative|Le cadeau d'anniversaire de mon fils n'est pas arrivé à temps. Il a pleuré. J'espère que vous êtes fiers de vous.
    order_issue|neutral|La page de commande indique « partiellement expédiée » alors que je n'ai commandé qu'un article. Ça veut dire quoi ?
    order_issue|neutral|Reçu le carton aujourd'hui : la facture mentionne un mixeur mais il y a un grille-pain dedans.
    order_issue|negative|Super, un grille-pain. J'avais commandé un mixeur. Je fais mes smoothies dedans ?
    order_issue|neutral|Je peux retirer ma commande dans votre magasin de Lille plutôt que de me la faire livrer ?
    order_issue|negative|Votre transporteur est une honte. Colis posé au milieu du trottoir, sous la pluie, avec une photo en prime.
    order_issue|neutral|Je pars à l'étranger vendredi. Si le colis n'est pas là jeudi, peut-il être gardé au dépôt ?
    order_issue|negative|Je reçois un mail « livré » avec la photo d'une porte qui n'est pas la mienne. Génial.
    order_issue|neutral|Sur la photo de livraison on voit une porte bleue, la mienne est blanche. Je pense que le colis est chez quelqu'un d'autre.
    order_issue|positive|Livraison ultra rapide, je suis bluffée. Commandé lundi, reçu mardi. Je recommanderai sans hésiter !
    order_issue|negative|Deux semaines en « paiement accepté ». Pour encaisser, par contre, vous avez été rapides.
    order_issue|neutral|je crois que j'ai mis le mauvais code postal, c'est 69007 pas 69008. commande 11902
    order_issue|negative|J'avais précisé de NE PAS laisser le colis aux voisins. Devinez où il est. Ils sont partis deux semaines en vacances.
    order_issue|neutral|Petite question : livrez-vous le dimanche en région parisienne ?
    order_issue|neutral|La date de livraison estimée recule sans cesse : le 5, puis le 8, maintenant le 11. L'article est-il vraiment en stock ?
    order_issue|negative|La date a changé trois fois. Dites-moi honnêtement si vous l'avez, ce produit.
    order_issue|neutral|Le bureau est arrivé sans les vis de montage. Le sachet marqué C manque.
    order_issue|negative|Pas de vis, pas de notice, un demi-bureau. J'en fais quoi, moi ?
    order_issue|positive|Tout est arrivé et c'est magnifique dans le salon, merci ! Juste une housse de coussin avec un fil qui dépasse, rien de grave.
    order_issue|neutral|Je voudrais annuler le deuxième article de ma commande, le coffret de bougies. Le reste peut partir normalement.
    order_issue|neutral|Bonjour, je suis à Dakar. Livrez-vous au Sénégal et en combien de temps en général ?
    order_issue|negative|J'ai payé l'express et reçu en standard. Et ce n'est pas la première fois. Arrêtez ça.
    order_issue|neutral|Le suivi indique que le colis a été retourné à l'expéditeur. Je ne l'ai pas refusé. Que s'est-il passé ?
    order_issue|negative|Retourné à l'expéditeur ?? J'étais CHEZ MOI. Personne n'a sonné. Encore une semaine à attendre. Je suis hors de moi.
    order_issue|neutral|Commande 90210 : le suivi affiche « incident ». Quel genre d'incident ?
    order_issue|neutral|Le colis est arrivé mais le carton avait été ouvert et re-scotché. Tout semble être là, je vous le signale simplement.
    order_issue|positive|Honnêtement la meilleure commande en ligne de l'année. Rapide, bien emballée, et le petit mot manuscrit, trop mignon !
    order_issue|negative|Pas de numéro de suivi, pas de nouvelles, personne au téléphone. Vous êtes une vraie entreprise ?
    order_issue|neutral|Coucou, j'ai reçu les deux lampes mais sans ampoules, l'annonce disait ampoules incluses. Vous pouvez me les envoyer ?
    order_issue|neutral|Je dois changer la date de livraison de l'armoire, le 14 ne me convient plus. Des créneaux la semaine suivante ?
    order_issue|negative|J'ai réorganisé toute ma semaine pour votre créneau et vous annulez la veille par SMS. Sérieusement ?
    order_issue|neutral|le livreur passe vers quelle heure en général ? le suivi dit juste aujourd'hui
    order_issue|negative|le suivi dit aujourd'hui. il disait aujourd'hui hier aussi. et avant-hier. 🙄
    order_issue|neutral|Pouvez-vous me confirmer que la commande est bien passée ? J'ai été débité mais je n'ai pas reçu de mail.
    order_issue|positive|Merci pour le suivi de ma commande, c'est vraiment agréable d'être tenue au courant !
    order_issue|negative|J'en ai assez d'attendre. Soit le colis est là vendredi, soit je fais opposition auprès de ma banque.
    order_issue|neutral|Colis reçu mais la vitre du cadre est fêlée. Photos jointes. Comment procède-t-on ?
    order_issue|negative|Cadre fêlé, carton cabossé, et deux semaines d'attente pour ça. Franchement pas terrible.
    order_issue|neutral|Ma commande semble perdue. Dernier scan il y a 15 jours. Quelle est la suite ?
    order_issue|neutral|Slt, ma commande 3321 est partie ? J'ai pas eu de mail
    order_issue|negative|tjr rien reçu c abusé 😤 ça fait 2 semaines
    order_issue|neutral|cmd 4411 elle est ou svp
    order_issue|negative|ou est ma commande ça fait des semaines c du foutage de gueule
    order_issue|neutral|Le transporteur dit « adresse inaccessible ». J'habite au rez-de-chaussée, pas de portail. Pouvez-vous lui transmettre mon numéro ?
    order_issue|negative|« Adresse inaccessible ». C'est une maison sur la départementale. Vos livreurs ne se donnent même pas la peine.
    order_issue|positive|Merci merci merci ! Le colis est arrivé juste à temps pour la fête 🎉
    order_issue|neutral|Bonjour, notre bureau est fermé le vendredi, la livraison pourrait-elle être décalée au lundi ?
    order_issue|neutral|Bonjour, je voudrais savoir où en est ma commande 66301. Depuis trois semaines je n'ai pas de nouvelles.
    order_issue|negative|Ma commande 66301, j'attends depuis trois semaines. À chaque appel on me dit 48 heures. Je suis fatiguée de tout ça.
    order_issue|neutral|Bonjour, pourriez-vous demander au livreur de m'appeler 30 minutes avant ? Je suis au 6e et l'interphone ne marche pas.
    order_issue|neutral|Le suivi indique « tentative de livraison » alors que j'étais là toute la journée. Pouvez-vous demander un nouveau passage demain ?
    order_issue|neutral|Juste pour info, le colis est arrivé mais une des quatre assiettes est cassée. J'aimerais en recevoir une autre.
    product_issue|neutral|L'écouteur gauche se déconnecte toutes les quelques minutes quand je marche. Y a-t-il une mise à jour ?
    product_issue|negative|Des écouteurs « premium » qui tiennent 40 minutes. La boîte annonce 8 heures. Vous vous moquez de qui ?
    product_issue|neutral|Le tiroir de la table de chevet ne ferme pas complètement, il bloque à 2 cm. Y a-t-il un réglage ?
    product_issue|neutral|La housse du fauteuil passe-t-elle en machine, et à quelle température ?
    product_issue|positive|J'adore la robe, le tissu est magnifique ! Existe-t-elle en version longue ?
    product_issue|negative|La robe ne ressemble en rien aux photos. Tissu brillant bas de gamme et les coutures lâchent déjà.
    product_issue|neutral|La bouilloire laisse des petites paillettes blanches dans l'eau. C'est du calcaire ou ça vient de l'appareil ?
    product_issue|negative|Couteaux émoussés à l'arrivée et l'un est ébréché. Pour 90 € j'attendais bien mieux.
    product_issue|neutral|Bonjour, quel chargeur faut-il utiliser pour la tablette ? Celui de la boîte a une prise anglaise.
    product_issue|neutral|L'aspirateur robot retourne à sa base au bout de cinq minutes alors que la batterie est pleine.
    product_issue|negative|Cet aspirateur robot ne sert à rien. Il se coince sous le canapé, tape dans les murs et abandonne. De l'argent jeté par les fenêtres.
    product_issue|positive|Cet aspirateur a changé ma vie, sans exagérer 😂 Une astuce pour qu'il ne se coince plus dans les franges du tapis ?
    product_issue|neutral|Le jean est étiqueté 40 mais taille plutôt comme un 38. La coupe est différente sur ce modèle ?
    product_issue|negative|Vos tailles, c'est n'importe quoi. Trois commandes, trois coupes différentes pour la même taille.
    product_issue|neutral|L'écran de la montre a un pixel mort dans le coin supérieur. Achetée il y a trois semaines.
    product_issue|negative|Deux semaines sur ce matelas et je n'ai jamais eu aussi mal au dos. « Ferme », tu parles, on dort sur une planche.
    product_issue|neutral|La machine à café affiche un voyant rouge et l'icône détartrage même après un détartrage. Modèle CM-300.
    product_issue|positive|La machine à café est géniale, on s'en sert tous les jours ! Quel détartrant conseillez-vous ?
    product_issue|negative|Six verres, deux cassés, un fêlé. Emballés comme si vous vouliez qu'ils cassent.
    product_issue|neutral|La coque ne correspond pas à l'emplacement de la caméra de mon Pixel 8, elle cache une partie de l'objectif.
    product_issue|negative|le sèche-cheveux sent le plastique brûlé dès la 2e utilisation. j'ose plus le brancher
    product_issue|neutral|La peinture de la chaise de jardin s'écaille après deux mois dehors. Est-ce couvert par la garantie ?
    product_issue|negative|Peinture qui s'écaille, traces de rouille, après un seul été. « Résistant aux intempéries », ça ne veut visiblement rien dire chez vous.
    product_issue|negative|Le babyphone a coupé deux fois cette nuit sans alarme. C'est un produit de sécurité. Je suis vraiment en colère.
    product_issue|positive|Des serviettes d'excellente qualité, toutes douces, merci ! Rétrécissent-elles beaucoup à 60 degrés ?
    product_issue|neutral|J'ai suivi la notice mais l'imprimante ne se connecte pas au wifi. Le voyant clignote trois fois en orange.
    product_issue|negative|Deux heures sur cette imprimante. Voyant orange, pas de wifi, notice inutile. J'abandonne.
    product_issue|neutral|La boîte à repas passe-t-elle au lave-vaisselle ? L'étiquette dit sans BPA mais rien sur le lave-vaisselle.
    product_issue|neutral|Mon pull bouloche après deux lavages. Y a-t-il une façon conseillée de le laver ?
    product_issue|negative|Deux lavages et le pull a l'air d'avoir dix ans. Plus jamais votre maille.
    product_issue|neutral|La plante est arrivée avec quelques feuilles jaunes. Faut-il s'inquiéter ou c'est le stress du transport ?
    product_issue|negative|La plante est arrivée morte. Pas un peu fanée : morte. Marron, sèche, cassante.
    product_issue|neutral|La fermeture de la tente s'est coincée dès la première nuit, elle ne ferme plus en bas.
    product_issue|negative|La tente a pris l'eau dès la première nuit. Duvets trempés, enfants malheureux. Merci pour rien.
    product_issue|positive|Meilleure tente qu'on ait eue, elle a tenu une vraie tempête en Bretagne ! Seul souci, un arceau tordu : puis-je en acheter un ?
    product_issue|neutral|Le revêtement de la poêle part en petites écailles au bout d'un mois. J'utilise seulement des spatules en bois.
    product_issue|negative|Antiadhésive ? Tout attache. Les œufs, les crêpes, même l'huile. Une vraie camelote.
    product_issue|neutral|Bonjour, les chaussures d'école de ma fille ont la semelle fendue après six semaines. Elle ne les porte que pour l'école.
    product_issue|neutral|Les coussins du canapé s'affaissent très vite. Peut-on remplacer le garnissage ?
    product_issue|positive|Mon mari adore la montre, merci pour ce super service ! Il lui faudrait un bracelet plus long, vous en avez ?
    product_issue|negative|Le frigo fait tellement de bruit qu'on l'entend depuis la chambre. On a payé plus cher pour le modèle « silencieux ». Une blague.
    product_issue|neutral|Quelle est la durée de garantie de la brosse à dents électrique, et faut-il le ticket ?
    product_issue|negative|Brosse à dents morte au bout de dix mois. À ce prix-là elle devrait durer des années. Très déçu.
    product_issue|neutral|c quoi le culot de l'ampoule pour le lampadaire ? E27 ou E14 ?
    product_issue|negative|L'interrupteur de la lampe m'est resté dans la main. Du plastique de pacotille. Le pire achat de l'année.
    product_issue|positive|On s'est régalés avec le puzzle à Noël, merci ! Il manquait une pièce hélas, vous pourriez en envoyer une ?
    product_issue|negative|Une notice en allemand uniquement, pour un lit de bébé. UN LIT DE BÉBÉ. Je ne vais pas deviner où vont les vis.
    product_issue|neutral|Les stores font 2 cm de moins que la fenêtre alors que j'ai commandé sur mesure. Peuvent-ils être refaits ?
    product_issue|negative|Sur mesure, qu'ils disaient. 2 cm d'écart. Mes mesures étaient justes, j'ai vérifié quatre fois.
    product_issue|neutral|Est-ce normal que le canapé neuf sente aussi fort ? L'odeur va-t-elle partir ?
    product_issue|positive|Enceinte fantastique, le son est incroyable pour sa taille ! Peut-elle se connecter à deux téléphones en même temps ?
    product_issue|neutral|La couleur est un peu plus foncée que sur le site. Je pourrais l'échanger contre le ton plus clair ?
    product_issue|negative|Roue avant de la trottinette qui se balade au bout d'une semaine, ma fille a failli tomber. Dangereux.
    product_issue|neutral|le panier de l'airfryer va au lave vaisselle ?
    product_issue|negative|Huit mois et le micro-ondes est mort. Fait pour casser, évidemment.
    payment_issue|neutral|J'ai été débité deux fois pour la commande 40417, deux montants identiques de 54,20 € sur mon relevé. Merci de rembourser le doublon.
    payment_issue|negative|ENCORE débitée deux fois. Comment c'est possible que ça se reproduise ? Je veux mon argent aujourd'hui.
    payment_issue|neutral|Ma carte est refusée au paiement mais la banque dit qu'il n'y a aucun blocage. Carte Visa.
    payment_issue|negative|Votre site a refusé ma carte cinq fois, puis a quand même pris l'argent. Système brillant.
    payment_issue|neutral|Acceptez-vous PayPal ? Je ne le vois pas dans les options.
    payment_issue|neutral|Peut-on payer en trois fois pour les commandes de plus de 200 € ?
    payment_issue|neutral|Le code BIENVENUE10 ne passe pas au paiement, il est indiqué comme invalide.
    payment_issue|negative|Votre code « bienvenue » ne fonctionne pas. Belle bienvenue.
    payment_issue|neutral|J'ai fait un virement lundi, référence 7781. La commande est toujours en attente de paiement.
    payment_issue|negative|Virement fait il y a une semaine. Toujours « en attente de paiement ». J'ai envoyé la preuve deux fois. C'est exaspérant.
    payment_issue|neutral|Le montant prélevé est 3,50 € plus élevé que le total affiché. Ce sont des frais de conversion ?
    payment_issue|negative|Des frais cachés maintenant ? Le total était de 42 €, vous avez pris 45,50 €. Expliquez-moi ça.
    payment_issue|positive|Merci d'avoir réglé le double prélèvement si vite, le remboursement est déjà sur ma carte. Service au top !
    payment_issue|neutral|Bonjour, il me faudrait une facture au nom de ma société pour la commande 20991. Société : Lumière SARL.
    payment_issue|neutral|Ma carte cadeau affiche un solde de 0 € alors que je ne l'ai pas utilisée. Numéro se terminant par 4471.
    payment_issue|negative|Carte cadeau offerte par ma mère, 50 €, maintenant à 0 € et je ne l'ai jamais utilisée. Où est passé l'argent ? C'est du vol.
    payment_issue|neutral|Apple Pay échoue à la dernière étape avec « paiement non abouti ». Essayé sur deux iPhone.
    payment_issue|neutral|Le paiement Alma de la commande 5521 a été validé mais la commande a été annulée. Alma sera-t-il prévenu ?
    payment_issue|negative|Vous continuez à débiter une carte expirée puis vous m'envoyez des menaces pour « échec de paiement ». Changez la carte comme je l'ai demandé deux fois !
    payment_issue|neutral|Le paiement est passé de mon côté mais le site a affiché une erreur. Je réessaie ou je risque d'être débité deux fois ?
    payment_issue|negative|Argent parti de mon compte il y a 4 jours, pas de commande, pas de remboursement, pas de réponse. C'est comme ça que vous traitez vos clients ?
    payment_issue|neutral|Combien de temps met un remboursement pour apparaître sur une carte Mastercard ?
    payment_issue|positive|Merci pour le paiement en plusieurs fois, ça m'a permis d'acheter le lit. Vraiment top !
    payment_issue|negative|Des prélèvements de votre société sur ma carte alors que je n'ai rien commandé depuis des mois. Je préviens ma banque.
    payment_issue|neutral|La promo annonçait -20 % sur tout mais seulement -10 % ont été appliqués à mon panier. Il y a des exclusions ?
    payment_issue|negative|-20 % sur « tout », sauf apparemment tout ce que je voulais. Trompeur comme d'habitude.
    payment_issue|neutral|Pourriez-vous m'envoyer une copie du justificatif de la commande 70114 ? J'en ai besoin pour mes notes de frais.
    payment_issue|negative|Code étudiant qui ne marche pas, chat qui ne marche pas, mails sans réponse. Qu'est-ce qui marche chez vous ?
    payment_issue|neutral|Peut-on utiliser deux cartes cadeaux sur une même commande ?
    payment_issue|neutral|Le paiement demande un code 3D Secure mais le SMS de ma banque n'arrive jamais.
    payment_issue|negative|Des « frais de service » qui apparaissent à la dernière étape. Pratique douteuse, je vais le signaler dans mon avis.
    payment_issue|positive|Votre équipe a été tellement aidante pour la facture, merci Sarah ! Tout est réglé pour notre comptable.
    payment_issue|negative|Arrêtez de m'envoyer des relances pour une commande PAYÉE. Je vous ai envoyé la preuve trois fois.
    payment_issue|neutral|Bonjour, le paiement a été pris mais la commande est annulée. Quand l'argent reviendra-t-il ?
    payment_issue|neutral|On m'a prélevé 89,99 € pour un abonnement que je pensais avoir résilié en mars. Vous pouvez vérifier ?
    payment_issue|negative|Vous m'avez prélevé un abonnement résilié en mars. Remboursez-le tout de suite ou je passe par ma banque.
    payment_issue|negative|Même votre bon d'excuse ne fonctionne pas. À ce stade, ça en devient presque drôle.
    payment_issue|neutral|slt j'ai payé par paypal et j'ai été débité 2x, capture en pj
    refund_request|neutral|Je voudrais retourner le manteau gris, il est trop grand. Commande 38816. Comment obtenir l'étiquette de retour ?
    refund_request|negative|J'ai renvoyé le manteau le 2. On est le 28. Aucun remboursement. C'est si long d'appuyer sur un bouton ?
    refund_request|neutral|Merci de rembourser la commande 52002, l'article est arrivé cassé. Photos jointes.
    refund_request|negative|Je veux un remboursement intégral. Le produit est cassé, le service inexistant, et je ne renverrai rien à mes frais.
    refund_request|neutral|Bonjour, les chaussures ne vont pas, puis-je les échanger contre du 41 au lieu d'être remboursée ?
    refund_request|neutral|Le remboursement de la commande 61440 apparaît comme effectué chez vous mais ma banque n'a rien reçu. Ça fait 7 jours ouvrés.
    refund_request|negative|« Effectué » il y a 14 jours et toujours pas d'argent. Arrêtez de me dire que c'est la banque.
    refund_request|positive|Remboursement reçu, tout s'est passé super bien, merci beaucoup ! Je recommanderai chez vous.
    refund_request|neutral|Peut-on retourner un article soldé ? Le site dit que les soldes ne sont ni repris ni échangés mais la confirmation parle de 30 jours.
    refund_request|negative|Retour refusé à cause d'un pli sur la boîte. C'est une boîte. Le produit est intact. Ridicule.
    refund_request|neutral|J'ai renvoyé deux articles mais un seul a été remboursé. Référence retour R-22918.
    refund_request|negative|Remboursé à moitié. Deux articles renvoyés, un seul remboursé. Il faut tout prouver deux fois avec vous ?
    refund_request|neutral|Le délai de retour est de 14 jours. J'étais hospitalisée trois semaines. Une exception est-elle possible ?
    refund_request|neutral|Je voudrais annuler ma commande et être remboursé, je l'ai trouvée moins chère ailleurs.
    refund_request|negative|Annulé une heure après la commande et vous l'avez quand même expédiée. Maintenant je dois la renvoyer. Pas du tout satisfait.
    refund_request|neutral|Le retour est-il gratuit ou dois-je payer l'envoi ?
    refund_request|negative|Me faire payer 7,50 € pour retourner un article défectueux ? Le défaut, c'est vous, pas moi.
    refund_request|positive|Merci pour le remboursement et pour votre compréhension après ce malentendu. C'est vraiment gentil.
    refund_request|neutral|Le transporteur a récupéré mon retour lundi, numéro de suivi RT8821. Pouvez-vous me confirmer la réception ?
    refund_request|negative|Le remboursement est inférieur de 12 € à ce que j'ai payé et personne ne sait pourquoi. Réglez ça.
    refund_request|negative|Un avoir ? Je ne veux pas d'avoir d'une boutique qui a perdu deux fois ma commande. Rendez-moi mon argent.
    refund_request|neutral|Je souhaite retourner le support d'ordinateur, pas ouvert. Quelle est l'adresse pour les retours ?
    refund_request|negative|J'ai rempli votre formulaire de retour trois fois, il plante à chaque fois. Je vais faire une opposition bancaire.
    refund_request|positive|Vraiment reconnaissante que vous m'ayez aussi remboursé les frais de port, c'était inattendu et très sympa !
    refund_request|negative|On m'a promis un remboursement au téléphone mardi dernier. Rien. À partir de maintenant j'enregistre les appels.
    refund_request|negative|Si mon remboursement n'est pas là lundi, je saisis la répression des fraudes. Je ne plaisante pas.
    refund_request|neutral|Je préférerais un remboursement partiel pour la table rayée plutôt que de la renvoyer, elle est très lourde.
    refund_request|negative|5 € de geste commercial pour une table avec une entaille sur tout le plateau ? C'est insultant.
    refund_request|positive|Vous êtes les meilleurs, remboursé en 24 h. Merci mille fois !
    refund_request|negative|L'étiquette ne marche pas, le point relais n'existe plus et personne ne répond. Je suis censé renvoyer ça comment ?
    refund_request|neutral|J'ai changé d'avis pour le tapis, il est encore dans son emballage. Je peux le renvoyer ?
    refund_request|negative|Remboursement refusé pour « article utilisé ». J'ai ouvert la boîte pour vérifier la couleur. Politique absurde.
    refund_request|neutral|Comment retourner un article reçu en cadeau ? Je n'ai pas le numéro de commande.
    refund_request|negative|Vous avez envoyé mon remboursement sur une carte résiliée alors que je vous avais prévenu. Et maintenant ? Bravo l'écoute.
    refund_request|positive|Merci encore d'avoir accepté le retour malgré mes quelques jours de retard. C'est très aimable.
    account_issue|neutral|Je n'arrive pas à me connecter, on me dit que mon adresse mail n'existe pas alors que j'ai déjà commandé avec.
    account_issue|negative|Votre site prétend que mon mail n'est pas inscrit. J'ai dépensé des centaines d'euros chez vous. Réparez votre système.
    account_issue|neutral|Comment je change mon mot de passe ? Je ne trouve pas l'option dans l'appli.
    account_issue|neutral|Merci de supprimer mon compte et toutes les données personnelles associées. Adresse : j.dubois@exemple.fr
    account_issue|negative|J'ai demandé la suppression de mon compte il y a un mois. Je reçois toujours vos mails. C'est une violation du RGPD, je vais saisir la CNIL.
    account_issue|neutral|Le mail de réinitialisation arrive dans les indésirables et le lien est expiré quand je clique.
    account_issue|negative|Cinq mails de réinitialisation, cinq liens expirés. C'est un test de patience ?
    account_issue|neutral|Mon carnet d'adresses contient l'adresse de quelqu'un d'autre, je n'ai jamais habité à Rennes.
    account_issue|negative|Il y a le nom et l'adresse d'un inconnu dans MON compte. Mes données sont en sécurité chez vous, vraiment ? Très inquiétant.
    account_issue|positive|Merci d'avoir débloqué mon compte aussi vite, vous êtes au top !
    account_issue|neutral|Je voudrais modifier mon numéro de téléphone mais le champ est grisé.
    account_issue|negative|Pas de code, pas d'accès, personne pour m'aider. Ça fait trois jours que je suis bloquée hors de mon propre compte.
    account_issue|neutral|Où puis-je voir mon solde de points fidélité ?
    account_issue|negative|Mes 3 400 points ont expiré sans le moindre mail d'avertissement. Vous m'envoyez 5 promos par jour mais celui-là, non ?
    account_issue|neutral|Bonjour, mon compte a été suspendu pour « activité suspecte ». J'ai juste commandé comme d'habitude. Que dois-je faire ?
    account_issue|negative|Suspendu ?! Pour un cadeau d'anniversaire ? Traiter ses clients fidèles comme des fraudeurs, c'est honteux.
    account_issue|neutral|Pouvez-vous me désabonner des SMS promotionnels ? Les mails, ça me va.
    account_issue|neutral|désabonnement svp
    account_issue|negative|DÉSABONNEZ-MOI. J'ai cliqué quatre fois sur le lien.
    account_issue|neutral|Je pense que quelqu'un a accédé à mon compte, il y a une commande que je n'ai pas passée. Commande 88031.
    account_issue|negative|Quelqu'un a commandé une télé à 600 € avec mon compte et vous l'avez envoyée dans une autre ville sans aucune vérification. Je suis furieux.
    account_issue|positive|J'adore le nouveau programme fidélité, super idée ! Petite question, les points de l'ancien programme sont-ils conservés ?
    account_issue|neutral|Bonjour, j'ai changé de nom après mon mariage. Comment le mettre à jour sur le compte ?
    account_issue|negative|Je suis déconnectée toutes les cinq minutes. Impossible de finir une commande. C'est rageant.
    account_issue|neutral|Quelles données personnelles conservez-vous sur moi ? J'en demande une copie au titre du RGPD.
    account_issue|positive|Merci pour le bon d'anniversaire, quelle jolie surprise !
    account_issue|negative|Votre « cadeau d'anniversaire » a expiré avant mon anniversaire. Quelle délicatesse.
    account_issue|neutral|Ma liste d'envies est vide depuis hier. J'avais une trentaine d'articles enregistrés.
    account_issue|negative|Liste d'envies effacée. Des mois d'articles sauvegardés. Envolés. Merci bien.
    account_issue|neutral|Les préférences de newsletter ne s'enregistrent pas, chaque case que je décoche se recoche toute seule.
    account_issue|positive|Merci Priya de m'avoir rendu l'accès à mon compte, je paniquais complètement !
    account_issue|negative|J'ai réinitialisé mon mot de passe quatre fois aujourd'hui. Quatre. Ce n'est plus de la sécurité, c'est une punition.
    account_issue|neutral|Bonjour, j'aide mon père de 82 ans, il ne se souvient plus du mail de son compte. Pouvez-vous le retrouver avec son nom et son adresse ? Merci, Catherine
    technical_issue|neutral|La page de paiement charge indéfiniment sur Safari, iOS 17.2. Sur Chrome ça marche.
    technical_issue|negative|Le paiement est cassé sur Safari depuis une semaine. Vous testez votre site, parfois ?
    technical_issue|neutral|L'appli plante quand j'ouvre l'onglet « Mes commandes ». Version 4.12.1, Samsung S22.
    technical_issue|neutral|Erreur 502 Bad Gateway sur la page de paiement, trois essais dans la dernière heure.
    technical_issue|negative|Erreur 502. Encore. À chaque promo votre site s'écroule. Lamentable.
    technical_issue|neutral|La bannière promo cache le bouton « ajouter au panier » sur mobile, impossible de cliquer dessus.
    technical_issue|negative|J'ai perdu tout mon panier quand le site a planté. 45 minutes de shopping pour rien. Plus jamais.
    technical_issue|positive|La nouvelle appli est vraiment fluide, bravo ! Un petit bug : en mode sombre le prix est invisible.
    technical_issue|neutral|La recherche ne trouve rien avec « bottes de pluie » mais fonctionne avec « bottes caoutchouc ».
    technical_issue|neutral|Le lien du mail de vérification renvoie une erreur 404.
    technical_issue|negative|« Veuillez mettre à jour l'appli. » Il n'y a pas de mise à jour. « Veuillez mettre à jour l'appli. » Boucle infinie, super conception.
    technical_issue|neutral|Les images des fiches produit ne s'affichent pas sur mon ordinateur, juste une roue qui tourne. Navigateur Edge.
    technical_issue|negative|Votre site est tellement lent qu'il est inutilisable. 30 secondes par page. En 2026.
    technical_issue|neutral|Quand je filtre sur « taille 38 », il m'affiche du 34 au 46.
    technical_issue|positive|Merci à votre équipe technique, l'appli marche parfaitement maintenant. Énorme progrès depuis la semaine dernière !
    technical_issue|neutral|Impossible de joindre une photo dans le formulaire de retour, le bouton ne réagit pas.
    technical_issue|negative|Bouton d'envoi cassé, chat cassé, ligne téléphonique fermée. Il y a quelque chose qui marche chez vous ?
    technical_issue|neutral|Les mails de confirmation arrivent avec une mise en page cassée, on ne voit que du code.
    technical_issue|negative|Le champ adresse refuse ma vraie adresse. Apparemment ma maison n'existe pas. Cool.
    technical_issue|neutral|Après connexion je suis renvoyée à l'accueil et de nouveau déconnectée.
    technical_issue|negative|Je suis malvoyante et votre nouveau site est impossible à utiliser avec un lecteur d'écran. Vraiment décevant.
    technical_issue|neutral|Le site affiche « rupture de stock » mais l'appli indique 3 restants. Qui a raison ?
    technical_issue|neutral|Bonjour, quand j'essaie d'acheter une carte cadeau, la page de paiement renvoie « erreur 1004 » après la saisie de la carte. Essayé sous Chrome et Firefox. Pouvez-vous regarder ? Merci, Benoît
    technical_issue|negative|Bonjour, j'ai passé une bonne partie de la soirée à essayer d'acheter une carte cadeau. Erreur à chaque fois, trois pré-autorisations sur ma carte, et votre chat est « indisponible ». Franchement je me demande pourquoi je m'acharne. Benoît
    general_inquiry|neutral|Quels sont les horaires du service client le week-end ?
    general_inquiry|neutral|Avez-vous une boutique physique à Bordeaux ?
    general_inquiry|neutral|La table de salle à manger en chêne est-elle en bois massif ou en placage ?
    general_inquiry|positive|J'adore votre boutique ! Vous comptez ouvrir un magasin à Toulouse un jour ?
    general_inquiry|neutral|Proposez-vous l'emballage cadeau, et combien ça coûte ?
    general_inquiry|neutral|Quelle est la différence entre le blender Classic et le Pro ?
    general_inquiry|neutral|Peut-on commander par téléphone ? Ma mère n'utilise pas internet.
    general_inquiry|negative|J'ai demandé deux fois si vous livrez en Guadeloupe et personne ne m'a répondu. C'est une question simple.
    general_inquiry|neutral|Vous alignez-vous sur les prix des concurrents ?
    general_inquiry|positive|Votre service client a toujours été formidable. Je voulais savoir s'il existe une carte de fidélité pour les magasins ?
    general_inquiry|neutral|Bonjour, je prépare une grosse commande pour nos bureaux (une quarantaine de chaises). Avez-vous des tarifs professionnels ? Bien à vous, Thomas
    general_inquiry|neutral|ça veut dire quoi « précommande » exactement, je suis débité quand ?
    general_inquiry|neutral|Les bougies sont-elles vegan ?
    general_inquiry|negative|Pourquoi le prix « soldé » est plus élevé que le prix de la semaine dernière ? Vous nous prenez pour des idiots.
    general_inquiry|neutral|Le canapé existe-t-il dans un vert plus foncé ?
    general_inquiry|positive|Des produits tellement beaux, je suis fan ! Faites-vous des collaborations avec des artisans locaux ?
    general_inquiry|neutral|Le paiement à la livraison est-il possible pour Abidjan ?
    general_inquiry|negative|On m'a dit au téléphone qu'on me rappellerait pour le stock. Trois jours après, rien. Classique.
    general_inquiry|neutral|Les dimensions indiquées sur le site comprennent-elles les pieds ?
    general_inquiry|neutral|Le tapis est-il compatible avec un plancher chauffant ?
    general_inquiry|positive|Un grand merci pour les recettes de votre newsletter, j'ai déjà fait deux fois le cake au citron ! Vendez-vous le moule utilisé ?
    general_inquiry|negative|40 minutes d'attente au téléphone juste pour une question de stock. C'est normal chez vous ?
    other|neutral|Bonjour, je suis journaliste et j'écris sur la déco responsable. À qui puis-je m'adresser au service presse ?
    other|neutral|Vous recrutez pour l'entrepôt de Chartres ?
    other|positive|Je voulais juste dire que votre livreur Karim a été formidable aujourd'hui, il a aidé mon père âgé à monter le carton. Merci de lui transmettre !
    other|negative|Votre livreur a été grossier avec ma femme et s'est garé devant notre portail pendant 20 minutes. Comportement inacceptable.
    other|neutral|Nous sommes un petit atelier de céramique et aimerions vendre sur votre marketplace. Qui s'occupe des nouveaux fournisseurs ?
    other|positive|Merci pour le don à la kermesse de l'école, les enfants ont adoré les lots !
    other|neutral|Merci de ne plus envoyer de catalogues papier à cette adresse, l'ancien locataire a déménagé.
    other|negative|Arrêtez de m'appeler. J'ai dit non à vos offres quatre fois. Retirez-moi de votre liste.
    other|neutral|Ce mail est-il authentique ? J'ai reçu un message de « votre » société pour un prétendu gain.
    other|negative|Quelqu'un fait tourner un faux site avec votre logo et j'ai perdu de l'argent. Pourquoi vous ne prévenez pas vos clients ?
    other|neutral|J'ai trouvé un téléphone dans une cabine d'essayage de votre magasin de Nantes hier, à qui dois-je le remettre ?
    other|positive|Félicitations pour l'ouverture du nouveau magasin, il est superbe ! On a passé un super après-midi.
    other|neutral|Pouvez-vous me donner l'adresse du siège pour un courrier recommandé ?
    other|neutral|Pardon, je me suis trompé de conversation.
    other|positive|Petit mot pour dire que l'équipe de votre boutique d'Annecy est adorable. Ça m'a fait ma journée.
    other|negative|Le responsable de votre magasin de Reims a crié sur mon fils devant tout le monde. J'attends des excuses.
    -|neutral|toujours rien ?
    -|negative|toujours rien. encore.
    -|neutral|ok
    -|neutral|d'accord, c'est noté
    -|positive|ok merci beaucoup, c'est parfait !
    -|neutral|??
    -|negative|????? allô ??
    -|neutral|des nouvelles ?
    -|negative|Des nouvelles ? Ou c'est trop demander ?
    -|neutral|C'est la commande 34551.
    -|neutral|Le mail est le même que celui avec lequel je vous écris.
    -|positive|Super, merci !!
    -|positive|Vous êtes un ange, merci Julie.
    -|positive|Bien reçu, merci beaucoup c'est top 👍
    -|neutral|Merci, j'attends alors.
    -|neutral|Merci d'avance.
    -|neutral|Oui s'il vous plaît.
    -|neutral|Non, c'était la grande taille.
    -|negative|Non. Ça ne répond pas du tout à ma question.
    -|negative|J'ai déjà envoyé les photos. Deux fois.
    -|neutral|Photos en pièce jointe.
    -|negative|Vous êtes un robot ? Je veux parler à un humain.
    -|neutral|Est-ce que je peux plutôt parler à quelqu'un au téléphone ?
    -|negative|Laissez tomber, je vais voir avec ma banque.
    -|neutral|Je vérifie avec ma banque et je reviens vers vous.
    -|positive|Parfait, c'est exactement ce qu'il me fallait. Merci pour votre patience !
    -|neutral|Vendredi matin, ça me va.
    -|neutral|Pardon, je voulais dire la commande 55102, pas 55120.
    -|negative|Encore des réponses copiées-collées. Lisez ce que j'écris.
    -|positive|Génial, tout est réglé. Bon week-end à vous !
    -|neutral|Bien reçu, merci.
    -|negative|Reçu. Cassé. Encore.
    -|neutral|bonjour ?
    -|negative|bonjour ??? y a quelqu'un ???
    -|neutral|Bon, je le renvoie alors.
    -|negative|Bon. Tant pis. Je ne commanderai plus.
    -|positive|Oh c'est trop gentil, merci !
    -|neutral|Quel est le numéro de ma réclamation ?
    -|negative|Une semaine pour une réponse. Sérieusement.
    -|neutral|Très bien, et ensuite ?
    -|neutral|Quelle adresse dois-je utiliser ?
    -|positive|Merci beaucoup, vous m'avez vraiment bien aidée aujourd'hui 😊
    -|neutral|Compris.
    -|negative|Compris, mais je ne suis toujours pas content.
    -|negative|Je ne paierai pas le retour, c'est non négociable.
    -|neutral|ok je fais ça
    -|positive|trop bien merci beaucoup ❤️
    -|negative|merci pour rien hein
    -|neutral|Vous pouvez me le confirmer par mail ?
    -|negative|C'est ce que vous m'avez dit la semaine dernière.
    -|positive|Enfin arrivé et c'est parfait, merci d'avoir relancé !
    -|negative|Vous avez clôturé mon dossier sans rien résoudre. Rouvrez-le.
    -|neutral|ok d'acc
    -|positive|Nickel, merci !
    -|negative|incroyable, vraiment
    -|negative|C'est une blague ?
    -|positive|Merci pour la réponse rapide, c'est apprécié !
    -|neutral|J'essaie ce soir et je vous dis.
    -|negative|Déjà essayé. Ça ne marche pas. Comme je vous l'ai dit.
    -|neutral|Ça a marché après redémarrage, merci.
    -|positive|Ça marche ! Vous êtes un génie, merci !
    -|negative|Pourquoi faut-il tout expliquer trois fois ?
    -|neutral|Rappelez-moi au 06 12 34 56 78 s'il vous plaît.
    -|negative|Rappelez-moi comme promis. Il y a deux jours.
    -|neutral|Pas de souci.
    -|positive|Aucun souci, merci pour votre aide !
    -|negative|Trois conseillers, trois réponses différentes. Laquelle est la bonne ?
    -|positive|Mille mercis, vous avez sauvé mon week-end !
    -|neutral|D'accord, prévenez-moi quand c'est expédié.
    -|negative|D'accord... et quand exactement ? Vous m'avez dit ça lundi.
    -|neutral|bonjour, je relance mon message d'hier
    -|negative|je relance ENCORE mon message de la semaine dernière
    -|neutral|Je voulais juste vérifier que vous avez bien reçu mon dernier mail.
    -|neutral|Je vois avec mon mari et je reviens vers vous.
    -|neutral|C'est celui avec la poignée grise.
    -|neutral|Je suis dispo tous les jours après 16 h.
    -|neutral|Rien ne presse.
    -|neutral|Voici une capture de l'erreur.
    -|neutral|Je n'ai plus le ticket, seulement le relevé bancaire.
    -|neutral|Finalement laissez tomber, je l'ai retrouvé dans le garage.
    -|negative|Bref, il ne va rien se passer.
    -|negative|Vous aviez dit 48 heures. Ça en fait 96.
    -|negative|J'ai été plus que patiente.
    -|negative|Je souhaite déposer une réclamation officielle.
    -|negative|Lamentable.
    -|negative|Pfff sérieux ?! 😡
    -|positive|Oh génial, merci beaucoup d'avoir relancé !
    -|positive|C'est très généreux, merci !
    -|positive|Merci pour les excuses et le bon d'achat, c'est apprécié.
    -|neutral|Bon, je réessaierai demain alors.
    order_issue|negative|Chu tanné d'attendre mon colis, ça fait trois semaines pis personne me répond. C'est pas sérieux pantoute.
    order_issue|neutral|Allô, ma commande est marquée livrée mais je l'ai pas reçue. Est-ce que vous pouvez vérifier avec Postes Canada ?
    order_issue|negative|Ben voyons, le livreur a laissé ma boîte dans la neige. Merci ben gros.
    order_issue|positive|Wow, livré en deux jours jusqu'à Rimouski, vous êtes vraiment bons ! Merci ben gros !
    order_issue|neutral|Bonjour, est-ce que vous livrez aux Îles-de-la-Madeleine pis c'est quoi le délai ?
    order_issue|negative|Arrêtez de me niaiser avec vos « 24 à 48 heures », ça fait deux semaines.
    order_issue|negative|C'est vraiment plate, la commande devait arriver pour Noël pis elle est toujours au centre de tri.
    order_issue|neutral|Mon colis est pogné aux douanes à Montréal depuis mardi, faut-tu que je paye quelque chose ?
    order_issue|neutral|Bonjour, je voudrais savoir s'il y a moyen de changer l'adresse, je déménage le 1er juillet.
    order_issue|negative|Ça n'a aucun bon sens, trois semaines pour une paire de bottes. J'aurais dû aller au magasin.
    order_issue|neutral|Bonjour, j'ai commandé septante-cinq euros de vaisselle et le colis n'est pas encore arrivé, il est parti quand ?
    order_issue|negative|Une fois, ça va, deux fois, ça va plus. C'est la deuxième commande que je reçois incomplète. Je commence à en avoir plein le dos.
    order_issue|neutral|Le facteur a déposé un avis mais le point poste est fermé jusqu'à lundi. Savez-vous si le colis y reste assez longtemps ?
    order_issue|positive|Franchement chapeau, livré en 24 h à Namur et tout était nickel. Merci !
    order_issue|neutral|Je voudrais savoir si vous savez livrer à l'étage, c'est au troisième sans ascenseur.
    order_issue|negative|On m'a dit nonante-six heures au maximum. On en est à trois semaines. Vous vous fichez de qui ?
    order_issue|neutral|Bonjour, j'ai reçu le colis mais il manque le câble du GSM. Vous pouvez me l'envoyer ?
    order_issue|neutral|Adieu, ma commande 55012 n'est pas arrivée, vous pouvez regarder avec La Poste suisse ?
    order_issue|negative|Ça fait huitante jours que j'ai commandé, ce n'est plus du retard, c'est du mépris.
    order_issue|positive|Service impeccable, livré à Lausanne en deux jours. Merci beaucoup, service !
    order_issue|neutral|Le colis est bloqué à la douane suisse, il faut payer la TVA. Est-ce normal pour un envoi depuis la France ?
    order_issue|negative|Personne ne m'a prévenu qu'il y aurait 40 francs de frais de douane. Je trouve ça franchement limite.
    order_issue|neutral|Bonjour, je suis à Genève, est-ce que la livraison en point relais est possible en Suisse ?
    order_issue|negative|Vraiment ce n'est pas normal, j'ai payé depuis le 3 et jusqu'à présent rien. Ça me fatigue beaucoup.
    order_issue|neutral|Bonsoir, je voulais savoir ma commande est à quel niveau. Je suis à Douala.
    order_issue|negative|On dit quoi avec ma commande ? Ça fait un mois je suis là j'attends, on me dit rien. Vous n'êtes pas sérieux.
    order_issue|neutral|Bonjour, le livreur m'a appelé mais je n'étais pas là, il peut repasser demain svp ?
    order_issue|positive|Merci beaucoup, le colis est bien arrivé à Cotonou, bonne qualité, Dieu vous bénisse !
    order_issue|negative|Vous m'avez fatigué avec cette commande. Chaque jour c'est demain demain. Je veux mon argent.
    order_issue|neutral|Bonjour, je voulais savoir si vous livrez à Casablanca et combien ça coûte.
    order_issue|negative|Wallah c'est pas sérieux, trois semaines et toujours rien. Plus jamais je commande chez vous.
    order_issue|neutral|Slt, mon colis est marqué en cours de livraison depuis hier, c normal ?
    order_issue|negative|jsp ce que vous foutez mais ça fait 10 jours que c « en cours de livraison » 🙃
    order_issue|neutral|bjr jai commander un sac le 5 mai et jai tjr pas recu, cmd 8812
    order_issue|negative|jai tjr pas recu ma commande c nul vraiment nul
    order_issue|neutral|Bonjour, pouvez-vous me dire si ma commande est partie ? merci
    order_issue|neutral|bonjour commande recu mais il manque la notice du meuble
    order_issue|negative|Bonjour. Troisième relance. Commande 70331. Aucune réponse. Je commence sérieusement à perdre patience.
    order_issue|neutral|Madame, Monsieur, j'ai passé commande le 12 mars (n° 70331). Le suivi n'a pas évolué depuis le 15. Pourriez-vous vous renseigner auprès du transporteur ? Je vous remercie par avance. Bien cordialement, Paul Girard
    order_issue|negative|Madame, Monsieur, malgré mes trois courriels, la commande n° 70331 reste introuvable. Votre silence est inadmissible et je vous informe que je saisirai le médiateur de la consommation si aucune solution ne m'est proposée sous huit jours. Paul Girard
    order_issue|positive|Madame, Monsieur, je tenais à vous remercier pour la réactivité de votre service : la commande perdue a été renvoyée en 48 heures et tout est parfait. Très cordialement, Paul Girard
    order_issue|neutral|Le colis a été livré au point relais mais celui-ci me dit qu'il n'a rien. Le code de retrait est 88412.
    order_issue|negative|Le point relais dit qu'il n'a rien, vous dites qu'il est livré, et moi je n'ai toujours rien. Génial le système.
    order_issue|positive|Merci pour l'envoi rapide, ma fille était aux anges en ouvrant le carton 😍
    order_issue|neutral|Je n'ai pas reçu le mail d'expédition, est-ce que la commande est bien partie ?
    order_issue|negative|Je n'aime pas du tout qu'on me prenne pour une idiote. Le colis n'a jamais été remis, la signature n'est pas la mienne.
    order_issue|neutral|La signature sur la preuve de livraison n'est pas la mienne. Pouvez-vous vérifier avec le transporteur ?
    order_issue|negative|Je suis déçue, vraiment. Le cadeau de mariage de ma sœur est arrivé après le mariage.
    order_issue|negative|Merci de m'avoir livré un carton vide, c'est original comme concept.
    order_issue|neutral|Le carton est arrivé vide, il n'y a que du papier bulle. Commande 55300.
    order_issue|negative|MA COMMANDE ELLE EST OU ???
    product_issue|neutral|La tondeuse s'arrête au bout de quelques minutes, le voyant de batterie clignote. Elle a un mois.
    product_issue|negative|Tondeuse en panne au bout d'un mois. Pour 300 €, c'est se moquer du monde.
    product_issue|neutral|Le grille-pain ne remonte plus les tranches, il faut les sortir à la main.
    product_issue|negative|C'est de la cochonnerie, mon grille-pain a lâché après trois semaines. Pas fort pantoute.
    product_issue|positive|Le manteau est super chaud, parfait pour l'hiver québécois ! Merci, j'en suis ravie.
    product_issue|neutral|Est-ce que les bottes sont bonnes jusqu'à moins trente ?
    product_issue|neutral|La cafetière fuit un peu par le bas quand je fais plus de quatre tasses.
    product_issue|negative|La cafetière fuit partout sur le plan de travail tous les matins. J'en ai ras le bol.
    product_issue|positive|Très chouette cette lampe, elle fait son effet dans le salon. Merci une fois !
    product_issue|neutral|Le store occultant laisse passer la lumière sur les côtés, y a-t-il des caches latéraux ?
    product_issue|neutral|Le natel que j'ai reçu ne capte pas le réseau suisse, est-ce un modèle pour l'étranger ?
    product_issue|negative|Le frigo fait un bruit d'avion depuis le premier jour. Franchement, je regrette cet achat.
    product_issue|neutral|Le téléphone chauffe beaucoup quand je le charge, est-ce que c'est normal ?
    product_issue|negative|Le téléphone s'est gâté au bout de deux semaines, ça ne s'allume plus du tout. C'est quelle qualité ça ?
    product_issue|neutral|Bonjour, le chargeur que j'ai reçu ne marche pas, le téléphone ne charge pas avec.
    product_issue|positive|Le ventilateur marche très bien, avec la chaleur ici ça nous a sauvés. Merci beaucoup !
    product_issue|neutral|slt la taille du jean est trop petite, je peux echanger ?
    product_issue|negative|la qualité est vraiment nulle, le tee shirt a rétréci de 2 tailles au premier lavage 😡
    product_issue|neutral|Les chaussures taillent-elles grand ? J'hésite entre le 39 et le 40.
    product_issue|negative|Chaussures décollées après une semaine. Une semaine ! J'ai honte de les avoir offertes.
    product_issue|positive|Chaussures super confortables, j'ai marché toute la journée sans douleur. Bravo !
    product_issue|neutral|Bonjour, l'aspirateur perd de la puissance, j'ai nettoyé le filtre mais rien n'y fait.
    product_issue|negative|J'ai nettoyé le filtre, vidé le bac, regardé vos tutos. Votre aspirateur n'aspire rien. Quelle arnaque.
    product_issue|neutral|Le couvercle de la casserole ne ferme pas bien, il y a un jeu de quelques millimètres.
    product_issue|neutral|Bonjour, ma télé affiche des lignes verticales depuis ce matin. Achetée en janvier. Que faire ?
    product_issue|negative|Lignes verticales sur une télé de cinq mois. Bravo la qualité. Je ne rachèterai jamais cette marque.
    product_issue|positive|La télé est superbe, image incroyable ! Juste une question : comment désactiver le mode démo ?
    product_issue|neutral|La doudoune perd des plumes, surtout aux coutures des manches.
    product_issue|negative|Je passe mes journées à ramasser des plumes. Une doudoune à 200 €, sérieusement ?
    product_issue|neutral|Madame, Monsieur, le lave-linge acheté le 2 février affiche le code E21 et ne vidange plus. Je reste à votre disposition pour un rendez-vous de réparation. Cordialement, Mme Nguyen
    product_issue|negative|Madame, Monsieur, c'est la deuxième panne du lave-linge en trois mois et le technicien n'est jamais venu au premier rendez-vous. Je suis excédée et j'exige un remplacement. Mme Nguyen
    product_issue|neutral|Le matelas a une bosse au milieu depuis deux mois, est-ce couvert par la garantie ?
    product_issue|neutral|Le bracelet de la montre m'irrite la peau, y a-t-il une autre matière ?
    payment_issue|neutral|Allô, j'ai été chargé deux fois sur ma carte de crédit pour la même commande. Pouvez-vous vérifier ?
    payment_issue|negative|Deux fois chargé sur ma carte pis personne me rappelle. Je vais faire un rejet de débit.
    payment_issue|neutral|Bonjour, pouvez-vous me faire parvenir une facture avec la TVA ? Je suis indépendant en Belgique.
    payment_issue|negative|Ça fait trois fois que je demande ma facture. Je dois la remettre à mon comptable, c'est pas compliqué quand même.
    payment_issue|neutral|Le paiement par TWINT est-il possible ?
    payment_issue|neutral|J'ai payé par Orange Money mais la commande est toujours en attente. Référence du transfert : OM22871.
    payment_issue|negative|J'ai payé par Wave depuis deux jours et vous dites que vous n'avez rien reçu. L'argent est parti où ? Je ne suis pas content.
    payment_issue|neutral|bjr le paiement par carte marche pas, j'ai une carte de ma banque au Maroc
    payment_issue|negative|vous m'avez debite 2 fois et personne repond, c inadmissible
    payment_issue|neutral|Bonjour, le code promo de la newsletter est-il cumulable avec les soldes ?
    payment_issue|positive|Merci pour le geste commercial, c'est très apprécié. Vous avez une cliente fidèle !
    payment_issue|negative|On me facture des frais de livraison alors que la commande dépasse 50 €. Encore un « oubli » de votre part ?
    payment_issue|neutral|Les frais de livraison m'ont été facturés alors que mon panier dépasse 50 €. Pouvez-vous corriger ?
    payment_issue|neutral|Je n'ai pas reçu la facture de ma commande, pouvez-vous me l'envoyer par mail ?
    payment_issue|negative|Prélevée trois fois pour un seul abonnement. Votre système de paiement est une catastrophe.
    refund_request|neutral|Allô, je voudrais retourner le manteau, il est trop petit. C'est quoi la procédure ?
    refund_request|negative|Ça fait un mois que j'ai retourné la marchandise pis j'ai toujours pas mon argent. C'est du vol.
    refund_request|neutral|Bonjour, je souhaite être remboursée pour le vase arrivé cassé, les photos sont en pièce jointe.
    refund_request|negative|J'attends mon remboursement depuis six semaines. Six. Je vais finir par m'énerver.
    refund_request|positive|Merci, le remboursement est bien arrivé. Service rapide et très aimable !
    refund_request|neutral|Est-ce que je sais renvoyer l'article en point relais en Belgique ou uniquement par la poste ?
    refund_request|negative|On me refuse le retour parce que l'emballage est ouvert. Comment je vérifie l'article sans l'ouvrir ? C'est ridicule.
    refund_request|neutral|Bonjour, j'ai renvoyé le colis il y a dix jours, avez-vous bien reçu le retour ?
    refund_request|negative|Je veux être remboursé, pas un bon d'achat. Je ne remettrai plus les pieds chez vous.
    refund_request|neutral|slt je veux retourner la robe elle me va pas, comment je fais ?
    refund_request|negative|rembourser moi svp ça fait 3 semaines que jattends c pas normal
    refund_request|positive|Remboursement reçu en deux jours, franchement bravo, c'est rare !
    refund_request|neutral|Le remboursement a été fait sur le mauvais compte, je vous avais donné un nouvel IBAN. Comment on corrige ?
    refund_request|negative|Je ne comprends pas pourquoi il faut trois semaines pour rembourser alors que vous prélevez en une seconde.
    refund_request|neutral|Madame, Monsieur, suite à la réception d'un article non conforme (commande 40982), je vous prie de bien vouloir procéder à son remboursement. Vous trouverez les photos ci-jointes. Cordialement, Amadou Diallo
    refund_request|negative|Madame, Monsieur, sans remboursement de la commande 40982 d'ici la fin de la semaine, je déposerai plainte et laisserai un avis détaillé sur tous les sites. Amadou Diallo
    refund_request|neutral|Je souhaite annuler ma commande passée ce matin, je me suis trompée de taille.
    refund_request|positive|Un grand merci pour le remboursement rapide et pour votre gentillesse au téléphone.
    refund_request|negative|Remboursement partiel sans explication. J'ai renvoyé les trois articles, pas deux.
    account_issue|neutral|Allô, j'arrive pas à me connecter à mon compte, le mot de passe marche pas.
    account_issue|negative|Ça fait la troisième fois que je change mon mot de passe cette semaine pis ça marche toujours pas. Je suis écœuré.
    account_issue|neutral|Bonjour, je ne reçois pas le code de validation par SMS, mon numéro est suisse (+41).
    account_issue|neutral|Bonjour, comment je fais pour supprimer mon compte svp ?
    account_issue|negative|Mon compte a été piraté et vous mettez une semaine à répondre. Inadmissible.
    account_issue|neutral|slt j'ai oublié mon mdp et je reçois pas le mail
    account_issue|positive|Merci pour votre aide, je peux enfin me connecter. Vous êtes top !
    account_issue|neutral|Mon adresse mail a changé, comment je la modifie dans mon profil ?
    account_issue|negative|Vos pubs par SMS à 7 h du matin, c'est non. Désinscrivez-moi immédiatement.
    technical_issue|neutral|Le site ne marche pas sur mon téléphone, la page reste blanche après la connexion.
    technical_issue|negative|Votre appli plante à chaque fois que je veux payer. Ça fait une semaine. Je laisse tomber.
    technical_issue|neutral|L'appli ne s'installe pas sur mon Android 9, elle dit « incompatible ».
    technical_issue|neutral|bjr le site bug quand je veux mettre mon adresse, il dit code postal invalide alors que c'est bon
    technical_issue|negative|site de merde, 4e fois que la page plante au paiement
    technical_issue|positive|L'appli est super pratique, bravo ! Seul bémol, les notifications arrivent en double.
    technical_issue|neutral|Le bouton « passer commande » est grisé alors que tous les champs sont remplis.
    technical_issue|negative|Bouton grisé, aucun message d'erreur, aucune aide. J'ai perdu une heure. Merci.
    technical_issue|neutral|Le site affiche les prix en CHF mais me facture en euros, c'est voulu ?
    general_inquiry|neutral|Allô, est-ce que vous avez un magasin à Québec ?
    general_inquiry|neutral|Bonjour, savez-vous si le modèle existe en plus grand ?
    general_inquiry|neutral|Bonjour, je voulais savoir si vous livrez à Kinshasa ?
    general_inquiry|neutral|Bonjour, vous faites des réductions pour les étudiants ?
    general_inquiry|positive|Bonjour ! J'adore vos produits, je voulais savoir si vous faites des ateliers en magasin ?
    general_inquiry|neutral|slt vous avez la taille 42 en noir ?
    general_inquiry|neutral|Le bois de la table est-il certifié FSC ?
    general_inquiry|negative|Votre site dit « en stock », le magasin dit « rupture », le service client dit « je ne sais pas ». Super organisation.
    other|neutral|Bonjour, je cherche un stage en logistique, à qui puis-je envoyer ma candidature ?
    other|positive|Merci à toute l'équipe du magasin de Liège, toujours souriante et de bon conseil !
    other|negative|Votre publicité à la radio est franchement de mauvais goût.
    other|neutral|Bonjour, est-ce que vous sponsorisez des associations sportives ?
    order_issue|positive|Commande reçue avec deux jours de retard, mais franchement la qualité est là, je suis ravie. Merci !
    product_issue|positive|Le montage a été un peu long mais le résultat est magnifique, très contente de mon achat !
    refund_request|positive|Le retour a pris un peu de temps mais vous m'avez tenue informée à chaque étape, merci beaucoup.
    payment_issue|positive|Petit souci de paiement mais votre équipe l'a réglé en cinq minutes, merci mille fois !
    technical_issue|positive|J'ai eu un petit bug sur l'appli mais le support a réglé ça tout de suite, vous êtes géniaux !
    order_issue|neutral|Merci pour votre retour. J'ai demandé aux voisins, personne n'a le colis. Que peut-on faire ?
    refund_request|neutral|Merci pour votre mail. J'ai renvoyé l'article, le numéro de dépôt est 44-8820.
    payment_issue|neutral|Merci de votre réponse. Le prélèvement est toujours « en attente », je dois patienter encore ?
    account_issue|neutral|Merci. J'ai essayé le lien mais il dit toujours que le jeton est invalide.
    product_issue|neutral|Merci pour la livraison rapide. La poignée du tiroir était desserrée au déballage, puis-je avoir une vis de rechange ?
    order_issue|neutral|Désolée de vous relancer, mais avez-vous des nouvelles de la commande 10293 ?
    order_issue|negative|Désolée de vous relancer, mais c'est la cinquième fois que je demande et je suis à bout.
    order_issue|negative|Je sais que vous avez beaucoup de messages, mais trois semaines sans aucune réponse, ce n'est pas acceptable.
    product_issue|negative|Sympa que l'enceinte soit étanche. Dommage qu'elle ne survive pas à une petite bruine.
    product_issue|negative|J'adore payer 200 € pour une machine à café qui inonde mon plan de travail tous les matins.
    order_issue|negative|Ah super, encore un mail « désolés pour la gêne occasionnée ». Ça va sûrement faire venir mon colis.
    refund_request|negative|Merci beaucoup pour le remboursement... de 3 centimes. Trop généreux.
    payment_issue|negative|Merci de m'avoir débité deux fois, c'est très aimable.
    technical_issue|negative|J'adore la nouvelle « fonctionnalité » où l'appli oublie mon panier à chaque fermeture.
    account_issue|negative|Fantastique, encore bloquée. Mon passe-temps préféré.
    order_issue|negative|Bravo, vous avez réussi à perdre une armoire de 30 kg. Quel exploit.
    order_issue|negative|J'adore le suivi qui affiche « en transit » depuis quinze jours. Très instructif.
    order_issue|negative|Avec tout le respect que je vous dois, « il est en route » n'est pas une réponse au bout de 21 jours.
    order_issue|negative|Merci pour votre réponse, mais elle ne m'aide pas. Je n'ai toujours ni colis ni explication.
    order_issue|negative|J'essaie de rester polie, mais vous avez perdu mon colis deux fois.
    order_issue|negative|Cordialement, mais sérieusement, il est où ? Ça devient ridicule.
    order_issue|negative|Je suis vraiment triste, le cadeau était pour les 90 ans de ma grand-mère et il n'est jamais arrivé.
    order_issue|negative|Dégoûtée. Le présentoir à gâteaux est arrivé en mille morceaux.
    order_issue|negative|Ça devient n'importe quoi, envoyez-moi juste mes affaires.
    order_issue|positive|Tout était parfait comme d'habitude, merci. Savez-vous quand la collection d'automne sera disponible ?
    order_issue|positive|Je suis tellement contente de ma commande, emballage sans plastique et tout est arrivé intact. Continuez comme ça !
    order_issue|positive|Merci d'avoir accepté de changer l'adresse au dernier moment, ça m'a évité bien des tracas.
    order_issue|positive|Le livreur a été très soigneux avec le miroir, remerciez-le de ma part. Il est superbe au mur !
    product_issue|positive|Le robot pâtissier est une bête, merci ! Une pâte à pain en cinq minutes.
    product_issue|positive|Très satisfaite des bottines, confortables dès le premier jour. Merci !
    product_issue|positive|La lampe est encore plus jolie en vrai, je suis ravie. Accepte-t-elle une ampoule à variateur ?
    product_issue|positive|Qualité top, taille parfaite, mon nouveau pull préféré ❤️
    product_issue|positive|J'avais peur d'acheter un canapé en ligne mais il est parfait. Merci pour les échantillons de tissu, ils m'ont bien aidée.
    product_issue|positive|Votre support m'a guidé pas à pas pour la box, quelle patience ! Ça marche maintenant.
    product_issue|negative|Désolé mais ce n'est pas ce que j'ai payé. La table « chêne massif » est en aggloméré avec un autocollant.
    product_issue|negative|Dommage, je voulais vraiment aimer ce sac à dos, mais les bretelles s'effilochent déjà au bout d'un mois.
    product_issue|negative|La coque « incassable » s'est cassée en tombant d'une table. Bien joué.
    product_issue|negative|Je n'ai jamais été aussi déçue par un achat. La qualité est lamentable.
    product_issue|negative|C'est le deuxième appareil défectueux que vous m'envoyez. Je perds confiance en votre marque.
    product_issue|negative|NE COMMANDEZ PAS CETTE CHAISE. Bancale, grinçante, et l'accoudoir est tombé.
    payment_issue|negative|Je suis extrêmement mécontente que ma carte ait été débitée avant même que l'article soit en stock.
    payment_issue|negative|Pour encaisser vous êtes instantanés, pour rembourser il faut 14 jours ? Curieux.
    payment_issue|negative|C'est la dernière fois que je le demande : remboursez le deuxième prélèvement.
    payment_issue|positive|La nouvelle page de paiement est tellement plus rapide, bravo l'équipe !
    payment_issue|positive|Merci, la facture est exactement ce qu'il me fallait, bonne journée à vous.
    refund_request|negative|Je commence à croire que je ne verrai jamais ce remboursement.
    refund_request|negative|Vous avez perdu mon colis retour et c'est à MOI de prouver que je l'ai envoyé ? C'est scandaleux.
    refund_request|negative|Votre politique de retour est un labyrinthe fait pour décourager les gens. Ça ne marchera pas avec moi.
    refund_request|positive|Retour très simple, merci. Je recommanderai même si cet article ne m'allait pas.
    account_issue|positive|Merci de vous être occupés aussi vite du piratage de mon compte, c'est vraiment apprécié.
    account_issue|negative|Pourquoi il faut ma date de naissance pour me connecter ? Absurde et intrusif.
    technical_issue|positive|Je voulais juste dire que le nouveau site est bien plus simple à utiliser, beau travail !
    technical_issue|positive|Merci d'avoir corrigé l'appli aussi vite après mon signalement, impressionnant !
    technical_issue|negative|Votre mise à jour a effacé mes adresses et mes cartes enregistrées. Belle amélioration.
    general_inquiry|positive|Bonjour ! Grande fan de vos ustensiles, les cocottes en fonte vont-elles sur l'induction ? Merci beaucoup !
    general_inquiry|positive|Superbe collection cette saison, bravo ! Les coussins en velours existeront-ils en moutarde ?
    other|positive|J'ai adoré l'atelier en magasin samedi, merci à toute l'équipe !
    other|negative|Vos mails publicitaires sont incessants. Trois par jour, c'est du harcèlement.
    -|positive|Excellente nouvelle, merci de m'avoir prévenue !
    -|positive|Ahh merci, vous avez illuminé ma journée 😊
    -|positive|Service au top, merci.
    -|positive|Merci beaucoup, bonne journée à vous !
    -|positive|Vous êtes formidable, merci !
    -|positive|Youpi, il est arrivé 🙌
    -|positive|Merci ben gros, c'est réglé !
    -|positive|Merci une fois, c'est parfait !
    -|positive|Merci infiniment, que Dieu vous garde.
    -|negative|Ce n'est pas suffisant.
    -|negative|Vous plaisantez, j'espère.
    -|negative|Je perds patience.
    -|negative|Super. Encore un « nous regardons ça ».
    -|negative|C'est la même réponse type qu'hier.
    -|negative|Je vais porter l'affaire plus loin.
    -|negative|Non, je ne veux pas de bon d'achat.
    -|negative|C'est ça, oui.
    -|negative|J'en ai fini avec votre société.
    -|negative|Personne ne s'en soucie, visiblement.
    -|negative|C'est pas correct pantoute.
    -|negative|Ça commence à bien faire.
    -|neutral|Je peux passer au magasin demain si c'est plus simple.
    -|neutral|Faut-il que je le renvoie d'abord ?
    -|neutral|D'accord, et ça prend combien de temps ?
    -|neutral|Une photo de l'étiquette vous aiderait ?
    -|neutral|Ok, je guette le mail alors.
    -|neutral|Allô, vous avez eu mon message ?
    -|neutral|Je reste joignable sur ce numéro.
    -|neutral|c bon j'ai trouvé merci
    -|neutral|Oké, merci pour l'info.
    order_issue|neutral|Le colis a été déposé au 12 au lieu du 21. La voisine me l'a rapporté, je vous le signale simplement.
    order_issue|neutral|Deux des cartons sont arrivés mouillés. Le contenu a l'air intact mais je préfère vous prévenir.
    order_issue|neutral|Je n'ai pas reçu la commande 81190 et le suivi n'a pas bougé depuis 11 jours. Pouvez-vous renvoyer ou rembourser ?
    order_issue|neutral|Le livreur m'a fait signer pour trois colis mais ne m'en a remis que deux.
    order_issue|neutral|L'article reçu a déjà servi : rayures et cheveux dans la boîte. Commande 40021.
    order_issue|neutral|J'ai commandé six bouteilles d'huile d'olive, deux sont arrivées cassées, les autres vont bien. Photos jointes.
    order_issue|negative|Un article d'occasion vendu comme neuf, avec des cheveux dans la boîte. C'est dégoûtant.
    order_issue|negative|Je n'arrive pas à croire que je doive encore écrire pour le même colis.
    order_issue|negative|Je suis sincèrement choquée par la façon dont tout ça a été géré.
    order_issue|negative|Il y a quelqu'un qui travaille chez vous ? Trois mails, zéro réponse.
    order_issue|positive|Commande arrivée en parfait état, ma femme est ravie de son cadeau. Merci d'avoir rendu tout ça si simple !
    order_issue|positive|Je viens de recevoir le remplacement, merci beaucoup d'avoir réglé ça si gentiment !
    product_issue|neutral|La bouilloire s'est coupée deux fois en pleine chauffe aujourd'hui. Elle a trois semaines.
    product_issue|neutral|Une couture de la manche gauche du manteau s'est défaite après quelques ports.
    product_issue|neutral|La batterie externe a beaucoup chauffé en charge et ne s'allume plus. Je l'ai débranchée et mise dehors.
    product_issue|neutral|Ma prise connectée ne répond plus depuis le redémarrage de la box et n'apparaît plus dans l'appli.
    product_issue|negative|Une batterie qui surchauffe et meurt ? C'est un risque d'incendie et vous la vendez. Scandaleux.
    product_issue|negative|Franchement, j'attendais mieux de vous. La qualité a vraiment baissé.
    product_issue|negative|Pourquoi plus rien de ce que vous vendez ne tient plus d'un mois ?
    product_issue|negative|Zéro étoile si je pouvais.
    product_issue|positive|J'utilise toujours la mijoteuse achetée chez vous en 2015, elle est géniale ! Vendez-vous un couvercle de rechange ?
    product_issue|positive|La veste de pluie m'a gardé au sec une semaine entière en Écosse, top ! Le cordon de la capuche a lâché, je peux en avoir un ?
    product_issue|positive|Matelas incroyable, je dors comme jamais, merci !
    product_issue|positive|Les enfants adorent la tente de jeu, merci ! Elle est montée dans le salon depuis une semaine 😂
    payment_issue|neutral|Sur mon relevé le paiement apparaît au nom de « CMRC SAS ». C'est bien vous ?
    payment_issue|neutral|Je voudrais régler le solde de ma commande, où puis-je le faire ?
    payment_issue|negative|Encore un paiement refusé, encore un mail qui dit que c'est ma faute. Ce n'est pas le cas.
    payment_issue|negative|Trois semaines que j'attends le remboursement d'un double prélèvement. Vous êtes une banque ou une boutique ?
    payment_issue|positive|Merci d'avoir annulé les frais de retard, c'est vraiment gentil vu les circonstances.
    refund_request|neutral|J'ai été remboursée de 34 € mais la commande était de 43 €. Les chiffres ont peut-être été inversés ?
    refund_request|neutral|Est-il possible de ne retourner que les housses de coussin du lot ?
    refund_request|negative|Pourquoi dois-je vous courir après pour récupérer mon propre argent ?
    refund_request|negative|Retour accepté, remboursement « émis », argent introuvable. Classique.
    refund_request|positive|Service client génial, remboursée le jour même du retour. Merci !
    account_issue|neutral|Je n'ai plus accès au numéro de téléphone du compte, comment prouver mon identité autrement ?
    account_issue|negative|Vous avez envoyé ma confirmation de commande à un parfait inconnu. Comment est-ce possible ?
    account_issue|positive|La nouvelle connexion par code est tellement plus simple, merci !
    technical_issue|neutral|Le panier affiche 3 articles mais la page de paiement n'en liste que 2.
    technical_issue|neutral|La fenêtre du chat se ferme toute seule au bout de 30 secondes environ.
    technical_issue|negative|J'ai abandonné l'appli pour le site. Cassé aussi. Quelle constance.
    technical_issue|negative|Le chat se ferme avant que quelqu'un réponde. Pratique pour vous, j'imagine.
    general_inquiry|neutral|Puis-je retirer une commande en retrait magasin à la place de mon conjoint ?
    general_inquiry|neutral|Quel est le poids maximum supporté par le hamac ?
    general_inquiry|positive|Bonjour ! Je viens de découvrir votre marque et je suis fan 😍 Y a-t-il un guide des tailles pour les robes ?
    general_inquiry|positive|Vos vitrines de Noël sont magnifiques cette année, bravo ! Les boules sont-elles en vente ?
    other|negative|Votre concurrent répond en une heure. Vous, en une semaine. Réfléchissez-y.
    other|positive|Merci à Ahmed de votre service client, il a été d'une patience incroyable avec mon père au téléphone.
    -|neutral|ok, j'attends le livreur alors
    -|neutral|Ça doit être au nom de ma femme, Claire.
    -|neutral|Désolé pour la réponse tardive, j'étais absent.
    -|neutral|Même problème que la dernière fois.
    -|negative|Même problème que la dernière fois. Et la fois d'avant.
    -|neutral|J'ai encore le carton.
    -|neutral|Pas encore.
    -|negative|Pas encore. Évidemment.
    -|neutral|Oui, c'est encore scellé.
    -|positive|Vous êtes géniaux, merci !
    -|positive|Merci pour l'explication, ça m'aide beaucoup !
    -|positive|Merci Thomas, au top.
    -|positive|Merci, j'apprécie vraiment que vous ayez pris le temps.
    -|negative|Encore une fois : QUAND ?
    -|negative|Trop, c'est trop.
    -|negative|Hallucinant. Vraiment hallucinant.
    -|negative|On me l'a déjà faite, celle-là.
    -|negative|Vous ne m'écoutez pas.
    -|negative|Perte de temps.
    order_issue|neutral|slt je voulais savoir quand ma commande part, merci
    order_issue|neutral|le lien de suivi dans le mail marche pas
    order_issue|negative|votre lien de suivi marche pas, votre tel marche pas, rien marche mdr
    product_issue|negative|le chargeur marche plus au bout de 4 jours, grave saoulé
    payment_issue|neutral|attendez pourquoi j'ai encore été débité
    payment_issue|negative|pk j'ai encore été débité ?? j'avais résilié !!
    refund_request|neutral|je peux être remboursé si ça me plaît pas ?
    refund_request|negative|rendez-moi mon argent, point.
    account_issue|neutral|j'arrive pas à me connecter, il dit mot de passe incorrect mais il est bon
    account_issue|negative|ENCORE impossible de me connecter, 3e fois cette semaine, ras le bol
    technical_issue|negative|appli pourrie, elle s'ouvre même pas 🙄
    order_issue|neutral|Bonjour ! Commande 30021, indiquée « livrée devant la porte » mais il n'y a rien. Vous pouvez voir avec le livreur ? Merci
    order_issue|negative|Bonjour. Commande 30021. « Livrée devant la porte ». Il n'y a rien devant ma porte. Troisième fois avec vos livreurs. J'en ai marre.
    order_issue|positive|Bonjour ! Commande 30021 retrouvée, elle était derrière les poubelles 😂 désolée pour la panique et merci pour la réponse rapide !
    product_issue|neutral|Bonjour, l'écran du four (modèle OV-60) affiche « F3 » et il ne chauffe plus. Je l'ai débranché une heure. Que me conseillez-vous ? Cordialement, Nicolas Petit
    product_issue|negative|Bonjour, le four est tombé en panne pour la troisième fois en quatre mois. Chaque technicien est arrivé en retard et personne n'a su expliquer la panne. Ma patience a des limites, je veux un remplacement. Nicolas Petit
    product_issue|positive|Bonjour, le technicien est passé ce matin et le four fonctionne parfaitement. Ponctuel, poli, il a tout expliqué. Merci de le lui transmettre. Nicolas Petit
    refund_request|neutral|Bonjour, j'ai renvoyé les bottines lundi, vous trouverez la preuve de dépôt ci-jointe. Pourriez-vous me dire quand le remboursement sera traité ? Merci, Léa
    refund_request|positive|Bonjour, remboursement reçu ce matin, merci pour votre aide, tout s'est passé sans accroc ! Léa
    order_issue|neutral|Ma commande indique « en attente de stock » alors que la fiche produit le disait disponible. Quand attendez-vous le réassort ?
    order_issue|negative|« En attente de stock » après m'avoir dit qu'il était disponible. Pourquoi prendre des commandes pour des produits que vous n'avez pas ?
    product_issue|neutral|La bibliothèque est arrivée avec une étagère bombée au milieu. Peut-on l'utiliser ou faut-il en demander une nouvelle ?
    product_issue|neutral|La housse de couette a un fil tiré près des boutons, ça ne se voit que de près.
    technical_issue|neutral|Le mail de confirmation affiche 0,00 € pour chaque article. La carte a été débitée du bon montant.
    refund_request|neutral|On m'a remboursé le mauvais article : j'ai renvoyé la lampe bleue, pas la blanche.
    order_issue|neutral|Bonjour, c'est pour savoir si ma commande peut être livrée chez ma mère à Thiès, je ne serai pas à Dakar.
    order_issue|negative|Depuis un mois on me balade d'un service à l'autre. Je veux juste mon colis, c'est trop demander ?
    product_issue|neutral|Bonjour, le climatiseur fait couler de l'eau à l'intérieur depuis hier. Il a été installé la semaine passée.
    product_issue|negative|Le climatiseur coule sur le parquet depuis le premier jour et le technicien ne vient pas. Je suis dégoûté.
    payment_issue|neutral|Bonjour, j'ai fait le paiement par mobile money ce matin, voici la capture. Merci de valider la commande.
    account_issue|neutral|Bonsoir, j'ai créé mon compte avec un mauvais numéro, comment le changer ?
    general_inquiry|neutral|Bonjour, vous avez un point de retrait à Bruxelles ou seulement la livraison à domicile ?
    general_inquiry|neutral|Bonjour, est-ce que le frigo passe par une porte de 70 cm ?
    -|positive|Merci bien, à la revoyure !
    -|positive|Impeccable, un grand merci à vous !
    -|neutral|Je vous envoie la facture dans la journée.
    -|neutral|Et pour le deuxième colis ?
    -|negative|Et pour le deuxième colis, on attend Noël ?
    order_issue|neutral|Bonjour, le colis 7781 a été remis au gardien d'après le suivi mais il est en congé jusqu'à lundi. Y a-t-il un moyen de le récupérer avant ?
    order_issue|neutral|Mon colis est parti de l'entrepôt vendredi et le suivi n'a plus bougé. C'est un délai habituel pour la Bretagne ?
    order_issue|neutral|Bonjour, il me manque le pied de la lampe dans le colis, seul l'abat-jour est arrivé.
    order_issue|neutral|J'ai reçu deux fois le même article et pas la housse commandée à côté. Je vous renvoie le doublon ?
    order_issue|neutral|bonjour le colis est marqué « avisé en bureau de poste » mais je n'ai eu aucun avis dans ma boîte
    order_issue|neutral|Est-il possible d'être livré entre 12 h et 14 h ? Je ne suis chez moi qu'à la pause déjeuner.
    order_issue|neutral|Le suivi Chronopost indique « colis en retour vers l'expéditeur ». Personne ne m'a contacté. Pouvez-vous le réexpédier ?
    order_issue|neutral|La commande est arrivée sans le bon de garantie mentionné sur la fiche produit.
    order_issue|neutral|Je n'ai pas reçu de numéro de suivi pour la commande 20457 passée il y a cinq jours.
    order_issue|negative|Cinq jours sans numéro de suivi, sans mail, sans rien. Vous avez au moins expédié quelque chose ?
    order_issue|negative|Franchement je ne comprends pas comment on peut perdre un colis de cette taille. C'est affligeant.
    order_issue|negative|Je suis cliente depuis 2015 et c'est bien la première fois que je suis aussi mal traitée.
    order_issue|negative|Le livreur a signé à ma place. C'est une blague ? Je n'ai jamais eu ce colis entre les mains.
    order_issue|negative|Vous me répondez « patientez encore ». Ça fait un mois que je patiente. Ça suffit.
    order_issue|negative|Quelle déception. Le service était excellent avant, maintenant c'est le chaos.
    order_issue|negative|Encore un colis abîmé, le troisième cette année. Vous emballez avec quoi, du papier journal ?
    order_issue|negative|je vous préviens si j'ai pas mon colis demain je fais un signalement
    order_issue|negative|Sans réponse de votre part sous 48 h, je laisse un avis détaillé sur Trustpilot.
    order_issue|positive|Bonjour, je voulais simplement vous remercier : colis reçu ce matin, très bien emballé, rien à redire. Belle journée !
    order_issue|positive|Reçu ! Merci pour la rapidité, et merci au livreur qui a eu la gentillesse d'attendre que je descende.
    order_issue|positive|Trop contente, la commande est arrivée pile pour l'anniversaire de mon fils. Merci infiniment !
    order_issue|positive|Merci d'avoir fait le nécessaire pour le colis égaré, tout est arrivé aujourd'hui. Au top !
    product_issue|neutral|Bonjour, le mixeur plongeant fait une odeur de chaud après une minute d'utilisation. Est-ce normal au début ?
    product_issue|neutral|Le pantalon a un accroc au niveau de la poche arrière, visible dès la réception.
    product_issue|neutral|Le clic-clac grince quand on l'ouvre. Faut-il graisser le mécanisme ?
    product_issue|neutral|Ma gourde isotherme ne garde plus le froid depuis qu'elle est tombée. Le joint est-il vendu séparément ?
    product_issue|neutral|L'écran de la liseuse reste figé sur la page d'accueil. J'ai essayé de la redémarrer.
    product_issue|neutral|Le vernis de la table basse fait des auréoles blanches quand on y pose un verre. Comment l'entretenir ?
    product_issue|neutral|bonjour la manette ne se charge plus, voyant éteint quand je la branche
    product_issue|neutral|Les écouteurs ne tiennent pas dans mes oreilles, y a-t-il des embouts plus petits fournis ?
    product_issue|negative|La liseuse a rendu l'âme au bout de trois mois. Pour un produit à 150 €, je trouve ça honteux.
    product_issue|negative|Ces embouts tombent tout le temps. Produit mal conçu, je regrette.
    product_issue|negative|Votre mixeur sent le brûlé et vous me dites « c'est normal les premières fois » ? On se moque de moi.
    product_issue|negative|Qualité en chute libre. Avant je vous recommandais à tout le monde, plus maintenant.
    product_issue|negative|Accroc sur un pantalon neuf, jamais porté. Le contrôle qualité, vous connaissez ?
    product_issue|negative|j'ai acheté ce sèche linge il y a 2 mois il fait un bruit pas possible, j'en peux plus
    product_issue|positive|Le lit est arrivé et il est sublime ! Très facile à monter. Une question : les lattes sont-elles réglables ?
    product_issue|positive|Franchement la meilleure poêle que j'aie eue, rien n'attache. Merci pour le conseil au téléphone !
    product_issue|positive|Ravie du tapis, les couleurs sont encore plus belles qu'en photo. Comment le nettoyer ?
    payment_issue|neutral|Bonjour, ma banque m'indique un prélèvement de 1 € à votre nom. Est-ce une vérification de carte ?
    payment_issue|neutral|J'ai payé en 4 fois mais seul le premier prélèvement apparaît. Les suivants sont-ils automatiques ?
    payment_issue|neutral|Le total affiché au panier était de 89 € et j'ai été débitée de 98 €. Pouvez-vous vérifier la commande 55802 ?
    payment_issue|neutral|Est-ce que vous acceptez les chèques vacances ou les tickets restaurant ?
    payment_issue|neutral|bonsoir j'ai payé mais j'ai pas reçu la confirmation, est ce que c'est passé ?
    payment_issue|negative|98 € au lieu de 89 €, et personne pour m'expliquer. Je trouve ça vraiment limite.
    payment_issue|negative|Trois mails pour une simple facture. Vous le faites exprès ou quoi ?
    payment_issue|negative|On me refuse le paiement en plusieurs fois sans aucune explication. Très désagréable.
    payment_issue|positive|Paiement en trois fois accepté en deux minutes, super pratique, merci !
    refund_request|neutral|Bonjour, j'ai déposé le colis retour au point relais mardi, voici le reçu. Pouvez-vous me tenir informée ?
    refund_request|neutral|Le remboursement peut-il se faire sur un autre moyen de paiement ? Ma carte a été remplacée.
    refund_request|neutral|Je souhaite renvoyer le fauteuil, il ne passe pas dans l'escalier. Proposez-vous un enlèvement à domicile ?
    refund_request|neutral|bonjour je voudrais un remboursement pour la commande 3320, la taille ne va pas
    refund_request|negative|On me propose un avoir de 10 € pour un fauteuil qui ne sert à rien. Vous êtes sérieux ?
    refund_request|negative|Deux mois pour un remboursement. Deux mois. Je n'ai jamais vu ça.
    refund_request|negative|Je ne renverrai rien tant que vous ne m'aurez pas confirmé par écrit le remboursement intégral. Je n'ai plus confiance.
    refund_request|positive|Merci d'avoir accepté le retour sans discuter, c'est appréciable. Je reviendrai !
    account_issue|neutral|Bonjour, je ne reçois plus vos mails de confirmation depuis que j'ai changé d'adresse dans mon profil.
    account_issue|neutral|Mon compte indique que j'ai 0 point alors que j'ai fait trois commandes ce mois-ci.
    account_issue|neutral|bjr comment changer mon adresse de livraison par défaut dans mon compte
    account_issue|negative|Mon compte a été bloqué sans prévenir et personne ne sait me dire pourquoi. C'est kafkaïen.
    account_issue|negative|Vous avez supprimé mon compte sans mon accord, avec tout mon historique. Inacceptable.
    account_issue|positive|Merci, le changement d'adresse mail s'est fait en deux clics. Très pratique !
    technical_issue|neutral|Bonjour, le site m'indique « session expirée » à chaque fois que j'arrive à l'étape livraison.
    technical_issue|neutral|Le code de réduction disparaît du panier quand je change la quantité.
    technical_issue|neutral|L'appli affiche mes commandes en double depuis la dernière mise à jour.
    technical_issue|neutral|bonjour la page produit se recharge en boucle sur mon iphone
    technical_issue|negative|Trois jours que votre site affiche une erreur au paiement. On est en 2026, quand même.
    technical_issue|negative|Votre appli me déconnecte toutes les deux minutes, c'est insupportable.
    technical_issue|positive|Bravo pour la nouvelle version de l'appli, c'est beaucoup plus rapide ! Juste le filtre par couleur qui ne marche pas.
    general_inquiry|neutral|Bonjour, vos canapés sont-ils fabriqués en Europe ?
    general_inquiry|neutral|Faites-vous la livraison avec installation pour les lave-vaisselle ?
    general_inquiry|neutral|Est-ce que le modèle en 160 cm sera réapprovisionné avant l'été ?
    general_inquiry|neutral|Bonjour, pouvez-vous me conseiller un matelas pour un enfant de 8 ans ?
    general_inquiry|negative|Aucune info sur le réassort, ni sur le site ni au téléphone. Vous voulez vraiment vendre ?
    general_inquiry|positive|Un immense merci pour vos conseils déco, j'ai refait tout mon salon grâce à vous ! Vous avez des luminaires assortis ?
    other|neutral|Bonjour, je voudrais proposer un partenariat pour mon blog déco, à qui m'adresser ?
    other|negative|Votre démarcheur m'a appelé cinq fois cette semaine. Si ça continue je porte plainte.
    other|positive|Bravo pour votre engagement écologique, c'est pour ça que je commande chez vous !
    order_issue|neutral|Allô, est-ce que je peux faire livrer mon colis à Sherbrooke chez ma sœur plutôt qu'à Montréal ?
    order_issue|negative|Ça fait trois fois que j'appelle pis on me dit toujours la même affaire. Chu pu capable.
    product_issue|neutral|Allô, ma chaise de bureau penche d'un bord depuis une semaine, est-ce qu'il y a une pièce de rechange ?
    product_issue|negative|Ma chaise de bureau penche déjà, ça fait même pas un mois. C'est de la scrap.
    refund_request|neutral|Allô, je voudrais me faire rembourser les bottes, elles sont trop petites. Je fais comment ?
    account_issue|negative|J'ai changé mon mot de passe trois fois pis ça marche pas. Ça m'écœure.
    order_issue|neutral|Bonjour, je voudrais savoir pour quand est prévue la livraison, j'ai commandé il y a une semaine. Merci bien.
    order_issue|negative|Ça fait une semaine et toujours rien, ça va pas non ? Je commence à en avoir marre.
    order_issue|positive|Livraison parfaite à Charleroi, merci une fois pour le sérieux !
    product_issue|neutral|Bonjour, je sais pas brancher le lave-vaisselle, le tuyau est trop court. Avez-vous une rallonge ?
    payment_issue|neutral|Bonjour, j'ai payé avec Bancontact mais la commande indique « non payée ». C'est normal ?
    payment_issue|negative|Payé par Bancontact il y a trois jours et toujours « non payée ». Vous vous foutez de moi ?
    order_issue|neutral|Bonjour, le colis pour Fribourg est bloqué à la douane, faut-il que je fasse quelque chose ?
    product_issue|negative|Le natel a lâché après deux semaines. C'est vraiment pas sérieux pour ce prix.
    refund_request|positive|Merci vielmal pour le remboursement rapide, tout est en ordre !
    order_issue|neutral|Bonsoir, je voudrais savoir si ma commande est déjà expédiée. Je suis à Abidjan, merci.
    order_issue|negative|Je suis vraiment fâché. On m'a promis la livraison jeudi, on est lundi et toujours rien.
    order_issue|negative|Ça fait deux semaines je vous appelle chaque jour, vous me dites demain. Il faut arrêter de nous prendre pour des enfants.
    product_issue|neutral|Bonjour, le téléviseur ne capte pas les chaînes, faut-il une antenne spéciale ici à Lomé ?
    product_issue|negative|Le ventilo est gâté au bout d'une semaine. Vraiment ça me fait mal, j'ai payé cher.
    payment_issue|neutral|Bonjour, j'ai envoyé l'argent par Moov Money, voici le numéro de transaction 88219. Merci de vérifier.
    payment_issue|negative|J'ai envoyé l'argent depuis samedi et vous dites toujours que vous n'avez rien. C'est pas sérieux du tout.
    refund_request|neutral|Bonjour, comment faire pour retourner un article depuis Dakar ? Les frais sont à ma charge ?
    order_issue|neutral|Salam, je voulais savoir si la livraison à Rabat est possible et en combien de jours.
    order_issue|negative|Khouya, trois semaines que j'attends, personne répond, c'est vraiment pas normal.
    product_issue|neutral|Bonjour, le chargeur fourni ne rentre pas dans les prises ici à Tunis, faut-il un adaptateur ?
    order_issue|positive|Colis bien reçu à Alger, merci beaucoup, tout est conforme. Que Dieu vous bénisse.
    payment_issue|neutral|bonjour je suis en Algérie, la carte CIB est-elle acceptée pour payer ?
    order_issue|neutral|cc ma commande est en retard de 3 jours c'est normal ?
    order_issue|negative|cc ma commande a 3 jours de retard et pas un mot de votre part, super 😒
    product_issue|neutral|slt le pull a un trou sous le bras, je fais comment
    product_issue|negative|slt le pull a un trou sous le bras dès la réception, franchement la honte
    refund_request|neutral|jvoudrais retourner les baskets elles taillent petit
    refund_request|negative|jattends mon rembourssement depuis 1 mois c abusé grave
    account_issue|neutral|jarrive pa a me co sur lappli
    account_issue|negative|jarrive tjr pas a me co c relou 😤
    technical_issue|neutral|le site bug sur mon tel qd je veux payer
    technical_issue|negative|VOTRE SITE BUG ENCORE
    general_inquiry|neutral|vous avez des codes promo en ce moment ?
    general_inquiry|positive|jadore vos vetements 😍 vous faites des soldes bientot ?
    -|neutral|ok merci, bonne journée
    -|neutral|D'accord, je regarde ça ce soir.
    -|neutral|Je vous envoie les photos demain matin.
    -|neutral|Le numéro est sur le bon de livraison : BL-22019.
    -|neutral|Non, pas de changement depuis hier.
    -|negative|Non, toujours pas de changement. Comme d'habitude.
    -|neutral|Je reste à disposition si besoin.
    -|neutral|Merci, cordialement.
    -|neutral|C'est au nom de mon fils, Karim.
    -|neutral|Oui, c'est bien cette adresse.
    -|neutral|Je ne sais pas, je n'étais pas là.
    -|neutral|Et pour les frais de port ?
    -|negative|Et les frais de port, je les ai payés pour rien ?
    -|negative|Vous m'avez déjà dit ça trois fois.
    -|negative|Franchement, je n'y crois plus.
    -|negative|Je vais changer d'enseigne, voilà tout.
    -|negative|C'est honteux.
    -|negative|Toujours la même chanson.
    -|negative|Arrêtez avec vos messages automatiques.
    -|positive|Merci pour tout, vous avez été parfaits.
    -|positive|Génial, merci pour la rapidité !
    -|positive|Top, merci infiniment 🙏
    -|positive|Mille mercis pour votre gentillesse.
    -|positive|C'est réglé, merci beaucoup pour votre aide précieuse !
    -|neutral|Je préfère un échange plutôt qu'un remboursement.
    -|neutral|Pouvez-vous me rappeler demain matin ?
    -|neutral|Je confirme la commande.
    """
}
