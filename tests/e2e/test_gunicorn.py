"""End to end: gunicorn with docker/gunicorn.conf.py over HTTP, against a real Redis that the
test stops mid-way and starts again."""

from __future__ import annotations

import time
import uuid

import pytest
import redis
import requests

from tests.conftest import ROOT, assert_offsets
from tests.e2e.conftest import gunicorn_on

SEED = (ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def server(redis_proc):
    g = gunicorn_on(redis_proc)
    yield g
    g.stop()


def _post(server, text: str, **kwargs) -> requests.Response:
    return requests.post(server.url + "/v1/extract", json={"text": text}, timeout=120, **kwargs)


def test_seed_over_http_then_cached(server):
    first = _post(server, SEED)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["cached"] is False
    assert_offsets(SEED, body)
    direct = [q for q in body["quotes"] if q["type"] == "direct"]
    assert len(direct) == 3 and {q["speaker"]["name"] for q in direct} == {"Sam Altman"}
    assert any(q["speaker"] and q["speaker"]["name"] == "OpenAI" for q in body["quotes"])

    second = _post(server, SEED)
    assert second.status_code == 200
    assert second.json()["cached"] is True
    assert second.json()["quotes"] == body["quotes"]
    ready = requests.get(server.url + "/readyz", timeout=5).json()
    assert ready["cache"] == "redis" and ready["cache_ok"] is True


def test_redis_goes_away_and_comes_back(server, redis_proc):
    redis_proc.stop()
    text = ("“Stok beras aman sampai akhir tahun,” kata Kepala Bulog Rizal Ramdhani. "
            f"({uuid.uuid4()})")
    first, second = _post(server, text), _post(server, text)
    assert first.status_code == 200 and first.json()["cached"] is False, first.text
    # Answered again from the worker's own copy (LOCAL_CACHE_MB), Redis or not.
    assert second.status_code == 200 and second.json()["cached"] is True, second.text
    ready = requests.get(server.url + "/readyz", timeout=5)
    # Answers still work: ready, with the cache reported degraded.
    assert ready.status_code == 200 and ready.json()["status"] == "degraded"

    redis_proc.start()
    time.sleep(1.5)  # the cache pauses after a failure before trying Redis again
    again = _post(server, f"{text} ({uuid.uuid4()})").json()
    assert again["cached"] is False
    stored = redis.Redis.from_url(redis_proc.url).get(server.env["CACHE_PREFIX"] + again["id"])
    assert stored is not None and stored.startswith(b"kutip-answer/1 " + again["id"].encode())


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"json": {"text": "  "}}, 422, "invalid_fields"),
        ({"data": b'{"text": ', "headers": {"Content-Type": "application/json"}}, 400,
         "malformed_json"),
        ({"json": {}}, 422, "invalid_fields"),
        ({"json": {"text": ["a"]}}, 422, "invalid_fields"),
        ({"json": {"text": "Halo.", "language": "ms"}}, 422, "invalid_fields"),
        ({"data": b"x" * (10 * 1024 * 1024), "headers": {"Content-Type": "text/plain"}}, 413,
         "payload_too_large"),
        ({"data": b"\x89PNG\r\n\x1a\n\x00\x00", "headers": {"Content-Type": "image/png"}}, 415,
         "unsupported_media_type"),
        ({"data": b"Harga \xc3\x28 naik", "headers": {"Content-Type": "text/plain"}}, 400,
         "invalid_encoding"),
    ],
)
def test_bad_input_over_http(server, kwargs, status, code):
    resp = requests.post(server.url + "/v1/extract", timeout=30, **kwargs)
    assert resp.status_code == status, resp.text
    assert resp.json()["error"]["code"] == code


def test_access_log_is_json_with_request_id(server):
    rid = f"test-{uuid.uuid4().hex}"
    requests.get(server.url + "/healthz", headers={"X-Request-ID": rid}, timeout=5)
    time.sleep(0.3)
    import json

    lines = [json.loads(line) for line in server.log_path.read_text().splitlines()
             if line.startswith("{")]
    access = [entry for entry in lines if entry.get("request_id") == rid]
    assert access and access[0]["path"] == "/healthz" and access[0]["status"] == 200
    assert isinstance(access[0]["duration_ms"], int)
