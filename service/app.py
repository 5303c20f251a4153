"""create_app(): settings, the OpenAPI extension, blueprints, JSON errors, the answer service.

The models load when the app is created; under gunicorn that is in each worker after the fork
(preload_app is off), because PyTorch's thread pools do not survive a fork.
"""

from __future__ import annotations

import logging
import time

from flask import Flask, g, request
from flask_smorest import Api

from service import __version__, logs
from service.answers import AnswerService
from service.api import (
    access,
    archive,
    claimreview,
    docs,
    errors,
    extract,
    factchecks,
    health,
    jobs,
    metrics,
    page,
    speakers,
    tracing,
)
from service.api.repeats import RepeatedRequests
from service.cache import make_cache
from service.schemas import (
    ArchiveRequestSchema,
    ArticleItemSchema,
    ClaimReviewRequestSchema,
    ErrorSchema,
    ExtractRequestSchema,
    JobRequestSchema,
)
from service.settings import Settings

log = logging.getLogger(__name__)
# On every response: the page and the docs load only Kutip's own files, may not be framed,
# and no response is content-sniffed or leaks the page address to other sites.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                               "form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


_SECURITY_ITEMS = tuple(SECURITY_HEADERS.items())


class SecurityHeaders:
    """WSGI middleware: each of SECURITY_HEADERS that a response does not set itself is added
    to the header list handed to the server. Four Headers.setdefault calls on every response
    cost a tenth of a cached answer's time in the app."""

    def __init__(self, wsgi_app) -> None:
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        def start(status, headers, exc_info=None):
            present = {name.lower() for name, _ in headers}
            headers.extend(item for item in _SECURITY_ITEMS if item[0].lower() not in present)
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start)


class KutipApi(Api):
    """flask-smorest's Api with the contract's error schema in the spec."""

    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error):
        return errors.http_exception_response(error)


def _engine_factory(settings: Settings):
    def build():
        from service.extract.engine import Engine

        return Engine.from_settings(settings)

    return build


def create_app(config: dict | None = None) -> Flask:
    """config may hold a "settings" Settings object and Flask config keys (tests use it)."""
    config = dict(config or {})
    settings = config.pop("settings", None) or Settings.from_env()
    logs.configure(settings.log_level)

    app = Flask(__name__)
    app.config.update(
        API_TITLE="Kutip",
        API_VERSION=__version__,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        MAX_CONTENT_LENGTH=settings.max_body_bytes,
        JSON_SORT_KEYS=False,
        KUTIP_SETTINGS=settings,
    )
    app.config.update(config)

    @app.before_request
    def _start() -> None:
        g.request_id = tracing.request_id(request.headers.get("X-Request-ID"))
        g.started = time.perf_counter()

    api = KutipApi(app)
    api.spec.components.schema("ExtractRequest", schema=ExtractRequestSchema)
    api.spec.components.schema("ClaimReviewRequest", schema=ClaimReviewRequestSchema)
    api.spec.components.schema("JobRequest", schema=JobRequestSchema)
    api.spec.components.schema("ArticleItem", schema=ArticleItemSchema)
    api.spec.components.schema("ArchiveRequest", schema=ArchiveRequestSchema)
    limiter = access.install(app, settings)
    if settings.rate_limit:
        # One budget per key (or client address) across every /v1 endpoint.
        per_client = limiter.shared_limit(settings.rate_limit, scope="v1")
        for blueprint in (extract.blp, claimreview.blp, jobs.blp, archive.blp, speakers.blp,
                          factchecks.blp):
            per_client(blueprint)
    api.register_blueprint(extract.blp)
    api.register_blueprint(claimreview.blp)
    api.register_blueprint(jobs.blp)
    api.register_blueprint(archive.blp)
    api.register_blueprint(speakers.blp)
    api.register_blueprint(factchecks.blp)
    api.register_blueprint(health.blp)
    app.register_blueprint(docs.blp)
    app.register_blueprint(page.blp)
    app.register_blueprint(metrics.blp)
    errors.register(app)

    answers = AnswerService(_engine_factory(settings), make_cache(settings),
                            wait_seconds=settings.extract_budget_seconds or 60.0,
                            budget_seconds=settings.extract_budget_seconds,
                            max_pending=settings.max_pending)
    app.extensions["kutip.answers"] = answers
    if not app.config.get("KUTIP_DEFER_LOAD"):
        answers.load()

    @app.after_request
    def _finish(response):
        response.headers["X-Request-ID"] = g.get("request_id", "")
        started = g.get("started")
        if started is not None:
            elapsed = time.perf_counter() - started
            response.headers["Server-Timing"] = tracing.server_timing(elapsed)
            route = request.url_rule.rule if request.url_rule else "unmatched"
            tracing.observe(route, request.method, response.status_code, elapsed)
        return response

    if not settings.rate_limit:
        # With rate limits on, every request must pass flask-limiter inside Flask.
        app.wsgi_app = RepeatedRequests(  # type: ignore[method-assign]
            app.wsgi_app, answers, app.extensions["kutip.gate"], settings.max_body_bytes)
    app.wsgi_app = SecurityHeaders(app.wsgi_app)  # type: ignore[method-assign]
    if settings.trusted_proxies > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = settings.trusted_proxies
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]  # Flask's documented way
            app.wsgi_app, x_for=n, x_proto=n, x_host=n)

    log.info("kutip ready" if answers.ready else "kutip started without models",
             extra={"cache": answers.cache.kind, "version": __version__})
    return app
