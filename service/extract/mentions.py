"""Reading who a frame names: the words before a cue (its subject) or after it (the speaker of
an inverted cue, the X of "menurut X").

Stanza has no Indonesian NER model, so a name is read as a run of capitalised words (Stanza's
PROPN tags are too noisy on their own with the small models), with parenthesised acronyms
inside ("Jaksa Penuntut Umum (JPU) Tegar"), led by titles and role nouns from the lexicon
("AKP Regi Halili", "hakim Rosihan", "pihak maskapai") and closed by a demonstrative
("Legislator PKB ini"). Titles, acronyms and offices inside the run are split off as the role:
the name is what follows the last of them ("Kasatreskrim Polresta Mataram AKP Regi Halili" ->
"Regi Halili"). Pronouns and -nya clitics are mentions of their own kind, resolved to an entity
later by speakers.py.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from enum import Enum
from functools import lru_cache

from service.extract import cues
from service.extract import lexicon as lx
from service.extract.acronyms import body_acronyms
from service.extract.cues import QUOTE_CHARS, token_span
from service.extract.datelines import dateline_place
from service.extract.model import Mention
from service.extract.morphology import strip_nya
from service.nlp.view import ArticleView, Word
from service.orthography import ABBREVIATIONS

_NP_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "X"})
_CLAUSE_OPENERS = frozenset({",", ":", ";", "(", "-", "–", "—"})
# The longest name run read: an office of a body with its acronym and place, and the name
# ("Manajer Badan Usaha Milik Desa Lembaga Keuangan Mikro (BUMDes LKM) Labuhan Jambu
# Sanawiyah", 15 words and brackets).
_MAX_RUN = 20


def is_punct(w: Word) -> bool:
    return w.upos == "PUNCT" or not any(ch.isalnum() for ch in w.text)


def is_quote_mark(w: Word) -> bool:
    return all(ch in QUOTE_CHARS for ch in w.text)


def is_capitalised(w: Word) -> bool:
    return w.text[:1].isupper() and not w.clitic


def clause_initial(view: ArticleView, w: Word) -> bool:
    """First word of its sentence, or right after a comma, colon or quotation mark."""
    if view.sentences[w.sent].first == w.i:
        return True
    prev = view.words[w.i - 1]
    return prev.text in _CLAUSE_OPENERS or is_quote_mark(prev) or prev.text in {".", "!", "?"}


def is_name_word(view: ArticleView, w: Word) -> bool:
    """A capitalised word that can be part of a name here."""
    if not is_capitalised(w) or is_punct(w):
        return False
    low = w.lower
    if low in lx.CALENDAR_WORDS or _currency_sign(view, w) or _REFERENCE_NUMBER.match(w.text):
        return False
    if low in lx.FUNCTION_WORDS:
        return not clause_initial(view, w)
    return True


_REFERENCE_NUMBER = re.compile(lx.REFERENCE_NUMBER_PATTERN)


def _currency_sign(view: ArticleView, w: Word) -> bool:
    """"Rp" in "Rp 275,5 triliun": a currency written before its amount, no one's name
    ("RM" before no figure may be someone's initials)."""
    nxt = view.words[w.i + 1] if w.i + 1 < len(view.words) else None
    return w.lower in lx.CURRENCY_PREFIXES and nxt is not None and nxt.text[:1].isdigit()


def is_initials(word: str) -> bool:
    """"PS", "M.", "A": one to three capital letters, with or without periods, as a name's
    initials are written ("Bambang PS Brodjonegoro"); a body's acronym has the same shape, so
    callers need other evidence too."""
    letters = word.replace(".", "")
    return 1 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()


def initial_period(view: ArticleView, w: Word, stop: int) -> bool:
    """The period of an initial inside a name ("Teguh P. Nugroho", "Miryam S. Haryani"):
    after one capital letter, before a name word of the same sentence."""
    if w.text != "." or w.i == 0 or w.i + 1 >= stop:
        return False
    before, after = view.words[w.i - 1], view.words[w.i + 1]
    return (len(before.text) == 1 and before.text.isupper()
            and before.sent == w.sent == after.sent and is_name_word(view, after))


def _is_acronym(w: Word) -> bool:
    t = w.text.strip("().")
    return len(t) >= 2 and t.isupper() and t.isalpha()


_OFFICE_AFFIX = re.compile(lx.OFFICE_AFFIX_PATTERN)
_DEGREE = re.compile(lx.DEGREE_PATTERN)
# Word classes the stages below test together, joined once here rather than at every word.
_TITLE_OR_ROLE = lx.TITLE_WORDS | lx.ROLE_NOUNS
_MINISTRY_SHORT = re.compile(lx.MINISTRY_SHORT_PATTERN)


def _office_low(low: str) -> bool:
    return low in lx.OFFICE_WORDS or low in lx.PLACE_WORDS or bool(_OFFICE_AFFIX.match(low))


def is_office_word(w: Word) -> bool:
    return _office_low(w.lower)


def _is_role_word(view: ArticleView, w: Word) -> bool:
    """Title, office or organisation acronym: the part of a run that is not the name."""
    if w.lower in lx.OFFICE_QUALIFIERS:
        return _qualifies_the_word_before(view, w)
    if w.lower in lx.ADDRESS_HONORIFICS and is_capitalised(w):
        return True  # "Pak Budi": the address, no part of the name
    return w.lower in lx.TITLE_WORDS or _is_acronym(w) or is_office_word(w) or (
        clause_initial(view, w) and w.lower in lx.ROLE_NOUNS
        and (w.upos != "PROPN" or _a_full_name_follows(view, w))
    )


def _a_full_name_follows(view: ArticleView, w: Word) -> bool:
    """Two name words after w: a role noun the tagger read as a name ("Pengusaha | Budi
    Santoso") still leaves a whole name after it, where one that is a given name ("Tim |
    Cook") leaves a single word."""
    after = view.words[w.i + 1 : w.i + 3]
    return len(after) == 2 and all(x.sent == w.sent and is_name_word(view, x) for x in after)


def _qualifies_the_word_before(view: ArticleView, w: Word) -> bool:
    """An office's adjective after one of the heads it qualifies ("Jaksa Agung")."""
    return w.i > 0 and view.words[w.i - 1].lower in lx.OFFICE_QUALIFIERS[w.lower]


def _office_here(view: ArticleView, w: Word) -> bool:
    """A word of an office's portfolio where it stands: an office's adjective only after a
    head it qualifies ("kata Agung" names a person; "Jaksa Agung" is an office)."""
    if w.lower in lx.OFFICE_QUALIFIERS:
        return _qualifies_the_word_before(view, w)
    return w.lower in lx.OFFICE_WORDS


def person_word(view: ArticleView, w: Word) -> bool:
    """A word that can be part of a person's own name: capitalised, and no title, office,
    body, acronym or joiner."""
    return (is_name_word(view, w) and not _is_role_word(view, w) and not is_org_word(w)
            and w.lower not in lx.NAME_JOINERS and w.lower not in lx.FUNCTION_WORDS)


# Marks a line of site furniture may open with: "( Baca : ...)", "[Simak ...]", "“Baca ...".
_OPENING_MARKS = "([{ " + QUOTE_CHARS


def is_site_furniture(line: str) -> bool:
    """A line of site furniture (lexicon.BOILERPLATE_OPENERS: a link, teaser, video or
    credit), also when wrapped in brackets or quotation marks. Not the article's text: it
    asserts nothing, and the titles it quotes ("Tonton juga video "Dubes Pakistan Temui
    Prabowo"") are no names."""
    return line.lower().lstrip(_OPENING_MARKS).startswith(lx.BOILERPLATE_OPENERS)


def has_clitic(view: ArticleView, w: Word) -> bool:
    """True when w carries a -nya: split off the same token by MWT, or, in a sentence that was
    only tokenised, still attached to a frame cue ("ujarnya")."""
    nxt = w.i + 1
    if nxt < len(view.words) and view.words[nxt].clitic and view.words[nxt].token == w.token:
        return True
    low = w.text.lower().strip(QUOTE_CHARS)
    return w.text == w.form and strip_nya(low, lx.INVERTED_CUE_BASES) is not None


def _with_role(m: Mention, role: str) -> Mention:
    """m with one more role read with it, after any it already has ("AKP; Kapolsek ...")."""
    return replace(m, role=f"{m.role}; {role}" if m.role else role)


def _mention(view: ArticleView, words: list[Word], kind: str, role: str | None = None) -> Mention:
    start, end = words[0].start, words[-1].end
    if kind == "name":
        end = _past_hyphenated_parts(view, words[-1])
    return Mention(text=view.text[start:end], start=start, end=end, kind=kind, role=role)


def _past_hyphenated_parts(view: ArticleView, last: Word) -> int:
    """Where a name ends that the tokeniser split at a hyphen ("Karine Jean | -Pierre"): past
    the capitalised parts glued on after a hyphen; last's end otherwise."""
    end, k = last.end, last.i + 1
    while k < len(view.words) and view.words[k].start == end and len(
            text := view.words[k].text) > 2 and text[0] == "-" and text[1].isupper():
        end, k = view.words[k].end, k + 1
    return end


# The multi-word titles by their first word: a word opens at most the few that start with it.
_TITLES_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _title in lx.MULTIWORD_TITLE_TUPLES:
    _TITLES_BY_FIRST_WORD.setdefault(_title[0], []).append(_title)


def _multiword_title_ends(words: list[Word]) -> set[int]:
    """Indices of the words that close a multi-word title or rank opened by a title word
    ("Komisaris Besar", "Ajun Komisaris Besar"): role words, never the name's first."""
    lows = [w.lower for w in words]
    covered: set[int] = set()
    for k in range(len(lows)):
        for title in _TITLES_BY_FIRST_WORD.get(lows[k], ()):
            if tuple(lows[k : k + len(title)]) == title:
                covered.update(range(k, k + len(title)))
        # The force a rank belongs to goes on with it: "Kombes Pol", "Laksda TNI".
        if k and lows[k] in lx.RANK_FORCES and (lows[k - 1] in lx.TITLE_WORDS or k - 1 in covered):
            covered.add(k)
    return covered


_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_ROMAN = re.compile(r"^[IVX]{1,4}$")
# A unit's number and place written as one token ("0501/Jakarta").
_UNIT_CODE = re.compile(r"^(?:\d+|[IVX]{1,4})/[A-Z]")
# An office's class: a roman numeral with its grade letter ("I", "IIA", "IIB").
_CLASS = re.compile(r"^[IVX]{1,4}[ABC]?$")


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, list[int]]]:
    """The text's tokens as written and in lower case, and where each lower-case token
    stands (so a look-up visits a word's uses, not the whole text)."""
    tokens = tuple(_TOKEN.findall(text))
    lows = tuple(t.lower() for t in tokens)
    where: dict[str, list[int]] = {}
    for k, low in enumerate(lows):
        where.setdefault(low, []).append(k)
    return tokens, lows, where


def _institution_word(low: str) -> bool:
    """A word of an office, body or place: the company a word keeps when it is no name."""
    return _office_low(low) or low in lx.ORG_WORDS or low in lx.PLACE_HEADS


