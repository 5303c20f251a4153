"""Score Kutip against gold quotes: python -m service.eval [DIR] [--errors] [--json].

Rules (../shared/docs/CONTRACT.md): a predicted quote matches a gold quote when their spans
overlap by at least half of the longer one (one-to-one, largest overlap first); its speaker
is right when the names agree case-insensitively or one's words are all in the other's.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
TYPES = ("direct", "indirect", "mixed")


def _words(name: str) -> set[str]:
    return set(re.findall(r"\w+", name.lower()))


def same_speaker(pred: str | None, gold: str | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    if pred.strip().lower() == gold.strip().lower():
        return True
    a, b = _words(pred), _words(gold)
    return bool(a and b) and (a <= b or b <= a)


def _name_words(name: str) -> list[str]:
    """A name's words in order, lower case, a parenthesised nickname or acronym left out."""
    return re.findall(r"\w+", re.sub(r"\([^)]*\)", " ", name).lower())


def _title_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    from service.extract import lexicon as lx

    return lx.TITLE_WORDS, tuple(tuple(t.split()) for t in lx.MULTIWORD_TITLES)


def _rank_forces() -> frozenset[str]:
    from service.extract import lexicon as lx

    return lx.RANK_FORCES


def _leading_title_ends(words: list[str]) -> set[int]:
    """Where each whole leading title or rank of words ends ("komisaris besar" -> 2, and the
    next title after it): the cuts that leave the name."""
    singles, phrases = _title_words()
    ends, k = set(), 0
    while k < len(words):
        step = max((len(t) for t in phrases if tuple(words[k : k + len(t)]) == t), default=0)
        if not step and (words[k] in singles or (k and words[k] in _rank_forces())):
            step = 1  # a title, or the force after a rank ("Laksda TNI")
        if not step:
            break
        k += step
        ends.add(k)
    return ends


