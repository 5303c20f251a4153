"""Parse only what matters: which sentences get Stanza's tagger and parser, and that the
selective parse gives the same answer as Stanza's full pipeline."""

from __future__ import annotations

import pytest

from service.extract.selection import might_be_cue


@pytest.mark.parametrize(
    ("token", "previous", "expected"),
    [
        ("mengungkapkan", "Altman", True),
        ("disampaikan", "itu", True),
        ("Menurutnya", "", True),
        ("menyampaikan", "Ia", True),
        ("memperkirakan", "Bank", True),
        ("jelasnya", ",", True),
        ("kata", ",", True),
        ("jelas", "sangat", False),  # "clear", not a cue
        ("kata", "satu", False),  # "word"
        ("ujarnya", "”", False),  # frames a direct quote: no parse needed
        ("menutup", "Ia", False),  # "close"
        ("rumah", "di", False),
    ],
)
def test_might_be_cue(token, previous, expected):
    assert might_be_cue(token, previous) is expected
