// Ninth batch of training messages (2026-11-29, 900 English and 107 French lines), intent only, written for
// generalisation of English intent after set K (scored blind: intent en 0.885). It covers the kinds of English
// messages K showed the engine confusing, never K's lines: requests wrapped in praise or thanks in every category
// (the praise is not the point), sarcasm around a real request, long formal emails with greetings and signatures,
// Indian, British and American turns of phrase, SMS spelling, and the boundaries between categories: a wrong or
// missing item sent (order) against a product that is faulty, runs small or needs care (product); money back
// asked for a return, a cancellation or a damaged item (refund) against a charge that is wrong (payment); shipping
// costs asked before buying (general inquiry) against shipping charged at checkout (payment); loyalty points,
// newsletters and personal data (account); complaints about staff, adverts or the company that ask nothing of
// customer service, job applications, suppliers and spam (other). Written from scratch; lines that came close to a
// held-out line were removed. `category|text`.
enum TrainingCorpusNinth {
    static let english = """
order_issue|Hi, the courier app says my parcel is out for delivery since 7am and it's now 9pm. Is it still coming today?
order_issue|where is my stuff?? ordered monday
order_issue|Good morning, order 66402 still shows processing after 5 days, has it even left your warehouse? Regards, Anil
order_issue|The tracking number you emailed me comes back as invalid on the Evri website.
order_issue|Parcel marked as delivered to a neighbour but none of my neighbours have it. House number 14, please check the photo proof.
order_issue|I ordered a grey throw and got a mustard one. Not the colour I picked at all.
order_issue|My box turned up with the tape cut open and the headphones gone, only the charger inside.
order_issue|Loving the speedy dispatch as always! But the courier has now tried to deliver to my old office twice, can you redirect it to my home address?
order_issue|Please cancel order 31877, I ordered the wrong colour by accident and don't want it shipped.
order_issue|It says "delivery exception" on tracking. What does that mean and what happens now?
order_issue|Dear Team, the consignment against my order no. 4471 is showing out for delivery since three days but it has not reached me. Kindly do the needful at the earliest.
order_issue|i got someone elses order lol. its a bag of dog food and i dont even have a dog
order_issue|Why was my parcel sent back to you? I was home all day and nobody knocked.
order_issue|Just checking whether my order has been dispatched yet, it's a birthday present for Saturday.
order_issue|The delivery window was 8 to 12 and nobody came. I took the morning off work for this.
order_issue|Hi, I put the wrong flat number on my order, it's 4B not 48. Can you fix it before it goes out?
order_issue|I received the lamp but the shade that was part of the same order never came.
order_issue|Tracking hasn't updated since it left the depot in Northampton on Tuesday. Is it lost?
order_issue|Can I have it delivered to the parcel locker at the station instead of home?
order_issue|Order still not arrived. Three weeks. Your "express" shipping is a joke.
order_issue|Wow, ten days for "next day delivery". Impressive stuff.
order_issue|hey any update on 20931? been a while
order_issue|Howdy, my package got delivered to the wrong street, the driver's photo shows a blue door and mine is white.
order_issue|Please hold my parcel at the depot, I'll collect it Friday.
order_issue|Package arrived soaking wet and the cardboard falling apart, the cushions inside are damp.
order_issue|The courier left a card saying they'd try again, but the tracking says returned to sender. Which is it?
order_issue|I ordered 3 packs of batteries and received only 1.
order_issue|Your confirmation email lists a different delivery address from the one I typed. Please correct it to 9 Elm Close.
order_issue|Hello, order placed on the 1st, estimated delivery was the 5th, today is the 12th. No email, no update. Could someone tell me what is happening?
order_issue|Can my order be shipped with the other one I placed yesterday so they come together?
order_issue|My parcel has been sitting at customs for 9 days. Is there anything you can do to push it?
order_issue|Is my order lost? Courier says they handed it back to you.
order_issue|I got the right trainers but in a size 9 instead of the 8 on my order confirmation.
order_issue|The pickup shop says my parcel was never dropped off there, although your email says it's ready to collect.
order_issue|order status pls. ref 55003
order_issue|ETA on my delivery? tracking's just blank
order_issue|You sent me two of the same dress and none of the trousers I ordered with it.
order_issue|Thank you for the lovely handwritten note in my last order! This one seems to be stuck though, status hasn't changed for a week.
order_issue|Bought a rug on Black Friday and it still hasn't shipped. When can I expect it?
order_issue|I paid for Saturday delivery and it's come on Tuesday. I wasn't there to receive it and it went back to the depot.
order_issue|The driver left my parcel on the doorstep in the pouring rain, without ringing.
order_issue|Right, so the tracking has said "arriving today" for four days now. Any chance of it actually arriving?
order_issue|I'm moving house next week. Could you deliver my order to my new address, 27 Station Road, instead?
order_issue|Please could you confirm you received my order? I never got a confirmation email and nothing is showing.
order_issue|Hi! Is there any way to speed up delivery on my order? I can pay the difference for express.
order_issue|My parcel is stuck at "awaiting collection from sender" since last Thursday.
order_issue|Wrong item in my box, I got a bath towel set instead of the bed sheets.
order_issue|Dear Sir, I wish to know why my order has been cancelled without any intimation to me. Please revert.
order_issue|Half my grocery order was missing and the receipt says everything was packed.
order_issue|Mate my parcel's gone walkabout. Tracking says Glasgow and I'm in Bristol.
order_issue|There's a "failed delivery – address not found" on my tracking. My address is correct, I've had parcels from you before.
order_issue|I'm abroad until the 20th. Can you delay the shipping of my order until then?
order_issue|The delivery driver was very rude and threw the box over the gate. The box is dented but I haven't opened it yet. Who delivered it?
order_issue|the parcel came but it's addressed to a different person at a different house, what do i do with it
order_issue|I need my order by Thursday for a wedding. Will it make it?
order_issue|Two of the four chairs arrived. Where are the others?
order_issue|Order number 7720-1184 — can you tell me which courier is handling it? The email didn't say.
order_issue|My order confirmation came through but I've had no shipping email after a week, is that normal?
order_issue|I accidentally ordered twice. Please cancel the second one, 88341.
order_issue|The tracking link shows somebody else's parcel going to Dundee.
order_issue|Ordered the cot for my baby due next week, it was meant to be here Monday and there is no sign of it. I'm getting really anxious.
order_issue|Could you change the delivery to my work address? It's a reception so someone will always be there.
order_issue|Hiya, just wondering if my order went out yet? No rush, just curious :)
order_issue|Hi there, I was sent a blue phone case but the order said black.
order_issue|We ordered 20 units for our office and only 12 were delivered. Please send the remaining 8.
order_issue|Greetings, my order is showing delivered at 11:02 but no parcel at my gate. Kindly check with delivery boy.
order_issue|Order came with the wrong model of vacuum, it's the cordless one and I ordered the corded.
order_issue|Is there a way to pick a delivery day? I'm only in on Wednesdays.
order_issue|The collection point has closed down permanently, where will my parcel go now?
order_issue|Your courier marked me as "not available" but I was standing at the window the entire time.
order_issue|Really enjoyed ordering with you before but this time my parcel has vanished. Last scan was 8 days ago.
order_issue|can u send it to my mums instead, same postcode, number 12
order_issue|I've been waiting on order 45009 for 2 weeks. Can you please give me a real delivery date?
order_issue|The outer box was fine, but inside the jar of honey was smashed and everything is sticky.
order_issue|Package delivered but it is empty. Just packing paper.
order_issue|The estimated delivery date on my account keeps moving back a day every day.
order_issue|I placed my order as a guest, how do I track it?
order_issue|Hello, I never received the parcel, the tracking says it was signed for by "Smith" and nobody here is called Smith.
order_issue|My gift order was sent to me instead of to my sister's address that I entered at checkout.
order_issue|Tracking has me as 15th in the queue since this morning. Is the driver still coming?
order_issue|I changed my mind, can you hold the order before it ships so I can add a few more things?
order_issue|The parcel was delivered to the local post office and they say they can't find it.
order_issue|Hi, my delivery hasn't come and there's no tracking number in my email. Order 31290, placed 10 days ago. Thanks, Priya
order_issue|Got the box today but it's the wrong size of duvet cover, single instead of king as ordered.
order_issue|So the courier says delivered, your site says in transit, and I say I've got nothing. Great system.
order_issue|Good evening, I have not received my order as of today. Please update on the status. Thank you.
order_issue|I ordered from the UK site but I'm in Jersey now, can you redirect it?
order_issue|The package says it was delivered to a parcel shop I've never heard of, 20 miles away.
order_issue|Why does my order still say "awaiting stock"? It said in stock when I bought it.
order_issue|Kindly update me on the dispatch of my order, it's been 6 working days.
order_issue|Just had a parcel with the right product but the wrong quantity, 1 instead of 2.
order_issue|The box had a Christmas jumper for a child, I ordered an adult large.
order_issue|Someone signed for my parcel at 3am according to tracking. That can't be right.
order_issue|My parcel went to the old address on my account. I updated it last month, why wasn't it used?
order_issue|Hi there, the delivery notes said leave with neighbour at 12 but the driver took it back to the depot. Can it be re-sent?
order_issue|still waiting for my order, any news? thx
product_issue|The zip on my new backpack came off the track the first time I opened it.
product_issue|My toaster only browns one side of the bread. Is there a setting I'm missing?
product_issue|how do u wash the weighted blanket? can it go in the machine
product_issue|Love the colour of the kettle, it's perfect in my kitchen! It does switch itself off before the water boils though, is that normal?
product_issue|The mattress still smells strongly of chemicals after a week of airing it. Is that safe?
product_issue|Does the 65W charger work with the older model of your laptop, the one with the round plug?
product_issue|The dress runs really small, I'm normally a 12 and the 12 won't zip up. Is the size chart wrong?
product_issue|Hello, the screen on the baby monitor keeps flickering and then goes black. We bought it last month.
product_issue|I'm trying to assemble the bunk bed and part F doesn't have any holes drilled where the diagram shows them.
product_issue|Stitching on the seam of my jeans came undone after one wash.
product_issue|The smart bulb won't pair with the app, it just keeps flashing. I've reset it three times.
product_issue|Can the glass food containers go in the oven or only the microwave?
product_issue|Absolutely obsessed with the candle scent! Sadly the wick keeps drowning after 20 minutes. Any tips?
product_issue|Dear Sir/Madam, the pressure cooker I purchased from your website is leaking steam from the lid. Kindly advise how to resolve this. Thanks and regards
product_issue|Paint is peeling off the garden chairs after only two months outside.
product_issue|the shoes squeak really loudly when i walk, like every step. is that a defect?
product_issue|The blender jug has a crack along the bottom and leaks everywhere.
product_issue|Is there a way to reset the thermostat to factory settings? It's stuck on 30 degrees.
product_issue|My watch strap snapped at the buckle, I've had it three weeks.
product_issue|Which batteries does the remote take? The manual doesn't say.
product_issue|The cushion filling has gone completely flat after a fortnight. Very poor quality.
product_issue|Hi, the left hinge on my glasses is loose and the arm keeps falling off. Can you send a replacement screw?
product_issue|I can't get the car seat base to click into the isofix points on my car. Is it compatible with a 2019 Golf?
product_issue|Oh fantastic, the "scratch resistant" phone screen protector got scratched in my pocket on day one.
product_issue|The fitted sheet doesn't fit my mattress, it's 30cm deep. Do you do a deeper version?
product_issue|the vacuum loses suction after about 5 mins and starts whining. filter is clean
product_issue|Bought your hair dryer in January and now it cuts out every few minutes and smells hot.
product_issue|How long should the new sofa take to soften up? The seats are rock hard.
product_issue|Great little speaker, the sound is amazing! The bluetooth drops every time I walk into the next room though.
product_issue|Hello, the fabric of the armchair is pilling badly after a month. Is this covered by the guarantee?
product_issue|My son's school shoes have split at the sole after 5 weeks. Not good enough.
product_issue|How do I descale the coffee machine? The descale light is on and won't go off.
product_issue|Is the frying pan safe for induction hobs? Mine doesn't seem to heat it.
product_issue|The wardrobe doors don't line up after assembly, one sits 2cm lower than the other.
product_issue|The face cream made my skin burn and go red. What's in it?
product_issue|The printer keeps saying paper jam but there is no paper stuck anywhere.
product_issue|My running trousers are see-through when I bend over. Not what I expected for the price.
product_issue|bought the ring in size N and it's way too tight, your sizes must run small
product_issue|The handle of the suitcase got stuck halfway and won't go up or down.
product_issue|Hey team, the rice cooker burns the bottom layer every time even on the white rice setting.
product_issue|The lid of the lunchbox doesn't seal, soup leaked all over my bag.
product_issue|Is it normal for the dehumidifier to make a loud clicking noise every few minutes?
product_issue|I've followed the video for the shelving unit three times and the top shelf still wobbles.
product_issue|The colour of the towels ran in the wash and turned everything pink.
product_issue|Can the outdoor lights stay out in winter frost or should I bring them in?
product_issue|My electric toothbrush won't hold a charge for more than a day now.
product_issue|The knife set arrived fine but two of the knives already have rust spots.
product_issue|Hi, the phone case I bought doesn't have a cut-out for the camera on my Galaxy S23. Did I get the right one?
product_issue|Greetings, the mixer grinder is making heavy noise and the jar is vibrating. Kindly send technician.
product_issue|the heels on these boots are wobbly, one of them is coming loose already
product_issue|Your "machine washable" rug came out of the machine falling apart.
product_issue|My kid's scooter wheel fell off while he was riding it. He could have been hurt.
product_issue|Are the replacement filters for the water jug sold separately? The old one is leaking grey bits.
product_issue|The lamp flickers when it's on the lowest brightness.
product_issue|Good morning, after a week of use my standing desk no longer goes up, it just beeps and shows E01.
product_issue|What size should I take back in the walking boots? The 42 pinches my toes but the 43 slips at the heel.
product_issue|The clock is running 10 minutes slow every day.
product_issue|Really disappointed, the cashmere jumper is already full of holes after a few wears.
product_issue|I'm allergic to latex, do the rubber gloves you sell contain any?
product_issue|The tent poles don't match the colour-coded sleeves, I can't work out how to put it up.
product_issue|The mug says dishwasher safe but the print has faded after 3 washes.
product_issue|Thank you for the fast delivery, really appreciate it! Unfortunately the drawer on the bedside table sticks and won't open fully.
product_issue|Hiya, the bottle warmer heats milk way too hot even on setting 1. Is mine faulty?
product_issue|The fridge is making a humming noise all night, it's really loud.
product_issue|The straps on the sandals are rubbing and cutting into my feet. Do they soften with wear?
product_issue|The trampoline net ripped in the first week. The kids weren't even rough with it.
product_issue|i cant figure out how to set the timer on the oven, the buttons just beep
product_issue|My cat's water fountain pump stopped working and the cat won't drink.
product_issue|Which way round does the filter go in the cooker hood? It's not clear from the picture.
product_issue|The sleeves of the shirt are really short for a size L. Is that the cut?
product_issue|Hi, I bought your gym leggings and the waistband keeps rolling down. Is there a different fit that stays up?
product_issue|The grill pan warped the first time I used it on high heat.
product_issue|Three weeks old and the robot hoover keeps going round in circles and never docks.
product_issue|Will the USB-C cable fast charge an iPad Pro?
product_issue|The seat cushion cover has a hole along the seam straight out of the packet.
product_issue|Could you tell me if the garden hose connector fits a standard UK outdoor tap?
product_issue|The wireless keyboard types double letters at random.
product_issue|Is the high chair tray removable for cleaning or does it stay on?
product_issue|The glue on the wallpaper isn't holding, the edges are curling after a day.
product_issue|How much weight can the floating shelf hold? I want to put books on it.
product_issue|Really lovely quality duvet, but it's so warm I'm sweating at night. Is there a lighter tog version I could swap to?
product_issue|The blinds I fitted last week won't roll back up, the chain just spins.
product_issue|Dear customer care, the pram brake does not hold on slopes. This is a serious safety concern, please advise.
product_issue|Does the serum have fragrance in it? I've got very sensitive skin.
product_issue|My earrings turned my ears green. They were sold as sterling silver.
product_issue|the camera lens on the doorbell fogs up every morning so I can't see anything
product_issue|I received the correct jacket but the hood doesn't detach like it says in the description.
product_issue|Why does the iron leave white flakes on my clothes?
product_issue|Nice sturdy bike but the gears keep slipping when I go uphill.
product_issue|The plant I bought is dropping all its leaves. How often should it be watered?
product_issue|The wine glasses are so thin one broke while I was drying it by hand.
product_issue|The baby gate won't fit our stairs, the gap is 78cm. Do you sell an extension?
product_issue|My headphones' noise cancelling makes a hissing sound in quiet rooms.
product_issue|Is the sofa bed mattress supposed to be this thin? You can feel the metal bars.
product_issue|The hinge of the laptop cracked after a couple of months of normal use.
product_issue|So the self-cleaning function on the oven set off the smoke alarm. Is that expected?
product_issue|hi the tap I bought drips constantly even after fitting it exactly as shown
product_issue|The air purifier display is stuck on red even in a clean room.
payment_issue|I've been charged £89 twice on my credit card for one order. Please reverse the extra payment.
payment_issue|My Mastercard gets rejected every time at the last step, the bank says there's nothing wrong on their side.
payment_issue|Hi, could I get a VAT invoice for my last order? I need it for my business expenses.
payment_issue|The discount code WELCOME15 says "not valid for items in your basket". Which items does it exclude?
payment_issue|Paid with PayPal, money's gone from my account, but the order says awaiting payment.
payment_issue|Is it possible to split the payment across two cards?
payment_issue|Why has my card been charged again a week after I paid? There's a second transaction from you for £15.
payment_issue|hi my gift card wont apply at checkout, says invalid but it has £40 on it
payment_issue|The price went up between my basket and the payment page. I was charged more than what was shown.
payment_issue|Dear Sir, amount got debited from my account but order is not confirmed. Transaction ID 88213344. Kindly check and revert.
payment_issue|Can you send the invoice with my company name and address on it instead of my own name?
payment_issue|I'm being asked for a 3D Secure code but the text message never arrives, so I can't pay.
payment_issue|Apple Pay just spins forever and then says try again later.
payment_issue|There's a pending charge from you on my account but I cancelled the order before paying. When will it drop off?
payment_issue|You charged me for express delivery but I chose standard at checkout.
payment_issue|My Klarna instalment was taken even though I returned everything and you confirmed receipt.
payment_issue|Can I pay by bank transfer for a large order? Card limit won't cover it.
payment_issue|The invoice shows the wrong billing address, please reissue it with 5 Mill Lane.
payment_issue|Payment keeps failing with error code 402. Tried three different cards.
payment_issue|Oh lovely, charged three times for the same pair of shoes. Really confidence inspiring.
payment_issue|I got charged in dollars instead of pounds and my bank added a foreign transaction fee.
payment_issue|The promo code from your newsletter says it's already been used, but this is my first time using it.
payment_issue|Hello, I ordered with pay later but I'd like to pay the whole amount now. How do I do that?
payment_issue|why have u taken money from my account twice?? i only ordered once
payment_issue|Kindly provide the tax invoice for order 2201 as the one attached in mail is blank.
payment_issue|My payment went through but I didn't get a receipt. Could you send one over?
payment_issue|Checkout won't accept my American Express card. Do you take Amex?
payment_issue|Could I get the remaining balance of my gift voucher moved onto a new one? Part was used on my last order.
payment_issue|The total on my bank statement doesn't match the order total, there's an extra £4.99.
payment_issue|Hi there, my bank flagged your payment as fraud and blocked it. I've now unblocked it, can you retry the payment?
payment_issue|I used a student discount code but I've been charged full price.
payment_issue|My instalment plan shows 4 payments but you've taken the first 2 on the same day.
payment_issue|The loyalty voucher I redeemed at checkout was taken off my balance but not off the price.
payment_issue|I was charged import duty on delivery even though your site says duties are included. Please explain.
payment_issue|Good afternoon, could you confirm which payment methods you accept for orders from Switzerland?
payment_issue|The pre-authorisation on my card is still there a fortnight after the order shipped.
payment_issue|Hello, I was charged the full price on my credit card but the sale price was shown in the basket. Order 10392. Please correct the charge.
payment_issue|Google Pay charged me but your site says the transaction was declined.
payment_issue|Card declined, "do not honour". Bank says it's fine. What now?
payment_issue|can i pay cash on delivery?
payment_issue|I need a proforma invoice before our finance team can release the payment for this order.
payment_issue|There's a charge on my statement from your company I don't recognise, dated the 3rd. I didn't buy anything.
payment_issue|You've invoiced us for 50 units but we only received and accepted 45.
payment_issue|The bundle discount wasn't applied, it says buy 3 get 1 free but I paid for all four.
payment_issue|Thanks a lot for the quick delivery! One thing though: I was billed for gift wrapping I never selected.
payment_issue|My PayPal payment is stuck as "pending" since yesterday.
payment_issue|Why does the checkout add a £2 card fee? It wasn't mentioned anywhere.
payment_issue|Can you change the name on the invoice? It's for a gift and they need it for the warranty.
payment_issue|I was overcharged for postage, I paid £9.99 but the parcel went by standard mail.
payment_issue|The card I used has been cancelled, how do I update the payment method for my next instalment?
payment_issue|Respected Sir/Madam, payment failed but amount is deducted from my UPI. Please reverse the debit or confirm the order.
payment_issue|my voucher didn't work and now the discount has expired. can you still honour it?
payment_issue|I paid my invoice by transfer on Monday, but I keep getting payment reminders.
payment_issue|You took a £1 verification charge from my card and it hasn't been released.
payment_issue|The price-match you promised me on the phone wasn't applied to what I was charged.
payment_issue|Is there any way to pay monthly for the sofa? I can't see a finance option.
payment_issue|My order was charged to my old card that expired, how is that even possible?
payment_issue|Why is there VAT on my invoice when I'm ordering from Norway?
payment_issue|Just realised you charged me twice last week, once on the 10th and again on the 11th, same amount. Could you look into it please?
payment_issue|At checkout it says "payment provider unavailable". Any idea when it will work?
payment_issue|The referral credit I earned isn't being taken off my order total.
payment_issue|Hello there, your checkout accepted my gift card but then charged the whole amount to my credit card as well.
payment_issue|Need a copy of the receipt for the hoover I bought in March for an insurance claim.
payment_issue|Bank says the transaction was reversed but your site still shows my order as paid. Which is right?
payment_issue|Can you resend the payment link? The one in the email has expired.
payment_issue|I was told I'd get free delivery with my membership but £3.95 was added at checkout.
payment_issue|Hi, the monthly subscription took payment even though I paused it last week.
payment_issue|Your site said the code gives 20% off, but it only took off 10%.
payment_issue|Hey, I think I entered the wrong card details and the payment went through on my partner's card. Can you switch it?
payment_issue|The sale price disappeared when I went to pay and it charged the original price.
payment_issue|Invoice number missing from the PDF, our accounts department won't process it without one.
payment_issue|i was charged for shipping twice on one order
payment_issue|Dear team, we have not received the credit note for the invoice you corrected last month. Please send it.
payment_issue|Payment was taken in full but I selected pay in 3. Can that be changed?
payment_issue|Thank you for the great service as always 🙂 Could you tell me why my reward voucher can't be combined with the sale?
payment_issue|Is it safe to pay on your website? The padlock isn't showing and I'm worried.
payment_issue|The checkout adds tax twice, once on the items and once on the total.
payment_issue|Still waiting for you to reverse that duplicate payment from two weeks ago. Getting fed up now.
payment_issue|I bought a gift card online for my dad but it hasn't been emailed and my card was charged.
payment_issue|The payment page says my postcode doesn't match my card, but it does.
payment_issue|Hi, I need the invoice to show the serial number of the laptop for my employer. Is that possible?
payment_issue|What's this £0.00 authorisation from you on my banking app?
payment_issue|My bank refused the payment because of your merchant location, can I pay another way?
payment_issue|You said the delivery charge would be waived after the delay but it's still on my bill.
payment_issue|I was charged the wrong amount for the set, the site says £45 but I paid £54.
payment_issue|Hello, your checkout keeps telling me my card has insufficient funds when there's plenty in the account.
payment_issue|charged me twice AGAIN. second time this month. sort out your payment system
payment_issue|Could you split my invoice into two, one per delivery? Our accounts need it that way.
payment_issue|The cashback offer you advertised hasn't been credited.
payment_issue|We're a school and need to pay by purchase order. Is that an option?
payment_issue|I have a gift card from Christmas and the checkout says the balance is zero.
payment_issue|the payment screen went white after I clicked pay and I don't know if it went through, bank shows pending
account_issue|I can't log into my account, it keeps saying incorrect password even after I reset it.
account_issue|How do I unsubscribe from the daily marketing emails? Once a week would be fine.
account_issue|Please close my account, I won't be shopping with you again.
account_issue|Hi, I've got a new phone number and need to update it on my account for the delivery texts.
account_issue|my account says it's been deactivated?? i didnt do anything
account_issue|The verification code for logging in never arrives by text.
account_issue|Where can I see my loyalty points? The app shows 0 but I've spent over £500 this year.
account_issue|Dear team, I request you to kindly remove my personal details from your records. Regards, Deepak
account_issue|I signed up with Facebook and now I can't log in because I deleted my Facebook. How do I get into my account?
account_issue|I keep getting emails addressed to someone called Mark. My name is Sarah. Please update my profile.
account_issue|Hello! Thanks for the lovely welcome email 😊 I just can't work out how to change my display name in my profile.
account_issue|Can I have my order history transferred to my new account? I made a second one by mistake.
account_issue|Somebody has changed the email on my account and I can't get in. I think I've been hacked.
account_issue|The reset password link says "expired" the second I click it.
account_issue|I'd like to know what data you've shared with third parties about me.
account_issue|Stop sending me texts. I never agreed to SMS marketing.
account_issue|Please change my date of birth in my account, it's wrong and I'm missing out on the birthday offer.
account_issue|Hi, my points from the double points weekend still haven't shown up.
account_issue|Why has my account been suspended? I just placed an order last week.
account_issue|can't sign in on the app but can on the website, same details. weird
account_issue|My loyalty card number isn't linked to my online account. How do I connect them?
account_issue|I would like to update the email address registered to my account from my old university address to my personal one.
account_issue|Good evening, I have forgotten my password and I no longer have access to the email on the account. What can I do?
account_issue|Please turn off the product recommendation emails but keep the order updates.
account_issue|Delete all my saved addresses and card details please, I don't want them stored.
account_issue|Can two people share one account for the rewards scheme? My husband and I both shop here.
account_issue|Hi, how do I remove an old card from my account? There's no delete button next to it.
account_issue|Honestly, third time I've asked you to take me off your mailing list. Do it please.
account_issue|My membership tier dropped from Gold to Silver for no reason.
account_issue|I can't change my password, it says the new one doesn't meet requirements but it has everything listed.
account_issue|Your site says an account already exists with my email but I've never registered.
account_issue|Hello, I'm a student and I can't verify my student status in my account, the upload keeps failing. Thanks, Mei
account_issue|Please merge my guest orders into my registered account.
account_issue|My loyalty points expired without any warning. Can they be reinstated?
account_issue|I deleted my account by mistake yesterday, can it be restored?
account_issue|Two-step verification is sending codes to my old number. How do I change it?
account_issue|I've opted out of cookies and tracking but I'm still getting personalised adverts by email.
account_issue|Hiya, how do I add my partner as a second delivery contact on my profile?
account_issue|Can't log in. Says account not verified but I never got a verification email.
account_issue|The email on my account has a typo, it should be jones not jnoes. I can't fix it myself.
account_issue|I want to stop getting your catalogue in the post.
account_issue|I was told I'd get 500 bonus points for signing up. Where are they?
account_issue|Absolutely love being part of the members club! Quick thing, my membership card hasn't arrived in the post yet.
account_issue|Respected team, my account is showing some other person's orders and address. Please check urgently.
account_issue|Is it possible to change the country on my account? I've moved to Spain.
account_issue|i made an account but never got the welcome discount email
account_issue|Logged in and my wishlist and saved items have all disappeared from my profile.
account_issue|My account shows my ex's address as the default. How do I delete it?
account_issue|Can I get my rewards points converted into a voucher?
account_issue|I'm getting two copies of every newsletter. I must have signed up twice, can you remove one?
account_issue|Account blocked after I tried to log in from work. Please unblock it.
account_issue|Who can see my reviews? I'd like them shown without my full name.
account_issue|Please update my marketing preferences to post only, no emails.
account_issue|The security question on my account is one I never set. Can you reset it?
account_issue|Hello, my late mother had an account with you. How do we close it?
account_issue|I want to change my account from personal to business so I can add our VAT number.
account_issue|My password manager saved the wrong password and now I'm locked out. Help!
account_issue|Could you tell me how long you keep my data after I close my account?
account_issue|Why do I have to log in again every time I open the app? It doesn't remember me.
account_issue|my reward voucher isnt showing in my account, it was in the email
account_issue|Hi team, I've had my loyalty account for 4 years and all my points have vanished after your update.
account_issue|Please unsubscribe me from everything, I keep getting emails about products I've already bought.
account_issue|I'd like to withdraw my consent for you to use my data for marketing.
account_issue|How do I link my in-store purchases to my online account so I get the points?
account_issue|Why was my review removed from my account page?
account_issue|Tried resetting my password but the email goes to an address I can't access any more.
account_issue|Thanks so much for the quick help last week! Could you also update the phone number on my profile to 07700 900123?
account_issue|Please can you stop sending reminders about items left in my basket.
account_issue|Hello sir, I am not able to login with OTP, it is showing invalid OTP every time.
account_issue|Is there a way to see my old points statements?
account_issue|Where do I change the language of the emails you send me? They're coming in German.
account_issue|Not impressed that my account was closed for "inactivity" and my credit wiped.
account_issue|I'm 17, can I have an account or do I need a parent's?
account_issue|I've changed banks, how do I update the saved card on my profile?
account_issue|Your app logged me into someone else's account. I could see their address. That's a serious privacy issue.
account_issue|I never signed up for your newsletter, how did you get my email?
account_issue|Could you reactivate my account? I closed it last year but want to come back.
account_issue|hi how do i turn off the notifications from your app
account_issue|I don't remember which email I used for my account. Can you look it up with my phone number?
account_issue|My referral link doesn't work and my friends can't register with it.
account_issue|Please add my loyalty number 5521 9901 to my account, the points from my store visits aren't there.
account_issue|Hey, is there a way to make my wishlist private?
account_issue|I used to get the VIP early access emails and now I don't. Has my status changed?
account_issue|The "forgot password" button takes me back to the login page without sending anything. Is my account blocked?
account_issue|Please correct the spelling of my surname in my account, it's on every email you send.
account_issue|Got an email saying my password was changed. I didn't change it.
account_issue|Can I delete just my order history and keep the account?
account_issue|I don't want my birthday stored, please remove it from my profile.
account_issue|My account says I'm in the wrong loyalty tier, I should be Platinum after this year's spend.
account_issue|I'd like to switch my account's email notifications to my work address.
account_issue|Hi there, quick question. How do I sign out of all devices? I lost my tablet.
account_issue|Fed up with constant password resets, every week it asks me to make a new one.
technical_issue|Your website keeps giving me a 500 error when I click on any product in the sale section.
technical_issue|The add to basket button doesn't do anything on Chrome. Tried clearing cookies.
technical_issue|App freezes on the splash screen and then closes. iPhone 12, iOS 17.2.
technical_issue|My basket keeps emptying every time I log in on a different device.
technical_issue|The checkout page is stuck loading and never shows the payment options.
technical_issue|Loving the new website look! Just so you know, the menu on mobile won't scroll down past "Home".
technical_issue|the site is really laggy today, every click takes ages
technical_issue|I get "too many redirects" when I open your homepage on Firefox.
technical_issue|Hi, your product images aren't loading, just grey boxes everywhere. Tried two browsers.
technical_issue|The postcode lookup at checkout says no addresses found for my postcode, which definitely exists.
technical_issue|The app notifications open a blank page instead of the offer.
technical_issue|Your site crashed during the flash sale and by the time it was back everything was sold out. Great.
technical_issue|Filters don't work, I select size 10 and it shows everything.
technical_issue|Can't upload a photo with my review, the button just spins.
technical_issue|The live chat window opens and closes straight away.
technical_issue|The page goes white after I press "continue to delivery".
technical_issue|Your website won't load at all on my work laptop, just times out.
technical_issue|Hey, the quantity box won't let me choose more than one item.
technical_issue|The "track my order" page just shows an error code 503.
technical_issue|The app says "no internet connection" but everything else on my phone works fine.
technical_issue|Sort by price doesn't sort anything, the cheapest items are in the middle.
technical_issue|The website keeps switching to the Euro version even though I'm in the UK.
technical_issue|The captcha at checkout never accepts my answer, I've done it 10 times.
technical_issue|Your app drains my battery like crazy since the last update.
technical_issue|Nothing happens when I click "place order". No error, no confirmation, nothing.
technical_issue|The colour swatches on the product page don't change the photo.
technical_issue|Brilliant app overall, use it all the time! Small bug though: the back button takes me to the homepage every time.
technical_issue|The site logged me out five times in ten minutes while I was trying to shop.
technical_issue|Videos on the product pages won't play, just a black box.
technical_issue|The site is showing prices in a weird format like 1.299,00 and I can't tell what things cost.
technical_issue|Hello, the app keeps asking me to update but the store says it's already up to date.
technical_issue|The size selector is greyed out on every item I look at.
technical_issue|Can't scroll the checkout page on my iPad, the pay button is cut off at the bottom.
technical_issue|Your website looks broken, all the text is overlapping and the buttons are in random places.
technical_issue|Wishlist won't save anything, it's always empty when I come back.
technical_issue|i keep getting kicked out of the app when i open the basket
technical_issue|The discount banner on your homepage covers the search box so I can't type anything.
technical_issue|Site's down again? Getting a Cloudflare error page.
technical_issue|The store locator map doesn't load, it just says "error loading map".
technical_issue|When I click on the link in your email it takes me to a page that says access denied.
technical_issue|Hi, the app is showing items in my basket that I removed days ago.
technical_issue|Voice search in the app doesn't pick anything up.
technical_issue|The date picker for delivery slots shows no available days at all.
technical_issue|Your web page keeps refreshing by itself every few seconds.
technical_issue|The site won't let me type my house number, the field only accepts letters.
technical_issue|Good morning, I am unable to proceed at the checkout page, the continue button is disabled. Please resolve the issue.
technical_issue|So the new app update deleted all my saved items. Thanks for that.
technical_issue|The product reviews section shows the same three reviews on every product.
technical_issue|The compare products feature just shows a blank table.
technical_issue|My screen reader can't read the buttons on your checkout, they have no labels.
technical_issue|Your mobile site zooms in when I tap the search field and I can't zoom back out.
technical_issue|Page not found when I click on "Men's shoes" in the menu.
technical_issue|The app crashes when I try to scan the barcode in store.
technical_issue|The cookie banner won't go away no matter what I click.
technical_issue|Hey guys, great deals this week! But the sale page is loading really slowly, takes 30 seconds.
technical_issue|Every time I try to add a delivery note, the page reloads and it disappears.
technical_issue|Your website shows me as logged in as someone else's name. Weird glitch.
technical_issue|The QR code on the receipt leads to a broken link.
technical_issue|The size guide table is cut off on my phone, I can't see the last columns.
technical_issue|Your order confirmation page threw an error, I don't know if the order went through.
technical_issue|the website just shows a spinning wheel on my laptop, works on my phone
technical_issue|The font on your app is tiny since the update and I can't make it bigger.
technical_issue|The "notify me when back in stock" button gives an error.
technical_issue|The site is down for me in Scotland, is it down for everyone?
technical_issue|Hello team, the gift message box at checkout deletes everything after the first line.
technical_issue|Your app won't install on my Android tablet, it says the device is incompatible.
technical_issue|Can't click on anything on the basket page, the whole thing seems frozen.
technical_issue|Your emails show up with broken images and code everywhere in Outlook.
technical_issue|Links in the footer go nowhere.
technical_issue|It's been three days and the app still shows the maintenance screen.
technical_issue|I tried to leave a review but the submit button is greyed out even after filling everything in.
technical_issue|Your site thinks I'm in France and won't let me switch back to English.
technical_issue|The search suggestions show products that don't exist when I click them.
technical_issue|When I zoom in on product photos on the app it crashes.
technical_issue|The checkout keeps saying my session has timed out after a few seconds.
technical_issue|Respected team, your website is not opening in my mobile since yesterday. It is showing a blank white screen.
technical_issue|There's a bug where the basket total doesn't update when I change quantities.
technical_issue|Images on the homepage overlap each other on Safari.
technical_issue|It's impossible to use your site with a keyboard only, the tab order is all over the place.
technical_issue|Your app keeps sending me the same push notification every hour.
technical_issue|The delivery address form clears itself when I go back a step.
technical_issue|The "load more" button at the bottom of the category page doesn't load anything.
technical_issue|Hi, your site shows out of stock on every product today, even ones that were available this morning. Glitch?
technical_issue|I can't get past the cookie consent screen on the app.
technical_issue|the checkout button is hidden behind the chat bubble on my phone
technical_issue|Your site just told me my email is invalid. It's a perfectly normal gmail address.
technical_issue|Pages on your site take forever to load compared to other shops. Something's up.
technical_issue|When I open my orders page in the app it just says error 404.
technical_issue|The product page keeps jumping back to the top while I'm reading.
technical_issue|The app shows prices in dollars even though I've set the region to UK.
technical_issue|Your virtual try-on feature won't turn on my camera.
technical_issue|Hi, is there a problem with the website? Nothing loads after I log in.
technical_issue|The app's barcode scanner just shows a black screen.
technical_issue|I get an endless loop between the login page and the checkout.
technical_issue|The email sign-up form on your homepage says error every time I submit it.
technical_issue|The buttons on your app are unresponsive after the latest update, I have to tap them five times.
general_inquiry|What time do you close on Saturdays?
general_inquiry|Do you deliver to the Channel Islands, and is there an extra charge?
general_inquiry|Hi, will the green velvet armchair be restocked before Christmas?
general_inquiry|Can I buy a gift card online and have it sent straight to my friend by email?
general_inquiry|Is the oak dining table solid wood or veneer?
general_inquiry|Do you have a branch in Leeds city centre?
general_inquiry|Absolutely loving your new autumn collection! Will there be more sizes in the wrap dress soon?
general_inquiry|Are you open on bank holiday Monday?
general_inquiry|Is there a minimum spend for free delivery?
general_inquiry|Could you tell me the dimensions of the corner sofa when the chaise is on the left?
general_inquiry|Do you price match other retailers?
general_inquiry|Do you do click and collect from your stores?
general_inquiry|How much would shipping to Australia be for a small parcel?
general_inquiry|Hi, is the blue jumper made of real wool or acrylic?
general_inquiry|Will you be having a Black Friday sale this year?
general_inquiry|I'm looking for a present for my mum, she loves gardening. Anything you'd recommend under £30?
general_inquiry|Can I order now and pay when it's back in stock?
general_inquiry|Is the toy suitable for a 2 year old? It doesn't say the age range.
general_inquiry|What's the warranty on your washing machines?
general_inquiry|Do you sell spare parts for the old model of your stand mixer?
general_inquiry|Which of your stores has the biggest furniture range? I'd like to see the beds in person.
general_inquiry|Dear Sir, kindly let me know whether cash on delivery is available for Chennai pin code 600041.
general_inquiry|Is there a phone number I can call instead of emailing?
general_inquiry|Hey! Big fan of your brand. Do you ever do sample sales?
general_inquiry|Are your prices the same in store and online?
general_inquiry|How far in advance can I book a delivery slot?
general_inquiry|Does the coat come in petite lengths?
general_inquiry|Do you offer an assembly service for wardrobes?
general_inquiry|Hello, I run a café and I'd like to order 40 mugs. Do you do trade prices for bulk orders?
general_inquiry|Can I return an online purchase to a store? Asking before I order.
general_inquiry|Do you ship internationally or just within the EU?
general_inquiry|Can I still order for delivery before New Year's Eve?
general_inquiry|What are your opening hours over the Christmas period?
general_inquiry|Where are your products made?
general_inquiry|Is the lipstick shade in the photo the same as in real life? Looks quite pink.
general_inquiry|Hi, do you have wheelchair access at your Bath store?
general_inquiry|Can I reserve an item online and pay in the shop?
general_inquiry|Do your mattresses come with a trial period?
general_inquiry|hiya when does the summer sale start?
general_inquiry|How much does next day delivery cost to Wales?
general_inquiry|Is there parking at your Croydon store?
general_inquiry|What material is the lining of the winter coat?
general_inquiry|Do you have this sofa in stock at the Glasgow shop, or can I only order it online?
general_inquiry|Are your plastic containers BPA free?
general_inquiry|Can I get a gift receipt with my order?
general_inquiry|Do you offer a personal shopping appointment?
general_inquiry|Is the jacket true to size or should I size up?
general_inquiry|Do you plan to open a store in Cardiff?
general_inquiry|Can I buy the dining chairs separately from the table?
general_inquiry|How many days do I have to return something if I change my mind?
general_inquiry|Do you recycle old mattresses when you deliver a new one?
general_inquiry|What's the difference between the Pro and the Plus version of the hoover?
general_inquiry|Hello there, I saw an advert for a 3 for 2 offer on candles. Is that still on?
general_inquiry|Do you sell gift cards in the shop or only online?
general_inquiry|Is there a size guide for children's shoes?
general_inquiry|Which courier do you use for deliveries to Northern Ireland?
general_inquiry|When will the new catalogue be out?
general_inquiry|Are your cotton sheets organic?
general_inquiry|I've been shopping with you for years and I love everything! Do you have plans for a loyalty app?
general_inquiry|Could you tell me if the bookcase can be wall-mounted?
general_inquiry|Do you have a showroom where I can try the office chairs?
general_inquiry|Is it possible to order a fabric sample before buying the curtains?
general_inquiry|Do you deliver to PO boxes?
general_inquiry|Can I collect from the warehouse to save on delivery?
general_inquiry|Respected Sir, I want to know the price of the steel almirah and delivery charges to Pune.
general_inquiry|Are the earrings suitable for sensitive ears? Thinking of buying them for my niece.
general_inquiry|What's the cut-off time for next day delivery?
general_inquiry|Do you do engraving on the watches?
general_inquiry|How do your gift vouchers work? Can they be used against sale items?
general_inquiry|Is the duvet suitable for someone allergic to feathers? Looking to buy one.
general_inquiry|Are the shelves in the cabinet adjustable?
general_inquiry|Do you sell refurbished laptops?
general_inquiry|Can I buy online and have the item wrapped as a present?
general_inquiry|What's the maximum weight the garden bench holds? Planning to order two.
general_inquiry|Hi, are there any discounts for NHS staff?
general_inquiry|Is the kids' table set available in white as well as natural?
general_inquiry|How does your rental furniture scheme work?
general_inquiry|Do you have the same offers in your outlet store?
general_inquiry|What's the lead time on a made-to-order sofa?
general_inquiry|Is it cheaper to order two items together for postage?
general_inquiry|Do your stores stock the full online range?
general_inquiry|Can I pick up from the store on the same day if I order in the morning?
general_inquiry|Is your chocolate made in a nut-free factory? I want to order some for my son.
general_inquiry|Any plans to bring back the linen bedding you stopped selling last year?
general_inquiry|Where's your nearest shop to Milton Keynes?
general_inquiry|Can you deliver to a hotel? I'll be staying there for a week.
general_inquiry|Do you ship outside the UK at all? Thinking of ordering from Spain.
refund_request|I returned the boots two weeks ago and still haven't had my money back. When will it be refunded?
refund_request|Can I get a refund instead of store credit? I don't want another item.
refund_request|The coat arrived with a rip in the sleeve. I don't want a replacement, just my money back please.
refund_request|Hi, your email says my refund was processed on the 3rd but nothing has shown up on my card.
refund_request|Please refund the delivery charge, the parcel arrived a week late and I paid for express.
refund_request|i sent back the top, where's my money
refund_request|Dear Sir/Madam, I returned the items in order 55819 on 2 May via the prepaid label. Kindly confirm when the refund will be credited. Regards, Suresh
refund_request|I was only refunded for one of the two items I sent back.
refund_request|Can you refund me to a different card? The one I paid with has been cancelled.
refund_request|Thanks for being so helpful on the phone! Just to confirm, will the refund go back on my credit card or as a voucher?
refund_request|I'd like to cancel my subscription and get a refund for this month, I haven't used it.
refund_request|Return received by your warehouse on the 10th according to tracking, still no refund after 3 weeks.
refund_request|The lamp doesn't work out of the box. I'd like to send it back for a full refund.
refund_request|How do I get my money back for the cushion covers? They were the wrong colour and I've changed my mind anyway.
refund_request|You refunded the item but not the original postage. Isn't that meant to be refunded too?
refund_request|Refund pending for 12 days. Is that normal?
refund_request|Hello, my order never arrived and the courier confirmed it's lost. I'd like a refund rather than a resend.
refund_request|Great, my refund came as a gift voucher when I asked for cash back. Please change it.
refund_request|Hi, what's the process for returning the sofa for a refund? It doesn't fit through our door.
refund_request|Can I return the unopened perfume and get my money back?
refund_request|My refund was for £20 less than I paid. What happened to the rest?
refund_request|The sale price dropped a day after I bought it. Can I get the difference refunded?
refund_request|Just a quick follow-up on my refund for order 30118. It's been 10 working days.
refund_request|I asked for a refund a month ago and got an automated reply. Nobody has contacted me since.
refund_request|Please refund my order, I cancelled it within an hour of placing it.
refund_request|The shoes hurt my feet so I sent them back unworn. When do I get my refund?
refund_request|Ordered the wrong size and returned it last week, please process my refund asap.
refund_request|My bank says you haven't issued any refund, but your email says you did. Can you send proof?
refund_request|Hiya, loved the dress but it didn't suit me so I've sent it back. Could you let me know when the refund goes through? x
refund_request|The blender stopped working after a month. Rather than a repair, can I have a refund?
refund_request|Refund for my returned order went to PayPal but I paid by card. Where is it?
refund_request|I returned the chair in store and they said the refund would be done online. Nothing yet.
refund_request|I want a refund for the jacket, it's not the quality shown in the photos.
refund_request|so i got a partial refund but i returned everything? what
refund_request|Respected team, I have returned the product as per your instructions but refund is still not credited. Please do the needful.
refund_request|Does the refund include the gift wrapping charge?
refund_request|I've been waiting six weeks for a refund. This is unacceptable. I'll be contacting trading standards.
refund_request|My return was rejected as "used" but it was only tried on. I want my refund.
refund_request|Can I get a refund on a gift? I have the gift receipt but not the original card.
refund_request|I was told by chat I'd be refunded for the missing item. When will that happen?
refund_request|The hotel booking was cancelled by you, I need a full refund of what I paid.
refund_request|My refund shows as "issued" but my bank says they can't see it. What's the reference number?
refund_request|I returned one item from a multi-buy offer and got nothing back at all.
refund_request|Could you refund the price difference? Same item is £15 cheaper today.
refund_request|Hello, the delivery was missed because the driver went to the wrong address, so I cancelled. Please refund the order.
refund_request|My refund went to an old card that's been closed. How do I get it now?
refund_request|Return label printed, parcel dropped at the post office on Monday. How long until I see my money?
refund_request|Please can I have a refund for the bedding set, I don't need it any more.
refund_request|Why was a restocking fee taken from my refund? Nobody told me about that.
refund_request|Asked for my money back 3 times. Three. Still nothing.
refund_request|I never received the refund for the cancelled part of my order.
refund_request|How long do refunds take to appear on an Amex card?
refund_request|I returned the TV because it was faulty and you refunded less than half. Why?
refund_request|Hi, is it possible to get a refund after 30 days? The item broke in week 5.
refund_request|I'd like my money back for the course I booked, it was cancelled.
refund_request|Yes I'd like the refund please, not an exchange.
refund_request|can i return the trainers for money back if i wore them once outside?
refund_request|Tracking shows my return has been in your warehouse for two weeks. Please issue the refund.
refund_request|Your returns team confirmed the refund a fortnight ago and my money still isn't back.
refund_request|I want to send back the rug for a refund, it sheds everywhere.
refund_request|My Klarna account still shows I owe money for the items I returned. Please refund them on Klarna.
refund_request|Would you refund me if I return the sofa? The colour is nothing like the website.
refund_request|Dear customer care, I am writing to request a refund for order 9921. The item was not as described. I await your response. Yours faithfully, J. Clarke
refund_request|Good morning, could you please refund my shipping fee as you promised in your last email? Many thanks
refund_request|Please refund me for the items that were missing from my delivery, I don't want them sent again.
refund_request|The parcel was returned to you because I wasn't in. I'd rather have the money back than a redelivery.
refund_request|Do I get a full refund if I cancel the made-to-order table now?
refund_request|Hey, just chasing the refund for the jeans I sent back last month.
refund_request|The item was faulty and I had to pay to post it back. Can you refund the postage?
refund_request|I paid for premium delivery and it came with standard, please refund the difference.
refund_request|You took payment for a pre-order that was then cancelled. When will you give the money back?
refund_request|I have returned the watch but I got an email saying the refund was declined. Why?
refund_request|Please put the refund on my original payment method, not on a gift card.
refund_request|Refund still not received for the return I made in store last Saturday.
refund_request|I returned the laptop within 14 days and you're saying I'm not eligible for a refund. That's not right.
refund_request|Where's my refund? Sent the items back ages ago.
refund_request|Can I exchange the cardigan for cash instead of a different size?
refund_request|I've been told to wait for the refund, but it's been 8 weeks. I want it today.
refund_request|Hello, I'm returning the stroller as my baby outgrew it before I used it. Can I get my money back?
refund_request|i want a refund for my order it came broken and i dont want a new one
refund_request|My refund for the cancelled delivery slot hasn't come through.
refund_request|Love your brand but this time I need to send the bag back. How do I get refunded?
refund_request|The credit note you sent can't be used online. I want an actual refund.
refund_request|I've returned everything from my order, why is there still a charge on my card and no refund?
refund_request|Please can you confirm my refund has been sent? I need the money for rent.
refund_request|Good evening, the return was collected by your courier on Friday. When will I be refunded?
refund_request|I want a refund. Not a voucher, not a replacement, a refund.
refund_request|Hello, I'm sending the mirror back because it arrived cracked. Please refund me when it gets to you.
refund_request|Can the refund be paid into my bank account directly?
refund_request|Returned item accepted, refund says "completed", bank says nothing received. Help?
refund_request|Is there any fee taken off refunds for returned furniture?
other|Hello, I'd like to apply for the part-time sales assistant role at your Chester store. My CV is attached.
other|Just wanted to say a massive thank you to the lady on your helpline, she was so kind to my elderly dad.
other|We are a digital marketing agency helping brands grow on Instagram. Can we book a 15 minute call?
other|Your billboard on the A40 has a spelling mistake. Thought you'd want to know!
other|CONGRATULATIONS you have been selected for a $1000 reward, click here to claim.
other|Dear founder, I've followed your company since the start and I think you're building something special.
other|I'm a photographer and would love to shoot your next lookbook. Portfolio link below.
other|Your delivery van was parked on the pavement outside my house blocking my wheelchair ramp.
other|Is this the right email to send a press enquiry? I'm writing a piece for the Guardian on small brands.
other|Do you know a good plumber in Sheffield?
other|Who won the football last night?
other|My daughter is doing a school project on businesses, could she interview someone from your team?
other|I'm so angry about your stance on plastic packaging in that interview. You should be ashamed.
other|Hello, we are a manufacturer of bamboo toothbrushes in Vietnam looking for retail partners. Please see attached price list.
other|Love love love your shop, just spreading good vibes today ✨
other|Your staff at the Brighton shop were laughing at customers behind the counter. Really unprofessional.
other|Can I send you my invention idea? I think it would sell well in your shops.
other|Hi, I'm organising a charity fun run and wondered if you'd donate a prize for the raffle.
other|why do all your adverts follow me around the internet. creepy
other|Dear Sir, I am Prince Adewale and I require your assistance to transfer funds. Reply urgently.
other|I'm looking for an internship in e-commerce for this summer. Do you take interns?
other|Is anyone else listening to this hold music? It's actually a banger.
other|Your CEO's LinkedIn post about workers' rights was hypocritical given how you treat your staff.
other|We are a logistics company offering cheaper courier rates than your current provider. Interested?
other|Can you recommend a good book? Bored at work lol
other|I'm writing my dissertation on customer loyalty in retail, would you share any data?
other|Your music in the shop is way too loud, I had to leave.
other|Unsubscribe me from life lol jk, just saying hi
other|I think one of your delivery drivers hit my car wing mirror yesterday and drove off. Registration on the photo.
other|Could I speak to someone about renting space in your car park for a food truck?
other|Fancy a website redesign? Our agency builds fast Shopify stores at half the price.
other|Your window display in Covent Garden is gorgeous, just had to tell you.
other|I used to work for you in 2019 and need a reference letter for a new job. Who should I contact?
other|Is it true you're being bought by a bigger company?
other|Your TV advert with the dog made me cry. Beautiful.
other|Please stop calling my mobile about surveys, it's the third cold call this week.
other|We'd love to feature your products in our gift guide. What are your rates for sponsored posts?
other|Your staff member in the Derby store was incredibly rude to my mum when she asked for help.
other|Not a customer, just think your logo looks like a competitor's. Funny.
other|I'm a supplier and my invoice to your purchasing department has been unpaid for 60 days.
other|Hey are you hiring delivery drivers in my area?
other|I found a wallet in your Norwich store car park. Who do I hand it to?
other|Greetings, I would like to invite your company to exhibit at our trade fair in Birmingham in March.
other|Sorry wrong email, please ignore.
other|Do you do corporate volunteering days? Our team would love to help at a local project.
other|Your boss should be ashamed of the way the company voted on the high street plans.
other|Why is your brand name pronounced like that? Always wondered.
other|We're a YouTube channel with 200k subscribers and would like free products for a review.
other|Thank you for supporting the local food bank, it means a lot to our community.
other|Please pass on my thanks to Jamie from the Leicester shop, he went above and beyond.
other|Your charity collection tin at the till was stolen by someone, I saw it happen.
other|can u guys follow me back on insta
other|Sir, I am interested in a franchise of your shop in Hyderabad. Please share the details.
other|Your ads on YouTube are too long and I can't skip them.
other|I'd like to complain about the smoking area right outside your store entrance.
other|Your mission statement is inspiring. Would you speak at our university event?
other|Hi, I'm from the council, we need to talk to the manager about the bins behind your shop.
other|Just here to say the new shop layout is great. Carry on!
other|Your delivery drivers speed through our estate every day. Someone is going to get hurt.
other|How do I become a brand ambassador for you?
other|Your share price has dropped, should I sell?
other|I'm selling my vintage furniture collection, would your buyers be interested?
other|Please forward this to your HR department, I want to report my manager at the Hull branch.
other|Just a thought, you should sell dog beds too!
other|Is this a real company or a scam? Genuinely asking, never heard of you.
other|Your website's blog article about cleaning had a great tip, thanks!
other|I'm the neighbour of your warehouse and the lorries are beeping all night.
other|Dear CEO, I'd love a mentoring chat with you about starting my own shop.
other|Your competitor is doing the same thing cheaper, just so you know.
other|Hello, we're a translation agency. Do you need your website translated into French or German?
other|I hate that you sponsor that football club.
other|What's your favourite product in the range? Just curious!
other|Wishing the team a great Diwali!
other|Why did you stop sponsoring the kids' rugby tournament? The kids loved it.
other|Hi, can I park my van in your customer car park overnight?
other|The music on your Instagram stories is so good, what's the playlist?
other|We're raising money for the hospice, would you put a poster up in your window?
other|Hi, I'm a journalist researching delivery drivers' working conditions. Would anyone speak to me?
other|Honestly you lot are the worst company I've ever dealt with. Never again.
other|Thank you for employing my son, he loves working in your warehouse.
other|I have an idea for a collaboration with my bakery. Who handles partnerships?
other|Gift of the day: free crypto mining software, download at bestminer dot ru.
other|Could you settle a bet? Is your company British or American?
other|Your former employee is posting nasty things about you on TikTok.
other|Nice to see a company that pays its staff properly. Respect.
other|Please update your company listing on Google Maps, the phone number is wrong.
other|Looking to rent one of your empty retail units, who do I speak to?
order_issue|Hello, I hope you're well. I ordered a set of garden furniture on 14 June (order 60712) and received a text saying it would arrive between 7 and 9 July. We're now on the 15th and the tracking still shows "with carrier". I've phoned the courier who told me to contact you. Could you please find out where it is? Many thanks, Gillian Hart
order_issue|You lot are usually brilliant so I'm surprised, but my order from last week hasn't turned up and tracking's frozen.
order_issue|Quick one - the parcel has my name but the address is my old flat in Camden. Can you get it redirected?
order_issue|Box says 2 of 3 on the label, I've only got box 1 and 2. Where's the third?
order_issue|Please tell me my order hasn't been lost. It's a surprise for my wife's birthday tomorrow.
order_issue|I'd like to change the delivery date on my sofa order to the following week, we're decorating.
order_issue|Sorry to bother you again, any news on my order? You said you'd chase the courier.
order_issue|Ordered a king size bed frame, the slats arrived but not the headboard or the side rails.
order_issue|Hi guys, top marks for the packaging! Only problem is the cushions in the box are cream and I asked for the charcoal ones.
order_issue|Dear Sirs, with reference to my order dated 2nd instant, I have still not received the goods. I request you to dispatch the same immediately. Thanking you, R. Nair
product_issue|Hello, I bought the ceramic hob cleaner from you and it's left white marks all over the glass. How do I get them off?
product_issue|Just wanted to say the sofa looks stunning in our living room. One thing, the seat cushion zips have split on two of them already.
product_issue|These running shoes give me blisters on both heels after a short jog. Normal for new shoes or are they faulty?
product_issue|The dining chairs wobble on our tiled floor, is there an adjustable foot for them?
product_issue|Been using the moisturiser for a week and my face is covered in tiny spots. Does it contain coconut oil?
product_issue|Right, the air fryer basket's coating is already flaking into the food. Not acceptable.
product_issue|The cot mattress is 2cm smaller than the cot on each side. Is that the right mattress for this cot?
product_issue|Got the bike helmet for my son and the strap buckle won't click shut. Is there a knack to it?
product_issue|The toy's battery cover screw is stripped so we can't change the batteries.
product_issue|My new trainers are a half size bigger than my other pairs in the same size. Do your sizes run large?
payment_issue|Hello, I hope you can help. I placed order 80114 on Tuesday and paid with my debit card. Today I noticed two identical payments of £62.50 on my bank statement, one on Tuesday and one on Wednesday. I only placed one order. Could you please look into this and reverse the duplicate? Thanks, Laura
payment_issue|Your team has been fab so far, just one thing, my invoice is missing the company VAT number we gave at checkout.
payment_issue|Tried paying with my gift card and a debit card together but the site only lets me use one.
payment_issue|I'm trying to order but it won't accept my billing address because it's a different country from my delivery address.
payment_issue|The order total jumped by £8 for "service charge" on the last page. What's that for?
payment_issue|Hi, our firm needs the invoice addressed to our head office, not the branch that placed the order.
payment_issue|Paid for an order an hour ago and there's no confirmation, but my banking app shows the money gone. Did it go through?
account_issue|Hi, I hope you're well. I've been trying to log into my account for a week to check my points before the voucher expires, but every time I enter my password the page just reloads and asks again. I haven't changed anything. Can you help? Thanks, Ruth
account_issue|Cheers for the birthday discount! Could you change my birthday in my account though? It's actually in March, not May.
account_issue|I keep getting emails about orders even though I closed my account last year. Is my data still stored?
account_issue|My daughter used my account and changed the password. How can I reset it without her email?
account_issue|How do I stop getting the "you left something in your basket" emails? I've already unsubscribed from marketing.
account_issue|You sent a password reset to my email but I didn't request one. Should I be worried?
technical_issue|Hello, I hope you can help. Each time I try to check out on your website, after entering my card details the page goes blank and I get sent back to the basket. I've tried on Chrome and Safari and on my phone. Nothing has been charged. Regards, Mark
technical_issue|Great products, shame about the website. It's crashed twice while I was halfway through ordering.
technical_issue|Is your website having problems? My basket says 3 items but shows nothing when I open it.
technical_issue|Your app logs me out every time I switch to another app and back.
technical_issue|The estimated delivery date on the product page says 1970. Might want to fix that.
technical_issue|The promo code box isn't showing on the checkout page at all on mobile.
technical_issue|The links in your order confirmation email don't open on my phone.
technical_issue|When I press the heart to save an item nothing happens, no error, no saved item.
general_inquiry|Hi there, I'm planning to buy a new bed frame and I'm torn between the Oslo and the Bergen. Which one is sturdier for two adults? And do you deliver and assemble on the same day? Thanks, Kate
general_inquiry|Hiya, I adore your candles! Thinking of ordering some as wedding favours. Do you do discounts for 100+?
general_inquiry|Does the wool throw come in any other colours apart from the ones online?
general_inquiry|I'm thinking of buying the coffee machine, does it need a water filter or can I use tap water?
general_inquiry|Are you going to stock the larger size of the storage baskets again?
general_inquiry|Is it possible to visit your warehouse to see the sofas before ordering?
refund_request|Hello, I hope you're keeping well. On 2 March I returned a pair of boots (order 41903) using your free returns label. The tracking shows they were delivered to your warehouse on 5 March, but I haven't heard anything and no refund has arrived. Could you please check? Kind regards, Helen
refund_request|The chair was damaged on arrival so I sent it back with your courier. Still waiting on the money.
refund_request|The order was cancelled by your system but my card was charged, I need that money returned please.
refund_request|I don't want the replacement you're offering, I'd rather have my money back for the faulty hairdryer.
refund_request|My return was accepted last Monday, when does the money come back?
refund_request|Hi, I returned the shoes as they were too narrow. Please refund to my PayPal.
refund_request|The package was lost by the courier, you confirmed it. I'd like a refund now please, not another wait.
other|Hello, I'm a recent graduate with experience in customer service and I'd love to join your team. Are there any openings?
other|We'd like to stock your products in our boutique in Bath. Who handles wholesale?
other|Your van driver was so polite and helpful today, please tell his manager.
other|Why do your shops always smell so nice? What's the scent?
other|We are an SEO company. Your site ranks poorly on Google; we can fix it for £99/month.
other|I wanted to share some feedback on your carbon policy. You're not doing enough.
other|Is this the customer service for the bank? Sorry, I think I've got the wrong address.
order_issue|Hey, the tracking says "delivered to mailbox" but I don't have a mailbox, I live in a flat with a concierge.
order_issue|Any idea why my order was cancelled? I didn't ask for that and I still want the items.
order_issue|The courier says my address is incomplete. It's Flat 3, 10 Park Lane. Please update it for them.
order_issue|My parcel shows as delivered to a locker but I never chose a locker.
product_issue|The fabric on the office chair has started to tear at the arm after six weeks.
product_issue|Which cleaning products can I use on the marble worktop protector?
product_issue|The drawers keep sliding open on their own, even on a level floor.
product_issue|The kettle leaves bits of white stuff in my tea. Is it the limescale filter?
payment_issue|My card got charged but the order disappeared from my account. No confirmation, no order.
payment_issue|Paid for two-day shipping, got charged for next day. Can you correct the amount?
payment_issue|Why am I being asked for a deposit at checkout? It didn't say that on the product page.
payment_issue|I entered my discount code and it said applied, but the total didn't change.
account_issue|Could you change the name on my loyalty card? It's misspelled.
account_issue|I'd like to stop you storing my browsing history on my account.
account_issue|My loyalty points aren't adding up, I should have twice as many.
account_issue|The login code email takes 20 minutes to come through, by then it's expired.
technical_issue|The coupon field throws a red error message no matter what I type in it.
technical_issue|Your app shows the same product three times in the search results.
technical_issue|Can't see my order history in the app, it just says "loading" forever.
general_inquiry|Do your stores take returns of online orders without a receipt? Asking for future reference.
general_inquiry|Can I order a sofa in a custom fabric?
general_inquiry|Do you have any products made from recycled plastic?
general_inquiry|Is the toy tested to EU safety standards? Want to buy it for a nursery.
refund_request|I paid for a gift card that never arrived. Can you please refund it?
refund_request|I still haven't been refunded for the curtains I returned, your email said 3 to 5 days.
refund_request|Can you process a refund for the late fee, since the delay was your fault?
refund_request|Refund me the full amount please, I returned it within the return window.
other|The smell of the new store on King Street is amazing, well done to whoever designed it.
other|A pigeon has got stuck in your shop in Reading, thought someone should know.
other|Could I have a tour of your warehouse for my logistics students?
other|i think your shop assistant deserves a raise, she helped me for an hour
general_inquiry|Hello, before I place an order, could you tell me whether the bed frame comes flat-packed or ready built?
general_inquiry|Are dogs allowed in your garden centre?
general_inquiry|Is the waterproof jacket breathable enough for hiking? Deciding between that and the softshell.
general_inquiry|Roughly when does the spring range land in shops? Want to plan my shopping trip.
other|My grandad used to work in your first shop in the 1960s, I found an old photo of it if you'd like a copy.
order_issue|Your team always goes the extra mile, so I'm sure you can help: my parcel was due yesterday and the tracking link shows nothing at all.
order_issue|Honestly love this shop 💕 but the package I got today has a child's raincoat in it and I ordered a bath mat.
order_issue|Oh brilliant, "delivered" at 2pm while I was sat right next to the front door. Where did it go then?
order_issue|yo wheres my parcel at, said tuesday
order_issue|I've now been told three different delivery dates by three different people. Which one is true?
order_issue|Kind regards from Mumbai. My parcel status is "in transit" from last 12 days only. Please expedite.
order_issue|Hi, my order's just been marked as "undeliverable". What does that mean for me?
order_issue|Cheers for the quick reply yesterday! The new delivery slot you gave me has come and gone though, still no van.
product_issue|Super happy with the rug overall, but the corners won't lie flat no matter what I do. Any tricks?
product_issue|Cracking little coffee grinder but it's started leaving a fine powder all over the counter.
product_issue|Ah yes, the "unbreakable" phone stand. Snapped clean in half in a week.
product_issue|is the velvet sofa ok with cats or will the claws ruin it? we've had it a week and theres already marks
product_issue|The zip on the suitcase I bought for my honeymoon split open at the airport.
product_issue|Hello, my grandson's toy car stopped working after a day, new batteries didn't help.
product_issue|How do I get the cover back on the duvet? The corners keep bunching at the bottom.
product_issue|So the non-slip bath mat slides around the bath. Good one.
payment_issue|You guys are usually spot on, but my receipt shows a charge for two candles and I only bought one.
payment_issue|Cheers for the quick delivery 👍 The invoice attached to my confirmation has a stranger's name and order on it, can I have mine?
payment_issue|Marvellous, the payment page timed out and now I have three pending charges and zero orders.
payment_issue|hi pls can u check, money gone but no order confirmation email
payment_issue|Sir, kindly issue the corrected invoice with our GSTIN as the earlier one is without it.
payment_issue|Promo code isn't working at checkout, says minimum spend not met but my basket is £80.
payment_issue|Why did I get charged a second time when I changed the delivery address?
payment_issue|I'm being charged VAT at 20% on children's clothes, which I thought were zero-rated.
account_issue|Really enjoying the new rewards scheme! However my points from last month's order aren't showing anywhere.
account_issue|Fantastic, another email from you after I clicked unsubscribe. Take me off the list.
account_issue|acc locked again?? just want to see my orders
account_issue|Kindly delete my profile and stop all communication on my number.
account_issue|Hi there, I can't find where to change my communication preferences in the app.
account_issue|How do I get my points back after I returned the order? They were deducted twice.
account_issue|You emailed me a login code for an account I don't have. Is someone using my email?
account_issue|I'd like my loyalty account moved to my new email, I've lost access to the old one.
technical_issue|Gorgeous site, honestly, but the checkout page has been throwing an error for me since this morning.
technical_issue|Superb. The app update wiped my basket and now won't let me log in to find it again.
technical_issue|search not working on app, shows nothing whatever i type
technical_issue|Sir, your site is not loading properly, only header is coming and rest is blank.
technical_issue|Tried to buy the same dress three times, each time the page freezes when I click pay.
technical_issue|The app keeps showing me a pop-up to rate it every single time I open it.
technical_issue|Hi, the product page for the oak table has the wrong photos, they're of a different chair.
technical_issue|Your new checkout looks great but the "use a different billing address" tick box can't be unticked.
general_inquiry|I'm a big fan of your homeware, thinking of ordering a few bits for my new flat. Do you deliver to the Isle of Wight?
general_inquiry|Hi, do you make the lamps in a plug-in version as well as hard-wired?
general_inquiry|Can you tell me if your Edinburgh shop does returns for online orders?
general_inquiry|Thinking of buying the mixer for my mum's birthday. Does it come with a dough hook?
general_inquiry|Do u do next day to Belfast?
general_inquiry|Are your shops open late in the run-up to Christmas?
general_inquiry|Good day, please advise the delivery charges for a three seater sofa to Kerala.
general_inquiry|What's the difference between your standard and premium mattress protectors?
refund_request|Really appreciate how helpful you've been 🙂 Could you let me know when my refund for the rug will show up?
refund_request|Superb service, said no one waiting 7 weeks for a refund.
refund_request|u said refund in 3 days, its been 10, where is it
refund_request|Kindly process my refund for the returned mixer at the earliest, it is pending since 20 days.
refund_request|The wardrobe was far too big so I've sent it back with your courier. Can you confirm the refund amount?
refund_request|I've decided I don't want the order after all. It hasn't shipped, can I have the money back?
refund_request|Please issue me a refund for the missing saucepan lid rather than sending a new one.
refund_request|My return was signed for last week. I'd appreciate the refund being processed soon.
other|Not a complaint or a question, just wanted to say the new logo is lovely.
other|Your cashier in Exeter was really patient with my autistic son today, thank you so much.
other|Sick of seeing your adverts on every podcast I listen to.
other|Dear Sir/Madam, our company provides office cleaning services at competitive rates. May we send you a quote?
other|Hi! I'm a nutrition student doing a project on food packaging, could someone from your team answer a few questions?
other|Are you affiliated with the other shop with the same name in Dublin? Just curious.
other|I'm so disappointed that you closed the shop in my town, it was my favourite.
other|We're hosting a local business awards night and you've been nominated! Please confirm attendance.
"""
    static let french = """
order_issue|Bonjour, mon colis est bloqué au centre de tri de Gennevilliers depuis lundi, pouvez-vous relancer le transporteur ?
order_issue|j'ai recu un pull vert alors que j'avais pris le bleu marine
order_issue|Le livreur a déposé mon colis chez un voisin que je ne connais pas, aucun nom sur l'avis de passage.
order_issue|Est-il possible de décaler la livraison de mon canapé à la semaine prochaine ? Nous sommes en travaux.
order_issue|Merci pour votre réactivité la dernière fois ! Cette fois le suivi de ma commande n'a pas bougé depuis six jours.
order_issue|Il manque le pied de la lampe dans le carton, seul l'abat-jour est arrivé.
order_issue|Ma commande est marquée annulée alors que je n'ai rien demandé, je veux toujours les articles.
order_issue|Bonsoir, pouvez-vous me dire quel transporteur s'occupe de ma commande 30417 ? Le mail ne le précise pas.
order_issue|Le carton est arrivé éventré et le pot de confiture en miettes à l'intérieur.
order_issue|Je souhaite faire livrer ma commande chez ma sœur, même ville, 8 rue Pasteur, est-ce encore faisable ?
order_issue|Livraison prévue samedi, on est mardi et toujours rien. Super le service express.
order_issue|Mon colis est en consigne à la poste depuis 10 jours mais je n'ai jamais eu d'avis de passage.
order_issue|Madame, Monsieur, je vous informe ne pas avoir reçu ma commande passée le 3 courant. Je vous saurais gré de bien vouloir m'indiquer où elle se trouve. Cordialement, J. Morel
order_issue|cmd recu a moitié, 2 articles sur 5 seulement, le reste arrive quand ?
order_issue|Le suivi indique livré en boîte aux lettres, mais un colis de 30 kg ne rentre pas dans une boîte aux lettres.
order_issue|J'ai fait deux fois la même commande par erreur, merci d'annuler la seconde.
order_issue|Le transporteur dit que mon adresse est introuvable, pourtant je reçois des colis tous les jours.
product_issue|La poignée de la casserole chauffe énormément, c'est normal ?
product_issue|Comment détartrer la bouilloire ? Il y a des dépôts blancs au fond.
product_issue|Les coutures du jean ont lâché au bout de deux semaines.
product_issue|J'adore la couleur du plaid ! Par contre il perd ses poils partout, ça s'arrête au lavage ?
product_issue|Le chargeur fourni ne charge plus la montre, la LED reste éteinte.
product_issue|La robe taille très petit, je fais du 38 habituellement et le 38 ne ferme pas. Le guide des tailles est-il juste ?
product_issue|Les vis fournies pour l'étagère sont trop courtes pour les chevilles du kit.
product_issue|Est-ce que le bol du robot passe au lave-vaisselle ?
product_issue|L'aspirateur s'arrête tout seul après cinq minutes, le filtre est propre.
product_issue|La coque achetée ne correspond pas à mon Galaxy A54, l'appareil photo est caché.
product_issue|bjr la lampe clignote quand je la mets sur l'intensité la plus basse
product_issue|Le matelas dégage une forte odeur chimique depuis une semaine, est-ce dangereux ?
product_issue|Les pieds de la table ne sont pas à la même hauteur, elle est bancale.
product_issue|Bravo, la poêle "antiadhésive" attache dès la première utilisation.
product_issue|Comment régler l'heure sur le four ? Les boutons bipent et rien ne change.
payment_issue|Ma carte est refusée au moment de payer alors que ma banque dit que tout est en ordre.
payment_issue|Le code promo de la newsletter indique qu'il a déjà été utilisé, c'est la première fois que je le saisis.
payment_issue|Le paiement en trois fois a prélevé deux échéances le même jour.
payment_issue|L'argent est parti de mon compte mais la commande est indiquée en attente de paiement.
payment_issue|Merci pour vos conseils la semaine dernière ! Petit souci : la remise fidélité ne s'est pas appliquée au panier.
payment_issue|Ma carte cadeau n'est pas acceptée à l'étape du paiement, elle a pourtant 50 € dessus.
payment_issue|Il y a un prélèvement de votre part sur mon relevé que je ne reconnais pas.
payment_issue|Le prix a augmenté entre le panier et la page de paiement.
payment_issue|slt le paiement paypal bloque en attente depuis hier
account_issue|Je n'arrive plus à me connecter, le site dit que mon mot de passe est faux même après réinitialisation.
account_issue|Merci de me désinscrire de toutes vos newsletters, je reçois trois mails par jour.
account_issue|Je voudrais changer l'adresse mail de mon compte.
account_issue|Mes points de fidélité ont disparu depuis votre mise à jour.
account_issue|Mon compte a été bloqué après trois essais, comment le débloquer ?
account_issue|Je ne reçois pas le code de vérification par SMS pour me connecter.
account_issue|Super merci pour le bon d'anniversaire ! Par contre ma date de naissance est fausse dans mon profil, c'est le 12 et pas le 21.
account_issue|Comment supprimer une carte bancaire enregistrée dans mon compte ?
account_issue|J'ai changé de nom après mon mariage, comment le modifier sur mon compte ?
technical_issue|La page de paiement tourne dans le vide et n'affiche jamais les moyens de paiement.
technical_issue|Les filtres par taille ne fonctionnent pas, tout s'affiche quand même.
technical_issue|Le lien de suivi dans votre mail mène à une page introuvable.
technical_issue|Le champ code postal refuse mon code, il dit format invalide.
general_inquiry|Livrez-vous en Belgique et en Suisse, et à quel tarif ?
general_inquiry|Le canapé Milo sera-t-il de nouveau disponible en gris avant Noël ?
general_inquiry|Quel est le délai de livraison habituel pour la Corse ?
general_inquiry|Proposez-vous le retrait en magasin ?
general_inquiry|Le manteau taille-t-il grand ou normal ? J'hésite avant de commander.
refund_request|Je préfère un remboursement plutôt qu'un avoir, merci.
refund_request|Votre mail indique remboursement effectué mais rien sur mon compte.
refund_request|Le colis a été perdu par le transporteur, vous l'avez confirmé, je souhaite être remboursée.
other|Nous sommes une agence de communication et aimerions vous présenter nos services.
other|Vos camions de livraison se garent sur le trottoir devant chez moi tous les matins.
refund_request|Bonjour, j'ai retourné la commande 71204 en point relais le 2, pouvez-vous me confirmer la date du remboursement ? Merci
refund_request|Je ne veux pas d'avoir, je veux être remboursé sur ma carte.
refund_request|Le colis n'est jamais arrivé et le transporteur l'a déclaré perdu : merci de me rembourser plutôt que de renvoyer.
refund_request|Vous m'avez remboursé l'article mais pas les frais de livraison express que j'ai payés pour rien.
refund_request|cc je veux me faire rembourser le tapis il perd ses fils de partout
refund_request|Le remboursement est parti sur une carte que j'ai résiliée, comment le récupérer ?
refund_request|Trois relances pour mon remboursement et toujours aucune réponse, c'est honteux.
other|Bonjour, je cherche un stage de six mois en logistique à partir de mars, avez-vous des offres ?
other|Joyeuses fêtes à toute l'équipe, continuez comme ça !
other|Votre entreprise recrute-t-elle des livreurs dans le Val-de-Marne ?
other|Nous organisons une tombola pour l'école de nos enfants, accepteriez-vous d'offrir un lot ?
other|Offre exclusive : doublez votre trafic web en 7 jours, contactez notre agence SEO.
other|Je voulais juste remercier le livreur de ce matin, adorable et très pro.
other|Vous savez s'il va pleuvoir ce week-end ?
other|Votre affiche dans le métro a une faute d'orthographe, c'est dommage.
general_inquiry|Est-ce que vous livrez au Maroc ?
general_inquiry|Peut-on réserver un article en ligne et le payer en boutique ?
technical_issue|Impossible de valider mon adresse, le formulaire efface tout quand je reviens en arrière.
technical_issue|L'appli affiche les prix en dollars alors que je suis en France.
technical_issue|Le bouton « me prévenir du retour en stock » renvoie une erreur.
general_inquiry|Y a-t-il un parking devant votre boutique de Bordeaux ?
general_inquiry|Proposez-vous le montage des meubles à domicile ?
order_issue|Coucou, le suivi de ma cde dit "incident de livraison" depuis hier, ça veut dire quoi concrètement ?
order_issue|Je vous adore mais là mon colis a disparu entre l'entrepôt et le relais, dernière trace il y a neuf jours.
product_issue|Merci pour l'envoi rapide ! La lampe grésille un peu quand on l'allume, est-ce que c'est normal ?
product_issue|Le pantalon taille vraiment long, même en 36 il traîne par terre. Les mesures du site sont-elles justes ?
product_issue|Comment on entretient la planche en bois ? Elle commence à se fendre sur le bord.
payment_issue|Super boutique, vraiment ! Par contre ma facture porte l'adresse de quelqu'un d'autre, pouvez-vous la corriger ?
payment_issue|Mon paiement Apple Pay a été refusé trois fois alors que la carte fonctionne partout.
payment_issue|Le prélèvement de ma deuxième mensualité a eu lieu deux fois ce mois-ci.
account_issue|Bonjour, je ne retrouve plus mon solde de points fidélité dans l'application depuis la mise à jour.
account_issue|Je reçois vos SMS promotionnels alors que je ne les ai jamais acceptés, merci d'arrêter.
account_issue|Mon compte affiche l'adresse de mon ancien colocataire par défaut, comment la supprimer ?
technical_issue|Chouette refonte du site ! En revanche le bouton valider ne répond pas sur Safari.
technical_issue|Erreur "session expirée" à chaque fois que j'arrive à l'étape livraison.
general_inquiry|Bonjour, vos produits sont-ils disponibles en Suisse avec livraison à domicile ?
general_inquiry|La housse existe-t-elle aussi en 160 x 200 ? Je voudrais commander avant les fêtes.
refund_request|Merci pour votre patience avec moi ! Pouvez-vous me dire où en est le remboursement du fauteuil renvoyé ?
refund_request|Je veux annuler ma commande qui n'est pas encore partie et récupérer mon argent.
refund_request|Mon retour a été validé il y a dix jours et je n'ai toujours rien reçu sur mon compte.
other|Bonjour, votre marque recrute-t-elle des vendeurs pour la saison des soldes ?
other|Bravo à votre équipe du magasin de Rennes, accueil au top, rien à demander de plus.
other|Madame, Monsieur, notre cabinet propose des audits énergétiques pour les commerces. Puis-je vous appeler ?
"""
}
