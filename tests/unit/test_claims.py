"""Claims: figures, comparisons and quotes with something to check."""

from __future__ import annotations


def test_unattributed_sentence_with_a_figure_is_a_claim(extract):
    text = "Jumlah penumpang kereta naik 12 persen menjadi 400 juta orang pada 2024."
    claims = extract(text)["claims"]
    assert len(claims) == 1
    assert claims[0]["quote"] is None
    assert "12 persen" in claims[0]["evidence"]["numbers"]
    assert claims[0]["evidence"]["comparison"] is True
    assert 0.0 <= claims[0]["checkworthy"] <= 1.0


def test_quote_with_money_links_to_its_quote_and_speaker(extract):
    text = "“Kerugian negara mencapai Rp 10,1 miliar,” kata jaksa Tegar Djati Kusuma."
    answer = extract(text)
    claim = answer["claims"][0]
    assert claim["quote"] == answer["quotes"][0]["id"]
    assert claim["speaker"]["name"] == "Tegar Djati Kusuma"
    assert "Rp 10,1 miliar" in claim["evidence"]["numbers"]


def test_opinion_without_facts_is_not_a_claim(extract):
    assert extract("Suasana di taman itu terasa sangat menyenangkan bagi warga.")["claims"] == []


def test_claims_are_ranked_by_checkworthiness(extract):
    text = ("Inflasi Oktober tercatat 2,1 persen, lebih rendah dibanding September. "
            "Harga cabai naik di beberapa pasar tradisional sejak pekan lalu.")
    scores = [c["checkworthy"] for c in extract(text)["claims"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 2
