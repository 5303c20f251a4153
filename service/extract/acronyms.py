"""Syllabic acronyms of bodies (akronim): "Kadin" for Kamar Dagang dan Industri, "Hipmi" for
Himpunan Pengusaha Muda Indonesia. A word that abbreviates a body the article writes out
names that body, never a person: the speakers stage types it, and a name split leaves it
in the office ("Ketua Umum BPP Hipmi Akbar Himawan Buchari")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from service.extract import lexicon as lx


def abbreviates(word: str, phrase: Sequence[str]) -> bool:
    """Whether word is an Indonesian syllabic acronym (akronim) of phrase: each of its content
    words gives its opening letters, in order, and joiners give none ("Kadin" for Kamar Dagang
    dan Industri, "Bappenas" for Badan Perencanaan Pembangunan Nasional, "Pemkot" for
    Pemerintah Kota)."""
    low = word.lower()
    words = [w.lower() for w in phrase if w.lower() not in lx.NAME_JOINERS | lx.GROUP_JOINERS]
    if len(words) < 2 or not low.isalpha():
        return False

    @cache
    def cover(i: int, j: int) -> bool:  # low[i:] from words[j:], each word at least a letter
        if j == len(words):
            return i == len(low)
        w = words[j]
        return any(low[i : i + n] == w[:n] and cover(i + n, j + 1)
                   for n in range(1, min(len(w), len(low) - i) + 1))

    return cover(0, 0)


# Capitalised words of a phrase an acronym may stand for: a body's name, its joiners between.
_CAPITALISED_PHRASE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:dan\s+|&\s+)?[A-Z][\w'’-]*)+")


# Shortest acronym written as a word ("Kadin", "Hipmi", "Bappenas").
_SHORTEST_WRITTEN = 4


class BodyAcronyms:
    """The article's one-word syllabic acronyms of bodies it writes out in full ("Kamar
    Dagang dan Industri Kota Surabaya" ... "Kadin"): each names an organisation, never a
    person. A person's name is no such phrase: fewer than three words and no institution's
    word ("Jokowi" for Joko Widodo is a blend, is_short_form's). Asked word by word, cached."""

    def __init__(self, text: str):
        # Each distinct phrase once, by its first letter: a lookup reads only those.
        self._by_letter: dict[str, set[tuple[str, ...]]] = {}
        for m in _CAPITALISED_PHRASE.finditer(text):
            phrase = m.group().split()
            for a in range(len(phrase)):
                for b in range(a + 2, min(len(phrase), a + 6) + 1):
                    sub = phrase[a:b]
                    if sub[-1].lower() in lx.NAME_JOINERS | lx.GROUP_JOINERS or (
                            sub[0].lower() in lx.TITLE_WORDS):
                        continue  # "Mensos" is Menteri Sosial's title, not a body
                    if len(sub) >= 3 or any(w.lower() in lx.ORG_WORDS | lx.OFFICE_WORDS
                                            for w in sub):
                        self._by_letter.setdefault(sub[0][0].lower(), set()).add(tuple(sub))
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        low = word.lower()
        if word not in self._known:
            # Three letters make an acronym written in capitals ("KPU"); "Mas" (an
            # honorific) or "Ani" (a name) may spell the initials of some body by chance.
            self._known[word] = (
                (len(low) >= _SHORTEST_WRITTEN or (len(low) == 3 and word.isupper()))
                and len(low) <= 10 and low not in lx.TITLE_WORDS and any(
                    word not in sub and abbreviates(low, sub)
                    for sub in self._by_letter.get(low[:1], ())))
        return self._known[word]


@lru_cache(maxsize=8)
def body_acronyms(text: str) -> BodyAcronyms:
    """The article's acronyms of bodies, built once per text."""
    return BodyAcronyms(text)
