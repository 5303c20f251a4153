"""The answer cache: Redis when REDIS_URL is set, an in-process LRU otherwise.

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

    def claim(self, key: str, seconds: float) -> bool:
        """True when this caller should compute key (no other process is computing it)."""
        ...

    def release(self, key: str) -> None: ...


class MemoryCache:
    """A thread-safe LRU with expiry, for one process."""

    kind = "memory"

    def __init__(self, size: int = 1024, ttl: float = 3600.0):
        self.size = max(1, size)
        self.ttl = ttl
        self._data: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            expires, value = item
            if expires < time.monotonic():
                del self._data[key]
                return None
            self._data.move_to_end(key)
            return value

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._data[key] = (time.monotonic() + self.ttl, value)
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def ping(self) -> bool:
        return True

    def claim(self, key: str, seconds: float) -> bool:
        return True  # one process: SingleFlight already serialises identical work

    def release(self, key: str) -> None:
        return None


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
        return raw.decode("utf-8") if raw is not None else None

    def set(self, key: str, value: str) -> None:
        if not self._usable():
            return
        try:
            self.client.set(self.prefix + key, value.encode("utf-8"), ex=self.ttl)
        except self._errors as exc:
            self._failed("set", exc)
            return
        self._recovered()

    def ping(self) -> bool:
        try:
            ok = bool(self.client.ping())
        except self._errors as exc:
            self._failed("ping", exc)
            return False
        self._recovered()
        return ok

    def claim(self, key: str, seconds: float) -> bool:
        if not self._usable():
            return True
        try:
            got = self.client.set(self.prefix + "lock:" + key, b"1", nx=True,
                                  px=max(1, int(seconds * 1000)))
        except self._errors as exc:
            self._failed("lock", exc)
            return True
        return bool(got)

    def release(self, key: str) -> None:
        if not self._usable():
            return
        try:
            self.client.delete(self.prefix + "lock:" + key)
        except self._errors as exc:
            self._failed("unlock", exc)


def make_cache(settings) -> AnswerCache:
    if settings.redis_url:
        return RedisCache(settings.redis_url, prefix=settings.cache_prefix, ttl=settings.cache_ttl,
                          timeout=settings.redis_timeout)
    return MemoryCache(size=settings.cache_size, ttl=settings.cache_ttl)
