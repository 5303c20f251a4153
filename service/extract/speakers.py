"""Speakers: one entity per person or organisation quoted, with its fullest name and roles.

Names: Stanza has no Indonesian NER, so candidate names are runs of capitalised words outside
headline-like lines (mostly Title Case), with titles from the lexicon split off as roles. A
short mention ("Altman") takes the fullest candidate that holds all its words ("Sam Altman").
Pronouns (ia, dia, beliau), -nya clitics and descriptions closed by a demonstrative ("pemain
itu") refer to the salient person: the latest named person who was quoted or stood as a
subject before the mention. A lower-case role noun ("jaksa") takes the entity with that role,
or no speaker at all: Kutip never guesses a name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from service.extract import lexicon as lx
from service.extract.antecedents import Anaphor, Appearance, Candidate, choose
from service.extract.frames import Frame, FrameKind, Frames
from service.extract.mentions import (
    Governor,
    clause_initial,
    common_word_at_start,
    glued_acronym,
    governor,
    has_clitic,
    initial_period,
    is_name_word,
    is_org_token,
    is_punct,
    office_words_before_name,
    person_word,
    pure_name,
    split_name,
)
from service.extract.model import Mention, Quote, Speaker
from service.nlp.view import ArticleView, Sentence, Word


@lru_cache(maxsize=8192)
def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(t for t in re.findall(r"[\w'’-]+", text.lower()) if t)


def _words_of(text: str) -> list[str]:
    return list(_word_tuple(text))


def _is_headline(view: ArticleView, para_i: int) -> bool:
    p = view.paragraphs[para_i]
    words = [t for t in view.text[p.start : p.end].split() if t[:1].isalpha()]
    if len(words) < 3 or view.text[p.end - 1] in ".!?\"”":
        return False
    caps = sum(1 for t in words if t[0].isupper())
    return caps / len(words) >= 0.6


def _name_runs(view: ArticleView, frames: Frames) -> list[list[Word]]:
    """Maximal runs of name words (with "(ACRONYM)" inside) outside headline-like lines."""
    runs: list[list[Word]] = []
    headline = {p.i for p in view.paragraphs if _is_headline(view, p.i)}
    for sent in view.sentences:
        if sent.para in headline:
            continue
        run: list[Word] = []
        k = sent.first
        while k < sent.last:
            w = view.words[k]
            if w.text == "(" and run:
                close = next((j for j in range(k + 1, min(sent.last, k + 6))
                              if view.words[j].text == ")"), None)
                if close is not None and all(is_name_word(view, x)
                                             for x in view.words[k + 1 : close]):
                    run.extend(view.words[k : close + 1])
                    k = close + 1
                    continue
            joiner = (
                run and w.lower in lx.NAME_JOINERS
                and k + 1 < sent.last and is_name_word(view, view.words[k + 1])
            ) or (run and initial_period(view, w, sent.last))
            if is_name_word(view, w) or joiner:
                run.append(w)
            else:
                if run:
                    runs.append(run)
                run = []
            k += 1
        if run:
            runs.append(run)
    cleaned = []
    for run in runs:
        while run and common_word_at_start(view, run[0]):
            run = run[1:]  # a name's own words keep their capital everywhere
        # "Dijelaskan Irmansyah, ...": a verb opening the clause is capitalised by position.
        while run and clause_initial(view, run[0]) and run[0].upos == "VERB" and (
                frames.at(run[0]) is not None):
            run = run[1:]
        while run and run[-1].lower in lx.NAME_JOINERS:
            run = run[:-1]
        if not run:
            continue
        if len(run) == 1 and clause_initial(view, run[0]) and run[0].upos != "PROPN":
            continue
        if has_clitic(view, run[-1]) or _possessed(run[-1]):
            continue  # "Tujuannya memastikan ...": a noun with -nya, never a name
        cleaned.append(run)
    return cleaned


def _possessed(w: Word) -> bool:
    """A word the parser lemmatised to itself minus -nya ("Tujuannya" -> "tujuan"): a noun
    with its possessive clitic still attached."""
    return w.lower.endswith("nya") and w.lemma == w.lower[:-3] and len(w.lemma) >= 3


def _aliases(view: ArticleView, runs: list[list[Word]]) -> dict[str, str]:
    """"Agus Harimurti Yudhoyono (AHY)" -> {"ahy": "Agus Harimurti Yudhoyono (AHY)"}."""
    out: dict[str, str] = {}
    for run in runs:
        for k, w in enumerate(run):
            if w.text == "(" and k > 0 and k + 2 < len(run) and run[k + 2].text == ")":
                acronym = run[k + 1].text
                _, name = split_name(view, run[:k])
                if name and acronym.isupper():
                    out[acronym.lower()] = view.text[name[0].start : run[k + 2].end]
    # "Tjokorda Oka Artha, yang biasa disapa Tjok Ace, ...": the nickname the text gives.
    by_start = {run[0].i: run for run in runs}
    for run in runs:
        _, name = split_name(view, run)
        if not name:
            continue
        k = run[-1].i + 1
        window = view.words[k : k + 5]
        calls = next((j for j, w in enumerate(window) if w.lower in lx.CALLED_VERBS), None)
        if calls is None or not window or window[0].text != "," or (
                len(window) < 2 or window[1].lower != "yang"):
            continue
        nick = by_start.get(window[calls].i + 1)
        if nick:
            key = " ".join(_words_of(view.text[nick[0].start : nick[-1].end]))
            out[key] = view.text[name[0].start : name[-1].end]
    return out


def is_organisation(name: str) -> bool:
    words = name.split()
    low = [w.lower().strip("()") for w in words]
    if any(w in lx.ORG_WORDS for w in low):
        return True
    # A lone acronym (BPS, KPK) or a CamelCase brand (OpenAI, DeepSeek) names an organisation,
    # and so does a name an acronym opens ("BPJS Kesehatan", "PD Pasar Jaya"): a person's
    # name opens with a title or a name, an acronym of a title being a title ("AKBP").
    return bool(words) and is_org_token(words[0]) and (len(words) == 1 or words[0].isupper())


def is_short_form(word: str, name: str) -> bool:
    """A one-word short form of a full name, by how Indonesian news shortens names: initials
    ("JK" for Jusuf Kalla, "SBY") or a blend of the opening syllables of two name words
    ("Jokowi" for Joko Widodo). The opening of one word alone is not taken ("Budi" is not
    Budiman): too many names start alike."""
    parts = [w for w in _words_of(name) if w.isalpha()]
    low = word.lower()
    if len(parts) < 2 or not low.isalpha() or low in parts:
        return False
    if word.isupper() and len(word) >= 2 and low == "".join(w[0] for w in parts):
        return True
    for a, b in pairwise(parts):
        for cut in range(2, len(a) + 1):
            rest = low[cut:]
            if low[:cut] == a[:cut] and len(rest) >= 2 and b.startswith(rest) and len(low) >= 5:
                return True
    return False


def abbreviates(word: str, phrase: list[str]) -> bool:
    """Whether word is an Indonesian syllabic acronym (akronim) of phrase: each of its content
    words gives its opening letters, in order, and joiners give none ("Kadin" for Kamar Dagang
    dan Industri, "Bappenas" for Badan Perencanaan Pembangunan Nasional, "Pemkot" for
    Pemerintah Kota)."""
    low = word.lower()
    words = [w.lower() for w in phrase if w.lower() not in lx.NAME_JOINERS | lx.GROUP_JOINERS]
    if len(words) < 2 or not low.isalpha():
        return False

    @cache
    def cover(i: int, j: int) -> bool:  # low[i:] from words[j:], each word at least a letter
        if j == len(words):
            return i == len(low)
        w = words[j]
        return any(low[i : i + n] == w[:n] and cover(i + n, j + 1)
                   for n in range(1, min(len(w), len(low) - i) + 1))

    return cover(0, 0)


# Capitalised words of a phrase an acronym may stand for: a body's name, its joiners between.
_CAPITALISED_PHRASE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:dan\s+|&\s+)?[A-Z][\w'’-]*)+")


class BodyAcronyms:
    """The article's one-word syllabic acronyms of bodies it writes out in full ("Kamar
    Dagang dan Industri Kota Surabaya" ... "Kadin"): each names an organisation, never a
    person. A person's name is no such phrase: fewer than three words and no institution's
    word ("Jokowi" for Joko Widodo is a blend, is_short_form's). Asked word by word, cached."""

    def __init__(self, text: str):
        self._by_letter: dict[str, list[list[str]]] = {}
        for m in _CAPITALISED_PHRASE.finditer(text):
            phrase = m.group().split()
            for a in range(len(phrase)):
                for b in range(a + 2, min(len(phrase), a + 6) + 1):
                    sub = phrase[a:b]
                    if sub[-1].lower() in lx.NAME_JOINERS | lx.GROUP_JOINERS or (
                            sub[0].lower() in lx.TITLE_WORDS):
                        continue  # "Mensos" is Menteri Sosial's title, not a body
                    if len(sub) >= 3 or any(w.lower() in lx.ORG_WORDS | lx.OFFICE_WORDS
                                            for w in sub):
                        self._by_letter.setdefault(sub[0][0].lower(), []).append(sub)
        self._known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        low = word.lower()
        if low not in self._known:
            self._known[low] = 3 <= len(low) <= 10 and low not in lx.TITLE_WORDS and any(
                word not in sub and abbreviates(low, sub)
                for sub in self._by_letter.get(low[:1], ()))
        return self._known[low]


# A run split into (role words, name words, name text, the name's words).
NameSplit = tuple[list[Word], list[Word], str, frozenset[str]]


class _Resolver:
    def __init__(self, view: ArticleView, quotes: list[Quote], frames: Frames,
                 weights: dict[str, Any] | None = None):
        self.view = view
        self.quotes = quotes
        self.frames = frames
        # (mention, frame) of every frame that names someone, by the mention's start.
        self._frame_speakers = sorted(
            ((f.speaker, f) for f in frames if f.speaker is not None and f.speaker.kind in {
                "name", "description"}), key=lambda item: item[0].start)
        self._frame_starts = [m.start for m, _ in self._frame_speakers]
        self.runs = _name_runs(view, frames)
        self.aliases = _aliases(view, self.runs)
        # Each run split once into (role words, name words, name text, the name's words),
        # keyed by the run's first word.
        self._split_by_start: dict[int, NameSplit] = {}
        for run in self.runs:
            role, name = split_name(view, run)
            if name:
                text = view.text[name[0].start : name[-1].end]
                self._split_by_start[run[0].i] = (role, name, text, frozenset(_words_of(text)))
        self.split_runs = list(self._split_by_start.values())
        self.speakers: list[Speaker] = []
        self.by_key: dict[str, int] = {}
        # (offset, speaker index) of named persons quoted or standing as subjects.
        self.events: list[tuple[int, int]] = []
        # (offset, speaker index) of persons quoted directly: the voices of the article.
        self.voices: list[tuple[int, int]] = []
        self._sentence_starts = [s.start for s in view.sentences]
        self.acronyms = BodyAcronyms(view.text)
        self._quoted = [(q.start, q.end) for q in quotes if q.type != "indirect"]
        self.weights = weights
        self._named: list[tuple[int, list[Word], NameSplit]] | None = None
        # (mention, anaphor, candidates) of every antecedent chosen: for training.
        self.decisions: list[tuple[Mention, Anaphor, list[Candidate]]] = []

    # -- names ---------------------------------------------------------------------------

    def fullest(self, mention: Mention) -> tuple[str, list[str]]:
        """The fullest candidate name holding all the mention's words, and roles read with
        it; the mention as written when no candidate holds them."""
        mention_words = _words_of(mention.text)
        want = set(mention_words)
        alias = self.aliases.get(" ".join(mention_words))
        if alias is not None:
            return alias, []
        best: tuple[str, list[str]] | None = None
        best_len = 0
        for role, name, text, words in self.split_runs:
            if not want <= words or len([w for w in name if not is_punct(w)]) > 6:
                continue
            if len(words) > best_len:
                roles = [self.view.text[role[0].start : role[-1].end]] if role else []
                best, best_len = (text, roles), len(words)
        if len(mention_words) == 1 and (best is None or len(_words_of(best[0])) == 1):
            # "Jokowi", "JK", "Risma": the one full name it shortens, if only one fits.
            fits = {text: role for role, name, text, words in self.split_runs
                    if is_short_form(mention.text, text)}
            if len(fits) == 1:
                text, role = next(iter(fits.items()))
                return text, [self.view.text[role[0].start : role[-1].end]] if role else []
        if best is None or len(_words_of(best[0])) == len(mention_words) == 1:
            around = self._name_around(mention_words)
            if around is not None:
                return around
        if len(mention_words) == 1 and (best is None or _words_of(best[0]) == mention_words):
            variant = self._spelling_variant(mention_words[0])
            if variant is not None:
                return variant
        if best is None:
            return mention.text, []
        return best

    def _spelling_variant(self, word: str) -> tuple[str, list[str]] | None:
        """"Wahyudin" where the article also writes "Wahyuddin Bagenda": a one-word mention
        no name holds, one letter away from a word of exactly one full name (seven letters
        or more, so short names that differ by a letter stay apart)."""
        if len(word) < SPELLING_VARIANT_MIN:
            return None
        fits = {text: role for role, name, text, words in self.split_runs
                if len(words) >= 2 and any(_one_edit_apart(word, w) for w in words)}
        if len(fits) != 1:
            return None
        text, role = next(iter(fits.items()))
        return text, [self.view.text[role[0].start : role[-1].end]] if role else []

    def _name_around(self, mention_words: list[str]) -> tuple[str, list[str]] | None:
        """A name part ("Danang", "Busyro") whose full name stands only inside a run too
        long to split ("... of Lion Air Group Danang Mandala Prihantoro", "... Busyro Muqoddas
        dan Wakil Ketua ..."): the part and the person words after it there, two to four in
        all; the words before it are the role. None unless exactly one such name."""
        found: dict[str, list[str]] = {}
        n = len(mention_words)
        for run in self.runs:
            lows = [w.lower for w in run]
            for k in range(len(run) - n + 1):
                if lows[k : k + n] != mention_words:
                    continue
                # The part opens the name (a first name): read on to its end only; what
                # stands before it is the office, whatever its shape.
                start, end = k, k + n
                while end < len(run) and person_word(self.view, run[end]):
                    end += 1
                if 2 <= end - start <= 4 and start > 0 and not office_words_before_name(
                        self.view, run[start:end], keep=1):
                    text = self.view.text[run[start].start : run[end - 1].end]
                    found[text] = [self.view.text[run[0].start : run[start - 1].end].strip(
                        " ,")]
        if len(found) == 1:
            return next(iter(found.items()))
        return None

    def entity_for_name(self, mention: Mention) -> int:
        words = _words_of(mention.text)
        for idx, sp in enumerate(self.speakers):
            names = set(_words_of(sp.name))
            if set(words) <= names:
                return idx
        if len(words) == 1:
            short = [idx for idx, sp in enumerate(self.speakers)
                     if sp.kind == "person" and is_short_form(mention.text, sp.name)]
            if len(short) == 1:
                return short[0]
        if len(words) == 1 or all(_office_or_body(t) for t in re.findall(r"[\w-]+",
                                                                       mention.text)):
            # "Wakil Presiden", "Panglima TNI": an office, named by whoever holds it here
            holder = self.by_role(mention.text)
            if holder is not None:
                return holder
        name, roles = self.fullest(mention)
        key = name.lower()
        if key in self.by_key:
            return self.by_key[key]
        for idx, sp in enumerate(self.speakers):
            if sp.kind == "person" and (set(_words_of(sp.name)) <= set(_words_of(name))
                                        or is_short_form(sp.name, name)):
                sp.name = name  # the fuller name ("Jokowi" -> "Joko Widodo")
                self.by_key[key] = idx
                return idx
        kind = "organization" if self._names_a_body(name) else "person"
        if kind == "organization":
            roles = []  # "CEO OpenAI" names OpenAI's CEO, not a role of OpenAI
        self.speakers.append(Speaker(name=name, kind=kind, roles=list(roles)))
        self.by_key[key] = len(self.speakers) - 1
        return len(self.speakers) - 1

    def _names_a_body(self, name: str) -> bool:
        """An organisation by its words, or a name an acronym of a body the article writes
        out opens ("Kadin Surabaya")."""
        first = name.split()[0] if name.split() else ""
        return is_organisation(name) or first in self.acronyms

    def _may_be_a_person(self, split: NameSplit) -> bool:
        return _may_name_a_person(split) and not self._names_a_body(split[2])

    def add_role(self, idx: int, role: str | None) -> None:
        if role:
            role = role.strip(" ,")
            sp = self.speakers[idx]
            if role and role.lower() not in {r.lower() for r in sp.roles}:
                sp.roles.append(role)

    # -- salience ------------------------------------------------------------------------

    def subject_events(self) -> None:
        """Named persons standing as a clause subject are salient, and those a speech frame
        names (frames.py: "X mengatakan", "menurut X", "disampaikan X") are voices. A
        non-speaking subject has a verb or an apposition after its name, and no preposition
        ("di Jakarta") or verb ("melibatkan Setya Novanto": an object) before it."""
        view = self.view
        for run in self.runs:
            sent = view.sentences[run[0].sent]
            if self._apposition_of_another(run, sent):
                continue
            frame = self._frame_naming(run)
            if frame is not None and frame.kinds[0] is FrameKind.ACTIVE and (
                    self._governed_out(run, sent)):
                frame = None  # "tim di Sugapa akan mengungkapkan": Sugapa is no subject
            speaks = frame is not None and frame.voiced
            if not speaks and frame is None and not self._stands_as_subject(run, sent):
                continue
            split = self._split_of(run)
            if split is None:
                continue
            _, name, text, words = split
            # "PD Pasar Jaya mengirimkan": a run an acronym opens is an organisation acting.
            acronym_led = len(run) > 1 and run[0].text.isupper() and is_org_token(
                run[0].text) and not glued_acronym(run)
            if acronym_led or not self._may_be_a_person(split):
                continue
            if speaks and frame is not None and frame.speaker is not None and (
                    frame.speaker.kind == "name"):
                # Named as the frame names it, like a quote's own mention ("Mensos": the
                # holder of the office the short title abbreviates).
                holder = self.short_title_holder(frame.speaker.text)
                idx = holder if holder is not None else self.entity_for_name(frame.speaker)
                self.events.append((frame.speaker.start, idx))
                self.voices.append((frame.speaker.start, idx))
                continue
            holder = self.short_title_holder(text) if len(name) == 1 else None
            named = holder if holder is not None else self._entity_of(split)
            self.events.append((name[0].start, named))
            speaker: int | None = named
            if speaks and words <= lx.TITLE_WORDS:
                speaker = self.by_role(text)  # "Wakil Presiden menegaskan": whoever holds it
            if speaks and speaker is not None:
                self.voices.append((name[0].start, speaker))

    def _frame_naming(self, run: list[Word]) -> Frame | None:
        """The speech frame whose subject or agent is a name inside run."""
        start, end = run[0].start, run[-1].end
        k = max(0, bisect_right(self._frame_starts, start) - 1)
        while k < len(self._frame_speakers):
            m, frame = self._frame_speakers[k]
            if m.start > end:
                break
            if start <= m.start and m.end <= end:
                return frame
            k += 1
        return None

    def _governed_out(self, run: list[Word], sent: Sentence) -> bool:
        """A preposition or verb governs the run, or a noun governs a one-word run ("agama
        Islam"): no subject."""
        first = run[1] if glued_acronym(run) else run[0]
        governed_by = governor(self.view, first, sent.first - 1)
        return governed_by in _NO_SUBJECT or (len(run) == 1 and governed_by is Governor.NOUN)

    def _stands_as_subject(self, run: list[Word], sent: Sentence) -> bool:
        """A verb (after adverbs and auxiliaries) or an apposition follows the run, and
        nothing governs it out."""
        view = self.view
        if self._governed_out(run, sent):
            return False
        nxt = run[-1].i + 1
        while nxt < sent.last and view.words[nxt].upos in {"ADV", "AUX"}:
            nxt += 1
        if nxt >= sent.last:
            return False
        w = view.words[nxt]
        apposition = w.text == "," and nxt + 1 < sent.last and (
            view.words[nxt + 1].lower in lx.TITLE_WORDS)
        return w.upos == "VERB" or apposition

    def _apposition_of_another(self, run: list[Word], sent: Sentence) -> bool:
        """"Ahmad Riza, Wakil Gubernur DKI, ..." (an office after a name) and "Head of
        Research Bank X, Rina Wati, ..." (an office before a name set off by commas): the
        office run is an apposition of the name, not a subject of its own."""
        view = self.view
        first, last = run[0].i, run[-1].i
        if pure_name(view, run):
            return False
        if first - 2 >= sent.first and view.words[first - 1].text == "," and is_name_word(
                view, view.words[first - 2]):
            # Only a person owns an apposition: not a place or a body, nor a name a
            # preposition governs ("dari Balai Kota Bandung, Kepala Dinas X Rina ...").
            owner = next((r for r in self.runs if r[-1].i == first - 2), None)
            split = self._split_of(owner) if owner else None
            if owner is None or split is None or (
                    self._may_be_a_person(split) and not self._governed_out(owner, sent)):
                return True
        after = last + 2
        if after < sent.last and view.words[last + 1].text == ",":
            nxt = next((r for r in self.runs if r[0].i == after), None)
            close = nxt[-1].i + 1 if nxt else sent.last
            return nxt is not None and pure_name(view, nxt) and close < sent.last and (
                view.words[close].text == ",")
        return False

    def collect_roles(self) -> None:
        """Roles the article gives anywhere: "TITLE NAME" runs and "NAME, ROLE," appositions."""
        for run in self.runs:
            split = self._split_of(run)
            if split is None:
                continue
            role, name, text, _ = split
            idx = self.find_existing(_words_of(text))
            if idx is None or self.speakers[idx].kind != "person":
                continue
            if role:
                self.add_role(idx, self.view.text[role[0].start : role[-1].end])
            after = name[-1].i + 1
            sent = self.view.sentences[name[-1].sent]
            if after < sent.last and self.view.words[after].text == ",":
                nxt = next((r for r in self.runs if r[0].i == after + 1), None)
                if nxt is None:
                    continue
                close = nxt[-1].i + 1
                if close < sent.last and self.view.words[close].text == "," and (
                    nxt[0].lower in lx.TITLE_WORDS or (self._split_of(nxt) or ((),))[0]
                ):
                    self.add_role(idx, self.view.text[nxt[0].start : nxt[-1].end])

    def _entity_of(self, split: NameSplit) -> int:
        """The entity a split run's name is: one already known, else a new one."""
        _, name, text, words = split
        idx = self.find_existing(list(words))
        if idx is None:
            idx = self.entity_for_name(Mention(text, name[0].start, name[-1].end, "name"))
        return idx

    def _split_of(self, run: list[Word]) -> NameSplit | None:
        return self._split_by_start.get(run[0].i)

    def find_existing(self, words: list[str]) -> int | None:
        for idx, sp in enumerate(self.speakers):
            if set(words) <= set(_words_of(sp.name)) or set(_words_of(sp.name)) <= set(words):
                return idx
        return None

    # -- antecedents ---------------------------------------------------------------------

    def _place(self, offset: int) -> tuple[int, int]:
        """(sentence, paragraph) of the character at offset."""
        k = max(0, bisect_right(self._sentence_starts, offset) - 1)
        sent = self.view.sentences[k] if self.view.sentences else None
        return (sent.i, sent.para) if sent is not None else (0, 0)

    def _appearance(self, offset: int, kind: str, in_quote: bool = False) -> Appearance:
        sentence, paragraph = self._place(offset)
        return Appearance(offset, sentence, paragraph, kind, in_quote)

    def _named_runs(self) -> list[tuple[int, list[Word], NameSplit]]:
        """Runs that may name a person, outside quotations, that no preposition or noun
        governs ("pemilihan Wali Kota Malang", "di Jakarta"), by position; read once."""
        if self._named is None:
            view = self.view
            self._named = []
            for run in self.runs:
                split = self._split_of(run)
                if split is None or self._in_quote(run[0].start):
                    continue
                role, name, _, words = split
                if governor(view, run[0]) in _NO_ANTECEDENT or not self._may_be_a_person(
                        split) or words <= lx.TITLE_WORDS or (role and len(name) < 2):
                    continue
                self._named.append((run[0].start, run, split))
        return self._named

    def _named_runs_before(self, offset: int) -> Iterator[tuple[list[Word], NameSplit]]:
        """The latest CANDIDATE_WINDOW of _named_runs before offset."""
        named = self._named_runs()
        end = bisect_right(named, offset - 1, key=lambda item: item[0])
        for _, run, split in named[max(0, end - CANDIDATE_WINDOW) : end]:
            yield run, split

    def _in_quote(self, offset: int) -> bool:
        """Inside a direct or mixed quote: a word of the quote, no antecedent outside it."""
        return any(s <= offset < e for s, e in self._quoted)

    def _run_candidate(self, found: dict[object, Candidate], run: list[Word], split: NameSplit,
                       organisation: bool, known: int | None = None) -> Candidate:
        """The candidate a run names: the entity its words already are (known, when the
        caller looked it up), else the run itself (made an entity only if chosen)."""
        if known is None:
            known = self.find_existing(list(split[3]))
        if known is not None:
            return self._entity_candidate(found, known)
        return self._candidate(found, ("run", run[0].i), split[2], organisation)

    def _candidate(self, found: dict[object, Candidate], key: object, name: str, organisation: bool,
                   roles: frozenset[str] = frozenset()) -> Candidate:
        if key not in found:
            found[key] = Candidate(key=key, name=name, organisation=organisation, roles=roles)
        return found[key]

    def _entity_candidate(self, found: dict[object, Candidate], idx: int) -> Candidate:
        sp = self.speakers[idx]
        return self._candidate(found, idx, sp.name, sp.kind != "person", _role_words(sp))

    def candidates(self, anaphor: Anaphor, *, persons_only: bool,
                   recent: bool) -> list[Candidate]:
        """Every entity that can be the anaphor's antecedent, with its appearances before
        it: voices, subjects and names (recent), and for a description the entities whose
        roles it names and the one the article names with it."""
        found: dict[object, Candidate] = {}
        if recent:
            for kind, appearances in (("voice", self.voices), ("subject", self.events)):
                before = sorted(a for a in appearances if a[0] < anaphor.offset)
                for pos, idx in before[-CANDIDATE_WINDOW:]:
                    if not persons_only or self._one_person(idx):
                        self._entity_candidate(found, idx).appearances.append(
                            self._appearance(pos, kind))
            for run, split in self._named_runs_before(anaphor.offset):
                known = self.find_existing(list(split[3]))
                if known is not None and persons_only and not self._one_person(known):
                    continue  # a body or a group already: no antecedent of "ia"
                c = self._run_candidate(found, run, split, organisation=False, known=known)
                c.appearances.append(self._appearance(split[1][0].start, "named"))
        if recent and anaphor.head_kind == "organization":
            # "perusahaan tersebut": the bodies named before it, whatever governs them ("Altman
            # membawa OpenAI ..."): a body is seldom a clause's subject.
            for run in self.runs:
                body = self._split_of(run)
                if body is None or run[0].start >= anaphor.offset or self._in_quote(
                        run[0].start) or not is_organisation(body[2]):
                    continue
                c = self._run_candidate(found, run, body, organisation=True)
                c.appearances.append(self._appearance(body[1][0].start, "named"))
        if anaphor.words:
            for idx, sp in enumerate(self.speakers):
                if anaphor.words <= _role_words(sp):
                    self._entity_candidate(found, idx)
            named = self.named_by_description(anaphor.text)
            if named is not None:
                c = self._entity_candidate(found, named)
                c.named_by_description = True
                starts = self._name_starts(named)
                c.cataphora = all(start > anaphor.offset for start in starts) and any(
                    self._place(start)[0] - anaphor.sentence <= 1 for start in starts)
        if anaphor.kind == "description" and anaphor.head_kind == "person" and not recent:
            self._cataphora_candidates(anaphor, found)
        return list(found.values())

    def _cataphora_candidates(self, anaphor: Anaphor, found: dict[object, Candidate]) -> None:
        """"Pemimpin tertinggi Iran mengatakan … . Ayatullah Ali Khamenei menegaskan …": a
        description of a person before the name it belongs to, a person standing as a clause
        subject after it in its sentence or the next."""
        for run in self.runs:
            if run[0].start <= anaphor.offset:
                continue
            # At the start of its clause, or after titles only ("Ayatullah Ali Khamenei").
            sentence = self.view.sentences[run[0].sent]
            before = _words_of(self.view.text[sentence.start : run[0].start])
            if not (clause_initial(self.view, run[0]) or set(before) <= lx.TITLE_WORDS):
                continue
            if run[0].sent - anaphor.sentence > 1:
                break
            split = self._split_of(run)
            if split is None or not self._may_be_a_person(split) or split[3] <= lx.TITLE_WORDS:
                continue  # a bare title ("Ayatullah mengatakan") names nobody yet
            self._run_candidate(found, run, split, organisation=False).cataphora = True

    def _name_starts(self, idx: int) -> list[int]:
        """Where the runs sharing a word with entity idx's name start."""
        words = set(_words_of(self.speakers[idx].name))
        return [r[0].start for r in self.runs
                if words & set(_words_of(self.view.text[r[0].start : r[-1].end]))]

    def antecedent(self, m: Mention, *, direct: bool) -> tuple[int | None, str]:
        """The entity a pronoun, clitic or description refers to, by the scorer, and how the
        mention names it (its kind, or cataphora)."""
        sentence, paragraph = self._place(m.start)
        if m.kind in {"pronoun", "clitic"}:
            if m.text.lower() in lx.PLURAL_PRONOUNS:
                return None, m.kind
            anaphor = Anaphor(m.kind, m.start, sentence, paragraph, direct=direct,
                              text=m.text)
            cands = self.candidates(anaphor, persons_only=True, recent=True)
        else:
            words = _description_words(m.text)
            head = next((w for w in _words_of(m.text) if w not in lx.DESCRIPTION_MODIFIERS),
                        "")
            anaphor = Anaphor("description", m.start, sentence, paragraph, direct=direct,
                              words=words, head_kind=lx.DESCRIPTION_HEAD_KINDS.get(head),
                              text=m.text)
            # "pemain itu" points back to someone; "pengadilan menyatakan" names nobody the
            # article has, unless a role or the text itself ties it to one.
            pointing = m.text.split()[-1].lower() in lx.DEMONSTRATIVES
            cands = self.candidates(anaphor, persons_only=False, recent=pointing)
        self.decisions.append((m, anaphor, cands))
        chosen = choose(anaphor, cands, self.weights)
        if chosen is None:
            return None, m.kind
        how = "cataphora" if chosen.features.get("cataphora") else m.kind
        if isinstance(chosen.key, tuple):  # a name not yet an entity: its run's split
            made = self._entity_of(self._split_by_start[chosen.key[1]])
            if not self._one_person(made) and anaphor.kind != "description":
                return None, m.kind
            return made, how
        assert isinstance(chosen.key, int)
        return chosen.key, how

    def _one_person(self, idx: int) -> bool:
        """A person, not an organisation or a group ("Rusman dan Rajiun")."""
        sp = self.speakers[idx]
        return sp.kind == "person" and not set(_words_of(sp.name)) & lx.GROUP_JOINERS

    def by_role(self, text: str) -> int | None:
        """The person whose roles hold the description's words, or whose role a one-word
        short title abbreviates ("Mensos" for a Menteri Sosial)."""
        words = _description_words(text)
        if not words:
            return None
        for idx, sp in enumerate(self.speakers):
            if words <= _role_words(sp):
                return idx
        return self.short_title_holder(text)

    def short_title_holder(self, text: str) -> int | None:
        """The person whose role a one-word short title abbreviates: "Mensos" for the
        article's Menteri Sosial, "Kadinkes" for its Kepala Dinas Kesehatan."""
        short = text.strip()
        if " " in short or not short[:1].isupper() or not short.isalpha():
            return None
        for role, name, _, _ in self.split_runs:
            titles = [w.text for w in role]
            if name and any(abbreviates(short, titles[:n])
                            for n in range(2, min(len(titles), 4) + 1)):
                split = self._split_by_start.get(role[0].i)
                if split is not None and self._may_be_a_person(split):
                    return self._entity_of(split)
        return None

    # -- driver --------------------------------------------------------------------------

    def resolve(self) -> tuple[list[Quote], list[Speaker]]:
        order = sorted(range(len(self.quotes)), key=lambda k: self.quotes[k].start)
        # First pass: named mentions make the entities.
        for k in order:
            m = self.quotes[k].mention
            if m is not None and m.kind == "name":
                idx = self.entity_for_name(m)
                self.add_role(idx, m.role)
        self.subject_events()
        self.collect_roles()
        for k in order:
            q = self.quotes[k]
            m = q.mention
            if m is not None and m.kind == "name":
                self.events.append((m.start, self.entity_for_name(m)))
        self.events.sort()
        own: dict[int, int | None] = {}  # id(quote) -> its entity index, framed quotes only
        kinds: dict[int, str | None] = {}  # id(quote) -> how its mention names the speaker
        for k in order:
            q = self.quotes[k]
            if q.follows is not None:
                continue
            resolved, kinds[id(q)] = self.resolve_mention(q.mention,
                                                          direct=q.type == "direct")
            own[id(q)] = resolved
            if resolved is not None and q.mention is not None:
                idx = resolved
                self.speakers[idx].mentions.append(q.mention)
                self.events.append((q.mention.start, idx))
                self.events.sort()
                # Directives ("X meminta ...") report a request, not X's own voice.
                directive = q.cue is not None and q.cue.text.lower() in lx.DIRECTIVE_FORMS
                if q.type == "direct" or (q.mention.kind == "name" and not directive):
                    self.voices.append((q.mention.start, idx))
        self.names_from_short_forms()
        entity = [own.get(id(_frame_holder(q))) for q in self.quotes]
        used = sorted({idx for idx in entity if idx is not None})
        speakers = [self.speakers[i] for i in used]
        by_index = dict(zip(used, speakers, strict=True))
        copies = [replace(q, speaker=by_index.get(idx) if idx is not None else None,
                          mention=_with_kind(q.mention, kinds.get(id(q))))
                  for q, idx in zip(self.quotes, entity, strict=True)]
        copy_of = {id(q): c for q, c in zip(self.quotes, copies, strict=True)}
        for c in copies:
            if c.follows is not None:
                c.follows = copy_of.get(id(c.follows))
        return copies, speakers

    def names_from_short_forms(self) -> None:
        """"Koordinator Pantau Gambut Iola Abas ... kata Iola": where a frame names a person
        by one word of their name, neither its first nor its last, the name starts at that
        word, the usual short form being a given name; the words before it are the body the
        office belongs to, and go to the role."""
        short = {m.text.lower() for m, _ in self._frame_speakers
                 if m.kind == "name" and len(m.text.split()) == 1}
        short |= {q.mention.text.lower() for q in self.quotes if q.mention is not None
                  and q.mention.kind == "name" and len(q.mention.text.split()) == 1}
        for sp in self.speakers:
            words = sp.name.split()
            if sp.kind != "person" or len(words) < 3:
                continue
            cut = next((p for p in range(1, len(words) - 1)
                        if words[p].lower() in short and words[p][:1].isupper()), None)
            if cut is None or not self._reads_as_a_body(words[:cut], words[cut]):
                continue  # "Sufmi Dasco Ahmad ... kata Dasco": a given name before it
            # "Kemendagri Mochamad Ardian ... kata Ardian": the body ends at its last word of
            # an organisation's or a place's shape; the given names after it stay.
            cut = 1 + max((p for p, w in enumerate(words[:cut]) if _body_shaped(w)),
                          default=cut - 1)
            body = " ".join(words[:cut])
            sp.name = " ".join(words[cut:])
            sp.roles = [f"{r} {body}" for r in sp.roles] or [body]

    def _reads_as_a_body(self, prefix: list[str], person_first: str) -> bool:
        """Words before a person's name that are a body or a place, not given names: a word
        of an organisation's shape (an acronym, a brand, a kind of body), a place, a
        lower-case word ("for", "of"), or a last word the article also writes without the
        name after it ("... di Sidoarjo")."""
        if any(_body_shaped(w) or not w[:1].isupper() for w in prefix):
            return True
        last = prefix[-1]
        pattern = re.compile(rf"\b{re.escape(last)}\b(?!\s+{re.escape(person_first)}\b)")
        return pattern.search(self.view.text) is not None

    def resolve_mention(self, m: Mention | None, *,
                        direct: bool = False) -> tuple[int | None, str | None]:
        """The entity a quote's mention names, and the mention's kind as the answer gives
        it (a name, a name part of a fuller name, a pronoun, a clitic, a description, or
        cataphora)."""
        if m is None:
            return None, None
        if m.kind == "name":
            idx = self.entity_for_name(m)
            part = set(_words_of(m.text)) < set(_words_of(self.speakers[idx].name))
            return idx, "name_part" if part else "name"
        return self.antecedent(m, direct=direct)

    def named_by_description(self, description: str) -> int | None:
        """"pemimpin tertinggi Iran" -> the name the article puts right after those words
        elsewhere ("pemimpin tertinggi Iran, Ayatullah Ali Khamenei")."""
        pattern = re.compile(re.escape(description) + r",?\s+", re.IGNORECASE)
        for m in pattern.finditer(self.view.text):
            for run in self.runs:
                split = self._split_of(run)
                # "..., Ayatullah Ali Khamenei" after it, or "Presiden Joko Widodo" opening
                # with it (the run's name starts where the description ends).
                if run[0].start == m.end() or (run[0].start == m.start() and split
                                               and split[1][0].start == m.end()):
                    name = split[1] if split else None
                    if name:
                        text = self.view.text[name[0].start : name[-1].end]
                        return self.entity_for_name(
                            Mention(text, name[0].start, name[-1].end, "name"))
        return None


# A name after these is no clause subject: a place or complement, an object.
_NO_SUBJECT = frozenset({Governor.PREPOSITION, Governor.VERB, Governor.OPENING_VERB})
# A name after these is no antecedent ("pemilihan Wali Kota Malang", "di Jakarta").
_NO_ANTECEDENT = frozenset({Governor.PREPOSITION, Governor.PASSIVE_CUE, Governor.VERB,
                            Governor.NOUN})

# How many of the latest voices, subjects and names before a mention are its candidates: an
# antecedent further back than this many appearances is not the one a reader takes (and an
# article of 200,000 characters is not read in the square of its length).
CANDIDATE_WINDOW = 40

# Names this long or longer may be written with one letter more or less ("Wahyudin" for
# "Wahyuddin"); shorter ones that differ by a letter are usually other names (Budi, Badu).
SPELLING_VARIANT_MIN = 7


def _office_or_body(token: str) -> bool:
    """A title, a word of an office's portfolio or of a body ("Menteri", "Riset", "dan",
    "TNI"): no word of a person's name."""
    low = token.lower()
    return (low in lx.TITLE_WORDS or low in lx.OFFICE_WORDS or low in lx.NAME_JOINERS
            or is_org_token(token))


def _body_shaped(word: str) -> bool:
    """A word of an organisation's shape (an acronym, a brand, a ministry's short form, a
    kind of body) or a place's."""
    return is_org_token(word) or word.lower() in lx.PLACE_WORDS


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, deleted or changed (Levenshtein distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1 or len(b) < SPELLING_VARIANT_MIN:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y),
             len(short))
    return short[k:] == long_[k + 1 :]


