"""API keys, rate limits and the time budget, through the test client."""

from __future__ import annotations

import logging
import uuid

import pytest
import redis

from service.app import create_app
from service.settings import Settings

TEXT = "“Harga beras turun,” kata Budi Santoso."


def _app(**overrides):
    base = {"redis_url": "", "rate_limit": "off"}
    base.update(overrides)
    return create_app({"settings": Settings.from_env(**base)})


def test_keys_required_on_v1_only(tmp_path, caplog):
    keyfile = tmp_path / "keys"
    keyfile.write_text("# newsroom keys\nfile-key-123\n", encoding="utf-8")
    client = _app(api_keys="inline-key-abc", api_keys_file=str(keyfile)).test_client()
    with caplog.at_level(logging.DEBUG):
        missing = client.post("/v1/extract", json={"text": TEXT})
        wrong = client.post("/v1/extract", json={"text": TEXT},
                            headers={"Authorization": "Bearer not-a-key"})
        bearer = client.post("/v1/extract", json={"text": TEXT},
                             headers={"Authorization": "Bearer inline-key-abc"})
        header = client.post("/v1/extract", json={"text": TEXT},
                             headers={"X-API-Key": "file-key-123"})
    for resp in (missing, wrong):
        assert resp.status_code == 401
        assert resp.get_json()["error"]["code"] == "unauthorized"
        assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    assert bearer.status_code == 200 and header.status_code == 200
    for path in ("/healthz", "/readyz", "/openapi.json", "/docs"):
        assert client.get(path).status_code == 200, path
    logged = "\n".join(r.getMessage() + str(r.__dict__) for r in caplog.records)
    assert "inline-key-abc" not in logged and "file-key-123" not in logged
    assert "not-a-key" not in logged


def test_rate_limit_answers_429_with_retry_after_per_key():
    client = _app(api_keys="a-key,b-key", rate_limit="2/minute").test_client()

    def call(key):
        return client.post("/v1/extract", json={"text": TEXT}, headers={"X-API-Key": key})

    assert [call("a-key").status_code for _ in range(2)] == [200, 200]
    limited = call("a-key")
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0
    assert limited.get_json()["error"]["code"] == "rate_limited"
    assert call("b-key").status_code == 200  # another key has its own budget
    assert client.get("/healthz").status_code == 200


def test_rate_limit_shared_through_redis_across_app_instances():
    prefix = f"kutip-test-{uuid.uuid4().hex}:"
    url = "redis://127.0.0.1:6379/0"
    try:
        first = _app(redis_url=url, cache_prefix=prefix, rate_limit="3/minute").test_client()
        second = _app(redis_url=url, cache_prefix=prefix, rate_limit="3/minute").test_client()
        codes = [c.post("/v1/extract", json={"text": TEXT}).status_code
                 for c in (first, second, first, second)]
        assert codes == [200, 200, 200, 429]  # two processes, one shared budget
    finally:
        client = redis.Redis.from_url(url)
        for key in client.scan_iter(match=prefix + "*"):
            client.delete(key)


@pytest.mark.parametrize("budget", [0.001, 0.05])
def test_time_budget_gives_a_clear_json_error(budget):
    client = _app(extract_budget_seconds=budget).test_client()
    text = " ".join([TEXT] * 400)
    resp = client.post("/v1/extract", json={"text": text})
    assert resp.status_code in (503, 504)
    error = resp.get_json()["error"]
    assert error["code"] in ("over_budget", "timeout")
    assert "budget" in error["message"]
    assert client.get("/healthz").status_code == 200


def test_behind_a_proxy_limits_key_on_the_forwarded_client():
    client = _app(rate_limit="1/minute", trusted_proxies=1).test_client()

    def call(addr):
        return client.post("/v1/extract", json={"text": TEXT},
                           headers={"X-Forwarded-For": addr}).status_code

    assert [call("10.0.0.1"), call("10.0.0.1"), call("10.0.0.2")] == [200, 429, 200]
