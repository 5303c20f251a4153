"""The command line: python -m service extract [--json] FILE|- [FILE ...]; models; batch IN -o
OUT [--processes N | --queue]; worker [--processes N]."""

from __future__ import annotations

import argparse
import json
import sys

from service.settings import Settings


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def format_plain(answer: dict, name: str) -> str:
    lines = [f"# {name}: {len(answer['quotes'])} quotes, {len(answer['speakers'])} speakers"]
    roles = {s["id"]: ", ".join(s["roles"]) for s in answer["speakers"]}
    for q in answer["quotes"]:
        sp = q["speaker"]
        who = sp["name"] if sp else "(unknown)"
        role = f" ({roles[sp['id']]})" if sp and roles.get(sp["id"]) else ""
        lines.append(f"[{q['type']}] {who}{role}: {q['text']}")
    if answer["claims"]:
        lines.append("claims:")
        for c in answer["claims"][:10]:
            lines.append(f"  {c['checkworthy']:.2f}  {c['text']}")
    return "\n".join(lines)


def _worker(processes: int, threads: int, settings: Settings) -> int:
    """processes Dramatiq commands of one process each on the task module, with Kutip's
    settings in the environment, kept alive by the supervisor (a dead one is replaced)."""
    import logging
    import os

    from service.jobs.supervisor import Supervisor

    if not settings.jobs_redis:
        print("error: workers need REDIS_URL (or JOBS_REDIS_URL)", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(message)s")
    command = [sys.executable, "-m", "dramatiq", "service.jobs.tasks",
               "--processes", "1", "--threads", str(threads)]
    env = dict(os.environ)
    # One message at a time per thread: an article is minutes of CPU at most, so prefetching
    # gains nothing, and a prefetched message is one more a Redis outage could strand.
    env.setdefault("dramatiq_queue_prefetch", str(threads))
    if settings.worker_metrics_port:
        import tempfile

        # Dramatiq's Prometheus middleware reads these (lower-case) names at its import; the
        # pool's processes share one directory, so one port serves all their samples.
        env["dramatiq_prom_port"] = str(settings.worker_metrics_port)
        env.setdefault("dramatiq_prom_db", tempfile.mkdtemp(prefix="kutip-worker-metrics-"))
    # Only the first place serves the port (a second server could not bind it and would take
    # its process down); every place writes its samples to the shared directory.
    return Supervisor(command, processes, env, slot_env=lambda n: {
        "KUTIP_SERVE_WORKER_METRICS": "1" if n == 0 else "0"}).run()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m service")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract quotes from article files")
    ex.add_argument("--json", action="store_true", help="one contract JSON object a line")
    ex.add_argument("files", nargs="+", help="article text files, or - for stdin")
    sub.add_parser("models", help="download the official Stanza models into STANZA_DIR")
    ba = sub.add_parser("batch", help="answer a JSONL file (or a folder of .txt) of articles")
    ba.add_argument("source", help="JSONL of {id, text, title?}, or a folder of .txt files")
    ba.add_argument("-o", "--out", required=True, help="JSONL out; ids already in it are skipped")
    how = ba.add_mutually_exclusive_group()
    how.add_argument("--processes", type=int, default=1, help="local processes (default 1)")
    how.add_argument("--queue", action="store_true",
                     help="through the task queue (REDIS_URL; workers must be running)")
    wo = sub.add_parser("worker", help="run queue workers (Dramatiq) for batch jobs")
    wo.add_argument("--processes", type=int, default=1)
    wo.add_argument("--threads", type=int, default=1,
                    help="threads per process (the parse is CPU-bound: 1)")
    args = ap.parse_args(argv)

    from service.errors import ModelsUnavailable
    from service.extract.engine import Engine
    from service.nlp.loader import download_models

    settings = Settings.from_env()
    if args.command == "worker":
        return _worker(args.processes, args.threads, settings)
    if args.command == "batch":
        from pathlib import Path

        from service.jobs.batch import run

        try:
            written = run(Path(args.source), Path(args.out), processes=args.processes,
                          queue=args.queue)
        except KeyboardInterrupt:
            print("interrupted; the output holds every finished article, run again to resume",
                  file=sys.stderr)
            return 130
        print(f"{written} articles answered into {args.out}", file=sys.stderr)
        return 0
    if args.command == "models":
        download_models(settings.stanza_dir)
        print(f"models in {settings.stanza_dir}")
        return 0
    try:
        engine = Engine.from_settings(settings)
    except ModelsUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path in args.files:
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"error: cannot read {path}: {exc}", file=sys.stderr)
            return 2
        answer = engine.run(text)
        if args.json:
            print(json.dumps(answer, ensure_ascii=False))
        else:
            print(format_plain(answer, path))
    return 0
