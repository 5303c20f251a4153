"""Run the claim batteries: python scripts/claim_battery.py [FILE ...]

Each line is "expected|sentence" (scripts/battery/claims/): a type (the first claim's type
must be it), "+" (a claim worth checking, checkworthy >= 0.5, must be found) or "-" (none may
be). The engine reads the sentence as the second paragraph of an article. Prints every
sentence that fails and the count right per file. A diagnostic for kinds of wording, not a
test: the wordings fixed from it are in-sample for it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from batteries import cases, run_files  # noqa: E402

from service.eval import WORTH  # noqa: E402

# A first paragraph before each sentence, so that it is not the article's first line (a
# headline when it lacks final punctuation).
LEAD = "Warga Desa Sukamaju menggelar rapat di balai desa pada Senin pagi.\n\n"


def run(engine, path: Path) -> tuple[int, int]:
    right = total = 0
    for expected, text in cases(path):
        total += 1
        claims = [c for c in engine.run(LEAD + text, {"language": "id"})["claims"]
                  if c["start"] >= len(LEAD)]
        worth = [c for c in claims if c["checkworthy"] >= WORTH]
        if expected in {"+", "-"}:
            got = "+" if worth else "-"
        else:
            got = claims[0]["type"] if claims else None
        right += got == expected
        if got != expected:
            print(f"  WRONG {expected!r} got {got!r} | {text[:140]}")
    return right, total


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((ROOT / "scripts" / "battery" / "claims").glob(
        "*.txt"))
    return run_files(files, run)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
