"""On the real small models, the parser with labels scored for the tree's arcs only
(service/nlp/arc_labels.py) gives Stanza's own heads and labels: the seed article's and the
first dev articles', every sentence parsed, and through Stanza's head-constraint repair."""

from __future__ import annotations

from stanza.models.depparse.model import GraphParser

from service.eval import DEFAULT_DIR, load_gold
from service.nlp import arc_labels
from tests.conftest import ROOT


def _parses(pipeline, texts: list[str]) -> list[list[tuple[int, str]]]:
    return [[(w.head, w.deprel) for w in s.words] for text in texts
            for s in pipeline(text).sentences]


def _texts(n: int) -> list[str]:
    seed = (ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")
    return [seed, *[text for _, text in load_gold(DEFAULT_DIR)][:n]]


def test_the_same_heads_and_labels_as_stanzas_parser(engine, monkeypatch):
    ours = GraphParser.predict
    assert getattr(ours, "kutip_arc_labels", False)  # installed on load
    texts = _texts(6)
    called = []
    monkeypatch.setattr(arc_labels, "arc_label_ids",
                        lambda *a, **k: called.append(1) or _arc_label_ids(*a, **k))
    parsed = _parses(engine.pipeline, texts)
    assert called and sum(map(len, parsed)) > 1000
    monkeypatch.setattr(GraphParser, "predict", ours.stanza_predict)
    assert _parses(engine.pipeline, texts) == parsed


_arc_label_ids = arc_labels.arc_label_ids


def test_the_repair_of_a_head_with_two_subjects_is_stanzas(engine, monkeypatch):
    """Every sentence sent through the repair (as if each had a head with two subjects):
    the full label product handed to Stanza's repair must give Stanza's answer, which runs
    the same repair on every sentence. The small models' configuration turns the repair
    off; Stanza's default turns it on."""
    texts = _texts(2)
    config = engine.pipeline.processors["depparse"].config
    monkeypatch.setitem(config, "resolve_head_constraints", True)
    repaired = []
    monkeypatch.setattr(arc_labels, "needs_repair",
                        lambda tree, deprels: repaired.append(1) or True)
    parsed = _parses(engine.pipeline, texts)
    assert len(repaired) > 20
    monkeypatch.setattr(GraphParser, "predict", GraphParser.predict.stanza_predict)
    assert _parses(engine.pipeline, texts) == parsed
