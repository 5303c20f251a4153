"""Reading POST /v1/extract bodies: JSON or text/plain, into validated fields.

The body is read from the WSGI stream by Kutip itself, so that every way a body can be wrong
gets its own JSON error instead of a truncated text or a 500: a chunked body over the limit is
413 (never cut), a body shorter than its Content-Length is 400, a malformed chunk is 400, an
unknown or unsafe charset is 415, JSON nested past any sane depth is 400, and a lone surrogate
(a "\\ud800" escape) is read as U+FFFD, offsets unchanged.
"""

from __future__ import annotations

import codecs
import json
import re

import marshmallow as ma
from flask import Request

from service.api.errors import ApiError
from service.schemas import ExtractRequestSchema, is_storable_text

_REQUEST = ExtractRequestSchema()
# Charsets a client may declare: UTF-8 (the contract's), its subset ASCII, and the two
# single-byte encodings older newsroom systems still send. Stateful or escape-based codecs
# (utf-7, iso-2022) are refused: they decode attacker-chosen bytes into unexpected text.
_CHARSETS = frozenset({"utf-8", "ascii", "iso8859-1", "cp1252"})
_READ_CHUNK = 64 * 1024


def decode_body(raw: bytes, charset: str) -> str:
    """The body as text in its declared charset; 415 for a charset not accepted, 400 for
    bytes that are not that charset."""
    try:
        name = codecs.lookup(charset or "utf-8").name
    except LookupError:
        name = ""
    if name not in _CHARSETS:
        raise ApiError(415, "unsupported_charset",
                       f"charset {charset!r} is not accepted; send UTF-8",
                       {"charset": charset, "accepted": sorted(_CHARSETS)})
    try:
        return raw.decode(name, errors="strict")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "invalid_encoding",
                       f"the body is not valid {charset or 'utf-8'} text", {"reason": str(exc)}) \
            from exc


def read_body(request: Request, max_bytes: int) -> bytes:
    """The whole body, exactly as sent; ApiError when it is too large, short or malformed."""
    length = request.content_length
    if length is not None and length > max_bytes:
        raise ApiError(413, "payload_too_large",
                       f"the body is {length} bytes; the limit is {max_bytes}",
                       {"limit": max_bytes, "length": length})
    want = length if length is not None else max_bytes + 1
    body, error = read_stream(request.environ["wsgi.input"], want)
    if error is not None:
        raise ApiError(400, "malformed_body", "the request body could not be read",
                       {"reason": f"{type(error).__name__}: {error}"}) from error
    got = len(body)
    if length is None and got > max_bytes:
        raise ApiError(413, "payload_too_large",
                       f"the body is larger than the limit of {max_bytes} bytes",
                       {"limit": max_bytes})
    if length is not None and got < length:
        raise ApiError(400, "incomplete_body",
                       f"the body ended after {got} of its {length} bytes",
                       {"length": length, "received": got})
    return body


def read_stream(stream, want: int) -> tuple[bytes, Exception | None]:
    """Up to want bytes of a WSGI input stream, and the error that stopped the reading early
    (the server's parser: bad chunk sizes, resets, timeouts), if any."""
    parts: list[bytes] = []
    got = 0
    try:
        while got < want:
            part = stream.read(min(_READ_CHUNK, want - got))
            if not part:
                break
            parts.append(part)
            got += len(part)
    except Exception as exc:  # reported by the caller, as its request's error
        return b"".join(parts), exc
    return b"".join(parts), None


# Code points no text holds and not every store can keep: half of a UTF-16 pair, and NUL
# (PostgreSQL's text type refuses it, so an archived article could not be stored).
_NOT_TEXT = re.compile("[\ud800-\udfff\x00]")


def as_text(payload: dict) -> dict:
    """JSON can escape half of a UTF-16 pair ("\\ud800") or a NUL ("\\u0000"): neither is
    text, and neither can be stored. Each becomes U+FFFD, one code point for one, so every
    offset into the text still holds."""
    return {k: _NOT_TEXT.sub("\ufffd", v) if isinstance(v, str) and not is_storable_text(v) else v
            for k, v in payload.items()}


# A JSON string, escapes included (the unrolled form: no backtracking on long texts).
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


def json_values_bound(text: str) -> int:
    """An upper bound on the number of values json.loads would build from text, counted
    without building them: every value but the first follows a comma or opens a container.
    Lets a request be refused before a parse that could take gigabytes ({} is 3 bytes of
    body and about 70 bytes of Python)."""
    bare = _JSON_STRING.sub("", text)
    return 1 + bare.count(",") + bare.count("[") + bare.count("{")


def read_extract_request(request: Request, max_chars: int, max_bytes: int,
                         schema: ma.Schema = _REQUEST) -> dict:
    """The request's fields (schema: the endpoint's request schema); ApiError (400, 413, 415,
    422) for anything else."""
    mimetype = request.mimetype or ""
    charset = request.mimetype_params.get("charset", "utf-8")
    if mimetype == "application/json" or mimetype.endswith("+json"):
        text = decode_body(read_body(request, max_bytes), charset)
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise ApiError(400, "malformed_json", "the body is not valid JSON",
                           {"reason": str(exc)[:200]}) from exc
        if not isinstance(payload, dict):
            raise ApiError(422, "invalid_fields", "the body must be a JSON object",
                           {"fields": {"_schema": ["expected an object"]}})
    elif mimetype == "text/plain":
        payload = {"text": decode_body(read_body(request, max_bytes), charset)}
        for key in schema.fields:
            if key != "text" and key in request.args:
                payload[key] = request.args[key]
    else:
        raise ApiError(415, "unsupported_media_type",
                       "send application/json or text/plain",
                       {"content_type": request.content_type or None})
    payload = as_text(payload)
    try:
        fields = schema.load(payload)
    except ma.ValidationError as exc:
        raise ApiError(422, "invalid_fields", "some fields are invalid",
                       {"fields": exc.messages}) from exc
    if len(fields["text"]) > max_chars:
        raise ApiError(413, "text_too_long",
                       f"text is {len(fields['text'])} characters; the limit is {max_chars}",
                       {"limit": max_chars, "length": len(fields["text"])})
    return fields
