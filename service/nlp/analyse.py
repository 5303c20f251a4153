"""Run Stanza over an article and build the ArticleView.

Each non-blank line is fed to Stanza as its own document: news text marks paragraphs (and
headlines) by line breaks, which Stanza's tokenizer would otherwise run together into one
sentence. All lines go through Stanza in one batched call.
"""

from __future__ import annotations

import re

from service.nlp.view import ArticleView, Paragraph, Sentence, Word

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


def analyse(text: str, pipeline) -> ArticleView:
    """Parse text with a stanza.Pipeline; offsets in the view index into text itself."""
    import stanza

    view = ArticleView(text=text, paragraphs=split_paragraphs(text))
    if not view.paragraphs:
        return view
    docs = pipeline.bulk_process(
        [stanza.Document([], text=text[p.start : p.end]) for p in view.paragraphs]
    )
    token_index = 0
    for para, doc in zip(view.paragraphs, docs, strict=True):
        for sent in doc.sentences:
            first = len(view.words)
            base = len(view.words)
            for token in sent.tokens:
                start = para.start + token.start_char
                end = para.start + token.end_char
                pieces = token.words
                for k, word in enumerate(pieces):
                    view.words.append(
                        Word(
                            i=len(view.words),
                            text=word.text,
                            form=token.text,
                            start=start,
                            end=end,
                            lemma=(word.lemma or word.text).lower(),
                            upos=word.upos or "X",
                            head=base + word.head - 1 if word.head else -1,
                            deprel=word.deprel or "dep",
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
                )
            )
    return view
