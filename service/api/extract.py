"""POST /v1/extract: article text in, the contract's answer out."""

from __future__ import annotations

from flask import Response, current_app, request
from flask_smorest import Blueprint

from service.api.answering import answer_for, error_responses
from service.api.body import read_extract_request
from service.api.repeats import ANSWER_ID
from service.schemas import ExtractResponseSchema

blp = Blueprint("extract", __name__, url_prefix="/v1", description="Quote extraction")

_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
        "text/plain": {"schema": {"type": "string", "minLength": 1},
                       "description": "The article text itself"},
    },
}


@blp.route("/extract", methods=["POST"])
@blp.doc(summary="Extract quotes, speakers and claims", requestBody=_REQUEST_BODY)
@blp.alt_response(200, schema=ExtractResponseSchema, success=True, description="The answer")
@error_responses(blp)
def extract() -> Response:
    settings = current_app.config["KUTIP_SETTINGS"]
    fields = read_extract_request(request, settings.max_text_chars, settings.max_body_bytes)
    answer = answer_for(fields)
    # The same bytes again can be answered by the repeat path (api/repeats.py).
    request.environ[ANSWER_ID] = answer.id
    resp = Response(answer.body, mimetype="application/json")
    resp.headers["X-Kutip-Cache"] = "hit" if answer.cached else "miss"
    return resp
