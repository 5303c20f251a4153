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

from service.extract import lexicon as lx
from service.extract.mentions import is_capitalised, is_punct
from service.extract.model import Mention, Quote, Speaker
from service.nlp.view import ArticleView, Word

_CAMEL = re.compile(r"[a-z][A-Z]")


def _words_of(text: str) -> list[str]:
    return [t for t in re.findall(r"[\w'’-]+", text.lower()) if t]


def _is_headline(view: ArticleView, para_i: int) -> bool:
    p = view.paragraphs[para_i]
    words = [t for t in view.text[p.start : p.end].split() if t[:1].isalpha()]
    if len(words) < 3 or view.text[p.end - 1] in ".!?\"”":
        return False
    caps = sum(1 for t in words if t[0].isupper())
    return caps / len(words) >= 0.6


def _name_runs(view: ArticleView) -> list[list[Word]]:
    """Maximal runs of capitalised words, titles included, outside headline-like lines."""
    runs: list[list[Word]] = []
    headline = {p.i for p in view.paragraphs if _is_headline(view, p.i)}
    for sent in view.sentences:
        if sent.para in headline:
            continue
        run: list[Word] = []
        words = view.sentence_words(sent)
        for k, w in enumerate(words):
            joiner = (
                run and w.lower in {"dan", "bin", "binti", "van", "de"}
                and k + 1 < len(words) and is_capitalised(words[k + 1])
            )
            if (is_capitalised(w) and not is_punct(w) and w.lower not in lx.NOT_NAME_WORDS) or joiner:
                run.append(w)
                continue
            if run:
                runs.append(run)
            run = []
        if run:
            runs.append(run)
    cleaned = []
    for run in runs:
        while run and (run[-1].lower in {"dan", "bin", "de"}):
            run = run[:-1]
        if not run:
            continue
        sentence_start = view.sentences[run[0].sent].first == run[0].i
        if len(run) == 1 and sentence_start and run[0].upos != "PROPN":
            continue
        cleaned.append(run)
    return cleaned


def _split_title(run: list[Word]) -> tuple[list[Word], list[Word]]:
    k = 0
    while k < len(run) - 1 and run[k].lower in lx.TITLE_WORDS:
        k += 1
    return run[:k], run[k:]


def is_organisation(name: str) -> bool:
    words = name.split()
    low = [w.lower().strip("()") for w in words]
    if any(w in lx.ORG_WORDS for w in low):
        return True
    if len(words) == 1 and (words[0].isupper() and len(words[0]) >= 2 or _CAMEL.search(words[0])):
        return True
    return False


