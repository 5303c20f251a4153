"""A job's state in Redis, shared by the API, the workers and the CLI.

Keys, all under the prefix and all expiring after the job's TTL:
  job:{id}           hash: owner, status, total, done, failed, pending (articles still to
                     answer), pending_bytes (their size), created, updated
  job:{id}:articles  hash: index -> the article ({"id", "text", "title"}), removed once answered
  job:{id}:results   hash: index -> {"article": id, "answer": {...}} or {"article", "error"}
  job:{id}:messages  hash: index -> the id of the article's latest queue message
  owner:{owner}:jobs set of the owner's unfinished jobs (for its quota)
A result is written with HSETNX and counted only when it was new, so an article delivered twice
(at-least-once delivery) is answered and counted once. A result for a job that no longer
exists (expired) is dropped, never written back without a TTL or an owner.

The scripts reach keys they compute (an owner's jobs): fine on one Redis, not on a cluster.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

# Checks the owner's quota over its unfinished jobs (forgetting finished and expired ones),
# then creates the job's record; atomic, so two requests cannot both slip under the quota.
# KEYS: meta, owner set. ARGV: prefix, owner, limits (jobs, articles, bytes), the new job's
# articles, bytes, total, failed, now, now_ts, ttl. Returns {0} or {1, what, used, limit}.
_CREATE = """
local jobs = redis.call('SMEMBERS', KEYS[2])
local used_jobs, used_articles, used_bytes = 0, 0, 0
for _, id in ipairs(jobs) do
  local state = redis.call('HMGET', ARGV[1] .. 'job:' .. id, 'status', 'pending',
                           'pending_bytes')
  if (not state[1]) or state[1] == 'done' then
    redis.call('SREM', KEYS[2], id)
  else
    used_jobs = used_jobs + 1
    used_articles = used_articles + tonumber(state[2] or '0')
    used_bytes = used_bytes + tonumber(state[3] or '0')
  end
end
local articles, bytes = tonumber(ARGV[6]), tonumber(ARGV[7])
if articles > 0 then
  if used_jobs + 1 > tonumber(ARGV[3]) then
    return {1, 'jobs', used_jobs, tonumber(ARGV[3])}
  end
  if used_articles + articles > tonumber(ARGV[4]) then
    return {1, 'articles', used_articles, tonumber(ARGV[4])}
  end
  if used_bytes + bytes > tonumber(ARGV[5]) then
    return {1, 'bytes', used_bytes, tonumber(ARGV[5])}
  end
end
local status = 'done'
if articles > 0 then status = 'queued' end
redis.call('HSET', KEYS[1], 'owner', ARGV[2], 'status', status, 'total', ARGV[8],
           'done', 0, 'failed', ARGV[9], 'pending', articles, 'pending_bytes', bytes,
           'created', ARGV[10], 'updated', ARGV[10], 'updated_ts', ARGV[11])
redis.call('EXPIRE', KEYS[1], ARGV[12])
if articles > 0 then
  redis.call('SADD', KEYS[2], string.sub(KEYS[1], string.len(ARGV[1]) + 5))
  redis.call('EXPIRE', KEYS[2], ARGV[12])
end
return {0}
"""

# Writes a result only if the article has none yet and its job still exists (the results hash
# expiring with the job), counts it,
# releases its share of the owner's quota, and marks the job done when the last one lands;
# atomic in Redis, so concurrent workers never double-count. Returns 1 fresh, 0 a repeat,
# -1 the job is gone.
_RECORD = """
if redis.call('EXISTS', KEYS[1]) == 0 then
  return -1
end
local fresh = redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2])
if fresh == 1 and redis.call('TTL', KEYS[2]) < 0 then
  -- the first result creates the hash: it expires with its job
  redis.call('EXPIRE', KEYS[2], math.max(1, redis.call('TTL', KEYS[1])))
end
if fresh == 1 then
  local size = redis.call('HSTRLEN', KEYS[3], ARGV[1])
  if redis.call('HDEL', KEYS[3], ARGV[1]) == 1 then
    redis.call('HINCRBY', KEYS[1], 'pending', -1)
    redis.call('HINCRBY', KEYS[1], 'pending_bytes', -size)
  end
  redis.call('HINCRBY', KEYS[1], ARGV[3], 1)
  redis.call('HSET', KEYS[1], 'updated', ARGV[4], 'updated_ts', ARGV[5])
  local done = tonumber(redis.call('HGET', KEYS[1], 'done') or '0')
  local failed = tonumber(redis.call('HGET', KEYS[1], 'failed') or '0')
  local total = tonumber(redis.call('HGET', KEYS[1], 'total') or '0')
  if done + failed >= total then
    redis.call('HSET', KEYS[1], 'status', 'done')
    local owner = redis.call('HGET', KEYS[1], 'owner')
    if owner then
      redis.call('SREM', ARGV[6] .. 'owner:' .. owner .. ':jobs', ARGV[7])
    end
  else
    redis.call('HSET', KEYS[1], 'status', 'running')
  end
