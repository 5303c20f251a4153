"""Reported speech: the clause a frame reports and where it ends.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

import pytest

from service.extract.frames import Frames
from service.extract.reported import extract_reported
from tests.views import view_of


def test_menurut_reports_the_clause_after_its_source():
    view = view_of("Menurut Budi Santoso, harga beras akan turun bulan depan.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.text == "harga beras akan turun bulan depan"
    assert quote.mention.text == "Budi Santoso"


def test_a_second_frame_after_a_comma_ends_a_reported_clause():
    """"X mengatakan A, karena menteri mengatakan B": A is X's, B is not."""
    view = view_of("Budi Santoso mengatakan dia belum memutuskan kenaikan harga, karena menteri "
                   "perdagangan mengatakan stok beras mencukupi kebutuhan.")
    quotes = extract_reported(view, [], [], Frames(view))
    assert quotes[0].text == "dia belum memutuskan kenaikan harga"


@pytest.mark.parametrize("verb", ["membenarkan", "mempertanyakan", "menjabarkan", "menyoroti"])
def test_speech_acts_news_reports_frame_reported_speech(verb):
    view = view_of(f"Rina Wati {verb}, stok beras belum mencukupi kebutuhan warga.")
    [quote] = extract_reported(view, [], [], Frames(view))
    assert quote.mention.text == "Rina Wati" and quote.text.startswith("stok beras")
