"""Syllabic acronyms of bodies (akronim): "Kadin" for Kamar Dagang dan Industri, "Hipmi" for
Himpunan Pengusaha Muda Indonesia. A word that abbreviates a body the article writes out
names that body, never a person: the speakers stage types it, and a name split leaves it
in the office ("Ketua Umum BPP Hipmi Akbar Himawan Buchari")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from service.extract import lexicon as lx


def abbreviates(word: str, phrase: Sequence[str], *, inner_syllables: bool = False) -> bool:
    """Whether word is an Indonesian syllabic acronym (akronim) of phrase: each of its content
    words gives its opening letters, in order, and joiners give none ("Kadin" for Kamar Dagang
    dan Industri, "Bappenas" for Badan Perencanaan Pembangunan Nasional, "Pemkot" for
    Pemerintah Kota). inner_syllables: a word after the first may give a syllable from within
    it instead, as short titles take the root's ("Mendag": Menteri perDAGangan; "Kajari":
    Kepala keJAksaan negeRI)."""
    low = word.lower()
    words = [w.lower() for w in phrase if w.lower() not in lx.NAME_JOINERS | lx.GROUP_JOINERS]
    if len(words) < 2 or not low.isalpha():
        return False

    def starts(j: int) -> list[int]:
        w = words[j]
        if not inner_syllables or j == 0:
            return [0]
        return [0] + [p for p in range(1, len(w) - 1)
                      if w[p] not in _VOWELS and w[p + 1] in _VOWELS]

    @cache
    def cover(i: int, j: int) -> bool:  # low[i:] from words[j:], each word at least a letter
        if j == len(words):
            return i == len(low)
        w = words[j]
        piece = lx.TITLE_PIECES.get(w) if inner_syllables else None
        if piece and low.startswith(piece, i) and cover(i + len(piece), j + 1):
            return True
        return any(low[i : i + n] == w[p : p + n] and cover(i + n, j + 1)
                   for p in starts(j)
                   for n in range(1, min(len(w) - p if p == 0 else _SYLLABLE_LETTERS,
                                         len(low) - i) + 1))

    return cover(0, 0)


# A syllable of Indonesian opens with a consonant before its vowel (ka-ja-ri, per-da-gang-an)
# and has at most three letters in a short title ("dag", "ja", "ri"): a longer piece from
# within a word is no syllable of it ("Presiden" is no short form of "Peraturan Presiden").
_VOWELS = frozenset("aeiou")
_SYLLABLE_LETTERS = 3


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
