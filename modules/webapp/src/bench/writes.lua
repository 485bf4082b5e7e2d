-- wrk script: an HR system pushing people, PUT /api/v1/people/{code} with new codes (thread and counter), each
-- into one of the seeded communes. $AUTH is the Authorization header.
local counter = 0
local thread_id = 0
local threads = 0
setup = function(thread)
    threads = threads + 1
    thread:set("id", threads)
end
init = function()
    thread_id = id
end
request = function()
    counter = counter + 1
    local code = string.format("HR%d_%d_%d", os.time(), thread_id, counter)
    local body = string.format('{"fullName":"Nguyễn Văn Đồng %d","unitCode":"BU%d","gender":"MALE",'
        .. '"positionCategory":"DIRECT_WORKER","startDate":"2020-01-01"}', counter, 1 + counter % 2400)
    return wrk.format("PUT", "/api/v1/people/" .. code, {
        ["Authorization"] = os.getenv("AUTH"), ["Content-Type"] = "application/json" }, body)
end
done = function(summary)
    io.write(string.format("non-2xx answers: %d\n", summary.errors.status))
end
