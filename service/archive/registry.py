"""Speakers across articles: when two names are one person or organisation.

Pure functions over names, kinds and roles; store.py looks the candidates up and records the
decision. The rules, from how Indonesian news names people:
- a name's key is its words in lower case, titles and ranks off ("Presiden Joko Widodo" and
  "Joko Widodo" share one), and a parenthesised acronym or nickname kept as an alias;
- an alias is any key the speaker was written with, its initials ("JK" for Jusuf Kalla) and
  the blends the press makes ("Jokowi" for Joko Widodo: extract/entities.is_short_form);
- one word alone ("Budi") is too common to join two people: a one-word name joins only a
  speaker that already has it as an alias, or the one speaker it is a short form of;
- two names with the same key stay apart when both carry roles and the roles share no word
  of substance (namesakes: a minister and a coach called Budi Santoso).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.extract import lexicon as lx
from service.extract.entities import is_short_form

_WORD = re.compile(r"[\w’'-]+")
_PAREN = re.compile(r"\(([^)]*)\)")
# Words of a role that say nothing about which office it is.
_ROLE_FILLER = frozenset({"dan", "di", "dari", "yang", "juga", "sebagai", "mantan", "wakil",
                          "kepala", "ketua", "the", "of", "and"})


def name_key(name: str) -> str:
    """Lower-case words of the name without leading titles or a parenthesised part."""
    words = [w.lower() for w in _WORD.findall(_PAREN.sub(" ", name))]
    while len(words) > 1 and words[0] in lx.TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def aliases_of(name: str, kind: str) -> set[str]:
    """Every key the speaker may be found by: the name's key, its parenthesised acronym or
    nickname, and a person's initials ("jk")."""
    key = name_key(name)
    out = {key} if key else set()
    for inner in _PAREN.findall(name):
        inner_key = name_key(inner)
        if inner_key:
            out.add(inner_key)
    words = key.split()
    if kind == "person" and len(words) >= 2 and all(w[:1].isalpha() for w in words):
        out.add("".join(w[0] for w in words))
    return out


def role_words(roles: list[str]) -> set[str]:
    """The words of substance in a list of roles ("Menteri Perdagangan" -> menteri,
    perdagangan)."""
    return {w.lower() for r in roles for w in _WORD.findall(r)} - _ROLE_FILLER


@dataclass(frozen=True, slots=True)
class Known:
    """A registry speaker as linking sees it."""

    id: int
    name: str
    kind: str
    aliases: frozenset[str]
    roles: frozenset[str]  # role_words of its roles
    # Its name's key words, worked out once: choose compares every name of a batch with
    # every candidate, and a large registry gives hundreds of candidates.
    words: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", frozenset(name_key(self.name).split()))


def roles_clash(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """Both speakers carry roles and share no word of substance: namesakes."""
    return bool(a) and bool(b) and not (a & b)


def choose(name: str, kind: str, roles: list[str], candidates: list[Known]) -> Known | None:
    """The registry speaker this article's speaker is, among candidates (found by alias or
    name), or None for a new one."""
    key = name_key(name)
    words = key.split()
    mine = role_words(roles)
    same_kind = [c for c in candidates if c.kind == kind]
    if len(words) >= 2:
        exact = [c for c in same_kind if key in c.aliases and not roles_clash(mine, c.roles)]
        if exact:
            return exact[0]
        # "Joko Widodo" for an archived "Joko Widodo (Jokowi)" or "Ir Joko Widodo": every
        # word of the shorter name in the longer, two words at least on each side.
        own = set(words)
        fuller = [c for c in same_kind if (own <= c.words or c.words <= own)
                  and min(len(own), len(c.words)) >= 2 and not roles_clash(mine, c.roles)]
        return fuller[0] if len(fuller) == 1 else None
    if not words:
        return None
    by_alias = [c for c in same_kind if key in c.aliases]
    if len(by_alias) == 1:
        return by_alias[0]
    short = [c for c in same_kind if is_short_form(name, c.name)]
    return short[0] if len(short) == 1 else None
