"""Reading who a frame names: the words before a cue (its subject) or after it (the speaker of
an inverted cue, the X of "menurut X").

Stanza has no Indonesian NER model, so a name is read as a run of capitalised words (Stanza's
PROPN tags are too noisy on their own with the small models), optionally led by titles and
role nouns from the lexicon ("AKP Regi Halili", "hakim Rosihan", "pihak maskapai") and closed
by a demonstrative ("Legislator PKB ini"). Pronouns and -nya clitics are mentions of their own
kind, resolved to an entity later by speakers.py.
"""

from __future__ import annotations

from service.extract import lexicon as lx
from service.extract.model import Mention
from service.nlp.view import ArticleView, Word

QUOTE_CHARS = "\"“”„«»‘’'‹›"
# Adverbs and auxiliaries that may stand between a subject and its cue ("Altman akhirnya
# mengungkap", "Ia juga menegaskan"); skipped when looking for the subject.
_PRE_CUE_SKIP = frozenset(
    {"juga", "pun", "telah", "sudah", "akan", "kembali", "pula", "sempat", "turut", "lantas",
     "langsung", "sendiri", "tak", "tidak", "belum", "hanya", "akhirnya", "lalu", "kemudian",
     "sebelumnya", "kini", "pernah", "terus", "bahkan", "masih", "tetap", "secara", "tegas",
     "lebih", "lanjut", "mengaku", "sekaligus", "saat", "itu", "ini", "justru", "malah"}
)
_NAME_JOINERS = frozenset({"dan", "&", "-", "bin", "binti", "van", "de", "der", "von", "al"})
_NP_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "X"})


def is_punct(w: Word) -> bool:
    return w.upos == "PUNCT" or not any(ch.isalnum() for ch in w.text)


def is_capitalised(w: Word) -> bool:
    return w.text[:1].isupper() and not w.clitic


def _namey(w: Word) -> bool:
    low = w.lower
    if w.clitic or is_punct(w):
        return False
    if is_capitalised(w):
        return low not in lx.NOT_NAME_WORDS or low in lx.TITLE_WORDS
    return low in lx.TITLE_WORDS or low in lx.ROLE_NOUNS


def has_clitic(view: ArticleView, w: Word) -> bool:
    """True when w is the host of a -nya split off the same surface token."""
    nxt = w.i + 1
    return nxt < len(view.words) and view.words[nxt].clitic and view.words[nxt].token == w.token


def _mention(view: ArticleView, words: list[Word], kind: str, role: str | None = None) -> Mention:
    start, end = words[0].start, words[-1].end
    return Mention(text=view.text[start:end], start=start, end=end, kind=kind, role=role)


def _strip_titles(words: list[Word]) -> tuple[list[Word], list[Word]]:
    """Split leading titles off a name run: ([AKP], [Regi, Halili])."""
    k = 0
    while k < len(words) - 1 and words[k].lower in lx.TITLE_WORDS:
        k += 1
    # Titles are followed by capitalised words; keep lower-case role phrases whole.
    if k and not any(is_capitalised(w) for w in words[k:]):
        return [], words
    return words[:k], words[k:]


def classify(view: ArticleView, words: list[Word]) -> Mention | None:
    """Turn a run of words into a mention, separating a leading title into its role."""
    words = [w for w in words if not w.clitic] or words
    if not words:
        return None
    if len(words) == 1 and words[0].lower in lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS:
        return _mention(view, words, "pronoun")
    if words[-1].lower in lx.DEMONSTRATIVES or not any(is_capitalised(w) for w in words):
        return _mention(view, words, "description")
    titles, name = _strip_titles(words)
    role = view.text[titles[0].start : titles[-1].end] if titles else None
    if all(w.lower in lx.TITLE_WORDS | lx.ROLE_NOUNS for w in name):
        return _mention(view, words, "description")
    return _mention(view, name, "name", role)


