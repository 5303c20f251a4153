"""Figures of a claim, normalised: "Rp 4,5 miliar" -> 4500000000 IDR (money), "lebih dari 300
juta pengguna" -> 300000000 pengguna (count, more_than), "25 persen" -> 25 (percent),
"peringkat ketiga" -> 3 (rank), "2,4 mm Hg" -> 2.4 (measure), "tahun 2020" -> 2020 (date).

Works on plain text with offsets (no parse needed), so it runs on every claim. Indonesian
numbers group thousands with a period and mark decimals with a comma (PUEBI); a period
followed by other than exactly three digits is read as a decimal point, as English-style
figures in Indonesian text are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from service.extract import lexicon as lx
from service.extract.morphology import strip_nya, verb_shaped


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float
    unit: str | None
    kind: str  # money | percent | count | measure | rank | date | duration
    qualifier: str | None

    def as_dict(self) -> dict[str, Any]:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "start": self.start, "end": self.end, "value": value,
                "unit": self.unit, "kind": self.kind, "qualifier": self.qualifier}


# A token: a number (with separators), a word (letters, hyphens, inner apostrophes), or one
# symbol character (%, $, €, ±, ...).
_TOKEN = re.compile(r"[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?(?![0-9])|[0-9]{4}/[0-9]{2,4}"
                    r"|[0-9]{1,2}:[0-9]{2}"
                    r"|[0-9]+(?:[.,][0-9]+)*"
                    r"|[^\W\d_]+(?:[-/'][^\W\d_]+)*\$?|\S", re.UNICODE)
_SLASHED_DATE = re.compile(r"^[0-9]{1,4}/[0-9]{1,4}(?:/[0-9]{2,4})?$")
# Time zones after a clock time ("22.00 WIB").
_TIME_ZONES = frozenset({"wib", "wita", "wit", "utc", "gmt"})
_GROUPED = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?$")


def _digits(text: str) -> bool:
    """ASCII digits only: "¹" or "٣" are digits to str.isdigit but not figures here."""
    return text.isascii() and text.isdigit()


def parse_number(raw: str) -> float | None:
    """Indonesian digits to a number: "1.250.000" -> 1250000, "4,5" -> 4.5, "1.250,75" ->
    1250.75, "2.5" -> 2.5 (a lone period before other than three digits is a decimal)."""
    if _GROUPED.match(raw):
        whole, _, frac = raw.partition(",")
        return float(whole.replace(".", "") + ("." + frac if frac else ""))
    if raw.count(",") == 1 and "." not in raw:
        return float(raw.replace(",", "."))
    if raw.count(".") == 1 and "," not in raw:
        return float(raw)
    digits = raw.replace(".", "").replace(",", "")
    return float(digits) if _digits(digits) else None


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _by_first_word(phrases: Iterable[str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """phrases (lower-case, space-separated) by their first word, longest first."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for phrase in phrases:
        parts = tuple(phrase.split(" "))
        index.setdefault(parts[0], []).append((phrase, parts))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[1]))
    return index


# Every token of every sentence a claim may hold is tried against these lists.
_QUALIFIER_INDEX = _by_first_word(lx.QUALIFIERS)
_UNIT_INDEX = _by_first_word(lx.MEASURE_UNITS)


def _phrase_at(toks: list[_Tok], k: int, index: dict[str, list[tuple[str, tuple[str, ...]]]]
               ) -> tuple[str, int] | None:
    """The longest phrase of index (_by_first_word) starting at token k."""
    if k >= len(toks):
        return None
    for phrase, parts in index.get(toks[k].low, ()):
        if k + len(parts) <= len(toks) and all(
                toks[k + j].low == p for j, p in enumerate(parts[1:], 1)):
            return phrase, len(parts)
    return None


def _qualifier_before(toks: list[_Tok], k: int) -> tuple[str | None, int]:
    """(qualifier, index of its first token) for the words right before token k."""
    for width in (4, 3, 2, 1):
        j = k - width
        if j < 0:
            continue
        found = _phrase_at(toks, j, _QUALIFIER_INDEX)
        if found and found[1] == width:
            return lx.QUALIFIERS[found[0]], j
    return None, k


