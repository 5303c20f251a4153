"""The article's people and organisations: who the text names, once, with every way it refers
to them.

Names: Stanza has no Indonesian NER, so candidate names are runs of capitalised words outside
headline-like lines (mostly Title Case), with titles from the lexicon split off as roles
(mentions.split_name). An entity is one person or organisation with its fullest name, its
kind and its roles; a mention finds its entity by the words of its name (a part of a longer
name, a spelling one letter off, an alias the text gives, initials or a blend, a short title
abbreviating an office, a description the text puts next to a name). Organisations are
known by their shape or as syllabic acronyms of bodies the article writes out.
The speakers stage (speakers.py) resolves quotes to these entities.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from service.extract import lexicon as lx
from service.extract.acronyms import abbreviates, body_acronyms
from service.extract.frames import Frames
from service.extract.marks import titles_a_work
from service.extract.mentions import (
    Governor,
    body_preposition_at,
    body_shaped,
    borrowed_shaped,
    clause_initial,
    common_word_at_start,
    envoy_country_at,
    governor,
    has_clitic,
    initial_period,
    is_capitalised,
    is_name_word,
    is_org_token,
    is_organisation,
    is_punct,
    is_site_furniture,
    numbered_in_a_place,
    office_text,
    office_words_before_name,
    past_determiners,
    person_word,
    second_office_at,
    split_name,
    wants_a_body,
)
from service.extract.model import Mention, Speaker
from service.extract.morphology import NYA
from service.nlp.view import ArticleView, Sentence, Word


@lru_cache(maxsize=8192)
def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(t for t in re.findall(r"[\w'’-]+", text.lower()) if t)


def _words_of(text: str) -> list[str]:
    return list(_word_tuple(text))


def _both_or_neither_groups(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names' words are both a group's ("Rusman dan Rajiun") or neither: a
    person and the group they belong to are two speakers, whose words hold one another's."""
    return a.isdisjoint(lx.GROUP_JOINERS) == b.isdisjoint(lx.GROUP_JOINERS)


_JOINER_WORDS = "|".join(re.escape(j) for j in sorted(lx.GROUP_JOINERS) if j.isalpha())
_GROUP_SPLIT = re.compile(rf"\s*(?:,|&|\b(?:{_JOINER_WORDS})\b)\s*", re.IGNORECASE)


def _member_holding(group: str, want: set[str]) -> str | None:
    """The one member of a group's name ("Budi Santoso dan Siti Aminah") whose words hold
    want, as written; None when none or several do."""
    members = [m for m in _GROUP_SPLIT.split(group) if m and want <= _word_set(m)]
    return members[0] if len(members) == 1 else None


def _offices(view: ArticleView, role: list[Word]) -> list[str]:
    """The role words' office as a list of roles: none, or the one."""
    office = office_text(view, role)
    return [office] if office else []


@lru_cache(maxsize=8192)
def _word_set(text: str) -> frozenset[str]:
    """A name's words as a set, kept: every new name is compared with every known one."""
    return frozenset(_word_tuple(text))


def _is_headline(view: ArticleView, para_i: int) -> bool:
    p = view.paragraphs[para_i]
    words = [t for t in view.text[p.start : p.end].split() if t[:1].isalpha()]
    if len(words) < 3 or view.text[p.end - 1] in ".!?\"”":
        return False
    caps = sum(1 for t in words if t[0].isupper())
    return caps / len(words) >= 0.6


