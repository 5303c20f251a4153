from __future__ import annotations

import pytest

from service.app import create_app
from service.settings import Settings


@pytest.fixture(scope="module")
def app():
    settings = Settings.from_env(redis_url="", max_text_chars=5000, max_body_bytes=64 * 1024)
    return create_app({"settings": settings, "TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()
