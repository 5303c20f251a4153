"""The seed article end to end against its hand-written expected answer."""

from __future__ import annotations

import json

from tests.conftest import ROOT, assert_offsets

SEED = ROOT / "seeds" / "altman-openai.txt"
EXPECTED = json.loads((ROOT / "seeds" / "altman-openai.expected.json").read_text("utf-8"))


def test_seed_quotes_speakers_and_cues(engine):
    text = SEED.read_text("utf-8")
    answer = engine.run(text)
    assert_offsets(text, answer)
    got = [(q["type"], q["speaker"]["name"] if q["speaker"] else None, q["cue"]["text"])
           for q in answer["quotes"]]
    want = [(e["type"], e["speaker"], e["cue"]) for e in EXPECTED["quotes"]]
    assert got == want
    for q, e in zip(answer["quotes"], EXPECTED["quotes"], strict=True):
        assert q["text"].startswith(e["starts"])


def test_seed_three_direct_quotes_all_by_altman(engine):
    answer = engine.run(SEED.read_text("utf-8"))
    direct = [q for q in answer["quotes"] if q["type"] == "direct"]
    assert len(direct) == 3
    assert {q["speaker"]["name"] for q in direct} == {"Sam Altman"}
    altman = next(s for s in answer["speakers"] if s["name"] == "Sam Altman")
    assert altman["roles"] == ["CEO OpenAI"]
    assert next(s for s in answer["speakers"] if s["name"] == "OpenAI")["kind"] == "organization"


def test_seed_claims_typed_with_their_figures(engine):
    answer = engine.run(SEED.read_text("utf-8"))
    want = EXPECTED["claims"]
    users = next(c for c in answer["claims"] if want["quantity"]["containing"] in c["text"])
    assert users["type"] == "quantity" and users["checkworthy"] >= 0.5
    [figure] = [q for q in users["quantities"] if q["kind"] == "count"]
    assert (figure["value"], figure["qualifier"], figure["unit"]) == (
        want["quantity"]["value"], want["quantity"]["qualifier"], want["quantity"]["unit"])
    fired = next(c for c in answer["claims"] if c["text"].startswith(want["event"]))
    assert fired["type"] == "event"
    for opinion in want["not_claims"]:
        assert not any(opinion in c["text"] for c in answer["claims"])
