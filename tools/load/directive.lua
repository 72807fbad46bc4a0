-- wrk: POST a leader's directive as Teams would send it, each with its own activity id.
-- SERVICE_URL (the fake connector) and LEADER (an aadObjectId with the leader role) come from the environment.
local counter = 0
local thread_id = 0
local service_url = os.getenv("SERVICE_URL")
local leader = os.getenv("LEADER")
local text = os.getenv("TEXT") or "请县发改局牵头，县财政局、县工信局配合，于3月底前完成项目资金方案，报县政府。"

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function request()
  counter = counter + 1
  local body = string.format([[{"type":"message","id":"%d-%d","timestamp":"2026-03-10T02:00:00.000Z","localTimestamp":"2026-03-10T10:00:00.000+08:00","serviceUrl":"%s","channelId":"msteams","from":{"id":"29:load-leader","name":"测试领导","aadObjectId":"%s"},"conversation":{"conversationType":"personal","tenantId":"t1","id":"a:load-%d"},"recipient":{"id":"28:taskbot","name":"督办助手"},"text":"%s","textFormat":"plain","locale":"zh-CN"}]],
    tid or 0, counter, service_url, leader, tid or 0, text)
  return wrk.format("POST", "/api/messages", {["Content-Type"] = "application/json"}, body)
end
