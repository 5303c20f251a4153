"""Speech frames, found once per article: every cue word outside quotation marks, which frames
it can open, and who the frame names.

A frame is a cue (a form of a speech verb in the lexicon's SPEECH_VERBS, or "menurut") read
with the words around it:
- according: "menurut X, ..." names X after the cue;
- passive:   "disampaikan (oleh) X" names its agent after the cue;
- active:    "X mengatakan ..." names its subject before the cue (across an aside: "X, saat
             dihubungi, mengatakan"); a directive ("X meminta Y untuk ...") is an active frame
             that reports a request;
- inverted:  ", kata X" / ", ujarnya" names X after the cue, standing after a comma, a dash
             or a quotation mark.
direct.py and reported.py take a frame's cue and mention from here, and the speakers stage
takes the persons frames name as the article's voices; none of them reads a cue again.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from service.extract import cues
from service.extract import lexicon as lx
from service.extract.marks import MarkedSpan, find_marked_spans
from service.extract.mentions import is_quote_mark, mention_after, mention_before
from service.extract.model import Mention
from service.nlp.view import ArticleView, Word

# Words that end the clause a frame's agent is read from.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "?", "!", "(", ")"})
# Punctuation an inverted cue follows (", kata X", "- ujarnya").
_INVERTED_AFTER = frozenset({",", "-", "–", "—"})


class FrameKind(Enum):
    ACCORDING = "according"
    PASSIVE = "passive"
    ACTIVE = "active"
    INVERTED = "inverted"


@dataclass(frozen=True, slots=True)
class Frame:
    """A cue and who it names. kinds: the frames the cue can open, in the order a reader
    tries them (according, passive, active, then inverted)."""

    cue: Word
    kinds: tuple[FrameKind, ...]
    subject: Mention | None = None  # before an active (or a bare inverted) cue
    agent: Mention | None = None  # after the cue: "menurut X", "disampaikan X", ", kata X"
    by_oleh: bool = False  # a passive agent introduced by "oleh"
    borrowed: bool = False  # the subject of an earlier verb this cue is coordinated with
    directive: bool = False  # a request, not the speaker's own statement
    public_appeal: bool = False  # a directive to the public: the speaker's own voice
    reports: bool = True  # False for a stance verb: a voice, but no words reported

    def opens(self, kind: FrameKind) -> bool:
        return kind in self.kinds

    @property
    def speaker(self) -> Mention | None:
        """Who speaks in the frame's first kind: the subject of an active cue, else the
        agent."""
        if not self.kinds:
            return None
        return self.subject if self.kinds[0] is FrameKind.ACTIVE else self.agent

    @property
    def voiced(self) -> bool:
        """The frame reports its speaker's own words: not a directive to someone in
        particular (a request), nor a cue whose subject is another verb's ("X melakukan
        pengawasan ..., termasuk memastikan")."""
        return (not self.directive or self.public_appeal) and not self.borrowed


def clause_stop(view: ArticleView, w: Word) -> int:
    """One past the last word of w's clause: the next comma, period, bracket or quote mark."""
    k = w.i
    sent = view.sentences[w.sent]
    while k < sent.last:
        if k > w.i and (view.words[k].text in _CLAUSE_ENDS or is_quote_mark(view.words[k])):
            break
        k += 1
    return k


def _clause_floor(view: ArticleView, w: Word) -> int:
    """The first word of w's clause for a subject: after the last quotation mark before w in
    its sentence, else the sentence's first word."""
    first = view.sentences[w.sent].first
    for k in range(w.i - 1, first - 1, -1):
        if is_quote_mark(view.words[k]):
            return k + 1
    return first


def _after_the_words(view: ArticleView, w: Word) -> bool:
    """Where an inverted cue stands: after a comma or a dash, or a quotation mark (glued on
    or not): ", kata X", "” ujarnya"."""
    if view.text[w.start] in lx.QUOTE_CHARS:
        return True
    k = w.start - 1  # the text, not tokens: ",’" may be one token
    while k >= 0 and view.text[k].isspace():
        k -= 1
    if k >= 0 and view.text[k] in "-–" and w.i > 1 and view.words[w.i - 2].lower.endswith(
            w.lower):
        return False  # "disebut - sebut": a reduplicated word spaced out, not a frame
    return k >= 0 and (view.text[k] in _INVERTED_AFTER or view.text[k] in lx.QUOTE_CHARS)