def _used_as_a_body(view: ArticleView, prefix: list[str], person_first: str) -> bool:
    """Whether the article uses the words prefix (lower case) elsewhere as (part of) a body
    or a place: not followed by the person's name, in a capitalised run with an office, body
    or place word ("Yayasan Lestari Bumi sudah ..."), or after a preposition of place ("ke
    Bolmong"). A namesake ("Muhammad Ade Prasetyo") is a person, not a body; titles go with
    names anywhere ("kata Jaksa Tegar")."""
    tokens, lows, where = _tokens(view.text)
    n = len(prefix)
    for p in where.get(prefix[0], ()):
        if list(lows[p : p + n]) != prefix or (
                p + n < len(lows) and lows[p + n] == person_first):
            continue
        start, end = p, p + n
        while start > 0 and tokens[start - 1][:1].isupper():
            start -= 1
        while end < len(tokens) and tokens[end][:1].isupper():
            end += 1
        around = (set(lows[start:p]) | set(lows[p + n : end])) - lx.TITLE_WORDS
        if any(_institution_word(w) for w in around) or (
                start > 0 and lows[start - 1] in lx.LOCATIVE_PREPOSITIONS):
            return True
        if n >= 2 and (start, end) == (p, p + n):
            return True  # "Pantau Gambut" on its own: a name of two words or more by itself
        if p > 0 and lows[p - 1] in lx.TITLE_WORDS and end > p + n:
            return True  # "Direktur Persib Ani Wijaya": after another title, another holder
    return n == 1 and _a_subject_of_its_own(tokens, lows, where, prefix[0], person_first)


# How often a word must stand alone, as nobody's speaking name, to be the article's body.
_LONE_BODY_USES = 2


def _a_subject_of_its_own(tokens: tuple[str, ...], lows: tuple[str, ...],
                          where: dict[str, list[int]], word: str, person_first: str) -> bool:
    """"CEO Jouska Aakar Abyasa ... Jouska ... oleh Jouska ... pengurus Jouska": a word the
    article writes on its own again and again, never as someone speaking (no cue, title or
    "menurut" next to it), while the person's next name word never stands alone, is the body
    the person works for, not the person's first name."""
    lone = [p for p in where.get(word, ()) if tokens[p][:1].isupper() and not _flanked(tokens, p)]
    if len(lone) < _LONE_BODY_USES:
        return False
    for p in lone:
        before = lows[p - 1] if p > 0 else ""
        after = lows[p + 1] if p + 1 < len(lows) else ""
        if before in lx.CUE_FORMS | lx.ACCORDING_TO | lx.TITLE_WORDS | lx.HONORIFICS or (
                after in lx.CUE_FORMS and before != "pihak"):
            return False  # "kata Haedar", "Haedar menambahkan": the person, by a short name
    return not any(p + 1 < len(tokens) and not _flanked(tokens, p)
                   for p in where.get(person_first, ()))


def _flanked(tokens: tuple[str, ...], p: int, lows: tuple[str, ...] = ()) -> bool:
    """A capitalised token stands right before or after token p: p is inside a longer name.
    With lows, a function word before it opens a sentence ("Menurut Slamet, ..."), no name."""
    before = p > 0 and tokens[p - 1][:1].isupper() and not (
        lows and lows[p - 1] in lx.FUNCTION_WORDS)
    return before or (p + 1 < len(tokens) and tokens[p + 1][:1].isupper())


def borrowed_shaped(word: str) -> bool:
    """A capitalised English noun or adjective by its derivational suffix ("Integrity",
    "Economics", "Strategic", "Development"), or a loanword by the same suffix as Indonesian
    spells it ("Internasional", "Koordinasi"): a word of a body's or an office's name, never
    of an Indonesian person's (long enough that "Eric" stays a name)."""
    low = word.lower()
    return word[:1].isupper() and len(low) >= 6 and low.endswith(
        lx.ENGLISH_SUFFIXES + lx.LOAN_SUFFIXES)


def office_words_before_name(view: ArticleView, name: list[Word], keep: int = 2,
                             lead: str = "") -> int:
    """How many of name's first words belong to the office before it rather than to the
    person: figures ("Satgas Covid-19"), provinces ("Sulut"), roman numerals ("Wilayah V";
    "I" is a Balinese name's first word, but a unit's number after "Kelas" or "Divisi"), and
    words the article also uses as a body or place (_used_as_a_body). The person keeps at
    least keep words. lead: the office's last word, which may open the body's name
    ("Puskesmas Cempaka | Putih Dicky ...")."""
    lows = [w.lower for w in name]
    acronyms = body_acronyms(view.text)
    cut = 0
    while cut < len(lows) - keep and (any(ch.isdigit() for ch in name[cut].text)
                                   or lows[cut] in lx.PLACE_WORDS
                                   or (_ROMAN.match(name[cut].text) and (
                                       name[cut].text != "I"
                                       or (cut == 0 and lead in lx.NUMBERED_UNITS)))
                                   or name[cut].text in acronyms):
        cut += 1
    best = cut
    for c in range(cut + 1, len(lows) - keep + 1):
        # The body's words from the run's start, or from where the office's words found so
        # far end ("Covid-19 | Surabaya", "Puskesmas | Cempaka Putih").
        if _used_as_a_body(view, lows[:c], lows[c]) or (
                0 < best < c and _used_as_a_body(view, lows[best:c], lows[c])) or (
                best == 0 and lead and _used_as_a_body(view, [lead, *lows[:c]], lows[c])) or (
                c > 1 and best != c - 1 and _used_as_a_body(view, lows[c - 1 : c], lows[c])):
            # ... or the body's last word alone ("Tata Ruang | Sleman | Muhammad Sugandi"
            # beside "di Sleman").
            best = c
    # "Taman Margasatwa Ragunan | Ketut Widarsono", "Taman Wisata Candi Borobudur | I Gusti
    # Putu ...": after an office, a word only ever written first in a name opens the
    # person's, the capitalised words before it finishing the body. Initials open nothing by
    # themselves ("Bambang I Susilo").
    opener = next((c for c in range(best + 1, len(lows) - keep + 1)
                   if _opens_a_name(lows, c) and lows[c - 1] not in lx.NAME_OPENERS), None)
    if opener is not None:
        best = opener
    # Openers go with the name, but never back over the office's figures, places or numbers.
    return max(cut, back_over_openers(lows, best))


def _an_age(words: list[Word]) -> bool:
    """"(38)": a person's age in brackets, one to three digits."""
    return (len(words) == 3 and words[0].text == "(" and words[2].text == ")"
            and words[1].text.isdigit() and len(words[1].text) <= 3)


def _a_name_and_its_age(view: ArticleView, k: int, floor: int) -> bool:
    """words[k] closes a name's age in brackets ("Nurhayati (45)"), as before an aside."""
    return k - 3 >= floor and _an_age(view.words[k - 2 : k + 1]) and is_name_word(
        view, view.words[k - 3])


def _degree_shaped(text: str) -> bool:
    return bool(_DEGREE.match(text)) or text in lx.DEGREES_WRITTEN_MIXED or (
        text in lx.DEGREES_WRITTEN_CAPITALS)


def _a_degree(words: list[Word], k: int) -> bool:
    """words[k] is an academic degree written after a name: with periods or a lower-case
    letter ("S.H.", "MEpid"), or in capitals beside another degree ("SH MH") or after a name
    of two words ("Budi Santoso SH"); capitals alone after one word are as often a person's
    initials ("Mahfud MD", "Eddy MS")."""
    text = words[k].text
    if text in lx.DEGREES_WRITTEN_CAPITALS:
        return k >= 2 or any(
            0 <= j < len(words) and _degree_shaped(words[j].text) for j in (k - 1, k + 1))
    return _degree_shaped(text)


def _initials_inside_a_name(view: ArticleView, words: list[Word], k: int) -> bool:
    """Two or three capitals that are a person's initials, not a body's acronym (unless the
    article writes that acronym out as a body's): between two words of a name that a title
    or rank opens ("AKP Siswo DC Tarigan"), or closing the run after a word of the name
    ("Menko Polhukam Mahfud MD")."""
    text = words[k].text
    if not (2 <= len(text) <= 3 and text.isalpha() and text.isupper()) or (
            words[k].lower in lx.TITLE_WORDS) or k == 0 or text in body_acronyms(view.text):
        return False

    def person(x: Word) -> bool:
        return is_name_word(view, x) and not _is_role_word(view, x)

    if k == len(words) - 1:
        return person(words[k - 1])
    return k >= 2 and words[k - 2].lower in lx.TITLE_WORDS and person(words[k - 1]) and (
        person(words[k + 1]))


def _places_after_an_office(view: ArticleView, words: list[Word],
                            in_title: Collection[int] = ()) -> set[int]:
    """Indices of words that name a known place right after an office, a body or its
    acronym and before more of the run: the place the article's dateline names ("BEKASI,
    KOMPAS.com - ... kata Kalaksa BPBD | Bekasi | Muchlis") or a country ("Presiden
    Prancis | Emmanuel Macron"; lexicon.COUNTRY_NAMES). The office's place, not the
    holder's name. in_title: indices of words inside a title of several words ("Putra
    Mahkota")."""
    dateline = dateline_place(view.text)
    lows = [w.lower for w in words]
    found: set[int] = set()
    for j in range(len(words) - 1):
        # A name still follows the place (j + n < len(words)).
        n = _place_length(lows, j, len(words) - 1, dateline)
        if not n:
            continue
        envoy = j > 0 and _an_envoy_s_preposition(lows, j - 1)
        if j == 0:
            if not _after_a_lower_case_role(view, words[0]):
                continue
        elif not (_is_role_word(view, before := words[j - 1]) or before.lower in lx.PLACE_HEADS
                  or before.lower in lx.BODY_HEADS or envoy or j - 1 in in_title):
            continue
        found.update(range(j - envoy, j + n))
    return found


def _countries_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in lx.COUNTRY_NAMES:
        by_first.setdefault(name[0], []).append(name)
    return {first: tuple(names) for first, names in by_first.items()}


_COUNTRIES_BY_FIRST_WORD = _countries_by_first_word()


def _place_length(lows: Sequence[str], j: int, end: int, dateline: tuple[str, ...]) -> int:
    """How many words from lows[j] (and before end) name a country or the dateline's place,
    the longest that fits; 0 for none."""
    names = _COUNTRIES_BY_FIRST_WORD.get(lows[j], ())
    if dateline and dateline[0] == lows[j]:
        names = (*names, dateline)
    return max((len(p) for p in names if j + len(p) <= end and tuple(lows[j : j + len(p)]) == p),
               default=0)


def _after_a_lower_case_role(view: ArticleView, first: Word) -> bool:
    """A lower-case title or role noun stands right before the run, or one word before it
    ("pelatih | Prancis Didier Deschamps", "pemimpin tertinggi | Iran Ayatollah ...")."""
    before = view.words[max(0, first.i - 2) : first.i]
    return any(w.lower in _TITLE_OR_ROLE and not is_capitalised(w) and w.sent == first.sent
               for w in before)


def _an_envoy_s_preposition(lows: Sequence[str], k: int) -> bool:
    """lows[k] is "untuk" after an envoy's title ("Dubes RI | untuk | Jepang")."""
    return lows[k] == lx.ENVOY_PREPOSITION and not lx.ENVOY_TITLES.isdisjoint(lows[:k])


