"""A job's state in Redis, shared by the API, the workers and the CLI.

Keys, all under CACHE_PREFIX and all expiring after JOB_TTL:
  job:{id}           hash: owner, status, total, done, failed, created, updated
  job:{id}:articles  hash: index -> the article ({"id", "text", "title"}), removed once answered
  job:{id}:results   hash: index -> {"article": id, "answer": {...}} or {"article", "error"}
A result is written with HSETNX and counted only when it was new, so an article delivered twice
(at-least-once delivery) is answered and counted once.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass

# Writes a result only if the article has none yet, counts it, and marks the job done when
# the last one lands; atomic in Redis, so concurrent workers never double-count.
_RECORD = """
local fresh = redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2])
if fresh == 1 then
  redis.call('HDEL', KEYS[3], ARGV[1])
  redis.call('HINCRBY', KEYS[1], ARGV[3], 1)
  redis.call('HSET', KEYS[1], 'updated', ARGV[4], 'updated_ts', ARGV[5])
  local done = tonumber(redis.call('HGET', KEYS[1], 'done') or '0')
  local failed = tonumber(redis.call('HGET', KEYS[1], 'failed') or '0')
  local total = tonumber(redis.call('HGET', KEYS[1], 'total') or '0')
  if done + failed >= total then
    redis.call('HSET', KEYS[1], 'status', 'done')
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


class JobStore:
    def __init__(self, client, *, prefix: str = "kutip:", ttl: int = 7 * 24 * 3600):
        self.client = client
        self.prefix = prefix
        self.ttl = ttl
        self._record = client.register_script(_RECORD)

    @classmethod
    def from_url(cls, url: str, *, prefix: str, ttl: int, timeout: float = 2.0) -> JobStore:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=timeout,
                                      socket_connect_timeout=timeout)
        return cls(client, prefix=prefix, ttl=ttl)

    def _keys(self, job_id: str) -> tuple[str, str, str]:
        base = f"{self.prefix}job:{job_id}"
        return base, base + ":results", base + ":articles"

    def create(self, owner: str, articles: list[Article],
               rejected: list[tuple[int, str, dict]]) -> str:
        """A new job of articles to answer and items already rejected ((index, client id,
        error)); returns its id. Nothing is queued here: the caller enqueues the articles."""
        job_id = uuid.uuid4().hex
        meta, results, texts = self._keys(job_id)
        now = _now()
        total = len(articles) + len(rejected)
        pipe = self.client.pipeline(transaction=True)
        pipe.hset(meta, mapping={"owner": owner, "status": "queued" if articles else "done",
                                 "total": total, "done": 0, "failed": len(rejected),
                                 "created": now, "updated": now, "updated_ts": time.time()})
        if articles:
            pipe.hset(texts, mapping={a.index: json.dumps(
                {"id": a.id, "text": a.text, "title": a.title}, ensure_ascii=False)
                for a in articles})
        if rejected:
            pipe.hset(results, mapping={i: json.dumps({"article": cid, "error": err},
                                                      ensure_ascii=False)
                                        for i, cid, err in rejected})
        for key in (meta, results, texts):
            pipe.expire(key, self.ttl)
        pipe.execute()
        return job_id

    def article(self, job_id: str, index: int) -> Article | None:
        """The article still to answer, or None when it has been answered (or expired)."""
        raw = self.client.hget(self._keys(job_id)[2], index)
        if raw is None:
            return None
        item = json.loads(raw)
        return Article(index, item["id"], item["text"], item.get("title"))

    def record(self, job_id: str, index: int, article_id: str, *, answer: dict | None = None,
               error: dict | None = None) -> bool:
        """Store an article's answer or error once; False when it already had one."""
        item = {"article": article_id}
        if error is not None:
            item["error"] = error
        else:
            item["answer"] = answer
        meta, results, texts = self._keys(job_id)
        counter = "failed" if error is not None else "done"
        fresh = self._record(keys=[meta, results, texts],
                             args=[index, json.dumps(item, ensure_ascii=False), counter, _now(),
                                   time.time()])
        return bool(fresh)

    def status(self, job_id: str, owner: str) -> dict | None:
        """The job as its owner sees it; None when it does not exist or is someone else's."""
        raw = self.client.hgetall(self._keys(job_id)[0])
        if not raw or raw.get(b"owner", b"").decode() != owner:
            return None
        field = {k.decode(): v.decode() for k, v in raw.items()}
        return {"id": job_id, "status": field["status"],
                "total": int(field["total"]), "done": int(field["done"]),
                "failed": int(field["failed"]), "created": field["created"],
                "updated": field["updated"]}

    def stalled(self, job_id: str, after_seconds: float) -> list[int]:
        """The articles still unanswered of a job that has made no progress for after_seconds
        (a message can be stranded when Redis fails mid-delivery); marks the job touched, so
        one caller re-queues them, not every poll. Re-queuing is safe: results count once."""
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
        return sorted(int(i) for i in self.client.hkeys(texts))

    def results(self, job_id: str, cursor: int, limit: int) -> tuple[list[dict], int | None]:
        """Items from index cursor on, in article order, up to limit and up to the first
        article not answered yet; and the cursor of the next page (None past the end)."""
        meta, results, _ = self._keys(job_id)
        total = int(self.client.hget(meta, "total") or 0)
        end = min(total, cursor + limit)
        if cursor >= end:
            return [], None
        raw = self.client.hmget(results, list(range(cursor, end)))
        items = []
        for value in raw:
            if value is None:
                break
            items.append(json.loads(value))
        following = cursor + len(items)
        return items, following if following < total else None
