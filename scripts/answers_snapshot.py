"""Answers of the eval sets, to show a change changes none: scripts/answers_snapshot.py OUT.

Writes one line per article (set, file, the answer without its id and timings) for dev, dev2
and PFSA-ID dev (or the --sets given). With --compare OLD it also prints how many answers
differ from OLD's and which, and exits 1 when any does. A refactoring is run before and after:

    python scripts/answers_snapshot.py /tmp/before.jsonl            # on the old commit
    python scripts/answers_snapshot.py /tmp/after.jsonl --compare /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("STANZA_DIR", str(ROOT.parent / "shared" / "models" / "stanza"))
EVAL = ROOT.parent / "shared" / "eval"
SETS = ("dev", "dev2", "pfsa-dev")
# Fields that differ between runs of the same code: the id follows the code's fingerprint.
VOLATILE = ("id", "timing_ms", "model", "cached")


def snapshot(sets: list[str]) -> dict[str, dict[str, object]]:
    sys.path.insert(0, os.getcwd())  # the checkout being measured, not necessarily this one
    from service.extract.engine import Engine
    from service.settings import Settings

    engine = Engine.from_settings(Settings.from_env(torch_threads=1))
    answers: dict[str, dict[str, object]] = {}
    for name in sets:
        for path in sorted((EVAL / name).glob("*.txt")):
            answer = engine.run(path.read_text(encoding="utf-8"))
            answers[f"{name}/{path.name}"] = {k: v for k, v in answer.items()
                                              if k not in VOLATILE}
    return answers


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args(argv)
    answers = snapshot(args.sets)
    with args.out.open("w", encoding="utf-8") as fh:
        for key, answer in answers.items():
            fh.write(json.dumps({"article": key, "answer": answer}, ensure_ascii=False,
                                sort_keys=True) + "\n")
    print(f"{len(answers)} answers written to {args.out}")
    if args.compare is None:
        return 0
    old = {}
    with args.compare.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            old[row["article"]] = row["answer"]
    changed = sorted(k for k in answers.keys() | old.keys()
                     if json.dumps(answers.get(k), sort_keys=True)
                     != json.dumps(old.get(k), sort_keys=True))
    total = len(answers.keys() | old.keys())
    print(f"{len(changed)} of {total} answers differ from {args.compare}")
    for key in changed:
        print("  ", key)
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