class _Resolver:
    def __init__(self, view: ArticleView, quotes: list[Quote]):
        self.view = view
        self.quotes = quotes
        self.runs = _name_runs(view)
        self.speakers: list[Speaker] = []
        self.by_key: dict[str, int] = {}
        # (offset, speaker index) of named persons quoted or standing as subjects.
        self.events: list[tuple[int, int]] = []

    # -- names ---------------------------------------------------------------------------

    def fullest(self, mention_words: list[str]) -> tuple[str, list[str]]:
        """The fullest candidate name holding all of mention_words, and roles read with it."""
        want = set(mention_words)
        best: tuple[str, list[str]] | None = None
        best_len = 0
        for run in self.runs:
            titles, name = _split_title(run)
            words = [w.lower for w in name]
            if not want <= set(words):
                continue
            # Start the name at its first word the mention shares ("Keuangan Sri Mulyani"
            # with mention "Sri Mulyani" -> "Sri Mulyani"), keeping the rest as a role.
            first = min(k for k, x in enumerate(words) if x in want)
            lead = name[:first]
            if lead and len(name) - first >= 1 and any(
                w.lower in lx.TITLE_WORDS or w.lower in lx.ORG_WORDS or w.text.isupper()
                for w in lead
            ):
                titles = titles + lead
                name = name[first:]
            if len(name) > 5:
                continue
            text = self.view.text[name[0].start : name[-1].end]
            if len(name) > best_len:
                roles = [self.view.text[titles[0].start : titles[-1].end]] if titles else []
                best, best_len = (text, roles), len(name)
        if best is None:
            return " ".join(mention_words), []
        return best

    def entity_for_name(self, mention: Mention) -> int:
        words = _words_of(mention.text)
        for idx, sp in enumerate(self.speakers):
            names = set(_words_of(sp.name))
            if set(words) <= names:
                return idx
        name, roles = self.fullest(words)
        key = name.lower()
        if key in self.by_key:
            return self.by_key[key]
        for idx, sp in enumerate(self.speakers):
            if set(_words_of(sp.name)) <= set(_words_of(name)) and sp.kind == "person":
                sp.name = name
                self.by_key[key] = idx
                return idx
        kind = "organization" if is_organisation(name) else "person"
        self.speakers.append(Speaker(name=name, kind=kind, roles=list(roles)))
        self.by_key[key] = len(self.speakers) - 1
        return len(self.speakers) - 1

    def add_role(self, idx: int, role: str | None) -> None:
        if role:
            role = role.strip(" ,")
            sp = self.speakers[idx]
            if role and role.lower() not in {r.lower() for r in sp.roles}:
                sp.roles.append(role)

    # -- salience ------------------------------------------------------------------------

    def subject_events(self) -> None:
        """Named persons standing as a clause subject (followed by a verb) are salient."""
        for run in self.runs:
            last = run[-1]
            nxt = last.i + 1
            sent = self.view.sentences[last.sent]
            while nxt < sent.last and self.view.words[nxt].upos in {"ADV", "AUX"}:
                nxt += 1
            if nxt >= sent.last:
                continue
            w = self.view.words[nxt]
            if w.upos != "VERB" and w.text != ",":
                continue
            titles, name = _split_title(run)
            text = self.view.text[name[0].start : name[-1].end]
            if is_organisation(text) or len(name) > 4:
                continue
            idx = self.find_existing(_words_of(text))
            if idx is not None:
                self.events.append((name[0].start, idx))

    def find_existing(self, words: list[str]) -> int | None:
        for idx, sp in enumerate(self.speakers):
            if set(words) <= set(_words_of(sp.name)) or set(_words_of(sp.name)) <= set(words):
                return idx
        return None

    def salient_person(self, offset: int) -> int | None:
        best = None
        for pos, idx in self.events:
            if pos < offset and self.speakers[idx].kind == "person":
                if best is None or pos >= best[0]:
                    best = (pos, idx)
        return best[1] if best else None

    def by_role(self, text: str) -> int | None:
        words = set(_words_of(text)) - lx.DEMONSTRATIVES - {"pihak"}
        if not words:
            return None
        for idx, sp in enumerate(self.speakers):
            role_words = set()
            for r in sp.roles:
                role_words |= set(_words_of(r))
            if words <= role_words:
                return idx
        return None

    # -- driver --------------------------------------------------------------------------

    def resolve(self) -> list[Speaker]:
        order = sorted(range(len(self.quotes)), key=lambda k: self.quotes[k].start)
        # First pass: named mentions make the entities.
        for k in order:
            m = self.quotes[k].mention
            if m is not None and m.kind == "name":
                idx = self.entity_for_name(m)
                self.add_role(idx, m.role)
        self.subject_events()
        for k in order:
            q = self.quotes[k]
            m = q.mention
            if m is not None and m.kind == "name":
                self.events.append((m.start, self.entity_for_name(m)))
        self.events.sort()
        for k in order:
            q = self.quotes[k]
            if q.follows is not None:
                continue
            q.speaker = self.resolve_mention(q.mention)
            if q.speaker is not None and q.mention is not None:
                self.speakers[q.speaker].mentions.append(q.mention)
                self.events.append((q.mention.start, q.speaker))
                self.events.sort()
        for k in order:
            q = self.quotes[k]
            seen = set()
            while q.follows is not None and id(q) not in seen:
                seen.add(id(q))
                q = self.quotes[q.follows]
            self.quotes[k].speaker = q.speaker
        used = sorted({q.speaker for q in self.quotes if q.speaker is not None})
        remap = {old: new for new, old in enumerate(used)}
        for q in self.quotes:
            if q.speaker is not None:
                q.speaker = remap[q.speaker]
        return [self.speakers[i] for i in used]

    def resolve_mention(self, m: Mention | None) -> int | None:
        if m is None:
            return None
        if m.kind == "name":
            return self.entity_for_name(m)
        if m.kind in {"pronoun", "clitic"}:
            if m.text.lower() in lx.PLURAL_PRONOUNS:
                return None
            return self.salient_person(m.start)
        # Descriptions: a role an entity holds, an anaphoric "X ini/itu", or a named group.
        idx = self.by_role(m.text)
        if idx is not None:
            return idx
        if m.text.split()[-1].lower() in lx.DEMONSTRATIVES:
            return self.salient_person(m.start)
        if any(ch.isupper() for ch in m.text):
            return self.entity_for_name(Mention(m.text, m.start, m.end, "name"))
        return None


def resolve_speakers(view: ArticleView, quotes: list[Quote]) -> list[Speaker]:
    """Set quote.speaker on every quote; return the speakers in first-quoted order."""
    return _Resolver(view, quotes).resolve()
