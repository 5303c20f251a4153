"""Quotation marks paired within each paragraph: the spans between them.

Marks are paired by alternation rather than by shape, because news text mixes straight and
curly marks and sometimes closes a quote with an opening mark. A paragraph that ends inside a
quote keeps it open to the paragraph's end (the next paragraph conventionally reopens it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.extract import lexicon as lx
from service.nlp.view import ArticleView
from service.orthography import SENTENCE_ENDS

DOUBLE_MARKS = lx.DOUBLE_QUOTES
SINGLE_MARKS = lx.SINGLE_QUOTES


@dataclass(slots=True)
class MarkedSpan:
    """Text between a pair of marks (inner offsets exclude marks and edge whitespace)."""

    open_at: int
    close_at: int | None  # None: the paragraph ended inside the quote
    start: int
    end: int
    para: int


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _single_is_mark(text: str, i: int, start: int, end: int) -> bool:
    """An apostrophe inside a word (Jum'at, Qur'an, it's) is not a quotation mark."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not (before.isalnum() and after.isalnum())


# An inverted frame (", kata Budi", ", ujarnya") inside a paragraph that a quotation mark
# opened and never closed: a name or a -nya form after the cue.
_CUES = "|".join(sorted(lx.INVERTED_CUE_BASES, key=len, reverse=True))
# ... in the quote's first sentence: further on, the paragraph has gone back to narration.
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_INVERTED_FRAME = re.compile(rf",\s*(?:(?:{_CUES})nya\b|(?:{_CUES})\s+[A-Z])")


def find_marked_spans(view: ArticleView) -> list[MarkedSpan]:
    text = view.text
    spans: list[MarkedSpan] = []
    for para in view.paragraphs:
        open_double: int | None = None
        open_single: int | None = None
        for i in range(para.start, para.end):
            ch = text[i]
            if ch in DOUBLE_MARKS:
                if open_double is None:
                    open_double = i
                    open_single = None  # a single mark left open is an apostrophe
                else:
                    s, e = _trimmed(text, open_double + 1, i)
                    if e > s:
                        spans.append(MarkedSpan(open_double, i, s, e, para.i))
                    open_double = None
            elif ch in SINGLE_MARKS and open_double is None:
                if not _single_is_mark(text, i, para.start, para.end):
                    continue
                if open_single is None:
                    prev = text[i - 1] if i > para.start else " "
                    if prev.isspace() or prev in "([—-:":
                        open_single = i
                else:
                    s, e = _trimmed(text, open_single + 1, i)
                    if e > s:
                        spans.append(MarkedSpan(open_single, i, s, e, para.i))
                    open_single = None
        if open_double is not None:
            frame = _INVERTED_FRAME.search(text, open_double + 1, para.end)
            if frame is not None and not _SENTENCE_END.search(text, open_double + 1,
                                                               frame.start()):
                # '" Hasil penelitian kami ..., kata Jennifer Balch ...': the closing mark was
                # left out before an inverted frame; the quote ends at the frame's comma.
                s, e = _trimmed(text, open_double + 1, frame.start())
                if e > s:
                    spans.append(MarkedSpan(open_double, frame.start(), s, e, para.i))
                continue
            s, e = _trimmed(text, open_double + 1, para.end)
            if e > s:
                spans.append(MarkedSpan(open_double, None, s, e, para.i))
    spans.sort(key=lambda m: m.start)
    return spans


# Words before an opening mark that may introduce a title ("bertajuk", "video").
_TITLE_REACH = 3


def titles_a_work(view: ArticleView, span: MarkedSpan) -> bool:
    """The marks enclose the title of a work, event or link, not anyone's words: a title
    introducer among the three words before them in their sentence (lexicon.TITLE_INTRODUCERS:
    a discussion "bertema "..."", a video "..."; not "... hadir di acara itu. "Saya ...",
    where the sentence before ends with such a noun) or a teaser line ("Baca juga ...")."""
    para = view.paragraphs[span.para]
    before = view.words_between(para.start, span.open_at)
    ends = [k for k, w in enumerate(before) if w.text in SENTENCE_ENDS]
    before = before[ends[-1] + 1 if ends else 0 :][-_TITLE_REACH:]
    if any(w.lower in lx.TITLE_INTRODUCERS for w in before):
        return True
    return view.text[para.start : span.open_at].lower().startswith(lx.TEASER_OPENERS)
