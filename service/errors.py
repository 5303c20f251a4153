"""The failures the HTTP edge maps to answers, in one leaf module: the NLP layer and the answer
service raise them, the API catches them, and neither side imports the other for it."""

from __future__ import annotations


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