def envoy_country_at(view: ArticleView, run: list[Word], k: int, stop: int) -> int:
    """How many words after the "untuk" at word k name the country an envoy of the run is
    accredited to ("Duta Besar Indonesia | untuk | Amerika Serikat"), 0 for none."""
    lows = [w.lower for w in run] + [view.words[k].lower]
    if not _an_envoy_s_preposition(lows, len(run)):
        return 0
    ahead = [view.words[j].lower for j in range(k + 1, min(stop, k + 5))]
    return _place_length(ahead, 0, len(ahead), ()) if ahead else 0


def numbered_in_a_place(words: list[Word]) -> bool:
    """words end in a kind of school or an office's class, whose number comes next ("SMAN |
    3", "SMA Negeri | 3", "Lapas Kelas | IIA"; lexicon.NUMBERED_IN_A_PLACE)."""
    if words and words[-1].lower in lx.SCHOOL_STATUS:
        words = words[:-1]
    return bool(words) and words[-1].lower in lx.NUMBERED_IN_A_PLACE


def _numbered_in_its_region(role: list[Word]) -> bool:
    """The office ends in a school's number or an office's class ("SMAN 3", "SMA Negeri 3",
    "Kelas IIA"), which the place follows in its name."""
    return len(role) >= 2 and (role[-1].text.isdigit() or bool(_CLASS.match(role[-1].text))
                               ) and numbered_in_a_place(role[:-1])


def _place_before_a_mononym(view: ArticleView, words: list[Word], k: int) -> bool:
    """words[k], after a place head, with one name word after it: the place, when the
    article uses it elsewhere as a place or body (_used_as_a_body: "di Cilandak") and the
    person goes by one name ("Camat Cilandak Mundari" ... "kata Mundari")."""
    if k + 1 >= len(words) or not is_name_word(view, words[k + 1]) or (
            words[k + 1].lower in lx.NAME_JOINERS):
        return False  # "PT House | of Rattan": a body's own name goes on
    return _after_a_unit_head(words, k) or _used_as_a_body(
        view, [words[k].lower], words[k + 1].lower) or _called_by_the_second_word_alone(
        view, words[k].lower, words[k + 1].lower)


def _after_a_unit_head(words: list[Word], k: int) -> bool:
    """words[k] follows the head of a body or territory (lexicon.UNIT_PLACE_HEADS), directly
    or past the words of its kind ("Kejaksaan Negeri | Sukamaju"; not the nation's, "Kejaksaan
    Agung"), not "Kota" of the office "Wali Kota": the unit's place, whatever follows it."""
    j = k - 1
    while j > 0 and words[j].lower not in lx.PLACE_HEADS and words[j].lower in lx.OFFICE_WORDS \
            and words[j].lower not in lx.TITLE_WORDS:
        if words[j].lower in lx.NATIONAL_BODY_WORDS:
            return False  # "Kejaksaan Agung | Hari Setiyono": the nation's, no place after it
        j -= 1
    return j >= 0 and words[j].lower in lx.UNIT_PLACE_HEADS and not (
        j and words[j - 1].lower in lx.PERSON_PLACE_HEADS)


def _called_by_the_second_word_alone(view: ArticleView, first: str, second: str) -> bool:
    """The article calls the person by the second word alone ("Lurah Sukamaju Sutarno ...
    kata Sutarno") and never writes the first alone: news calls a person of two names by
    the first later on (of the two-word speakers in PFSA-ID's and dev's gold whom the text
    calls by one word, 323 by the first, 42 by the last, most of those after "Muhammad" or
    "Abdul"), so the first word is the place and the person goes by one name. Words that
    open names (lexicon.NAME_OPENERS, NAME_FIRST_WORDS) stay the person's."""
    if first in lx.NAME_OPENERS or first in lx.NAME_FIRST_WORDS:
        return False
    tokens, lows, where = _tokens(view.text)
    second_alone = any(tokens[p][:1].isupper() and not _flanked(tokens, p, lows)
                       for p in where.get(second, ()))
    first_alone = any(tokens[p][:1].isupper() and (p + 1 == len(lows) or lows[p + 1] != second)
                      for p in where.get(first, ()))
    return second_alone and not first_alone


def _place_written_at(view: ArticleView, words: list[Word], k: int) -> int:
    """How many of the words from words[k] the article writes elsewhere as a place, right
    after a preposition of place ("di Semarang", "di Labuhan Jambu, ..."); 0 for none."""
    tokens, lows, where = _tokens(view.text)
    longest = 0
    for p in where.get(words[k].lower, ()):
        if p == 0 or lows[p - 1] not in lx.LOCATIVE_PREPOSITIONS:
            continue
        n = 1
        while (k + n < len(words) and p + n < len(lows) and lows[p + n] == words[k + n].lower
               and tokens[p + n][:1].isupper()):
            n += 1
        longest = max(longest, n)
    return longest


def _written_as_a_name(view: ArticleView, words: list[Word], k: int) -> bool:
    """words[k] and the word after it stand elsewhere in the article as a name's opening,
    after no body head ("Menteri Koperasi Budi Arie Setiadi" beside "kata Budi Arie"): the
    person's first name, not the place or body name a head's next word may be."""
    if k + 1 >= len(words):
        return False
    tokens, lows, where = _tokens(view.text)
    first, second = words[k].lower, words[k + 1].lower
    head = words[k - 1].lower if k else ""
    return any(p + 1 < len(lows) and lows[p + 1] == second and (p == 0 or lows[p - 1] != head)
               and tokens[p][:1].isupper() and tokens[p + 1][:1].isupper()
               for p in where.get(first, ()))


def back_over_openers(lows: Sequence[str], start: int) -> int:
    """Where a name that some evidence starts at lows[start] really starts: before the words
    that open names right ahead of it ("Andi", "Muhammad"). They are the person's, though
    the article may use them apart from this name too ("Andi M Ishak" beside "Andi Sri
    Juliarty")."""
    while start > 0 and lows[start - 1] in lx.NAME_OPENERS:
        start -= 1
    return start


def _opens_a_name(lows: list[str], c: int) -> bool:
    """lows[c] opens a personal name: a word of NAME_FIRST_WORDS longer than an initial, or
    a short one ("I", "Ni", "Rr") that another such word follows ("I Gusti", "I Made")."""
    low = lows[c]
    if low not in lx.NAME_FIRST_WORDS:
        return False
    if len(low) > 2:
        return True
    return c + 1 < len(lows) and lows[c + 1] in lx.NAME_FIRST_WORDS and len(lows[c + 1]) > 2


def _a_title_ending_the_run(words: list[Word], j: int) -> bool:
    """A title word ending a capitalised run ("... Lukman | Hakim"): titles stand before the
    name they give a rank to, so at the end of the run it is a surname."""
    return j == len(words) - 1 and words[j].lower in lx.TITLE_WORDS and not _is_acronym(
        words[j])


def split_name(view: ArticleView, words: list[Word]) -> tuple[list[Word], list[Word]]:
    """(role words, name words) of a capitalised run."""
    words = [w for w in words if not is_punct(w) or w.text in "()"]
    in_title = _multiword_title_ends(words)
    # After a title, organisation words are part of the office too ("Direktur Utama
    # Pertamina Nicke Widyawati", "Humas Pemkab Bogor Dewi Lestari").
    titled = bool(words) and words[0].lower in lx.TITLE_WORDS
    last_role = -1
    place_next = place_head = after_acronym = field = toponym_next = False
    initials = {k for k in range(len(words)) if _initials_inside_a_name(view, words, k)}
    known_places = _places_after_an_office(view, words, in_title)
    place_end = 0  # the end of a place written after a body's acronym
    for k, w in enumerate(words):
        if w.text == ")" and any(is_name_word(view, x) for x in words[k + 1 :]):
            last_role = k  # "... Nusantara (Danantara) Rosan Roeslani": a body named, then who
            continue
        if w.text in "()":
            continue
        # After "Bupati"/"Pemkab" the next word is the place, if a name still follows it
        # ("Pemkab Bogor Dewi Lestari"; but "Gubernur Pramono Anung" has no place).
        names_after = sum(1 for j in range(k + 1, len(words)) if is_name_word(view, words[j])
                          and (j in initials or not _is_role_word(view, words[j])
                               or _a_title_ending_the_run(words, j)))
        if after_acronym and (written := _place_written_at(view, words, k)) and (
                names_after > written - 1):
            place_end = k + written  # a name still follows the place
        role_like = k not in initials and (
                     _is_role_word(view, w) or (titled and is_org_word(w)) or k in known_places
                     or (place_next and names_after >= 2
                         and not _written_as_a_name(view, words, k))
                     or (place_next and names_after == 1
                         and _place_before_a_mononym(view, words, k))
                     or (toponym_next and names_after >= 1)
                     or k < place_end
                     or k in in_title)
        # A place head's place may come after the words of its kind ("Pengadilan Negeri |
        # Surabaya", "Pengadilan Tinggi Agama | Bandung").
        # A regional department's field ("Dinas | Kesehatan", "Dinas | Tenaga Kerja") goes on
        # over the words of a portfolio, and its region follows.
        # A field written as its acronym ("Dinas | PU", "Dinas | PUPR") is one too.
        field = (field or (k > 0 and words[k - 1].lower in lx.REGIONAL_DEPARTMENTS)) and (
            (_office_low(w.lower) or _is_acronym(w)) and w.lower not in lx.PLACE_WORDS)
        place_head = w.lower in lx.PLACE_HEADS or field or (
            place_head and w.lower in lx.OFFICE_WORDS
            and w.lower not in lx.PLACE_WORDS and w.lower not in lx.TITLE_WORDS)
        place_next = place_head or w.lower in lx.BODY_HEADS
        # A place named by a geographic noun and its proper part ("Bupati Gunung | Kidul
        # Sunaryanta", "Lurah Karang | Anyar ..."): the noun never names the place alone.
        toponym_next = role_like and w.lower in lx.TOPONYM_HEADS
        # A body's acronym may be followed by its place too ("BMKG Semarang Sukasno", "BPBD
        # Semarang Budi Santoso"), when the article writes that word as a place ("di
        # Semarang") and a name follows.
        after_acronym = _is_acronym(w)
        if role_like and any(
            is_name_word(view, x) and not _is_role_word(view, x) for x in words[k + 1 :]
        ):
            last_role = k
    role, name = words[: last_role + 1], words[last_role + 1 :]
    # "Kepala Humas dan Protokol Masjid Istiqlal Abu Hurairah": after an office, "dan" joins
    # a second office (its head is the word after it), never two names; the rest is read
    # again as a titled run.
    joins = [k for k, w in enumerate(name) if w.lower in lx.GROUP_JOINERS]
    if role and joins and joins[-1] + 2 < len(name):
        cut = joins[-1] + 2
        second_role, second_name = split_name(view, [role[0], *name[cut:]])
        role = role + name[:cut] + second_role[1:]
        name = second_name
    while name and name[0].text in "()":
        role.append(name.pop(0))
    # "Ketua Satgas Covid-19 Doni Monardo", "Kadinkes Sulut Ardiles Mewoh": after an office,
    # words the article shows to be the office's own stay in the role; the name keeps two.
    cut = office_words_before_name(view, name, lead=role[-1].lower) if role and not any(
        is_punct(w) for w in name) else 0
    role.extend(name[:cut])
    name = name[cut:]
    if role and len(name) > 2 and _numbered_in_its_region(role) and (
            name[0].lower not in lx.NAME_OPENERS):
        role.append(name.pop(0))  # "Kepala SMAN 3 | Bandung | Dadang Rahmat"
    # "Direktur Eksekutif Institute | for Development of Economics and Finance Enny Sri
    # Hartati": an English body's joiners and its borrowed-shaped words are the office's
    # ("Bidang Hubungan | Internasional Shinta W Kamdani" too); the person's name starts
    # after them and keeps two words.
    english = 0
    while len(name) - english > 2 and (
            name[english].lower in lx.ENGLISH_JOINERS or borrowed_shaped(name[english].text)
            or (english and name[english - 1].lower in lx.ENGLISH_JOINERS)):
        english += 1
    if english:
        role.extend(name[:english])
        name = name[english:]
        # "Vice President of Marketplace | Bukalapak | Kurnia Rosyada": the body's own
        # words after its English ones, as after any office.
        cut = office_words_before_name(view, name, lead=role[-1].lower)
        role.extend(name[:cut])
        name = name[cut:]
    while name and ((is_punct(name[-1]) and name[-1].text != ")") or (
            len(name) > 1 and name[-1].lower in lx.HONORIFICS)):
        name.pop()  # "Saya Risma Pak": the honorific addresses the listener
    if name and name[-1].text == ")" and not any(w.text == "(" for w in name):
        name.pop()
    if len(name) > 3 and _an_age(name[-3:]):
        name = name[:-3]  # "Siti Aminah (38)": the age news gives after a name
    end = len(name)
    while end > 1 and _a_degree(name, end - 1):
        end -= 1
    name = name[:end]  # "Teguh Kumara SH MH": degrees written after the name are no part of it
    body = _a_body_named_whole(view, role, name) if role and name else None
    if body is not None:
        return role[:body], role[body:] + name
    # An honorific of address is the name's title but nobody's role ("Pak Budi").
    role = [w for w in role if w.lower not in lx.ADDRESS_HONORIFICS or not is_capitalised(w)]
    return _own_office(view, role), name