end
return fresh
"""


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass(frozen=True, slots=True)
class Article:
    index: int
    id: str
    text: str
    title: str | None = None
    # With "archive": true, what the archive stores beside the answer.
    archive: bool = False
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO 8601 date

    def stored(self) -> str:
        item: dict[str, object] = {"id": self.id, "text": self.text, "title": self.title}
        if self.archive:
            item.update(archive=True, url=self.url, outlet=self.outlet,
                        published=self.published)
        return json.dumps(item, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Quota:
    """What one owner may have waiting in unfinished jobs."""

    jobs: int = 20
    articles: int = 5000
    bytes: int = 256 * 1024 * 1024


class QuotaExceeded(Exception):
    """The owner's unfinished jobs already hold what its quota allows."""

    def __init__(self, what: str, used: int, limit: int):
        super().__init__(f"this key already has {used} {what} waiting in unfinished jobs; "
                         f"the limit is {limit}")
        self.what, self.used, self.limit = what, used, limit


class JobStore:
    def __init__(self, client: Any, *, prefix: str = "kutip:", ttl: int = 7 * 24 * 3600,
                 quota: Quota | None = None):
        self.client = client
        self.prefix = prefix
        self.ttl = ttl
        self.quota = quota or Quota()
        self._create = client.register_script(_CREATE)
        self._record = client.register_script(_RECORD)

    @classmethod
    def from_url(cls, url: str, *, prefix: str, ttl: int, timeout: float = 2.0,
                 quota: Quota | None = None) -> JobStore:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=timeout,
                                      socket_connect_timeout=timeout)
        return cls(client, prefix=prefix, ttl=ttl, quota=quota)

    def _keys(self, job_id: str) -> tuple[str, str, str]:
        base = f"{self.prefix}job:{job_id}"
        return base, base + ":results", base + ":articles"

    def _owner_key(self, owner: str) -> str:
        return f"{self.prefix}owner:{owner}:jobs"

    def create(self, owner: str, articles: list[Article],
               rejected: list[tuple[int, str, dict[str, Any]]]) -> str:
        """A new job of articles to answer and items already rejected ((index, client id,
        error)); returns its id, or raises QuotaExceeded. Nothing is queued here: the caller
        enqueues the articles."""
        job_id = uuid.uuid4().hex
        meta, results, texts = self._keys(job_id)
        stored = {a.index: a.stored() for a in articles}
        size = sum(len(v.encode("utf-8")) for v in stored.values())
        now = _now()
        verdict = self._create(
            keys=[meta, self._owner_key(owner)],
            args=[self.prefix, owner, self.quota.jobs, self.quota.articles, self.quota.bytes,
                  len(articles), size, len(articles) + len(rejected), len(rejected), now,
                  time.time(), self.ttl])
        if int(verdict[0]) == 1:
            what = verdict[1].decode() if isinstance(verdict[1], bytes) else verdict[1]
            raise QuotaExceeded(what, int(verdict[2]), int(verdict[3]))
        pipe = self.client.pipeline(transaction=True)
        if stored:
            pipe.hset(texts, mapping=stored)
        if rejected:
            pipe.hset(results, mapping={i: json.dumps({"article": cid, "error": err},
                                                      ensure_ascii=False)
                                        for i, cid, err in rejected})
        for key in (results, texts):
            pipe.expire(key, self.ttl)
        pipe.execute()
        return job_id

    def article(self, job_id: str, index: int) -> Article | None:
        """The article still to answer, or None when it has been answered (or expired)."""
        raw = self.client.hget(self._keys(job_id)[2], index)
        if raw is None:
            return None
        item = json.loads(raw)
        return Article(index, item["id"], item["text"], item.get("title"),
                       archive=bool(item.get("archive")), url=item.get("url"),
                       outlet=item.get("outlet"), published=item.get("published"))

    def record(self, job_id: str, index: int, article_id: str, *,
               answer: dict[str, Any] | None = None, error: dict[str, Any] | None = None,
               archived: dict[str, Any] | None = None) -> bool:
        """Store an article's answer or error once (and, for an archived job, its archive
        ids or why it was not stored); False when it already had one or its job is gone."""
        item: dict[str, Any] = {"article": article_id}
        if error is not None:
            item["error"] = error
        else:
            item["answer"] = answer
        if archived is not None:
            item["archived"] = archived
        meta, results, texts = self._keys(job_id)
        counter = "failed" if error is not None else "done"
        fresh = self._record(keys=[meta, results, texts],
                             args=[index, json.dumps(item, ensure_ascii=False), counter, _now(),
                                   time.time(), self.prefix, job_id])
        return int(fresh) == 1

    def note_message(self, job_id: str, index: int, message_id: str) -> None:
        """The queue message now carrying an article (its first, a retry, a delayed one)."""
        key = self._keys(job_id)[0] + ":messages"
        pipe = self.client.pipeline(transaction=False)
        pipe.hset(key, index, message_id)
        pipe.expire(key, self.ttl)
        pipe.execute()

    def safe_from_eviction(self) -> bool:
        """Whether this Redis keeps every job key: no memory limit, or a full memory refuses
        writes (noeviction) rather than dropping keys (every job key has a TTL, so any
        volatile-* or allkeys-* policy may drop it)."""
        memory = self.client.info("memory")
        return (int(memory.get("maxmemory", 0)) == 0
                or memory.get("maxmemory_policy") == "noeviction")

    def status(self, job_id: str, owner: str) -> dict[str, Any] | None:
        """The job as its owner sees it; None when it does not exist or is someone else's."""
        raw = self.client.hgetall(self._keys(job_id)[0])
        if not raw or raw.get(b"owner", b"").decode() != owner:
            return None
        field = {k.decode(): v.decode() for k, v in raw.items()}
        return {"id": job_id, "status": field["status"],
                "total": int(field["total"]), "done": int(field["done"]),
                "failed": int(field["failed"]), "created": field["created"],
                "updated": field["updated"]}

    def stalled(self, job_id: str, after_seconds: float,
                waiting: set[str] | None = None) -> list[int]:
        """The unanswered articles of a job that has made no progress for after_seconds whose
        messages are lost: not waiting in the queue (waiting: the ids of the messages queued
        or delayed). A message held past the actor's time limit (under after_seconds) by a
        live worker is stranded too (a Redis failure mid-delivery can do that). Marks the
        job touched, so one caller re-queues them, not every poll. Re-queuing is safe:
        results count once."""
        meta, _, texts = self._keys(job_id)
        raw = self.client.hmget(meta, ["status", "updated_ts"])
        if raw[0] is None or raw[0] == b"done":
            return []
        if time.time() - float(raw[1] or 0) < after_seconds:
            return []
        # Only the caller whose touch lands first re-queues.
        touched = self.client.hsetnx(meta + ":touch", str(int(time.time() // after_seconds)),
                                     "1")
        self.client.expire(meta + ":touch", self.ttl)
        if not touched:
            return []
        self.client.hset(meta, "updated_ts", time.time())
        unanswered = sorted(int(i) for i in self.client.hkeys(texts))
        if not waiting or not unanswered:
            return unanswered
        carried = self.client.hmget(meta + ":messages", unanswered)
        return [index for index, message in zip(unanswered, carried, strict=True)
                if message is None or message.decode() not in waiting]

    def results(self, job_id: str, cursor: int, limit: int,
                max_bytes: int = 8 * 1024 * 1024) -> tuple[list[str], int | None]:
        """Items (their stored JSON text) from index cursor on, in article order, up to limit,
        up to max_bytes (at least one item), and up to the first article not answered yet;
        and the cursor of the next page (None past the end). Sizes are read first, so a page
        never loads more than it returns."""
        meta, results, _ = self._keys(job_id)
        total = int(self.client.hget(meta, "total") or 0)
        end = min(total, cursor + limit)
        if cursor >= end:
            return [], None
        pipe = self.client.pipeline(transaction=False)
        for index in range(cursor, end):
            pipe.hstrlen(results, index)
        indexes: list[int] = []
        budget = max_bytes
        for index, size in zip(range(cursor, end), pipe.execute(), strict=True):
            if size == 0 or (indexes and size > budget):
                break
            indexes.append(index)
            budget -= size
        raw = self.client.hmget(results, indexes) if indexes else []
        items = []
        for value in raw:
            if value is None:  # expired between the two reads
                break
            items.append(value.decode("utf-8"))
        following = cursor + len(items)
        return items, following if following < total else None
