"""The answer cache: Redis when REDIS_URL is set, an in-process LRU otherwise; with Redis,
each worker also keeps the answers it served last in a small LRU of its own in front of it
(LOCAL_CACHE_MB), so a repeated article costs no Redis round trip.

Values are JSON strings, never pickles. A Redis failure or timeout never fails a request: the
call is logged, Kutip answers uncached, and after a short pause (so a dead Redis does not add
its timeout to every request) the next call tries Redis again; redis-py's pool reconnects, so
a Redis that comes back is used again without a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from typing import Protocol

log = logging.getLogger(__name__)


class AnswerCache(Protocol):
    kind: str

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def ping(self) -> bool: ...

    def claim(self, key: str, force: bool = False) -> Claim | None:
        """A claim on computing key, or None when another process holds one (force: a claim
        that holds nothing, for a caller that gave up waiting)."""
        ...

    def claimed(self, key: str) -> bool:
        """Whether some process holds a live claim on key."""
        ...

    def seen_before(self, client: str, key: str) -> bool:
        """Whether client had asked for key before (and note that it now has)."""
        ...


class Claim(Protocol):
    def release(self) -> None: ...


class NoClaim:
    """A claim that holds nothing: one process (SingleFlight serialises), or Redis down."""

    def release(self) -> None:
        return None


# A claim lives this long unless its holder renews it (every third of it, from a thread), so
# the claim of a killed worker lapses within seconds and a waiter takes over.
CLAIM_TTL_SECONDS = 5.0


class RedisClaim:
    """A redis-py Lock (owner token, TTL) renewed while the answer is computed."""

    def __init__(self, lock) -> None:
        self.lock = lock
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._renew, daemon=True, name="claim-renew")
        self._thread.start()

    def _renew(self) -> None:
        while not self._stop.wait(CLAIM_TTL_SECONDS / 3):
            try:
                self.lock.reacquire()
            except Exception as exc:  # a lapsed claim only costs a duplicate computation
                log.warning("could not renew claim: %s", exc)
                return

    def release(self) -> None:
        self._stop.set()
        try:
            self.lock.release()
        except Exception as exc:  # expired, or Redis down: the TTL cleans up
            log.info("claim release: %s", exc)


class MemoryCache:
    """A thread-safe LRU with expiry, for one process, bounded by entries and, when max_chars
    is given, by the characters of the values it holds (a value larger than that is not
    kept)."""

    kind = "memory"

    def __init__(self, size: int = 1024, ttl: float = 3600.0, max_chars: int | None = None):
        self.size = max(1, size)
        self.ttl = ttl
        self.max_chars = max_chars
        self._chars = 0
        self._data: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            expires, value = item
            if expires < time.monotonic():
                self._drop(key)
                return None
            self._data.move_to_end(key)
            return value

    def _drop(self, key: str) -> None:
        _, value = self._data.pop(key)
        self._chars -= len(value)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            if key in self._data:
                self._drop(key)
            if self.max_chars is not None and len(value) > self.max_chars:
                return
            self._data[key] = (time.monotonic() + self.ttl, value)
            self._chars += len(value)
            while len(self._data) > self.size or (
                    self.max_chars is not None and self._chars > self.max_chars):
                self._drop(next(iter(self._data)))

    def ping(self) -> bool:
        return True

    def claim(self, key: str, force: bool = False) -> Claim | None:
        return NoClaim()  # one process: SingleFlight already serialises identical work

    def claimed(self, key: str) -> bool:
        return False

    def seen_before(self, client: str, key: str) -> bool:
        seen = (client + ":" + key)
        with self._lock:
            before = seen in self._seen
            self._seen[seen] = None
            self._seen.move_to_end(seen)
            while len(self._seen) > self.size * 16:
                self._seen.popitem(last=False)
        return before


class RedisCache:
    """redis-py over a connection pool with socket timeouts; failures degrade to no cache."""

    kind = "redis"

    def __init__(self, url: str, *, prefix: str = "kutip:", ttl: int = 3600,
                 timeout: float = 0.5, retry_after: float = 1.0, pool_size: int = 32):
        import redis

        self._errors = (redis.RedisError, OSError)
        self.prefix = prefix
        self.ttl = ttl
        self.retry_after = retry_after
        self._down_until = 0.0
        self._lock = threading.Lock()
        pool = redis.ConnectionPool.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout,
            max_connections=pool_size, health_check_interval=30,
        )
        self.client = redis.Redis(connection_pool=pool)

    def _usable(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, op: str, exc: Exception) -> None:
        with self._lock:
            first = self._usable()
            self._down_until = time.monotonic() + self.retry_after
        if first:
            log.warning("redis %s failed, answering uncached: %s: %s", op, type(exc).__name__,
                        exc)

    def _recovered(self) -> None:
        if self._down_until:
            with self._lock:
                if self._down_until:
                    log.info("redis reachable again, caching resumes")
                    self._down_until = 0.0

    def get(self, key: str) -> str | None:
        if not self._usable():
            return None
        try:
            raw = self.client.get(self.prefix + key)
        except self._errors as exc:
            self._failed("get", exc)
            return None
        self._recovered()
        if raw is None:
            return None
        try:
            return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)
        except UnicodeDecodeError:
            log.warning("cached value for %s is not UTF-8; recomputing", key[:12])
            return None

    def set(self, key: str, value: str) -> None:
        if not self._usable():
            return
        try:
            self.client.set(self.prefix + key, value.encode("utf-8"), ex=self.ttl)
        except self._errors as exc:
            self._failed("set", exc)
            return
        self._recovered()

    def seen_before(self, client: str, key: str) -> bool:
        if not self._usable():
            return False
        try:
            fresh = self.client.set(f"{self.prefix}seen:{client}:{key}", b"1", nx=True,
                                    ex=self.ttl)
        except self._errors as exc:
            self._failed("seen", exc)
            return False
        return not fresh

    def ping(self) -> bool:
        """Whether the cache can be read and written: a Redis at its memory limit under
        noeviction answers PING but refuses every write."""
        try:
            ok = bool(self.client.set(self.prefix + "probe", b"1", ex=60))
        except self._errors as exc:
            self._failed("ping", exc)
            return False
        self._recovered()
        return ok

    def claim(self, key: str, force: bool = False) -> Claim | None:
        if not self._usable():
            return NoClaim()
        lock = self.client.lock(self.prefix + "lock:" + key, timeout=CLAIM_TTL_SECONDS,
                                blocking=False, thread_local=False)
        try:
            got = lock.acquire()
        except self._errors as exc:
            self._failed("lock", exc)
            return NoClaim()
        if got:
            return RedisClaim(lock)
        return NoClaim() if force else None

    def claimed(self, key: str) -> bool:
        if not self._usable():
            return False
        try:
            return bool(self.client.exists(self.prefix + "lock:" + key))
        except self._errors as exc:
            self._failed("lock", exc)
            return False


class LayeredCache:
    """Redis behind a per-process LRU. An answer's key is the digest of its text, options,
    model and code, so the answer under a key never changes and a copy kept here cannot go
    stale; a value read from Redis is kept here too. Whatever is kept is still checked by
    its envelope on every read (answers.AnswerService), and a value that fails it is
    overwritten in both tiers. Claims and tenants' "seen" marks are shared state and go to
    Redis alone."""

    kind = "redis"

    def __init__(self, local: MemoryCache, shared: RedisCache):
        self.local = local
        self.shared = shared

    def get(self, key: str) -> str | None:
        value = self.local.get(key)
        if value is None:
            value = self.shared.get(key)
            if value is not None:
                self.local.set(key, value)
        return value

    def set(self, key: str, value: str) -> None:
        self.local.set(key, value)
        self.shared.set(key, value)

    def ping(self) -> bool:
        return self.shared.ping()

    def claim(self, key: str, force: bool = False) -> Claim | None:
        return self.shared.claim(key, force)

    def claimed(self, key: str) -> bool:
        return self.shared.claimed(key)

    def seen_before(self, client: str, key: str) -> bool:
        return self.shared.seen_before(client, key)


def make_cache(settings) -> AnswerCache:
    if settings.redis_url:
        shared = RedisCache(settings.redis_url, prefix=settings.cache_prefix,
                            ttl=settings.cache_ttl, timeout=settings.redis_timeout)
        if settings.local_cache_mb <= 0:
            return shared
        local = MemoryCache(size=1_000_000, ttl=settings.cache_ttl,
                            max_chars=settings.local_cache_mb * 1_000_000)
        return LayeredCache(local, shared)
    return MemoryCache(size=settings.cache_size, ttl=settings.cache_ttl)
