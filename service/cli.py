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


def _import_factchecks(path: str, settings: Settings) -> int:
    """ClaimReview lines of a JSONL file into the archive, in batches, with progress; a bad
    line stops the import and names its line and field (what came before is stored)."""
    from tqdm import tqdm

    from service.archive.factchecks import InvalidClaimReview, parse_payload
    from service.archive.store import Archive

    archive = Archive(settings.database_url)
    batch: list = []
    new = stored = 0
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(tqdm(fh, unit=" lines", file=sys.stderr), 1):
                if not line.strip():
                    continue
                try:
                    batch.extend(parse_payload(json.loads(line)))
                except (ValueError, InvalidClaimReview) as exc:
                    print(f"error: {path}:{number}: {exc}", file=sys.stderr)
                    return 2
                if len(batch) >= 1000:
                    counts = archive.add_factchecks(batch)
                    new, stored, batch = new + counts["new"], stored + counts["stored"], []
        counts = archive.add_factchecks(batch)
    except OSError as exc:
        print(f"error: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    print(f"{stored + counts['stored']} fact-checks stored, {new + counts['new']} new",
          file=sys.stderr)
    return 0


def _date_or_none(value):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _archive_results(source, out, settings: Settings) -> int:
    """Every answered article of a batch into the archive (idempotent: stored ones are
    skipped by their text's hash)."""
    from service.archive.store import Archive
    from service.jobs.batch import read_articles

    archive = Archive(settings.database_url)
    articles = {str(a["id"]): a for a in read_articles(source)}
    new = 0
    batch: list = []
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            result = json.loads(line)
            article = articles.get(str(result.get("article")))
            if article is None or "answer" not in result:
                continue
            meta = {k: article.get(k) for k in ("title", "outlet", "url")}
            meta["published"] = _date_or_none(article.get("published"))
            batch.append((article["text"], result["answer"], meta))
            if len(batch) == 50:  # articles a transaction, each all or nothing
                new += sum(created for created, _ in archive.ingest_many(batch))
                batch = []
    return new + sum(created for created, _ in archive.ingest_many(batch))


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
    ba.add_argument("--archive", action="store_true",
                    help="also store each answer in the archive (DATABASE_URL)")
    db = sub.add_parser("db", help="the archive's schema (DATABASE_URL)")
    db.add_argument("action", choices=["upgrade", "current"],
                    help="upgrade: apply every migration; current: the revision applied")
    fc = sub.add_parser("factchecks", help="fact-checks into the archive")
    fc.add_argument("action", choices=["import"])
    fc.add_argument("file", help="JSONL: one ClaimReview a line (or one JSON-LD document)")
    wo = sub.add_parser("worker", help="run queue workers (Dramatiq) for batch jobs")
    wo.add_argument("--processes", type=int, default=1)
    wo.add_argument("--threads", type=int, default=1,
                    help="threads per process (the parse is CPU-bound: 1)")
    args = ap.parse_args(argv)

    from service.errors import ModelsUnavailable
    from service.extract.engine import Engine
    from service.nlp.loader import download_models

    settings = Settings.from_env()
    if args.command in {"db", "factchecks"}:
        if not settings.database_url:
            print("error: set DATABASE_URL to the archive's PostgreSQL", file=sys.stderr)
            return 2
        if args.command == "db":
            from service.archive import migrate

            (migrate.upgrade if args.action == "upgrade" else migrate.current)(
                settings.database_url)
            return 0
        return _import_factchecks(args.file, settings)
    if args.command == "worker":
        return _worker(args.processes, args.threads, settings)
    if args.command == "batch":
        from pathlib import Path

        from service.jobs.batch import run

        if args.archive and not settings.database_url:
            print("error: --archive needs DATABASE_URL", file=sys.stderr)
            return 2
        try:
            written = run(Path(args.source), Path(args.out), processes=args.processes,
                          queue=args.queue)
            if args.archive:
                stored = _archive_results(Path(args.source), Path(args.out), settings)
                print(f"{stored} new articles stored in the archive", file=sys.stderr)
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
