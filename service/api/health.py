"""Liveness and readiness."""

from __future__ import annotations

from flask import current_app, jsonify
from flask_smorest import Blueprint

from service.schemas import HealthSchema, ReadySchema

blp = Blueprint("health", __name__, description="Health")


@blp.route("/healthz", methods=["GET"])
@blp.alt_response(200, schema=HealthSchema, success=True, description="The process lives")
def healthz():
    return jsonify({"status": "ok"})


@blp.route("/readyz", methods=["GET"])
@blp.alt_response(200, schema=ReadySchema, success=True,
                  description="Ready to answer (status degraded: the cache is unreachable)")
@blp.alt_response(503, schema=ReadySchema, description="Not ready; reason says why")
def readyz():
    answers = current_app.extensions["kutip.answers"]
    cache_ok = answers.cache.ping()
    reason = None
    if not answers.ready:
        reason = answers.error or "models are loading"
    elif not cache_ok:
        # Answers still work, uncached: ready, but say the cache is degraded.
        reason = f"{answers.cache.kind} cache unreachable; answering uncached"
    status = "not_ready" if not answers.ready else "ready" if cache_ok else "degraded"
    body = {"status": status, "models": answers.ready, "cache": answers.cache.kind,
            "cache_ok": cache_ok, "reason": reason}
    return jsonify(body), 200 if answers.ready else 503
