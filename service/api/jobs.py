"""Batch jobs: POST /v1/jobs, GET /v1/jobs/{id}, GET /v1/jobs/{id}/results (paged JSON, or
NDJSON with Accept: application/x-ndjson). Same keys, limits and JSON errors as /v1/extract;
a job belongs to the key that created it (another key gets 404). Needs Redis."""

from __future__ import annotations

import contextlib
import json
import logging
import select
import socket

import marshmallow as ma
from flask import Response, current_app, g, request, stream_with_context
from flask_smorest import Blueprint

from service.api.body import as_text, decode_body, json_values_bound, read_body
from service.api.errors import ApiError
from service.errors import ArchiveUnavailable
from service.schemas import (
    ArticleItemSchema,
    ErrorSchema,
    JobResultsSchema,
    JobSchema,
)

log = logging.getLogger(__name__)
blp = Blueprint("jobs", __name__, url_prefix="/v1", description="Batch jobs over archives")
_ITEM = ArticleItemSchema()
_NDJSON = "application/x-ndjson"
DEFAULT_PAGE = 100
MAX_PAGE = 1000


# Values a job's JSON may hold per article before it is refused unparsed: an item has a
# handful of fields (id, text, title, url, and any a client adds).
VALUES_PER_ARTICLE = 64


def _queue():
    """The task module (job store, queueing), or 503 when there is no Redis for jobs."""
    settings = current_app.config["KUTIP_SETTINGS"]
    if not settings.jobs_redis:
        raise ApiError(503, "jobs_unavailable",
                       "batch jobs need Redis: this service runs without REDIS_URL")
    configured = current_app.extensions.get("kutip.tasks")
    if configured is None:
        from service.jobs import tasks

        tasks.configure(settings)
        configured = current_app.extensions["kutip.tasks"] = tasks
    return configured


def _redis_errors():
    import redis

    return (redis.RedisError, OSError)


def _unreachable(exc: Exception) -> ApiError:
    return ApiError(503, "jobs_unavailable",
                    "the job store (Redis) is unreachable; retry shortly",
                    {"reason": type(exc).__name__}, headers={"Retry-After": "5"})


def _owner() -> str:
    return g.get("client_id") or "anonymous"


def _validate(items: list, max_chars: int, archive: bool = False):
    """Articles to answer and rejected items (index, client id, error), item by item."""
    from service.jobs.store import Article

    accepted, rejected = [], []
    for index, item in enumerate(items):
        client_id = item.get("id") if isinstance(item, dict) and isinstance(
            item.get("id"), str) else str(index)
        if isinstance(item, dict):
            item = as_text(item)
        try:
            fields = _ITEM.load(item if isinstance(item, dict) else {"_": item})
        except ma.ValidationError as exc:
            rejected.append((index, client_id, {"code": "invalid_fields",
                                                "message": "this article is invalid",
                                                "details": {"fields": exc.messages}}))
            continue
        if len(fields["text"]) > max_chars:
            rejected.append((index, client_id, {
                "code": "text_too_long",
                "message": f"text is {len(fields['text'])} characters; the limit is {max_chars}",
                "details": {"limit": max_chars, "length": len(fields["text"])}}))
            continue
        published = fields.get("published")
        accepted.append(Article(index, fields["id"], fields["text"], fields["title"],
                                archive=archive, url=fields.get("url"),
                                outlet=fields.get("outlet"),
                                published=published.isoformat() if published else None))
    return accepted, rejected


