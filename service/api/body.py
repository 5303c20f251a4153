"""Reading POST /v1/extract bodies: JSON or text/plain, into validated fields."""

from __future__ import annotations

import json

import marshmallow as ma
from flask import Request

from service.api.errors import ApiError
from service.schemas import ExtractRequestSchema

_REQUEST = ExtractRequestSchema()


def _decode(raw: bytes, charset: str) -> str:
    try:
        return raw.decode(charset or "utf-8", errors="strict")
    except (UnicodeDecodeError, LookupError) as exc:
        raise ApiError(400, "invalid_encoding",
                       f"the body is not valid {charset or 'utf-8'} text", {"reason": str(exc)}) \
            from exc


def read_extract_request(request: Request, max_chars: int) -> dict:
    """The request's fields; ApiError (400, 413, 415, 422) for anything else."""
    mimetype = request.mimetype or ""
    charset = request.mimetype_params.get("charset", "utf-8")
    if mimetype == "application/json" or mimetype.endswith("+json"):
        text = _decode(request.get_data(cache=False), charset)
        try:
            payload = json.loads(text)
        except ValueError as exc:
            raise ApiError(400, "malformed_json", "the body is not valid JSON",
                           {"reason": str(exc)}) from exc
        if not isinstance(payload, dict):
            raise ApiError(422, "invalid_fields", "the body must be a JSON object",
                           {"fields": {"_schema": ["expected an object"]}})
    elif mimetype == "text/plain":
        payload = {"text": _decode(request.get_data(cache=False), charset)}
        for key in ("language", "title"):
            if key in request.args:
                payload[key] = request.args[key]
    else:
        raise ApiError(415, "unsupported_media_type",
                       "send application/json or text/plain",
                       {"content_type": request.content_type or None})
    try:
        fields = _REQUEST.load(payload)
    except ma.ValidationError as exc:
        raise ApiError(422, "invalid_fields", "some fields are invalid",
                       {"fields": exc.messages}) from exc
    if len(fields["text"]) > max_chars:
        raise ApiError(413, "text_too_long",
                       f"text is {len(fields['text'])} characters; the limit is {max_chars}",
                       {"limit": max_chars, "length": len(fields["text"])})
    return fields
