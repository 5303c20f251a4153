"""Parse only what matters, on the real models: which sentences get Stanza's tagger and
parser, and that the selective parse gives the same answer as Stanza's full pipeline."""

from __future__ import annotations

from service.extract.engine import Engine
from service.nlp.analyse import analyse
from tests.conftest import ROOT


def test_only_sentences_with_reported_speech_are_parsed(engine):
    text = ("Harga cabai naik di pasar. Menteri Perdagangan Budi Santoso mengatakan stok aman. "
            "“Kami sudah menyiapkan operasi pasar,” ujarnya.")
    view = analyse(text, engine.pipeline, select=engine.select)
    assert [s.parsed for s in view.sentences] == [False, True, False]
    parsed = view.sentence_words(view.sentences[1])
    assert next(w for w in parsed if w.text == "mengatakan").lemma == "kata"


def test_selective_parse_answers_like_the_full_pipeline(engine):
    full = Engine(engine.pipeline, parse_all=True)
    texts = [(ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")]
    texts.append("Pasalnya, kata Erick, Prabowo ingin semua BUMN melaporkan keuangan secara "
                 "jujur. Hal itu disampaikan Erick di Jakarta. “Tidak ada lagi laporan yang "
                 "dipercantik,” tegasnya.")
    for text in texts:
        assert engine.run(text)["quotes"] == full.run(text)["quotes"]