def office_text(view: ArticleView, role: list[Word]) -> str | None:
    """The office a split run's role words write (split_name), without the academic and
    religious titles right before the name: those are the person's ("Dekan Fakultas Teknik |
    Ir. Bambang Wijaya"). None when nothing else is left."""
    office = list(role)
    while office and (office[-1].lower in lx.TITLES_BEFORE_A_NAME or office[-1].text in ".,"):
        office.pop()
    return view.text[office[0].start : office[-1].end].strip(" ,") or None if office else None


def _own_office(view: ArticleView, role: list[Word]) -> list[Word]:
    """"Gubernur Sumbar Irwan Prayitno dan Gubernur Bali | I Wayan Koster": a name before
    "dan" and a title belongs to a first titled person; the holder's office is what follows
    the last such "dan". A "dan" that a parenthesised acronym closes later is inside a
    body's name ("Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS)")."""
    for j in range(len(role) - 2, 0, -1):
        if role[j].lower in lx.GROUP_JOINERS and role[j + 1].lower in lx.TITLE_WORDS and any(
                is_name_word(view, x) and not _is_role_word(view, x) for x in role[:j]
        ) and not any(w.text == ")" for w in role[j:]):
            return role[j + 1 :]
    return role


@lru_cache(maxsize=4)
def _lower_forms(text: str) -> frozenset[str]:
    return frozenset(m.group().lower() for m in re.finditer(r"\b[a-z][\w-]*", text))


def common_word_at_start(view: ArticleView, w: Word) -> bool:
    """A clause-initial capitalised word the article also writes in lower case elsewhere: a
    common word capitalised by its place ("Aktivitas Semeru", "Kebijakan BI"), not part of a
    name (titles, role nouns and organisation words stay: they head offices and bodies)."""
    return clause_initial(view, w) and w.lower in _lower_forms(view.text) and not (
        w.lower in _TITLE_OR_ROLE or is_org_word(w))


def _a_person_after_a_role_noun(view: ArticleView, tail: list[Word]) -> bool:
    """The capitalised words after a role noun name a person: two words or more, either a
    name alone (no place, region or address in it: "warga Jalan Merdeka", "warga Sukamaju
    Barat" name none) or a village's or region's place and then such a name ("warga Desa
    Sukamaju | Budi Santoso"), or any body and then a title and such a name ("pengasuh
    Pondok Pesantren Al Hikmah KH | Abdul Karim")."""
    role, name = split_name(view, tail)
    places = lx.PLACE_WORDS | lx.REGION_HEADS | lx.PLACE_HEADS | lx.ADDRESS_HEADS
    return len(name) >= 2 and all(w.lower not in places for w in name) and (
        not role or role[0].lower in lx.REGION_HEADS or role[0].lower in lx.PLACE_HEADS
        or role[-1].lower in lx.TITLE_WORDS)


def _capitalised_for_naming(view: ArticleView, w: Word) -> bool:
    if not is_capitalised(w):
        return False
    return not (clause_initial(view, w) and w.upos != "PROPN" and (
        w.lower in lx.ROLE_NOUNS or (w.lower in lx.TITLE_WORDS and w.upos == "NOUN")))


def classify(view: ArticleView, words: list[Word]) -> Mention | None:
    """Turn a run of words into a mention, separating titles and offices into its role."""
    words = [w for w in words if not w.clitic] or words
    if not words:
        return None
    introducer = next((k for k, w in enumerate(words) if w.lower in lx.ROLE_INTRODUCERS), None)
    if introducer and introducer + 1 < len(words):
        # "Edison Sembiring selaku Kepala Divisi ...": the name, then its role.
        m = classify(view, words[:introducer])
        if m is not None and m.kind == "name":
            return _with_role(m, view.text[words[introducer + 1].start : words[-1].end])
    if has_clitic(view, words[-1]) and words[-1].lower not in lx.PERSON_PRONOUNS:
        return _mention(view, words, "description")  # "Tujuannya": a noun possessed
    while len(words) > 1 and is_capitalised(words[0]) and common_word_at_start(view, words[0]):
        words = words[1:]
    if len(words) == 1 and words[0].lower in lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS:
        return _mention(view, words, "pronoun")
    if words[-1].lower in lx.DEMONSTRATIVES or not any(
        _capitalised_for_naming(view, w) for w in words
    ):
        return _mention(view, words, "description")
    # "hakim Rosihan" is a title and a name; "pemimpin tertinggi Iran" describes someone.
    # A title or role noun opening the clause is capitalised only by position ("Pemimpin
    # tertinggi Iran ..."): count it as lower-case here.
    # The word after it is the next that is no punctuation ("Prof | . | Hendro").
    second = next((w for w in words[1:] if not is_punct(w)), None)
    leading_lower = 0
    while leading_lower < len(words) and (
        not is_capitalised(words[leading_lower])
        or (leading_lower == 0 and clause_initial(view, words[0])
            and words[0].lower in _TITLE_OR_ROLE
            and second is not None and not is_capitalised(second))
    ):
        leading_lower += 1
    tail = [w for w in words[leading_lower:] if not is_punct(w)]
    named_tail = len(tail) >= 2 and not all(w.lower in lx.PLACE_WORDS for w in tail)
    if leading_lower == 1 and tail and tail[0].lower in lx.TITLE_WORDS and (
            words[0].lower not in lx.TITLE_WORDS):
        # "Prosedur pendataan Ketua Gugus Tugas X Doni Monardo mengatakan", "Tak gegabah
        # Presiden juga mengingatkan": a subheading the page glued to the paragraph; the
        # titled name, or the bare title, after its last word is the mention.
        m = classify(view, words[1:])
        bare_title = all(w.lower in lx.TITLE_WORDS for w in tail)
        if m is not None and (m.kind == "name" or bare_title):
            return m
    # A role noun alone before a full name is its role too ("warga Desa Sukamaju Budi
    # Santoso", "pedagang Budi Santoso").
    role_noun_lead = (leading_lower == 1 and words[0].lower in lx.ROLE_NOUNS and named_tail
                      and _a_person_after_a_role_noun(view, tail))
    if (leading_lower > 1 and not named_tail) or (
        leading_lower == 1 and words[0].lower not in lx.TITLE_WORDS and not role_noun_lead
    ):
        # ..., unless a full name closes the phrase ("pembalap reli nasional Sunny Boy
        # Hutabarat"): then the lower-case words are its role.
        return _mention(view, words, "description")
    if leading_lower > 1 or role_noun_lead:
        lead = view.text[words[0].start : words[leading_lower - 1].end]
        m = classify(view, words[leading_lower:])
        if m is not None and m.kind == "name":
            return Mention(m.text, m.start, m.end, "name",
                           f"{lead} {m.role}" if m.role else lead)
        return _mention(view, words, "description")
    role, name = split_name(view, words)
    # "Lebih fokus Faisal menambahkan" (a glued or dropped comma): a name holds no lower-case
    # word but its joiners, so it starts after the last one.
    lower = [k for k, w in enumerate(name) if not is_capitalised(w) and not is_punct(w)
             and w.lower not in lx.NAME_JOINERS]
    if lower:
        name = name[lower[-1] + 1 :]
    content = [w for w in name if not is_punct(w)]
    if not content or all(
        w.lower in _TITLE_OR_ROLE or w.lower in lx.NAME_JOINERS
        or _office_here(view, w) or not is_capitalised(w) for w in content
    ):
        # "Menteri Riset dan Teknologi": an office and nobody's name, whoever holds it.
        return _mention(view, words, "description")
    if role and _only_the_place(view, role, content):
        # "Dinas Kesehatan Kota Bandung", "Satpol PP Kabupaten Sleman": a body of a place,
        # named whole; "Bupati Sleman": an office of a place, whoever holds it. The place is
        # nobody's name.
        if any(is_org_token(w.text) for w in role):
            return _mention(view, words, "name")
        return _mention(view, words, "description")
    return _mention(view, name, "name", office_text(view, role))


def _a_body_named_whole(view: ArticleView, role: list[Word], name: list[Word]) -> int | None:
    """Where the body starts in a role that is only a kind of body and its portfolio's words
    ("Komisi Nasional | Hak Asasi Manusia menilai ..."), with no title and no place: the name
    after it is the body's own, not a person's; None for any other role, or when the article
    writes the name apart as a person's (_written_apart), or a title in lower case stands
    before the run. "Pemkab Bogor Dewi Lestari" has a place, so its body is whole before the
    name."""
    body = next((k for k, w in enumerate(role) if w.lower in lx.ORG_WORDS), None)
    if body is None or any(w.lower in lx.TITLE_WORDS for w in role):
        return None
    if body + 1 == len(role):
        # "Dewan | Pers menilai": a kind of body alone and one word after it is the body's
        # name; a person is named after a title, not after a bare kind of body.
        alone = len(role) == 1 and len(name) == 1 and not _titled_before(view, role[0])
        return 0 if alone and not _written_apart(view, role[-1], name) else None
    if _titled_before(view, role[0]):
        return None  # "juru bicara | Kementerian Kesehatan Siti Nadia": a titled holder
    if not all(_office_low(w.lower) and w.lower not in lx.PLACE_WORDS for w in role[body + 1 :]):
        return None
    return None if _written_apart(view, role[-1], name) else body


