-- wrk script for tests/serve/test_load.py: cycles through the paths in
-- MWP_LOAD_PATHS (one per line, in the file named by that variable) and
-- counts 404s (intended) apart from any other error status.
local paths = {}
for line in io.lines(os.getenv("MWP_LOAD_PATHS")) do
  if line ~= "" then table.insert(paths, line) end
end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  not_found = 0
  unexpected = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], {["Accept-Encoding"] = "gzip"})
end

function response(status, headers, body)
  if status == 404 then
    not_found = not_found + 1
  elseif status >= 400 then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local found, bad = 0, 0
  for _, thread in ipairs(threads) do
    found = found + thread:get("not_found")
    bad = bad + thread:get("unexpected")
  end
  io.write(string.format("MWP requests=%d not_found=%d unexpected=%d p50_us=%d p99_us=%d\n",
                         summary.requests, found, bad, latency:percentile(50),
                         latency:percentile(99)))
end
