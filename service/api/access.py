"""Who may call /v1, and how often: optional API keys and flask-limiter rate limits.

Keys come from API_KEYS (comma-separated) and/or API_KEYS_FILE (one a line, # comments), are
compared in constant time, and never logged: the rate-limit identity of a keyed client is a
hash of its key. Health, readiness, the spec, the docs and the page stay open; /metrics needs
a key when keys are on.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable, Container
from pathlib import Path

from flask import Flask, g, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse_many, storage
from limits.strategies import MovingWindowRateLimiter

from service.api.errors import ApiError

log = logging.getLogger(__name__)
_PROTECTED_PREFIX = "/v1/"
# Also behind the key when keys are on: the service's own counters are no one else's business.
_PROTECTED_PATHS = frozenset({"/metrics"})
# Query parameters that look like credentials: refused, so a key never sits in a URL (and so
# in proxy and access logs, browser history, Referer headers).
_KEY_PARAMS = frozenset({"api_key", "apikey", "key", "token", "access_token"})


def load_keys(inline: str, path: str) -> list[bytes]:
    keys = [k.strip() for k in inline.split(",") if k.strip()]
    if path:
        for line in Path(path).read_text("utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                keys.append(line)
    return [k.encode("utf-8") for k in keys]


def _presented_key(header: Callable[[str], str | None]) -> bytes | None:
    auth = header("Authorization") or ""
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip().encode("utf-8")
    key = header("X-API-Key")
    return key.strip().encode("utf-8") if key else None


def _matches(candidate: bytes, keys: list[bytes]) -> bool:
    """Constant time in the candidate and over every key: no early exit."""
    found = False
    for key in keys:
        found |= hmac.compare_digest(candidate, key)
    return found


def client_identity() -> str:
    """Rate-limit identity: the key's hash for keyed clients, else the client address."""
    return g.get("client_id") or f"addr:{get_remote_address()}"


class Gate:
    """Whether a request may call a protected path, and as whom. Flask asks it before every
    request; the repeat path (api/repeats.py) asks it the same for each request it answers."""

    def __init__(self, keys: list[bytes], failures_allowed: Callable[[str, bool], bool],
                 fail_limit: str):
        """failures_allowed(address, record): whether address is within AUTH_FAIL_LIMIT
        (fail_limit), recording one more failure when record is true."""
        self.keys = keys
        self.failures_allowed = failures_allowed
        self.fail_limit = fail_limit

    def client(self, path: str, args: Container[str], header: Callable[[str], str | None],
               address: Callable[[], str]) -> str | None:
        """The caller's identity ("key:<hash>") when keys are on, None when they are off or
        the path is open; ApiError (400, 401, 429) when the request may not pass. header
        reads a request header; address gives the client's address (read only when keys are
        on)."""
        if not (path.startswith(_PROTECTED_PREFIX) or path in _PROTECTED_PATHS):
            return None
        if any(name in args for name in _KEY_PARAMS):
            raise ApiError(400, "key_in_query",
                           "API keys are not accepted in the URL; send Authorization: Bearer "
                           "<key> or X-API-Key")
        if not self.keys:
            return None
        presented = _presented_key(header)
        where = address()
        # Past the limit every attempt from the address is refused, the right key too:
        # otherwise a guesser could still tell a hit from a miss.
        if presented is not None and not self.failures_allowed(where, False):
            raise ApiError(429, "rate_limited",
                           "too many wrong API keys from this address; retry later",
                           {"limit": self.fail_limit},
                           headers={"Retry-After": "60"})
        if presented is None or not _matches(presented, self.keys):
            if presented is not None:
                self.failures_allowed(where, True)
            raise ApiError(
                401, "unauthorized",
                "a valid API key is required: Authorization: Bearer <key> or X-API-Key",
                headers={"WWW-Authenticate": 'Bearer realm="kutip"'},
            )
        return "key:" + hashlib.sha256(presented).hexdigest()[:16]


def install(app: Flask, settings) -> Limiter:
    keys = load_keys(settings.api_keys, settings.api_keys_file)
    fail_limits = parse_many(settings.auth_fail_limit) if settings.auth_fail_limit else []
    # Failed attempts are counted whether or not request rate limits are on, in Redis when
    # there is one (so every worker and replica sees them).
    fail_storage = storage.storage_from_string(
        settings.redis_url or "memory://",
        **({"socket_timeout": settings.redis_timeout,
            "socket_connect_timeout": settings.redis_timeout} if settings.redis_url else {}))
    failures = MovingWindowRateLimiter(fail_storage)
    # Every failure is also counted in this process: when the shared store fails (Redis down,
    # or full and refusing writes while reads still answer) the limit still holds, per worker,
    # never open.
    local_failures = MovingWindowRateLimiter(storage.MemoryStorage())
    fail_prefix = settings.cache_prefix + "authfail"

    def _check(limiter: MovingWindowRateLimiter, address: str, record: bool) -> bool:
        allowed = True
        for item in fail_limits:
            ok = limiter.hit(item, fail_prefix, address) if record else \
                limiter.test(item, fail_prefix, address)
            allowed = allowed and ok
        return allowed

    def _failures_allowed(address: str, record: bool) -> bool:
        """Test (or record) a failed key attempt from address against AUTH_FAIL_LIMIT, in the
        shared store and in this process; refused when either is past the limit."""
        allowed = _check(local_failures, address, record)
        try:
            allowed = _check(failures, address, record) and allowed
        except Exception as exc:
            log.warning("failed-key limiter store unavailable, counting in process: %s", exc)
        return allowed

    gate = Gate(keys, _failures_allowed, settings.auth_fail_limit)
    app.extensions["kutip.gate"] = gate

    @app.before_request
    def _authenticate():
        client = gate.client(request.path, request.args, request.headers.get,
                             get_remote_address)
        if client is not None:
            g.client_id = client
        return None

    limiter = Limiter(
        client_identity,
        app=app,
        storage_uri=settings.redis_url or "memory://",
        storage_options={"socket_timeout": settings.redis_timeout,
                         "socket_connect_timeout": settings.redis_timeout}
        if settings.redis_url else {},
        key_prefix=settings.cache_prefix + "rl",
        headers_enabled=True,
        swallow_errors=True,  # a limiter storage failure must not fail the request
        in_memory_fallback_enabled=bool(settings.redis_url),
        default_limits=[],
        enabled=bool(settings.rate_limit),
    )
    return limiter