def _titled_before(view: ArticleView, w: Word) -> bool:
    """A title or a role noun stands right before w ("Ketua | Dewan Pers")."""
    before = view.words[w.i - 1].lower if w.i else ""
    return before in _TITLE_OR_ROLE or before in lx.TITLE_TAILS


def _written_apart(view: ArticleView, before: Word, name: list[Word]) -> bool:
    """The name's first or last word stands capitalised elsewhere without the words it has
    here, as a person's does ("Kementerian Pertanian Agung Hendriadi" beside "kata Agung").
    An acronym closing the name ("... Manusia HAM", "... Manusia (Komnas HAM)") is the
    body's, so the last word is the one before it."""
    bracket = next((k for k, w in enumerate(name) if w.text == "("), len(name))
    words = [w for w in name[:bracket] if not _is_acronym(w) and not is_punct(w)] or name
    tokens, lows, where = _tokens(view.text)
    if any(p > 0 and lows[p - 1] != before.lower and tokens[p][:1].isupper()
           for p in where.get(words[0].lower, ())):
        return True
    others = tuple(w.lower for w in words[:-1])
    return bool(others) and any(
        tuple(lows[max(0, p - len(others)) : p]) != others and tokens[p][:1].isupper()
        for p in where.get(words[-1].lower, ()))


def _only_the_place(view: ArticleView, role: list[Word], name: list[Word]) -> bool:
    """The name left after an office is only the place the office is of: one word after a
    region's head ("Kabupaten | Pasuruan", "Kota | Bandung"), or after another head that
    takes a place when the article uses the word as a place or body elsewhere ("Bupati |
    Sleman" beside "di Sleman"; "Bupati | Iron" stays a name), or a province's words
    ("Gubernur | Jawa Barat")."""
    if all(w.lower in lx.PLACE_WORDS for w in name):
        return True
    if len(name) != 1 or len(role) - 1 in _multiword_title_ends(role):
        return False  # "Wali Kota | Risma": the title's last word, no region's head
    head = role[-1].lower
    return head in lx.REGION_HEADS or (
        head in lx.PLACE_HEADS and _used_as_a_body(view, [name[0].lower], ""))


_CAMEL = re.compile(r"[a-z][A-Z]")


def is_org_token(token: str) -> bool:
    """A word that marks an organisation: one of the lexicon's kinds of body, a ministry's
    short form ("Kemenkeu"), an acronym ("KPK", "BPS"; titles such as "AKBP" are roles, not
    bodies), or a CamelCase brand ("OpenAI", "DeepSeek")."""
    text = token.strip("()")
    low = text.lower()
    if low in lx.ORG_WORDS or _MINISTRY_SHORT.match(low):
        return True
    if low in lx.TITLE_WORDS:
        return False
    return (len(text) >= 2 and text.isalpha() and text.isupper()) or bool(_CAMEL.search(text))


def is_organisation(name: str) -> bool:
    """A name an organisation bears: a kind of body among its words, or an acronym or brand
    opening it."""
    words = name.split()
    low = [w.lower().strip("()") for w in words]
    if any(w in lx.ORG_WORDS for w in low):
        return True
    # A lone acronym (BPS, KPK) or a CamelCase brand (OpenAI, DeepSeek) names an organisation,
    # and so does a name an acronym opens ("BPJS Kesehatan", "PD Pasar Jaya"): a person's
    # name opens with a title or a name, an acronym of a title being a title ("AKBP").
    return bool(words) and is_org_token(words[0]) and (len(words) == 1 or words[0].isupper())


def is_org_word(w: Word) -> bool:
    return is_org_token(w.text)


def body_shaped(word: str) -> bool:
    """A word of an organisation's shape (an acronym, a brand, a ministry's short form, a
    kind of body) or a place's."""
    return is_org_token(word) or word.lower() in lx.PLACE_WORDS


def wants_a_body(role_text: str) -> bool:
    """An office of a body, the role's last title, written without its body ("Koordinator
    Nasional", "Chief Information Officer": no organisation, place or kind of body), or one
    that stops inside a body's or a second office's name, at a body's head or after a joiner
    ("Ketua Yayasan", "Direktur Institute for Essential", "Menteri Pekerjaan Umum dan
    Perumahan"). The capitalised words after such an office are the rest of its body,
    whenever the article calls the person by a later word."""
    role = role_text.split()
    lows = [w.lower() for w in role]
    if not lows:
        return False
    if lows[-1] in lx.BODY_HEADS or any(
            w in lx.ENGLISH_JOINERS or w in lx.GROUP_JOINERS for w in lows[-2:]):
        return True
    # The office the name follows is the role's last title: after a rank ("... Polri
    # Inspektur Jenderal") the name comes at once.
    last_title = next((w for w in reversed(lows)
                       if w in lx.TITLE_WORDS and w not in lx.TITLE_MODIFIERS), None)
    return last_title in lx.OFFICES_OF_A_BODY and not any(
        body_shaped(w) or low in lx.PLACE_HEADS for w, low in zip(role, lows, strict=True))


def pure_name(view: ArticleView, run: list[Word]) -> bool:
    """A run that is only a name: capitalised, no titles, offices or acronyms."""
    content = [w for w in run if not is_punct(w)]
    return bool(content) and all(
        is_capitalised(w) and not _is_role_word(view, w) and not is_org_word(w)
        for w in content
    )


def _choose_apposition(view: ArticleView, first: list[Word], second: list[Word]) -> Mention | None:
    """"NAME, ROLE" or "ROLE, NAME": the pure name is the speaker, the other its role."""
    first_split, second_split = split_name(view, first), split_name(view, second)
    second_name = second_split[1]
    # "Petugas P2BK Jampangtengah, Dadi Supardi": an office or a role noun opening the first
    # phrase makes it the role of the name that follows.
    # A lower-case word opening the second phrase makes it the role instead ("Bripka Andi,
    # anggota Polsek Tanah Abang": a titled name, then what the person is).
    second_is_name = (pure_name(view, second) and not pure_name(view, first)) or (
        first[0].lower in _TITLE_OR_ROLE and second_name and is_capitalised(second[0])
        and not any(is_org_word(w) for w in second_name)
    )
    # "AKBP Budi Santoso, Kapolres Sukamaju" / "Kapolres Sukamaju, AKBP Budi Santoso": both
    # phrases are a title and capitalised words, but after a place head one word is the
    # place the office is of, and the other phrase holds the person's name.
    first_place = _only_a_place_after_its_head(first_split)
    second_place = _only_a_place_after_its_head(second_split)
    if first_place != second_place:
        second_is_name = first_place
    if second_is_name:
        name_run, role_run = second, first
    else:
        name_run, role_run = first, second
    m = classify(view, name_run)
    if m is None or m.kind != "name" or _names_a_body(m):
        # "Kandidat doktor Kobe University, dokter Adam Prabata, mengatakan": the first
        # phrase names no one, or a body, and the other names a person.
        other = classify(view, role_run)
        if other is not None and other.kind == "name" and not _names_a_body(other):
            m, role_run = other, name_run
    if m is None or m.kind != "name":
        return m
    return _with_role(m, view.text[role_run[0].start : role_run[-1].end])


def _only_a_place_after_its_head(split: tuple[list[Word], list[Word]]) -> bool:
    """A run split (split_name) into an office whose place head is followed by one word
    alone ("Kapolres | Sukamaju", "Bupati | Sleman"): that word is the office's place, no
    name."""
    role, name = split
    return bool(role) and len(name) == 1 and role[-1].lower in lx.PLACE_HEADS


def _names_a_body(m: Mention) -> bool:
    """A name mention an organisation bears ("Medical Science Kobe University"), or one whose
    role is only a body's head ("PT" of "PT Maju Jaya")."""
    return is_organisation(m.text) or bool(
        m.role and all(t.lower() in lx.BODY_HEADS for t in m.role.split()))


def _run_right(view: ArticleView, k: int, stop: int) -> list[Word]:
    """A name or description run starting at word k, reading rightwards."""
    run: list[Word] = []
    described = False
    while k < stop and len(run) < _MAX_RUN:
        w = view.words[k]
        low = w.lower
        if w.clitic:
            break
        if low in lx.DEMONSTRATIVES and run:
            run.append(w)
            break
        if w.text == "." and run and run[-1].lower in lx.TITLE_WORDS:
            k += 1  # "dr. Reza"
            continue
        if run and initial_period(view, w, stop):
            run.append(w)  # "Teguh P. Nugroho"
            k += 1
            continue
        if w.text == "(" and run:
            close = next((j for j in range(k + 1, min(stop, k + 8))
                          if view.words[j].text == ")"), None)
            if close is not None and close + 1 < stop and (is_name_word(
                view, view.words[close + 1]
            ) or view.words[close + 1].lower in lx.TITLE_WORDS):
                run.extend(view.words[k : close + 1])
                k = close + 1
                continue
            break
        if run and _a_neighbourhood_s_number(run[-1], w):
            run.append(w)  # "Ketua RT | 05 | /RW | 03 | Kelurahan ..."
        elif run and (country := envoy_country_at(view, run, k, stop)):
            run.extend(view.words[k : k + 1 + country])  # "Dubes RI | untuk Jepang | ..."
            k += 1 + country
            continue
        elif run and run[-1].i == k - 1 and _unit_code_at(view, k - 1) and k + 1 < stop:
            # "Pangdam IV | /Diponegoro": a unit's number read as a name word, then its slash
            # and place.
            run.append(w)
        elif is_name_word(view, w) or (not run and low in _TITLE_OR_ROLE):
            run.append(w)
            described = described or not is_capitalised(w)
        elif run and (low in lx.TITLE_WORDS or w.text.isdigit() or _UNIT_CODE.match(w.text)
                      ) and k + 1 < stop and (
                is_name_word(view, view.words[k + 1])) and any(is_capitalised(x) for x in run):
            # "Kepala Dinas Kesehatan Banyuwangi dr Widji": a title mid-run; "Kepala Humas
            # Daop 1 Eva": a number in a body's name.
            run.append(w)
        elif run and k + 2 < stop and _unit_code_at(view, k) and is_name_word(
                view, view.words[k + 2]):
            # "Dandim 0501/Jakarta Pusat Letkol Inf Wahyu": a unit's number and its place.
            run.extend(view.words[k : k + 2])
            k += 2
            continue
        elif run and low in lx.TITLE_WORDS and k + 2 < stop and (
                view.words[k + 1].lower in lx.TITLE_TAILS) and is_name_word(
                view, view.words[k + 2]) and any(is_capitalised(x) for x in run):
            # "Letnan Kolonel Laut dokter gigi M Arifin": a two-word title mid-run.
            run.extend(view.words[k : k + 2])
            k += 2
            continue
        elif run and _extends_run(view, run, w, k, stop, described):
            run.append(w)
        else:
            break
        k += 1
    return run


