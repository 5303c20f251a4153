"""Worker memory after real work: python scripts/bench_memory.py [--articles 300]

Starts gunicorn (docker/gunicorn.conf.py, one worker, the in-process cache off by a fresh
Redis prefix) and POSTs the dev articles and then PFSA-ID dev's, each uncached, one by one,
then prints the worker's RSS before and after, and the time the articles took (each
article new to the process, so costs paid per new shape of a tensor show). Run it at two
commits (a git worktree of the older one beside this one) in one sitting to compare them;
RSS depends on the machine and on which articles a worker parsed, so only such pairs mean
much.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import DEFAULT_DIR  # noqa: E402
from service.serving import rss_mb  # noqa: E402
from tests.servers import Gunicorn  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    os.environ.setdefault("STANZA_DIR", str(ROOT.parent / "shared" / "models" / "stanza"))
    texts = [p.read_text("utf-8") for d in (DEFAULT_DIR, DEFAULT_DIR.parent / "pfsa-dev")
             for p in sorted(d.glob("*.txt"))][: args.articles]
    server = Gunicorn({"REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
                       "CACHE_PREFIX": f"bench-memory-{uuid.uuid4().hex}:",
                       "LOG_LEVEL": "warning", "RATE_LIMIT": "off"}, workers=1).start()
    try:
        [worker] = server.worker_pids()
        before = rss_mb(worker)
        failed = 0
        started = time.perf_counter()
        for text in texts:
            got = requests.post(server.url + "/v1/extract", json={"text": text}, timeout=300)
            failed += got.status_code != 200
        seconds = time.perf_counter() - started
        after = rss_mb(worker)
    finally:
        server.stop()
    print(f"{len(texts)} uncached articles ({failed} not answered 200): worker RSS "
          f"{before:.0f} MB after start, {after:.0f} MB after the articles; {seconds:.1f} s "
          "for the articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
