"""Scraped text with words glued together: where spaces are put back for Stanza, and how
every offset maps back to the text as sent."""

from __future__ import annotations

import pytest

from service.extract.glue import glue_points, unglue


@pytest.mark.parametrize(("glued", "repaired"), [
    ("Gubernur DKI JakartaPramono Anungmenegaskan bahwa taman dibuka.",
     "Gubernur DKI Jakarta Pramono Anung menegaskan bahwa taman dibuka."),
    ("Menteri itu mengatakanIndonesiatelah siap.", "Menteri itu mengatakan Indonesia telah siap."),
    ("Pemain Budikembali mencetak gol.", "Pemain Budi kembali mencetak gol."),
    ("dikutip dariKompas, Senin", "dikutip dari Kompas, Senin"),
    # A portfolio's word, and the place after an office named by its place, run into a name.
    ("Menteri KeuanganSri Mulyani hadir.", "Menteri Keuangan Sri Mulyani hadir."),
    ("Bupati BogorRudy Susmanto hadir.", "Bupati Bogor Rudy Susmanto hadir."),
    # A dateline's dash run into the lead's first word.
    ("BANDUNG, HARIAN-Dewan Kota menilai taman itu sempit.",
     "BANDUNG, HARIAN- Dewan Kota menilai taman itu sempit."),
])
def test_glued_words_are_spaced_apart(glued, repaired):
    assert unglue(glued)[0] == repaired


@pytest.mark.parametrize("text", [
    "OpenAI, DeepSeek dan YouTube bekerja sama dengan McDonald dan iPhone.",
    "Pak Sutelah datang.",  # too short a name part to be a glue point
    "Harga naik di Jakarta, kata Budi.",
    "BANDUNG, HARIAN - Dewan Kota menilai taman itu sempit.",  # a spaced dash
    "Go-Jek menilai, layanan itu baik.",  # a hyphen inside a name, no dateline
    "Presiden OpenAI dan Direktur YouTube hadir.",  # brands after offices of no place
    # A title the lexicon knows whole, though it ends in an adverb ("lantas").
    "Kasatlantas Polres Sukamaju hadir.",
])
def test_brands_and_plain_text_stay_whole(text):
    assert glue_points(text) == [] and unglue(text) == (text, [])


def test_every_offset_of_the_repaired_text_maps_back_to_the_text_as_sent():
    text = "JakartaPramono Anungmenegaskan bahwa 😀 taman dibuka."
    repaired, origin = unglue(text)
    assert len(origin) == len(repaired) + 1
    for word in ("Jakarta", "Pramono", "Anung", "menegaskan", "taman", "😀"):
        start = repaired.index(word)
        assert text[origin[start] : origin[start + len(word)]] == word
