"""POST /v1/extract: article text in, the contract's answer out."""

from __future__ import annotations

import socket

from flask import Response, current_app, g, request
from flask_smorest import Blueprint

from service.api.body import read_extract_request
from service.api.errors import ApiError
from service.errors import BudgetExceeded, NotReady, OutOfMemory, OverCapacity
from service.schemas import ErrorSchema, ExtractResponseSchema

blp = Blueprint("extract", __name__, url_prefix="/v1", description="Quote extraction")

_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
        "text/plain": {"schema": {"type": "string", "minLength": 1},
                       "description": "The article text itself"},
    },
}


def _client_waits(environ: dict):
    """A check that the client's connection is still open (gunicorn hands the socket over);
    a request whose client hung up is not worth a parse."""
    sock = environ.get("gunicorn.socket")
    if sock is None:
        return None

    def still_there() -> bool:
        try:
            return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) != b""
        except BlockingIOError:
            return True
        except OSError:
            return False

    return still_there


_ERRORS = (
    (400, "Malformed body"),
    (401, "API key missing or wrong"),
    (413, "Body or text too large"),
    (415, "Unsupported content type or charset"),
    (422, "Invalid fields"),
    (429, "Rate limited; see Retry-After"),
    (503, "Not ready, overloaded (see Retry-After), or over the time or memory budget"),
    (504, "The time budget ran out"),
)


def error_responses(view):
    """The contract's error answers of an endpoint that answers an article, in the spec."""
    for status, description in reversed(_ERRORS):
        view = blp.alt_response(status, schema=ErrorSchema, description=description)(view)
    return view


@blp.route("/extract", methods=["POST"])
@blp.doc(summary="Extract quotes, speakers and claims", requestBody=_REQUEST_BODY)
@blp.alt_response(200, schema=ExtractResponseSchema, success=True, description="The answer")
@error_responses
def extract() -> Response:
    settings = current_app.config["KUTIP_SETTINGS"]
    fields = read_extract_request(request, settings.max_text_chars, settings.max_body_bytes)
    body, cached = answer_for(fields)
    resp = Response(body, mimetype="application/json")
    resp.headers["X-Kutip-Cache"] = "hit" if cached else "miss"
    return resp


def answer_for(fields: dict) -> tuple[str, bool]:
    """(answer JSON, cached) for validated request fields; the service's failures as the
    contract's errors. Shared by every endpoint that answers an article."""
    settings = current_app.config["KUTIP_SETTINGS"]
    answers = current_app.extensions["kutip.answers"]
    # The title does not change the answer (extraction reads the text only), so it is not
    # part of the answer's identity: the same text with another headline is a cache hit.
    options = {"language": fields["language"]}
    try:
        return answers.answer(fields["text"], options,
                              still_wanted=_client_waits(request.environ),
                              client=g.get("client_id"))
    except NotReady as exc:
        raise ApiError(503, "not_ready", str(exc), headers={"Retry-After": "5"}) from exc
    except OverCapacity as exc:
        raise ApiError(503, "overloaded", str(exc), {"retry_after": exc.retry_after},
                       headers={"Retry-After": str(exc.retry_after)}) from exc
    except OutOfMemory as exc:
        raise ApiError(503, "over_budget", str(exc),
                       {"memory_mb": settings.worker_max_memory_mb}) from exc
    except BudgetExceeded as exc:
        if exc.predicted:
            raise ApiError(503, "over_budget", str(exc),
                           {"budget_seconds": settings.extract_budget_seconds}) from exc
        raise ApiError(504, "timeout", str(exc),
                       {"budget_seconds": settings.extract_budget_seconds}) from exc