def _name_runs(view: ArticleView, frames: Frames) -> list[list[Word]]:
    """Maximal runs of name words (with "(ACRONYM)" inside) outside headline-like lines,
    lines of site furniture and the titles of works."""
    runs: list[list[Word]] = []
    headline = {p.i for p in view.paragraphs if _is_headline(view, p.i)
                or is_site_furniture(view.text[p.start : p.end])}
    # The title of a work or an event names nobody ("diskusi bertema "Perspektif HAM ..."").
    titles = [(m.start, m.end) for m in frames.marked if titles_a_work(view, m)]
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
            ) or (run and initial_period(view, w, sent.last)) or (
                run and body_preposition_at(view, run, k, sent.last)) or (
                run and second_office_at(view, run, k, sent.last)) or (
                run and w.text.isdigit() and numbered_in_a_place(run)) or (  # "SMAN 3 Bandung"
                run and envoy_country_at(view, run, k, sent.last) > 0)  # "Dubes RI untuk"
            in_title = any(start <= w.start < end for start, end in titles)
            if (is_name_word(view, w) or joiner) and not in_title:
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
    met: list[tuple[int, str]] = []  # (first word, name) of the persons named, in order
    for run in runs:
        _, name = split_name(view, run)
        if not name:
            continue
        text = view.text[name[0].start : name[-1].end]
        k = run[-1].i + 1
        window = view.words[k : k + 5]
        lows = [w.lower for w in window]
        calls = next((j for j, w in enumerate(lows) if w in lx.CALLED_VERBS), None)
        # ", yang biasa disapa X" gives a nickname; without the comma the familiar word must
        # say so ("yang karib disapa X"), since "X yang disebut Jaksa ..." names an agent.
        if calls is not None and (lows[:2] == [",", "yang"] or (
                lows[:1] == ["yang"] and lows[calls - 1] in lx.FAMILIAR_WORDS)):
            nick = by_start.get(window[calls].i + 1)
            if nick:
                out[_key(view, nick)] = text
        elif lows[:1] == [","] and len(lows) > 2 and (
                lows[1].removesuffix(NYA) in lx.NICKNAME_NOUNS):
            # "Iron, sapaan akrab Haerul Warisin" names its owner after it; "Bupati Iron,
            # sapaan akrabnya" (or "panggilannya") the person named last before it.
            after = 2 + (lows[2] in lx.FAMILIAR_WORDS and not lows[1].endswith(NYA))
            owner = by_start.get(window[after].i) if after < len(window) else None
            owner_name = split_name(view, owner)[1] if owner else []
            if owner_name:
                out[_key(view, name)] = view.text[owner_name[0].start : owner_name[-1].end]
            elif lows[after - 1].endswith(NYA) and met:
                out[_key(view, name)] = met[-1][1]
        split = (_, name, text, frozenset(_words_of(text)))
        if len(split[3]) >= 2 and _may_name_a_person(split) and governor(view, run[0]) not in {
                Governor.PREPOSITION, Governor.NOUN}:
            met.append((run[0].i, text))  # "di Teluk Ekas", "pemimpin tertinggi Iran": no one
    # "kata pria yang karib disapa Ipunk": a description given a nickname means the person
    # named last before it.
    for w in view.words:
        nick = _nickname_after_description(view, w, by_start)
        before = [text for first, text in met if first < w.i] if nick else []
        if nick and before:
            out.setdefault(_key(view, nick), before[-1])
    return out


def _nickname_after_description(view: ArticleView, w: Word, by_start: dict[int, list[Word]]
                                 ) -> list[Word] | None:
    """The nickname run a lower-case description at w is given ("pria yang karib disapa
    Ipunk"), if any."""
    if w.i + 3 >= len(view.words) or view.words[w.i + 1].lower != "yang":
        return None  # most words: decided by the next one, nothing built
    window = view.words[w.i + 1 : w.i + 4]
    lows = [x.lower for x in window]
    # Without a familiar word, "yang disebut X" names an agent, not a nickname.
    if is_capitalised(w) or is_punct(w) or (
            lows[1] not in lx.FAMILIAR_WORDS or lows[2] not in lx.CALLED_VERBS):
        return None
    return by_start.get(window[2].i + 1)


def _key(view: ArticleView, words: list[Word]) -> str:
    """A name's lookup key: its words, lower case."""
    return " ".join(_words_of(view.text[words[0].start : words[-1].end]))


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


# A run split into (role words, name words, name text, the name's words).
NameSplit = tuple[list[Word], list[Word], str, frozenset[str]]



# Most words of a lower-case role after a name and its comma.
_LOWER_ROLE_WORDS = 10


