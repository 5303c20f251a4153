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


def run(engine, path: Path) -> tuple[int, int]:
    right = total = 0
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expected, text = line.split("|", 1)
        text = text.replace("\\n", "\n")
        total += 1
        answer = engine.run(text, {"language": "id"})
        names = [q["speaker"]["name"] if q.get("speaker") else None for q in answer["quotes"]]
        good = not names if expected == "-" else bool(names) and all(n == expected for n in names)
        right += good
        if not good:
            print(f"  WRONG {expected!r} got {names} | {text[:140]}")
    return right, total


def main(argv: list[str]) -> int:
    from service.extract.engine import Engine

    files = [Path(a) for a in argv] or sorted((ROOT / "scripts" / "battery").glob("*.txt"))
    engine = Engine.from_settings()
    right = total = 0
    for path in files:
        r, t = run(engine, path)
        print(f"{path.name}: {r}/{t}")
        right, total = right + r, total + t
    print(f"all: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
