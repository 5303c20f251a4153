"""Words glued where scraping stripped a link or a space ("Gubernur DKI JakartaPramono
Anungmenegaskan bahwa ..."): where a space belongs, so that Stanza reads the words apart.

Only Kutip's own view is repaired: the analysis maps every offset back, so the offsets the
client gets index the text exactly as sent. A glue point is put back only where the shape is
unambiguous: a lower-case word running into a capitalised one ("kemenanganInter"), a place or
calendar word, a portfolio's word or the place after an office named by its place running
into a name ("JakartaPramono", "KeuanganSri", "Bupati BogorRudy"), a capitalised word running into a
speech verb or an adverb that stands before one ("Anungmenegaskan", "Messikembali"), and a
dateline's dash running into the lead's first word ("JAKARTA, KOMPAS-Komisi"). CamelCase
brands (OpenAI, DeepSeek, YouTube) open with a capital and no known word, so they stay whole.
"""

from __future__ import annotations

import re

from service.extract import lexicon as lx
from service.extract.datelines import glued_after_dateline

_WORD = re.compile(r"[^\W\d_]+")
# Lower-case tails a name can run into: the speech verbs and the adverbs before them, long
# enough (5+ letters) that a name is unlikely to end in one.
_TAILS = tuple(sorted((w for w in lx.CUE_FORMS | lx.PRE_CUE_SKIP if len(w) >= 5 and w.isalpha()),
                      key=len, reverse=True))
_MIN_PART = 3  # letters on each side of a glue point
# Words a name may run into that are no brand's opening: places, calendar words, and the
# words of an office's portfolio ("Menteri KeuanganSri Mulyani").
_KNOWN_HEADS = lx.PLACE_WORDS | lx.CALENDAR_WORDS | lx.OFFICE_WORDS
_OFFICE_AFFIX = re.compile(lx.OFFICE_AFFIX_PATTERN)
# Words the lexicon knows whole, though one ends in an adverb ("Kasatlantas", "lantas").
_WHOLE_WORDS = lx.TITLE_WORDS | lx.OFFICE_WORDS | lx.PLACE_WORDS | lx.PLACE_HEADS


def _known_head(head: str, before: str) -> bool:
    """The capitalised word a name ran into is a place, calendar or portfolio word, or the
    place right after an office named by its place ("Bupati BogorRudy Susmanto")."""
    low = head.lower()
    return low in _KNOWN_HEADS or bool(_OFFICE_AFFIX.match(low)) or before in lx.PLACE_HEADS


def glue_points(text: str) -> list[int]:
    """Offsets in text where a space was lost between two words, in order."""
    points: list[int] = []
    before = ""  # the word before, lower case
    for m in _WORD.finditer(text):
        word = m.group()
        previous, before = before, word.lower()
        if len(word) < 2 * _MIN_PART or before in _WHOLE_WORDS:
            continue  # too short to hold two words, or a word the lexicon knows whole
        cuts = [k for k in range(_MIN_PART, len(word) - _MIN_PART + 1)
                if word[k - 1].islower() and word[k].isupper() and word[k + 1].islower()
                and (word[0].islower() or _known_head(word[:k], previous))]
        for start, end in zip([0, *cuts], [*cuts, len(word)], strict=True):
            part = word[start:end]
            if part[0].isupper():
                low = part.lower()
                tail = next((t for t in _TAILS if low.endswith(t)), None)
                cut = len(part) - len(tail) if tail else 0
                if tail and cut >= _MIN_PART and part[cut:].islower():
                    cuts.append(start + cut)
        points.extend(m.start() + k for k in cuts)
    lead = glued_after_dateline(text)
    if lead is not None:
        points.append(lead)
    return sorted(set(points))


def unglue(text: str) -> tuple[str, list[int]]:
    """The text with a space at each glue point, and where each of its offsets (0..len
    inclusive) lies in the text as sent: an inserted space maps to the character after it."""
    points = glue_points(text)
    if not points:
        return text, []
    pieces: list[str] = []
    origin: list[int] = []
    cursor = 0
    for p in points:
        pieces.append(text[cursor:p])
        origin.extend(range(cursor, p))
        pieces.append(" ")
        origin.append(p)
        cursor = p
    pieces.append(text[cursor:])
    origin.extend(range(cursor, len(text) + 1))
    return "".join(pieces), origin