def _role_words(sp: Speaker) -> frozenset[str]:
    """The words of all of a speaker's roles."""
    return frozenset(w for r in sp.roles for w in _words_of(r))


def _description_words(text: str) -> frozenset[str]:
    """A description's words that can match a role ("pihak maskapai itu" -> maskapai)."""
    return frozenset(_words_of(text)) - lx.DEMONSTRATIVES - {"pihak"}


def _may_name_a_person(split: NameSplit) -> bool:
    """A split run whose name part can be a person's: no organisation, no place, no figure
    ("Covid-19 Kalsel"), at most four name words (a longer run swallowed an office or a
    sentence)."""
    _, name, text, words = split
    # An office and its place without a name ("Perhubungan DKI Jakarta") is nobody; a bare
    # title is its holder's (resolved by role).
    office = lx.TITLE_WORDS | lx.OFFICE_WORDS | lx.PLACE_WORDS | lx.NAME_JOINERS
    return not (is_organisation(text) or len(name) > 4 or any(ch.isdigit() for ch in text)
                or (words <= office and not words <= lx.TITLE_WORDS))


def _with_kind(m: Mention | None, kind: str | None) -> Mention | None:
    return m if m is None or kind is None or kind == m.kind else replace(m, kind=kind)


def _frame_holder(q: Quote) -> Quote:
    """The quote whose frame q's speaker comes from: q, or the quote it follows (in turn)."""
    seen = set()
    while q.follows is not None and id(q) not in seen:
        seen.add(id(q))
        q = q.follows
    return q


def resolve_speakers(view: ArticleView, quotes: list[Quote],
                     frames: Frames) -> tuple[list[Quote], list[Speaker]]:
    """Copies of the quotes with their speaker set, and the speakers in first-quoted order.
    The quotes given are left as they are."""
    quotes, speakers, _ = resolve_article(view, quotes, frames)
    return quotes, speakers


def resolve_article(view: ArticleView, quotes: list[Quote], frames: Frames
                    ) -> tuple[list[Quote], list[Speaker], Callable[[Mention], Speaker | None]]:
    """resolve_speakers, and the article's resolver for other mentions (a claim's subject):
    the entity a pronoun or description refers to, by the same candidates and scorer."""
    resolver = _Resolver(view, quotes, frames)
    copies, speakers = resolver.resolve()

    def refer(m: Mention) -> Speaker | None:
        idx, _ = resolver.antecedent(m, direct=False)
        return None if idx is None else resolver.speakers[idx]

    return copies, speakers, refer
