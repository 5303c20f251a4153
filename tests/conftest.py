"""Shared fixtures: the real small Stanza models from ../shared, loaded once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
os.environ.setdefault("STANZA_DIR", str(SHARED / "models" / "stanza"))


def assert_offsets(text: str, answer: dict) -> None:
    """Every span Kutip returns must slice the input to exactly its own text."""
    for q in answer["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"], q
        for key in ("cue", "speaker_mention"):
            if q[key]:
                assert text[q[key]["start"] : q[key]["end"]] == q[key]["text"], q
    for s in answer["speakers"]:
        for m in s["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"], m
    for c in answer["claims"]:
        assert text[c["start"] : c["end"]] == c["text"], c


@pytest.fixture(scope="session")
def engine():
    from service.extract.engine import Engine

    return Engine.from_settings()


@pytest.fixture(scope="session")
def extract(engine):
    def run(text: str) -> dict:
        answer = engine.run(text)
        assert_offsets(text, answer)
        return answer

    return run


def speaker_of(answer: dict, quote_start: str) -> str | None:
    for q in answer["quotes"]:
        if q["text"].startswith(quote_start):
            return q["speaker"]["name"] if q["speaker"] else None
    raise AssertionError(f"no quote starts with {quote_start!r}: "
                         f"{[q['text'] for q in answer['quotes']]}")


def quote_texts(answer: dict, kind: str | None = None) -> list[str]:
    return [q["text"] for q in answer["quotes"] if kind is None or q["type"] == kind]


PG_ADMIN_URL = os.environ.get("KUTIP_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="module")
def database_url():
    """A PostgreSQL database of its own for the module, migrated to head, dropped after."""
    import uuid

    import psycopg

    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL}: {exc}")
    name = f"kutip_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    from service.archive import migrate

    migrate.upgrade(url)
    try:
        yield url
    finally:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.close()


# In CI (CI=true, which .ci/run sets) a skipped test is a failure: a whole tier (the browser,
# the proxy, the regression guard) must never pass by not running.
_SKIPPED: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped:
        _SKIPPED.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("CI", "").lower() == "true" and _SKIPPED and exitstatus == 0:
        print(f"\nCI: {len(_SKIPPED)} tests skipped, which CI counts as failed:")
        for nodeid in _SKIPPED:
            print(f"  {nodeid}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
