"""The shared windows in Redis: one sorted set of slots per window, scored by when each
frees, changed only by the two scripts below (atomic in Redis, on Redis's own clock, so
the instances' clocks need not agree)."""

from __future__ import annotations

from collections.abc import Sequence

from redis.asyncio import Redis

from bot.send_budget.shared import FLAG_SECONDS, HOLD_SECONDS, Grant
from bot.send_budget.windows import WINDOW_MARGIN, Priority, Window

PREFIX = "cramp:send:"

# KEYS: slots, flags, sequence, pace. ARGV: capacity, period, wanted, reply (1/0),
# instance, hold, flag lifetime, pace, burst. Returns {retry_in, slot...}.
TAKE = """
local slots, flags, sequence, pacing = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local capacity, period, wanted = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local reply, instance = ARGV[4] == '1', ARGV[5]
local hold, flag_life = tonumber(ARGV[6]), tonumber(ARGV[7])
local pace, burst = tonumber(ARGV[8]), tonumber(ARGV[9])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local keep = math.ceil((hold + period) * 1000)
redis.call('ZREMRANGEBYSCORE', slots, '-inf', now)
redis.call('ZREMRANGEBYSCORE', flags, '-inf', now)
local free = capacity - redis.call('ZCARD', slots)
local retry = 0
local oldest = redis.call('ZRANGE', slots, 0, 0, 'WITHSCORES')
if free <= 0 and oldest[2] then retry = tonumber(oldest[2]) - now end
local start = now
if not reply then
  redis.call('ZREM', flags, instance)
  if redis.call('ZCARD', flags) > 0 then
    free = 0
    retry = 0
  elseif free > 0 then
    -- reminders at the window's pace, `burst` at most at once (see Window.pace)
    start = math.max(tonumber(redis.call('GET', pacing) or '0'), now)
    local paced = math.floor((now - start) / pace + burst + 0.000001)
    if paced < 1 then retry = start - (burst - 1) * pace - now end
    free = math.min(free, paced)
  end
end
local granted = math.min(math.max(free, 0), wanted)
local answer = {}
if granted > 0 then
  local last = redis.call('INCRBY', sequence, granted)
  for i = 1, granted do
    local slot = tostring(last - granted + i)
    redis.call('ZADD', slots, now + hold, slot)
    answer[#answer + 1] = slot
  end
  if not reply then
    redis.call('SET', pacing, tostring(start + granted * pace), 'PX', keep)
  end
end
if reply and granted < wanted then
  redis.call('ZADD', flags, now + flag_life, instance)
elseif reply then
  redis.call('ZREM', flags, instance)
end
redis.call('PEXPIRE', slots, keep)
redis.call('PEXPIRE', sequence, keep)
redis.call('PEXPIRE', flags, math.ceil(flag_life * 1000) + 1000)
table.insert(answer, 1, tostring(retry))
return answer
"""

# KEYS: slots. ARGV: seconds the slots stay held from now, slot... (a slot that already
# lapsed is not brought back).
RELEASE = """
local clock = redis.call('TIME')
local until_ = tonumber(clock[1]) + tonumber(clock[2]) / 1000000 + tonumber(ARGV[1])
for i = 2, #ARGV do
  redis.call('ZADD', KEYS[1], 'XX', until_, ARGV[i])
end
return #ARGV - 1
"""


class RedisStore:
    kind = "redis"

    def __init__(self, url: str) -> None:
        self._redis: Redis = Redis.from_url(url)
        self._take = self._redis.register_script(TAKE)
        self._release = self._redis.register_script(RELEASE)

    async def start(self) -> None:
        await self._redis.ping()

    async def take(self, window: Window, wanted: int, priority: Priority, instance: str) -> Grant:
        key = PREFIX + window.key
        answer = await self._take(
            keys=[key, key + ":flags", key + ":sequence", key + ":pace"],
            args=[
                window.capacity,
                window.period,
                wanted,
                "1" if priority is Priority.REPLY else "0",
                instance,
                HOLD_SECONDS,
                FLAG_SECONDS,
                window.pace,
                window.burst,
            ],
        )
        retry, *slots = (item.decode() if isinstance(item, bytes) else str(item) for item in answer)
        return Grant(slots=slots, retry_in=float(retry))

    async def release(self, window: Window, slots: Sequence[str]) -> None:
        keep = window.period + WINDOW_MARGIN
        await self._release(keys=[PREFIX + window.key], args=[keep, *slots])

    async def close(self) -> None:
        await self._redis.aclose()
