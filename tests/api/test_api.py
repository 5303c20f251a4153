"""The HTTP layer through Flask's test client, on the real engine and the in-process cache."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, assert_offsets

SEED = (ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")


def _error(resp, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/json"
    body = resp.get_json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    return body["error"]


def test_json_and_plain_text_give_the_same_answer(client):
    a = client.post("/v1/extract", json={"text": SEED})
    b = client.post("/v1/extract", data=SEED.encode(), content_type="text/plain; charset=utf-8")
    assert a.status_code == b.status_code == 200
    assert a.get_json()["quotes"] == b.get_json()["quotes"]
    assert_offsets(SEED, a.get_json())
    assert a.headers["X-Request-ID"]


def test_second_identical_request_is_cached(client):
    text = SEED + "\n\nSumber: redaksi."
    first = client.post("/v1/extract", json={"text": text}).get_json()
    second = client.post("/v1/extract", json={"text": text}).get_json()
    assert first["cached"] is False and second["cached"] is True
    assert first["quotes"] == second["quotes"] and first["id"] == second["id"]


@pytest.mark.parametrize(
    ("kwargs", "status", "code"),
    [
        ({"json": {"text": "   \n "}}, 422, "invalid_fields"),
        ({"data": '{"text": "a', "content_type": "application/json"}, 400, "malformed_json"),
        ({"json": {"title": "x"}}, 422, "invalid_fields"),
        ({"json": {"text": 42}}, 422, "invalid_fields"),
        ({"json": {"text": None}}, 422, "invalid_fields"),
        ({"json": ["text"]}, 422, "invalid_fields"),
        ({"json": {"text": "Halo.", "language": "en"}}, 422, "invalid_fields"),
        ({"data": b"\x89PNG\r\n\x1a\n", "content_type": "image/png"}, 415,
         "unsupported_media_type"),
        ({"data": b"text=x", "content_type": "application/x-www-form-urlencoded"}, 415,
         "unsupported_media_type"),
        ({"data": b"Kata \xff\xfe dia", "content_type": "text/plain"}, 400, "invalid_encoding"),
        ({"data": b'{"text": "\xff"}', "content_type": "application/json"}, 400,
         "invalid_encoding"),
        ({"json": {"text": "kata " * 2000}}, 413, "text_too_long"),
        ({"data": b"a" * (10 * 1024 * 1024), "content_type": "text/plain"}, 413,
         "payload_too_large"),
    ],
)
def test_bad_input_gets_the_contract_error(client, kwargs, status, code):
    _error(client.post("/v1/extract", **kwargs), status, code)


def test_language_error_names_the_field(client):
    err = _error(client.post("/v1/extract", json={"text": "Halo.", "language": "en"}), 422,
                 "invalid_fields")
    assert "language" in err["details"]["fields"]


def test_werkzeug_errors_are_json_too(client):
    _error(client.get("/v1/nothing"), 404, "not_found")
    _error(client.get("/v1/extract"), 405, "method_not_allowed")


def test_health_and_readiness(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz").get_json()
    assert ready["status"] == "ready" and ready["models"] is True and ready["cache"] == "memory"


def test_openapi_spec_and_docs_page(client):
    spec = client.get("/openapi.json").get_json()
    op = spec["paths"]["/v1/extract"]["post"]
    assert set(op["requestBody"]["content"]) == {"application/json", "text/plain"}
    assert {"200", "400", "413", "415", "422", "503"} <= set(op["responses"])
    assert "ExtractResponse" in spec["components"]["schemas"]
    page = client.get("/docs")
    assert page.status_code == 200 and b"/openapi.json" in page.data
    assert b"http://" not in page.data and b"https://" not in page.data


def test_missing_models_answer_503_not_500(tmp_path):
    from service.app import create_app
    from service.settings import Settings

    app = create_app({"settings": Settings.from_env(stanza_dir=str(tmp_path), redis_url="")})
    client = app.test_client()
    err = _error(client.post("/v1/extract", json={"text": "Halo, kata dia."}), 503, "not_ready")
    assert str(tmp_path) in err["message"]
    ready = client.get("/readyz")
    assert ready.status_code == 503 and str(tmp_path) in ready.get_json()["reason"]
    assert json.loads(client.get("/healthz").data) == {"status": "ok"}
