"""ArticleViews built by hand, without Stanza: for unit tests that pin a rule's intent on a
made-up sentence. Tokens are words and single punctuation marks; sentences end at . ! ? (or
a paragraph break); tags are the shape guesses Kutip uses for sentences it does not parse."""

from __future__ import annotations

import re

from service.nlp.analyse import _guess_upos, split_paragraphs
from service.nlp.view import ArticleView, Sentence, Word

_CLOSERS = frozenset('”’"')
_TOKEN = re.compile(r"\w+(?:[-'’.,/]\w+)*|\S", re.UNICODE)


def view_of(text: str) -> ArticleView:
    view = ArticleView(text=text, paragraphs=split_paragraphs(text))
    for para in view.paragraphs:
        first = len(view.words)
        for m in _TOKEN.finditer(text, para.start, para.end):
            token = m.group()
            view.words.append(Word(
                i=len(view.words), text=token, form=token, start=m.start(), end=m.end(),
                lemma=token.lower(), upos=_guess_upos(token, len(view.words) == first),
                head=-1, deprel="dep", sent=len(view.sentences), token=len(view.words)))
            ends = token in {".", "!", "?"} and text[m.end():m.end() + 1] not in _CLOSERS
            closes_quote = token in _CLOSERS and view.words[-2:-1] and \
                view.words[-2].text in {".", "!", "?"}
            if ends or closes_quote:
                _close(view, first, para.i)
                first = len(view.words)
        if len(view.words) > first:
            _close(view, first, para.i)
    return view


def _close(view: ArticleView, first: int, para: int) -> None:
    words = view.words[first:]
    view.sentences.append(Sentence(i=len(view.sentences), start=words[0].start,
                                   end=words[-1].end, first=first, last=len(view.words),
                                   para=para, parsed=False))
