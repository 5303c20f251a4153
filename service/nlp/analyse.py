"""Run Stanza over an article and build the ArticleView.

Each non-blank line is fed to Stanza as its own document: news text marks paragraphs (and
headlines) by line breaks, which Stanza's tokenizer would otherwise run together into one
sentence. All lines are tokenised in one batched call; then POS, lemma and depparse run, in a
second batched call, only on the sentences the caller selects (most sentences of an article
hold no quote and attribute none). Stanza annotates each sentence on its own, so a selected
sentence gets exactly the annotation a full parse would give it. Words of the other sentences
get a shape-based guess (capitalised -> PROPN, meN-/ber-/di- -> VERB, ...) and their sentence
is marked parsed=False.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from service.nlp.view import ArticleView, Paragraph, Sentence, Word

# A token as selectors see it: its text and its offsets in the article.
Token = tuple[str, int, int]
# Given the article and each sentence's tokens, return the indices of the sentences to parse.
Selector = Callable[[str, Sequence[Sequence[Token]]], set[int]]
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


def _parse_selected(pipeline, sentences: list, chosen: set[int]) -> None:
    """POS, lemma and depparse on the chosen sentences only, in one batched call."""
    from stanza.models.common.doc import Document

    if not chosen:
        return
    sub = Document([])
    sub.sentences = [sentences[i] for i in sorted(chosen)]
    sub._count_words()
    pipeline.process(sub, processors="pos,lemma,depparse")


def analyse(text: str, pipeline, select: Selector | None = None) -> ArticleView:
    """Parse text with a stanza.Pipeline; offsets in the view index into text itself.

    select=None parses every sentence (Stanza's full pipeline).
    """
    import stanza

    view = ArticleView(text=text, paragraphs=split_paragraphs(text))
    if not view.paragraphs:
        return view
    docs = pipeline.bulk_process(
        [stanza.Document([], text=text[p.start : p.end]) for p in view.paragraphs],
        processors="tokenize,mwt",
    )
    sentences = [s for doc in docs for s in doc.sentences]
    if select is None:
        chosen = set(range(len(sentences)))
    else:
        offsets = [p.start for p in view.paragraphs for _ in range(len(docs[p.i].sentences))]
        chosen = select(text, [[(t.text, base + t.start_char, base + t.end_char) for t in s.tokens]
                               for base, s in zip(offsets, sentences, strict=True)])
    _parse_selected(pipeline, sentences, chosen)
    token_index = 0
    stanza_index = 0
    for para, doc in zip(view.paragraphs, docs, strict=True):
        for sent in doc.sentences:
            parsed = stanza_index in chosen
            stanza_index += 1
            first = len(view.words)
            base = len(view.words)
            for token in sent.tokens:
                start = para.start + token.start_char
                end = para.start + token.end_char
                for k, word in enumerate(token.words):
                    if parsed:
                        upos, lemma = word.upos or "X", (word.lemma or word.text).lower()
                        head = base + word.head - 1 if word.head else -1
                        deprel = word.deprel or "dep"
                    else:
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
