"""Answers behind the API: the engine fronted by the cache, computed once per identical request,
with a bounded queue in front of the parser.

Knows nothing of Flask: the HTTP layer hands it text and options and gets JSON text back.
Cached values are the answer without its "cached" field, sealed in a one-line envelope
("kutip-answer/1 <answer id> <model tag> <length> <crc32>"), so a hit is checked without
parsing the JSON (this id, this engine's model and code, the whole body, its checksum) and
served by prefixing '{"cached": true, ' to it. A value that fails the check is logged and
recomputed, so a damaged or foreign cache entry can never become a wrong answer.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import math
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from service import metrics
from service.cache import AnswerCache, Claim
from service.errors import ModelsUnavailable, NotReady, OutOfMemory, OverCapacity

log = logging.getLogger(__name__)

__all__ = ["Answer", "AnswerService", "NotReady", "SingleFlight"]

# The envelope's first word; a new format of stored answers gets a new version.
ENVELOPE = "kutip-answer/1"


def seal(key: str, model_tag: str, body: str) -> str:
    """The stored form of an answer body: its envelope line, then the body."""
    crc = zlib.crc32(body.encode("utf-8"))
    return f"{ENVELOPE} {key} {model_tag} {len(body)} {crc:08x}\n{body}"


def unseal(stored: str, key: str, model_tag: str) -> str | None:
    """The body of a sealed value when its envelope matches key, model and contents."""
    head, newline, body = stored.partition("\n")
    parts = head.split(" ")
    if (not newline or len(parts) != 5 or parts[0] != ENVELOPE or parts[1] != key
            or parts[2] != model_tag or parts[3] != str(len(body)) or not body.startswith("{")):
        return None
    return body if parts[4] == f"{zlib.crc32(body.encode('utf-8')):08x}" else None
# How often a waiter looks again for the answer another process computes.
_POLL_SECONDS = 0.05


class _Call:
    """One computation in flight and the callers waiting on it."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.box: list[Any] = []
        self.waiters: list[Callable[[], bool] | None] = []

    def anyone_waits(self) -> bool:
        """Whether any caller still wants the result (None: a caller that cannot tell)."""
        return any(w is None or w() for w in list(self.waiters))


class SingleFlight:
    """Run fn once for concurrent callers with the same key; the others share its result. fn
    gets a check that any of the callers still waits, so the computation goes on while one
    does, whoever started it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[str, _Call] = {}

    def do(self, key: str, fn: Callable[[Callable[[], bool]], str],
           still_wanted: Callable[[], bool] | None = None) -> tuple[str, bool]:
        with self._lock:
            call = self._calls.get(key)
            leader = call is None
            if call is None:
                call = self._calls[key] = _Call()
            call.waiters.append(still_wanted)
        if not leader:
            call.done.wait()
            if call.box and isinstance(call.box[0], BaseException):
                raise call.box[0]
            return call.box[0], True
        try:
            result = fn(call.anyone_waits)
            call.box.append(result)
            return result, False
        except BaseException as exc:
            call.box.append(exc)
            raise
        finally:
            call.done.set()
            with self._lock:
                self._calls.pop(key, None)


class AnswerEngine(Protocol):
    """What the service needs of an engine (extract.engine.Engine): its model, the id of an
    answer, and the answer."""

    model: dict[str, Any]

    def answer_id(self, text: str, options: dict[str, Any] | None = None) -> str: ...

    def run(self, text: str, options: dict[str, Any] | None = None,
            deadline: float | None = None) -> dict[str, Any]: ...


class Admission:
    """One parse at a time per worker (the parse is CPU-bound; more in parallel only slows
    each), at most max_pending waiting behind it. Beyond that a request is refused at once
    (OverCapacity with a Retry-After from the recent parse time), so a crowd gets quick 503s
    instead of a queue that outlives its clients, and threads stay free for cached answers
    and health checks."""

    def __init__(self, max_pending: int):
        self.max_pending = max(0, max_pending)
        self._slot = threading.Lock()
        self._lock = threading.Lock()
        self._waiting = 0
        self._mean_seconds = 1.0

    def retry_after(self) -> int:
        return max(1, min(60, math.ceil(self._mean_seconds * (self._waiting + 1))))

    def enter(self, deadline: float | None) -> None:
        """Take the parser, waiting at most until deadline; OverCapacity when refused."""
        if self._slot.acquire(blocking=False):
            return
        with self._lock:
            if self._waiting >= self.max_pending:
                metrics.SHED.inc()
                raise OverCapacity(
                    f"{self._waiting} articles already wait for this worker's parser; "
                    "retry shortly", retry_after=self.retry_after())
            self._waiting += 1
        try:
            timeout = -1 if deadline is None else max(0.0, deadline - time.monotonic())
            if not self._slot.acquire(timeout=timeout):
                raise OverCapacity("the article waited for the parser past its time budget",
                                   retry_after=self.retry_after())
        finally:
            with self._lock:
                self._waiting -= 1

    def leave(self, seconds: float) -> None:
        self._mean_seconds = 0.8 * self._mean_seconds + 0.2 * seconds
        self._slot.release()


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer as the service gives it: the stored JSON (the contract's answer without its
    "cached" field), whether it came from the cache for this caller, and its id. The edge
    serialises it (body); a caller that needs the answer's contents reads data."""

    stored: str
    cached: bool
    id: str

    @property
    def body(self) -> str:
        """The contract's JSON, "cached" first."""
        return _with_cached(self.stored, self.cached)

    @property
    def data(self) -> dict[str, Any]:
        """The answer as a dict, without "cached" (parsed when asked for)."""
        data: dict[str, Any] = json.loads(self.stored)
        return data


