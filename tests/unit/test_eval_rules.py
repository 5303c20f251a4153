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
