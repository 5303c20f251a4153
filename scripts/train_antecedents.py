"""Train the antecedent scorer's weights (service/extract/antecedent_weights.json) from the dev
gold: python scripts/train_antecedents.py [--write] [--check DIR ...].

Every pronoun, -nya or description the speakers stage resolves is one decision among
candidates with features (service/extract/antecedents.py). A candidate is right when its
name is the gold speaker's (the evaluation's rule); a decision whose gold speaker is none of
the candidates teaches the threshold. A logistic regression (scikit-learn) over candidate
rows gives the weights. Printed: how often the chosen candidate is right, for the weights in
use, in-sample, cross-validated by article (GroupKFold), and on each --check corpus (e.g.
PFSA-ID dev, evaluation only: it never trains what ships). --write saves the weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import DEFAULT_DIR, load_gold, match, same_speaker  # noqa: E402
from service.extract import antecedents  # noqa: E402
from service.extract.antecedents import FEATURES  # noqa: E402


def decisions(directory: Path, engine, only_type: str | None = None) -> list[dict]:
    """Each antecedent decision of each article: candidate features and which are right."""
    from service.extract.direct import extract_direct
    from service.extract.frames import Frames
    from service.extract.glue import unglue
    from service.extract.reported import extract_reported
    from service.extract.speakers import _Resolver
    from service.nlp.analyse import analyse

    out = []
    for rec, text in load_gold(directory):
        view = analyse(text, engine.pipeline, select=engine.select, repair=unglue,
                       max_parse_tokens=engine.max_parse_tokens)
        frames = Frames(view)
        direct, embedded = extract_direct(view, frames)
        quotes = sorted(direct + extract_reported(view, direct, embedded, frames),
                        key=lambda q: q.start)
        resolver = _Resolver(view, quotes, frames)
        resolver.resolve()
        gold = [g for g in rec["quotes"] if only_type is None or g["type"] == only_type]
        pred = [{"start": q.start, "end": q.end, "mention": q.mention} for q in quotes]
        gold_of = {id(pred[i]["mention"]): gold[j]["speaker"] for i, j in match(pred, gold)
                   if pred[i]["mention"] is not None}
        for mention, _anaphor, cands in resolver.decisions:
            if id(mention) not in gold_of or not cands:
                continue
            speaker = gold_of[id(mention)]
            out.append({
                "article": rec["id"],
                "x": [[c.features[f] for f in FEATURES] for c in cands],
                "y": [int(speaker is not None and same_speaker(c.name, speaker))
                      for c in cands],
                "none": speaker is None or not any(same_speaker(c.name, speaker)
                                                   for c in cands),
            })
    return out


def accuracy(items: list[dict], weights: dict) -> float:
    """Share of decisions where the scorer picks a right candidate (or none, when none is)."""
    right = 0
    for it in items:
        scores = [antecedents.score(dict(zip(FEATURES, x, strict=True)), weights)
                  for x in it["x"]]
        best = int(np.argmax(scores))
        chosen = 1 / (1 + np.exp(-scores[best])) >= weights["threshold"]
        right += (not chosen) if it["none"] else (chosen and it["y"][best] == 1)
    return right / len(items) if items else 0.0


# Where the dev gold tells candidates apart by a feature in fewer than MIN_SUPPORT decisions
# (dev has few descriptions), that feature keeps this prior: the order the earlier rules
# used.
PRIOR = {"voice_latest_direct": 8.0, "subject_latest": 4.0, "named_latest": 2.0,
         "role_agrees": 16.0, "named_by_description": 6.0, "kind_clashes": -8.0,
         "cataphora": 6.0}


# A feature's weight is learnt only when it tells candidates apart in this many decisions.
MIN_SUPPORT = 5


def fit(items: list[dict], c: float = 1.0) -> dict:
    """Pairwise: the right candidate of a decision against each wrong one (x_right - x_wrong,
    and the reverse), a logistic regression without intercept, so the weights rank the
    candidates of one decision (a choice, not independent yes/no questions). The bias then
    lets the weakest right choice of training through and keeps out what scores lower."""
    from sklearn.linear_model import LogisticRegression

    diffs, labels = [], []
    for it in items:
        rights = [np.array(x) for x, y in zip(it["x"], it["y"], strict=True) if y]
        wrongs = [np.array(x) for x, y in zip(it["x"], it["y"], strict=True) if not y]
        for r in rights[:1]:
            for w in wrongs:
                diffs += [r - w, w - r]
                labels += [1, 0]
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=2000).fit(
        np.array(diffs), np.array(labels))
    support = np.zeros(len(FEATURES))
    for it in items:  # decisions in which a feature tells the right candidate from another
        rights = [np.array(x) for x, y in zip(it["x"], it["y"], strict=True) if y]
        wrongs = [np.array(x) for x, y in zip(it["x"], it["y"], strict=True) if not y]
        if rights and wrongs:
            support += np.any([rights[0] != w for w in wrongs], axis=0)
    seen = support >= MIN_SUPPORT
    coef = np.array([w if seen[k] else PRIOR.get(f, 0.0)
                     for k, (f, w) in enumerate(zip(FEATURES, model.coef_[0], strict=True))])
    weights = dict(zip(FEATURES, (float(w) for w in coef), strict=True))
    chosen = [max(float(np.dot(coef, x)) for x in it["x"]) for it in items
              if not it["none"]]
    bias = -min(chosen) + 0.5 if chosen else 0.0
    return {"source": "scripts/train_antecedents.py: pairwise logistic regression on the "
                      "dev gold's decisions",
            "bias": round(bias, 4), "threshold": 0.5,
            "prior_kept": [f for k, f in enumerate(FEATURES) if not seen[k]],
            "weights": {f: round(w, 4) for f, w in weights.items()}}


def cross_validated(items: list[dict], folds: int = 5) -> float:
    from sklearn.model_selection import GroupKFold

    groups = [it["article"] for it in items]
    right = 0
    for train, test in GroupKFold(n_splits=folds).split(items, groups=groups):
        weights = fit([items[k] for k in train])
        right += accuracy([items[k] for k in test], weights) * len(test)
    return right / len(items)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--write", action="store_true", help="save the trained weights")
    ap.add_argument("--check", nargs="*", default=[], help="corpora to check (direct quotes)")
    args = ap.parse_args(argv)
    from service.extract.engine import Engine

    engine = Engine.from_settings()
    current = antecedents.load_weights()
    dev = decisions(DEFAULT_DIR, engine)
    trained = fit(dev)
    print(f"dev decisions: {len(dev)} ({sum(it['none'] for it in dev)} with no right candidate)")
    print(f"  weights in use:     {accuracy(dev, current):.3f}")
    print(f"  trained, in-sample: {accuracy(dev, trained):.3f}")
    print(f"  trained, cross-validated by article: {cross_validated(dev):.3f}")
    for directory in args.check:
        items = decisions(Path(directory), engine, only_type="direct")
        print(f"{directory}: {len(items)} decisions; in use {accuracy(items, current):.3f}, "
              f"trained on dev {accuracy(items, trained):.3f}")
    print(json.dumps(trained, indent=2))
    if args.write:
        antecedents.WEIGHTS.write_text(json.dumps(trained, indent=2) + "\n", "utf-8")
        print(f"written to {antecedents.WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
