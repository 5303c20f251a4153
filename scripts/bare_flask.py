"""The floor for cached answers: a bare Flask app under the same gunicorn configuration,
answering POST /v1/extract with the bytes Kutip's cache holds for that body (read from
BARE_ANSWERS, a JSON object of request body -> answer), with no checks, no envelope, no
metrics and no logging. scripts/bench.py serves it beside Kutip and prints the ratio of
their cached requests per second."""

from __future__ import annotations

import json
import os

from flask import Flask, Response, request


def create_app() -> Flask:
    with open(os.environ["BARE_ANSWERS"], encoding="utf-8") as fh:
        answers = {body.encode("utf-8"): answer.encode("utf-8")
                   for body, answer in json.load(fh).items()}
    app = Flask(__name__)

    @app.post("/v1/extract")
    def extract() -> Response:
        return Response(answers.get(request.get_data(), b"{}"), mimetype="application/json")

    @app.get("/healthz")
    def healthz() -> Response:
        return Response(b'{"status": "ok"}', mimetype="application/json")

    return app
