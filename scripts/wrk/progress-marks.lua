-- wrk script: every request is one learner marking one concept done or learning (POST /progress). Requests take the
-- learners of $LEARNERS in turn (entries "COOKIE-HEADER|TOKEN" separated by newlines) and cycle through the slugs
-- in $SLUGS (space-separated), so the writes come from many sessions and touch many rows (see scripts/progressload).
local slugs = {}
for s in string.gmatch(os.getenv("SLUGS") or "transformer-architecture", "%S+") do slugs[#slugs + 1] = s end
local learners = {}
for line in string.gmatch(os.getenv("LEARNERS") or "", "[^\n]+") do
  local cookie, token = string.match(line, "^(.*)|([^|]*)$")
  learners[#learners + 1] = { cookie = cookie, token = token }
end
local n = 0

request = function()
  n = n + 1
  local who = learners[(n % #learners) + 1]
  local status = (n % 2 == 0) and "done" or "learning"
  local body = "kind=concept&slug=" .. slugs[(n % #slugs) + 1] .. "&status=" .. status .. "&return=%2F&csrf=" .. who.token
  return wrk.format("POST", "/progress", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = who.cookie,
  }, body)
end
