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


def _jobs_state(settings) -> str:
    """off (no Redis for jobs), ok, evictable (its Redis may drop job keys), unreachable."""
    if not settings.jobs_redis:
        return "off"
    import redis

    from service.jobs import tasks

    tasks.configure(settings)
    try:
        return "ok" if tasks.store().safe_from_eviction() else "evictable"
    except (redis.RedisError, OSError):
        return "unreachable"


@blp.route("/readyz", methods=["GET"])
@blp.alt_response(200, schema=ReadySchema, success=True,
                  description="Ready to answer (status degraded: the cache is unreachable)")
@blp.alt_response(503, schema=ReadySchema, description="Not ready; reason says why")
def readyz():
    answers = current_app.extensions["kutip.answers"]
    cache_ok = answers.cache.ping()
    jobs = _jobs_state(current_app.config["KUTIP_SETTINGS"])
    reason = None
    if not answers.ready:
        reason = answers.error or "models are loading"
    elif not cache_ok:
        # Answers still work, uncached: ready, but say the cache is degraded.
        reason = f"{answers.cache.kind} cache unreachable or full; answering uncached"
    elif jobs == "evictable":
        reason = ("the jobs' Redis may evict keys when full (maxmemory-policy is not "
                  "noeviction): queued jobs could be lost")
    elif jobs == "unreachable":
        reason = "the jobs' Redis is unreachable; batch jobs answer 503"
    healthy = cache_ok and jobs in ("ok", "off")
    status = "not_ready" if not answers.ready else "ready" if healthy else "degraded"
    body = {"status": status, "models": answers.ready, "cache": answers.cache.kind,
            "cache_ok": cache_ok, "jobs": jobs, "reason": reason}
    return jsonify(body), 200 if answers.ready else 503
