"""What the stages find, as plain dataclasses; engine.py turns them into the contract's JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether the half-open spans [a_start, a_end) and [b_start, b_end) share a character."""
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """Who a frame names: a name, a pronoun, a -nya clitic or a description."""

    kind: str = "name"  # name | name_part | pronoun | clitic | description | cataphora
    role: str | None = None  # a title or apposition read with the mention

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Cue(Span):
    lemma: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "lemma": self.lemma, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Quote:
    type: str  # direct | indirect | mixed
    start: int
    end: int
    text: str
    sentence: int
    cue: Cue | None = None
    mention: Mention | None = None
    confidence: float = 0.5
    # A quote with no frame of its own takes its speaker from this quote.
    follows: Quote | None = None
    speaker: Speaker | None = None  # set by the speakers stage, on its own copies


@dataclass(slots=True)
class Speaker:
    name: str
    kind: str  # person | organization
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    text: str
    start: int
    end: int
    sentence: int
    type: str  # quantity | causal | rule | prediction | event
    checkworthy: float
    quote: Quote | None  # the quote it lies in; None when the article asserts it
    quantities: list[Any] = field(default_factory=list)  # quantities.Quantity
    numbers: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    comparison: bool = False
    # The entity a pronoun or description subject refers to, and the text with it written
    # out (subjects.py); the text itself when the subject needs nothing.
    about: Speaker | None = None
    standalone: str = ""
    # A named body whose finding the article reports ("Data BPS menunjukkan, ..."): the
    # claimant when no quote carries the claim (CLAIMS.md: an organisation can claim).
    source: Speaker | None = None

    @property
    def claimant(self) -> Speaker | None:
        """Who asserts it: the speaker of its quote, else a reporting source, else nobody
        (the article's own voice)."""
        return self.quote.speaker if self.quote is not None else self.source
