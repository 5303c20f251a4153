"""Cue words: which words frame speech, and the base an unparsed form goes back to.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

import pytest

from service.extract import cues
from tests.views import view_of


def _word(view, text: str):
    return next(w for w in view.words if w.text == text)


@pytest.mark.parametrize(("text", "kind"), [
    ("kata", "inverted"), ("ujarnya", "inverted"), ("tegasnya", "inverted"),
    ("mengatakan", "active"), ("menegaskan", "active"),
    ("disampaikan", "passive"), ("diungkapkan", "passive"),
    ("menurut", "according"), ("menurutnya", "according"),
    ("menutup", None), ("dinilai", None), ("rumah", None), ("dia", None),
])
def test_cue_classes(text, kind):
    view = view_of(f"Budi {text} sesuatu.")
    w = _word(view, text)
    found = {"inverted": cues.is_inverted(w), "active": cues.is_active(w),
             "passive": cues.is_passive(w), "according": cues.is_according(w)}
    assert {k for k, v in found.items() if v} == ({kind} if kind else set())


def test_bilang_is_a_cue_wherever_it_stands():
    view = view_of("Ateng bilang stok aman.")
    w = _word(view, "bilang")
    assert cues.is_active(w) and cues.is_inverted(w)


@pytest.mark.parametrize(("text", "lemma"), [("ujarnya", "ujar"), ("kata", "kata"),
                                             ("Menurutnya", "menurut")])
def test_cue_lemma_of_an_unparsed_word(text, lemma):
    view = view_of(f"Harga naik, {text} Budi.")
    assert cues.cue_lemma(_word(view, text)) == lemma


def test_a_lower_case_cue_the_tagger_calls_a_proper_noun_is_still_a_cue():
    """After a long name the tagger can take the verb for part of it; a lower-case word is no
    proper noun. A capitalised name word stays no cue."""
    from dataclasses import replace

    view = view_of("Ani Lestari mengatakan stok cukup. Kata Sandi datang.")
    said = replace(_word(view, "mengatakan"), upos="PROPN")
    assert cues.is_active(said)
    name = replace(_word(view, "Kata"), upos="PROPN")
    assert not cues.is_active(name)
