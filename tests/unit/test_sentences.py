"""Sentence repair: a missed boundary must not merge a reported clause with the next one."""

from __future__ import annotations

import pytest

from service.nlp.analyse import sentence_breaks


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["diadopsi", "oleh", "BPS", ".", "Kemudian", ",", "per"], [4]),
        (["pembakaran", ".", '"', "Pembakarannya", "lebih"], [2]),
        (["kata", "dr", ".", "Reza", "Pahlevi"], []),  # an abbreviation
        (["Jl", ".", "Sudirman", "No", ".", "5"], []),
        (["M", ".", "Jusuf", "Kalla"], []),  # an initial
        (["naik", "tiga", "persen", ".", "harga", "turun"], []),  # no capital after
    ],
)
def test_sentence_breaks(tokens, expected):
    assert sentence_breaks(tokens) == expected
