"""The one table from domain failures to the contract's answers (service.errors), which the
API's error handlers and the batch task both read."""

from __future__ import annotations

import pytest

from service.errors import (
    BudgetExceeded,
    NotReady,
    OutOfMemory,
    OverCapacity,
    failure_of,
)


@pytest.mark.parametrize(("exc", "status", "code"), [
    (NotReady("loading"), 503, "not_ready"),
    (OverCapacity("busy", retry_after=3), 503, "overloaded"),
    (OutOfMemory("too big"), 503, "over_budget"),
    (MemoryError(), 503, "over_budget"),
    (BudgetExceeded("predicted", predicted=True), 503, "over_budget"),
    (BudgetExceeded("ran out", predicted=False), 504, "timeout"),
])
def test_each_domain_failure_has_one_answer(exc, status, code):
    failure = failure_of(exc, budget_seconds=60, memory_mb=4096)
    assert failure is not None and (failure.status, failure.code) == (status, code)
    assert failure.message


def test_retry_after_is_said_where_a_retry_helps():
    assert failure_of(OverCapacity("busy", retry_after=7)).headers == {"Retry-After": "7"}
    assert "Retry-After" in failure_of(NotReady("loading")).headers


def test_anything_else_is_not_a_domain_failure():
    assert failure_of(ValueError("a bug")) is None
