"""GET /docs: a self-contained page that renders /openapi.json (no outside resources; its
script and style are files of its own, so the page works under a default-src 'self' CSP)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, send_from_directory

blp = Blueprint("docs", __name__)
_STATIC = Path(__file__).parent / "static"
_PAGE = (_STATIC / "docs.html").read_text("utf-8")
_ASSETS = {"docs.js": "text/javascript", "docs.css": "text/css"}


@blp.route("/docs", methods=["GET"])
def docs() -> Response:
    return Response(_PAGE, mimetype="text/html")


@blp.route("/docs/<any(docs.js, docs.css):name>", methods=["GET"])
def asset(name: str) -> Response:
    return send_from_directory(_STATIC, name, mimetype=_ASSETS[name], max_age=300)
