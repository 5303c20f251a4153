"""Sentence repair on real parses: a missed boundary must not merge a reported clause with
the next one."""

from __future__ import annotations


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