def _value_at(toks: list[_Tok], k: int) -> tuple[float, int] | None:
    """(value, tokens used) of a number written in digits or words at token k."""
    tok = toks[k]
    if _SLASHED_DATE.match(tok.text) or ":" in tok.text:
        return None  # a date ("17/10/2025"), a season ("2025/2026"), a time ("08:34")
    if _digits(tok.text[0]):
        value = parse_number(tok.text)
        return (value, 1) if value is not None else None
    if tok.low in lx.NUMBER_WORDS:
        if k + 1 < len(toks) and toks[k + 1].low == lx.AND_A_HALF and tok.low != lx.AND_A_HALF:
            return lx.NUMBER_WORDS[tok.low] + 0.5, 2  # "satu setengah juta": one and a half
        return float(lx.NUMBER_WORDS[tok.low]), 1
    return None


def _slashed_date(text: str, toks: list[_Tok], k: int) -> tuple[Quantity, int] | None:
    """"17/10/2025": a date, its year the value."""
    tok = toks[k]
    if not _SLASHED_DATE.match(tok.text):
        return None
    year = tok.text.rsplit("/", 1)[1]
    return Quantity(tok.text, tok.start, tok.end, float(year), None, "date", None), k + 1


def _clock_time(text: str, toks: list[_Tok], k: int) -> tuple[Quantity, int] | None:
    """"08:34 WIB": a time of day."""
    tok = toks[k]
    if ":" not in tok.text or not _digits(tok.text[:1]):
        return None
    end = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].low in _TIME_ZONES else tok
    hours, minutes = tok.text.split(":")
    quantity = Quantity(text[tok.start:end.end], tok.start, end.end,
                        int(hours) + int(minutes) / 100, "time", "date", None)
    return quantity, k + (2 if end is not tok else 1)


def _rank(text: str, toks: list[_Tok], k: int) -> tuple[Quantity, int] | None:
    """Ranks: "peringkat ketiga", "urutan ke-2", "juara 1"."""
    tok = toks[k]
    if tok.low not in lx.RANK_WORDS or k + 1 >= len(toks):
        return None
    nxt, last = toks[k + 1], k + 1
    rank = lx.ORDINAL_WORDS.get(nxt.low)
    if rank is None and _digits(nxt.text):
        rank = int(nxt.text)
    if rank is None and nxt.low == "ke" and k + 3 < len(toks) \
            and toks[k + 2].text == "-" and _digits(toks[k + 3].text):
        rank, nxt, last = int(toks[k + 3].text), toks[k + 3], k + 3  # "urutan ke-2"
    if rank is None:
        return None
    if tok.low in lx.REFERENCE_WORDS and last + 1 < len(toks) and toks[last + 1].low in {
            "tahun", "/"}:
        return None  # "Nomor 54 Tahun 2024", "Nomor 4/2025": a law's number, not a rank
    return Quantity(text[tok.start:nxt.end], tok.start, nxt.end, rank, None, "rank", None), \
        last + 1


def _numbers_a_reference(toks: list[_Tok], k: int) -> bool:
    """The number at k identifies a law, article, clause or document: a reference word
    before it, maybe with a period or an opening bracket between ("No. 1", "ayat (2)"), or
    glued to the end of the word before, capitalised, where scraping lost a space ("Pasal 2
    junctoPasal 28")."""
    j = k - 1
    while j >= 0 and toks[j].text in {".", "("}:
        j -= 1
    if j < 0:
        return False
    word = toks[j].text
    return toks[j].low in lx.REFERENCE_WORDS or any(
        word[i].isupper() and word[i - 1].islower() and word[i:].lower() in lx.REFERENCE_WORDS
        for i in range(1, len(word)))


# The multiplication sign as Indonesian text writes it between two numbers ("2x50 MW", "3 x
# 100 meter"): a number of units of a size.
_TIMES_SIGNS = frozenset({"x", "×"})


def _times(toks: list[_Tok], end: int) -> float | None:
    """The second factor of a product at token end ("x50" after "2"), else None."""
    if end + 1 < len(toks) and toks[end].low in _TIMES_SIGNS and _digits(toks[end + 1].text):
        return parse_number(toks[end + 1].text)
    return None