def _read_job_request(settings) -> tuple[list, bool]:
    """The articles list of a job request and whether to archive them, measured before it
    is parsed; the same errors as /v1/extract for the same bad body."""
    if (request.mimetype or "") != "application/json":
        raise ApiError(415, "unsupported_media_type", "send application/json",
                       {"content_type": request.content_type or None})
    charset = request.mimetype_params.get("charset", "utf-8")
    text = decode_body(read_body(request, settings.max_job_bytes), charset)
    most = VALUES_PER_ARTICLE * settings.max_job_articles + VALUES_PER_ARTICLE
    if json_values_bound(text) > most:
        raise ApiError(413, "too_many_values",
                       f"the body holds more JSON values than {settings.max_job_articles} "
                       "articles can; split the job",
                       {"limit": most, "articles_limit": settings.max_job_articles})
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, "malformed_json", "the body is not valid JSON",
                       {"reason": str(exc)[:200]}) from exc
    items = payload.get("articles") if isinstance(payload, dict) else None
    if not isinstance(items, list) or not items:
        raise ApiError(422, "invalid_fields", "articles must be a non-empty list",
                       {"fields": {"articles": ["a non-empty list of {id, text, title?}"]}})
    if len(items) > settings.max_job_articles:
        raise ApiError(413, "too_many_articles",
                       f"{len(items)} articles; the limit is {settings.max_job_articles}",
                       {"limit": settings.max_job_articles, "length": len(items)})
    archive = payload.get("archive", False)
    if not isinstance(archive, bool):
        raise ApiError(422, "invalid_fields", "archive must be true or false",
                       {"fields": {"archive": ["not a boolean"]}})
    return items, archive


@blp.route("/jobs", methods=["POST"])
@blp.doc(summary="Queue a batch of articles", requestBody={"required": True, "content": {
    "application/json": {"schema": {"$ref": "#/components/schemas/JobRequest"}}}})
@blp.alt_response(202, schema=JobSchema, success=True,
                  description="Queued; Location is the job. Bad items are failed results.")
@blp.alt_response(400, schema=ErrorSchema, description="Malformed body")
@blp.alt_response(401, schema=ErrorSchema, description="API key missing or wrong")
@blp.alt_response(413, schema=ErrorSchema, description="Too many articles or bytes")
@blp.alt_response(429, schema=ErrorSchema,
                  description="This key's unfinished jobs are at its quota; see Retry-After")
@blp.alt_response(415, schema=ErrorSchema, description="Unsupported content type")
@blp.alt_response(422, schema=ErrorSchema, description="No articles list")
@blp.alt_response(503, schema=ErrorSchema, description="No Redis, or Redis unreachable")
def create_job() -> Response:
    from service.jobs.store import QuotaExceeded

    settings = current_app.config["KUTIP_SETTINGS"]
    tasks = _queue()
    items, archive = _read_job_request(settings)
    if archive and not settings.database_url:
        raise ArchiveUnavailable("archiving a job needs PostgreSQL: this service runs without "
                                 "DATABASE_URL")
    accepted, rejected = _validate(items, settings.max_text_chars, archive)
    del items
    try:
        store = tasks.store()
        job_id = store.create(_owner(), accepted, rejected)
        tasks.enqueue(job_id, [a.index for a in accepted])
        status = store.status(job_id, _owner())
    except QuotaExceeded as exc:
        raise ApiError(429, "job_quota_exceeded", str(exc),
                       {"quota": exc.what, "used": exc.used, "limit": exc.limit},
                       headers={"Retry-After": "60"}) from exc
    except _redis_errors() as exc:
        raise _unreachable(exc) from exc
    resp = Response(json.dumps(status), status=202, mimetype="application/json")
    resp.headers["Location"] = f"/v1/jobs/{job_id}"
    return resp


def _status(job_id: str) -> dict:
    """The job as its owner sees it; reading it also re-queues a stalled job's articles."""
    settings = current_app.config["KUTIP_SETTINGS"]
    tasks = _queue()
    store = tasks.store()
    try:
        status = store.status(job_id, _owner())
        if status is not None and status["status"] != "done":
            stranded = store.stalled(job_id, settings.job_stall_seconds,
                                     waiting=tasks.waiting_message_ids())
            if stranded:
                tasks.enqueue(job_id, stranded)
    except _redis_errors() as exc:
        raise _unreachable(exc) from exc
    if status is None:
        raise ApiError(404, "not_found", "no such job (or not yours)")
    return status


