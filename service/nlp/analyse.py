"""Run Stanza over an article and build the ArticleView.

Each non-blank line is fed to Stanza as its own document: news text marks paragraphs (and
headlines) by line breaks, which Stanza's tokenizer would otherwise run together into one
sentence. All lines are tokenised in one batched call; then multi-word tokens are split
(service/nlp/multiword.py) and POS, lemma and depparse run, in batched calls, only on the
sentences the caller selects (most sentences of an article
hold no quote and attribute none). Stanza annotates each sentence on its own, so a selected
sentence gets exactly the annotation a full parse would give it; dependencies are parsed on a
second, smaller selection (the sentences whose parse is consulted). Words of the other
sentences get a shape-based guess (capitalised -> PROPN, meN-/ber-/di- -> VERB, ...) and their
sentence is marked parsed=False.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from service.errors import BudgetExceeded
from service.nlp.multiword import expand_multiword
from service.nlp.view import ArticleView, Paragraph, Sentence, Unparsed, Word
from service.orthography import ABBREVIATIONS, ATTACHED_PARTICLES, QUOTE_MARKS, SENTENCE_ENDS

# A token as selectors see it: its text and its offsets in the article.
Token = tuple[str, int, int]
# Given the article and each sentence's tokens, return the indices of the sentences to tag
# (POS, lemma) and of those, the sentences to parse for dependencies too.
Selector = Callable[[str, Sequence[Sequence[Token]]], tuple[set[int], set[int]]]
# Given the article, return the text Stanza should read (spaces put back where scraping glued
# words) and, for each of its offsets, the offset in the article; ([], unchanged) for none.
Repair = Callable[[str], tuple[str, list[int]]]
_VERB_SHAPE = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")


def sentence_breaks(texts: list[str]) -> list[int]:
    """Token indices where a missed sentence starts: after a standalone . ! or ? that is
    followed by a capitalised word (or by an opening quotation mark and one), unless the
    period closes an abbreviation or an initial. Stanza's tokenizer misses some of these
    (its sentence F1 here is about 90), and a reported clause must not run into the next."""
    breaks = []
    for k in range(1, len(texts) - 1):
        if texts[k] not in SENTENCE_ENDS:
            continue
        prev, nxt = texts[k - 1].lower(), texts[k + 1]
        if texts[k] == "." and (prev in ABBREVIATIONS or (len(prev) == 1 and prev.isalpha())):
            continue
        if nxt in QUOTE_MARKS:
            if k + 2 < len(texts) and texts[k + 2][:1].isupper():
                breaks.append(k + 1)
        elif nxt[:1].isupper():
            breaks.append(k + 1)
    return breaks

_LINE = re.compile(r"[^\n]+")
# Runs of non-space characters this long are not words (base64, minified code, a key held
# down); Stanza's tokenizer takes minutes on them, so they stay out of its input.
MAX_TOKEN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS},}}")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines, trimmed, with their offsets in text."""
    paras: list[Paragraph] = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        paras.append(Paragraph(len(paras), start, start + len(stripped)))
    return paras


# Tagging and parsing the selected sentences costs up to about this many times tokenising
# the whole article (measured on the dev set: 1.0-1.6x); used to refuse early.
_PARSE_TO_TOKENIZE = 2.0
# Sentences longer than this many tokens are not dependency-parsed: the parser's cost and
# memory grow with the square of sentence length (a 2,000-token run-on "sentence" took more
# than 9 GB), and no news sentence that attributes speech is this long (the longest in the dev
# set has 96 tokens). Their quotes are still found by the rules that need no parse.
MAX_PARSE_TOKENS = 150
# Sentences go to Stanza in batches of about this much cost (see _cost), so the deadline is
# checked, and the rest of the work predicted, between batches rather than once per stage.
_BATCH_COST = 4000.0
# Pairs of words a parser scores grow as n^2; this weighs them against per-word work.
_PAIR_WEIGHT = 1 / 60


def _check(deadline: float | None, started: float, stage: str, *, predict: bool) -> None:
    if deadline is None:
        return
    now = time.monotonic()
    budget = deadline - started
    if now > deadline:
        raise BudgetExceeded(f"extraction exceeded its {budget:.1f} s budget during {stage}",
                             predicted=False)
    if predict and now + (now - started) * _PARSE_TO_TOKENIZE > deadline:
        raise BudgetExceeded(
            f"this article would take longer than the {budget:.1f} s budget "
            f"(tokenising alone took {now - started:.1f} s); send a shorter text",
            predicted=True)


def _cost(n_tokens: int, parse: bool) -> float:
    """Relative cost of tagging (linear) or parsing (linear plus a quadratic term) a sentence."""
    return n_tokens + (n_tokens * n_tokens * _PAIR_WEIGHT if parse else 0.0)


