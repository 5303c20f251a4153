"""Batch runs from files: JSONL of {"id", "text", "title"?} (or a folder of .txt, the file
name its id) in, JSONL of {"article": id, "answer"|"error"} out, in input order.

Locally with --processes N (each process loads the models once), or through the queue
(--queue: a job in Redis that running workers answer). Resumable: ids already in OUT are
skipped, and every line is written whole and flushed, so Ctrl-C leaves OUT valid.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from service.settings import Settings


def read_articles(source: Path) -> Iterator[dict[str, Any]]:
    """Articles of a JSONL file or a folder of .txt files."""
    if source.is_dir():
        for path in sorted(source.glob("*.txt")):
            yield {"id": path.stem, "text": path.read_text("utf-8")}
        return
    with open(source, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                item = json.loads(line)
                item.setdefault("id", str(n))
                yield item


def done_ids(out: Path) -> set[str]:
    """Ids already answered in out; a last line cut short by a crash is ignored."""
    if not out.exists():
        return set()
    ids = set()
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            try:
                ids.add(json.loads(line)["article"])
            except (ValueError, KeyError):
                continue
    return ids


_engine = None


def _init_worker() -> None:
    global _engine
    from service.extract.engine import Engine

    _engine = Engine.from_settings()


def answer_one(item: dict[str, Any]) -> dict[str, Any]:
    """The output line of one article, computed in this process."""
    from service.errors import BudgetExceeded

    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return {"article": item["id"], "error": {"code": "invalid_fields",
                                                  "message": "text must not be blank"}}
    try:
        assert _engine is not None, "the process's engine is loaded by its initializer"
        answer = _engine.run(text, {"language": "id"},
                             deadline=None)
    except BudgetExceeded as exc:
        return {"article": item["id"], "error": {"code": "over_budget", "message": str(exc)}}
    answer.pop("cached", None)
    answer.pop("timing_ms", None)
    return {"article": item["id"], "answer": answer}


def _write(fh: TextIO, line: dict[str, Any]) -> None:
    fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    fh.flush()


def run_local(items: list[dict[str, Any]], out: Path, processes: int) -> int:
    with open(out, "a", encoding="utf-8") as fh, tqdm(total=len(items), unit="article") as bar:
        if processes <= 1:
            _init_worker()
            for item in items:
                _write(fh, answer_one(item))
                bar.update()
            return len(items)
        ctx = multiprocessing.get_context("spawn")  # torch's pools do not survive a fork
        with ctx.Pool(processes, initializer=_init_worker) as pool:
            for line in pool.imap(answer_one, items, chunksize=1):
                _write(fh, line)
                bar.update()
    return len(items)


def run_queued(items: list[dict[str, Any]], out: Path, settings: Settings,
               poll: float = 0.5) -> int:
    """Through the queue: one job for the articles, answered by running workers."""
    from service.jobs import tasks
    from service.jobs.store import Article

    store = tasks.store()
    articles = [Article(k, it["id"], it.get("text", ""), it.get("title"))
                for k, it in enumerate(items)]
    job_id = store.create("cli", articles, [])
    tasks.enqueue(job_id, [a.index for a in articles])
    cursor = 0
    with open(out, "a", encoding="utf-8") as fh, \
            tqdm(total=len(items), unit="article", desc=f"job {job_id[:8]}") as bar:
        while cursor is not None and cursor < len(items):
            page, following = store.results(job_id, cursor, 1000)
            for raw in page:
                line = json.loads(raw)
                line.get("answer", {}).pop("timing_ms", None)
                _write(fh, line)
                bar.update()
            if page:
                if following is None:
                    break
                cursor = following
            if not page:
                stranded = store.stalled(job_id, settings.job_stall_seconds,
                                         waiting=tasks.waiting_message_ids())
                if stranded:
                    tasks.enqueue(job_id, stranded)
                time.sleep(poll)
    return len(items)


def run(source: Path, out: Path, *, processes: int = 1, queue: bool = False) -> int:
    seen = done_ids(out)
    items = [it for it in read_articles(source) if str(it.get("id")) not in seen]
    for it in items:
        it["id"] = str(it["id"])
    if not items:
        return 0
    if queue:
        return run_queued(items, out, Settings.from_env())
    return run_local(items, out, processes)