def _opens_like_menurut(view: ArticleView, w: Word) -> bool:
    """"Kata X, ..." and "Seperti dikatakan X, ...": a frame opening the sentence that names
    its speaker after the cue and reports what follows the comma
    (lexicon.OPENING_ACCORDING_CUES, AS_WORDS)."""
    first = view.sentences[w.sent].first
    if w.i == first:
        return w.lower in lx.OPENING_ACCORDING_CUES
    return w.i == first + 1 and view.words[first].lower in lx.AS_WORDS and cues.is_passive(w)


def _kinds(view: ArticleView, w: Word) -> tuple[FrameKind, ...]:
    kinds: list[FrameKind] = []
    if cues.is_according(w) or _opens_like_menurut(view, w):
        kinds.append(FrameKind.ACCORDING)
    elif cues.is_passive(w):
        kinds.append(FrameKind.PASSIVE)
    elif cues.is_active(w):
        kinds.append(FrameKind.ACTIVE)
    if cues.is_inverted(w) and _after_the_words(view, w):
        kinds.append(FrameKind.INVERTED)
    return tuple(kinds)


def _subject(view: ArticleView, cue: Word) -> tuple[Mention | None, bool]:
    """The subject of an active cue, and whether it was borrowed: for a verb coordinated
    with an earlier one ("X datang dan mengatakan"), the earlier verb's subject."""
    if cue.i > 0 and view.words[cue.i - 1].lower in lx.NOT_A_FRAME_BEFORE:
        return None, False  # "yang mengatakan", "untuk menyampaikan": no frame of its own
    floor = _clause_floor(view, cue)
    mention = mention_before(view, cue, floor)
    if mention is None and cue.deprel == "conj" and floor <= cue.head < cue.i:
        return mention_before(view, view.words[cue.head], floor), True
    return mention, False


def _agent(view: ArticleView, cue: Word, kinds: tuple[FrameKind, ...]) -> tuple[Mention | None,
                                                                                 bool]:
    """Who an according, passive or inverted cue names after it, and whether "oleh" came
    first ("disampaikan oleh X")."""
    sent_last = view.sentences[cue.sent].last
    if FrameKind.PASSIVE in kinds:
        nxt = cue.i + 1
        if nxt < sent_last and view.words[nxt].lower == "oleh":
            if nxt + 1 >= sent_last:
                return None, True
            agent = mention_after(view, view.words[nxt], clause_stop(view, view.words[nxt]))
            return (None if agent is not None and agent.kind == "clitic" else agent), True
    if FrameKind.ACCORDING in kinds and cue.i + 1 < sent_last and (
            view.words[cue.i + 1].lower in lx.NON_SPEAKER_SOURCES):
        return None, False  # "menurut data BPS": a document, not a speaker
    return mention_after(view, cue, clause_stop(view, cue)), False


def frame_of(view: ArticleView, w: Word) -> Frame | None:
    """The frame w opens, read from the words around it; None when w is no cue."""
    if w.clitic:
        return None
    kinds = _kinds(view, w)
    if not kinds:
        return None
    subject, borrowed = _subject(view, w) if kinds[0] is not FrameKind.ACCORDING and (
        FrameKind.ACTIVE in kinds or FrameKind.INVERTED in kinds) else (None, False)
    agent, by_oleh = _agent(view, w, kinds)
    if agent is None and not cues.is_according(w) and kinds[0] is FrameKind.ACCORDING:
        return None  # 'Kata "merdeka" ...': the noun "kata", no one named after it
    directive = cues.is_directive(w)
    return Frame(cue=w, kinds=kinds, subject=subject, agent=agent, by_oleh=by_oleh,
                 borrowed=borrowed,
                 directive=directive, public_appeal=directive and cues.is_public_appeal(view, w),
                 reports=w.lower not in lx.STANCE_FORMS)


class Frames:
    """Every frame of an article, by its cue word, found once, and the spans between
    quotation marks they were found around."""

    def __init__(self, view: ArticleView):
        self.marked: list[MarkedSpan] = find_marked_spans(view)
        # A cue inside quotation marks is the quoted speaker's word, no frame of the article.
        spans = sorted((m.start, m.end) for m in self.marked)
        starts = [s for s, _ in spans]

        def inside(w: Word) -> bool:
            k = bisect_right(starts, w.start)
            return k > 0 and w.end <= spans[k - 1][1]

        self._by_word: dict[int, Frame] = {}
        for w in view.words:
            if inside(w):
                continue
            frame = frame_of(view, w)
            if frame is not None:
                self._by_word[w.i] = frame

    def at(self, w: Word) -> Frame | None:
        return self._by_word.get(w.i)

    def __iter__(self) -> Iterator[Frame]:
        return iter(self._by_word.values())
