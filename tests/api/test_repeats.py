"""The repeat path (service/api/repeats.py): the same bytes again are answered before Flask,
exactly as Flask's path answers a cache hit, behind the same gate; anything it cannot answer
goes to Flask. Real app, real models, in process; the path taken is read off its metric."""

from __future__ import annotations

import io
import json

import pytest
from prometheus_client import REGISTRY

from service.app import create_app
from service.settings import Settings

TEXT = "“Harga beras turun pekan depan,” kata Menteri Perdagangan Budi Santoso di Jakarta."
OTHER = "“Stok gula aman sampai Lebaran,” ujar Kepala Bulog Rizal Ramdhani, Senin."
KEY_A, KEY_B = "desk-key-a", "desk-key-b"
# Headers whose values differ per request by design.
PER_REQUEST = {"X-Request-ID", "Server-Timing"}


def _repeats() -> float:
    return REGISTRY.get_sample_value("kutip_repeat_answers_total") or 0.0


def _app(**overrides):
    fields = {"redis_url": "", "rate_limit": "off", "max_text_chars": 5000,
              "max_body_bytes": 64 * 1024, **overrides}
    return create_app({"settings": Settings.from_env(**fields), "TESTING": True})


@pytest.fixture(scope="module")
def app():
    return _app()


def _post(client, body: bytes, **headers):
    return client.post("/v1/extract", data=body,
                       headers={"Content-Type": "application/json", **headers})


def test_the_same_bytes_again_skip_flask_and_answer_as_flask_does(app):
    client = app.test_client()
    body = json.dumps({"text": TEXT}).encode()
    first = _post(client, body)
    assert first.status_code == 200 and first.json["cached"] is False
    before = _repeats()
    again = _post(client, body, **{"X-Request-ID": "desk-42"})
    assert _repeats() == before + 1
    # The same text in other bytes (another spacing of the JSON) is a hit through Flask.
    through_flask = _post(client, json.dumps({"text": TEXT}, indent=1).encode())
    assert _repeats() == before + 1
    assert again.status_code == through_flask.status_code == 200
    assert again.data == through_flask.data and again.json["cached"] is True
    assert again.json["quotes"] == first.json["quotes"]
    assert again.headers["X-Request-ID"] == "desk-42"
    assert again.headers["X-Kutip-Cache"] == "hit"
    assert again.headers["Server-Timing"].startswith("app;dur=")
    assert ({k: v for k, v in again.headers.items() if k not in PER_REQUEST}
            == {k: v for k, v in through_flask.headers.items() if k not in PER_REQUEST})


def test_another_query_string_or_charset_is_another_request(app):
    client = app.test_client()
    plain = TEXT.encode()
    assert client.post("/v1/extract", data=plain,
                       headers={"Content-Type": "text/plain"}).status_code == 200
    before = _repeats()
    refused = client.post("/v1/extract?language=ms", data=plain,
                          headers={"Content-Type": "text/plain"})
    assert refused.status_code == 422 and _repeats() == before
    latin = client.post("/v1/extract", data=TEXT.encode("utf-8"),
                        headers={"Content-Type": "text/plain; charset=ascii"})
    assert latin.status_code == 400 and _repeats() == before


def test_an_answer_gone_from_the_cache_is_computed_again():
    app = _app(cache_size=1)
    client = app.test_client()
    body = json.dumps({"text": TEXT}).encode()
    assert _post(client, body).json["cached"] is False
    assert _post(client, json.dumps({"text": OTHER}).encode()).json["cached"] is False
    before = _repeats()
    again = _post(client, body)  # its answer was pushed out of the one-entry cache
    assert again.status_code == 200 and again.json["cached"] is False
    assert _repeats() == before


def test_a_repeat_passes_the_same_gate_and_keeps_tenants_apart():
    app = _app(api_keys=f"{KEY_A},{KEY_B}")
    client = app.test_client()
    body = json.dumps({"text": TEXT}).encode()
    assert _post(client, body, Authorization=f"Bearer {KEY_A}").status_code == 200
    before = _repeats()
    assert _post(client, body).status_code == 401
    assert _post(client, body, Authorization="Bearer wrong").status_code == 401
    assert _repeats() == before
    # Another tenant sending the same bytes is not told that someone else asked before.
    other = _post(client, body, **{"X-API-Key": KEY_B})
    assert other.status_code == 200 and other.json["cached"] is False
    assert other.headers["X-Kutip-Cache"] == "miss"
    assert _post(client, body, **{"X-API-Key": KEY_B}).json["cached"] is True
    assert _repeats() == before + 2


def test_with_rate_limits_on_every_request_is_counted_in_flask():
    app = _app(rate_limit="2/minute")
    client = app.test_client()
    body = json.dumps({"text": TEXT}).encode()
    before = _repeats()
    codes = [_post(client, body).status_code for _ in range(3)]
    assert codes == [200, 200, 429] and _repeats() == before


class _Broken:
    """A request stream that fails after its first bytes, as a reset connection does."""

    def __init__(self, data: bytes):
        self.data = io.BytesIO(data[:16])

    def read(self, size: int = -1) -> bytes:
        part = self.data.read(min(size, 8))
        if not part:
            raise ConnectionResetError("peer went away")
        return part


def _environ(body_stream, length: int) -> dict:
    return {"REQUEST_METHOD": "POST", "PATH_INFO": "/v1/extract", "SCRIPT_NAME": "",
            "QUERY_STRING": "", "SERVER_NAME": "kutip", "SERVER_PORT": "80",
            "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
            "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(length),
            "wsgi.input": body_stream, "wsgi.errors": io.StringIO(), "REMOTE_ADDR": "10.0.0.9"}


def _call(app, environ: dict) -> tuple[str, dict]:
    status: list[str] = []
    body = b"".join(app.wsgi_app(environ, lambda s, h, exc_info=None: status.append(s)))
    return status[0], json.loads(body)


@pytest.mark.parametrize("stream", ["short", "broken"])
def test_a_body_read_short_or_broken_gets_flasks_error(app, stream):
    body = json.dumps({"text": TEXT}).encode()
    client = app.test_client()
    _post(client, body)  # the whole body is now a repeat
    before = _repeats()
    if stream == "short":
        status, answer = _call(app, _environ(io.BytesIO(body[:20]), len(body)))
        assert status.startswith("400") and answer["error"]["code"] == "incomplete_body"
    else:
        status, answer = _call(app, _environ(_Broken(body), len(body)))
        assert status.startswith("400") and answer["error"]["code"] == "malformed_body"
        assert "peer went away" in answer["error"]["details"]["reason"]
    assert _repeats() == before
