"""Kutip's benchmark: python scripts/bench.py [--dev DIR] [--runs 3] [--seconds 10]

Prints, from one run of this script (these machines are noisy, so only ratios and paired
figures mean much):
  (a) bare Stanza: its full Indonesian pipeline over every dev article, models loaded;
  (b) Kutip uncached: each article POSTed one by one to gunicorn (docker/gunicorn.conf.py)
      with Redis and an empty cache; the sum of latencies; ratio (b)/(a) per paired run, and
      the median; plus Kutip in-process, and dev end-to-end F1 selective vs full parse;
  (c) cached answers over HTTP at concurrency 1 and 16 (wrk when installed):
      requests/s and p50/p95/p99; and the same load on a bare Flask app under the same
      gunicorn configuration answering the same bytes (scripts/bare_flask.py), with the ratio;
  memory per gunicorn worker, and Kutip's time on 1k, 10k and 100k-character articles.
Each paired run measures (a) and (b) article by article, alternating, so drift in the
machine's speed hits both alike. The floor, Stanza's tokeniser alone over the same articles,
is measured in the same run and given as a ratio to (a).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.eval import DEFAULT_DIR, evaluate, load_gold  # noqa: E402
from service.serving import rss_mb  # noqa: E402
from tests.servers import Gunicorn  # noqa: E402


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]




def _flush(redis_url: str, prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    for key in client.scan_iter(match=prefix + "*"):
        client.delete(key)


def unseen(text: str, run: int) -> str:
    """text as no cache holds it: Redis is flushed between runs, but each gunicorn worker also
    keeps the answers it served (LOCAL_CACHE_MB), so every run sends the article with spaces
    of its own at the end (the same words, a new answer id)."""
    return text + " " * (run + 2)


def paired_runs(nlp, server: Gunicorn, texts: list[str], runs: int, redis_url: str,
                prefix: str) -> list[tuple[float, float]]:
    out = []
    session = requests.Session()
    for r in range(runs):
        _flush(redis_url, prefix)
        bare = kutip = 0.0
        for text in texts:
            t0 = time.perf_counter()
            nlp(text)
            bare += time.perf_counter() - t0
            t0 = time.perf_counter()
            resp = session.post(server.url + "/v1/extract", data=unseen(text, r).encode("utf-8"),
                                headers={"Content-Type": "text/plain; charset=utf-8"},
                                timeout=300)
            kutip += time.perf_counter() - t0
            body = resp.json()
            assert resp.status_code == 200 and body["cached"] is False, resp.text[:200]
        out.append((bare, kutip))
        print(f"  run {r + 1}: bare Stanza {bare:6.2f} s   Kutip over HTTP {kutip:6.2f} s   "
              f"ratio {kutip / bare:.3f}")
    return out


def wrk_bench(server: Gunicorn, texts: list[str], concurrency: int, seconds: int) -> dict:
    """Cached answers (all texts already in the cache), rotating over the texts."""
    script = Path(tempfile.mkdtemp()) / "post.lua"
    bodies = ",\n".join(json.dumps(json.dumps({"text": t})) for t in texts)
    script.write_text(
        "local bodies = {\n" + bodies + "\n}\nlocal i = 0\n"
        'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
        "request = function()\n  i = i % #bodies + 1\n"
        '  return wrk.format("POST", "/v1/extract", nil, bodies[i])\nend\n'
        "done = function(summary, latency, requests)\n"
        "  local e = summary.errors\n"
        '  io.write(string.format("JSON{\\"requests\\":%d,\\"errors\\":%d,\\"non2xx\\":%d,'
        '\\"seconds\\":%f,\\"p50\\":%f,\\"p95\\":%f,\\"p99\\":%f}\\n", summary.requests, '
        "e.connect + e.read + e.write + e.timeout, e.status, summary.duration / 1e6, "
        "latency:percentile(50) / 1000, latency:percentile(95) / 1000, "
        "latency:percentile(99) / 1000))\nend\n",
        encoding="utf-8",
    )
    threads = min(concurrency, 2)
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{concurrency}", f"-d{seconds}s", "-s", str(script),
         server.url],
        capture_output=True, text=True, timeout=seconds + 60,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("JSON"))
    stats = json.loads(line[4:])
    stats["rps"] = stats["requests"] / stats["seconds"]
    return stats


def python_bench(server: Gunicorn, texts: list[str], concurrency: int, seconds: int) -> dict:
    """Fallback without wrk: threads with requests (the client itself bounds the figures)."""
    import threading

    latencies: list[float] = []
    errors = [0]
    stop = time.monotonic() + seconds
    bodies = [json.dumps({"text": t}).encode() for t in texts]

    def loop(k: int) -> None:
        s = requests.Session()
        i = k
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            r = s.post(server.url + "/v1/extract", data=bodies[i % len(bodies)],
                       headers={"Content-Type": "application/json"}, timeout=30)
            latencies.append((time.perf_counter() - t0) * 1000)
            errors[0] += r.status_code != 200
            i += 1

    ts = [threading.Thread(target=loop, args=(k,)) for k in range(concurrency)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    elapsed = time.perf_counter() - t0
    return {"requests": len(latencies), "errors": 0, "non2xx": errors[0], "seconds": elapsed,
            "rps": len(latencies) / elapsed, "p50": _pct(latencies, 50),
            "p95": _pct(latencies, 95), "p99": _pct(latencies, 99)}


def tokeniser_floor(texts: list[str], runs: int) -> float:
    """The median over runs of Stanza's tokeniser alone over texts (seconds): the floor of
    any answer, which must at least find the words."""
    import stanza

    tok = stanza.Pipeline("id", dir=os.environ["STANZA_DIR"], download_method=None,
                          processors="tokenize", logging_level="WARN")
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for text in texts:
            tok(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bare_flask(server: Gunicorn, texts: list[str], tool, args) -> None:
    """The same cached load on a bare Flask app that answers each body with Kutip's bytes
    for it, under the same gunicorn configuration and worker count."""
    bodies = {json.dumps({"text": t}): requests.post(
        server.url + "/v1/extract", data=json.dumps({"text": t}),
        headers={"Content-Type": "application/json"}, timeout=300).text for t in texts}
    answers = Path(tempfile.mkdtemp()) / "answers.json"
    answers.write_text(json.dumps(bodies), encoding="utf-8")
    bare = Gunicorn({"BARE_ANSWERS": str(answers), "LOG_LEVEL": "warning"},
                    workers=args.workers,
                    app=("--pythonpath", "scripts", "bare_flask:create_app()")).start()
    try:
        print("\n(c') the same cached load on a bare Flask app answering the same bytes:")
        for c in (1, 16):
            ours = tool(server, texts, c, args.seconds)
            floor = tool(bare, texts, c, args.seconds)
            print(f"  concurrency {c:>2}: Kutip {ours['rps']:7.0f} req/s (p50 {ours['p50']:.2f} "
                  f"ms), bare Flask {floor['rps']:7.0f} req/s (p50 {floor['p50']:.2f} ms); "
                  f"Kutip / bare {ours['rps'] / floor['rps']:.3f}")
    finally:
        bare.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", default=str(DEFAULT_DIR))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seconds", type=int, default=10, help="duration of each cached load")
    ap.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2)))
    ap.add_argument("--skip-eval", action="store_true")
    args = ap.parse_args()

    os.environ.setdefault("STANZA_DIR", str(ROOT.parent / "shared" / "models" / "stanza"))
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
    texts = [text for _, text in load_gold(Path(args.dev))]
    torch_threads = os.environ.get("TORCH_THREADS", "1")
    print(f"Kutip benchmark: {len(texts)} articles ({sum(map(len, texts))} chars) from "
          f"{args.dev}; {os.cpu_count()} cores; gunicorn workers={args.workers}, "
          f"TORCH_THREADS={torch_threads}; bare Stanza with torch's default threads")

    import stanza
    import torch

    nlp = stanza.Pipeline("id", dir=os.environ["STANZA_DIR"], download_method=None,
                          processors="tokenize,mwt,pos,lemma,depparse", logging_level="WARN")
    print(f"bare Stanza: torch threads {torch.get_num_threads()}")
    for text in texts[:3]:
        nlp(text)

    prefix = f"bench-{uuid.uuid4().hex}:"
    server = Gunicorn({"REDIS_URL": redis_url, "CACHE_PREFIX": prefix,
                       "TORCH_THREADS": torch_threads, "LOG_LEVEL": "warning",
                       "RATE_LIMIT": "off"},  # measure serving, not the limiter
                      workers=args.workers).start()
    try:
        for text in texts[:2]:  # warm each worker's first call
            requests.post(server.url + "/v1/extract", json={"text": text + " "}, timeout=300)
        print("\n(a)/(b) uncached, paired runs over the dev articles:")
        pairs = paired_runs(nlp, server, texts, args.runs, redis_url, prefix)
        ratios = [k / b for b, k in pairs]
        print(f"  median ratio (b)/(a): {statistics.median(ratios):.3f}  "
              f"(runs: {', '.join(f'{r:.3f}' for r in ratios)})")
        floor = tokeniser_floor(texts, args.runs)
        print(f"  the floor, Stanza's tokeniser alone: {floor:.2f} s; ratio to (a) "
              f"{floor / statistics.median(b for b, _ in pairs):.3f}")
        per_article = []
        for text in texts:
            _flush(redis_url, prefix)
            t0 = time.perf_counter()
            requests.post(server.url + "/v1/extract", json={"text": unseen(text, args.runs)},
                          timeout=300)
            per_article.append((time.perf_counter() - t0) * 1000)
        print(f"  Kutip per article over HTTP (ms): p50 {_pct(per_article, 50):.0f}  "
              f"p95 {_pct(per_article, 95):.0f}  max {max(per_article):.0f}")

        print("\n(c) cached answers over HTTP (every article already cached):")
        for text in texts:
            requests.post(server.url + "/v1/extract", json={"text": text}, timeout=300)
        tool = wrk_bench if shutil.which("wrk") else python_bench
        for c in (1, 16):
            s = tool(server, texts, c, args.seconds)
            print(f"  concurrency {c:>2}: {s['rps']:7.0f} req/s  p50 {s['p50']:.2f} ms  "
                  f"p95 {s['p95']:.2f} ms  p99 {s['p99']:.2f} ms  "
                  f"({s['requests']} requests, {s['errors'] + s['non2xx']} errors, "
                  f"{'wrk' if tool is wrk_bench else 'python client'})")
        rss = [rss_mb(pid) for pid in server.worker_pids()]
        print(f"\nmemory per worker (RSS): {', '.join(f'{m:.0f} MB' for m in rss)}")
        bare_flask(server, texts, tool, args)
    finally:
        server.stop()
        _flush(redis_url, prefix)

    from service.extract.engine import Engine

    engine = Engine.from_settings()
    print("\nKutip in-process, uncached, by article length:")
    corpus = "\n\n".join(texts)
    for size in (1_000, 10_000, 100_000):
        text = (corpus * (size // len(corpus) + 1))[:size]
        t0 = time.perf_counter()
        engine.run(text)
        dt = time.perf_counter() - t0
        print(f"  {size:>7} chars: {dt * 1000:8.0f} ms  ({dt * 1e6 / size:.0f} ms per 1k chars)")

    if not args.skip_eval:
        selective, _ = evaluate(engine, Path(args.dev))
        full, _ = evaluate(Engine(engine.pipeline, parse_all=True), Path(args.dev))
        print("\ndev accuracy, selective parse vs full parse:")
        for name, s in (("selective", selective), ("full", full)):
            print(f"  {name:<9} quote F1 {s['quotes']['f1']:.3f}  "
                  f"end-to-end F1 {s['end_to_end']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
