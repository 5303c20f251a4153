"""What an answer depends on besides its text: the extraction code and the model files.

Both go into every answer's id (and its "model"), so after an upgrade of either no answer
computed by the previous one is served from the cache: the ids differ, and a stored value
whose model does not match is recomputed. Computed once per process, at start.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_SERVICE = Path(__file__).resolve().parent
# The code and data an answer is computed by: the NLP layer, the extraction stages with their
# lexicon and trained weights, and the orthography both read.
_ANSWER_CODE = ("extract", "nlp", "orthography.py")
_CHUNK = 1024 * 1024


def _digest(files: list[Path], root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()[:16]


@cache
def code_fingerprint() -> str:
    """A digest of every source and data file answers are computed by."""
    files: list[Path] = []
    for name in _ANSWER_CODE:
        path = _SERVICE / name
        if path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and p.suffix in {".py",
                                                                                   ".json"})
        else:
            files.append(path)
    return _digest(files, _SERVICE)


@cache
def models_fingerprint(model_dir: str) -> str:
    """A digest of the Stanza resources (resources.json and every model file under it)."""
    root = Path(model_dir)
    return _digest([p for p in root.rglob("*") if p.is_file()
                    and (p.name == "resources.json" or p.suffix == ".pt")], root)
