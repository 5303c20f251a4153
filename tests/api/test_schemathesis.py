"""schemathesis over the service's own /openapi.json: no 500, and every answer in the schema.
With a Redis (own key prefix, removed after) so the batch-job endpoints run for real."""

from __future__ import annotations

import uuid

import pytest
import redis
import schemathesis
from hypothesis import HealthCheck, settings

from service.app import create_app
from service.settings import Settings

REDIS_URL = "redis://127.0.0.1:6379/0"
PREFIX = f"schemathesis-{uuid.uuid4().hex}:"

app = create_app({"settings": Settings.from_env(redis_url=REDIS_URL, cache_prefix=PREFIX,
                                                rate_limit="off")})
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def _clean_redis():
    yield
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(match=PREFIX + "*"):
        client.delete(key)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_own_spec(case):
    response = case.call_and_validate()
    assert response.status_code < 500
