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


def test_a_name_ending_like_a_particle_stays_one_word(engine):
    """Stanza cuts a sentence-opening "Marullah" like "Marul" + "-lah" (the emphatic
    particle): the name stays one word, with its dependents, and names the speaker; a real
    particle on a predicate ("Apakah benar?") is still cut."""
    from service.nlp.analyse import analyse

    text = ("Marullah Matali, Wali Kota Jakarta Selatan, mengatakan, pemeriksaan sudah "
            "selesai. Apakah benar?")
    view = analyse(text, engine.pipeline)
    words = [w.text for w in view.words]
    assert words[:2] == ["Marullah", "Matali"] and "Marul" not in words
    assert "kah" in words  # the control: "Apa" + "kah"
    assert view.words[1].head == 0  # "Matali" still hangs on the whole name
    [quote] = engine.run(text)["quotes"]
    assert quote["speaker"]["name"] == "Marullah Matali"
