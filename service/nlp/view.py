"""Kutip's own view of a parsed article: words with article offsets, sentences, paragraphs.

The extractor reads only this view, never Stanza objects, so the stages stay pure functions of
plain data and tests can reason about offsets directly.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Word:
    i: int  # index in ArticleView.words
    text: str  # the syntactic word (after splitting -nya off its host)
    form: str  # the surface token it belongs to ("ungkapnya" for both "ungkap" and "nya")
    start: int  # surface token offsets in the article
    end: int
    lemma: str
    upos: str
    head: int  # index in ArticleView.words, -1 for the root
    deprel: str
    sent: int
    token: int  # surface token index; the pieces of one token share it
    clitic: bool = False  # this word is a -nya split off its host

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    start: int
    end: int
    first: int  # first word index
    last: int  # one past the last word index
    para: int
    parsed: bool = True  # False when only tokenised (POS, lemma and heads are guesses)


@dataclass(frozen=True, slots=True)
class Paragraph:
    i: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Unparsed:
    """A sentence too long to dependency-parse within bounded cost; rules that need its
    parse skip it, and the answer says so."""

    start: int
    end: int
    tokens: int
    limit: int


@dataclass(slots=True)
class ArticleView:
    text: str
    words: list[Word] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    unparsed: list[Unparsed] = field(default_factory=list)

    def sentence_words(self, s: Sentence) -> list[Word]:
        return self.words[s.first : s.last]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character offset, or the last one starting before it."""
        k = bisect_left([s.start for s in self.sentences], offset + 1)
        return self.sentences[k - 1] if k else None

    def words_between(self, start: int, end: int) -> list[Word]:
        """Words lying within [start, end); word starts never decrease, so bisect."""
        k = bisect_left(self.words, start, key=lambda w: w.start)
        out = []
        while k < len(self.words) and self.words[k].start < end:
            if self.words[k].end <= end:
                out.append(self.words[k])
            k += 1
        return out
