"""Who may call /v1, and how often: optional API keys and flask-limiter rate limits.

Keys come from API_KEYS (comma-separated) and/or API_KEYS_FILE (one a line, # comments), are
compared in constant time, and never logged: the rate-limit identity of a keyed client is a
hash of its key. Health, readiness, the spec, the docs and the page stay open.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from flask import Flask, g, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from service.api.errors import ApiError

_PROTECTED_PREFIX = "/v1/"


def load_keys(inline: str, path: str) -> list[bytes]:
    keys = [k.strip() for k in inline.split(",") if k.strip()]
    if path:
        for line in Path(path).read_text("utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                keys.append(line)
    return [k.encode("utf-8") for k in keys]


def _presented_key() -> bytes | None:
    auth = request.headers.get("Authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip().encode("utf-8")
    key = request.headers.get("X-API-Key")
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


def install(app: Flask, settings) -> Limiter:
    keys = load_keys(settings.api_keys, settings.api_keys_file)

    @app.before_request
    def _authenticate():
        if not request.path.startswith(_PROTECTED_PREFIX):
            return None
        presented = _presented_key()
        if keys:
            if presented is None or not _matches(presented, keys):
                raise ApiError(
                    401, "unauthorized",
                    "a valid API key is required: Authorization: Bearer <key> or X-API-Key",
                    headers={"WWW-Authenticate": 'Bearer realm="kutip"'},
                )
            g.client_id = "key:" + hashlib.sha256(presented).hexdigest()[:16]
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
