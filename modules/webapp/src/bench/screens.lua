-- wrk script for the screens: run with as many threads as connections (-t32 -c32), each thread (so each connection)
-- signed in as a session of its own, one request at a time as a person with a browser works. $COOKIES holds one
-- session's cookies per line (Sessions.java); run.sh checks first that a session answers the page itself.
local cookies = {}
for line in io.lines(os.getenv("COOKIES")) do cookies[#cookies + 1] = line end
local threads = 0
setup = function(thread)
    threads = threads + 1
    thread:set("cookie", cookies[((threads - 1) % #cookies) + 1])
end
request = function()
    return wrk.format("GET", nil, { ["Cookie"] = cookie })
end
done = function(summary)
    io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
