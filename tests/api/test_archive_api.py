"""The archive's endpoints in process: 503 without (or with a dead) PostgreSQL while
extraction answers, and with a real one: ingest, search, fact-checks, matching, errors and
keys, as the rest of the API."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.app import create_app
from service.settings import Settings

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "altman-openai.txt").read_text("utf-8")
ARCHIVE_CALLS = [("post", "/v1/archive", {"json": {"text": "Budi berkata, harga naik."}}),
                 ("get", "/v1/quotes?q=harga", {}), ("get", "/v1/claims", {}),
                 ("get", "/v1/speakers?q=budi", {}), ("get", "/v1/speakers/1", {}),
                 ("post", "/v1/match", {"json": {"text": "Harga naik 5 persen"}}),
                 ("post", "/v1/factchecks", {"json": {"claimReviewed": "x"}}),
                 ("get", "/v1/claims/1/matches", {})]


def _client(**overrides):
    base = {"redis_url": "", "max_text_chars": 20000, "max_body_bytes": 256 * 1024,
            "rate_limit": "off"}
    return create_app({"settings": Settings.from_env(**{**base, **overrides}),
                       "TESTING": True}).test_client()


@pytest.fixture(scope="module")
def client(database_url):
    return _client(database_url=database_url)


@pytest.mark.parametrize("database_url", ["", "postgresql://postgres@127.0.0.1:1/gone"],
                         ids=["no DATABASE_URL", "PostgreSQL down"])
def test_archive_calls_answer_503_and_extraction_still_answers(database_url):
    client = _client(database_url=database_url)
    for method, path, kwargs in ARCHIVE_CALLS:
        r = getattr(client, method)(path, **kwargs)
        assert r.status_code == 503, (path, r.get_json())
        assert r.get_json()["error"]["code"] == "archive_unavailable"
        assert "@" not in r.get_json()["error"]["message"]  # no URL, no password
    r = client.post("/v1/extract", json={"text": SEED})
    assert r.status_code == 200 and r.get_json()["quotes"]


def test_an_article_is_stored_once_and_found_again(client):
    first = client.post("/v1/archive", json={"text": SEED, "title": "Altman", "outlet": "Kompas",
                                             "published": "2025-02-01"})
    assert first.status_code == 201
    stored = first.get_json()
    assert stored["article"]["outlet"] == "Kompas" and stored["quotes"] and stored["claims"]
    again = client.post("/v1/archive", json={"text": SEED})
    assert again.status_code == 200 and again.get_json() == stored
    found = client.get("/v1/quotes", query_string={"q": "DeepSeek", "outlet": "Kompas"})
    assert found.status_code == 200 and found.get_json()["items"]
    altman = client.get("/v1/speakers", query_string={"q": "Altman"}).get_json()["items"][0]
    assert altman["name"] == "Sam Altman"
    profile = client.get(f"/v1/speakers/{altman['id']}").get_json()
    assert profile["latest_quotes"] and profile["by_month"][0]["month"] == "2025-02"
    claims = client.get("/v1/claims", query_string={"claimant": altman["id"]}).get_json()
    assert all(c["claimant"] == "Sam Altman" for c in claims["items"])


def test_a_nul_in_an_article_is_stored_as_a_replacement_character(client):
    """PostgreSQL's text holds no NUL (schemathesis sent one and got a 500): the edge makes
    each one U+FFFD, one code point for one, so the answer's offsets still hold."""
    text = "Harga naik\x00. \u201cStok beras aman,\u201d kata Budi Santoso."
    r = client.post("/v1/archive", json={"text": text, "title": "Beras\x00"})
    assert r.status_code == 201, r.get_json()
    stored = r.get_json()
    assert stored["article"]["title"] == "Beras\ufffd"
    [quote] = stored["quotes"]
    clean = text.replace("\x00", "\ufffd")
    assert clean[quote["start"]:quote["end"]] == quote["text"] == "Stok beras aman,"
    # The control: the same text without the NUL is stored as it is.
    plain = client.post("/v1/archive", json={"text": text.replace("\x00", "")})
    assert plain.status_code == 201 and plain.get_json()["quotes"][0]["text"] == "Stok beras aman,"