def _inside_a_name(toks: list[_Tok], k: int, used: int) -> bool:
    """A number in digits between two capitalised words ("TSG 1899 Hoffenheim", "PLTU 1
    Kalbar"): part of the name, as "Covid-19" is. A calendar word on either side makes a
    date instead ("Januari 2025 Presiden ...", "20 November")."""
    after = k + used
    return (k > 0 and after < len(toks) and _digits(toks[k].text)
            and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha()
            and toks[k - 1].low not in lx.CALENDAR_WORDS
            and toks[after].text[:1].isupper() and toks[after].text.isalpha()
            and toks[after].low not in lx.CALENDAR_WORDS)


def _glued_to_a_word(text: str, start: int) -> bool:
    """Digits written against the letters before them, or joined to them by a hyphen
    ("Covid-19", "G20", "H-7"): a name or code, not an amount. A currency before the amount
    ("Rp15 miliar") is read before this is asked."""
    before = text[start - 1 : start]
    if before == "-":
        before = text[start - 2 : start - 1]
    return before.isalpha()


def _currency_before(toks: list[_Tok], k: int) -> tuple[str | None, int]:
    """A currency written before the amount ("Rp", "Rp.", "US$"): (code, the amount's
    token), or (None, k)."""
    tok = toks[k]
    if tok.low in lx.CURRENCY_PREFIXES and k + 1 < len(toks):
        at = k + 1
        if toks[at].text == "." and k + 2 < len(toks):  # "Rp." before the amount
            at = k + 2
        if _digits(toks[at].text[:1]):
            return lx.CURRENCY_PREFIXES[tok.low], at
    if tok.text in {"US", "S"} and k + 2 < len(toks) and toks[k + 1].text == "$" \
            and _digits(toks[k + 2].text[:1]):  # "US$" split by the tokeniser
        return ("USD" if tok.text == "US" else "SGD"), k + 2
    return None, k


# What follows a number, tried in order: each returns (kind, unit, value, one past its last
# token) or None. The currency before the number, the word before it and its qualifier are
# what a few of them need.
_Read = tuple[str, str | None, float, int] | None
_After = Callable[[list[_Tok], int, float, "_Context"], _Read]


@dataclass(frozen=True, slots=True)
class _Context:
    currency: str | None
    prev: str  # the word before the figure
    number: _Tok  # the number's token
    qualifier: str | None


