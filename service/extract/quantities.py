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
from dataclasses import dataclass

from service.extract import lexicon as lx


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float
    unit: str | None
    kind: str  # money | percent | count | measure | rank | date | duration
    qualifier: str | None

    def as_dict(self) -> dict:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {"text": self.text, "start": self.start, "end": self.end, "value": value,
                "unit": self.unit, "kind": self.kind, "qualifier": self.qualifier}


# A token: a number (with separators), a word (letters, hyphens, inner apostrophes), or one
# symbol character (%, $, €, ±, ...).
_TOKEN = re.compile(r"[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?|[0-9]{4}/[0-9]{2,4}|[0-9]{1,2}:[0-9]{2}"
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


def _phrase_at(toks: list[_Tok], k: int, phrases) -> tuple[str, int] | None:
    """The longest phrase of phrases (lower-case, space-separated) starting at token k."""
    best = None
    for phrase in phrases:
        parts = phrase.split(" ")
        fits = k + len(parts) <= len(toks) and all(
            toks[k + j].low == p for j, p in enumerate(parts))
        if fits and (best is None or len(parts) > best[1]):
            best = (phrase, len(parts))
    return best


def _qualifier_before(toks: list[_Tok], k: int) -> tuple[str | None, int]:
    """(qualifier, index of its first token) for the words right before token k."""
    for width in (4, 3, 2, 1):
        j = k - width
        if j < 0:
            continue
        found = _phrase_at(toks, j, lx.QUALIFIERS)
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
        return float(lx.NUMBER_WORDS[tok.low]), 1
    return None


def _find(text: str) -> list[Quantity]:
    toks = _tokens(text)
    out: list[Quantity] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if _SLASHED_DATE.match(tok.text):
            year = tok.text.rsplit("/", 1)[1]
            out.append(Quantity(tok.text, tok.start, tok.end, float(year), None, "date", None))
            k += 1
            continue
        if ":" in tok.text and _digits(tok.text[:1]):  # "08:34 WIB"
            end = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].low in _TIME_ZONES else tok
            hours, minutes = tok.text.split(":")
            out.append(Quantity(text[tok.start:end.end], tok.start, end.end,
                                int(hours) + int(minutes) / 100, "time", "date", None))
            k += 2 if end is not tok else 1
            continue
        # Ranks: "peringkat ketiga", "urutan ke-2", "juara 1".
        if tok.low in lx.RANK_WORDS and k + 1 < len(toks):
            nxt, last = toks[k + 1], k + 1
            rank = lx.ORDINAL_WORDS.get(nxt.low)
            if rank is None and _digits(nxt.text):
                rank = int(nxt.text)
            if rank is None and nxt.low == "ke" and k + 3 < len(toks) \
                    and toks[k + 2].text == "-" and _digits(toks[k + 3].text):
                rank, nxt, last = int(toks[k + 3].text), toks[k + 3], k + 3  # "urutan ke-2"
            if rank is not None:
                out.append(Quantity(text[tok.start:nxt.end], tok.start, nxt.end, rank, None,
                                    "rank", None))
                k = last + 1
                continue
        currency = None
        first = k
        if tok.low in lx.CURRENCY_PREFIXES and k + 1 < len(toks):
            nxt = toks[k + 1]
            if nxt.text == "." and k + 2 < len(toks):  # "Rp." before the amount
                nxt = toks[k + 2]
                k += 1
            if _digits(nxt.text[:1]):
                currency = lx.CURRENCY_PREFIXES[tok.low]
                k += 1
        if tok.text in {"US", "S"} and k + 2 < len(toks) and toks[k + 1].text == "$" \
                and _digits(toks[k + 2].text[:1]):  # "US$" split by the tokeniser
            currency = "USD" if tok.text == "US" else "SGD"
            k += 2
        found = _value_at(toks, k)
        if found is None:
            k = first + 1
            continue
        value, used = found
        # A number word counts only with a scale, unit or counted noun after it.
        bare_word = not _digits(toks[k].text[0]) and currency is None and (
            k + 1 >= len(toks) or toks[k + 1].low in lx.NOT_COUNTED_NOUNS
            or not toks[k + 1].text.isalpha())
        if bare_word:
            k = first + 1
            continue
        end_k = k + used  # one past the last token of the figure
        # Scale words: "300 juta", "Rp 5 M".
        if end_k < len(toks):
            scale_tok = toks[end_k]
            scale = lx.SCALE_WORDS.get(scale_tok.low)
            if scale is None and currency and scale_tok.text in lx.SCALE_ABBREVIATIONS:
                scale = lx.SCALE_ABBREVIATIONS[scale_tok.text]
            if scale is not None:
                value *= scale
                end_k += 1
        qualifier, q_start = _qualifier_before(toks, first)
        kind, unit = "count", None
        prev = toks[first - 1].low if first > 0 else ""
        if currency:
            kind, unit = "money", currency
        elif end_k < len(toks) and toks[end_k].low in lx.PERCENT_WORDS:
            kind, unit = "percent", "percent"
            end_k += 1
        elif end_k + 1 < len(toks) and toks[end_k].low == "poin" \
                and toks[end_k + 1].low == "persentase":
            kind, unit = "percent", "percentage_point"
            end_k += 2
        elif end_k < len(toks) and toks[end_k].low in lx.CURRENCY_WORDS:
            kind, unit = "money", lx.CURRENCY_WORDS[toks[end_k].low]
            end_k += 1
            if end_k < len(toks) and toks[end_k].text == "AS" and unit == "USD":
                end_k += 1
        elif (m := _phrase_at(toks, end_k, lx.MEASURE_UNITS)) is not None:
            kind, unit = "measure", m[0]
            end_k += m[1]
        elif end_k < len(toks) and toks[end_k].low in lx.MONTHS:
            kind, unit = "date", None  # "5 Februari 2025": the year, when given, is the value
            end_k += 1
            if end_k < len(toks) and _digits(toks[end_k].text):
                value = float(toks[end_k].text)
                end_k += 1
        elif prev == "pukul" or (end_k < len(toks) and toks[end_k].low in _TIME_ZONES):
            kind, unit = "date", "time"  # "pukul 10.30", "22.00 WIB"
            if end_k < len(toks) and toks[end_k].low in _TIME_ZONES:
                end_k += 1
        elif _digits(toks[k].text) and len(toks[k].text) == 4 and \
                1900 <= value <= 2100 and (prev in lx.DATE_INTRODUCERS or prev in lx.MONTHS
                                           or not qualifier):
            kind, unit = "date", None  # a year
        elif end_k < len(toks) and toks[end_k].low in lx.DURATION_UNITS:
            kind, unit = "duration", toks[end_k].low
            end_k += 1
        elif end_k < len(toks) and toks[end_k].text.isalpha() and toks[end_k].text.islower() \
                and toks[end_k].low not in lx.NOT_COUNTED_NOUNS:
            unit = toks[end_k].low  # the counted noun: "300 juta pengguna", "tiga pemain"
            end_k += 1
        start = toks[q_start].start if q_start < first else toks[first].start
        end = toks[end_k - 1].end
        out.append(Quantity(text[start:end], start, end, value, unit, kind, qualifier))
        k = end_k
    return out


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