class _Clock:
    """The deadline, checked between batches; predicts the remaining work from the rate so far
    and refuses as soon as it cannot finish in time."""

    def __init__(self, deadline: float | None, started: float):
        self.deadline = deadline
        self.started = started

    def check(self, stage: str, *, predict: bool = False) -> None:
        _check(self.deadline, self.started, stage, predict=predict)

    def check_rate(self, stage: str, done_cost: float, done_seconds: float,
                   left_cost: float) -> None:
        self.check(stage)
        if self.deadline is None or done_cost <= 0 or left_cost <= 0:
            return
        now = time.monotonic()
        if now + left_cost * done_seconds / done_cost > self.deadline:
            raise BudgetExceeded(
                f"this article would take longer than the {self.deadline - self.started:.1f} s "
                f"budget ({stage} of the first part took {done_seconds:.1f} s); "
                "send a shorter text", predicted=True)


def _guess_upos(text: str, initial: bool) -> str:
    if not any(ch.isalnum() for ch in text):
        return "PUNCT"
    if text[0].isdigit():
        return "NUM"
    if text[0].isupper():
        return "PROPN" if not initial else "X"
    return "VERB" if _VERB_SHAPE.match(text) else "NOUN"


def stanza_segments(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int, int]]:
    """(paragraph index, start, end) of the pieces of text Stanza sees: each paragraph, cut
    around over-long non-space runs."""
    out = []
    for p in paragraphs:
        cursor = p.start
        for m in _LONG_RUN.finditer(text, p.start, p.end):
            out.append((p.i, cursor, m.start()))
            cursor = m.end()
        out.append((p.i, cursor, p.end))
    segments = []
    for para, start, end in out:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            segments.append((para, start + lead, start + len(piece.rstrip())))
    return segments


def _run_on(pipeline, sentences: list, chosen: set[int], processors: str, clock: _Clock,
            *, parse: bool) -> None:
    """Run processors on the chosen sentences only, in batched calls of bounded cost; Stanza
    annotates the sentence objects in place. The clock is consulted between batches."""
    from stanza.models.common.doc import Document

    order = sorted(chosen)
    costs = [_cost(len(sentences[i].tokens), parse) for i in order]
    total, done, spent = sum(costs), 0.0, 0.0
    k = 0
    while k < len(order):
        batch: list = []
        batch_cost = 0.0
        while k < len(order) and (not batch or batch_cost + costs[k] <= _BATCH_COST):
            batch.append(sentences[order[k]])
            batch_cost += costs[k]
            k += 1
        t0 = time.monotonic()
        sub = Document([])
        sub.sentences = batch
        sub._count_words()
        pipeline.process(sub, processors=processors)
        done += batch_cost
        spent += time.monotonic() - t0
        clock.check_rate(processors, done, spent, total - done)


def _split_multiword(pipeline, sentences: list, chosen: set[int]) -> None:
    """Split the chosen sentences' multi-word tokens by Stanza's MWT dictionary, then by the
    clitic's spelling (service/nlp/multiword.py), instead of its seq2seq model."""
    from stanza.models.common.doc import Document

    if not chosen:
        return
    vocabulary = pipeline.processors["pos"].pretrain.vocab
    sub = Document([])
    sub.sentences = [sentences[i] for i in sorted(chosen)]
    expand_multiword(sub, pipeline.processors["mwt"].trainer.dict_expansion,
                     lambda word: word in vocabulary)


def _close_sentence(view: ArticleView, first: int, para: int, parsed: bool) -> None:
    view.sentences.append(Sentence(
        i=len(view.sentences), start=view.words[first].start, end=view.words[-1].end,
        first=first, last=len(view.words), para=para, parsed=parsed))


