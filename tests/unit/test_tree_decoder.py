"""The fast tree decoder gives Stanza's own Chu-Liu-Edmonds tree, bit for bit: on score
matrices whose best heads already form a tree (the shortcut) and on ones whose best heads
form cycles or several roots (Stanza's decoder, with the fast cycle search)."""

from __future__ import annotations

import numpy as np
import pytest
from stanza.models.common import chuliu_edmonds

from service.nlp import tree_decoder
from service.nlp.tree_decoder import (
    best_heads,
    decode_one_root,
    find_cycles,
    is_single_rooted_tree,
)


def stanza_tree(scores: np.ndarray, monkeypatch: pytest.MonkeyPatch) -> np.ndarray:
    """Stanza's decoder exactly as shipped: its own Tarjan cycle search."""
    with monkeypatch.context() as patch:
        patch.setattr(chuliu_edmonds, "tarjan", tree_decoder._stanza_cycles)
        return tree_decoder._stanza_decoder(scores)


def test_a_chain_to_the_root_is_a_tree_and_a_cycle_or_two_roots_is_not():
    assert is_single_rooted_tree([0, 0, 1, 2])
    assert is_single_rooted_tree([0, 2, 0, 2, 3])
    assert not is_single_rooted_tree([0, 3, 1, 2])  # 1 -> 3 -> 2 -> 1
    assert not is_single_rooted_tree([0, 0, 3, 2])  # 2 <-> 3, cut off from the root
    assert not is_single_rooted_tree([0, 0, 0, 1])  # two roots
    assert not is_single_rooted_tree([0, 2, 1])  # no root at all


def test_cycles_are_found_in_the_order_of_their_lowest_word():
    # 5 <-> 6 and 1 -> 3 -> 2 -> 1; 4 hangs off the second cycle; 7 off the root
    cycles = find_cycles(np.array([0, 3, 1, 2, 2, 6, 5, 0]))
    assert [np.flatnonzero(c).tolist() for c in cycles] == [[1, 2, 3], [5, 6]]
    assert find_cycles(np.array([0, 0, 1, 1])) == []


@pytest.mark.parametrize("seed", range(60))
def test_the_same_cycles_as_stanzas_tarjan(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 80))
    tree = rng.integers(0, n, size=n)
    tree[0] = 0
    expected = tree_decoder._stanza_cycles(tree)
    found = find_cycles(tree)
    assert len(found) == len(expected)
    assert all(np.array_equal(a, b) for a, b in zip(found, expected, strict=True))


def _tree_scores(rng: np.random.Generator, n: int) -> np.ndarray:
    """Log-probability-like scores whose best heads form a random one-root tree: word 1 hangs
    from the root, each later word from an earlier word."""
    scores = rng.normal(size=(n + 1, n + 1)).astype(np.float32)
    for dep in range(1, n + 1):
        head = 0 if dep == 1 else int(rng.integers(1, dep))
        scores[dep, head] += 20.0
    scores -= 25.0  # all below zero, as Stanza's log-probabilities are
    return scores


def _cyclic_scores(rng: np.random.Generator, n: int) -> np.ndarray:
    """Scores whose best heads run in a cycle through words 1..n (no word prefers the root)."""
    scores = rng.normal(size=(n + 1, n + 1)).astype(np.float32)
    for dep in range(1, n + 1):
        scores[dep, dep % n + 1] += 20.0
    return scores


@pytest.mark.parametrize("seed", range(40))
def test_same_tree_as_stanza_when_the_best_heads_are_a_tree(seed, monkeypatch):
    rng = np.random.default_rng(seed)
    scores = _tree_scores(rng, int(rng.integers(2, 60)))
    original = scores.copy()
    assert is_single_rooted_tree(best_heads(scores).tolist())  # the shortcut is taken
    assert np.array_equal(decode_one_root(scores), stanza_tree(scores, monkeypatch))
    assert np.array_equal(scores, original)  # the caller's scores are left alone


@pytest.mark.parametrize("seed", range(40))
def test_same_tree_as_stanza_when_the_best_heads_cycle_or_are_random(seed, monkeypatch):
    tree_decoder.install()
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 60))
    scores = _cyclic_scores(rng, n) if seed % 2 else \
        rng.normal(size=(n + 1, n + 1)).astype(np.float32)
    if seed % 2:
        assert not is_single_rooted_tree(best_heads(scores).tolist())
    tree = decode_one_root(scores)
    assert np.array_equal(tree, stanza_tree(scores, monkeypatch))
    assert is_single_rooted_tree(tree.tolist())


def test_installing_makes_stanzas_parser_use_it():
    from stanza.models.depparse import model

    tree_decoder.install()
    assert model.chuliu_edmonds_one_root is decode_one_root
    assert chuliu_edmonds.tarjan is find_cycles
