-- Each request asks a query of two words drawn from a list of 70 (4,900 pairs): at about 1,000 requests a second, about half repeat a pair asked earlier in the run and come from the per-site answer cache.
local words = {"attention","causal","masking","rope","lora","rlhf","chinchilla","scaling","tokenizer","bpe","embedding","word2vec","bert","gpt","decoding","beam","nucleus","sampling","hallucination","distributed","parallel","pytorch","trainer","finetuning","prompt","chain","thought","reward","preference","dpo","constitutional","flash","memory","positional","encoding","sinusoidal","rotary","transformer","encoder","decoder","seq2seq","lstm","gru","recurrent","backprop","gradient","neural","network","parameter","count","kv","cache","mixture","experts","switch","contrastive","search","topic","lda","tfidf","karpathy","alammar","statquest","weng","raschka","visual","intro","video","paper","course"}
math.randomseed(42)
request = function()
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)] .. "+" .. words[math.random(#words)]
  return wrk.format("GET", "/search?q=" .. q)
end
