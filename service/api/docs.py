"""GET /docs: a self-contained page that renders /openapi.json (no outside resources)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response

blp = Blueprint("docs", __name__)
_PAGE = (Path(__file__).parent / "static" / "docs.html").read_text("utf-8")


@blp.route("/docs", methods=["GET"])
def docs() -> Response:
    return Response(_PAGE, mimetype="text/html")