def clean_name(pred: str, gold: str) -> bool:
    """CONTRACT.md's clean name: the gold's words (a parenthesised nickname ignored), the
    gold's less a leading rank or title, or a fuller form of the gold (opening with its
    words, or holding a one-word gold with no title, office or place words before it)."""
    p, g = _name_words(pred), _name_words(gold)
    if not p or not g:
        return False
    if p == g or p[: len(g)] == g:
        return True
    if any(p == g[end:] for end in _leading_title_ends(g)):
        return True
    if len(g) == 1 and g[0] in p:
        from service.extract import lexicon as lx

        before = p[: p.index(g[0])]
        singles, _ = _title_words()
        return not any(w in singles or w in lx.OFFICE_WORDS or w in lx.PLACE_WORDS
                       or w in lx.ORG_WORDS or w.isdigit() for w in before)
    return False


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) overlapping by half the longer span."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            ov = _overlap(p, g)
            longer = max(p["end"] - p["start"], g["end"] - g["start"])
            if ov > 0 and 2 * ov >= longer:
                candidates.append((ov, i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def pred_speaker(q: dict) -> str | None:
    return q["speaker"]["name"] if q.get("speaker") else None


def _inside_any(q: dict, regions: list[dict]) -> bool:
    return any(r["start"] <= q["start"] and q["end"] <= r["end"] for r in regions)


def restrict(gold: dict, answer: dict, only_type: str | None,
             unlabelled: list[dict] | None) -> tuple[dict, dict]:
    """Gold and answer as a partial annotation is scored: only quotes of only_type on both
    sides, and predictions lying inside unlabelled regions (quoted text the corpus did not
    annotate) left out unless they match a gold quote."""
    g = [q for q in gold["quotes"] if only_type is None or q["type"] == only_type]
    p = [q for q in answer["quotes"] if only_type is None or q["type"] == only_type]
    if unlabelled:
        matched = {i for i, _ in match(p, g)}
        p = [q for i, q in enumerate(p) if i in matched or not _inside_any(q, unlabelled)]
    return {**gold, "quotes": g}, {**answer, "quotes": p}


def score(records: list[tuple[dict, dict]]) -> dict:
    """records: (gold record, predicted answer) pairs."""
    tp = e2e = clean = n_pred = n_gold = 0
    per_type = {t: [0, 0, 0] for t in TYPES}
    for gold, answer in records:
        g, p = gold["quotes"], answer["quotes"]
        n_pred += len(p)
        n_gold += len(g)
        pairs = match(p, g)
        tp += len(pairs)
        right = [(i, j) for i, j in pairs if same_speaker(pred_speaker(p[i]), g[j]["speaker"])]
        e2e += len(right)
        clean += sum(1 for i, j in right if g[j]["speaker"] is None
                     or clean_name(pred_speaker(p[i]) or "", g[j]["speaker"]))
        for t in TYPES:
            pt = [q for q in p if q["type"] == t]
            gt = [q for q in g if q["type"] == t]
            per_type[t][0] += len(match(pt, gt))
            per_type[t][1] += len(pt)
            per_type[t][2] += len(gt)
    return {
        "quotes": _prf(tp, n_pred, n_gold),
        "per_type": {t: _prf(*v) for t, v in per_type.items()},
        "speaker_accuracy": round(e2e / tp, 4) if tp else 0.0,
        "clean_name_rate": round(clean / e2e, 4) if e2e else 0.0,
        "end_to_end": _prf(e2e, n_pred, n_gold),
        "articles": len(records),
    }


CLAIM_TYPES = ("quantity", "causal", "rule", "prediction", "event")
WORTH = 0.5  # checkworthy at or above this: worth a fact-checker's time


def _dcg(gains: list[float]) -> float:
    return sum(g / math.log2(k + 2) for k, g in enumerate(gains))


def score_claims(records: list[tuple[list[dict], list[dict]]]) -> dict:
    """records: (gold claims, predicted claims) per article. CONTRACT.md's claim figures:
    targets are gold level 2-3; a prediction matched to a level-1 claim counts neither way."""
    tp = fp = n_targets = l3 = l3_found = 0
    det_tp = det_pred = det_gold = 0
    typed = typed_right = claimant_right = 0
    ndcgs = []
    for gold, pred in records:
        worth = [c for c in pred if c["checkworthy"] >= WORTH]
        pairs = match(worth, gold)
        matched = {i for i, _ in pairs}
        fp += len(worth) - len(matched)
        for i, j in pairs:
            g = gold[j]
            if g["checkworthy"] >= 2:
                tp += 1
                typed += 1
                typed_right += worth[i].get("type") == g["type"]
                claimant_right += same_speaker(pred_speaker(worth[i]), g["claimant"])
            if g["checkworthy"] == 3:
                l3_found += 1
        n_targets += sum(1 for g in gold if g["checkworthy"] >= 2)
        l3 += sum(1 for g in gold if g["checkworthy"] == 3)
        det_tp += len(match(pred, gold))
        det_pred += len(pred)
        det_gold += len(gold)
        if gold:
            ranked = sorted(pred, key=lambda c: -c["checkworthy"])[:5]
            level = {i: gold[j]["checkworthy"] for i, j in match(ranked, gold)}
            ideal = _dcg(sorted((g["checkworthy"] for g in gold), reverse=True)[:5])
            ndcgs.append(_dcg([level.get(i, 0) for i in range(len(ranked))]) / ideal)
    worth_prf = _prf(tp, tp + fp, n_targets)
    return {
        "checkworthy": worth_prf,
        "detection": _prf(det_tp, det_pred, det_gold),
        "level3_recall": round(l3_found / l3, 4) if l3 else 0.0,
        "ndcg5": round(sum(ndcgs) / len(ndcgs), 4) if ndcgs else 0.0,
        "type_accuracy": round(typed_right / typed, 4) if typed else 0.0,
        "claimant_accuracy": round(claimant_right / typed, 4) if typed else 0.0,
    }


_PLAIN_SENTENCE = re.compile(r"[^\n]+?(?:[.?!](?=\s+[A-Z0-9\"“‘'])|$)", re.M)


def baseline_claims(text: str) -> list[dict]:
    """The trivial baseline: every sentence of 5+ words (CLAIMS.md's plain split) is a claim
    of checkworthy 0.5, an event asserted by the article."""
    out = []
    for m in _PLAIN_SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start] in " \t\"“”'":
            start += 1
        while end > start and text[end - 1] in " \t.?!\"“”'":
            end -= 1
        if len(text[start:end].split()) >= 5:
            out.append({"text": text[start:end], "start": start, "end": end,
                        "checkworthy": 0.5, "type": "event", "speaker": None})
    return out


def load_claims(directory: Path) -> dict[str, list[dict]] | None:
    """Gold claims by article id, when claims.jsonl lies beside the articles."""
    path = directory / "claims.jsonl"
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as fh:
        return {rec["id"]: rec["claims"] for rec in map(json.loads, fh) if rec}


def load_gold(directory: Path) -> list[tuple[dict, str]]:
    """(gold record, text) per article. A claims-only set (no gold.jsonl, as dev2) gives
    each article with no quotes marked, so only its claims are scored."""
    out = []
    if not (directory / "gold.jsonl").exists():
        for path in sorted(directory.glob("*.txt")):
            with open(path, encoding="utf-8", newline="") as tf:
                out.append(({"id": path.stem, "quotes": None}, tf.read()))
        return out
    with open(directory / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                with open(directory / f"{rec['id']}.txt", encoding="utf-8", newline="") as tf:
                    out.append((rec, tf.read()))
    return out


def load_unlabelled(directory: Path) -> dict[str, list[dict]]:
    """Quoted regions a partial annotation left unlabelled, by article id (may be absent)."""
    path = directory / "unlabelled_quote_regions.jsonl"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return {rec["id"]: rec["regions"] for rec in map(json.loads, fh) if rec}


def evaluate(engine, directory: Path = DEFAULT_DIR, only_type: str | None = None,
             progress: bool = False) -> tuple[dict, list[tuple[dict, dict, str]]]:
    """Scores and (gold, answer, text) per article. only_type scores one quote type (a corpus
    that annotates direct quotes only); predictions in unlabelled regions are then reported
    both ways: counted ("all") and left out of precision (the headline figures)."""
    runs = []
    articles = load_gold(directory)
    if progress:
        from tqdm import tqdm

        articles = tqdm(articles, desc="articles", unit="article", file=sys.stderr)
    for rec, text in articles:
        runs.append((rec, engine.run(text), text))
    unlabelled = load_unlabelled(directory)
    if runs and runs[0][0]["quotes"] is None:  # a claims-only set
        return {"articles": len(runs), "claims_only": True,
                **_claim_scores(load_claims(directory) or {}, runs)}, runs
    if only_type or unlabelled:
        scores = score([restrict(r, a, only_type, unlabelled.get(r["id"])) for r, a, _ in runs])
        scores["counting_unlabelled"] = score([restrict(r, a, only_type, None)
                                               for r, a, _ in runs])
        runs = [(*restrict(r, a, only_type, unlabelled.get(r["id"])), t) for r, a, t in runs]
        return scores, runs
    scores = score([(r, a) for r, a, _ in runs])
    gold_claims = load_claims(directory)
    if gold_claims is not None:
        scores.update(_claim_scores(gold_claims, runs))
    return scores, runs


def _claim_scores(gold_claims: dict[str, list[dict]], runs: list[tuple[dict, dict, str]]
                  ) -> dict:
    """Kutip's claims and the every-sentence baseline's, scored against gold_claims."""
    return {
        "claims": score_claims([(gold_claims.get(r["id"], []), a["claims"]) for r, a, _ in runs]),
        "claims_baseline": score_claims([(gold_claims.get(r["id"], []), baseline_claims(t))
                                         for r, _, t in runs]),
    }


def print_claim_errors(runs: list[tuple[dict, dict, str]], gold_claims: dict,
                       out=sys.stdout) -> None:
    """Missed level 2-3 claims, predictions worth checking that match no gold claim, and
    matched claims of the wrong type or claimant."""
    for rec, answer, text in runs:
        gold = gold_claims.get(rec["id"], [])
        worth = [c for c in answer["claims"] if c["checkworthy"] >= WORTH]
        pairs = match(worth, gold)
        mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
        lines = [f"  MISS  L{g['checkworthy']} {g['type']:<10} {g['claimant']!r}\n"
                 f"        {_context(text, g['start'], g['end'], 30)}"
                 for j, g in enumerate(gold) if j not in mg and g["checkworthy"] >= 2]
        lines += [f"  FALSE {c['checkworthy']:.2f} {c['type']:<10} {pred_speaker(c)!r}\n"
                  f"        {_context(text, c['start'], c['end'], 30)}"
                  for i, c in enumerate(worth) if i not in mp]
        lines += [f"  TYPE  gold={gold[j]['type']} pred={worth[i]['type']}: "
                  f"{text[gold[j]['start']:gold[j]['end']][:90]}"
                  for i, j in pairs if gold[j]["checkworthy"] >= 2
                  and worth[i]["type"] != gold[j]["type"]]
        lines += [f"  WHO   gold={gold[j]['claimant']!r} pred={pred_speaker(worth[i])!r}: "
                  f"{_context(text, gold[j]['start'], gold[j]['end'], 40)[:160]}"
                  for i, j in pairs if gold[j]["checkworthy"] >= 2
                  and not same_speaker(pred_speaker(worth[i]), gold[j]["claimant"])]
        if lines:
            print(f"== claims {rec['id']}", file=out)
            print("\n".join(lines), file=out)


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    mid = text[start:end].replace("\n", " ")
    if len(mid) > 160:
        mid = mid[:75] + " … " + mid[-75:]
    return f"…{left}[[{mid}]]{right}…"


def print_errors(runs: list[tuple[dict, dict, str]], out=sys.stdout) -> None:
    for rec, answer, text in runs:
        g, p = rec["quotes"], answer["quotes"]
        pairs = match(p, g)
        mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
        lines = []
        for j, q in enumerate(g):
            if j not in mg:
                lines.append(f"  MISS  {q['type'][:3]} gold={q['speaker']!r} cue={q['cue']!r}\n"
                             f"        {_context(text, q['start'], q['end'])}")
        for i, q in enumerate(p):
            if i not in mp:
                lines.append(f"  FALSE {q['type'][:3]} pred={pred_speaker(q)!r} "
                             f"cue={(q['cue'] or {}).get('text')!r}\n"
                             f"        {_context(text, q['start'], q['end'])}")
        for i, j in pairs:
            who, gold_who = pred_speaker(p[i]), g[j]["speaker"]
            if who and gold_who and same_speaker(who, gold_who) and not clean_name(who,
                                                                                 gold_who):
                lines.append(f"  NAME  gold={gold_who!r} pred={who!r}")
            if not same_speaker(pred_speaker(p[i]), g[j]["speaker"]):
                lines.append(f"  WHO   gold={g[j]['speaker']!r} pred={pred_speaker(p[i])!r} "
                             f"mention={(p[i]['speaker_mention'] or {}).get('text')!r} "
                             f"gold_mention={g[j]['speaker_mention']!r}\n"
                             f"        {_context(text, g[j]['start'], g[j]['end'], 30)}")
        if lines:
            print(f"== {rec['id']}", file=out)
            print("\n".join(lines), file=out)


def _fmt(s: dict) -> str:
    return f"P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  " \
           f"(tp {s['tp']}, pred {s['predicted']}, gold {s['gold']})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m service.eval", description=__doc__)
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--errors", action="store_true", help="print misses and false alarms")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--only-type", choices=TYPES,
                    help="score one quote type (e.g. direct for a corpus that annotates only "
                         "direct quotes); predictions in unlabelled_quote_regions.jsonl are "
                         "left out of precision")
    args = ap.parse_args(argv)
    from service.extract.engine import Engine

    engine = Engine.from_settings()
    scores, runs = evaluate(engine, Path(args.dir), only_type=args.only_type, progress=True)
    if args.errors:
        if not scores.get("claims_only"):
            print_errors(runs)
        if "claims" in scores:
            print_claim_errors(runs, load_claims(Path(args.dir)) or {})
    if args.json:
        print(json.dumps(scores, indent=2))
        return 0
    print(f"articles: {scores['articles']}")
    if not scores.get("claims_only"):
        _print_quotes(scores)
    if "claims" in scores:
        print("claims (Kutip | trivial baseline: every 5+ word sentence at 0.5)")
        for label, key in (("check-worthy", "checkworthy"), ("detection", "detection")):
            ours, base = scores["claims"][key], scores["claims_baseline"][key]
            print(f"  {label:<13} {_fmt(ours)}  | F1 {base['f1']:.3f}")
        for key in ("level3_recall", "ndcg5", "type_accuracy", "claimant_accuracy"):
            print(f"  {key:<18} {scores['claims'][key]:.3f}  | "
                  f"{scores['claims_baseline'][key]:.3f}")
    return 0


def _print_quotes(scores: dict) -> None:
    print(f"quotes       {_fmt(scores['quotes'])}")
    for t, s in scores["per_type"].items():
        print(f"  {t:<10} {_fmt(s)}")
    print(f"speaker accuracy on matched quotes: {scores['speaker_accuracy']:.3f}; "
          f"clean-name rate of right speakers: {scores['clean_name_rate']:.3f}")
    print(f"end-to-end   {_fmt(scores['end_to_end'])}")
    if "counting_unlabelled" in scores:
        other = scores["counting_unlabelled"]
        print(f"counting predictions in unlabelled regions: quotes {_fmt(other['quotes'])}; "
              f"end-to-end F1 {other['end_to_end']['f1']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
