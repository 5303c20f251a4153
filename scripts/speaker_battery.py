"""Run the speaker batteries: python scripts/speaker_battery.py [FILE ...]

Each line of a battery is "expected speaker|text" (scripts/battery/README.md). Prints every
frame whose quotes do not all name the expected speaker (or, for "-", any quote found), and
the count right per file and in all. A diagnostic for kinds of wording, not a test: its
frames are in-sample for the rules written from them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from batteries import cases, run_files  # noqa: E402


def run(engine, path: Path) -> tuple[int, int]:
    right = total = 0
    for expected, text in cases(path):
        total += 1
        answer = engine.run(text, {"language": "id"})
        names = [q["speaker"]["name"] if q.get("speaker") else None for q in answer["quotes"]]
        good = not names if expected == "-" else bool(names) and all(n == expected for n in names)
        right += good
        if not good:
            print(f"  WRONG {expected!r} got {names} | {text[:140]}")
    return right, total


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "scripts" / "battery").glob("*.txt"))
    return run_files(files, run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
