"""Load Kutip over HTTP: python scripts/load.py [--url URL] [--concurrency 32] [--seconds 60]

Without --url it starts gunicorn (docker/gunicorn.conf.py) against Redis (REDIS_URL, default
127.0.0.1:6379) with rate limits off, and stops it afterwards. The mix: dev articles, of which
--uncached (default 10%) are made unique so they miss the cache; the rest repeat and hit it.
Bounded in time (--seconds) and count (--max-requests). Prints requests, errors, shed
requests (503 overloaded with Retry-After: refused at once, not failed), status counts,
requests/s and latency p50/p95/p99 of the answered ones; --json prints them as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import DEFAULT_DIR, load_gold  # noqa: E402
from service.serving import rss_mb  # noqa: E402


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def run_load(url: str, texts: list[str], *, concurrency: int, seconds: float,
             max_requests: int, uncached: float, headers: dict | None = None) -> dict:
    latencies: list[float] = []
    shed_latencies: list[float] = []
    statuses: Counter = Counter()
    shed = [0]
    errors: Counter = Counter()
    lock = threading.Lock()
    count = [0]
    stop_at = time.monotonic() + seconds
    rng = random.Random(7)

    def worker() -> None:
        session = requests.Session()
        while time.monotonic() < stop_at:
            with lock:
                if count[0] >= max_requests:
                    return
                count[0] += 1
                text = rng.choice(texts)
                if rng.random() < uncached:
                    text = f"{text}\n\n(ref {uuid.uuid4().hex})"
            t0 = time.perf_counter()
            try:
                resp = session.post(url + "/v1/extract", json={"text": text}, timeout=120,
                                    headers=headers)
                status = resp.status_code
                # Shed: refused at once under load (503 overloaded, with Retry-After); the
                # client is told to come back, nothing failed.
                was_shed = status == 503 and "Retry-After" in resp.headers and \
                    resp.json().get("error", {}).get("code") == "overloaded"
            except (requests.RequestException, ValueError) as exc:
                with lock:
                    errors[type(exc).__name__] += 1
                continue
            elapsed = (time.perf_counter() - t0) * 1000
            with lock:
                statuses[status] += 1
                if was_shed:
                    shed[0] += 1
                    shed_latencies.append(elapsed)
                else:
                    latencies.append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 180)
    duration = time.perf_counter() - started
    total = sum(statuses.values()) + sum(errors.values())
    failed = sum(errors.values()) + sum(n for s, n in statuses.items() if s >= 500) - shed[0]
    answered = total - shed[0] - sum(errors.values())
    return {
        "requests": total, "errors": failed, "shed": shed[0], "statuses": dict(statuses),
        "answered_rps": round(answered / duration, 1) if duration else 0.0,
        "shed_p99_ms": round(_pct(shed_latencies, 99), 1),
        "exceptions": dict(errors), "seconds": round(duration, 2),
        "rps": round(total / duration, 1) if duration else 0.0,
        "p50_ms": round(_pct(latencies, 50), 1), "p95_ms": round(_pct(latencies, 95), 1),
        "p99_ms": round(_pct(latencies, 99), 1),
    }




def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url")
    ap.add_argument("--dev", default=str(DEFAULT_DIR))
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--max-requests", type=int, default=200_000)
    ap.add_argument("--uncached", type=float, default=0.10)
    ap.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2)))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    texts = [text for _, text in load_gold(Path(args.dev))]
    server = None
    url = args.url
    if url is None:
        from tests.servers import Gunicorn

        os.environ.setdefault("STANZA_DIR", str(ROOT.parent / "shared" / "models" / "stanza"))
        server = Gunicorn({"REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
                           "CACHE_PREFIX": f"load-{uuid.uuid4().hex}:", "RATE_LIMIT": "off"},
                          workers=args.workers).start()
        url = server.url
    try:
        stats = run_load(url, texts, concurrency=args.concurrency, seconds=args.seconds,
                         max_requests=args.max_requests, uncached=args.uncached)
        if server is not None:
            stats["worker_rss_mb"] = [round(rss_mb(pid)) for pid in server.worker_pids()]
    finally:
        if server is not None:
            server.stop()
    if args.json:
        print(json.dumps(stats))
    else:
        print(f"{stats['requests']} requests in {stats['seconds']} s ({stats['rps']} req/s), "
              f"concurrency {args.concurrency}, {args.uncached:.0%} uncached")
        print(f"errors: {stats['errors']}  shed: {stats['shed']} (p99 {stats['shed_p99_ms']} ms)"
              f"  answered: {stats['answered_rps']} req/s  statuses: {stats['statuses']}  "
              f"exceptions: {stats['exceptions']}")
        print(f"latency: p50 {stats['p50_ms']} ms  p95 {stats['p95_ms']} ms  "
              f"p99 {stats['p99_ms']} ms")
        if "worker_rss_mb" in stats:
            print(f"worker RSS after the run: {stats['worker_rss_mb']} MB")
    return 0 if stats["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
