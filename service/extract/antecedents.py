"""Antecedents as candidates with features and a scorer, the shape of modern coreference.

A pronoun, a -nya clitic or a description ("pelatih klub itu", "perusahaan tersebut") names
nobody by itself: every entity the article has put before it (and, for a description, a
name right after it: cataphora) is a candidate, described by features (how recently it was
a voice, a speaking subject or named; how far back; whether its kind and roles agree with
the description), and the highest score wins, or nobody when no candidate scores above the
threshold. Weights are data (antecedent_weights.json), set by scripts/train_antecedents.py
from the dev gold; a new kind of evidence is a new feature, never a new branch.
Pure: candidates in, a choice out; the speakers stage builds the candidates.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

WEIGHTS = Path(__file__).with_name("antecedent_weights.json")

# Every feature the scorer reads, in the order the weights file lists them.
FEATURES: tuple[str, ...] = (
    "voice_latest",          # the latest person quoted or introduced as speaking
    "voice_latest_direct",   # the same, for the frame of a direct quote (", ujarnya")
    "voice_recency",         # 1 / (1 + how many other voices came after it)
    "subject_latest",        # the latest person standing as a subject (or named as speaker)
    "subject_recency",
    "named_latest",          # the latest person named at all (not after a preposition)
    "named_recency",
    "sentences_apart",       # sentences back to its latest appearance, over 10, at most 1
    "same_paragraph",        # its latest appearance is in the mention's paragraph
    "in_quote_only",         # every appearance before lies inside a quotation
    "role_agrees",           # a description's words are among its roles ("pelatih")
    "named_by_description",  # the article writes the description next to its name
    "kind_agrees",           # a description's head says person / organisation, and it is
    "kind_clashes",          # ... or says the other kind
    "cataphora",             # named right after the description, in its sentence or the next
)


@dataclass(frozen=True, slots=True)
class Appearance:
    """Where an entity stands in the article: a voice (quoted, or the subject of a speech
    verb), a subject, or a name."""

    offset: int
    sentence: int
    paragraph: int
    kind: str  # voice | subject | named
    in_quote: bool = False


@dataclass(frozen=True, slots=True)
class Anaphor:
    """What must be resolved: its kind (pronoun, clitic, description), where it stands, and
    for a description its words and the kind its head noun names."""

    kind: str
    offset: int
    sentence: int
    paragraph: int
    direct: bool = False  # the frame of a direct quote
    text: str = ""
    words: frozenset[str] = frozenset()
    head_kind: str | None = None  # person | organization | None (says nothing)


@dataclass(slots=True)
class Candidate:
    key: object  # the speakers stage's handle on the entity
    name: str
    organisation: bool
    roles: frozenset[str] = frozenset()  # the words of its roles
    appearances: list[Appearance] = field(default_factory=list)
    named_by_description: bool = False
    cataphora: bool = False
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


def _latest(c: Candidate, kinds: tuple[str, ...], before: int) -> Appearance | None:
    found = [a for a in c.appearances if a.kind in kinds and a.offset < before]
    return max(found, key=lambda a: a.offset) if found else None


def describe(anaphor: Anaphor, candidates: list[Candidate]) -> list[Candidate]:
    """Fill each candidate's features for this anaphor (in place; returns the list)."""
    latest = {kind: {id(c): _latest(c, kinds, anaphor.offset) for c in candidates}
              for kind, kinds in (("voice", ("voice",)), ("subject", ("voice", "subject")),
                                  ("named", ("voice", "subject", "named")))}
    order = {kind: sorted((a.offset for a in by_c.values() if a is not None), reverse=True)
             for kind, by_c in latest.items()}
    for c in candidates:
        f = dict.fromkeys(FEATURES, 0.0)
        for kind in ("voice", "subject", "named"):
            a = latest[kind][id(c)]
            if a is not None:
                rank = order[kind].index(a.offset)
                f[f"{kind}_latest"] = 1.0 if rank == 0 else 0.0
                f[f"{kind}_recency"] = 1.0 / (1 + rank)
        f["voice_latest_direct"] = f["voice_latest"] if anaphor.direct else 0.0
        last = latest["named"][id(c)]
        if last is not None:
            f["sentences_apart"] = min(anaphor.sentence - last.sentence, 10) / 10
            f["same_paragraph"] = 1.0 if last.paragraph == anaphor.paragraph else 0.0
            before = [a for a in c.appearances if a.offset < anaphor.offset]
            f["in_quote_only"] = 1.0 if before and all(a.in_quote for a in before) else 0.0
        else:
            f["sentences_apart"] = 1.0
        if anaphor.words:
            f["role_agrees"] = 1.0 if anaphor.words <= c.roles else 0.0
        f["named_by_description"] = 1.0 if c.named_by_description else 0.0
        f["cataphora"] = 1.0 if c.cataphora else 0.0
        if anaphor.head_kind is not None:
            is_org = anaphor.head_kind == "organization"
            f["kind_agrees"] = 1.0 if c.organisation == is_org else 0.0
            f["kind_clashes"] = 1.0 - f["kind_agrees"]
        c.features = f
    return candidates


@cache
def load_weights(path: str = str(WEIGHTS)) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        weights: dict[str, Any] = json.load(fh)
    return weights


def score(features: dict[str, float], weights: dict[str, Any]) -> float:
    """The candidate's logit under the weights."""
    w = weights["weights"]
    return float(weights["bias"]) + sum(float(w.get(name, 0.0)) * value
                                          for name, value in features.items())


def choose(anaphor: Anaphor, candidates: list[Candidate],
           weights: dict[str, Any] | None = None) -> Candidate | None:
    """The best candidate for anaphor, or None when none is likely enough (its probability
    under the weights below their threshold)."""
    weights = weights or load_weights()
    if not candidates:
        return None
    for c in describe(anaphor, candidates):
        c.score = score(c.features, weights)
    best = max(candidates, key=lambda c: (c.score, _latest_offset(c, anaphor.offset)))
    probability = 1 / (1 + math.exp(-best.score))
    return best if probability >= weights["threshold"] else None


def _latest_offset(c: Candidate, before: int) -> int:
    a = _latest(c, ("voice", "subject", "named"), before)
    return a.offset if a is not None else -1
