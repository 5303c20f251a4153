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


def test_reported_clause_stops_at_a_missed_boundary(extract):
    text = ("Ateng bilang, Bank Dunia mengadopsi metode baru yang diadopsi oleh BPS. Kemudian, "
            "per Maret 2024 angka kemiskinan ekstrem dihitung dengan metode yang sama.")
    quotes = extract(text)["quotes"]
    assert quotes[0]["text"] == "Bank Dunia mengadopsi metode baru yang diadopsi oleh BPS"
    assert quotes[0]["speaker"]["name"] == "Ateng"


def test_menurutnya_clause_is_not_mistaken_for_a_noun_phrase(extract):
    text = ("Mardani menilai PDIP berhak memilih. Menurutnya, sikap PDIP tersebut merupakan hak "
            "masing-masing partai.")
    texts = [q["text"] for q in extract(text)["quotes"]]
    assert "sikap PDIP tersebut merupakan hak masing-masing partai" in texts