def _with_cached(stored: str, cached: bool) -> str:
    """The stored answer (a JSON object without "cached") with its "cached" flag first."""
    head = '{"cached": ' + ("true" if cached else "false")
    return head + "}" if stored == "{}" else head + ", " + stored[1:]


# How torch's backends report an allocation refused under the address-space ceiling. Seen in
# a worker's log with WORKER_MAX_MEMORY_MB set (tests/e2e/test_hardening.py): the default CPU
# allocator ("can't allocate memory") and oneDNN, whose LSTM primitive cannot be built when
# its scratch memory is refused ("could not create a primitive"). Also C++ `new` failing
# ("std::bad_alloc") and a backend's own "out of memory", which torch passes on as text.
_ALLOCATION_FAILURE_MARKERS = ("allocate", "bad_alloc", "out of memory",
                               "could not create a primitive")


def _is_allocation_failure(exc: BaseException) -> bool:
    """MemoryError from Python or numpy, or a torch backend refusing memory under the ceiling."""
    if isinstance(exc, MemoryError):
        return True
    if isinstance(exc, OSError) and exc.errno == errno.ENOMEM:
        return True
    message = str(exc).lower()
    return isinstance(exc, RuntimeError) and any(
        marker in message for marker in _ALLOCATION_FAILURE_MARKERS)


