"""A pool of batch-worker processes that stays at its size.

Dramatiq's own `--processes N` shuts the whole pool down when one of its children dies (a
SIGKILL, the OOM killer), so one bad article could stop every worker on a host. Here each
child is a Dramatiq command of one process in its own process group; when one exits
unexpectedly it is logged and started again after a back-off that doubles up to
MAX_BACKOFF_SECONDS (and resets once a child has lived HEALTHY_SECONDS). The articles it held
are redelivered by the broker as for any dead worker (no heartbeat for
JOB_HEARTBEAT_SECONDS). SIGTERM or SIGINT is passed to every child, which drains and stops.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

MIN_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 30.0
# A child that ran this long before dying was healthy: its replacement starts at once.
HEALTHY_SECONDS = 60.0
# How long children get to drain after SIGTERM before they are killed.
STOP_GRACE_SECONDS = 60.0
_POLL_SECONDS = 0.2


_PR_SET_PDEATHSIG = 1


def _stop_with_parent() -> None:
    """In the child, before exec: SIGTERM when the supervisor dies (Linux prctl)."""
    ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True).prctl(
        _PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class _Slot:
    """One place in the pool: its current process and its restart back-off."""

    number: int
    proc: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    backoff: float = 0.0
    restart_at: float = 0.0
    restarts: int = field(default=0)


class Supervisor:
    def __init__(self, command: Sequence[str], processes: int, env: dict[str, str],
                 slot_env: Callable[[int], dict[str, str]] | None = None):
        """slot_env: extra environment for the process in place n (e.g. which one serves
        the pool's metrics port)."""
        self.command = list(command)
        self.env = env
        self.slot_env = slot_env or (lambda _n: {})
        self.slots = [_Slot(n) for n in range(max(1, processes))]
        self._stopping = False

    def _start(self, slot: _Slot) -> None:
        # A process group of its own, so its Dramatiq worker child goes with it; and told to
        # stop should the supervisor itself die (SIGKILL), so no pool outlives it.
        slot.proc = subprocess.Popen(self.command, env={**self.env, **self.slot_env(slot.number)},
                                     start_new_session=True, preexec_fn=_stop_with_parent)
        slot.started = time.monotonic()
        log.info("worker %d started (pid %d)", slot.number, slot.proc.pid)

    @staticmethod
    def _signal_group(slot: _Slot, sig: int) -> None:
        if slot.proc is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(slot.proc.pid, sig)

    def _on_exit(self, slot: _Slot, code: int) -> None:
        """A child ended on its own: clear what is left of its group, plan its restart."""
        self._signal_group(slot, signal.SIGKILL)  # an orphaned Dramatiq child, if any
        lived = time.monotonic() - slot.started
        slot.backoff = 0.0 if lived >= HEALTHY_SECONDS else min(
            MAX_BACKOFF_SECONDS, max(MIN_BACKOFF_SECONDS, slot.backoff * 2))
        slot.restart_at = time.monotonic() + slot.backoff
        slot.restarts += 1
        slot.proc = None
        log.warning("worker %d exited unexpectedly (code %d) after %.0f s; restarting in "
                    "%.0f s", slot.number, code, lived, slot.backoff)

    def stop(self, *_args: object) -> None:
        self._stopping = True

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        for slot in self.slots:
            self._start(slot)
        while not self._stopping:
            now = time.monotonic()
            for slot in self.slots:
                if slot.proc is None:
                    if now >= slot.restart_at:
                        self._start(slot)
                    continue
                code = slot.proc.poll()
                if code is not None:
                    self._on_exit(slot, code)
            time.sleep(_POLL_SECONDS)
        return self._drain()

    def _drain(self) -> int:
        log.info("stopping %d workers", len(self.slots))
        live = [(s, s.proc) for s in self.slots if s.proc is not None and s.proc.poll() is None]
        for slot, _ in live:
            self._signal_group(slot, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for slot, proc in live:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.warning("worker %d did not drain in time; killing it", slot.number)
                self._signal_group(slot, signal.SIGKILL)
                proc.wait()
        return 0