def second_office_at(view: ArticleView, run: list[Word], k: int, stop: int) -> bool:
    """A slash between two offices one person holds ("Menteri Riset dan Teknologi/Kepala
    Badan Riset dan Inovasi Nasional Bambang"): the run is an office (a title in it) and a
    title follows the slash. A photo credit ("Kompas/Heru") has no title after it."""
    text = view.words[k].text
    if text == "/" and k + 1 < stop:
        title = view.words[k + 1].text  # "Teknologi / Kepala"
    elif text.startswith("/"):
        title = text[1:]  # "Teknologi /Kepala", as the tokeniser reads "Teknologi/Kepala"
    else:
        return False
    return (title[:1].isupper() and title.lower() in lx.TITLE_WORDS
            and any(w.lower in lx.TITLE_WORDS for w in run))


# Most words between a preposition inside a body's name and the body's acronym.
_MAX_BODY_TAIL = 8


def body_preposition_at(view: ArticleView, run: list[Word], k: int, stop: int) -> bool:
    """Whether the word at k is a preposition inside a body's name: capitalised words (and
    joiners) follow it up to a parenthesised acronym, and the acronym starts with the
    initial of a capitalised word of the run, so the name began before the preposition
    ("Jaringan Pendidikan Pemilih untuk Rakyat (JPPR)")."""
    if view.words[k].lower not in lx.BODY_NAME_PREPOSITIONS:
        return False
    j = k + 1
    tail = 0
    while j < stop and tail < _MAX_BODY_TAIL and (
            is_capitalised(view.words[j])
            or (tail and view.words[j].lower in lx.NAME_JOINERS | lx.BODY_NAME_PREPOSITIONS)):
        j += 1
        tail += 1
    if not tail or j + 2 >= stop or view.words[j].text != "(" or view.words[j + 2].text != ")":
        return False
    acronym = view.words[j + 1].text
    if sum(ch.isupper() for ch in acronym) < 2 or not acronym.isalpha():
        return False
    return any(is_capitalised(w) and w.text[0] == acronym[0] for w in run)


def _extends_run(view: ArticleView, run: list[Word], w: Word, k: int, stop: int,
                 described: bool) -> bool:
    """Lower-case words that still belong to a run: more role nouns in a description
    ("pihak maskapai"), joiners between names, and the body of "pemain ... itu"."""
    low = w.lower
    if all(not is_capitalised(x) for x in run) and low in _TITLE_OR_ROLE:
        return True
    if low in lx.TITLE_TAILS and run[-1].lower in lx.TITLE_WORDS:
        return True  # "juru bicara", "kuasa hukum"
    if all(not is_capitalised(x) for x in run) and _field_before_a_name(view, k, stop):
        return True  # "pengamat politik | Universitas Indonesia Aditya Perdana"
    if low == "dari" and k + 2 < stop and view.words[k + 1].lower in lx.FACTION_WORDS and (
            is_capitalised(view.words[k + 2])) and any(
            x.lower in _TITLE_OR_ROLE for x in run):
        return True  # "anggota Komisi III DPR | dari Fraksi PDI-P | Budi Santoso"
    if low in lx.NAME_JOINERS and _a_name_after_the_joiners(view, k, stop):
        return True
    if body_preposition_at(view, run, k, stop) or second_office_at(view, run, k, stop):
        return True
    return described and not is_punct(w) and len(run) < 6 and (
        ((w.upos in _NP_TAGS or low in lx.AGE_VERBS)
         and _closes_with_demonstrative(view, k, stop))
        or _described_up_to_a_named_apposition(view, run, k, stop))


def _a_name_after_the_joiners(view: ArticleView, k: int, stop: int) -> bool:
    """A name word follows the joiner at k, right after it or after a second one ("von |
    der | Leyen")."""
    j = k + 1
    if j < stop and view.words[j].lower in lx.NAME_JOINERS - lx.GROUP_JOINERS and (
            view.words[k].lower not in lx.GROUP_JOINERS):
        j += 1
    return j < stop and is_name_word(view, view.words[j])


# Most lower-case words a described person's phrase runs before the comma and the name.
_DESCRIPTION_WORDS = 6


def _described_up_to_a_named_apposition(view: ArticleView, run: list[Word], k: int,
                                        stop: int) -> bool:
    """"kata pemilik warung makan, Budi Santoso": the lower-case words after a role noun
    describe the person up to the comma before their name, which the apposition gives."""
    if not all(not is_capitalised(x) for x in run) or run[0].lower not in _TITLE_OR_ROLE:
        return False
    for j in range(k, min(stop - 1, k + _DESCRIPTION_WORDS)):
        w = view.words[j]
        if w.text == ",":
            return j > k and is_capitalised(nxt := view.words[j + 1]) and is_name_word(view, nxt)
        if is_punct(w) or is_capitalised(w) or w.lower in lx.CUE_FORMS:
            return False
    return False


_NEIGHBOURHOOD_NUMBER = re.compile(r"^\d{1,3}(?:/\d{1,3})?$")


def _a_neighbourhood_s_number(last: Word, w: Word) -> bool:
    """w continues a neighbourhood's address after last: its number after "RT" or "RW"
    ("RT 05", "RT 05/03"), or the next unit after a number ("05 | /RW", "05 | RW")."""
    unit = last.lower.lstrip("/") in lx.NEIGHBOURHOOD_UNITS
    after_number = bool(_NEIGHBOURHOOD_NUMBER.match(last.text))
    return (unit and bool(_NEIGHBOURHOOD_NUMBER.match(w.text))) or (
        after_number and w.lower.lstrip("/") in lx.NEIGHBOURHOOD_UNITS)


def _unit_code_at(view: ArticleView, k: int) -> bool:
    """A military or police unit's number and the slash before its place's name at word k
    ("Kodim 0501/Jakarta Pusat", "Korem 061/Suryakancana"), after the unit's name."""
    if not 0 < k < len(view.words) - 2:
        return False
    number, slash = view.words[k], view.words[k + 1]
    # The tokeniser may also glue the slash to the place ("01", "/Sukamaju"); a military
    # region's number is roman ("Kodam IV/Diponegoro").
    return ((number.text.isdigit() or bool(_ROMAN.match(number.text)))
            and number.sent == slash.sent
            and (slash.text == "/" or (slash.text[:1] == "/" and slash.text[1:2].isupper()))
            and is_capitalised(view.words[k - 1]))


# Most lower-case words of a field after a role noun ("pakar hukum tata negara").
_FIELD_WORDS = 3


def _field_before_a_name(view: ArticleView, k: int, stop: int) -> bool:
    """Lower-case words from k that name a described person's field and lead to a
    capitalised run ("pengamat politik Universitas Indonesia Aditya Perdana", "pakar hukum
    tata negara Bivitri Susanti"): no function word, cue or punctuation among them."""
    for j in range(k, min(stop, k + _FIELD_WORDS + 1)):
        w = view.words[j]
        if is_capitalised(w):
            return j > k and is_name_word(view, w)
        if is_punct(w) or not w.text.isalpha() or w.lower in lx.FUNCTION_WORDS or (
                w.lower in lx.CUE_FORMS or w.lower in lx.DEMONSTRATIVES):
            return False
    return False


def past_determiners(view: ArticleView, k: int, stop: int) -> int:
    """The first word from k that is no determiner of a described person ("salah seorang |
    warga"; lexicon.DESCRIPTION_MODIFIERS), stop - 1 at the latest."""
    while k + 1 < stop and view.words[k].lower in lx.DESCRIPTION_MODIFIERS:
        k += 1
    return k


def mention_after(view: ArticleView, cue: Word, stop: int) -> Mention | None:
    """The speaker named right after an inverted cue or "menurut": ", kata Altman"; with a
    clitic, the clitic, unless a name follows it all the same (", katanya Budi Santoso":
    the name is who the clitic stands for)."""
    if has_clitic(view, cue):
        named = _named_after_a_clitic(view, cue, stop)
        if named is not None:
            return named
        start, end = token_span(view, cue)
        return Mention(text=view.text[start:end], start=start, end=end, kind="clitic")
    k = cue.i + 1
    sent_end = view.sentences[cue.sent].last
    if k >= min(stop, sent_end):
        return None
    first = view.words[k]
    if first.lower in lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS:
        return _mention(view, [first], "pronoun")
    # "kata salah seorang warga, Budi Santoso": past the determiners of a described person.
    head = past_determiners(view, k, sent_end)
    if head > k and view.words[head].lower in _TITLE_OR_ROLE:
        k = head
    run = _office_list(view, _run_right(view, k, sent_end), sent_end)
    if not run:
        return None
    # "kata Kepala BPS, Ateng Hartono, ..." / "menurut Deputi ..., Ateng Hartono,"
    nxt = run[-1].i + 1
    office = run
    close = _bracket_closing(view, nxt, sent_end)
    if close is not None and close + 1 < sent_end and view.words[close + 1].text == ",":
        # "kata Koordinator Masyarakat Anti Korupsi Indonesia (MAKI), Boyamin Saiman": the
        # body's acronym in brackets closes the office before the comma.
        office = view.words[run[0].i : close + 1]
        nxt = close + 1
    if nxt < sent_end and view.words[nxt].text == "," and not pure_name(view, run):
        second = _run_right(view, nxt + 1, sent_end)
        # "kata Kepala Puskesmas Cilincing, Jakarta Utara, Edison": past the office's place.
        while second and is_place_run(second) and second[-1].i + 2 < sent_end and (
                view.words[second[-1].i + 1].text == ","):
            second = _run_right(view, second[-1].i + 2, sent_end)
        after = second[-1].i + 1 if second else sent_end
        if second and split_name(view, second)[1] and not is_place_run(second) and not (
                _DEGREE.match(view.text[second[0].start : second[-1].end])
                or all(_degree_shaped(w.text) for w in second)) and (
            after >= sent_end or view.words[after].text in {",", ".", "(", ")"}
            or is_punct(view.words[after]) or view.words[after].lower in lx.ASIDE_OPENERS
        ):
            return _choose_apposition(view, office, second)
    return classify(view, run)


def _named_after_a_clitic(view: ArticleView, cue: Word, stop: int) -> Mention | None:
    """The name right after a cue's clitic token ("katanya | Budi Santoso"), if any."""
    k = cue.i + 1
    while k < len(view.words) and view.words[k].token == cue.token:
        k += 1  # past the clitic's own word
    sent_end = min(stop, view.sentences[cue.sent].last)
    if k >= sent_end or not is_name_word(view, view.words[k]):
        return None
    m = classify(view, _run_right(view, k, sent_end))
    return m if m is not None and m.kind == "name" else None


def _bracket_closing(view: ArticleView, k: int, stop: int) -> int | None:
    """Where the bracket opening at word k closes, within a few words ("(MAKI)", "(Komnas
    HAM)"); None when no bracket opens there."""
    if k >= stop or view.words[k].text != "(":
        return None
    return next((j for j in range(k + 1, min(k + 6, stop)) if view.words[j].text == ")"),
                None)


def is_place_run(run: list[Word]) -> bool:
    """"Jakarta Utara", "Kabupaten Tangerang": a place, not a person."""
    content = [w for w in run if not is_punct(w)]
    return bool(content) and (content[0].lower in lx.REGION_HEADS
                              or all(w.lower in lx.PLACE_WORDS for w in content))


# Most fields an office lists ("Bidang Politik, Hukum, dan Keamanan") before its holder.
_MAX_FIELDS = 6


