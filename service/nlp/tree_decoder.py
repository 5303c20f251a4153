"""The dependency parser's tree decoder, with the common case answered first.

Stanza's parser scores every head for every word, then finds the best tree with exactly one
root by Chu-Liu-Edmonds (`chuliu_edmonds_one_root`). To get one root it lowers every root
arc by the same large amount, which makes each word's best head a non-root one: the
algorithm always starts from a cycle and contracts its way out, in Python, and that was a
tenth of an uncached answer's time. But when each word's best head under the scores as
given already forms a tree with one root, that tree is the best of all trees, so also the
best of the one-root trees Stanza searches: lowering all root arcs alike costs every one-root
tree the same. This decoder checks that case with a walk up the heads (O(n)) and hands any
other sentence (a cycle, or several roots) to Stanza's own decoder, whose cycle search is
replaced by an O(n) walk that returns the same cycles in the same order. The answer is
Stanza's tree; only an exact tie between two trees' scores could be broken the other way
(tests compare the two on random, tree-shaped and cyclic score matrices).
"""

from __future__ import annotations

import numpy as np
from stanza.models.common import chuliu_edmonds

_stanza_decoder = chuliu_edmonds.chuliu_edmonds_one_root
_stanza_cycles = chuliu_edmonds.tarjan


def best_heads(scores: np.ndarray) -> np.ndarray:
    """Each word's best-scoring head, with no self-loops and row 0 (the root) attached to
    itself, as Stanza's decoder prepares the scores."""
    prepared = scores.astype(np.float64)  # a copy: the caller's scores stay as they were
    chuliu_edmonds.prepare_scores(prepared)
    return np.argmax(prepared, axis=1)


def _cycle_members(heads: list[int]) -> list[list[int]]:
    """The words of each cycle of two or more in a head list, found by walking up the heads
    (O(n)): each word has one head, so a cycle is where a walk first comes back on itself."""
    state = [0] * len(heads)  # 0 unseen, 1 on the current walk, 2 done
    found: list[list[int]] = []
    for start in range(len(heads)):
        walk: list[int] = []
        node = start
        while state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = heads[node]
        if state[node] == 1:
            members = walk[walk.index(node):]
            if len(members) > 1:
                found.append(members)
        for visited in walk:
            state[visited] = 2
    return found


def is_single_rooted_tree(heads: list[int]) -> bool:
    """True when following heads from every word reaches the root (0) without a cycle, and
    exactly one word hangs from the root."""
    return sum(1 for head in heads[1:] if head == 0) == 1 and not _cycle_members(heads)


def find_cycles(tree: np.ndarray) -> list[np.ndarray]:
    """The cycles of a head array, as Stanza's `tarjan` gives them (a mask per cycle of two
    or more words, ordered by each cycle's lowest word), by _cycle_members (O(n)) instead
    of a strongly-connected-components search that scans the array for each word's
    dependents (O(n^2)). Tarjan's loop over the words meets a cycle at its lowest word,
    which sets the order."""
    masks = []
    for members in sorted(_cycle_members(tree.tolist()), key=min):
        mask = np.zeros(len(tree), dtype=bool)
        mask[members] = True
        masks.append(mask)
    return masks


def decode_one_root(scores: np.ndarray) -> np.ndarray:
    """Stanza's chuliu_edmonds_one_root(scores), at once when the best heads already form a
    one-root tree."""
    heads = best_heads(scores)
    if is_single_rooted_tree(heads.tolist()):
        return heads
    return _stanza_decoder(scores)


def install() -> None:
    """Make Stanza's parser decode with decode_one_root, and Stanza's Chu-Liu-Edmonds find
    cycles with find_cycles (idempotent; both modules look the names up at call time)."""
    from stanza.models.depparse import model

    model.chuliu_edmonds_one_root = decode_one_root
    chuliu_edmonds.tarjan = find_cycles
