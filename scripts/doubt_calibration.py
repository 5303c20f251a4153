"""How well the page's doubt marks pick out wrong speakers: python
scripts/doubt_calibration.py [--rows FILE] [DIR ...] (default: ../shared/eval/dev and
pfsa-dev, direct quotes only on PFSA-ID, as its gold has them). --rows keeps the matched
quotes in FILE and reads them from there when it exists, to tally again without Stanza.

Each predicted quote that matches a gold quote (CONTRACT.md's overlap rule) and names a
speaker is marked right or wrong; the page's own doubtReasons (service/web/render.js, run
by node) then says which are doubtful, so the figures are those of the code the page runs:
the share of quotes marked, and the speaker accuracy of marked and unmarked quotes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import DEFAULT_DIR, evaluate, match, same_speaker  # noqa: E402

TALLY = """
import { readFileSync } from "node:fs";
import { doubtReasons } from "%s";
const rows = readFileSync(process.argv[2], "utf-8").trim().split("\\n").map(JSON.parse);
const out = {};
for (const r of rows) {
  const key = r.set;
  out[key] ??= { quotes: 0, marked: 0, markedRight: 0, unmarkedRight: 0, wrong: 0, wrongMarked: 0 };
  const t = out[key];
  const doubtful = doubtReasons(r.quote, r.speakers, r.text).length > 0;
  t.quotes++; t.marked += doubtful; t.wrong += !r.right; t.wrongMarked += doubtful && !r.right;
  if (doubtful) t.markedRight += r.right; else t.unmarkedRight += r.right;
}
console.log(JSON.stringify(out));
"""


def _write_rows(dirs: list[Path], rows: Path) -> None:
    from service.extract.engine import Engine

    engine = Engine.from_settings()
    with rows.open("w", encoding="utf-8") as fh:
        for directory in dirs:
            only = "direct" if "pfsa" in directory.name else None
            _, runs = evaluate(engine, directory, only_type=only, progress=True)
            for gold, answer, text in runs:
                for i, j in match(answer["quotes"], gold["quotes"]):
                    quote = answer["quotes"][i]
                    if not quote["speaker"]:
                        continue
                    right = same_speaker(quote["speaker"]["name"], gold["quotes"][j].get("speaker"))
                    fh.write(json.dumps({"set": directory.name, "quote": quote,
                                         "speakers": answer["speakers"], "text": text,
                                         "right": right}) + "\n")


def main(argv: list[str]) -> int:
    kept = None
    if argv[:1] == ["--rows"]:
        kept, argv = Path(argv[1]), argv[2:]
    dirs = [Path(d) for d in argv] or [DEFAULT_DIR, DEFAULT_DIR.parent / "pfsa-dev"]
    with tempfile.TemporaryDirectory() as tmp:
        rows = kept or Path(tmp) / "rows.jsonl"
        if not rows.exists():
            _write_rows(dirs, rows)
        script = Path(tmp) / "tally.mjs"
        script.write_text(TALLY % (ROOT / "service" / "web" / "render.js").as_uri(), "utf-8")
        tallies = json.loads(subprocess.run(["node", str(script), str(rows)], check=True,
                                            capture_output=True, text=True).stdout)
    for name, t in tallies.items():
        unmarked = t["quotes"] - t["marked"]
        print(f"{name}: {t['marked']} of {t['quotes']} attributed quotes marked doubtful "
              f"({t['marked'] / t['quotes']:.1%}); speaker right in "
              f"{t['markedRight'] / max(1, t['marked']):.1%} of marked, "
              f"{t['unmarkedRight'] / max(1, unmarked):.1%} of unmarked; "
              f"{t['wrongMarked']} of {t['wrong']} wrong speakers marked")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
