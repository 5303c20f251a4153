"""Run Stanza over an article and build the ArticleView.

Each non-blank line is fed to Stanza as its own document: news text marks paragraphs (and
headlines) by line breaks, which Stanza's tokenizer would otherwise run together into one
sentence. All lines are tokenised in one batched call; then MWT, POS, lemma and depparse run, in
batched calls, only on the sentences the caller selects (most sentences of an article
hold no quote and attribute none). Stanza annotates each sentence on its own, so a selected
sentence gets exactly the annotation a full parse would give it; dependencies are parsed on a
second, smaller selection (the sentences whose parse is consulted). Words of the other
sentences get a shape-based guess (capitalised -> PROPN, meN-/ber-/di- -> VERB, ...) and their
sentence is marked parsed=False.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from service.nlp.view import ArticleView, Paragraph, Sentence, Word

# A token as selectors see it: its text and its offsets in the article.
Token = tuple[str, int, int]
# Given the article and each sentence's tokens, return the indices of the sentences to tag
# (POS, lemma) and of those, the sentences to parse for dependencies too.
Selector = Callable[[str, Sequence[Sequence[Token]]], tuple[set[int], set[int]]]
_VERB_SHAPE = re.compile(r"^(?:me|ber|di|ter)[a-z]{3,}$")

_LINE = re.compile(r"[^\n]+")


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


def _guess_upos(text: str, initial: bool) -> str:
    if not any(ch.isalnum() for ch in text):
        return "PUNCT"
    if text[0].isdigit():
        return "NUM"
    if text[0].isupper():
        return "PROPN" if not initial else "X"
    return "VERB" if _VERB_SHAPE.match(text) else "NOUN"


def _run_on(pipeline, sentences: list, chosen: set[int], processors: str) -> None:
    """Run processors on the chosen sentences only, in one batched call; Stanza annotates the
    sentence objects in place."""
    from stanza.models.common.doc import Document

    if not chosen:
        return
    sub = Document([])
    sub.sentences = [sentences[i] for i in sorted(chosen)]
    sub._count_words()
    pipeline.process(sub, processors=processors)


def analyse(text: str, pipeline, select: Selector | None = None) -> ArticleView:
    """Parse text with a stanza.Pipeline; offsets in the view index into text itself.

    select=None parses every sentence (Stanza's full pipeline).
    """
    import stanza

    view = ArticleView(text=text, paragraphs=split_paragraphs(text))
    if not view.paragraphs:
        return view
    docs = pipeline.processors["tokenize"].bulk_process(
        [stanza.Document([], text=text[p.start : p.end]) for p in view.paragraphs]
    )
    sentences = [s for doc in docs for s in doc.sentences]
    if select is None:
        chosen = deps = set(range(len(sentences)))
    else:
        offsets = [p.start for p in view.paragraphs for _ in range(len(docs[p.i].sentences))]
        chosen, deps = select(
            text,
            [[(t.text, base + t.start_char, base + t.end_char) for t in s.tokens]
             for base, s in zip(offsets, sentences, strict=True)],
        )
        deps &= chosen
    if "mwt" in pipeline.processors:
        _run_on(pipeline, sentences, chosen, "mwt")
    _run_on(pipeline, sentences, chosen, "pos,lemma")
    _run_on(pipeline, sentences, deps, "depparse")
    token_index = 0
    stanza_index = 0
    for para, doc in zip(view.paragraphs, docs, strict=True):
        for sent in doc.sentences:
            parsed = stanza_index in chosen
            has_deps = stanza_index in deps
            stanza_index += 1
            first = len(view.words)
            base = len(view.words)
            for token in sent.tokens:
                start = para.start + token.start_char
                end = para.start + token.end_char
                for k, word in enumerate(token.words):
                    if parsed:
                        upos, lemma = word.upos or "X", (word.lemma or word.text).lower()
                        head = base + word.head - 1 if has_deps and word.head else -1
                        deprel = (word.deprel or "dep") if has_deps else "dep"
                    else:  # tokenised only: no MWT split, so "ujarnya" stays one word
                        upos = _guess_upos(word.text, len(view.words) == first)
                        lemma, head, deprel = word.text.lower(), -1, "dep"
                    view.words.append(
                        Word(
                            i=len(view.words),
                            text=word.text,
                            form=token.text,
                            start=start,
                            end=end,
                            lemma=lemma,
                            upos=upos,
                            head=head,
                            deprel=deprel,
                            sent=len(view.sentences),
                            token=token_index,
                            clitic=k > 0 and word.text.lower() == "nya",
                        )
                    )
                token_index += 1
            if len(view.words) == first:
                continue
            view.sentences.append(
                Sentence(
                    i=len(view.sentences),
                    start=view.words[first].start,
                    end=view.words[-1].end,
                    first=first,
                    last=len(view.words),
                    para=para.i,
                    parsed=parsed,
                )
            )
    return view
