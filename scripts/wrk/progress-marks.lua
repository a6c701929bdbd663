-- wrk script: every request marks one concept done or learning (POST /progress), cycling through the slugs in
-- $SLUGS (space-separated) so the writes touch many rows. $TOKEN is the server's form token and $COOKIE the
-- Cookie header that carries it (see scripts/progressload, which fetches both).
local slugs = {}
for s in string.gmatch(os.getenv("SLUGS") or "transformer-architecture", "%S+") do slugs[#slugs + 1] = s end
local token = os.getenv("TOKEN") or ""
local cookie = os.getenv("COOKIE") or ""
local n = 0

request = function()
  n = n + 1
  local status = (n % 2 == 0) and "done" or "learning"
  local body = "kind=concept&slug=" .. slugs[(n % #slugs) + 1] .. "&part=&status=" .. status
      .. "&return=%2F&csrf=" .. token
  return wrk.format("POST", "/progress", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }, body)
end

-- A 303 is a write acknowledged; anything else is counted so the run shows failures.
local bad = 0
response = function(status)
  if status ~= 303 then bad = bad + 1 end
end