class Entities:
    """The entities of one article, built as the speakers stage meets their names."""

    def __init__(self, view: ArticleView, frames: Frames):
        self.view = view
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
        self.acronyms = body_acronyms(view.text)
        # Short titles whose holder is being looked for (short_title_holder): the holder's
        # own name may send the search back to the same title.
        self._short_titles_asked: set[str] = set()

    def fullest(self, mention: Mention) -> tuple[str, list[str]]:
        """The fullest candidate name holding all the mention's words, and roles read with
        it; the mention as written when no candidate holds them."""
        mention_words = _words_of(mention.text)
        want = set(mention_words)
        alias = self.aliases.get(" ".join(mention_words))
        if alias is not None:
            # "Castro, sapaan Herdiansyah" where "Herdiansyah Hamzah" is written too.
            held = set(_words_of(alias))
            return max((text for _, _, text, words in self.split_runs if held < words),
                       key=lambda text: len(_words_of(text)), default=alias), []
        best: tuple[str, list[str]] | None = None
        best_len = 0
        for role, name, text, words in self.split_runs:
            if not want <= words or len([w for w in name if not is_punct(w)]) > 6:
                continue
            if not _both_or_neither_groups(frozenset(mention_words), _word_set(text)):
                # "Budi Santoso dan Siti Aminah ... Budi mengatakan": a member of a group
                # named whole, who is then named alone.
                member = _member_holding(text, want)
                if member is not None and len(_word_set(member)) > best_len:
                    best, best_len = (member, []), len(_word_set(member))
                continue
            if len(words) > best_len:
                roles = _offices(self.view, role)
                best, best_len = (text, roles), len(words)
        if len(mention_words) == 1 and (best is None or len(_words_of(best[0])) == 1):
            # "Jokowi", "JK", "Risma": the one full name it shortens, if only one fits.
            fits = {text: role for role, name, text, words in self.split_runs
                    if is_short_form(mention.text, text)}
            if len(fits) == 1:
                text, role = next(iter(fits.items()))
                return text, _offices(self.view, role)
        if best is None or len(_words_of(best[0])) == len(mention_words) == 1:
            around = self._name_around(mention_words)
            if around is not None:
                return around
        if len(mention_words) == 1 and (best is None or _words_of(best[0]) == mention_words):
            variant = self._spelling_variant(mention_words[0])
            if variant is not None:
                return variant
        if len(mention_words) > 1 and (best is None or _words_of(best[0]) == mention_words):
            variant = self._misspelt_name(mention_words)
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
        return text, _offices(self.view, role)

    def _misspelt_name(self, mention_words: list[str]) -> tuple[str, list[str]] | None:
        """"Budi Arei" where the article also writes "Budi Arie Setiadi": a name of two words
        or more, all but one of them a full name's words, the one left a slip of the hand on
        one of that name's words (two letters swapped, or one edit apart in a long word).
        The name must be fuller or written more often than the slip (which way the slip
        goes), and only one may fit: with the other words agreeing, a slip is likelier than
        a second person."""
        written = Counter(" ".join(_words_of(text)) for _, _, text, _ in self.split_runs)
        slip = written[" ".join(mention_words)]
        fits: dict[str, tuple[list[Word], frozenset[str]]] = {}
        for role, _name, text, words in self.split_runs:
            odd = [w for w in mention_words if w not in words]
            if len(odd) == 1 and len(mention_words) - 1 <= len(words) and any(
                    _swapped(odd[0], w) or _one_edit_apart(odd[0], w) for w in words) and (
                    len(words) > len(mention_words)
                    or written[" ".join(_words_of(text))] > slip):
                fits[text] = (role, words)
        if not fits:
            return None
        # "Budi Arie" and "Budi Arie Setiadi" are one name written in part and in full.
        fullest = max(fits, key=lambda text: len(_words_of(text)))
        role, widest = fits[fullest]
        if any(not words <= widest for _, words in fits.values()):
            return None
        return fullest, _offices(self.view, role)

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
        wanted = frozenset(words)
        for idx, sp in enumerate(self.speakers):
            names = _word_set(sp.name)
            if wanted <= names and _both_or_neither_groups(wanted, names):
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
        fuller = _word_set(name)
        for idx, sp in enumerate(self.speakers):
            if sp.kind == "person" and _both_or_neither_groups(_word_set(sp.name), fuller) and (
                    _word_set(sp.name) <= fuller or is_short_form(sp.name, name)):
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
                self.add_role(idx, office_text(self.view, role))
            after = name[-1].i + 1
            sent = self.view.sentences[name[-1].sent]
            if after + 2 < sent.last and self.view.words[after].text == "(" and (
                    self.view.words[after + 2].text == ")"):
                after += 3  # "Budi Santoso (45), warga setempat"
            if after < sent.last and self.view.words[after].text == ",":
                nxt = next((r for r in self.runs if r[0].i == after + 1), None)
                if nxt is None:
                    self.add_role(idx, self._lower_case_role(after + 1, sent))
                    continue
                close = nxt[-1].i + 1
                if close < sent.last and self.view.words[close].text == "," and (
                    nxt[0].lower in lx.TITLE_WORDS or (self._split_of(nxt) or ((),))[0]
                ):
                    self.add_role(idx, self.view.text[nxt[0].start : nxt[-1].end])

    def _lower_case_role(self, k: int, sent: Sentence) -> str | None:
        """A role noun phrase opening at word k, after a name and its comma, up to the next
        comma or the sentence's end ("Siti Aminah, pedagang sayur di Pasar Minggu.",
        "Budi, salah seorang warga setempat."); None when no role noun opens it."""
        words = self.view.words
        head = past_determiners(self.view, k, sent.last + 1)  # may reach the sentence's end
        if head >= sent.last or is_capitalised(words[head]) or not (
                words[head].lower in lx.ROLE_NOUNS or words[head].lower in lx.TITLE_WORDS):
            return None
        end = head
        while end + 1 < sent.last and end - k < _LOWER_ROLE_WORDS and not is_punct(
                words[end + 1]) and words[end + 1].lower not in lx.CUE_FORMS:
            end += 1
        phrase = words[head : end + 1]
        if any(w.clitic or w.upos in {"VERB", "AUX"} or w.lower in lx.PREDICATE_MARKERS
               for w in phrase):
            return None  # "Menurut hakim Rosihan, pihaknya perlu ...": a clause, no role
        return self.view.text[words[k].start : words[end].end]

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
        """The first known speaker whose name's words hold these words, or are held by them;
        a group ("Prabowo dan Shehbaz Sharif") and one of its members ("Prabowo") are two
        speakers, not one."""
        wanted = frozenset(words)
        for idx, sp in enumerate(self.speakers):
            known = _word_set(sp.name)
            if (wanted <= known or known <= wanted) and _both_or_neither_groups(wanted, known):
                return idx
        return None

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
        if short in self._short_titles_asked:
            return None  # asked again while resolving its holder's own name: no holder
        self._short_titles_asked.add(short)
        try:
            return self._short_title_holder(short)
        finally:
            self._short_titles_asked.discard(short)

    def _short_title_holder(self, short: str) -> int | None:
        # The runs whose title phrase could abbreviate it; a phrase that does not, tried once.
        not_it: set[tuple[str, ...]] = set()
        for role, name, _, _ in self.split_runs:
            head = role[0].lower if role else ""
            openings = {head[:1], lx.TITLE_PIECES.get(head, head)[:1]}
            if not name or len(role) < 2 or short[:1].lower() not in openings:
                continue
            titles = tuple(w.text for w in role[:4])
            if titles in not_it:
                continue
            if not any(abbreviates(short, titles[:n], inner_syllables=True)
                       for n in range(2, len(titles) + 1)):
                not_it.add(titles)
                continue
            split = self._split_by_start.get(role[0].i)
            if split is not None and self._may_be_a_person(split):
                return self._entity_of(split)
        return None

    def _reads_as_a_body(self, prefix: list[str], person_first: str,
                         roles: Sequence[str] = (), after: str = "") -> bool:
        """Words before a person's name that are a body or a place, not given names: a word
        of an organisation's shape (an acronym, a brand, a kind of body) or of an English
        name's ("Exposit Strategic"), a place, a
        lower-case word ("for", "of"), a last word the article also writes without the
        name after it ("... di Sidoarjo"), words after an office that still lacks its body
        or stops inside one (wants_a_body: "Koordinator Nasional | Pantau Gambut"; and
        _body_written_once: "Universitas Katolik | Parahyangan") and runs on into the name,
        or words right after a preposition of place (after: the word before them, as
        written, "di | Chicago")."""
        if any(body_shaped(w) or borrowed_shaped(w) or not w[:1].isupper() for w in prefix):
            return True
        if after in lx.LOCATIVE_PREPOSITIONS:
            return True
        # An apposition's comma closes the office ("epidemiolog Universitas Indonesia, Tri
        # Yunis Miko Wahyono"): its body cannot go on into the name after it.
        if not after.endswith(",") and any(
                wants_a_body(r) or self._body_written_once(r) for r in roles):
            return True
        last = prefix[-1]
        pattern = re.compile(rf"\b{re.escape(last)}\b(?!\s+{re.escape(person_first)}\b)")
        return pattern.search(self.view.text) is not None

    def _body_written_once(self, role: str) -> bool:
        """A role that stops shortly after a body's head, its words after the head written
        nowhere else as they stand ("Guru Besar Universitas Katolik", "Supervisor PT
        Eigerindo"): a body
        named only here may go on past the role, unlike one the article names again and
        again ("Wakil Ketua Umum Partai Gerindra")."""
        words = role.split()
        head = next((k for k in range(len(words) - 1, max(-1, len(words) - 4), -1)
                     if words[k].lower() in lx.BODY_HEADS), None)
        if head is None:
            return False
        # The body's own words after its head, as one phrase: "Islam" elsewhere in the
        # article ("Front Pembela Islam") names no second "Universitas Islam Negeri", but
        # "Maju" does name "Partai Maju" again.
        rest = r"\s+".join(re.escape(w) for w in words[head + 1 :])
        return not rest or len(re.findall(rf"\b{rest}\b", self.view.text)) == 1

    def named_by_description(self, description: str) -> int | None:
        """"pemimpin tertinggi Iran" -> the name the article puts right after those words
        elsewhere ("pemimpin tertinggi Iran, Ayatullah Ali Khamenei"), or the nickname it is
        given ("pria yang karib disapa Ipunk"), or the holder of the office a short title
        abbreviates ("Mensos" after "Menteri Sosial Siti Aminah")."""
        holder = self.short_title_holder(description)
        if holder is not None:
            return holder
        pattern = re.compile(re.escape(description) + _NAMING_AFTER, re.IGNORECASE)
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


