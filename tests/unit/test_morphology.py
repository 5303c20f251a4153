"""Morphology and the lexicon's own consistency.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

import pytest

from service.extract import lexicon as lx
from service.extract.morphology import men_forms, strip_nya, with_nya


def test_men_forms_follow_nasal_assimilation():
    assert {"mengatakan"} <= men_forms("katakan")
    assert {"menyampaikan", "disampaikan"} <= men_forms("sampaikan")
    assert {"memaparkan"} <= men_forms("paparkan")


def test_nya_forms_are_derived_and_stripped_in_one_place():
    assert "ujarnya" in with_nya({"ujar"})
    assert strip_nya("Ujarnya", {"ujar"}) == "ujar" and strip_nya("hanya", {"ujar"}) is None
    assert with_nya(lx.INVERTED_CUE_BASES) <= lx.INVERTED_CUES


@pytest.mark.parametrize(("a", "b"), [
    ("CUE_FORMS", "NOT_SPEECH_FORMS"),
    ("FIRST_PERSON", "PUBLIC_WORDS"),
    ("FUTURE_WORDS", "CAUSAL_WORDS"),
    ("APPEAL_WORDS", "ACCUSATION_WORDS"),
])
def test_lists_meant_to_be_disjoint_are(a, b):
    assert not getattr(lx, a) & getattr(lx, b)