class AnswerService:
    def __init__(self, engine_factory: Callable[[], AnswerEngine], cache: AnswerCache, *,
                 wait_seconds: float = 60.0, budget_seconds: float = 0.0,
                 max_pending: int = 2):
        self._engine_factory = engine_factory
        self.cache = cache
        self.engine: AnswerEngine | None = None
        self.error: str | None = None
        self.wait_seconds = wait_seconds
        self.budget_seconds = budget_seconds
        self.admission = Admission(max_pending)
        self._flight = SingleFlight()
        self._model_tag: str | None = None

    def load(self) -> None:
        """Load the engine now; a failure is kept as the reason the service is not ready."""
        t0 = time.perf_counter()
        try:
            self.engine = self._engine_factory()
        except ModelsUnavailable as exc:
            self.error = str(exc)
            log.error("models unavailable: %s", exc)
            return
        seconds = time.perf_counter() - t0
        metrics.MODEL_LOAD.set(seconds)
        log.info("models loaded in %.1f s", seconds)

    @property
    def ready(self) -> bool:
        return self.engine is not None

    def _loaded(self) -> AnswerEngine:
        if self.engine is None:
            raise NotReady(self.error or "models are still loading")
        return self.engine

    @property
    def model_tag(self) -> str:
        """A short digest of this engine's model (versions and code and model fingerprints)."""
        if self._model_tag is None:
            model = json.dumps(self._loaded().model, sort_keys=True).encode("utf-8")
            self._model_tag = hashlib.sha256(model).hexdigest()[:16]
        return self._model_tag

    def _valid(self, key: str, stored: str | None) -> str | None:
        """The stored answer body when it is this engine's answer for key, else None
        (logged); checked by its envelope, without parsing the JSON."""
        if stored is None:
            return None
        body = unseal(stored, key, self.model_tag)
        if body is None:
            log.warning("cached value for %s is not a valid answer; recomputing", key[:12])
        return body

    def answer(self, text: str, options: dict[str, Any],
               still_wanted: Callable[[], bool] | None = None,
               client: str | None = None) -> Answer:
        """The Answer for text. still_wanted tells whether the client still waits;
        a request nobody waits for is dropped before its parse. client: the caller's
        identity when several tenants share the service; then "cached" is true only when
        this client had asked for this text before, so no tenant learns what another
        analysed."""
        if self.engine is None:
            raise NotReady(self.error or "models are still loading")
        deadline = time.monotonic() + self.budget_seconds if self.budget_seconds > 0 else None
        key = self.engine.answer_id(text, options)
        hit = self.cached_answer(key, client)
        if hit is not None:
            return hit
        metrics.CACHE.labels("miss").inc()
        stored, cached = self._flight.do(
            key, lambda anyone_waits: self._compute(key, text, options, deadline, anyone_waits),
            still_wanted)
        if client is not None:
            cached = self.cache.seen_before(client, key) and cached
        return Answer(stored, cached, key)

    def cached_answer(self, key: str, client: str | None = None) -> Answer | None:
        """The Answer stored under key (an answer id) when the cache holds a valid one, else
        None; no parse, no queue. client as in answer()."""
        if self.engine is None:
            return None
        stored = self._valid(key, self.cache.get(key))
        if stored is None:
            return None
        metrics.CACHE.labels("hit").inc()
        cached = self.cache.seen_before(client, key) if client is not None else True
        return Answer(stored, cached, key)

    def _wait_for_other(self, key: str) -> str | Claim:
        """Another process holds key's claim: poll for its answer while its claim lives (the
        holder renews it; a dead holder's claim lapses within seconds). Returns the answer,
        or a claim of our own once theirs lapsed."""
        stop = time.monotonic() + self.wait_seconds
        while time.monotonic() < stop:
            time.sleep(_POLL_SECONDS)
            stored = self._valid(key, self.cache.get(key))
            if stored is not None:
                return stored
            if not self.cache.claimed(key):
                claim = self.cache.claim(key)
                if claim is not None:
                    return claim
        forced = self.cache.claim(key, force=True)
        assert forced is not None  # a forced claim is always given
        return forced

    def _compute(self, key: str, text: str, options: dict[str, Any], deadline: float | None,
                 still_wanted: Callable[[], bool] | None) -> str:
        claim = self.cache.claim(key)
        if claim is None:
            got = self._wait_for_other(key)
            if isinstance(got, str):
                return got
            claim = got
        # The answer may have landed between our last look and the claim (its computer
        # stores it, then releases its claim): look once more before parsing it again.
        stored = self._valid(key, self.cache.get(key))
        if stored is not None:
            claim.release()
            return stored
        try:
            self.admission.enter(deadline)
            started = time.monotonic()
            try:
                if still_wanted is not None and not still_wanted():
                    raise OverCapacity("the client went away before its parse started",
                                       retry_after=1)
                answer = self._loaded().run(text, options, deadline=deadline)
            except Exception as exc:
                if _is_allocation_failure(exc):
                    log.error("allocation failed under the memory ceiling: %s", exc)
                    raise OutOfMemory("the article needs more memory than a worker may use; "
                                      "send a shorter text") from exc
                raise
            finally:
                self.admission.leave(time.monotonic() - started)
            answer.pop("cached", None)
            for stage in ("nlp", "extract"):
                metrics.STAGE.labels(stage).observe(answer["timing_ms"][stage] / 1000)
            stored = json.dumps(answer, ensure_ascii=False, separators=(",", ":"))
            self.cache.set(key, seal(key, self.model_tag, stored))
            return stored
        finally:
            claim.release()
