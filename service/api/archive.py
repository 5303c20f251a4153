"""The archive over HTTP: POST /v1/archive (store an article's answer), GET /v1/quotes and
GET /v1/claims (search), GET /v1/claims/{id}/matches. Needs DATABASE_URL; without it every
call answers 503 archive_unavailable, and extraction is untouched."""

from __future__ import annotations

import marshmallow as ma
from flask import current_app, request
from flask_smorest import Blueprint

from service.api.answering import answer_for, error_responses
from service.api.archiving import archive, documents
from service.api.body import read_extract_request
from service.errors import InvalidInput
from service.schemas import (
    ArchivedSchema,
    ArchiveRequestSchema,
    ClaimSearchArgs,
    PageSchema,
    QuoteSearchArgs,
)

blp = Blueprint("archive", __name__, url_prefix="/v1",
                description="The archive: every quote and claim stored, searched, matched")
_REQUEST = ArchiveRequestSchema()


archive_errors = documents(blp, (400, "A cursor Kutip did not give"))


def cursor_page(search, **args):
    try:
        return search(**args)
    except ValueError as exc:
        raise InvalidInput(str(exc), field="cursor") from exc


@blp.route("/archive", methods=["POST"])
@blp.doc(summary="Store an article: its quotes, claims and speakers, linked across articles",
         requestBody={"required": True, "content": {"application/json": {
             "schema": {"$ref": "#/components/schemas/ArchiveRequest"}}}})
@blp.alt_response(201, schema=ArchivedSchema, success=True,
                  description="Stored now, with archive ids")
@blp.alt_response(200, schema=ArchivedSchema,
                  description="The same text was stored before: the same ids")
@error_responses(blp)
@archive_errors
def store():
    settings = current_app.config["KUTIP_SETTINGS"]
    target = archive()  # 503 before any extraction work when there is no archive
    fields = read_extract_request(request, settings.max_text_chars, settings.max_body_bytes,
                                  schema=_REQUEST)
    answer = answer_for(fields)
    meta = {k: fields.get(k) for k in ("title", "outlet", "url", "published")}
    created, stored = target.ingest(fields["text"], answer.data, meta)
    return stored, 201 if created else 200


@blp.route("/quotes", methods=["GET"])
@blp.arguments(QuoteSearchArgs, location="query", unknown=ma.RAISE)
@blp.response(200, PageSchema)
@archive_errors
def quotes(args):
    """Search quotes: text, speaker, type, outlet, dates; ranked, cursor-paged"""
    return cursor_page(archive().quotes, **args)


@blp.route("/claims", methods=["GET"])
@blp.arguments(ClaimSearchArgs, location="query", unknown=ma.RAISE)
@blp.response(200, PageSchema)
@archive_errors
def claims(args):
    """Search claims: text, claimant, type, check-worthiness; ranked, cursor-paged"""
    return cursor_page(archive().claims, **args)
