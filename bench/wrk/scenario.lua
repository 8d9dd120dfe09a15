-- One benchmark scenario for wrk, chosen by environment variables (bench/run sets them):
--   BENCH_PATH     the path; {trust} and {measure} are replaced by ids taken in turn from the loaded data
--   BENCH_TOKEN    the bearer credential
--   BENCH_ACCEPT   the Accept header (default application/json)
--   BENCH_MODE     "read" (default), "conditional" (If-None-Match with the path's current ETag: answered 304),
--                  or "write" (create an action, then change it with If-Match, in turn)
--   BENCH_DATA     the directory with trusts.txt, measures.txt and etags.txt written by bench/Load.java
--   BENCH_ROWS     optional: a file of that directory whose lines are rows of fields separated by a space; {1},
--                  {2}, … in the path are replaced by the fields of a row, taken in turn (a measure and one of its
--                  units, say, which must go together)
--   BENCH_ROW_TOKEN  optional: the number of the row's field that is the bearer credential (a learning-set member's
--                  Trust lead reading its own set), instead of BENCH_TOKEN
-- done() prints one JSON line with the throughput and latency percentiles.

local path = os.getenv("BENCH_PATH")
local token = os.getenv("BENCH_TOKEN")
local accept = os.getenv("BENCH_ACCEPT") or "application/json"
local mode = os.getenv("BENCH_MODE") or "read"
local data = os.getenv("BENCH_DATA") or "."
local rows_file = os.getenv("BENCH_ROWS")
local row_token = tonumber(os.getenv("BENCH_ROW_TOKEN") or "")

local function lines(file)
  local list = {}
  local f = io.open(data .. "/" .. file, "r")
  if f then
    for line in f:lines() do list[#list + 1] = line end
    f:close()
  end
  return list
end

local trusts, measures, etags, rows = {}, {}, {}, {}
local counter = 0
local pending = nil

function setup(thread)
  thread:set("offset", math.random(1, 100000))
end

function init(args)
  trusts = lines("trusts.txt")
  measures = lines("measures.txt")
  for _, line in ipairs(lines("etags.txt")) do
    local id, tag = line:match("^(%S+) (.+)$")
    etags[#etags + 1] = { id = id, tag = tag }
  end
  if rows_file and rows_file ~= "" then
    for _, line in ipairs(lines(rows_file)) do
      local fields = {}
      for field in line:gmatch("%S+") do fields[#fields + 1] = field end
      rows[#rows + 1] = fields
    end
    if #rows == 0 then error("no rows in " .. data .. "/" .. rows_file) end
  end
  counter = offset or 0
end

local function headers(extra, bearer)
  local h = { ["Accept"] = accept }
  bearer = bearer or token
  if bearer and bearer ~= "" then h["Authorization"] = "Bearer " .. bearer end
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

function request()
  counter = counter + 1
  if mode == "conditional" then
    local e = etags[(counter % #etags) + 1]
    return wrk.format("GET", (path:gsub("{trust}", e.id)), headers({ ["If-None-Match"] = e.tag }))
  end
  if mode == "write" then
    if pending then
      local p = pending
      pending = nil
      return wrk.format("PATCH", p.location, headers({ ["If-Match"] = p.etag,
        ["Content-Type"] = "application/merge-patch+json" }), '{"owner":"Bench ' .. counter .. '"}')
    end
    local trust = trusts[(counter % #trusts) + 1]
    return wrk.format("POST", "/api/v1/trusts/" .. trust .. "/actions", headers({ ["Content-Type"] = "application/json" }),
      '{"title":"Bench action ' .. counter .. '","owner":"Bench","dueOn":"2027-06-30"}')
  end
  local p = path
  local bearer = nil
  if #rows > 0 then
    local row = rows[(counter % #rows) + 1]
    p = p:gsub("{(%d+)}", function(n) return row[tonumber(n)] end)
    if row_token then bearer = row[row_token] end
  end
  if #trusts > 0 then p = p:gsub("{trust}", trusts[(counter % #trusts) + 1]) end
  if #measures > 0 then p = p:gsub("{measure}", measures[(counter % #measures) + 1]) end
  return wrk.format("GET", p, headers(nil, bearer))
end

function response(status, hdrs, body)
  if mode == "write" and status == 201 then
    local location = hdrs["Location"] or hdrs["location"]
    if location then
      pending = { location = location:gsub("^https?://[^/]+", ""), etag = hdrs["ETag"] or hdrs["etag"] }
    end
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format('{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,' ..
    '"errors":%d,"non2xx3xx":%d}\n', summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
