"""The stages together on a hand-built view, and what is selected for tagging.

Made-up sentences on hand-built views (no Stanza)."""

from __future__ import annotations

from service.extract.engine import extract
from service.extract.selection import sentences_to_parse
from tests.views import view_of


def test_the_stages_run_on_a_hand_built_view():
    result = extract(view_of("“Kerugian negara mencapai Rp 10 miliar,” kata jaksa Tegar "
                             "Djati Kusuma."))
    assert result.quotes[0].speaker.name == "Tegar Djati Kusuma"
    assert result.claims[0].quote is result.quotes[0]


def test_only_sentences_with_an_outside_cue_are_selected_for_tagging():
    text = "Harga naik. Budi mengatakan stok aman. “Kami siap,” ujarnya."
    view = view_of(text)
    tokens = [[(w.text, w.start, w.end) for w in view.sentence_words(s)]
              for s in view.sentences]
    tagged, parsed = sentences_to_parse(text, tokens)
    assert tagged == {1} and parsed <= tagged
