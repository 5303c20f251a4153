"""GET /: the page for journalists, and /ui/<file>: its own static files (no outside
resources, no build step)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_from_directory

WEB = Path(__file__).resolve().parent.parent / "web"
_SERVED = {"index.html", "app.js", "api.js", "archive.js", "history.js", "language.js", "render.js",
           "strings.js",
           "view/claims.js", "view/speakers.js", "view/text.js", "style.css", "favicon.svg"}

blp = Blueprint("page", __name__)


@blp.route("/", methods=["GET"])
def index():
    return send_from_directory(WEB, "index.html", mimetype="text/html", max_age=300)


@blp.route("/ui/settings.json", methods=["GET"])
def settings():
    """The limits the page says before it sends: the longest article the service takes."""
    limits = current_app.config["KUTIP_SETTINGS"]
    return jsonify({"max_text_chars": limits.max_text_chars})


@blp.route("/ui/<path:name>", methods=["GET"])
def asset(name: str):
    if name not in _SERVED:
        abort(404)
    mimetype = {"js": "text/javascript", "css": "text/css", "html": "text/html",
                "svg": "image/svg+xml"}[
        name.rsplit(".", 1)[1]]
    return send_from_directory(WEB, name, mimetype=mimetype, max_age=300)
