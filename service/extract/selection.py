"""Which sentences to parse: Stanza's POS, lemma and depparse are most of Kutip's cost, and
most sentences of an article neither hold nor attribute reported speech.

Direct quotes need no parse (marks and word shapes find them and their frames); reported
speech does. So a sentence is parsed when it holds a word that could open a reported-speech
frame outside quotation marks. The test mirrors what reported.py accepts, so the selective
parse gives the same quotes as a full one (README reports both).
"""

from __future__ import annotations

from collections.abc import Sequence

from service.extract import lexicon as lx
from service.extract.cues import QUOTE_CHARS
from service.extract.marks import find_marked_spans
from service.extract.morphology import men_forms, strip_nya
from service.nlp.analyse import Token, split_paragraphs
from service.nlp.view import ArticleView

# Affixed forms the extractor accepts as active or passive cues (meN-, memper-, ber-, di-).
_VERB_PREFIXES = (*lx.ACTIVE_PREFIXES, lx.PASSIVE_PREFIX)
_AFFIXED_CUES: frozenset[str] = frozenset(
    {f for lemma in lx.SPEECH_LEMMAS for f in men_forms(lemma) if not f.startswith("ter")}
    | {f for f in lx.CUE_FORMS if f.startswith(_VERB_PREFIXES)}
)
# Bare forms that are cues wherever they stand ("bilang", "yakin").
_BARE_CUES: frozenset[str] = frozenset(
    f for f in lx.CUE_FORMS if not f.startswith(_VERB_PREFIXES) and f not in lx.INVERTED_CUES
)
_FRAME_OPENERS = frozenset({",", "-", "–", "—"})


def _strip_suffix(low: str, suffixes: tuple[str, ...]) -> list[str]:
    return [low[: len(low) - len(s)] if s else low for s in suffixes if low.endswith(s)]


def might_be_cue(token: str, previous: str = "") -> bool:
    """Could this surface token open a reported-speech frame? Cheap, errs on the side of
    yes, and mirrors the frames reported.py reads: affixed verbs anywhere, "menurut", and
    bare forms ("kata", "jelas") after a comma or with -nya ("jelasnya").

    A bare cue right after a closing quotation mark frames a direct quote: direct.py reads
    that frame from word shapes alone, so it needs no parse."""
    low = token.lower().strip(QUOTE_CHARS)
    if not low or low in lx.NOT_SPEECH_FORMS:
        return False
    if low.startswith("menurut") or low in _BARE_CUES or low in lx.ACTIVE_BARE_CUES:
        return True
    if any(stem in _AFFIXED_CUES for stem in _strip_suffix(low, ("kannya", "nya", "kan", "i", ""))):
        return True
    bare = low in lx.INVERTED_CUES or strip_nya(low, lx.INVERTED_CUES) is not None
    if not bare or token[:1] in QUOTE_CHARS:
        return False
    prev = previous.strip()
    if prev and all(ch in QUOTE_CHARS for ch in prev):
        return False
    return low.endswith("nya") or prev in _FRAME_OPENERS


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: cues there belong to the quoted speaker, not a frame."""
    view = ArticleView(text=text, paragraphs=split_paragraphs(text))
    return [(m.start, m.end) for m in find_marked_spans(view)]


def _is_active_form(token: str) -> bool:
    low = token.lower().strip(QUOTE_CHARS)
    return low.startswith(lx.ACTIVE_PREFIXES) or low in _BARE_CUES


def _has_agent(tokens: Sequence[Token], k: int) -> bool:
    """A passive cue reports speech only with an agent after it ("disebut Wiranto")."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1][0]
    low = nxt.lower()
    return (nxt[:1].isupper() or low == "oleh" or low in lx.PERSON_PRONOUNS
            or low in lx.ROLE_NOUNS or low in lx.TITLE_WORDS)


def sentences_to_parse(text: str, sentences: Sequence[Sequence[Token]]
                       ) -> tuple[set[int], set[int]]:
    """(sentences to tag, sentences to parse for dependencies).

    Tagged: sentences with a possible cue outside quotation marks, and the sentence before an
    anaphoric passive ("Hal itu disampaikan X" reports the sentence before it). Parsed: those
    with an active cue, the only frame whose subject reported.py may read from the parse.
    """
    quoted = _quoted(text)
    tag: set[int] = set()
    deps: set[int] = set()
    for i, tokens in enumerate(sentences):
        hits = []
        for k, (t, start, end) in enumerate(tokens):
            if not might_be_cue(t, tokens[k - 1][0] if k else ""):
                continue
            if any(qs <= start and end <= qe for qs, qe in quoted):
                continue
            if t.lower().startswith(lx.PASSIVE_PREFIX) and not _has_agent(tokens, k):
                continue
            hits.append(t)
        if not hits:
            continue
        tag.add(i)
        if any(_is_active_form(t) for t in hits):
            deps.add(i)
        anaphoric = any(t.lower() in lx.ANAPHORIC_SUBJECTS for t, _, _ in tokens[:4])
        if i > 0 and anaphoric and any(t.lower().startswith(lx.PASSIVE_PREFIX) for t in hits):
            tag.add(i - 1)
    return tag, deps
