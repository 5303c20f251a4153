"""The command line: python -m service extract [--json] FILE|- [FILE ...]; models."""

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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m service")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract quotes from article files")
    ex.add_argument("--json", action="store_true", help="one contract JSON object a line")
    ex.add_argument("files", nargs="+", help="article text files, or - for stdin")
    sub.add_parser("models", help="download the official Stanza models into STANZA_DIR")
    args = ap.parse_args(argv)

    from service.errors import ModelsUnavailable
    from service.extract.engine import Engine
    from service.nlp.loader import download_models

    settings = Settings.from_env()
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
