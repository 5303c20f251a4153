"""Datelines: the place, the outlet and the dash that open a news lead ("Jakarta, CNN
Indonesia --", "HOFFENHEIM , JUARA.net -", "Jakarta ( ANTARA News ) -"). They belong to no
claim and to no quote: the words after them do."""

from __future__ import annotations

import re
from functools import lru_cache

_DATELINE = re.compile(
    r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*(?:,|\()\s*[^\n–—]{2,40}?\)?\s*(?:-\s*-|--|[-–—])\s*")


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the words after a dateline opening text[start:end] begin; start itself when
    none opens it (or nothing would be left after it)."""
    m = _DATELINE.match(text, start, end)
    return m.end() if m and m.end() < end else start


def glued_after_dateline(text: str) -> int | None:
    """Where the lead's first word starts when the dateline's dash runs into it with no
    space ("JAKARTA, KOMPAS-Komisi Nasional ..."), else None: the word is no part of the
    outlet's name."""
    m = _DATELINE.match(text)
    if m is None or m.end() >= len(text) or text[m.end() - 1] not in "-–—":
        return None
    return m.end() if text[m.end()].isalpha() else None


_PLACE = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}")


@lru_cache(maxsize=8)
def dateline_place(text: str) -> tuple[str, ...]:
    """The words (lower case) of the place a dateline opening the text names ("BEKASI,
    KOMPAS.com -" gives ("bekasi",)), or () with no dateline: the article's own place, which
    an office or a body may carry before its holder's name ("Kalaksa BPBD Bekasi Muchlis")."""
    m = _DATELINE.match(text)
    if m is None:
        return ()
    place = _PLACE.match(text)
    return tuple(w.lower() for w in place.group().split()) if place else ()
