"""Answers behind the API: the engine fronted by the cache, computed once per identical request.

Knows nothing of Flask: the HTTP layer hands it text and options and gets JSON text back.
Cached values are the answer without its "cached" field, so a hit is served by prefixing
'{"cached": true, ' to the stored JSON rather than by parsing and re-serialising it.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable

from service.cache import AnswerCache

log = logging.getLogger(__name__)


class NotReady(RuntimeError):
    """The models are not loaded (yet, or at all); the message says why."""


class SingleFlight:
    """Run fn once for concurrent callers with the same key; the others share its result."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._calls: dict[str, tuple[threading.Event, list]] = {}

    def do(self, key: str, fn: Callable[[], str]) -> tuple[str, bool]:
        with self._lock:
            call = self._calls.get(key)
            leader = call is None
            if leader:
                call = (threading.Event(), [])
                self._calls[key] = call
        event, box = call
        if not leader:
            event.wait()
            if box and isinstance(box[0], BaseException):
                raise box[0]
            return box[0], True
        try:
            result = fn()
            box.append(result)
            return result, False
        except BaseException as exc:
            box.append(exc)
            raise
        finally:
            event.set()
            with self._lock:
                self._calls.pop(key, None)


def _with_cached(stored: str, cached: bool) -> str:
    """The stored answer (a JSON object without "cached") with its "cached" flag first."""
    head = '{"cached": ' + ("true" if cached else "false")
    return head + "}" if stored == "{}" else head + ", " + stored[1:]


class AnswerService:
    def __init__(self, engine_factory: Callable[[], object], cache: AnswerCache, *,
                 wait_seconds: float = 60.0, budget_seconds: float = 0.0):
        self._engine_factory = engine_factory
        self.cache = cache
        self.engine = None
        self.error: str | None = None
        self.wait_seconds = wait_seconds
        self.budget_seconds = budget_seconds
        self._flight = SingleFlight()

    def load(self) -> None:
        """Load the engine now; a failure is kept as the reason the service is not ready."""
        from service.nlp.loader import ModelsUnavailable

        t0 = time.perf_counter()
        try:
            self.engine = self._engine_factory()
        except ModelsUnavailable as exc:
            self.error = str(exc)
            log.error("models unavailable: %s", exc)
            return
        log.info("models loaded in %.1f s", time.perf_counter() - t0)

    @property
    def ready(self) -> bool:
        return self.engine is not None

    def answer(self, text: str, options: dict) -> tuple[str, bool]:
        """(answer JSON, cached) for text."""
        if self.engine is None:
            raise NotReady(self.error or "models are still loading")
        key = self.engine.answer_id(text, options)
        stored = self.cache.get(key)
        if stored is not None:
            return _with_cached(stored, True), True
        stored, shared = self._flight.do(key, lambda: self._compute(key, text, options))
        return _with_cached(stored, shared), shared

    def _compute(self, key: str, text: str, options: dict) -> str:
        if not self.cache.claim(key, self.wait_seconds):
            # Another process computes this very text: wait for its answer a while.
            deadline = time.monotonic() + self.wait_seconds
            while time.monotonic() < deadline:
                time.sleep(0.05)
                stored = self.cache.get(key)
                if stored is not None:
                    return stored
        deadline = time.monotonic() + self.budget_seconds if self.budget_seconds > 0 else None
        try:
            answer = self.engine.run(text, options, deadline=deadline)
            answer.pop("cached", None)
            stored = json.dumps(answer, ensure_ascii=False, separators=(",", ":"))
            self.cache.set(key, stored)
            return stored
        finally:
            self.cache.release(key)
