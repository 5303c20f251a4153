"""Fact-checks in (POST /v1/factchecks: schema.org ClaimReview JSON-LD, one, a list, or an
@graph) and claim matching (POST /v1/match, GET /v1/claims/{id}/matches)."""

from __future__ import annotations

import json

from flask import current_app, request
from flask_smorest import Blueprint

from service.api.archiving import archive, documents
from service.api.body import decode_body, json_values_bound, read_body
from service.api.errors import ApiError
from service.archive.factchecks import InvalidClaimReview, parse_payload
from service.errors import InvalidInput
from service.schemas import (
    ClaimMatchesSchema,
    FactCheckImportSchema,
    MatchRequestSchema,
    MatchResultSchema,
)

blp = Blueprint("factchecks", __name__, url_prefix="/v1",
                description="Fact-checks and claim matching")
# Fact-checks a request may hold, and values (fields, nested objects) per fact-check.
MAX_FACTCHECKS = 10_000
VALUES_PER_FACTCHECK = 64


_errors = documents(blp, (400, "Not valid ClaimReview JSON-LD (the field is named)"),
                    (404, "No such claim"), (413, "Too large"))


@blp.route("/factchecks", methods=["POST"])
@blp.doc(requestBody={"required": True, "content": {"application/ld+json": {
    "schema": {"type": "object", "description": "ClaimReview, a list, or {@graph: [...]}"}}}})
@blp.response(201, FactCheckImportSchema)
@_errors
def add():
    """Store fact-checks given as schema.org ClaimReview"""
    settings = current_app.config["KUTIP_SETTINGS"]
    store = archive()
    mimetype = request.mimetype or ""
    if not (mimetype == "application/json" or mimetype.endswith("+json")):
        raise ApiError(415, "unsupported_media_type",
                       "send ClaimReview as application/ld+json or application/json")
    body = decode_body(read_body(request, settings.max_body_bytes),
                       request.mimetype_params.get("charset", "utf-8"))
    if json_values_bound(body) > MAX_FACTCHECKS * VALUES_PER_FACTCHECK:
        raise ApiError(413, "too_many_values", "the body holds more values than "
                       f"{MAX_FACTCHECKS} fact-checks would; send fewer at a time")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, "malformed_json", "the body is not valid JSON",
                       {"reason": str(exc)[:200]}) from exc
    try:
        records = parse_payload(payload)
    except InvalidClaimReview as exc:
        raise InvalidInput(f"not a ClaimReview Kutip can store: {exc}",
                           field=exc.field) from exc
    if len(records) > MAX_FACTCHECKS:
        raise ApiError(413, "too_many_factchecks",
                       f"at most {MAX_FACTCHECKS} fact-checks a request; use "
                       "python -m service factchecks import for more")
    return store.add_factchecks(records)


@blp.route("/match", methods=["POST"])
@blp.arguments(MatchRequestSchema)
@blp.response(200, MatchResultSchema)
@_errors
def match(args):
    """Earlier claims and fact-checks that state the same claim, scored, with reasons"""
    from service.archive.store import scored_json

    found = archive().match(args["text"], limit=args["limit"], claimant=args["claimant"])
    return {"matches": [scored_json(s) for s in found]}


@blp.route("/claims/<int:claim_id>/matches", methods=["GET"])
@blp.response(200, ClaimMatchesSchema)
@_errors
def claim_matches(claim_id: int):
    """Matches of an archived claim, and the cluster of its repeats"""
    return archive().claim_matches(claim_id)
