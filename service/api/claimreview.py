"""POST /v1/claimreview: the article in, schema.org ClaimReview drafts of its claims out."""

from __future__ import annotations

import json

from flask import Response, current_app, request
from flask_smorest import Blueprint

from service.api.answering import answer_for, error_responses
from service.api.body import read_extract_request
from service.claimreview import claim_reviews
from service.schemas import ClaimReviewRequestSchema, ClaimReviewSchema

blp = Blueprint("claimreview", __name__, url_prefix="/v1",
                description="ClaimReview drafts for fact-checkers")
_REQUEST = ClaimReviewRequestSchema()


# JSON-LD is pasted into <script type="application/ld+json"> by publishing tools: "<", ">"
# and "&" written as JSON escapes cannot close that tag or start markup, and parse the same.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_ld(value) -> str:
    """JSON text safe to embed in an HTML script element."""
    return json.dumps(value, ensure_ascii=False).translate(_SCRIPT_SAFE)


@blp.route("/claimreview", methods=["POST"])
@blp.doc(summary="ClaimReview JSON-LD drafts of the article's check-worthy claims",
         requestBody={"required": True, "content": {"application/json": {
             "schema": {"$ref": "#/components/schemas/ClaimReviewRequest"}}}})
@blp.alt_response(200, schema=ClaimReviewSchema(many=True), success=True,
                  content_type="application/ld+json",
                  description="One draft per claim at or above min_checkworthy; no reviewRating")
@error_responses(blp)
def claimreview() -> Response:
    settings = current_app.config["KUTIP_SETTINGS"]
    fields = read_extract_request(request, settings.max_text_chars, settings.max_body_bytes,
                                  schema=_REQUEST)
    answer = answer_for(fields)
    drafts = claim_reviews(answer.data, url=fields["url"], published=fields["published"],
                           publisher=fields["publisher"], reviewer=fields["reviewer"],
                           title=fields["title"], min_checkworthy=fields["min_checkworthy"])
    resp = Response(json_ld(drafts), mimetype="application/ld+json")
    resp.headers["X-Kutip-Cache"] = "hit" if answer.cached else "miss"
    return resp
