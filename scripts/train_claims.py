"""Train the claim scorer's two... three logistic models on the dev set's gold claims and
write service/extract/claim_weights.json; report figures cross-validated by article.

    python scripts/train_claims.py [DIR] [--folds 5] [--dry-run]

Each sentence of each article is a candidate (service.extract.claims.candidates) with its
signals (features); labels come from matching candidates to gold claims by CONTRACT.md's
overlap rule: any gold claim (P(claim)), level 2-3 (P(worth checking)), level 3 (P(first to
check)). Cross-validation holds out whole articles (GroupKFold), so the figures say how the
scorer does on articles it never saw; the weights written are fitted on all of them.
Needs scikit-learn (requirements-dev.txt); the service reads only the JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import DEFAULT_DIR, load_claims, load_gold, match, score_claims  # noqa: E402
from service.extract import claims as claim_stage  # noqa: E402

LABELS = ("claim", "worth", "top")
# Inverse regularisation strength: scikit-learn's default (0.25, 0.5 and 2.0 cross-validate alike).
C = 1.0
# Weight of a claim worth checking against one that is not, beyond balancing the classes:
# a fact-checker loses more by a missed claim than by one more to read (chosen by the
# cross-validated F1 of 1.0, 1.5, 2.0, 3.0).
POSITIVE_BOOST = float(os.environ.get("POSITIVE_BOOST", "2.0"))


def collect(directory: Path) -> list[dict]:
    """Per article: its candidates with features, labels and what a prediction needs."""
    from service.extract.engine import Engine, extract
    from service.nlp.analyse import analyse

    engine = Engine.from_settings()
    gold_claims = load_claims(directory) or {}
    articles = []
    for rec, text in load_gold(directory):
        view = analyse(text, engine.pipeline, select=engine.select,
                       max_parse_tokens=engine.max_parse_tokens)
        result = extract(view)
        gold = gold_claims.get(rec["id"], [])
        rows = []
        for cand in claim_stage.candidates(view, result.quotes):
            quantities = claim_stage.find_quantities(text[cand.start:cand.end], cand.start)
            speaker = cand.quote.speaker if cand.quote is not None else None
            feats = claim_stage.features(view, cand, quantities)
            rows.append({
                "start": cand.start, "end": cand.end, "features": feats,
                "type": claim_stage.claim_type(feats, quantities),
                "speaker": {"name": speaker.name} if speaker is not None else None,
            })
        pairs = match(rows, gold)
        level = {i: gold[j]["checkworthy"] for i, j in pairs}
        for i, row in enumerate(rows):
            row["labels"] = {"claim": i in level, "worth": level.get(i, 0) >= 2,
                             "top": level.get(i, 0) == 3}
        articles.append({"id": rec["id"], "rows": rows, "gold": gold})
    return articles


def fit(articles: list[dict], names: list[str]) -> dict:
    from sklearn.linear_model import LogisticRegression

    rows = [r for a in articles for r in a["rows"] if not claim_stage.excluded(r["features"])]
    x = [[r["features"][n] for n in names] for r in rows]
    weights = {}
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
                pred.append({**r, "checkworthy": score})
        out.append((a["gold"], pred))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="report, do not write weights")
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    articles = collect(Path(args.dir))
    names = [n for n in articles[0]["rows"][0]["features"] if n != "bias"]
    held_out: list = []
    for train, test in GroupKFold(n_splits=args.folds).split(
            articles, groups=[a["id"] for a in articles]):
        weights = fit([articles[i] for i in train], names)
        held_out += predict([articles[i] for i in test], weights)
    cv = score_claims(held_out)
    weights = fit(articles, names)
    fitted = score_claims(predict(articles, weights))
    report = {"cross_validated_by_article": cv, "fitted_on_all": fitted}
    print(json.dumps(report, indent=2))
    if not args.dry_run:
        weights["trained_on"] = {"dir": Path(args.dir).name, "articles": len(articles),
                                 "folds": args.folds, "C": C, **report}
        claim_stage.WEIGHTS.write_text(json.dumps(weights, indent=1) + "\n", "utf-8")
        print(f"wrote {claim_stage.WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
