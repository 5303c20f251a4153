"""arc_label_ids on a hand-built biaffine scorer: each arc's label is the argmax of the full
pairwise product Stanza computes, whatever the blocks the heads are split into."""

from __future__ import annotations

import pytest
import torch
from stanza.models.common.biaffine import DeepBiaffineScorer

from service.nlp.arc_labels import arc_label_ids


@pytest.mark.parametrize("heads_per_block", [1, 2, 128])
def test_each_arcs_label_is_the_argmax_of_the_full_product(heads_per_block):
    torch.manual_seed(7)
    scorer = DeepBiaffineScorer(8, 8, 6, 5, pairwise=True)
    for p in scorer.parameters():  # Stanza starts the bilinear weights at zero
        torch.nn.init.normal_(p)
    scorer.eval()
    outputs = torch.randn(3, 7, 8)
    arcs = [(0, 1, 0), (0, 2, 1), (0, 3, 1), (1, 1, 4), (1, 2, 0), (1, 5, 4), (2, 6, 3),
            (2, 3, 0), (2, 1, 3)]
    with torch.no_grad():
        full = scorer(outputs, outputs)  # (sentence, dependent, head, label)
        labels = arc_label_ids(scorer, outputs, arcs, heads_per_block=heads_per_block)
    expected = [int(full[s, d, h].argmax()) for s, d, h in arcs]
    assert labels == expected
    assert len(set(expected)) > 2  # the arcs do not all share one label


def test_no_arcs_no_labels():
    scorer = DeepBiaffineScorer(4, 4, 3, 2, pairwise=True)
    assert arc_label_ids(scorer, torch.randn(1, 2, 4), []) == []
