"""POST /v1/claimreview: ClaimReview drafts in the shape Google's structured-data rules
require (@context, @type, claimReviewed, itemReviewed, author), on the real engine."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

SEED = (ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")
META = {"url": "https://contoh.id/berita/altman", "published": "2025-02-05",
        "publisher": "Contoh News", "reviewer": "Cek Fakta Contoh"}


def _drafts(client, **extra) -> list[dict]:
    resp = client.post("/v1/claimreview", json={"text": SEED, **META, **extra})
    assert resp.status_code == 200, resp.get_json()
    assert resp.mimetype == "application/ld+json"
    return resp.get_json(force=True)


def test_drafts_have_the_shape_google_requires_and_no_verdict(client):
    drafts = _drafts(client)
    assert drafts
    for d in drafts:
        assert d["@context"] == "https://schema.org" and d["@type"] == "ClaimReview"
        assert isinstance(d["claimReviewed"], str) and d["claimReviewed"].strip()
        item = d["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["@type"] in {"Person", "Organization"} and item["author"]["name"]
        assert item["appearance"]["url"] == META["url"]
        assert item["datePublished"] == META["published"]
        assert d["author"] == {"@type": "Organization", "name": META["reviewer"]}
        assert "reviewRating" not in d


def test_claimants_become_authors_with_their_roles(client):
    drafts = _drafts(client, min_checkworthy=0.0)
    by_text = {d["claimReviewed"]: d["itemReviewed"]["author"] for d in drafts}
    altman = next(a for t, a in by_text.items() if t.startswith("kejadian tersebut terjadi"))
    assert altman == {"@type": "Person", "name": "Sam Altman", "jobTitle": "CEO OpenAI"}
    users = next(a for t, a in by_text.items() if "300 juta pengguna" in t)
    assert users == {"@type": "Organization", "name": "Contoh News"}  # the article's voice


def test_min_checkworthy_filters_the_drafts(client):
    everything = _drafts(client, min_checkworthy=0.0)
    only_top = _drafts(client, min_checkworthy=0.8)
    assert 0 < len(only_top) < len(everything)
    extracted = client.post("/v1/extract", json={"text": SEED}).get_json()
    assert len(only_top) == sum(1 for c in extracted["claims"] if c["checkworthy"] >= 0.8)


@pytest.mark.parametrize(("body", "field"), [
    ({"text": SEED, "url": "javascript:alert(1)"}, "url"),
    ({"text": SEED, "published": "kemarin"}, "published"),
    ({"text": SEED, "min_checkworthy": 2}, "min_checkworthy"),
    ({"text": "   "}, "text"),
])
def test_bad_fields_get_the_contracts_422(client, body, field):
    resp = client.post("/v1/claimreview", json=body)
    assert resp.status_code == 422
    assert field in resp.get_json()["error"]["details"]["fields"]


def test_it_is_in_the_spec(client):
    spec = client.get("/openapi.json").get_json()
    op = spec["paths"]["/v1/claimreview"]["post"]
    assert {"200", "400", "413", "415", "422", "503"} <= set(op["responses"])
    assert "ClaimReviewRequest" in spec["components"]["schemas"]
