"""How Stanza's multi-word-token step and Kutip's clitic split compare on real news:
python scripts/mwt_check.py [DIR ...] (default: ../shared/eval/dev, dev2 and pfsa-dev).

Runs Stanza's tokenizer and its MWT step (dictionary, then the seq2seq model) over every
article and, for each token the tokenizer marks as more than one word, also Kutip's split
(service/nlp/multiword.py: the dictionary, then the clitic's spelling). Prints how many
tokens the dictionary splits, how many Stanza's model splits, how many of those the model
rewrote (its words do not spell the token), where Kutip and the model differ, and the most
frequent differences.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("STANZA_DIR", str(ROOT.parent / "shared" / "models" / "stanza"))

from service.nlp.multiword import split_clitic  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*",
                    default=[str(EVAL / name) for name in ("dev", "dev2", "pfsa-dev")])
    args = ap.parse_args()
    import stanza

    nlp = stanza.Pipeline("id", dir=os.environ["STANZA_DIR"], download_method=None,
                          processors="tokenize,mwt,pos", logging_level="WARN")
    trainer = nlp.processors["mwt"].trainer
    vocabulary = nlp.processors["pos"].pretrain.vocab
    counts: collections.Counter[str] = collections.Counter()
    differences: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for directory in args.dirs:
        for path in sorted(Path(directory).glob("*.txt")):
            doc = nlp.processors["mwt"].process(
                nlp.processors["tokenize"].process(path.read_text("utf-8")))
            for sentence in doc.sentences:
                for token in sentence.tokens:
                    if len(token.words) < 2 and "MWT=Yes" not in (token.misc or ""):
                        continue
                    model = " ".join(w.text for w in token.words)
                    if trainer.dict_expansion(token.text) is not None:
                        counts["dictionary"] += 1
                        continue
                    counts["model"] += 1
                    if model.replace(" ", "") != token.text:
                        counts["model rewrote the letters"] += 1
                    ours = split_clitic(token.text, lambda w: w in vocabulary)
                    if ours != model:
                        counts["Kutip differs from the model"] += 1
                        differences[(token.text.lower(), model.lower(), ours.lower())] += 1
    print(f"multi-word tokens: {counts['dictionary'] + counts['model']}")
    for key in ("dictionary", "model", "model rewrote the letters",
                "Kutip differs from the model"):
        print(f"  {key:<30} {counts[key]:6d}")
    print("most frequent differences (token: model | Kutip):")
    for (token, model, ours), n in differences.most_common(25):
        print(f"  {n:4d}  {token}: {model} | {ours}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
