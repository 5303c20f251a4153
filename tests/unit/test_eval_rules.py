"""The evaluation's own rules (CONTRACT.md): the clean-name rate's notion of a clean name."""

from __future__ import annotations

import pytest

from service.eval import clean_name, same_speaker


@pytest.mark.parametrize(("pred", "gold"), [
    ("Endra Zulpan", "Endra Zulpan"),
    ("Endra Zulpan", "Komisaris Besar Endra Zulpan"),  # the gold less its rank
    ("Irwan Sunudin", "Ajun Komisaris Besar Irwan Sunudin"),
    ("Sam Altman", "Altman"),  # a fuller form holding a one-word gold
    ("Muhammad Tito Karnavian", "Tito"),
    ("Agus Harimurti Yudhoyono", "Agus Harimurti Yudhoyono (AHY)"),  # nickname ignored
    ("Badan Pusat Statistik", "Badan Pusat Statistik (BPS)"),
])
def test_clean_names(pred, gold):
    assert same_speaker(pred, gold) and clean_name(pred, gold)


@pytest.mark.parametrize(("pred", "gold"), [
    ("Besar Endra Zulpan", "Komisaris Besar Endra Zulpan"),  # a fragment of the rank
    ("Covid-19 Doni Monardo", "Doni Monardo"),  # a body before the name
    ("Sulut Ardiles Mewoh", "Ardiles Mewoh"),  # a place before the name
    ("Gili Hotel Association Lalu Kusnawan", "Lalu Kusnawan"),
    ("Polres Guntur", "Guntur"),  # an office word before a one-word gold
])
def test_names_that_pass_the_lenient_rule_but_are_not_clean(pred, gold):
    assert same_speaker(pred, gold) and not clean_name(pred, gold)


class _AnswersFromClaims:
    """An engine stand-in that answers each text with claims given in advance: evaluate's
    scoring of a claims-only set is under test here, not extraction."""

    def __init__(self, claims_by_text: dict[str, list[dict]]):
        self.claims_by_text = claims_by_text

    def run(self, text: str) -> dict:
        return {"quotes": [], "speakers": [], "claims": self.claims_by_text[text]}


def test_a_set_with_claims_only_scores_its_claims(tmp_path):
    import json

    from service.eval import evaluate

    text = "Harga beras naik 12 persen bulan ini. Warga senang."
    (tmp_path / "001.txt").write_text(text, "utf-8")
    gold = {"text": "Harga beras naik 12 persen bulan ini", "start": 0, "end": 36,
            "type": "quantity", "checkworthy": 3, "claimant": None}
    (tmp_path / "claims.jsonl").write_text(json.dumps({"id": "001", "claims": [gold]}) + "\n",
                                           "utf-8")
    found = {**gold, "checkworthy": 0.9, "speaker": None}
    scores, runs = evaluate(_AnswersFromClaims({text: [found]}), tmp_path)
    assert scores["claims_only"] and "quotes" not in scores  # no quote gold: none scored
    assert scores["claims"]["checkworthy"]["f1"] == 1.0
    assert scores["claims"]["type_accuracy"] == 1.0
    assert scores["claims_baseline"]["detection"]["gold"] == 1
    assert [rec["id"] for rec, _, _ in runs] == ["001"]