def analyse(text: str, pipeline, select: Selector | None = None,
            deadline: float | None = None,
            max_parse_tokens: int = MAX_PARSE_TOKENS,
            repair: Repair | None = None) -> ArticleView:
    """Parse text with a stanza.Pipeline; offsets in the view index into text itself.

    select=None parses every sentence (Stanza's full pipeline). deadline (time.monotonic())
    bounds the work: BudgetExceeded between batches when it cannot be met. Sentences longer
    than max_parse_tokens are tagged but not dependency-parsed; view.unparsed lists them.
    repair gives the text Stanza reads instead (glued words spaced apart); the view still
    indexes text as given.
    """
    if repair is not None:
        repaired, origin = repair(text)
        if origin:
            view = analyse(repaired, pipeline, select, deadline, max_parse_tokens)
            return _mapped_back(view, text, origin)
    import stanza

    started = time.monotonic()
    clock = _Clock(deadline, started)
    view = ArticleView(text=text, paragraphs=split_paragraphs(text))
    segments = stanza_segments(text, view.paragraphs)
    if not segments:
        return view
    docs = pipeline.processors["tokenize"].bulk_process(
        [stanza.Document([], text=text[start:end]) for _, start, end in segments]
    )
    sentences = [s for doc in docs for s in doc.sentences]
    clock.check("tokenisation", predict=True)
    if select is None:
        chosen = deps = set(range(len(sentences)))
    else:
        offsets = [start for (_, start, _), doc in zip(segments, docs, strict=True)
                   for _ in doc.sentences]
        chosen, deps = select(
            text,
            [[(t.text, base + t.start_char, base + t.end_char) for t in s.tokens]
             for base, s in zip(offsets, sentences, strict=True)],
        )
        deps &= chosen
    too_long = {i for i in deps if len(sentences[i].tokens) > max_parse_tokens}
    deps -= too_long
    if "mwt" in pipeline.processors:
        _split_multiword(pipeline, sentences, chosen)
    _run_on(pipeline, sentences, chosen, "pos,lemma", clock, parse=False)
    _run_on(pipeline, sentences, deps, "depparse", clock, parse=True)
    token_index = 0
    stanza_index = 0
    for (para_i, para_start, _), doc in zip(segments, docs, strict=True):
        for sent in doc.sentences:
            parsed = stanza_index in chosen
            has_deps = stanza_index in deps
            if stanza_index in too_long:
                view.unparsed.append(Unparsed(start=para_start + sent.tokens[0].start_char,
                                              end=para_start + sent.tokens[-1].end_char,
                                              tokens=len(sent.tokens), limit=max_parse_tokens))
            stanza_index += 1
            base = len(view.words)
            pending: list = []  # (token position in sentence, Word fields without i/sent)
            whole, new_id = _names_kept_whole(sent.tokens) if parsed else (set(), {})
            for position, token in enumerate(sent.tokens):
                start = para_start + token.start_char
                end = para_start + token.end_char
                for k, word in enumerate(token.words[:1] if position in whole else token.words):
                    text = token.text if position in whole else word.text
                    if parsed:
                        upos, lemma = word.upos or "X", (word.lemma or word.text).lower()
                        if position in whole:
                            upos, lemma = "PROPN", text.lower()
                        head = base + new_id.get(word.head, word.head) - 1 \
                            if has_deps and word.head else -1
                        deprel = (word.deprel or "dep") if has_deps else "dep"
                    else:  # tokenised only: no MWT split, so "ujarnya" stays one word
                        upos = _guess_upos(word.text, not pending)
                        lemma, head, deprel = word.text.lower(), -1, "dep"
                    pending.append((position, dict(
                        text=text, form=token.text, start=start, end=end, lemma=lemma,
                        upos=upos, head=head, deprel=deprel, token=token_index,
                        clitic=k > 0 and word.text.lower() == "nya")))
                token_index += 1
            breaks = set(sentence_breaks([t.text for t in sent.tokens]))
            first = len(view.words)
            for n, (position, fields) in enumerate(pending):
                if position in breaks and n and pending[n - 1][0] != position \
                        and len(view.words) > first:
                    _close_sentence(view, first, para_i, parsed)
                    first = len(view.words)
                view.words.append(Word(i=len(view.words), sent=len(view.sentences), **fields))
            if len(view.words) > first:
                _close_sentence(view, first, para_i, parsed)
    return view


def _mapped_back(view: ArticleView, text: str, origin: list[int]) -> ArticleView:
    """The view of a repaired text with every offset moved back into the text as given."""
    def span(obj):
        return replace(obj, start=origin[obj.start], end=origin[obj.end])

    return ArticleView(
        text=text, words=[span(w) for w in view.words],
        sentences=[span(s) for s in view.sentences],
        paragraphs=[span(p) for p in view.paragraphs],
        unparsed=[span(u) for u in view.unparsed],
    )


def _names_kept_whole(tokens: Sequence) -> tuple[set[int], dict[int, int]]:
    """Names Stanza's multi-word-token step cut like a word and its emphatic particle
    ("Abdullah" as "Abdul" + "lah", "Marullah" as "Marul" + "lah"): a capitalised token
    whose second word is an attached particle, inside its sentence or before another
    capitalised word. The particle marks a predicate ("Inilah", "Apakah"), not a name, so
    such a token stays one word. Returns the tokens' positions and, for every Stanza word id
    of the sentence, the id it has once they are whole (a particle's becomes its host's)."""
    whole: set[int] = set()
    for position, token in enumerate(tokens):
        words, text = token.words, token.text
        if len(words) != 2 or words[1].text.lower() not in ATTACHED_PARTICLES:
            continue
        nxt = tokens[position + 1].text if position + 1 < len(tokens) else ""
        if text[:1].isupper() and text[1:2].islower() and (position > 0 or nxt[:1].isupper()):
            whole.add(position)
    if not whole:
        return whole, {}
    new_id: dict[int, int] = {}
    removed = 0
    for position, token in enumerate(tokens):
        for k, word in enumerate(token.words):
            new_id[word.id] = word.id - removed - (1 if position in whole and k == 1 else 0)
        if position in whole:
            removed += 1
    return whole, new_id
