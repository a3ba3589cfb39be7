-- wrk: each connection is one member (own bearer token); 9 in 10 requests
-- read a 50-post thread, 1 in 10 posts a reply (to another thread, so the
-- one being read keeps its size). Non-2xx answers count as errors.
-- THINK_MS: a member's mean pause between requests (uniform 0..2x); 0 sends
-- the next request as soon as the answer is in (a capacity test).
local seed = dofile(os.getenv("TOKENS") or "/dev/null")
local counter = 0
setup = function(thread)
  thread:set("id", counter)
  counter = counter + 1
end
init = function(args)
  n = 0
end
request = function()
  n = n + 1
  local token = seed.tokens[((id * 1000 + n) % #seed.tokens) + 1]
  local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  if n % 10 == 0 then
    return wrk.format("POST", "/api/v1/threads/" .. seed.write .. "/posts", headers,
      '{"body": "Ett svar under last: har ni provat att fråga om sömnen?"}')
  end
  return wrk.format("GET", "/api/v1/threads/" .. seed.thread, headers)
end

local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  delay = function()
    return math.random(0, 2 * think)
  end
end
