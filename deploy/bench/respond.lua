-- wrk script for the respond benchmark: POST /api/customer-service/respond with varied customer messages
-- (order numbers, amounts, languages and intents change from request to request). Token from BENCH_TOKEN.
wrk.method = "POST"
wrk.path = "/api/customer-service/respond"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("BENCH_TOKEN") or "")

-- The templates (deploy/bench/respond_messages.txt, shared with paced_load.c), next to this script.
local templates = {}
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
for line in io.lines(here .. "respond_messages.txt") do
  if line ~= "" and line:sub(1, 1) ~= "#" then templates[#templates + 1] = line end
end

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
