"""The failures the HTTP edge maps to answers, in one leaf module: the NLP layer and the answer
service raise them, the API catches them, and neither side imports the other for it."""

from __future__ import annotations

from dataclasses import dataclass, field


class ModelsUnavailable(RuntimeError):
    """The Stanza models cannot be loaded; the message says how to get them."""


class NotReady(RuntimeError):
    """The models are not loaded (yet, or at all); the message says why."""


class BudgetExceeded(RuntimeError):
    """The article does not fit the time budget. predicted=True: refused before or during the
    costly stages, from the rate measured so far; False: the budget ran out."""

    def __init__(self, message: str, *, predicted: bool):
        super().__init__(message)
        self.predicted = predicted


class OverCapacity(RuntimeError):
    """Too many uncached requests already wait for this worker's parser, or one waited past
    its budget; the client should retry after retry_after seconds."""

    def __init__(self, message: str, *, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


class OutOfMemory(RuntimeError):
    """An allocation failed under the worker's memory ceiling; the worker lives on."""


class ArchiveUnavailable(RuntimeError):
    """No archive is configured (no DATABASE_URL) or its PostgreSQL does not answer."""


class NotFound(LookupError):
    """A stored thing the request names does not exist."""


class Conflict(RuntimeError):
    """A request the stored state does not allow (merging a speaker into itself)."""


class InvalidInput(ValueError):
    """A request the archive cannot take, with the field at fault."""

    def __init__(self, message: str, *, field: str = ""):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class Failure:
    """How a failure is told to a client: HTTP status, the contract's error code, message,
    details and headers. The API answers with it; a batch job records its code and message
    as the article's error."""

    status: int
    code: str
    message: str
    details: dict = field(default_factory=dict)
    headers: dict = field(default_factory=dict)


def failure_of(exc: BaseException, *, budget_seconds: float = 0.0,
               memory_mb: int = 0) -> Failure | None:
    """The one table from domain failures to answers; None for anything else."""
    if isinstance(exc, NotReady):
        return Failure(503, "not_ready", str(exc), headers={"Retry-After": "5"})
    if isinstance(exc, ArchiveUnavailable):
        return Failure(503, "archive_unavailable", str(exc) or "the archive is unavailable",
                       headers={"Retry-After": "30"})
    if isinstance(exc, NotFound):
        return Failure(404, "not_found", str(exc))
    if isinstance(exc, Conflict):
        return Failure(409, "conflict", str(exc))
    if isinstance(exc, InvalidInput):
        return Failure(400, "invalid_input", str(exc),
                       {"field": exc.field} if exc.field else {})
    if isinstance(exc, OverCapacity):
        return Failure(503, "overloaded", str(exc), {"retry_after": exc.retry_after},
                       {"Retry-After": str(exc.retry_after)})
    if isinstance(exc, (OutOfMemory, MemoryError)):
        return Failure(503, "over_budget", str(exc) or "the request needs more memory than "
                       "a worker may use; send less", {"memory_mb": memory_mb},
                       {"Retry-After": "5"})
    if isinstance(exc, BudgetExceeded):
        if exc.predicted:
            return Failure(503, "over_budget", str(exc), {"budget_seconds": budget_seconds})
        return Failure(504, "timeout", str(exc), {"budget_seconds": budget_seconds})
    return None