def _office_list(view: ArticleView, run: list[Word], stop: int) -> list[Word]:
    """"Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD": a title-led office
    listing its fields with commas and "dan" goes on to the name after the last field; the
    run as it is when no such list follows."""
    if not run or run[0].lower not in lx.TITLE_WORDS:
        return run
    words = list(run)
    j = run[-1].i + 1
    for _ in range(_MAX_FIELDS):
        if j + 1 >= stop or view.words[j].text != ",":
            return run
        k = j + 1
        last = view.words[k].lower in lx.GROUP_JOINERS
        nxt = _run_right(view, k + 1 if last else k, stop)
        if not nxt or not all(is_capitalised(w) or w.lower in lx.GROUP_JOINERS for w in nxt):
            return run
        words += view.words[j : nxt[-1].i + 1]
        if last:
            return words if len(nxt) >= 2 else run
        if any(w.lower in lx.GROUP_JOINERS for w in nxt):
            # "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB": the last field
            # joined without a comma before "dan"; the office ends with it.
            return words
        j = nxt[-1].i + 1
    return run


def _office_list_before(view: ArticleView, run: list[Word], floor: int) -> list[Word]:
    """_office_list read leftwards, for a subject before its verb: "Menteri Pendidikan,
    Kebudayaan, Riset, dan Teknologi Nadiem Makarim mengatakan". A run after "dan" (and its
    comma) that ends such a list goes back over the fields, with commas, to the title that
    leads the first; the run as it is when no title-led list stands before it ("Budi, Ani,
    dan Siti")."""
    if not run or not is_capitalised(run[0]) or run[0].lower in lx.TITLE_WORDS:
        return run
    j = run[0].i - 1
    if j <= floor or view.words[j].lower not in lx.GROUP_JOINERS:
        return run
    j -= 1
    if view.words[j].text == ",":
        j -= 1
    for _ in range(_MAX_FIELDS):
        field: list[Word] = []
        while j >= floor and is_capitalised(view.words[j]) and not is_punct(view.words[j]):
            field.insert(0, view.words[j])
            j -= 1
        title = next((w for w in field if w.lower in lx.TITLE_WORDS), None)
        if title is not None:
            return view.words[title.i : run[0].i] + run
        if not field or j <= floor or view.words[j].text != ",":
            return run
        j -= 1
    return run


def _closes_with_demonstrative(view: ArticleView, k: int, stop: int) -> bool:
    """A description such as "pemain Penajam Paser Utara itu" ends in a demonstrative."""
    for j in range(k, min(stop, k + 6)):
        w = view.words[j]
        if w.lower in lx.DEMONSTRATIVES:
            return True
        if is_punct(w):
            return False
    return False


def _an_abbreviation_s_period(view: ArticleView, j: int) -> bool:
    """words[j] is the period of an abbreviation (orthography.ABBREVIATIONS) written glued to
    it, which the tokeniser split off ("dr" | "." before "Siti Aminah")."""
    w = view.words[j]
    if w.text != "." or j == 0:
        return False
    before = view.words[j - 1]
    return before.lower in ABBREVIATIONS and before.end == w.start


def _an_age_inside(w: Word, run: list[Word]) -> bool:
    """"Perempuan | berusia | 50 tahun itu": an age verb before its number, inside a
    described person's phrase that a demonstrative closes."""
    return w.lower in lx.AGE_VERBS and bool(run) and run[0].upos == "NUM" and (
        run[-1].lower in lx.DEMONSTRATIVES)


def _np_left(view: ArticleView, k: int, floor: int) -> list[Word]:
    """The noun phrase ending at word k, read leftwards (no punctuation, verbs or 'yang')."""
    run: list[Word] = []
    j = k
    while j >= floor and len(run) < _MAX_RUN:
        w = view.words[j]
        if w.text == ")":
            open_at = next((x for x in range(j - 1, max(floor, j - 8) - 1, -1)
                            if view.words[x].text == "("), None)
            if open_at is not None and open_at > floor and (
                is_name_word(view, view.words[open_at - 1]) or run
            ):
                run[:0] = view.words[open_at : j + 1]
                j = open_at - 1
                continue
            break
        if j - 2 >= floor and _unit_code_at(view, j - 1) and run and is_capitalised(run[0]):
            run[:0] = view.words[j - 1 : j + 1]  # "Dandim 0501/ | Jakarta Pusat ..."
            j -= 2
            continue
        if _an_abbreviation_s_period(view, j) and run and j - 1 >= floor:
            run[:0] = view.words[j - 1 : j + 1]  # "dr | . | Siti Aminah": the tokeniser's split
            j -= 2
            continue
        if is_punct(w):
            break
        if w.clitic:
            j -= 1
            continue
        if w.lower in lx.SUBJECT_STOPS:
            break
        if w.lower in lx.NAME_JOINERS and not (
            run and is_capitalised(run[0]) and j > floor and is_capitalised(view.words[j - 1])
        ):
            break
        if _an_age_inside(w, run):
            run.insert(0, w)  # "Perempuan | berusia | 50 tahun itu": the age verb stays in
            j -= 1
            continue
        if not (is_name_word(view, w) or w.upos in _NP_TAGS or w.lower in lx.PERSON_PRONOUNS
                or w.lower in lx.DEMONSTRATIVES or w.lower in lx.NAME_JOINERS
                or w.lower in _TITLE_OR_ROLE):
            break
        if w.upos == "VERB" and not is_capitalised(w) and (
            w.lower not in _TITLE_OR_ROLE
        ):
            break
        run.insert(0, w)
        j -= 1
    # A subject phrase starts at a name, a title, a role noun or a pronoun ...
    popped: list[Word] = []
    while run and not (
        is_name_word(view, run[0])
        or run[0].lower in _TITLE_OR_ROLE or run[0].lower in lx.PERSON_PRONOUNS
        or run[0].lower in lx.PLURAL_PRONOUNS
    ):
        popped.append(run.pop(0))
    # ... but one capitalised word a common noun governs is that noun's complement ("sebagian
    # umat Muslim menilai": no one named Muslim): the phrase stays whole, a description.
    if len(run) == 1 and popped and popped[-1].upos == "NOUN" and popped[-1].text.islower():
        return popped + run
    if glued_acronym(run):
        run.pop(0)
    return run


def glued_acronym(run: list[Word]) -> bool:
    """An acronym opening a phrase right before a title belongs to what came before it (a
    subheading glued to the paragraph: "SIKM diawasi RW | Sekretaris Dinas X Enung ..."); after
    an office, an acronym is the office's body ("Kabid Humas Polda NTT Kombes ...")."""
    return len(run) > 2 and _is_acronym(run[0]) and run[0].lower not in lx.TITLE_WORDS and (
        run[1].lower in lx.TITLE_WORDS)


def _skip_to_subject(view: ArticleView, cue: Word, floor: int) -> int:
    k = cue.i - 1
    skipped = 0
    while k >= floor and skipped < 3:
        w = view.words[k]
        if w.lower in lx.PRE_CUE_SKIP or (w.upos in {"ADV", "AUX"} and not is_name_word(view, w)):
            k -= 1
            skipped += 1
            continue
        break
    return k


# Longest aside, in words, between a subject and its speech verb ("X, yang dihubungi dari
# Jakarta, Sabtu (19/9/2020), mengatakan").
ASIDE_MAX_WORDS = 14


def _before_degrees(view: ArticleView, k: int, floor: int) -> int:
    """The name's last word when the words up to k are academic degrees written after it
    ("AKBP Budi Santoso, S.I.K., M.Si. mengatakan", "dr. Siti Aminah, M.Kes mengatakan"):
    they stand between a subject and its cue as an apposition would; k itself otherwise."""
    j = k
    while j >= floor and (view.words[j].text in {",", "."} or _a_degree_piece(view.words[j].text)
                          or _a_letter_of_an_abbreviation(view, j)):
        j -= 1
    if j == k or j < floor or not is_name_word(view, view.words[j]):
        return k
    block = view.text[view.words[j].end : view.words[k].end]
    parts = [p for p in re.split(r"[\s,]+", block) if p]
    # Capitals alone may be a body's acronym; two or more together, or one with a period or
    # a lower-case letter, are degrees ("SH, MH", "M.Kes").
    if parts and (len(parts) > 1 or "." in parts[0] or parts[0] in lx.DEGREES_WRITTEN_MIXED
                  ) and all(_degree_shaped(p) or _degree_shaped(p + ".") for p in parts):
        return j
    return k


def _a_letter_of_an_abbreviation(view: ArticleView, j: int) -> bool:
    """A capital letter written on to a piece that ends in a period ("M." "T" of "M.T.",
    as the tokeniser may split it): the letter is that abbreviation's."""
    w = view.words[j]
    return len(w.text) == 1 and w.text.isupper() and j > 0 and (
        view.words[j - 1].text.endswith(".") and view.words[j - 1].end == w.start)


def _a_degree_piece(text: str) -> bool:
    """A token a degree may be split into ("S.I", ".K", "M.Si", "MH")."""
    bare = text.replace(".", "")
    return 0 < len(bare) <= 5 and bare.isalpha() and bare[:1].isupper() and (
        "." in text or text in lx.DEGREES_WRITTEN_MIXED or text in lx.DEGREES_WRITTEN_CAPITALS)


def mention_before(view: ArticleView, cue: Word, floor: int) -> Mention | None:
    """The subject of an active cue: "Altman mengakui", "Sam Altman, CEO OpenAI, mengungkap",
    and across an aside: "Kepala Dinas X Febria di Surabaya, Rabu (16/9/2020), mengatakan"."""
    k = _before_degrees(view, _skip_to_subject(view, cue, floor), floor)
    if k < floor:
        return None
    nearest = _subject_ending_at(view, k, floor)
    if nearest is not None and nearest.kind == "name" and _after_a_comma(view, nearest, floor):
        # "Ditemui di kantornya, Budi Santoso mengatakan": the name between the comma and
        # the verb is the subject; what stands before the comma is no aside of it.
        return nearest
    aside = _aside_start(view, k, floor)
    if aside is not None:
        end = aside - 1  # the subject's last word, or the comma closing an apposition
        name_end = end - 1 if view.words[end].text == "," else end
        m = _subject_ending_at(view, end, floor)
        if m is None and name_end != end:
            m = _subject_ending_at(view, name_end, floor)  # "Rina, saat dihubungi, ..."
        if m is not None and m.kind in {"name", "pronoun"} and not _governed(
                view, name_end, floor):
            return m
    found = _subject_ending_at(view, k, floor)
    if found is None and view.words[k].text in {",", ")"}:
        return _subject_before_comma_aside(view, k, floor)
    if found is not None and found.kind == "name":
        found = _name_before_an_alias(view, found, floor) or found
    if found is not None and found.kind == "name" and _names_a_body(found):
        return _member_of(view, found, k, floor) or found
    return found


def _name_before_an_alias(view: ArticleView, m: Mention, floor: int) -> Mention | None:
    """"Abdul Muhaimin Iskandar atau Cak Imin mengatakan", "Budi Santoso alias Gondrong
    mengaku": the name before the word of an alias (lexicon.ALIAS_WORDS) is the person's
    own, the one after it what they are also called."""
    first = view.words_between(m.start, m.end)[:1]
    j = first[0].i - 1 if first else -1
    if j - 1 < floor or view.words[j].lower not in lx.ALIAS_WORDS:
        return None
    own = _subject_ending_at(view, j - 1, floor)
    return own if own is not None and own.kind == "name" else None


