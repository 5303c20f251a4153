"""On the real small models, Stanza's pipeline with its LSTMs run one length at a time gives
the annotations it gives with torch's packed runs: sentences, words, parts of speech,
features, lemmas and trees of the seed article and the first dev articles."""

from __future__ import annotations

from functools import partial

from service.eval import DEFAULT_DIR, load_gold
from service.nlp import packed_lstm
from tests.conftest import ROOT


def _annotations(pipeline, texts: list[str]) -> list[tuple]:
    return [(s.index, w.text, w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel)
            for text in texts for s in pipeline(text).sentences for w in s.words]


def test_the_same_annotations_as_torchs_packed_runs(engine):
    texts = [(ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")]
    texts += [text for _, text in load_gold(DEFAULT_DIR)][:6]
    pipeline = engine.pipeline
    lstms = list(packed_lstm.lstms_of(pipeline))
    # installed on load, in the tokeniser, the tagger and the parser
    assert len(lstms) >= 6
    assert all(isinstance(lstm.forward, partial) for lstm in lstms)
    ours = _annotations(pipeline, texts)
    packed_lstm.uninstall(pipeline)
    try:
        torchs = _annotations(pipeline, texts)
    finally:
        packed_lstm.install(pipeline)
    assert len(ours) > 1000
    assert ours == torchs
