"""What a claim is about: a claim whose subject is a pronoun or a description ("perusahaan
tersebut telah memiliki ...") gets the entity it refers to, by the speakers stage's resolver,
and its text with that subject written out ("OpenAI telah memiliki ..."), so that it reads
alone in a list, an export or a fact-check.

The subject is read at the start of the claim, after an opening adverbial set off by a comma
("Saat ini, ..."): a personal pronoun, or a lower-case noun phrase closed by a demonstrative
whose head names a person or a body (lexicon.DESCRIPTION_HEAD_KINDS).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from service.extract import lexicon as lx
from service.extract.model import Claim, Mention, Speaker

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# An opening adverbial is at most this many words before its comma ("Saat ini,").
_OPENING_WORDS = 4
# A description subject is at most this many words ("mantan pelatih klub itu").
_DESCRIPTION_WORDS = 5


def subject_of(text: str, offset: int) -> Mention | None:
    """The pronoun or description opening the claim text (which starts at offset)."""
    words = list(_WORD.finditer(text))
    first = 0
    comma = text.find(",")
    if comma > 0 and sum(1 for w in words if w.end() <= comma) <= _OPENING_WORDS:
        first = next((k for k, w in enumerate(words) if w.start() > comma), len(words))
    if first >= len(words):
        return None
    head = words[first]
    low = head.group().lower()
    if low in lx.PERSON_PRONOUNS:
        return Mention(head.group(), offset + head.start(), offset + head.end(), "pronoun")
    if not head.group()[:1].islower():
        return None
    for k in range(first + 1, min(len(words), first + _DESCRIPTION_WORDS)):
        word = words[k].group()
        if not word[:1].islower():
            return None
        if word.lower() in lx.DEMONSTRATIVES:
            heads = [w.group().lower() for w in words[first:k]
                     if w.group().lower() not in lx.DESCRIPTION_MODIFIERS]
            if not heads or heads[0] not in lx.DESCRIPTION_HEAD_KINDS:
                return None
            start, end = words[first].start(), words[k].end()
            return Mention(text[start:end], offset + start, offset + end, "description")
    return None


def with_subjects(claims: list[Claim], refer: Callable[[Mention], Speaker | None]
                  ) -> list[Claim]:
    """Copies of the claims with `about` (the entity a pronoun or description subject
    refers to) and `standalone` (the text with it written out, or the text as it is)."""
    out = []
    for claim in claims:
        subject = subject_of(claim.text, claim.start)
        about = refer(subject) if subject is not None else None
        standalone = claim.text
        if about is not None and subject is not None:
            left, right = subject.start - claim.start, subject.end - claim.start
            standalone = claim.text[:left] + about.name + claim.text[right:]
        out.append(replace(claim, about=about, standalone=standalone))
    return out
