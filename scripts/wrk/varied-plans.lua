-- Plans towards different goals with different known concepts and budgets, so the answer cache rarely helps.
local goals = {"dpo","lora","self-attention","rlhf","gpt","bert","scaling-laws","flash-attention","chain-of-thought","tokenization","kv-cache","constitutional-ai","mixture-of-experts","decoding-strategies","hallucination"}
local known = {"","neural-networks","backpropagation","tokenization","word-embeddings","self-attention"}
local budgets = {"","6h","10h","20h"}
math.randomseed(7)
request = function()
  local path = "/api/v1/plan?goal=" .. goals[math.random(#goals)]
  local k = known[math.random(#known)]
  if k ~= "" then path = path .. "&known=" .. k end
  local b = budgets[math.random(#budgets)]
  if b ~= "" then path = path .. "&budget=" .. b end
  if math.random(2) == 1 then path = path .. "&depth=deep" end
  return wrk.format("GET", path)
end
