"""Indonesian affixes Kutip derives word forms with, in one place: the meN- prefix with its
nasal assimilation, di-, ber-, ter-, memper-, and the -nya clitic ("ujarnya" = "ujar" + -nya,
"he/she said"). Pure string functions; the word lists they apply to live in the lexicon."""

from __future__ import annotations

from collections.abc import Iterable

NYA = "nya"


def men_forms(lemma: str) -> set[str]:
    """Prefixed stems of a verb: meN- with its nasal assimilation (Indonesian morphophonemics:
    p->m, t->n, s->ny, k->ng drop their initial; b/f->mem, c/d/j/z->men, g/h/vowels->meng,
    l/m/n/r/w/y->me), memper-, di-, ber- and ter-."""
    first = lemma[:1]
    forms = {"di" + lemma, "ber" + lemma, "ter" + lemma, "memper" + lemma}
    if first in "aeiou":
        forms.add("meng" + lemma)
    elif first == "k":
        forms |= {"meng" + lemma[1:], "meng" + lemma}
    elif first in "gh":
        forms.add("meng" + lemma)
    elif first == "p":
        forms |= {"mem" + lemma[1:], "mem" + lemma}
    elif first in "bfv":
        forms.add("mem" + lemma)
    elif first == "t":
        forms |= {"men" + lemma[1:], "men" + lemma}
    elif first == "s":
        forms |= {"meny" + lemma[1:], "men" + lemma}
    elif first in "cdjz":
        forms.add("men" + lemma)
    else:
        forms.add("me" + lemma)
    return forms


def with_nya(bases: Iterable[str]) -> frozenset[str]:
    """Each base with the -nya clitic attached ("ujar" -> "ujarnya")."""
    return frozenset(base + NYA for base in bases)


def strip_nya(word: str, bases: Iterable[str] | frozenset[str]) -> str | None:
    """The base of word when word is one of bases with -nya attached ("ujarnya" -> "ujar"),
    else None. bases should be a set for speed."""
    low = word.lower()
    if low.endswith(NYA) and low[: -len(NYA)] in bases:
        return low[: -len(NYA)]
    return None