# What may stand between a description and the name it goes with: a comma, or a relative
# clause giving a nickname ("yang karib disapa").
_NAMING_AFTER = r"(?:\s+yang\s+(?:(?:{})\s+)?(?:{})\s+|,?\s+)".format(
    "|".join(sorted(lx.FAMILIAR_WORDS)), "|".join(sorted(lx.CALLED_VERBS - {"disebut"})))
# Names this long or longer may be written with one letter more or less ("Wahyudin" for
# "Wahyuddin"); shorter ones that differ by a letter are usually other names (Budi, Badu).
SPELLING_VARIANT_MIN = 7


def _office_or_body(token: str) -> bool:
    """A title, a word of an office's portfolio or of a body ("Menteri", "Riset", "dan",
    "TNI"): no word of a person's name."""
    low = token.lower()
    return (low in lx.TITLE_WORDS or low in lx.OFFICE_WORDS or low in lx.NAME_JOINERS
            or is_org_token(token))


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


# Shortest word in which two swapped letters are read as a slip, not another name.
SWAPPED_LETTERS_MIN = 4


def _swapped(a: str, b: str) -> bool:
    """Two neighbouring letters swapped, after the first ("arei" for "arie"), the commonest
    typing slip (Damerau, 1964)."""
    if len(a) != len(b) or len(a) < SWAPPED_LETTERS_MIN or a == b or a[0] != b[0]:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and (
        a[diff[1]] == b[diff[0]])


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
