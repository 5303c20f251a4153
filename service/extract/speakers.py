"""Speakers: each quote resolved to an entity of the article (entities.py).

The persons speech frames name (frames.py: "X mengatakan", "menurut X", "disampaikan X") are
the article's voices, and named persons standing as clause subjects its subjects. A quote's
mention is a name, which finds its entity by its words, or a pronoun, a -nya clitic or a
description, which the antecedent scorer (antecedents.py) resolves among candidates with
features: the latest voice, subject or name, how far back, kind and role agreement,
cataphora. Kutip never guesses a name: below the scorer's threshold a quote has no speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from service.extract import lexicon as lx
from service.extract.antecedents import Anaphor, Appearance, Candidate, choose
from service.extract.entities import (
    Entities,
    NameSplit,
    _description_words,
    _role_words,
    _words_of,
)
from service.extract.frames import Frame, FrameKind, Frames
from service.extract.mentions import (
    Governor,
    back_over_openers,
    body_shaped,
    clause_initial,
    glued_acronym,
    governor,
    is_initials,
    is_name_word,
    is_org_token,
    is_organisation,
    pure_name,
)
from service.extract.model import Mention, Quote, Speaker
from service.nlp.view import ArticleView, Sentence, Word

# A name after these is no clause subject: a place or complement, an object.
_NO_SUBJECT = frozenset({Governor.PREPOSITION, Governor.VERB, Governor.OPENING_VERB})
# A name after these is no antecedent ("pemilihan Wali Kota Malang", "di Jakarta").
_NO_ANTECEDENT = frozenset({Governor.PREPOSITION, Governor.PASSIVE_CUE, Governor.VERB,
                            Governor.NOUN})

# How many of the latest voices, subjects and names before a mention are its candidates: an
# antecedent further back than this many appearances is not the one a reader takes (and an
# article of 200,000 characters is not read in the square of its length).
CANDIDATE_WINDOW = 40



class _Resolver(Entities):
    def __init__(self, view: ArticleView, quotes: list[Quote], frames: Frames,
                 weights: dict[str, Any] | None = None):
        super().__init__(view, frames)
        self.quotes = quotes
        self.frames = frames
        # (mention, frame) of every frame that names someone, by the mention's start.
        self._frame_speakers = sorted(
            ((f.speaker, f) for f in frames if f.speaker is not None and f.speaker.kind in {
                "name", "description"}), key=lambda item: item[0].start)
        self._frame_starts = [m.start for m, _ in self._frame_speakers]
        # (offset, speaker index) of named persons quoted or standing as subjects.
        self.events: list[tuple[int, int]] = []
        # (offset, speaker index) of persons quoted directly: the voices of the article.
        self.voices: list[tuple[int, int]] = []
        self._sentence_starts = [s.start for s in view.sentences]
        self._quoted = [(q.start, q.end) for q in quotes if q.type != "indirect"]
        self.weights = weights
        self._named: list[tuple[int, list[Word], NameSplit]] | None = None
        self._objects: list[tuple[int, list[Word], NameSplit]] | None = None
        # (mention, anaphor, candidates) of every antecedent chosen: for training.
        self.decisions: list[tuple[Mention, Anaphor, list[Candidate]]] = []

    # -- salience ------------------------------------------------------------------------

    def subject_events(self) -> None:
        """Named persons standing as a clause subject are salient, and those a speech frame
        names (frames.py: "X mengatakan", "menurut X", "disampaikan X") are voices. A
        non-speaking subject has a verb or an apposition after its name, and no preposition
        ("di Jakarta") or verb ("melibatkan Setya Novanto": an object) before it."""
        view = self.view
        for run in self.runs:
            if self._in_quote(run[0].start):
                continue  # the quoted speaker's words ("Pemain bermain disiplin"), no narration
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

    # -- antecedents ---------------------------------------------------------------------

    def _place(self, offset: int) -> tuple[int, int]:
        """(sentence, paragraph) of the character at offset."""
        k = max(0, bisect_right(self._sentence_starts, offset) - 1)
        sent = self.view.sentences[k] if self.view.sentences else None
        return (sent.i, sent.para) if sent is not None else (0, 0)

    def _appearance(self, offset: int, kind: str, in_quote: bool = False) -> Appearance:
        sentence, paragraph = self._place(offset)
        return Appearance(offset, sentence, paragraph, kind, in_quote)

    def _person_runs(self, keep: Callable[[Governor, NameSplit], bool]
                     ) -> list[tuple[int, list[Word], NameSplit]]:
        """Runs that may name a person, outside quotations, by position, that keep accepts
        given what governs them and how they split."""
        out = []
        for run in self.runs:
            split = self._split_of(run)
            if split is None or self._in_quote(run[0].start) or not self._may_be_a_person(split):
                continue
            if keep(governor(self.view, run[0]), split):
                out.append((run[0].start, run, split))
        return out

    def _named_runs(self) -> list[tuple[int, list[Word], NameSplit]]:
        """Runs that may name a person that no preposition or noun governs ("pemilihan Wali
        Kota Malang", "di Jakarta"); read once."""
        if self._named is None:
            self._named = self._person_runs(
                lambda gov, split: gov not in _NO_ANTECEDENT
                and not split[3] <= lx.TITLE_WORDS and not (split[0] and len(split[1]) < 2))
        return self._named

    def _object_runs(self) -> list[tuple[int, list[Word], NameSplit]]:
        """Runs naming a person as a verb's object ("menangkap Budi Santoso"); read once."""
        if self._objects is None:
            self._objects = self._person_runs(
                lambda gov, split: gov is Governor.VERB and len(split[1]) >= 2)
        return self._objects

    def _named_runs_before(self, offset: int) -> Iterator[tuple[list[Word], NameSplit]]:
        """The latest CANDIDATE_WINDOW of _named_runs before offset."""
        return _latest_before(self._named_runs(), offset)

    def _object_runs_before(self, offset: int) -> Iterator[tuple[list[Word], NameSplit]]:
        """The latest CANDIDATE_WINDOW of _object_runs before offset."""
        return _latest_before(self._object_runs(), offset)

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
        if recent and anaphor.kind == "description" and anaphor.head_kind == "person":
            # "Polisi menangkap Budi Santoso. Pelaku mengaku ...": a description of a person
            # may point back at one the article named as a verb's object, as a pronoun
            # seldom does.
            for run, split in self._object_runs_before(anaphor.offset):
                c = self._run_candidate(found, run, split, organisation=False)
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
            self._holders_named_before(anaphor, found)
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

    def _holders_named_before(self, anaphor: Anaphor, found: dict[object, Candidate]) -> None:
        """"kata camat" after "... bersama Camat Sukamaju Andi Wijaya": a person the article
        named with the description's words as a role, outside quotations, before it, whether
        or not they stood as a subject (a companion, an object). Only for an office one
        person holds (a description introducing someone new never gets here: antecedent)."""
        words = _words_of(anaphor.text)
        if not words or words[0] not in lx.SOLE_OFFICES:
            return
        for run in self.runs:
            if run[0].start >= anaphor.offset:
                break
            split = self._split_of(run)
            if split is None or not split[0] or self._in_quote(run[0].start) or (
                    not self._may_be_a_person(split)):
                continue
            role = split[0]
            roles = frozenset(_words_of(self.view.text[role[0].start : role[-1].end]))
            if anaphor.words <= roles:
                c = self._run_candidate(found, run, split, organisation=False)
                c.roles = c.roles | roles
                c.appearances.append(self._appearance(split[1][0].start, "named"))

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
            nxt = _NEXT_WORD.match(self.view.text, m.end)  # the words right after it
            prev = _PREVIOUS_WORD.search(self.view.text[max(0, m.start - 30) : m.start])
            around = [x.group(1).lower() for x in (prev, nxt) if x is not None]
            if not lx.NEW_REFERENT_WORDS.isdisjoint(_words_of(m.text) + around):
                return None, m.kind  # "seorang warga", "pedagang lain": someone not named
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

    def _short_forms(self) -> set[str]:
        """The one-word names frames and quotes call speakers by, in lower case."""
        short = {m.text.lower() for m, _ in self._frame_speakers
                 if m.kind == "name" and len(m.text.split()) == 1}
        return short | {q.mention.text.lower() for q in self.quotes if q.mention is not None
                        and q.mention.kind == "name" and len(q.mention.text.split()) == 1}

    def names_from_short_forms(self) -> None:
        """"Koordinator Pantau Gambut Iola Abas ... kata Iola": where a frame names a person
        by one word of their name, neither its first nor its last, the name starts at that
        word, the usual short form being a given name; the words before it are the body the
        office belongs to, and go to the role. And the other way: "Menteri Riset Bambang PS
        Brodjonegoro ... ujar Bambang", where the short form ends a role followed only by
        initials, the name starts there (a body's acronym follows its office, not a given
        name)."""
        short = self._short_forms()
        for sp in self.speakers:
            if sp.kind == "person":
                _name_from_role_tail(sp, short)
        for sp in self.speakers:
            words = sp.name.split()
            if sp.kind != "person" or len(words) < 3:
                continue
            cut = next((p for p in range(1, len(words) - 1)
                        if words[p].lower() in short and words[p][:1].isupper()), None)
            if cut is None or not self._reads_as_a_body(
                    words[:cut], words[cut], sp.roles, self._word_before(sp)):
                continue  # "Sufmi Dasco Ahmad ... kata Dasco": a given name before it
            # "Kemendagri Mochamad Ardian ... kata Ardian": the body ends at its last word of
            # an organisation's or a place's shape; the given names after it stay, and so do
            # the words that open a name ("... Muhammad | Handry ... kata Handry").
            cut = back_over_openers([w.lower() for w in words], 1 + max(
                (p for p, w in enumerate(words[:cut]) if body_shaped(w)), default=cut - 1))
            if cut == 0:
                continue
            body = " ".join(words[:cut])
            sp.name = " ".join(words[cut:])
            sp.roles = [f"{r} {body}" for r in sp.roles] or [body]

    def _word_before(self, sp: Speaker) -> str:
        """The word, in lower case, right before where the article first writes sp's name
        in full."""
        start = self.view.text.find(sp.name)
        before = self.view.text[max(0, start - 40) : start].split() if start > 0 else []
        return before[-1].lower() if before else ""

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



def _latest_before(runs: list[tuple[int, list[Word], NameSplit]], offset: int
                   ) -> Iterator[tuple[list[Word], NameSplit]]:
    """The latest CANDIDATE_WINDOW of runs (by their start) before offset."""
    end = bisect_right(runs, offset - 1, key=lambda item: item[0])
    for _, run, split in runs[max(0, end - CANDIDATE_WINDOW) : end]:
        yield run, split


def _name_from_role_tail(sp: Speaker, short: set[str]) -> None:
    """Move "Bambang PS" from the end of sp's role to the front of its name when "bambang"
    is a short form the article uses and only initials stand between it and the name."""
    for role in sp.roles:
        words = role.split()
        k = len(words)
        while k > 1 and is_initials(words[k - 1]):
            k -= 1
        if k == len(words) or k < 2:
            continue
        given = words[k - 1]
        if given.lower() not in short or not given[:1].isupper() or is_initials(given):
            continue
        tail = " " + " ".join(words[k - 1 :])
        sp.name = tail[1:] + " " + sp.name
        # Every role the article gave with the same words before the name loses them.
        sp.roles = [r[: -len(tail)] if r.endswith(tail) else r for r in sp.roles]
        sp.roles = [r for r in sp.roles if r]
        return


def _with_kind(m: Mention | None, kind: str | None) -> Mention | None:
    return m if m is None or kind is None or kind == m.kind else replace(m, kind=kind)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


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
