-- wrk script for tools/bench-city.sh: each request is one resident's, at
-- random; `residents` (tokens and an unpaid bill each) comes from the
-- residents.lua the benchmark writes into its folder (wrk runs there).
dofile("residents.lua")
local reads = { "/pay", "/pay", "/pay/history", "/me", "/gov/services", "/", "/gov" }
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(os.time() + id * 7919)
  seq = 0
end

function request()
  local r = residents[math.random(#residents)]
  local headers = { ["Cookie"] = "linli_session=" .. r.token .. "; linli_lang=en", ["Accept"] = "text/html" }
  seq = seq + 1
  if r.bill ~= "" and math.random(10) == 1 then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["Origin"] = os.getenv("BASE")
    local key = string.format("bench-%d-%d-%d", id, seq, math.random(1000000))
    return wrk.format("POST", "/api/pay/start", headers, "bills=" .. r.bill .. "&provider=wechat&key=" .. key)
  end
  return wrk.format("GET", reads[math.random(#reads)], headers)
end
