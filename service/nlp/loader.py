"""Load Stanza's Indonesian pipeline once per process, offline, from STANZA_DIR.

Downloading is a separate, explicit step (``download_models``) used by the Docker build and
``make models``; loading never reaches the network (``download_method=None``).
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from service.errors import ModelsUnavailable

log = logging.getLogger(__name__)

LANG = "id"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse"


def _how_to_get(model_dir: str) -> str:
    return (
        f"Stanza Indonesian models not found or unusable in {model_dir!r}. "
        "Set STANZA_DIR to a Stanza resources directory (for tests: ../shared/models/stanza), "
        "or download the official models with `make models` "
        "(STANZA_DOWNLOAD=1 python -m service models)."
    )


def download_models(model_dir: str) -> None:
    """Fetch the official Indonesian models into model_dir (needs the internet)."""
    import stanza

    Path(model_dir).mkdir(parents=True, exist_ok=True)
    stanza.download(LANG, model_dir=model_dir, processors=PROCESSORS, logging_level="INFO")


def _set_torch_threads(threads: int) -> None:
    """Bound torch's intra-op pool: CPU-bound workers sharing cores must not oversubscribe."""
    if threads <= 0:
        return
    import torch

    torch.set_num_threads(threads)
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))


def load_pipeline(model_dir: str, *, download: bool = False, torch_threads: int = 1,
                  lemma_model: bool = False):
    """Return a stanza.Pipeline for Indonesian, raising ModelsUnavailable with advice.
    lemma_model=False lemmatises by the model's dictionary alone (Stanza's lemma_dict_only):
    Kutip reads lemmas of speech verbs, which the dictionary holds, and the seq2seq model
    for unknown words was a tenth of an uncached answer's time."""
    resources = Path(model_dir) / "resources.json"
    if not resources.is_file():
        if download:
            log.info("downloading Stanza models into %s", model_dir)
            download_models(model_dir)
        else:
            raise ModelsUnavailable(_how_to_get(model_dir))
    _set_torch_threads(torch_threads)
    import stanza

    from service.nlp import arc_labels, tree_decoder

    tree_decoder.install()
    arc_labels.install()

    try:
        return stanza.Pipeline(
            LANG,
            dir=model_dir,
            processors=PROCESSORS,
            download_method=None,
            logging_level="WARN",
            use_gpu=False,
            lemma_dict_only=not lemma_model,
        )
    except Exception as exc:  # stanza raises many kinds for a broken directory
        raise ModelsUnavailable(f"{_how_to_get(model_dir)} ({type(exc).__name__}: {exc})") from exc


_lock = threading.Lock()
_cache: dict[tuple[str, int, bool], object] = {}


def shared_pipeline(model_dir: str, *, download: bool = False, torch_threads: int = 1,
                    lemma_model: bool = False):
    """The process-wide pipeline for model_dir, loaded on first use."""
    key = (str(Path(model_dir).resolve()), torch_threads, lemma_model)
    with _lock:
        if key not in _cache:
            _cache[key] = load_pipeline(model_dir, download=download, torch_threads=torch_threads,
                                        lemma_model=lemma_model)
        return _cache[key]


def stanza_version() -> str:
    import stanza

    return stanza.__version__
