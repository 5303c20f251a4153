"""The parser's admission queue: one parse at a time per worker, a bounded wait behind it,
an immediate refusal beyond (no Stanza needed)."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest

from service.answers import Admission
from service.errors import OverCapacity


@contextlib.contextmanager
def _parser_busy(admission: Admission):
    """Another request holds the parser until the block ends."""
    release, entered = threading.Event(), threading.Event()

    def hold() -> None:
        admission.enter(None)
        entered.set()
        release.wait(5)
        admission.leave(0.5)

    holder = threading.Thread(target=hold)
    holder.start()
    entered.wait(5)
    try:
        yield
    finally:
        release.set()
        holder.join(5)


def test_beyond_max_pending_a_request_is_refused_at_once_with_retry_after():
    admission = Admission(max_pending=1)
    waiter_done = threading.Event()
    with _parser_busy(admission):
        waiter = threading.Thread(target=lambda: (admission.enter(None), waiter_done.set(),
                                                  admission.leave(0.1)))
        waiter.start()
        time.sleep(0.1)  # the waiter now waits behind the holder
        t0 = time.monotonic()
        with pytest.raises(OverCapacity) as refused:
            admission.enter(None)
        assert time.monotonic() - t0 < 0.1
        assert refused.value.retry_after >= 1
    waiter.join(5)
    assert waiter_done.is_set()  # the one that waited got its turn


def test_a_request_that_waits_past_its_deadline_is_dropped():
    admission = Admission(max_pending=4)
    with _parser_busy(admission), pytest.raises(OverCapacity, match="budget"):
        admission.enter(time.monotonic() + 0.2)
    admission.enter(time.monotonic() + 1)  # free again
    admission.leave(0.1)
