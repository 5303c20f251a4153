"""Every request bounded before work, through the test client on the real engine: metadata
lengths, plausible dates, drafts safe to embed in a page, one rate budget per key across
endpoints, and memory exhaustion answered as 503, never 500."""

from __future__ import annotations

import json

import pytest

from service.app import create_app
from service.schemas import MAX_TITLE_CHARS, MAX_URL_CHARS
from service.settings import Settings
from tests.conftest import ROOT

SEED = (ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")


def _client(**overrides):
    base = {"redis_url": "", "rate_limit": "off"}
    return create_app({"settings": Settings.from_env(**{**base, **overrides})}).test_client()


@pytest.fixture(scope="module")
def client():
    return _client()


@pytest.mark.parametrize(("path", "field", "value"), [
    ("/v1/claimreview", "title", "J" * (MAX_TITLE_CHARS + 1)),
    ("/v1/claimreview", "url", "https://contoh.id/" + "a" * MAX_URL_CHARS),
    ("/v1/extract", "title", "J" * (MAX_TITLE_CHARS + 1)),
    ("/v1/claimreview", "published", "9999-12-31"),
    ("/v1/claimreview", "published", "1899-12-31"),
])
def test_metadata_past_its_bound_is_a_422_naming_the_field(client, path, field, value):
    resp = client.post(path, json={"text": SEED, field: value})
    assert resp.status_code == 422
    assert field in resp.get_json()["error"]["details"]["fields"]


def test_claimreview_drafts_cost_about_what_the_request_did(client):
    """Title and URL at their bounds are copied into every draft; the answer stays within a
    small multiple of the request, where an unbounded title made 0.56 MB into 215 MB."""
    payload = {"text": SEED, "title": "J" * MAX_TITLE_CHARS,
               "url": "https://contoh.id/" + "a" * (MAX_URL_CHARS - 20), "min_checkworthy": 0}
    resp = client.post("/v1/claimreview", json=payload)
    assert resp.status_code == 200
    drafts = json.loads(resp.data)
    assert len(drafts) >= 10
    assert len(resp.data) < 12 * len(json.dumps(payload).encode())


def test_claimreview_json_ld_cannot_close_a_script_element(client):
    resp = client.post("/v1/claimreview", json={
        "text": SEED, "title": "</script><script>alert(1)</script> & co",
        "url": "https://contoh.id/x", "min_checkworthy": 0})
    assert resp.status_code == 200
    assert b"<" not in resp.data and b">" not in resp.data and b"&" not in resp.data
    drafts = json.loads(resp.data)  # the escapes parse back to the very same text
    headline = drafts[0]["itemReviewed"]["appearance"]["headline"]
    assert headline == "</script><script>alert(1)</script> & co"


def test_one_rate_budget_per_key_across_endpoints():
    client = _client(api_keys="k1,k2", rate_limit="3/minute")
    k1, k2 = ({"Authorization": f"Bearer {k}"} for k in ("k1", "k2"))
    text = "“Harga naik,” kata Budi."
    assert client.post("/v1/extract", json={"text": text}, headers=k1).status_code == 200
    assert client.post("/v1/claimreview", json={"text": text}, headers=k1).status_code == 200
    assert client.post("/v1/extract", json={"text": text}, headers=k1).status_code == 200
    limited = client.post("/v1/claimreview", json={"text": text}, headers=k1)
    assert limited.status_code == 429 and "Retry-After" in limited.headers
    assert client.post("/v1/extract", json={"text": text}, headers=k2).status_code == 200


def test_memory_exhaustion_anywhere_is_a_503_over_budget_never_500():
    app = create_app({"settings": Settings.from_env(redis_url="", rate_limit="off")})

    def allocate():  # what a request past the worker's memory ceiling meets
        raise MemoryError

    app.add_url_rule("/test-allocate", "test_allocate", allocate)
    resp = app.test_client().get("/test-allocate")
    assert resp.status_code == 503
    assert resp.get_json()["error"]["code"] == "over_budget"
    assert "Retry-After" in resp.headers
