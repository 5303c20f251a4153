"""Where an uncached answer's time goes, by stage: python scripts/stage_profile.py [--dev DIR].

Runs Kutip in process (one torch thread, as a gunicorn worker does) on every dev article
under cProfile, then prints each stage's cumulative time and share: Stanza's tokeniser,
the multi-word-token split, part-of-speech, lemmas and dependency parse (the tree decoder
apart), building
the view, each extraction stage (direct quotes, reported speech, speakers, claims, claim
subjects), the answer dict and its JSON. A stage's time includes what it calls; the stages
do not nest in one another. Run it before and after a change to see what the change cost.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("STANZA_DIR", str(ROOT.parent / "shared" / "models" / "stanza"))

from service.eval import DEFAULT_DIR, load_gold  # noqa: E402

# (stage, file suffix, function name): the functions whose cumulative time is the stage's.
STAGES = (
    ("tokenise", "stanza/pipeline/tokenize_processor.py", "bulk_process"),
    ("multi-word tokens", "service/nlp/multiword.py", "expand_multiword"),
    ("part of speech", "stanza/pipeline/pos_processor.py", "process"),
    ("lemmas", "stanza/pipeline/lemma_processor.py", "process"),
    ("dependency parse", "stanza/pipeline/depparse_processor.py", "process"),
    ("  of it: tree decoder", "service/nlp/tree_decoder.py", "decode_one_root"),
    ("direct quotes", "service/extract/direct.py", "extract_direct"),
    ("reported speech", "service/extract/reported.py", "extract_reported"),
    ("speakers", "service/extract/speakers.py", "resolve_article"),
    ("claims", "service/extract/claims.py", "extract_claims"),
    ("claim subjects", "service/extract/subjects.py", "with_subjects"),
    ("answer dict", "service/extract/engine.py", "to_answer"),
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dev", default=str(DEFAULT_DIR))
    args = ap.parse_args(argv)
    from service.extract.engine import Engine
    from service.settings import Settings

    engine = Engine.from_settings(Settings.from_env(torch_threads=1))
    texts = [text for _, text in load_gold(Path(args.dev))]
    engine.run(texts[0])  # warm up: first calls allocate
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    for text in texts:
        json.dumps(engine.run(text), ensure_ascii=False, separators=(",", ":"))
    profiler.disable()
    total = time.perf_counter() - t0
    stats = pstats.Stats(profiler)
    cumulative: dict[tuple[str, str], float] = {}
    for (path, _line, name), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():
        key = (path.replace(os.sep, "/"), name)
        cumulative[key] = cumulative.get(key, 0.0) + ct
    print(f"{len(texts)} articles, {sum(map(len, texts)):,} characters, "
          f"{total:.2f} s under the profiler (one torch thread)")
    accounted = 0.0
    for stage, suffix, name in STAGES:
        seconds = sum(ct for (path, fn), ct in cumulative.items()
                      if fn == name and path.endswith(suffix))
        if not stage.startswith(" "):
            accounted += seconds
        print(f"  {stage:<24} {seconds:7.2f} s  {seconds / total:6.1%}")
    dumps = sum(ct for (path, fn), ct in cumulative.items()
                if fn == "dumps" and path.endswith("json/__init__.py"))
    accounted += dumps
    print(f"  {'answer JSON':<24} {dumps:7.2f} s  {dumps / total:6.1%}")
    rest = total - accounted
    print(f"  {'the rest (view, glue)':<24} {rest:7.2f} s  {rest / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
