"""Recognising cue words in the parse: which frame a word can open, and its lemma."""

from __future__ import annotations

from service.extract import lexicon as lx
from service.extract.model import Cue
from service.nlp.view import ArticleView, Word

QUOTE_CHARS = lx.QUOTE_CHARS


def _forms(w: Word) -> tuple[str, str]:
    """Lower-cased word and token, without a quotation mark glued on ("”ungkapnya")."""
    return w.text.lower().strip(QUOTE_CHARS), w.form.lower().strip(QUOTE_CHARS)


def is_according(w: Word) -> bool:
    base, form = _forms(w)
    return base in lx.ACCORDING_TO or form in lx.ACCORDING_TO


def is_inverted(w: Word) -> bool:
    """A bare cue that may follow the quoted words: "kata", "ujarnya", "tutur"."""
    base, form = _forms(w)
    return base in lx.INVERTED_CUES or form in lx.INVERTED_CUES


def is_active(w: Word) -> bool:
    """An active speech or cognition verb: "mengatakan", "menilai", "berharap", "bilang"."""
    base, form = _forms(w)
    # A lower-case word is no proper noun, whatever the tagger says (it tags a verb right
    # after a long name as part of it: "... Taimur Baig optimistis, ...").
    propn = w.upos == "PROPN" and not w.text.islower()
    if w.clitic or w.upos == "PUNCT" or propn or base in lx.NOT_SPEECH_FORMS:
        return False
    if form.startswith(lx.PASSIVE_PREFIX) and form not in {"dia"}:
        return False
    if base in lx.CUE_FORMS and not base.startswith(lx.PASSIVE_PREFIX):
        # Bare forms such as "jelas" or "tambah" count only in the inverted frame.
        return base not in lx.INVERTED_CUES or base in lx.ACTIVE_BARE_CUES
    return base.startswith(lx.ACTIVE_PREFIXES) and w.lemma in lx.SPEECH_LEMMAS and w.upos != "NOUN"


def is_passive(w: Word) -> bool:
    """A passive cue: "disampaikan", "diungkapkan", "dikatakan", "disebutkan"."""
    base, _ = _forms(w)
    not_passive = lx.NOT_PASSIVE_DI_WORDS | lx.NOT_SPEECH_FORMS  # di- words, not verbs
    if not base.startswith(lx.PASSIVE_PREFIX) or base in not_passive:
        return False
    return base in lx.CUE_FORMS or (w.lemma in lx.SPEECH_LEMMAS and base.endswith(("kan", "i")))


def is_directive(w: Word) -> bool:
    return w.text.lower() in lx.DIRECTIVE_FORMS


def is_public_appeal(view: ArticleView, w: Word) -> bool:
    """A directive addressed to the public or the government ("mendesak pemerintah",
    "meminta masyarakat agar", "mengingatkan agar masyarakat ..."), to nobody in particular,
    its content set off by a comma, a colon or "bahwa" ("mengingatkan, kemarahan warga ..."),
    or asking for a thing ("meminta penambahan anggaran"): the speaker's own voice, not a
    request narrated between two parties ("meminta Direktur X untuk ...")."""
    nxt = w.i + 1
    if not is_directive(w) or nxt >= len(view.words):
        return False
    after = view.words[nxt]
    if after.text in {",", ":"} or after.lower in lx.THAT_WORDS:
        return True
    if after.lower in lx.PURPOSE_MARKERS and nxt + 1 < len(view.words):
        after = view.words[nxt + 1]
    if after.lower in lx.APPEAL_AUDIENCES:
        return True
    # No addressee: a lower-case noun that names no person or body is the thing asked for.
    addressee = (after.lower in lx.DESCRIPTION_HEAD_KINDS or after.upos in {"PRON", "PROPN"}
                 or after.lower in lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS)
    return after.text.isalpha() and after.text.islower() and not addressee


def cue_lemma(w: Word) -> str:
    base, _ = _forms(w)
    if base.startswith("menurut"):
        return "menurut"
    lemma = (w.lemma or base).strip(QUOTE_CHARS)
    if lemma == base and base in lx.SPEECH_VERB_OF:
        # Left whole in a sentence that was only tokenised: the verb's record knows its base
        # ("ujarnya" -> "ujar", "menambahkan" -> "tambah").
        return lx.SPEECH_VERB_OF[base].base
    return lemma


def token_span(view: ArticleView, w: Word) -> tuple[int, int]:
    """The token's offsets without a quotation mark the tokenizer glued onto it."""
    start, end = w.start, w.end
    while start < end and view.text[start] in QUOTE_CHARS:
        start += 1
    while end > start and view.text[end - 1] in QUOTE_CHARS:
        end -= 1
    return start, end


def cue_of(view: ArticleView, w: Word) -> Cue:
    """The cue as the contract shows it: the surface token ("ungkapnya") and its lemma."""
    start, end = token_span(view, w)
    return Cue(text=view.text[start:end], start=start, end=end, lemma=cue_lemma(w))

