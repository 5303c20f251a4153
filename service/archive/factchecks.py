"""Fact-checks in: schema.org ClaimReview (JSON-LD), the format fact-checkers publish and
Kutip's own /v1/claimreview exports. Pure: JSON in, records or a clear error out."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

MAX_CLAIM_CHARS = 5_000
MAX_FIELD_CHARS = 2_048


class InvalidClaimReview(ValueError):
    """A ClaimReview Kutip cannot store; field names the JSON path at fault."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True, slots=True)
class FactCheckRecord:
    key: str
    claim_reviewed: str
    rating: str | None
    url: str | None
    author: str | None
    claimant: str | None
    date_published: dt.date | None


def _text(value, field: str, limit: int = MAX_FIELD_CHARS) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name")
        field += ".name"
        if value is None:
            return None
    if not isinstance(value, str):
        raise InvalidClaimReview(field, "must be text")
    value = value.strip()
    if len(value) > limit:
        raise InvalidClaimReview(field, f"is longer than {limit} characters")
    return value or None


def _date(value, field: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InvalidClaimReview(field, "must be an ISO 8601 date")
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise InvalidClaimReview(field, "must be an ISO 8601 date (YYYY-MM-DD)") from exc
    if not 1900 <= day.year <= dt.date.today().year + 1:
        raise InvalidClaimReview(field, "is out of range")
    return day


def parse_claim_review(item, where: str = "$") -> FactCheckRecord:
    """One ClaimReview object as a record; InvalidClaimReview names the field at fault."""
    if not isinstance(item, dict):
        raise InvalidClaimReview(where, "must be a ClaimReview object")
    kind = item.get("@type")
    if kind is not None and kind != "ClaimReview" and not (
            isinstance(kind, list) and "ClaimReview" in kind):
        raise InvalidClaimReview(f"{where}.@type", "must be ClaimReview")
    claim = _text(item.get("claimReviewed"), f"{where}.claimReviewed", MAX_CLAIM_CHARS)
    if not claim:
        raise InvalidClaimReview(f"{where}.claimReviewed", "is required")
    rating_obj = item.get("reviewRating")
    rating = None
    if rating_obj is not None:
        if not isinstance(rating_obj, dict):
            raise InvalidClaimReview(f"{where}.reviewRating", "must be a Rating object")
        rating = _text(rating_obj.get("alternateName"), f"{where}.reviewRating.alternateName")
        if rating is None and rating_obj.get("ratingValue") is not None:
            rating = str(rating_obj["ratingValue"])
    url = _text(item.get("url"), f"{where}.url")
    if url is not None and not url.startswith(("http://", "https://")):
        raise InvalidClaimReview(f"{where}.url", "must be an http(s) URL")
    reviewed = item.get("itemReviewed")
    claimant = None
    if isinstance(reviewed, dict):
        claimant = _text(reviewed.get("author"), f"{where}.itemReviewed.author")
    date = _date(item.get("datePublished"), f"{where}.datePublished")
    key_source = url or f"{claim}\x00{date or ''}"
    return FactCheckRecord(
        key=hashlib.sha256(key_source.encode("utf-8")).hexdigest(), claim_reviewed=claim,
        rating=rating, url=url, author=_text(item.get("author"), f"{where}.author"),
        claimant=claimant, date_published=date)


def parse_payload(payload) -> list[FactCheckRecord]:
    """One ClaimReview, a list of them, or a JSON-LD document with an @graph of them."""
    if isinstance(payload, dict) and "@graph" in payload:
        payload = payload["@graph"]
        where = "$.@graph"
    else:
        where = "$"
    items = payload if isinstance(payload, list) else [payload]
    if isinstance(payload, list) and not payload:
        raise InvalidClaimReview(where, "holds no ClaimReview")
    return [parse_claim_review(item, f"{where}[{k}]" if isinstance(payload, list) else where)
            for k, item in enumerate(items)]
