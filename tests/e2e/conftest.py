"""A Redis of each test module's own (tests stop and restart it) and gunicorn against it; for
the page's modules, a server without rate limits and Chromium at desktop and phone size."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.servers import Gunicorn, RedisProcess


@pytest.fixture(scope="module")
def redis_proc() -> Iterator[RedisProcess]:
    proc = RedisProcess().start()
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def api(env: dict[str, str]) -> Iterator[Gunicorn]:
    """One gunicorn worker with the test module's own environment (its `env` fixture)."""
    g = Gunicorn(env, workers=1).start()
    yield g
    g.stop()


def gunicorn_on(redis_proc: RedisProcess, workers: int = 1, **env: str) -> Gunicorn:
    """gunicorn with docker/gunicorn.conf.py, caching in redis_proc under a fresh prefix."""
    return Gunicorn({"REDIS_URL": redis_proc.url, "CACHE_PREFIX": f"e2e-{uuid.uuid4().hex}:",
                     "REDIS_TIMEOUT": "0.3", **env}, workers=workers).start()


@pytest.fixture(scope="module")
def server(redis_proc: RedisProcess) -> Iterator[Gunicorn]:
    """gunicorn for the page's browser tests: many analyses in a row, so no rate limit."""
    g = gunicorn_on(redis_proc, RATE_LIMIT="off")
    yield g
    g.stop()


@pytest.fixture(scope="module", params=["desktop", "phone"])
def browser(request):
    """Headless Chromium at desktop, then at phone size (driver.size_name says which)."""
    from tests.e2e.pagekit import start_browser

    driver = start_browser(request.param)
    driver.size_name = request.param
    yield driver
    driver.quit()
