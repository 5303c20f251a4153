"""Stanza's LSTMs run packed (torch's way) against one length at a time (Kutip's way):
python scripts/lstm_check.py [DIR ...] (default: ../shared/eval/dev).

Runs the full Stanza pipeline (every processor on every sentence, one torch thread) over each
article twice, alternating the two ways, and prints each LSTM's time both ways and their
ratio, and how many words' annotations (text, part of speech, features, lemma, head, relation)
or sentence breaks differ between the two runs. One run on a noisy machine: read the ratios.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("STANZA_DIR", str(ROOT.parent / "shared" / "models" / "stanza"))

from torch import nn  # noqa: E402

from service.eval import load_gold  # noqa: E402
from service.nlp import packed_lstm  # noqa: E402
from service.nlp.loader import load_pipeline  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def _annotations(doc) -> list[tuple]:
    return [(s.index, w.text, w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel)
            for s in doc.sentences for w in s.words]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", default=[str(EVAL / "dev")])
    args = ap.parse_args()
    pipeline = load_pipeline(os.environ["STANZA_DIR"], torch_threads=1)
    texts = [text for d in args.dirs for _, text in load_gold(Path(d))]
    seconds: dict[tuple[str, str], float] = collections.defaultdict(float)
    names = {}
    for processor, stage in pipeline.processors.items():
        model = getattr(getattr(stage, "_trainer", None), "model", None)
        if isinstance(model, nn.Module):
            for name, module in model.named_modules():
                if type(module) is nn.LSTM:
                    names[id(module)] = f"{processor}.{name}"
    way = ["torch"]

    def timed(lstm: nn.LSTM, *inputs):
        forward = nn.LSTM.forward if way[0] == "torch" else packed_lstm.forward_by_length
        start = time.perf_counter()
        result = forward(lstm, *inputs)
        seconds[(names[id(lstm)], way[0])] += time.perf_counter() - start
        return result

    for lstm in packed_lstm.lstms_of(pipeline):
        lstm.forward = partial(timed, lstm)  # type: ignore[method-assign]
    pipeline(texts[0])  # warm up
    differing = words = 0
    for text in texts:
        results = {}
        for name in ("torch", "by length"):
            way[0] = name
            results[name] = _annotations(pipeline(text))
        words += len(results["torch"])
        if results["torch"] != results["by length"]:
            differing += sum(a != b for a, b in zip(results["torch"], results["by length"],
                                                       strict=False))
            differing += abs(len(results["torch"]) - len(results["by length"]))
    print(f"{len(texts)} articles, {words:,} words; annotations that differ: {differing}")
    print(f"{'LSTM':<36} {'torch s':>8} {'by length s':>12} {'ratio':>6}")
    totals = {"torch": 0.0, "by length": 0.0}
    for name in sorted(set(names.values())):
        a, b = seconds[(name, "torch")], seconds[(name, "by length")]
        if a or b:
            totals["torch"] += a
            totals["by length"] += b
            print(f"{name:<36} {a:8.3f} {b:12.3f} {b / a if a else 0:6.2f}")
    print(f"{'all':<36} {totals['torch']:8.3f} {totals['by length']:12.3f} "
          f"{totals['by length'] / totals['torch']:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