def _after_a_comma(view: ArticleView, m: Mention, floor: int) -> bool:
    """m's first word stands right after a comma of its clause."""
    first = view.words_between(m.start, m.end)[:1]
    return bool(first) and first[0].i - 1 >= floor and view.words[first[0].i - 1].text == ","


def _member_of(view: ArticleView, body: Mention, k: int, floor: int) -> Mention | None:
    """"Reynaldi dari PT House of Rattan mengatakan": a person named right before "dari" and
    the body speaks for it; the body is the person's role."""
    run = _np_left(view, k, floor)
    j = run[0].i - 1 if run else -1
    if j - 1 < floor or view.words[j].lower != "dari":
        return None
    person = _subject_ending_at(view, j - 1, floor)
    if person is None or person.kind != "name" or _names_a_body(person):
        return None
    return _with_role(person, body.text)


def _subject_before_comma_aside(view: ArticleView, k: int, floor: int) -> Mention | None:
    """"Suharno, yang dihubungi melalui telepon, mengatakan", "Erwin Hermanto, Senin
    (20/4/2020), menyampaikan": an aside set off by commas between a name and its cue (k is
    the aside's closing comma or bracket); the name before the aside's opening comma."""
    for c in range(k - 1, max(floor, k - ASIDE_MAX_WORDS - 1) - 1, -1):
        w = view.words[c]
        if w.text in {".", "!", "?", ";"} or is_quote_mark(w):
            return None
        if w.text == "," and c - 1 >= floor and (
                is_name_word(view, view.words[c - 1]) or _a_name_and_its_age(view, c - 1, floor)):
            m = _subject_ending_at(view, c - 1, floor)
            place = _np_left(view, c - 1, floor)
            if place and is_place_run(place[-2:]) and view.words[place[0].i - 1].lower in (
                    lx.PREPOSITIONS):
                continue  # "dari Jakarta,": the aside's place
            return m if m is not None and m.kind == "name" else None
    return None


def _aside_start(view: ArticleView, k: int, floor: int) -> int | None:
    """Where an aside (a place, an occasion, a time) opens between a named subject and the
    word k before its cue: the first aside opener within ASIDE_MAX_WORDS that follows a name
    (or a name and a comma), with no sentence end, quotation mark, office or other cue after
    it. The subject ends right before it (at the comma, for an apposition)."""
    first = max(floor + 1, k - ASIDE_MAX_WORDS)
    for j in range(k, first - 1, -1):
        w = view.words[j]
        # An aside names no office ("Spesialis Anak dari RS X dr Reza": the office goes on),
        # though it may address a profession ("X kepada wartawan mengatakan").
        if w.text in {".", "!", "?", ";"} or is_quote_mark(w) or cues.is_active(w) or (
                w.lower in lx.TITLE_WORDS and not _addressed_in_an_aside(view, j, floor)):
            first = j + 1
            break
    for j in range(first, k + 1):
        w = view.words[j]
        if w.lower not in lx.ASIDE_OPENERS:
            continue
        before = view.words[j - 1]
        if before.text == "," and j - 2 >= floor:
            before = view.words[j - 2]  # "Rina, Kepala Dinas X, saat dihubungi, ..."
        if is_name_word(view, before):
            return j
    return None


# Most words between an aside's opener and the profession it addresses ("kepada para
# wartawan").
_ADDRESSEE_REACH = 2


def _addressed_in_an_aside(view: ArticleView, j: int, floor: int) -> bool:
    """Word j stands in an aside, right after its opener or a word or two after it ("kepada |
    wartawan", "kepada para | wartawan"): a profession addressed, no office of the subject."""
    before = view.words[max(floor, j - _ADDRESSEE_REACH) : j]
    return any(w.lower in lx.ASIDE_OPENERS for w in before) and not any(
        is_punct(w) for w in before)


class Governor(Enum):
    """What stands right before a phrase, and so what the phrase is to it. One reading for
    every caller; each states in one line which of these make the phrase no subject."""

    NONE = "none"  # the clause's start, punctuation or a connective: free to be a subject
    PREPOSITION = "preposition"  # "di Jakarta": a place, "dengan Budi": a complement
    PASSIVE_CUE = "passive cue"  # "disampaikan Rizki": the agent of a passive speech verb
    OPENING_PASSIVE_CUE = "opening passive cue"  # "Dijelaskan Irmansyah, ...": the same
    VERB = "verb"  # "melibatkan Setya Novanto": an object
    OPENING_VERB = "opening verb"  # a verb capitalised by opening its clause
    NOUN = "noun"  # "pemimpin tertinggi Iran": the complement of a noun phrase


def governor(view: ArticleView, first: Word, floor: int = -1) -> Governor:
    """What governs the phrase whose first word is first (words at or before floor are out
    of reach: another clause)."""
    if first.i - 1 <= floor or first.i == 0:
        return Governor.NONE
    before = view.words[first.i - 1]
    if is_punct(before) or before.lower in lx.CONNECTIVES:
        return Governor.NONE
    if before.lower in lx.PREPOSITIONS:
        return Governor.PREPOSITION
    if cues.is_passive(before):
        return Governor.OPENING_PASSIVE_CUE if is_capitalised(before) else Governor.PASSIVE_CUE
    if before.upos == "VERB":
        return Governor.OPENING_VERB if is_capitalised(before) else Governor.VERB
    return Governor.NOUN if before.text[:1].islower() else Governor.NONE


# The phrase before a cue's aside is no subject after a preposition or a verb ("ditemui di
# Bundaran Hotel Indonesia").
_NOT_AN_ASIDE_SUBJECT = frozenset({Governor.PREPOSITION, Governor.PASSIVE_CUE, Governor.VERB})


def _governed(view: ArticleView, k: int, floor: int) -> bool:
    """The phrase ending at word k is governed (_NOT_AN_ASIDE_SUBJECT): a complement."""
    run = _np_left(view, k, floor)
    if not run or run[0].i <= floor:
        return False
    return governor(view, run[0], floor) in _NOT_AN_ASIDE_SUBJECT


def _subject_ending_at(view: ArticleView, k: int, floor: int) -> Mention | None:
    """The subject phrase whose last word is k (or the comma after an apposition)."""
    w = view.words[k]
    if w.lower in lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS:
        return _mention(view, [w], "pronoun")
    if w.text == "," and k - 1 >= floor:
        inner = _np_left(view, k - 1, floor)
        if inner and inner[0].i - 1 >= floor and view.words[inner[0].i - 1].text == ",":
            if inner[0].lower in lx.REGION_HEADS:
                # "Ahmad Fauzi, warga Desa X, | Kecamatan Y,": the next part of an address
                # in the apposition; the subject ends at the comma before it.
                return _subject_ending_at(view, inner[0].i - 1, floor)
            # "Budi Santoso, M.Si., Kepala Dinas X,": past the degrees after the name.
            outer = _np_left(view, _before_degrees(view, inner[0].i - 2, floor), floor)
            if outer:
                return _choose_apposition(view, outer, inner)
        # "Widyastuti, memaparkan, ...", "Terkait kasus itu, Suhup, mengatakan, ...": a name
        # that is the whole stretch between the clause's start (or a comma) and the comma
        # before its verb is its subject.
        if inner and (inner[0].i - 1 <= floor or view.words[inner[0].i - 1].text == ","):
            bare = classify(view, inner)
            return bare if bare is not None and bare.kind == "name" else None
        return None
    relative = _before_relative_clause(view, k, floor)
    if relative is not None:
        return relative
    run = _office_list_before(view, _np_left(view, k, floor), floor)
    if not run:
        return None
    office = _office_opening_the_clause(view, run, floor)
    if office is not None and pure_name(view, run):
        # "Kepala Pelaksana BPBD Sukamaju, Budi Santoso menjelaskan, ...": the apposition's
        # second comma left out; the office before the first is the name's role.
        return _choose_apposition(view, office, run)
    return classify(view, run)


def _office_opening_the_clause(view: ArticleView, run: list[Word], floor: int
                               ) -> list[Word] | None:
    """The titled run that opens the clause and a comma separates from run ("Kepala BPBD
    Sukamaju, | Budi Santoso"), or None."""
    comma = run[0].i - 1
    if comma - 1 < floor or view.words[comma].text != ",":
        return None
    office = _np_left(view, comma - 1, floor)
    if not office or office[0].lower not in lx.TITLE_WORDS or not is_capitalised(office[0]):
        return None
    start = office[0].i
    return office if start <= floor or clause_initial(view, office[0]) else None


# Adverbs and copulas opening a relative clause that gives a role ("yang juga Ketua RT").
_LINKING_WORDS = lx.PRE_CUE_SKIP | {"merupakan", "adalah", "ialah", "menjabat", "sebagai"}


def _before_relative_clause(view: ArticleView, k: int, floor: int) -> Mention | None:
    """"Miryam yang mencabut semua BAPnya menegaskan": the subject is the noun phrase
    before "yang", not the last noun of the relative clause."""
    j = k
    while j > floor and k - j < 8:
        w = view.words[j]
        if is_punct(w):
            return None
        if w.lower == "yang" and not any(x.upos == "VERB" for x in view.words[j + 1 : k + 1]):
            # "Kepala BNPB yang juga Ketua Satgas Doni Monardo": an apposition, its name last;
            # "Budi Santoso yang juga Ketua RT setempat menyebut": a role, the name before it.
            after = classify(view, view.words[j + 1 : k + 1])
            run = _np_left(view, j - 1, floor) if j - 1 >= floor else []
            before = classify(view, run) if run else None
            if before is None or before.kind != "name":
                return _described_through_a_relative(view, run, before, k)
            if after is not None and after.kind == "name" and not pure_name(view, run):
                # "Kepala BNPB yang juga Ketua Satgas Doni Monardo": an office, then the
                # name; after a person's bare name ("Anton Sihombing yang juga Ketua Koperasi
                # Nelayan X") the titled words are that person's role.
                return None
            first = j + 1
            while first < k and view.words[first].lower in _LINKING_WORDS:
                first += 1  # "yang juga | Ketua RT", "yang merupakan | ..."
            return _with_role(before, view.text[view.words[first].start : view.words[k].end])
        if w.lower == "yang":
            run = _np_left(view, j - 1, floor)
            m = classify(view, run) if run else None
            if m is not None and m.kind in {"name", "pronoun"}:
                return m
            return _described_through_a_relative(view, run, m, k)
        j -= 1
    return None


def _described_through_a_relative(view: ArticleView, run: list[Word], head: Mention | None,
                                  k: int) -> Mention | None:
    """"Ketua umum yang baru itu mengatakan", "Menteri yang baru dilantik tersebut
    menyebut": a description whose relative clause a demonstrative closes right before the
    cue (TBBBI: the demonstrative ends the noun phrase), so the whole phrase is the subject,
    a description the speakers stage resolves like "Ketua umum itu"."""
    if head is None or head.kind != "description" or not run or (
            view.words[k].lower not in lx.DEMONSTRATIVES):
        return None
    return _mention(view, view.words[run[0].i : k + 1], "description")