@pytest.mark.parametrize(("path", "status", "code"), [
    ("/v1/quotes?cursor=bm90LWEtY3Vyc29y", 400, "invalid_input"),
    ("/v1/quotes?limit=0", 422, None),
    ("/v1/quotes?type=rumour", 422, None),
    ("/v1/quotes?since=yesterday", 422, None),
    ("/v1/quotes?colour=red", 422, None),
    ("/v1/speakers", 422, None),
    ("/v1/speakers/999999", 404, "not_found"),
    # PostgreSQL refuses NUL in any text it is handed, searched or stored.
    ("/v1/quotes?q=harga%00naik", 422, None),
    ("/v1/speakers?q=Bu%00di", 422, None),
    ("/v1/claims/999999/matches", 404, "not_found"),
])
def test_bad_queries_get_clear_json_errors(client, path, status, code):
    r = client.get(path)
    assert r.status_code == status, r.get_json()
    assert "error" in r.get_json()
    if code:
        assert r.get_json()["error"]["code"] == code


@pytest.mark.parametrize("field", ["text", "claimant"])
def test_a_nul_in_a_claim_to_match_is_refused_by_name(client, field):
    body = {"text": "Harga beras naik 5 persen", field: "Harga\x00 beras"}
    r = client.post("/v1/match", json=body)
    assert r.status_code == 422, r.get_json()
    assert field in r.get_json()["error"]["details"]["fields"]["json"]


def test_claimreview_in_and_a_reworded_claim_matched(client):
    review = {"@context": "https://schema.org", "@type": "ClaimReview",
              "claimReviewed": "OpenAI memiliki lebih dari 300 juta pengguna aktif",
              "url": "https://cek.example/openai", "datePublished": "2025-02-03",
              "reviewRating": {"@type": "Rating", "alternateName": "BENAR"},
              "author": {"@type": "Organization", "name": "Cek Fakta"}}
    r = client.post("/v1/factchecks", json={"@graph": [review]},
                    headers={"Content-Type": "application/ld+json"})
    assert r.status_code == 201 and r.get_json() == {"stored": 1, "new": 1}
    r = client.post("/v1/match", json={"text": "Pengguna aktif OpenAI kini lebih dari 300 juta"})
    top = r.get_json()["matches"][0]
    assert top["kind"] == "factcheck" and top["match"]
    assert top["reasons"]["source"]["rating"] == "BENAR"


@pytest.mark.parametrize(("body", "field"), [
    ({"@type": "ClaimReview"}, "$.claimReviewed"),
    ({"@type": "Review", "claimReviewed": "x"}, "$.@type"),
    ([{"claimReviewed": "x", "datePublished": "kemarin"}], "$[0].datePublished"),
    ({"claimReviewed": "x", "url": "ftp://x"}, "$.url"),
    ({"claimReviewed": "x", "reviewRating": "SALAH"}, "$.reviewRating"),
    ([], "$"),
])
def test_bad_claimreview_gets_400_naming_the_field(client, body, field):
    r = client.post("/v1/factchecks", json=body)
    assert r.status_code == 400
    assert r.get_json()["error"]["details"]["field"] == field


def test_the_archive_is_behind_the_keys_like_the_rest_of_the_api(database_url):
    client = _client(database_url=database_url, api_keys="archive-key-123")
    assert client.get("/v1/quotes").status_code == 401
    assert client.get("/v1/quotes", headers={"X-API-Key": "archive-key-123"}).status_code == 200


def test_the_spec_states_that_stored_text_holds_no_nul(client):
    """schemathesis sent a split's name of one NUL, schema-valid as the spec stood, and got
    the 422 the archive must give: the spec now states the rule as a pattern, with a
    match's not-blank rule in the same one."""
    import re

    spec = client.get("/openapi.json").get_json()["components"]["schemas"]
    name = spec["SplitRequest"]["properties"]["name"]["pattern"]
    text = spec["MatchRequest"]["properties"]["text"]["pattern"]
    assert re.match(name, "Budi Santoso") and not re.match(name, "Bu\x00di")
    assert re.match(text, " harga naik ") and not re.match(text, "   ")
    assert not re.match(text, "harga\x00naik")
