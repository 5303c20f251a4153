"""The repeat path: a POST /v1/extract whose bytes this worker has answered before, answered
from the cache without Flask.

A cache hit used to cost more of the app's time than Flask's own request handling: routing,
the request context and its hooks, ten layers of flask-smorest's documentation wrappers,
reading and checking the body, the schema. None of that can change the answer for the same
bytes: the fields read from a body depend only on the body, its content type (charset
included) and the query string. So each answered request's digest of those is kept with its
answer's id (a bounded LRU per worker), and a request with a digest seen before is answered
here, from the answer cache, with the same gate (API keys), the same headers and the same
metrics as Flask's path. Anything else goes to Flask: a new body, a body without a
Content-Length or over the limit, a refused key, an answer no longer cached, and every request
while rate limits are on (flask-limiter counts requests inside Flask, so with RATE_LIMIT set
this path is not installed; see README).
"""

from __future__ import annotations

import hashlib
import io
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

from service import metrics
from service.answers import AnswerService
from service.api.access import Gate
from service.api.body import read_stream
from service.api.errors import ApiError
from service.api.tracing import observe, request_id, server_timing
from service.cache import MemoryCache

log = logging.getLogger(__name__)

ROUTE = "/v1/extract"
# Where the extract view leaves the id of the answer it gave, for this path to remember.
ANSWER_ID = "kutip.answer_id"
# Request digests remembered per worker: each costs about 250 bytes, so 16,384 of them about
# 4 MB, more than the answers LOCAL_CACHE_MB holds (about 2,000 of the dev set's size).
MEMO_SIZE = 16_384

StartResponse = Callable[..., Any]


class _Replay(io.RawIOBase):
    """A body whose reading failed part way, handed on to Flask: what was read, then the
    same error where Flask's own reading would have met it."""

    def __init__(self, data: bytes, error: Exception):
        super().__init__()
        self._data = io.BytesIO(data)
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        got = self._data.readinto(buffer)
        if got == 0 and len(buffer) > 0:
            raise self._error
        return got


class RepeatedRequests:
    """WSGI middleware around Flask's wsgi_app (inside SecurityHeaders and ProxyFix, so a
    repeat gets the same security headers and the same client address)."""

    def __init__(self, wsgi_app: Callable[[dict, StartResponse], Iterable[bytes]],
                 answers: AnswerService, gate: Gate, max_body_bytes: int,
                 size: int = MEMO_SIZE, ttl: float = 3600.0):
        self.wsgi_app = wsgi_app
        self.answers = answers
        self.gate = gate
        self.max_body_bytes = max_body_bytes
        self.seen = MemoryCache(size=size, ttl=ttl)

    def __call__(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        if (environ.get("REQUEST_METHOD") != "POST" or environ.get("PATH_INFO") != ROUTE
                or not self.answers.ready):
            return self.wsgi_app(environ, start_response)
        started = time.perf_counter()
        length = _content_length(environ)
        if (length is None or length > self.max_body_bytes
                or environ.get("HTTP_TRANSFER_ENCODING")):
            return self.wsgi_app(environ, start_response)
        body, error = read_stream(environ["wsgi.input"], length)
        environ["wsgi.input"] = io.BytesIO(body) if error is None else _Replay(body, error)
        digest = self._digest(environ, body)
        if error is None and len(body) == length:
            key = self.seen.get(digest)
            if key is not None:
                answered = self._answer(environ, start_response, key, started)
                if answered is not None:
                    return answered
        result = self.wsgi_app(environ, start_response)
        key = environ.get(ANSWER_ID)
        if key:
            self.seen.set(digest, key)
        return result

    def _digest(self, environ: dict, body: bytes) -> str:
        """What the request's fields are read from, and the model that answers them."""
        h = hashlib.sha256()
        for part in (self.answers.model_tag, environ.get("CONTENT_TYPE", ""),
                     environ.get("QUERY_STRING", "")):
            h.update(part.encode("utf-8", "surrogateescape") + b"\0")
        h.update(body)
        return h.hexdigest()

    def _answer(self, environ: dict, start_response: StartResponse, key: str,
                started: float) -> list[bytes] | None:
        """The cached answer for key as Flask's path would give it, or None to let Flask
        answer (a refused key: Flask gives the error; an answer no longer cached)."""
        try:
            client = self.gate.client(
                ROUTE, parse_qs(environ.get("QUERY_STRING", "")),
                lambda name: environ.get("HTTP_" + name.upper().replace("-", "_")),
                lambda: environ.get("REMOTE_ADDR", ""))
            answer = self.answers.cached_answer(key, client)
        except ApiError:
            return None
        if answer is None:
            return None
        out = answer.body.encode("utf-8")
        elapsed = time.perf_counter() - started
        start_response("200 OK", [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(out))),
            ("X-Kutip-Cache", "hit" if answer.cached else "miss"),
            ("X-Request-ID", request_id(environ.get("HTTP_X_REQUEST_ID"))),
            ("Server-Timing", server_timing(elapsed)),
        ])
        observe(ROUTE, "POST", 200, elapsed)
        metrics.REPEATS.inc()
        return [out]


def _content_length(environ: dict) -> int | None:
    raw = environ.get("CONTENT_LENGTH")
    if not raw or not raw.isdigit():
        return None
    return int(raw)
