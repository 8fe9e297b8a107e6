-- wrk script for the respond benchmark: POST /api/customer-service/respond with varied customer messages
-- (order numbers, amounts, languages and intents change from request to request). Token from BENCH_TOKEN.
wrk.method = "POST"
wrk.path = "/api/customer-service/respond"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or "")

local templates = {
  "Hello, where is my order CMD-%d? It was supposed to arrive yesterday.",
  "My parcel %d has not arrived and the tracking has not moved for %d days.",
  "I was charged twice for order %d, %d EUR each time. Please refund me.",
  "How long does delivery take to Belgium? I need it before the %dth.",
  "I want to return the shoes from order %d, they are too small.",
  "The item I received in order %d is damaged, the screen is cracked.",
  "Can I pay in instalments for a basket of %d EUR?",
  "How do I reset my password? I tried %d times and my account is locked.",
  "Do you ship to Switzerland? I would order %d items.",
  "Thanks a lot, the order %d arrived quickly, great service!",
  "My promo code SUMMER%d does not work in my basket.",
  "When will I get my refund for the return of order %d?",
  "Bonjour, ma commande %d n'est toujours pas arrivée, que se passe-t-il ?",
  "Je voudrais retourner un article de la commande %d, comment faire ?",
  "J'ai été débité deux fois de %d euros pour la même commande.",
  "Quels sont vos horaires ? J'ai appelé %d fois sans réponse.",
  "The app crashes every time I open it, version %d.",
  "Is the blue wool sweater size %d back in stock soon?",
  "I received the wrong item in order %d, I ordered a black jacket.",
  "Can I change the delivery address of order %d?",
}

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  math.randomseed(os.time() * 100 + (id or 0))
end

function request()
  local template = templates[math.random(#templates)]
  local message = string.format(template, math.random(10000, 99999), math.random(2, 9))
  return wrk.format(nil, nil, nil, '{"message":"' .. message .. '","channel":"api"}')
end
