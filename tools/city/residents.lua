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

-- a report form as a browser sends it (no photo)
local boundary = "linli-bench-boundary"
local function multipart(fields)
  local parts = {}
  for _, f in ipairs(fields) do
    parts[#parts + 1] = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. f[1] .. "\"\r\n\r\n" .. f[2] .. "\r\n"
  end
  return table.concat(parts) .. "--" .. boundary .. "--\r\n"
end

function request()
  local r = residents[math.random(#residents)]
  local headers = { ["Cookie"] = "linli_session=" .. r.token .. "; linli_lang=en", ["Accept"] = "text/html" }
  seq = seq + 1
  local roll = math.random(20)
  if roll == 1 then
    headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
    headers["Origin"] = os.getenv("BASE")
    return wrk.format("POST", "/gov/report", headers, multipart({
      { "category", "light" }, { "description", "The stair light has been out for three nights." },
      { "building", r.building }, { "place_note", "by the east door" } }))
  end
  if r.bill ~= "" and roll <= 3 then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["Origin"] = os.getenv("BASE")
    local key = string.format("bench-%d-%d-%d", id, seq, math.random(1000000))
    return wrk.format("POST", "/api/pay/start", headers, "bills=" .. r.bill .. "&provider=wechat&key=" .. key)
  end
  return wrk.format("GET", reads[math.random(#reads)], headers)
end