def mention_after(view: ArticleView, cue: Word, stop: int) -> Mention | None:
    """The speaker named right after an inverted cue or "menurut": ", kata Altman"."""
    if has_clitic(view, cue):
        return Mention(text=view.text[cue.start : cue.end], start=cue.start, end=cue.end,
                       kind="clitic")
    k = cue.i + 1
    if k >= stop:
        return None
    first = view.words[k]
    if first.lower in lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS:
        return _mention(view, [first], "pronoun")
    run: list[Word] = []
    while k < stop:
        w = view.words[k]
        if w.lower in lx.DEMONSTRATIVES and run:
            run.append(w)
            break
        if _namey(w) or (run and w.upos in {"PROPN"} and not is_punct(w)):
            run.append(w)
        elif (
            run
            and w.lower in _NAME_JOINERS
            and k + 1 < stop
            and is_capitalised(view.words[k + 1])
        ):
            run.append(w)
        elif run and not is_punct(w) and w.upos in _NP_TAGS and not is_capitalised(w) and (
            run[0].lower in lx.ROLE_NOUNS | lx.TITLE_WORDS
        ) and len(run) < 6 and _closes_with_demonstrative(view, k, stop):
            run.append(w)
        else:
            break
        k += 1
    return classify(view, run) if run else None


def _closes_with_demonstrative(view: ArticleView, k: int, stop: int) -> bool:
    """A description such as "pemain Penajam Paser Utara itu" ends in a demonstrative."""
    for j in range(k, min(stop, k + 6)):
        w = view.words[j]
        if w.lower in lx.DEMONSTRATIVES:
            return True
        if is_punct(w):
            return False
    return False


def _np_left(view: ArticleView, k: int, floor: int) -> list[Word]:
    """The noun phrase ending at word k, read leftwards (no punctuation, verbs or 'yang')."""
    run: list[Word] = []
    j = k
    while j >= floor and len(run) < 8:
        w = view.words[j]
        if is_punct(w) or w.lower in {"yang", "bahwa", "dan", "atau"} and not run:
            break
        if w.clitic:
            j -= 1
            continue
        if w.lower in {"yang", "bahwa", "atau", "untuk", "agar", "di", "ke", "dari", "pada"}:
            break
        if w.lower == "dan" and not (run and is_capitalised(run[0]) and j > floor
                                      and is_capitalised(view.words[j - 1])):
            break
        if not (_namey(w) or w.upos in _NP_TAGS or w.lower in lx.PERSON_PRONOUNS
                or w.lower in lx.DEMONSTRATIVES or w.lower in _NAME_JOINERS):
            break
        run.insert(0, w)
        j -= 1
    # A subject phrase starts at a name, a title, a role noun or a pronoun.
    while run and not (
        is_capitalised(run[0])
        or run[0].lower in lx.ROLE_NOUNS | lx.TITLE_WORDS | lx.PERSON_PRONOUNS
        | lx.PLURAL_PRONOUNS
    ):
        run.pop(0)
    while run and run[0].lower in lx.NOT_NAME_WORDS and run[0].lower not in lx.PERSON_PRONOUNS:
        run.pop(0)
    return run


def mention_before(view: ArticleView, cue: Word, floor: int) -> Mention | None:
    """The subject of an active cue: "Altman mengakui", "Sam Altman, CEO OpenAI, mengungkap"."""
    k = cue.i - 1
    skipped = 0
    while k >= floor and skipped < 3:
        w = view.words[k]
        if w.lower in _PRE_CUE_SKIP or (w.upos in {"ADV", "AUX"} and not _namey(w)):
            k -= 1
            skipped += 1
            continue
        break
    if k < floor:
        return None
    w = view.words[k]
    if w.lower in lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS:
        return _mention(view, [w], "pronoun")
    if w.text == "," and k - 1 >= floor:
        # Apposition: "NAME, ROLE, cue" or "ROLE, NAME, cue".
        inner = _np_left(view, k - 1, floor)
        if inner and inner[0].i - 1 >= floor and view.words[inner[0].i - 1].text == ",":
            outer = _np_left(view, inner[0].i - 2, floor)
            if outer:
                role_run, name_run = inner, outer
                if outer[0].lower in lx.TITLE_WORDS or not any(is_capitalised(x) for x in outer):
                    role_run, name_run = outer, inner
                m = classify(view, name_run)
                if m is not None:
                    role = view.text[role_run[0].start : role_run[-1].end]
                    return Mention(m.text, m.start, m.end, m.kind, m.role or role)
        return None
    run = _np_left(view, k, floor)
    if not run:
        return None
    return classify(view, run)


def is_quote_mark(w: Word) -> bool:
    return all(ch in QUOTE_CHARS for ch in w.text)
