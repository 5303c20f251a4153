"""Batch throughput: python scripts/bench_jobs.py [--articles 300]

Prints, from one run on this machine: a job of N uncached articles (the dev articles
repeated, each made unique by a marker) answered by 1 queue worker and by 2, in articles per
second (models already loaded: each worker answers a warm-up article first), their ratio, the
CLI's `batch --processes 2` rate (model loading included), and articles per hour per core.
Needs Redis (REDIS_URL, default 127.0.0.1:6379; a key prefix of its own, removed after).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import DEFAULT_DIR, load_gold  # noqa: E402
from tests.servers import Worker  # noqa: E402


def _articles(n: int, marker: str) -> list[dict]:
    texts = [t for _, t in load_gold(DEFAULT_DIR)]
    return [{"id": f"b{k}", "text": f"{texts[k % len(texts)]}\n\n(arsip {marker} {k})"}
            for k in range(n)]


def _job_rate(env: dict, workers: int, n: int) -> float:
    os.environ.update(env)
    from service.jobs import tasks
    from service.jobs.store import Article

    store = tasks.store()
    pool = [Worker(env).start() for _ in range(workers)]
    try:
        warm = _articles(workers * 2, f"warm-{uuid.uuid4().hex}")
        job = store.create("bench", [Article(k, a["id"], a["text"]) for k, a in enumerate(warm)],
                           [])
        tasks.enqueue(job, list(range(len(warm))))
        while store.status(job, "bench")["status"] != "done":
            time.sleep(0.2)
        items = _articles(n, uuid.uuid4().hex)
        started = time.perf_counter()
        job = store.create("bench", [Article(k, a["id"], a["text"])
                                     for k, a in enumerate(items)], [])
        tasks.enqueue(job, list(range(n)))
        while store.status(job, "bench")["status"] != "done":
            time.sleep(0.2)
        return n / (time.perf_counter() - started)
    finally:
        for w in pool:
            w.stop()


def _cli_rate(env: dict, n: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n"
                                  for a in _articles(n, uuid.uuid4().hex)))
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "service", "batch", str(source), "-o", str(out),
                        "--processes", "2"], cwd=ROOT, env=env, check=True,
                       stderr=subprocess.DEVNULL)
        return n / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args(argv)
    prefix = f"bench-jobs-{uuid.uuid4().hex}:"
    env = {**os.environ, "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
           "CACHE_PREFIX": prefix, "LOG_LEVEL": "warning",
           "STANZA_DIR": os.environ.get("STANZA_DIR",
                                        str(ROOT.parent / "shared" / "models" / "stanza"))}
    cores = os.cpu_count() or 1
    print(f"Batch benchmark: {args.articles} uncached dev articles, {cores} cores")
    try:
        one = _job_rate(env, 1, args.articles)
        print(f"  queue, 1 worker:   {one:6.2f} articles/s")
        two = _job_rate(env, 2, args.articles)
        print(f"  queue, 2 workers:  {two:6.2f} articles/s   ratio {two / one:.2f}x")
        cli = _cli_rate(env, args.articles)
        print(f"  batch --processes 2 (model loading included): {cli:6.2f} articles/s")
        print(f"  articles per hour per core (2 workers): {two * 3600 / min(2, cores):,.0f}")
    finally:
        import redis

        client = redis.Redis.from_url(env["REDIS_URL"])
        for key in client.scan_iter(match=prefix + "*"):
            client.delete(key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
