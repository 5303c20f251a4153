"""Check-worthy claims: quote contents and unattributed sentences that assert checkable facts.

The score adds up the signals fact-checkers look for first: figures (amounts, percentages,
money, dates), comparisons and rankings, named entities, and a named source. It is a ranking
aid, not a probability.
"""

from __future__ import annotations

import re

from service.extract import lexicon as lx
from service.extract.mentions import is_capitalised, is_punct
from service.extract.model import Claim, Quote
from service.nlp.view import ArticleView, Sentence

_UNITS = "|".join(re.escape(u) for u in sorted(lx.NUMBER_UNITS, key=len, reverse=True))
NUMBER_RE = re.compile(
    rf"(?:(?:Rp|US\$|\$|€|£)\s?)?\d+(?:[.,]\d+)*(?:\s?(?:{_UNITS})\b)?"
    r"|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seratus|seribu|"
    rf"sejuta|setengah|separuh)\s(?:{_UNITS})\b",
    re.IGNORECASE,
)
_MIN_SENTENCE_WORDS = 6
# Claims scoring below this are too weak to list.
MIN_SCORE = 0.45


def _numbers(text: str) -> list[str]:
    return [m.group().strip() for m in NUMBER_RE.finditer(text)]


def _comparison(text: str) -> bool:
    low = f" {text.lower()} "
    return any(f" {w} " in low for w in lx.COMPARISON_WORDS)


def _entities(view: ArticleView, start: int, end: int) -> list[str]:
    """Capitalised runs inside the span, skipping a sentence-initial word."""
    out: list[str] = []
    run: list = []
    for w in view.words_between(start, end):
        initial = view.sentences[w.sent].first == w.i or w.start == start
        if is_capitalised(w) and not is_punct(w) and not initial and (
            w.lower not in lx.NOT_NAME_WORDS
        ):
            run.append(w)
            continue
        if run:
            out.append(view.text[run[0].start : run[-1].end])
        run = []
    if run:
        out.append(view.text[run[0].start : run[-1].end])
    return list(dict.fromkeys(out))


def _score(numbers: list[str], comparison: bool, entities: list[str], attributed: bool) -> float:
    score = 0.2
    if numbers:
        score += 0.35 + min(0.1, 0.05 * (len(numbers) - 1))
    if comparison:
        score += 0.25
    if entities:
        score += 0.1
    if attributed:
        score += 0.1
    return round(min(score, 1.0), 2)


def _claim(view: ArticleView, start: int, end: int, attributed: bool,
           quote: int | None) -> Claim | None:
    text = view.text[start:end]
    numbers = _numbers(text)
    comparison = _comparison(text)
    entities = _entities(view, start, end)
    score = _score(numbers, comparison, entities, attributed)
    factual = bool(numbers or comparison)
    # An attributed statement about named entities is checkable even without a figure.
    if score < MIN_SCORE or not (factual or (attributed and entities)):
        return None
    return Claim(text=text, start=start, end=end, checkworthy=score, numbers=numbers,
                 entities=entities, comparison=comparison, quote=quote)


def _sentence_span(view: ArticleView, sent: Sentence) -> tuple[int, int]:
    words = view.sentence_words(sent)
    while words and is_punct(words[-1]):
        words = words[:-1]
    if not words:
        return sent.start, sent.start
    return words[0].start, words[-1].end


def extract_claims(view: ArticleView, quotes: list[Quote]) -> list[Claim]:
    claims: list[Claim] = []
    for k, q in enumerate(quotes):
        c = _claim(view, q.start, q.end, q.speaker is not None, k)
        if c is not None:
            claims.append(c)
    for sent in view.sentences:
        start, end = _sentence_span(view, sent)
        if end <= start or any(q.start < end and start < q.end for q in quotes):
            continue
        words = [w for w in view.sentence_words(sent) if not is_punct(w)]
        # Unparsed sentences carry guessed tags: a comparison word also makes a predicate.
        predicate = any(w.upos in {"VERB", "ADJ", "AUX"} for w in words) or _comparison(
            view.text[start:end])
        if len(words) < _MIN_SENTENCE_WORDS or not predicate:
            continue
        c = _claim(view, start, end, False, None)
        if c is not None and (c.numbers or c.comparison):
            claims.append(c)
    claims.sort(key=lambda c: (-c.checkworthy, c.start))
    return claims
