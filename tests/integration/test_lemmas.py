"""Lemmas by Stanza's dictionary alone (the default) or with its seq2seq model (LEMMA_MODEL=1),
on the real small models: the speech verbs Kutip reads keep their lemmas either way."""

from __future__ import annotations

import pytest

from service.extract.engine import Engine
from service.settings import Settings

SPEECH = ("Menteri Perdagangan Budi Santoso mengatakan bahwa harga beras naik. Ia menjelaskan "
          "bahwa stok cukup. Kepala Dinas Pasar Sri Wahyuni menyebutkan bahwa pasar ramai. "
          "Sri juga mengungkapkan bahwa pedagang kecewa.")


def _lemmas(engine: Engine, text: str) -> dict[str, str]:
    doc = engine.pipeline(text)
    return {w.text: w.lemma for s in doc.sentences for w in s.words}


@pytest.fixture(scope="module")
def with_model() -> Engine:
    return Engine.from_settings(Settings.from_env(lemma_model=True))


def test_the_default_lemmatises_by_the_dictionary_and_says_so(engine):
    assert engine.pipeline.processors["lemma"].config.get("dict_only") is True
    assert engine.model["lemmas"] == "dictionary"


def test_speech_verbs_read_the_same_without_the_seq2seq_model(engine, with_model):
    """Kutip reads speech verbs through its own morphology (service/extract/morphology.py),
    so a verb the dictionary lacks ("mengungkapkan" stays itself) is still a cue: the quotes,
    their cues and speakers are the same in both modes."""
    assert with_model.pipeline.processors["lemma"].config.get("dict_only") is False
    assert with_model.model["lemmas"] == "model"
    assert _lemmas(engine, SPEECH)["mengatakan"] == "kata"
    assert _lemmas(engine, SPEECH)["mengungkapkan"] == "mengungkapkan"  # not in the dictionary

    def read(e: Engine) -> list[tuple]:
        return [(q["type"], q["text"], q["speaker"]["name"] if q["speaker"] else None,
                 q["cue"]["lemma"] if q["cue"] else None) for q in e.run(SPEECH)["quotes"]]

    plain = read(engine)
    assert len(plain) == 4 and {cue for *_, cue in plain} >= {"kata", "ungkap"}
    assert plain == read(with_model)
    # The two modes are different answers: a cached answer of one is never served for the other.
    assert engine.answer_id(SPEECH) != with_model.answer_id(SPEECH)
