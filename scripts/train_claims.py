"""Train the claim scorer's logistic models on the gold claims of dev and dev2 and write
service/extract/claim_weights.json; report in-sample, cross-validated and cross-set figures.

    python scripts/train_claims.py [DIR ...] [--folds 5] [--dry-run] [--views DIR]

DIRs default to ../shared/eval/dev and ../shared/eval/dev2 (claims.jsonl and NNN.txt each).
Each sentence of each article is a candidate (service.extract.claims.candidates) with its
signals (features); labels come from matching candidates to gold claims by CONTRACT.md's
overlap rule: any gold claim (P(claim)), level 2-3 (P(worth checking)), level 3 (P(first to
check)). The type is CLAIMS.md's precedence; a multinomial model of the type over the same
signals is fitted and scored across sets beside it, and the report says which wins.

Figures: in-sample (fitted on all, scored on all: says little), cross-validated by article
over all sets (GroupKFold: whole articles held out), and cross-set (fitted on one set, scored
on the other, both ways, and their mean): the figures that predict news Kutip never saw.
The every-sentence baseline is scored beside them. --views keeps Stanza's reading of each
article in DIR (pickled by the text's hash) so later runs skip the parse.
Needs scikit-learn (requirements-dev.txt); the service reads only the JSON.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import (  # noqa: E402
    DEFAULT_DIR,
    baseline_claims,
    load_claims,
    match,
    score_claims,
)
from service.extract import claims as claim_stage  # noqa: E402

LABELS = ("claim", "worth", "top")
# Inverse regularisation strength: scikit-learn's default (0.25, 0.5 and 2.0 cross-validate alike).
C = 1.0
# Weight of a claim worth checking against one that is not, beyond balancing the classes:
# a fact-checker loses more by a missed claim than by one more to read (chosen by the
# cross-validated check-worthy F1 of 1.5, 2.0, 3.0, 4.0, 5.0 over both sets: 0.798, 0.811,
# 0.826, 0.822, 0.815 on 2026-12-07).
POSITIVE_BOOST = float(os.environ.get("POSITIVE_BOOST", "3.0"))
DEFAULT_DIRS = (DEFAULT_DIR, DEFAULT_DIR.parent / "dev2")


def _view(engine, text: str, views: Path | None):
    if views is None:
        return engine.view(text)
    path = views / f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:24]}.pickle"
    if path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    view = engine.view(text)
    views.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(view, fh)
    return view


def collect(directory: Path, engine, views: Path | None = None) -> list[dict]:
    """Per article: its candidates with features, labels and what a prediction needs."""
    from service.extract.engine import extract_quotes

    gold_claims = load_claims(directory) or {}
    articles = []
    for path in sorted(directory.glob("*.txt")):
        text = path.read_text("utf-8")
        view = _view(engine, text, views)
        quotes, _speakers, _refer = extract_quotes(view)
        gold = gold_claims.get(path.stem, [])
        rows = []
        for cand in claim_stage.candidates(view, quotes):
            quantities = claim_stage.find_quantities(text[cand.start:cand.end], cand.start)
            if cand.quote is not None:
                claimant = cand.quote.speaker.name if cand.quote.speaker is not None else None
            else:  # the article's voice, or a source whose finding it reports
                claimant = cand.source.text if cand.source is not None else None
            feats = claim_stage.features(view, cand, quantities)
            rows.append({
                "start": cand.start, "end": cand.end, "features": feats,
                "quantities": quantities,
                "speaker": {"name": claimant} if claimant is not None else None,
            })
        pairs = match(rows, gold)
        level = {i: gold[j]["checkworthy"] for i, j in pairs}
        gold_type = {i: gold[j]["type"] for i, j in pairs}
        for i, row in enumerate(rows):
            row["labels"] = {"claim": i in level, "worth": level.get(i, 0) >= 2,
                             "top": level.get(i, 0) == 3, "type": gold_type.get(i)}
        articles.append({"id": f"{directory.name}/{path.stem}", "set": directory.name,
                         "rows": rows, "gold": gold, "text": text})
    return articles


def _trainable(articles: list[dict]) -> list[dict]:
    return [r for a in articles for r in a["rows"] if not claim_stage.excluded(r["features"])]


def fit(articles: list[dict], names: list[str]) -> dict:
    from sklearn.linear_model import LogisticRegression

    rows = _trainable(articles)
    x = [[r["features"][n] for n in names] for r in rows]
    weights: dict = {}
    for label in LABELS:
        y = [r["labels"][label] for r in rows]
        # Balanced classes for the rarer labels: a missed claim worth checking costs a
        # fact-checker more than one more to read, so 0.5 sits where both are equally likely.
        positives = sum(y)
        balance = None if label == "claim" else {
            False: 1.0, True: POSITIVE_BOOST * (len(y) - positives) / max(1, positives)}
        model = LogisticRegression(C=C, max_iter=2000, class_weight=balance).fit(x, y)
        weights[label] = {"features": names, "coef": [round(float(c), 5) for c in model.coef_[0]],
                          "intercept": round(float(model.intercept_[0]), 5)}
    return weights


def predict(articles: list[dict], weights: dict) -> list[tuple[list[dict], list[dict]]]:
    out = []
    for a in articles:
        pred = []
        for r in a["rows"]:
            score = claim_stage.decide(r["features"], weights)
            if score is not None:
                pred.append({**r, "checkworthy": score,
                             "type": claim_stage.claim_type(r["features"])})
        out.append((a["gold"], pred))
    return out


def _typed(articles: list[dict], worth_only: bool) -> list[tuple[dict, str]]:
    """Trainable rows matched to a gold claim (of level 2-3 when worth_only), with the gold
    claim's type (collect's labels)."""
    return [(r, r["labels"]["type"]) for r in _trainable(articles)
            if r["labels"]["worth" if worth_only else "claim"]]


def type_model_accuracy(train: list[dict], test: list[dict]) -> dict:
    """A multinomial logistic model of the type over TYPE_FEATURES, fitted on train's claims
    and scored on test's level 2-3 ones, beside CLAIMS.md's precedence on the same claims:
    the evidence for which of the two the service uses."""
    from sklearn.linear_model import LogisticRegression

    names = claim_stage.TYPE_FEATURES
    fitted, scored = _typed(train, worth_only=False), _typed(test, worth_only=True)
    model = LogisticRegression(C=C, max_iter=4000).fit(
        [[r["features"][n] for n in names] for r, _ in fitted], [t for _, t in fitted])
    guessed = model.predict([[r["features"][n] for n in names] for r, _ in scored])
    right = sum(g == t for g, (_, t) in zip(guessed, scored, strict=True))
    precedence = sum(claim_stage.claim_type(r["features"]) == t for r, t in scored)
    return {"claims": len(scored), "model": round(right / len(scored), 4),
            "precedence": round(precedence / len(scored), 4)}


def cross_validated(articles: list[dict], names: list[str], folds: int) -> dict:
    from sklearn.model_selection import GroupKFold

    held_out: list = []
    for train, test in GroupKFold(n_splits=folds).split(
            articles, groups=[a["id"] for a in articles]):
        weights = fit([articles[i] for i in train], names)
        held_out += predict([articles[i] for i in test], weights)
    return score_claims(held_out)


def _mean(scores: list[dict]) -> dict:
    """The mean of each figure (F1, precision and recall of the nested ones) over scores."""
    out: dict = {}
    for key, value in scores[0].items():
        if isinstance(value, dict):
            out[key] = {k: round(sum(s[key][k] for s in scores) / len(scores), 4)
                        for k in ("precision", "recall", "f1")}
        else:
            out[key] = round(sum(s[key] for s in scores) / len(scores), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", default=[str(d) for d in DEFAULT_DIRS])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="report, do not write weights")
    ap.add_argument("--views", type=Path, default=None,
                    help="keep Stanza's reading of each article here (pickles)")
    args = ap.parse_args(argv)
    from service.extract.engine import Engine

    engine = Engine.from_settings()
    sets = {Path(d).name: collect(Path(d), engine, args.views) for d in args.dirs}
    articles = [a for arts in sets.values() for a in arts]
    names = [n for n in articles[0]["rows"][0]["features"]
             if n != "bias" and n not in claim_stage.TYPE_ONLY_SIGNALS]
    report: dict = {"articles": {name: len(arts) for name, arts in sets.items()}}
    weights = fit(articles, names)
    report["in_sample"] = score_claims(predict(articles, weights))
    report["cross_validated_by_article"] = cross_validated(articles, names, args.folds)
    if len(sets) == 2:
        (a, train_a), (b, train_b) = sets.items()
        one = score_claims(predict(train_b, fit(train_a, names)))
        other = score_claims(predict(train_a, fit(train_b, names)))
        report["cross_set"] = {f"{a}->{b}": one, f"{b}->{a}": other, "mean": _mean([one, other])}
        report["type_model_cross_set"] = {f"{a}->{b}": type_model_accuracy(train_a, train_b),
                                          f"{b}->{a}": type_model_accuracy(train_b, train_a)}
    report["baseline"] = {name: score_claims([(a["gold"], baseline_claims(a["text"]))
                                              for a in arts]) for name, arts in sets.items()}
    print(json.dumps(report, indent=2))
    if not args.dry_run:
        weights["trained_on"] = {"sets": report["articles"], "folds": args.folds, "C": C,
                                 **{k: v for k, v in report.items() if k != "articles"}}
        claim_stage.WEIGHTS.write_text(json.dumps(weights, indent=1) + "\n", "utf-8")
        print(f"wrote {claim_stage.WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
