"""Answering an article at the edge, shared by every blueprint that does (/v1/extract,
/v1/claimreview): the answer service behind the request, whether the client still waits, and
the error answers such an endpoint documents."""

from __future__ import annotations

import socket

from flask import current_app, g, request
from flask_smorest import Blueprint

from service.answers import Answer
from service.schemas import ErrorSchema


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


def error_responses(blp: Blueprint):
    """The contract's error answers of an endpoint of blp that answers an article, in the
    spec."""
    def document(view):
        for status, description in reversed(_ERRORS):
            view = blp.alt_response(status, schema=ErrorSchema, description=description)(view)
        return view

    return document


def answer_for(fields: dict) -> Answer:
    """The Answer for validated request fields. Shared by every endpoint that
    answers an article; the service's failures become the contract's errors through the
    one table in service.errors (registered in api/errors.py)."""
    answers = current_app.extensions["kutip.answers"]
    # The title does not change the answer (extraction reads the text only), so it is not
    # part of the answer's identity: the same text with another headline is a cache hit.
    options = {"language": fields["language"]}
    return answers.answer(fields["text"], options, still_wanted=_client_waits(request.environ),
                          client=g.get("client_id"))