@blp.route("/jobs/<job_id>", methods=["GET"])
@blp.alt_response(200, schema=JobSchema, success=True, description="The job's progress")
@blp.alt_response(404, schema=ErrorSchema, description="No such job, or another key's")
@blp.alt_response(503, schema=ErrorSchema, description="No Redis, or Redis unreachable")
def get_job(job_id: str) -> Response:
    return Response(json.dumps(_status(job_id)), mimetype="application/json")


@blp.route("/jobs/<job_id>/results", methods=["GET"])
@blp.doc(summary="The answers in article order", parameters=[
    {"name": "cursor", "in": "query", "schema": {"type": "integer", "minimum": 0}},
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1,
                                                "maximum": MAX_PAGE}}])
@blp.alt_response(200, schema=JobResultsSchema, success=True,
                  description="A page of results up to the first article not answered yet; "
                              "with Accept: application/x-ndjson, one item a line")
@blp.alt_response(404, schema=ErrorSchema, description="No such job, or another key's")
@blp.alt_response(422, schema=ErrorSchema, description="Bad cursor or limit")
@blp.alt_response(503, schema=ErrorSchema, description="No Redis, or Redis unreachable")
def job_results(job_id: str) -> Response:
    settings = current_app.config["KUTIP_SETTINGS"]
    status = _status(job_id)
    store = _queue().store()
    try:
        cursor = int(request.args.get("cursor", 0))
        limit = int(request.args.get("limit", DEFAULT_PAGE))
    except ValueError as exc:
        raise ApiError(422, "invalid_fields", "cursor and limit must be integers") from exc
    if cursor < 0 or not 1 <= limit <= MAX_PAGE:
        raise ApiError(422, "invalid_fields", f"cursor >= 0 and 1 <= limit <= {MAX_PAGE}")
    page_bytes = settings.max_result_page_bytes
    if request.accept_mimetypes.best_match(["application/json", _NDJSON]) == _NDJSON:
        lines = _ndjson(store, job_id, cursor, page_bytes,
                        settings.stream_send_timeout_seconds)
        return Response(stream_with_context(lines), mimetype=_NDJSON)
    try:
        items, following = store.results(job_id, cursor, limit, page_bytes)
    except _redis_errors() as exc:
        raise _unreachable(exc) from exc
    # The stored items are our own JSON: joined as they are, never parsed and dumped again.
    body = ('{"job": ' + json.dumps(status) + ', "items": [' + ", ".join(items)
            + '], "next_cursor": ' + json.dumps(following) + "}")
    return Response(body, mimetype="application/json")


# A streamed answer goes out in pieces this large, each only once the reader has taken enough
# of the previous ones for the socket to accept more.
_PIECE_CHARS = 64 * 1024


def _wait_writable(sock, seconds: float) -> bool:
    poller = select.poll()
    poller.register(sock, select.POLLOUT)
    return bool(poller.poll(seconds * 1000))


def _ndjson(store, job_id: str, cursor: int, page_bytes: int, send_timeout: float):
    """Every answered result from cursor on, one a line, read from Redis a bounded page at a
    time. A reader that takes nothing for send_timeout seconds is cut off: the socket is shut
    down (so the server's lingering close returns at once) and its thread is free again."""
    sock = request.environ.get("gunicorn.socket")
    page_cursor: int | None = cursor
    while page_cursor is not None:
        items, page_cursor = store.results(job_id, page_cursor, MAX_PAGE, page_bytes)
        if not items:
            return
        text = "".join(item + "\n" for item in items)
        for start in range(0, len(text), _PIECE_CHARS):
            if sock is not None and not _wait_writable(sock, send_timeout):
                log.warning("NDJSON reader of job %s took nothing for %.0f s; cut off",
                            job_id, send_timeout)
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                return
            yield text[start:start + _PIECE_CHARS]