def _money_before(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    return ("money", ctx.currency, value, end) if ctx.currency else None


def _percent(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    """A share: "10 persen", "10 %", and with -nya ("70 persennya", "70 percent of it")."""
    if end < len(toks) and (toks[end].low in lx.PERCENT_WORDS
                            or strip_nya(toks[end].low, lx.PERCENT_WORDS) is not None):
        return "percent", "percent", value, end + 1
    if end + 1 < len(toks) and toks[end].low == "poin" and toks[end + 1].low == "persentase":
        return "percent", "percentage_point", value, end + 2
    return None


def _money_word(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    if end >= len(toks) or toks[end].low not in lx.CURRENCY_WORDS:
        return None
    unit = lx.CURRENCY_WORDS[toks[end].low]
    end += 1
    if end < len(toks) and toks[end].text == "AS" and unit == "USD":
        end += 1  # "dolar AS"
    return "money", unit, value, end


def _measure(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    m = _phrase_at(toks, end, _UNIT_INDEX)
    return ("measure", m[0], value, end + m[1]) if m is not None else None


def _day_of_month(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    """"5 Februari 2025": a date, the year (when given) its value."""
    if end >= len(toks) or toks[end].low not in lx.MONTHS:
        return None
    end += 1
    if end < len(toks) and _digits(toks[end].text):
        return "date", None, float(toks[end].text), end + 1
    return "date", None, value, end


def _time_of_day(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    """"pukul 10.30", "22.00 WIB"."""
    zone = end < len(toks) and toks[end].low in _TIME_ZONES
    if ctx.prev != "pukul" and not zone:
        return None
    return "date", "time", value, end + 1 if zone else end


def _year(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    if _digits(ctx.number.text) and len(ctx.number.text) == 4 and 1900 <= value <= 2100 and (
            ctx.prev in lx.DATE_INTRODUCERS or ctx.prev in lx.MONTHS or not ctx.qualifier):
        return "date", None, value, end
    return None


def _duration(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    if end < len(toks) and toks[end].low in lx.DURATION_UNITS:
        return "duration", toks[end].low, value, end + 1
    return None


# "3,412": a comma before exactly three digits, the English way of grouping thousands.
_COMMA_THOUSANDS = re.compile(r"^[0-9]{1,3},[0-9]{3}$")


def _a_countable_noun(low: str) -> bool:
    """A word a number can count: no function word, and no verb by its affixes ("2 berada",
    "3 menjadi", "5 dilaporkan" state what the number's subject does), unless a noun of that
    shape ("4 tersangka")."""
    return low not in lx.NOT_COUNTED_NOUNS and (
        not verb_shaped(low) or low in lx.VERB_SHAPED_NOUNS or low in lx.TITLE_WORDS)


def _a_counted_word(tok: _Tok) -> bool:
    """A lower-case word of letters a number can count ("300 juta | pengguna")."""
    return tok.text.isalpha() and tok.text.islower() and _a_countable_noun(tok.low)


def _counted_noun(toks: list[_Tok], end: int, value: float, ctx: _Context) -> _Read:
    """The counted noun: "300 juta pengguna", "tiga pemain". Things counted come whole, so
    "3,412 orang" groups thousands the English way (3412), where "3,4 juta" is a decimal."""
    if end < len(toks) and _a_counted_word(toks[end]):
        if _COMMA_THOUSANDS.match(ctx.number.text) and toks[end - 1] is ctx.number:
            value = float(ctx.number.text.replace(",", ""))
        return "count", toks[end].low, value, end + 1
    return None


_AFTER_NUMBER: tuple[_After, ...] = (_money_before, _percent, _money_word, _measure,
                                     _day_of_month, _time_of_day, _year, _duration,
                                     _counted_noun)


def _amount(text: str, toks: list[_Tok], k: int) -> tuple[Quantity, int] | None:
    """A number in digits or words, with its currency, scale, qualifier and what it counts
    or measures (_AFTER_NUMBER); a bare count when nothing names it."""
    first = k
    currency, k = _currency_before(toks, k)
    found = _value_at(toks, k)
    if found is None:
        return None
    value, used = found
    if currency is None and _glued_to_a_word(text, toks[k].start):
        return None  # "Covid-19", "G20", "MotoGP2025": part of a name, not a figure
    if currency is None and _numbers_a_reference(toks, k):
        return None  # "Pasal 2 ayat (1)", "Nomor 54": which article, not how many
    if currency is None and _inside_a_name(toks, k, used):
        return None  # "TSG 1899 Hoffenheim": part of a name
    # A number word counts only with a scale, unit or counted noun after it.
    if not _digits(toks[k].text[0]) and currency is None and (
            k + 1 >= len(toks) or not _a_countable_noun(toks[k + 1].low)
            or not toks[k + 1].text.isalpha()):
        return None
    end = k + used  # one past the last token of the figure
    product = _times(toks, end)
    if product is not None:  # "2x50 megawatt": two units of 50
        value *= product
        end += 2
    if end < len(toks):  # scale words: "300 juta", "Rp 5 M"
        scale = lx.SCALE_WORDS.get(toks[end].low)
        if scale is None and currency and toks[end].text in lx.SCALE_ABBREVIATIONS:
            scale = lx.SCALE_ABBREVIATIONS[toks[end].text]
        if scale is not None:
            value *= scale
            end += 1
    qualifier, q_start = _qualifier_before(toks, first)
    ctx = _Context(currency, toks[first - 1].low if first > 0 else "", toks[k], qualifier)
    kind, unit = "count", None
    for after in _AFTER_NUMBER:
        read = after(toks, end, value, ctx)
        if read is not None:
            kind, unit, value, end = read
            break
    start = toks[q_start].start if q_start < first else toks[first].start
    return Quantity(text[start:toks[end - 1].end], start, toks[end - 1].end, value, unit, kind,
                    qualifier), end


def _fraction(text: str, toks: list[_Tok], k: int) -> tuple[Quantity, int] | None:
    """A fraction written out, as a share in percent (lexicon.FRACTION_WORDS: "separuh dari
    warga" 50, "dua pertiga anggota" 66.7), when "dari" or a noun it shares out follows."""
    low = toks[k].low
    if low in lx.FRACTION_WORDS:
        share, used = lx.FRACTION_WORDS[low], 1
    elif low in lx.NUMBER_WORDS and k + 1 < len(toks) and (
            toks[k + 1].low in lx.FRACTION_DENOMINATORS):
        share = 100 * lx.NUMBER_WORDS[low] / lx.FRACTION_DENOMINATORS[toks[k + 1].low]
        used = 2
    else:
        return None
    end = k + used
    after = toks[end] if end < len(toks) else None
    if after is None or not (after.low == "dari" or (
            low not in lx.FRACTION_ONLY_BEFORE_DARI and _a_counted_word(after))):
        return None
    qualifier, q_start = _qualifier_before(toks, k)
    start = toks[q_start].start
    return Quantity(text[start : toks[end - 1].end], start, toks[end - 1].end, round(share, 2),
                    "percent", "percent", qualifier), end


# Each kind of figure, tried in order at every token.
_MATCHERS = (_slashed_date, _clock_time, _rank, _fraction, _amount)


def _find(text: str) -> list[Quantity]:
    toks = _tokens(text)
    out: list[Quantity] = []
    k = 0
    while k < len(toks):
        for match in _MATCHERS:
            found = match(text, toks, k)
            if found is not None:
                out.append(found[0])
                k = found[1]
                break
        else:
            k += 1
    return out


# The dashes that join a match result's two scores ("menang 2-1", "Koeln 1 - 0 Frankfurt").
_RESULT_DASHES = frozenset({"-", "–", "—"})


def states_a_result(text: str) -> bool:
    """Whether text gives a result of two small numbers joined by a dash ("menang 2-1 atas
    Porto", "Koeln 1 - 0 Frankfurt"): a score, a figure CLAIMS.md counts as a quantity. Two
    numbers with a unit, month or scale after them are a range instead ("2-4 minggu",
    "23-26 Oktober", "3-5 persen"), and a result never joins a number glued to a word."""
    toks = _tokens(text)
    for k in range(len(toks) - 2):
        first, dash, second = toks[k], toks[k + 1], toks[k + 2]
        if not (dash.text in _RESULT_DASHES and _digits(first.text) and _digits(second.text)
                and len(first.text) <= 2 and len(second.text) <= 2):
            continue
        after = toks[k + 3].low if k + 3 < len(toks) else ""
        if after in lx.MONTHS or after in lx.DURATION_UNITS or after in lx.SCALE_WORDS or (
                after in lx.PERCENT_WORDS) or _phrase_at(toks, k + 3, _UNIT_INDEX) is not None:
            continue
        if (k > 0 and toks[k - 1].text in {"/", ".", ":"}) or _glued_to_a_word(
                text, first.start):
            continue
        return True
    return False


# "sebanyak 40 orang", "mencapai 12 kasus": a figure stated as such, not a narrative count.
_EXACT_INTRODUCERS = tuple(word for word, meaning in lx.QUALIFIERS.items() if meaning is None)


def is_figure(q: Quantity) -> bool:
    """A figure a claim can be about (CLAIMS.md's quantity): money, shares, measures, ranks,
    and counts that are large, qualified or scaled. Dates and times, and small counts of
    things in a narrative ("tiga terdakwa", "empat IUP"), tell of an event instead."""
    if q.kind in {"money", "percent", "measure", "rank"}:
        return True
    if q.kind in {"count", "duration"}:
        # A counted noun in digits from ten up ("50 gol", "16 tahun penjara", "14 bank") is
        # a figure; single digits and written-out numbers are narrative ("empat IUP").
        return q.qualifier is not None or q.value >= 1000 or (
            q.text.lower().startswith(_EXACT_INTRODUCERS)) or (
            q.unit is not None and q.value >= 10 and _digits(q.text[:1]))
    return False


def find_quantities(text: str, base: int = 0) -> list[Quantity]:
    """Every figure in text, with offsets shifted by base (text's offset in the article)."""
    return [Quantity(q.text, q.start + base, q.end + base, q.value, q.unit, q.kind,
                     q.qualifier) for q in _find(text)]
