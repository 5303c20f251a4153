"""Indonesian affixes Kutip derives word forms with, in one place: the meN- prefix with its
nasal assimilation, di-, ber-, ter-, memper-, and the -nya clitic ("ujarnya" = "ujar" + -nya,
"he/she said"). Pure string functions; the word lists they apply to live in the lexicon."""

from __future__ import annotations

from collections.abc import Iterable

NYA = "nya"


def men_forms(lemma: str) -> set[str]:
    """Prefixed stems of a verb: meN- with its nasal assimilation (Indonesian morphophonemics:
    p->m, t->n, s->ny, k->ng drop their initial unless a consonant cluster opens the stem;
    b/f->mem, c/d/j/z->men, g/h/vowels->meng, l/m/n/r/w/y->me), memper-, di-, ber- and ter-."""
    first = lemma[:1]
    forms = {"di" + lemma, "ber" + lemma, "ter" + lemma, "memper" + lemma}
    if first in "kpts" and lemma[1:2] not in tuple("aeiou"):
        # A cluster keeps its first consonant: "mengkritik", "memprediksi", "mentransfer".
        first = {"k": "g", "p": "b", "t": "d", "s": "c"}[first]
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


# Affix patterns a speech verb's record lists, each a way Indonesian derives a verb form
# from its base: meN- (active transitive), meN-kan and meN-i (active with the causative or
# locative suffix), memper-kan, ber- (active intransitive), di-, di-kan and di-i (passive).
AFFIX_PATTERNS: tuple[str, ...] = ("meN-", "meN-kan", "meN-i", "memper-kan", "ber-", "di-",
                                   "di-kan", "di-i")


def _men(stem: str) -> set[str]:
    """meN- on a stem, with its nasal assimilation (and the unassimilated variant the press
    also writes for k/p/t/s: "mengkritik")."""
    return {f for f in men_forms(stem) if f.startswith("me") and not f.startswith("memper")}


def affixed(base: str, pattern: str) -> set[str]:
    """The surface forms of base under one of AFFIX_PATTERNS ("kata", "meN-kan" ->
    {"mengatakan", "mengkatakan"})."""
    prefix, _, suffix = pattern.partition("-")
    stem = base + suffix
    if prefix == "meN":
        return _men(stem)
    if prefix == "ber":
        # ber- drops its r before a base that opens with r or with -er- ("bekerja").
        return {"be" + stem} if stem.startswith("r") else {"ber" + stem}
    if prefix in {"di", "memper"}:
        return {prefix + stem}
    raise ValueError(f"unknown affix pattern {pattern!r}")


# The shapes of derived verbs (TBBBI on verb affixes): meN- with its nasal (mem-, men-, meng-,
# meny-, or me- before l, r, w, y), ber- and ter- on a stem of three letters or more, and di-
# with the causative -kan. "me" before another consonant opens loanword nouns instead
# ("medali", "mesin", "metode"), and bare di- as many nouns as passives ("dimensi", "distrik").
_VERB_OPENINGS: tuple[str, ...] = ("mem", "men", "meng", "meny", "mel", "mer", "mew", "mey")


def verb_shaped(word: str) -> bool:
    """word has a derived verb's affixes ("berada", "menjadi", "dilaporkan", "terungkap")."""
    low = word.lower()
    if len(low) < 6 or not low.isalpha():
        return False
    return low.startswith(_VERB_OPENINGS) or low.startswith(("ber", "ter")) or (
        low.startswith("di") and low.endswith("kan"))
