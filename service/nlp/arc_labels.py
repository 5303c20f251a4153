"""The dependency parser's labels, scored for the arcs of the tree only.

Stanza's graph parser scores every label for every (dependent, head) pair of a batch,
padding included (a biaffine product of N x L x L x 44 labels), then keeps the label of the
one head each word gets. That product was a tenth of an uncached answer's time. The label
of the arc from head h to dependent d is x_d' W_l y_h + b_l; this module decodes the tree
from the arc scores as Stanza does, then computes W_l y_h once for each word that is some
word's head, and each dependent's labels against it: the same sums in another order.

Stanza also repairs a head with two subjects or two objects, which needs every label of
every arc of the words involved (`resolve_head_constraint_violations`): for such a
sentence, and only for it, the full product is computed, exactly as Stanza computes it, and
handed to Stanza's own repair. Training, ensembles and arc embeddings keep Stanza's own path.
Tests compare heads and labels with Stanza's own on real parses.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

# Heads whose label matrices (401 x 401 x 44 floats each) are built at once: bounds memory.
_HEADS_PER_BLOCK = 128


def _arc_scores(model, lstm_outputs: torch.Tensor, word: torch.Tensor) -> torch.Tensor:
    """Unlabeled arc scores as Stanza's forward_scores gives them (linearization and
    distance terms added, self-loops barred), without the label product."""
    drop = model.drop
    scores = model.unlabeled(drop(lstm_outputs), drop(lstm_outputs)).squeeze(3)
    positions = torch.arange(word.size(1), device=word.device)
    head_offset = (positions.view(1, 1, -1).expand(word.size(0), -1, -1)
                   - positions.view(1, -1, 1).expand(word.size(0), -1, -1))
    if model.args["linearization"]:
        lin = model.linearization(drop(lstm_outputs), drop(lstm_outputs)).squeeze(3)
        scores += F.logsigmoid(lin * torch.sign(head_offset).float())
    if model.args["distance"]:
        dist = model.distance(drop(lstm_outputs), drop(lstm_outputs)).squeeze(3)
        dist_pred = 1 + F.softplus(dist)
        scores += -torch.log((torch.abs(head_offset).float() - dist_pred) ** 2 / 2 + 1)
    diag = torch.eye(word.size(1), dtype=torch.bool, device=word.device).unsqueeze(0)
    scores.masked_fill_(diag, -float("inf"))
    return scores


def _with_ones(x: torch.Tensor) -> torch.Tensor:
    return torch.cat([x, x.new_ones(*x.size()[:-1], 1)], x.dim() - 1)


def arc_label_ids(scorer, lstm_outputs: torch.Tensor, arcs: list[tuple[int, int, int]],
                  heads_per_block: int = _HEADS_PER_BLOCK) -> list[int]:
    """The best raw label id (no vocabulary prefix) of each arc (sentence, dependent, head),
    by the DeepBiaffineScorer scorer over lstm_outputs."""
    if not arcs:
        return []
    dependents = _with_ones(scorer.hidden_func(scorer.W1(scorer.dropout(lstm_outputs))))
    heads = _with_ones(scorer.hidden_func(scorer.W2(scorer.dropout(lstm_outputs))))
    bilinear = scorer.scorer.W_bilin
    head_keys = sorted({(s, h) for s, _, h in arcs})
    slot = {key: k for k, key in enumerate(head_keys)}
    dep_index = torch.tensor([[s, d] for s, d, _ in arcs])
    dep_vectors = dependents[dep_index[:, 0], dep_index[:, 1]]  # (A, I)
    head_slot = torch.tensor([slot[(s, h)] for s, _, h in arcs])
    labels = torch.empty(len(arcs), dtype=torch.long)
    for start in range(0, len(head_keys), heads_per_block):
        block = head_keys[start:start + heads_per_block]
        index = torch.tensor(block)
        head_vectors = heads[index[:, 0], index[:, 1]]  # (H, J)
        # W_l y_h for each head of the block: (H, I, O)
        per_head = torch.einsum("IJO,HJ->HIO", bilinear.weight, head_vectors)
        mine = ((head_slot >= start) & (head_slot < start + len(block))).nonzero().squeeze(1)
        if len(mine) == 0:
            continue
        scores = torch.einsum("AI,AIO->AO", dep_vectors[mine], per_head[head_slot[mine] - start])
        labels[mine] = (scores + bilinear.bias).argmax(1)
    return labels.tolist()


def predict(model, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained,
            lemma, head, deprel, word_orig_idx, sentlens, wordlens, text,
            resolve_head_constraints: bool = False):
    """GraphParser.predict with labels scored for the tree's arcs only (see the module)."""
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse import model as parser_module

    lstm_outputs = model.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats,
                               pretrained, lemma, head, deprel, word_orig_idx, sentlens,
                               wordlens, text)
    arc_scores = F.log_softmax(_arc_scores(model, lstm_outputs, word), 2).detach().cpu().numpy()
    vocab = model.vocab["deprel"]
    trees = [parser_module.chuliu_edmonds_one_root(arc_scores[i][:n, :n])
             for i, n in enumerate(sentlens)]
    arcs = [(i, d, int(tree[d])) for i, tree in enumerate(trees) for d in range(1, len(tree))]
    ids = iter(arc_label_ids(model.deprel, lstm_outputs, arcs))
    out = []
    for i, (n, tree) in enumerate(zip(sentlens, trees, strict=True)):
        raw = [next(ids) for _ in range(n - 1)]
        deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
        if resolve_head_constraints and needs_repair(tree, deprels):
            tree, raw = _repaired(model, lstm_outputs[i:i + 1, :n], arc_scores[i][:n, :n],
                                  tree, vocab)
            deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
        out.append([[int(tree[j + 1]), deprels[j]] for j in range(n - 1)])
    return out


def needs_repair(tree, deprels: list[str]) -> bool:
    """Whether some head has two subjects or two objects (Stanza's own test)."""
    from stanza.models.depparse import head_constraints

    return bool(head_constraints.find_head_constraint_violations(tree, deprels))


def _repaired(model, lstm_outputs, scores: np.ndarray, tree, vocab):
    """Stanza's head-constraint repair, with every label of every arc of the sentence
    computed by Stanza's own scorer."""
    from stanza.models.depparse.head_constraints import resolve_head_constraint_violations

    full = model.deprel(model.drop(lstm_outputs), model.drop(lstm_outputs))
    label_log_probs = F.log_softmax(full, 3).detach().cpu().numpy()[0]
    return resolve_head_constraint_violations(scores, label_log_probs, tree, vocab)


def install() -> None:
    """Make Stanza's graph parser predict through predict() (idempotent); a model in
    training, or one with arc embeddings, keeps Stanza's own path."""
    from stanza.models.depparse.model import GraphParser

    if getattr(GraphParser.predict, "kutip_arc_labels", False):
        return
    stanza_predict = GraphParser.predict

    def graph_predict(self, *args, **kwargs):
        if self.training or self.args.get("use_arc_embedding"):
            return stanza_predict(self, *args, **kwargs)
        return predict(self, *args, **kwargs)

    graph_predict.kutip_arc_labels = True  # type: ignore[attr-defined]
    graph_predict.stanza_predict = stanza_predict  # type: ignore[attr-defined]
    GraphParser.predict = graph_predict
