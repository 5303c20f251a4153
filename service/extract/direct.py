"""Direct quotes: the spans between quotation marks (marks.py), each with its frame (frames.py).

A quote's frame is read after it (", kata X", ", ujarnya", "X menambahkan") or before it
("X mengatakan: ..."); a quote without a frame is a continuation of a neighbour's speaker, a
partial quotation inside reported speech (left to reported.py), or a title or scare quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from service.extract import cues
from service.extract import lexicon as lx
from service.extract.frames import FrameKind, Frames
from service.extract.marks import MarkedSpan, titles_a_work
from service.extract.mentions import is_punct, is_quote_mark
from service.extract.model import Mention, Quote
from service.nlp.view import ArticleView, Word

# Shortest quote, in words, that can be a statement without a frame of its own.
MIN_UNFRAMED_WORDS = 4
# Confidence of a direct quote, by how it is attributed: a frame naming the speaker; a cue
# whose speaker is not named; a neighbour's frame in the same paragraph (a split quote); no
# frame, speaker taken from a nearby paragraph's quote.
FRAMED_CONFIDENCE = 0.95
CUE_ONLY_CONFIDENCE = 0.6
CONTINUATION_CONFIDENCE = 0.85
UNFRAMED_CONFIDENCE = 0.7


def _frame_after(frames: Frames, span: MarkedSpan, words: list[Word],
                 following: list[Word] | None = None) -> tuple[Word, Mention | None] | None:
    """", kata X" / ", ujarnya" / "Altman menambahkan" right after the closing mark; or
    opening the next paragraph when the quote closes its own (following: that paragraph's
    words), if it opens in lower case: no sentence does, so a line break inside the sentence
    split the frame off ('…?"' / 'katanya.', as text copied from a page often is)."""
    if span.close_at is None:
        return None
    # A tokenizer may glue the closing mark onto the cue ("”ungkapnya"): keep that token.
    after = [w for w in words if w.start > span.close_at
             or (w.start == span.close_at and w.end > span.close_at + 1)]
    if not after and following and following[0].text[:1].islower():
        after = following
    k = 0
    while k < len(after) and after[k].text in {",", "-", "–", "—"}:
        k += 1
    if k >= len(after) or is_quote_mark(after[k]):
        return None
    frame = frames.at(after[k])
    # "Menurut X" capitalised after the marks opens a sentence of its own; in lower case
    # ("…,” menurutnya lagi.") it is the quote's frame, like ", kata X".
    if frame is not None and (not frame.opens(FrameKind.ACCORDING) or after[k].text.islower()):
        return frame.cue, frame.agent
    # "…," Altman menambahkan.
    for j in range(k + 1, min(k + 6, len(after))):
        c = after[j]
        if is_punct(c):
            break
        frame = frames.at(c)
        if frame is not None and (frame.opens(FrameKind.ACTIVE) or frame.opens(
                FrameKind.INVERTED)) and frame.subject is not None and (
                frame.subject.start >= after[k].start):
            return c, frame.subject
    return None


@dataclass(frozen=True, slots=True)
class EmbeddedIn:
    """A quotation inside reported speech ("X mengatakan bahwa … "kata-kata" …"): content
    words stand between the cue and the mark, so the quote is partial, left to reported.py."""

    cue: Word


def _frame_before(frames: Frames, span: MarkedSpan, words: list[Word]
                  ) -> tuple[Word, Mention | None] | EmbeddedIn | None:
    """"X mengatakan: "…"" or "Kata X, "…""; EmbeddedIn when content words intervene."""
    before = [w for w in words if w.end <= span.open_at]
    # Stay within the sentence: stop at the last sentence-final mark before the quote.
    tail: list[Word] = []
    for w in reversed(before):
        if w.text in {".", "!", "?"} or is_quote_mark(w):
            break
        tail.insert(0, w)
    if not tail:
        return None
    k = len(tail) - 1
    while k >= 0 and tail[k].text in {",", ":", "-", "–", "—"}:
        k -= 1
    if k < 0:
        return None
    if tail[k].lower in lx.COMPLEMENTISERS:
        k -= 1
    if k >= 0:
        frame = frames.at(tail[k])
        if frame is not None and not frame.opens(FrameKind.ACCORDING):
            mention = frame.subject if frame.subject is not None and (
                frame.subject.start >= tail[0].start) else None
            return frame.cue, mention or frame.agent
        source = frame if frame is not None else frames.at(tail[k - 1]) if k >= 1 else None
        if source is not None and source.opens(FrameKind.ACCORDING):
            return source.cue, source.agent
    for w in tail[:k]:
        frame = frames.at(w)
        if frame is not None and (frame.opens(FrameKind.ACTIVE)
                                  or frame.opens(FrameKind.ACCORDING)):
            return EmbeddedIn(w)
    return None


def _word_count(view: ArticleView, span: MarkedSpan) -> int:
    return len(view.text[span.start : span.end].split())


def extract_direct(view: ArticleView, frames: Frames) -> tuple[list[Quote], list[MarkedSpan]]:
    """Direct quotes with their frames, and the partial quotations left for reported speech."""
    quotes: list[Quote] = []
    embedded: list[MarkedSpan] = []
    pending: list[tuple[int, MarkedSpan]] = []  # unframed quotes (position) awaiting a neighbour
    para_words: dict[int, list[Word]] = {p.i: [] for p in view.paragraphs}
    for sent in view.sentences:
        para_words[sent.para].extend(view.sentence_words(sent))
    for span in frames.marked:
        words = para_words[span.para]
        # A mark before every sentence (text Stanza never read) counts as the first one's.
        at = view.sentence_at(span.open_at)
        q = Quote(
            type="direct",
            start=span.start,
            end=span.end,
            text=view.text[span.start : span.end],
            sentence=at.i if at is not None else 0,
        )
        if titles_a_work(view, span):
            continue
        following = para_words.get(span.para + 1)
        frame = _frame_after(frames, span, words, following) or _frame_before(
            frames, span, words)
        if isinstance(frame, EmbeddedIn):
            embedded.append(span)
            continue
        if frame:
            cue_word, mention = frame
            q.cue = cues.cue_of(view, cue_word)
            q.mention = mention
            q.confidence = FRAMED_CONFIDENCE if mention else CUE_ONLY_CONFIDENCE
            quotes.append(q)
            continue
        if _word_count(view, span) < MIN_UNFRAMED_WORDS:
            continue  # a name, a title or a scare quote
        q.confidence = UNFRAMED_CONFIDENCE
        pending.append((len(quotes), span))
        quotes.append(q)
    _link_continuations(quotes, pending, view)
    return [q for q in quotes if q.cue is not None or q.follows is not None], embedded


def _para_of(view: ArticleView, q: Quote) -> int:
    return view.sentences[q.sentence].para if view.sentences else 0


def _link_continuations(quotes: list[Quote], pending: list[tuple[int, MarkedSpan]],
                        view: ArticleView) -> None:
    """Give each unframed quote the frame of a neighbour in the same or an adjacent paragraph.

    Prefer an earlier framed quote in the same paragraph (split quotes), then the next
    framed quote when this one runs on into it (an unclosed paragraph), then the previous
    paragraph's quote.
    """
    for idx, span in pending:
        q = quotes[idx]
        para = span.para
        same_before = [k for k in range(idx) if _para_of(view, quotes[k]) == para
                       and (quotes[k].cue is not None or quotes[k].follows is not None)]
        if same_before:
            src = quotes[same_before[-1]]
            q.cue, q.mention = src.cue, src.mention
            q.follows = src
            q.confidence = CONTINUATION_CONFIDENCE
            continue
        later = [k for k in range(idx + 1, len(quotes))
                 if _para_of(view, quotes[k]) in (para, para + 1) and quotes[k].cue is not None]
        if span.close_at is None and later:
            q.follows = quotes[later[0]]
            continue
        earlier = [k for k in range(idx) if _para_of(view, quotes[k]) in (para - 1, para - 2)
                   and (quotes[k].cue is not None or quotes[k].follows is not None)]
        if earlier:
            q.follows = quotes[earlier[-1]]
            continue
        if later and _para_of(view, quotes[later[0]]) == para:
            q.follows = quotes[later[0]]
