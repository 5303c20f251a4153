"""On the real small models, the parser with Kutip's tree decoder gives Stanza's own trees:
the seed article's and the first dev articles', every sentence parsed."""

from __future__ import annotations

from stanza.models.common import chuliu_edmonds
from stanza.models.depparse import model

from service.eval import DEFAULT_DIR, load_gold
from service.nlp import tree_decoder
from tests.conftest import ROOT


def _trees(pipeline, texts: list[str]) -> list[list[tuple[int, str]]]:
    return [[(w.head, w.deprel) for w in s.words] for text in texts
            for s in pipeline(text).sentences]


def test_the_same_trees_as_stanzas_decoder(engine, monkeypatch):
    texts = [(ROOT / "seeds" / "altman-openai.txt").read_text("utf-8")]
    texts += [text for _, text in load_gold(DEFAULT_DIR)][:8]
    counted = {"shortcut": 0, "all": 0}

    def counting(scores):
        counted["all"] += 1
        counted["shortcut"] += tree_decoder.is_single_rooted_tree(
            tree_decoder.best_heads(scores).tolist())
        return tree_decoder.decode_one_root(scores)

    assert model.chuliu_edmonds_one_root is tree_decoder.decode_one_root  # installed on load
    monkeypatch.setattr(model, "chuliu_edmonds_one_root", counting)
    ours = _trees(engine.pipeline, texts)
    # Both ways are taken on real parses: the shortcut and Stanza's decoder.
    assert 0 < counted["shortcut"] < counted["all"]
    monkeypatch.setattr(model, "chuliu_edmonds_one_root", tree_decoder._stanza_decoder)
    monkeypatch.setattr(chuliu_edmonds, "tarjan", tree_decoder._stanza_cycles)
    assert _trees(engine.pipeline, texts) == ours

