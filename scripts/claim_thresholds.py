"""What each check-worthiness threshold shows of the claims: python
scripts/claim_thresholds.py [DIR ...] (default: ../shared/eval/dev and dev2).

For the page's default threshold: at each threshold, the share of all predicted claims it
shows, the share of the gold's level 2-3 claims among those it shows, and the share of the
gold's level 2-3 claims (matched by CONTRACT.md's overlap rule) it shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import DEFAULT_DIR, load_claims, match  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8)


def main(argv: list[str]) -> int:
    from service.extract.engine import Engine

    dirs = [Path(d) for d in argv] or [DEFAULT_DIR, DEFAULT_DIR.parent / "dev2"]
    engine = Engine.from_settings()
    rows: list[tuple[float, int]] = []  # (checkworthy, matched gold level or 0)
    for directory in dirs:
        gold = load_claims(directory) or {}
        for path in sorted(directory.glob("*.txt")):
            claims = engine.run(path.read_text("utf-8"))["claims"]
            targets = gold.get(path.stem, [])
            pairs = dict(match(claims, targets))
            rows += [(c["checkworthy"], targets[pairs[i]]["checkworthy"] if i in pairs else 0)
                     for i, c in enumerate(claims)]
    wanted = sum(1 for _, level in rows if level >= 2)
    print(f"{len(rows)} claims predicted; {wanted} matched to gold level 2-3")
    for t in THRESHOLDS:
        shown = [level for score, level in rows if score >= t]
        good = sum(1 for level in shown if level >= 2)
        print(f"  {t:.2f}: shows {len(shown) / len(rows):.0%} of claims; "
              f"{good / max(1, len(shown)):.0%} of those are level 2-3; "
              f"{good / max(1, wanted):.0%} of the level 2-3 claims")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
