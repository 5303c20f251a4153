"""The contract's JSON errors for everything: our own, Werkzeug's and the unexpected."""

from __future__ import annotations

import logging

from flask import Flask, Response, json
from werkzeug.exceptions import HTTPException

from service.errors import (
    ArchiveUnavailable,
    BudgetExceeded,
    Conflict,
    InvalidInput,
    NotFound,
    NotReady,
    OutOfMemory,
    OverCapacity,
    failure_of,
)

log = logging.getLogger(__name__)

# Machine-readable codes for Werkzeug's own errors.
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_fields",
    429: "rate_limited",
    503: "not_ready",
    504: "timeout",
}


class ApiError(Exception):
    """An error a client caused or must know about; becomes the contract's JSON error."""

    def __init__(self, status: int, code: str, message: str, details: dict | None = None,
                 headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.headers = headers or {}


def error_response(status: int, code: str, message: str, details: dict | None = None,
                   headers: dict | None = None) -> Response:
    body = json.dumps({"error": {"code": code, "message": message, "details": details or {}}})
    resp = Response(body, status=status, mimetype="application/json")
    for key, value in (headers or {}).items():
        resp.headers[key] = value
    return resp


def http_exception_response(exc: HTTPException) -> Response:
    status = exc.code or 500
    data = getattr(exc, "data", None) or {}
    details = {}
    if "messages" in data or "errors" in data:
        details["fields"] = data.get("errors") or data.get("messages")
    headers = {k: v for k, v in exc.get_headers() if k.lower() != "content-type"}
    description = data.get("message") or exc.description or exc.name
    if status == 429:
        description = f"rate limit exceeded ({description}); retry after the Retry-After seconds"
    return error_response(status, _HTTP_CODES.get(status, exc.name.lower().replace(" ", "_")),
                          description, details, headers)


def register(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        return http_exception_response(exc)

    def _domain_failure(exc: BaseException):
        # Under the worker's memory ceiling a request that needs more is refused, not failed:
        # the worker lives on and the next request is served.
        if isinstance(exc, (MemoryError, OutOfMemory)):
            log.error("allocation failed under the memory ceiling: %s", exc)
        settings = app.config["KUTIP_SETTINGS"]
        failure = failure_of(exc, budget_seconds=settings.extract_budget_seconds,
                             memory_mb=settings.worker_max_memory_mb)
        assert failure is not None  # registered for exactly the failures the table knows
        return error_response(failure.status, failure.code, failure.message, failure.details,
                              failure.headers)

    for failure_class in (NotReady, OverCapacity, OutOfMemory, MemoryError, BudgetExceeded,
                          ArchiveUnavailable, NotFound, InvalidInput, Conflict):
        app.register_error_handler(failure_class, _domain_failure)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled error")
        return error_response(500, "internal_error", "internal error; it has been logged")
