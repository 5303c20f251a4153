"""Reported speech: the clause a cue governs, outside quotation marks.

Four frames, read from the word order around the cue, since the small parser often mislabels
them (an inverted ", ujar Altman" comes out as a noun):
- active:   "Altman mengakui (bahwa) CLAUSE"; directives "meminta X untuk ..." keep all after
            the cue;
- inverted: "CLAUSE, kata X" and the parenthetical "CLAUSE-START, kata X, CLAUSE-REST";
- passive:  "Hal itu disampaikan X" (the previous sentence is the statement) and
            "CLAUSE disebut X CLAUSE";
- menurut:  "Menurut X, CLAUSE", "CLAUSE, menurut X", "Saat ini, menurut dia, CLAUSE".
A clause must hold a predicate; "menegaskan komitmennya" (a cue + noun phrase) is not speech.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from service.extract import cues
from service.extract import lexicon as lx
from service.extract.cues import QUOTE_CHARS
from service.extract.datelines import after_dateline
from service.extract.frames import Frame, FrameKind, Frames
from service.extract.marks import MarkedSpan
from service.extract.mentions import is_punct, is_quote_mark
from service.extract.model import Mention, Quote, overlaps
from service.extract.morphology import verb_shaped
from service.extract.quantities import find_quantities
from service.nlp.view import ArticleView, Sentence, Word

# Confidence of a reported quote by its frame: "menurut X, ..." names its source plainly;
# inverted (", kata X") and active ("X mengatakan ...") frames rest on the cue and the parse;
# passive and anaphoric frames ("Hal itu disampaikan X") on a guess at what "itu" points to.
ACCORDING_CONFIDENCE = 0.85
INVERTED_CONFIDENCE = 0.8
ACTIVE_CONFIDENCE = 0.8
PASSIVE_CONFIDENCE = 0.7
ANAPHORIC_CONFIDENCE = 0.7
_MIN_CLAUSE_WORDS = 3
# Words from a comma to the cue of a second frame that ends a reported clause there.
_FRAME_REACH = 8
# A verb and its object state the speaker's own act in full ("membantah | menerima suap").
_MIN_OWN_ACT_WORDS = 2
_END_PUNCT = frozenset({".", "!", "?", ",", ";", ":", "-", "–", "—"})


def _content_words(words: list[Word]) -> list[Word]:
    return [w for w in words if not is_punct(w)]


def _marks_a_predicate(w: Word) -> bool:
    """A predicate's marker (negation, aspect, modal, copula) or a bare verb of change, which
    a tagger trained on little data may read as a noun ("naik", "putus")."""
    return w.lower in lx.PREDICATE_MARKERS or w.lower in lx.BARE_CHANGE_VERBS


_PURPOSE_WORDS = lx.PURPOSE_MARKERS | lx.PURPOSE_CONJUNCTIONS


def _a_predicate_before_any_relative(content: list[Word]) -> bool:
    """A predicate's marker after the first word and before any "yang": the noun the cue
    usually takes as its object is a clause's subject ("menilai kebijakan tersebut | sudah
    tepat", "menegaskan komitmennya | tidak akan berubah"), not an object a relative clause
    goes on to describe ("menyampaikan kebijakan baru yang | akan diterapkan") or a purpose
    follows ("menyampaikan rencana bantuan agar | tetap dapat berproduksi"). Markers that
    also qualify a noun phrase do not count (lexicon.MARKERS_ALSO_OF_A_PHRASE)."""
    for w in content[1:]:
        if w.lower == "yang" or w.lower in _PURPOSE_WORDS:
            return False
        if _marks_a_predicate(w) and w.lower not in lx.MARKERS_ALSO_OF_A_PHRASE:
            return True
    return False


def _an_auxiliary_follows(content: list[Word]) -> bool:
    """A predicate's marker after the first word: the words are a clause with a subject, not a
    noun phrase."""
    return any(_marks_a_predicate(w) for w in content[1:])


def _a_two_word_clause(content: list[Word]) -> bool:
    """A subject and its verb, a clause in full ("sidang | ditunda", "harga | naik")."""
    return len(content) == 2 and (content[1].upos == "VERB" or _marks_a_predicate(content[1])
                                  or verb_shaped(content[1].text))


def _a_subject_and_a_predicate(content: list[Word]) -> bool:
    """Two words after a cue that takes a clause and nothing else (lexicon.CLAUSAL_CUE_FORMS):
    a subject and its predicate, whatever the tagger makes of the second ("mengatakan stok
    aman", "mengatakan prajurit siaga", "menyatakan pasukan dikirim"), unless they are a
    noun phrase the cue takes as its object ("menyatakan sikap tegas") or one a demonstrative
    closes ("mengatakan hal tersebut"), or a preposition opens them ("mengatakan dengan
    tegas": how it was said)."""
    first = content[0].lower if content else ""
    return len(content) == 2 and content[1].lower not in lx.DEMONSTRATIVES and (
        first not in lx.NOUN_PHRASE_OBJECTS) and first not in lx.PREPOSITIONS and (
        first not in lx.OCCASION_PREPOSITIONS)


# Most words a circumstance of the saying holds before its comma ("di Gedung Nusantara II DPR",
# "saat ditemui di kantornya").
_CIRCUMSTANCE_WORDS = 8
# Most words of a circumstance that ends the sentence with nothing said ("secara terpisah",
# "melalui keterangan tertulis", "di Gedung DPR Senayan").
_CLOSING_CIRCUMSTANCE_WORDS = 4
# Most words of a region written after a place ("di Mamuju, Sulawesi Barat, Senin").
_REGION_WORDS = 3
# A passive verb is longer than "di" and a short stem ("ditemui", "dihubungi").
_SHORTEST_PASSIVE = 4


def _circumstance(words: list[Word], after_place: bool = False) -> str | None:
    """What words, up to a comma, say of the saying itself when they follow the cue ("date",
    "place", "region" after a place, "other"), or None when they are what was said. News puts
    them right after the cue: "mengatakan di Jakarta, Senin, ...", "mengatakan kepada
    wartawan, ...", "mengatakan dalam konferensi pers, ...", "mengatakan secara terpisah,
    ...", "mengatakan saat ditemui di kantornya, ...". A date of the saying names its day
    (a month or a year dates what was said: "pada 2020, ..."); a place is a name after "di";
    an occasion, channel or manner is one of lexicon.SPEAKING_OCCASIONS ("dalam waktu dekat"
    and "secara bertahap" belong to what was said); a while-clause's verb is passive (the
    speaker being met or called)."""
    content = _content_words(words)
    if not content:
        return None
    first = content[0].lower
    dated = content[1:] if first == "pada" else content
    if dated and _only_a_date(dated) and any(w.lower in lx.WEEKDAYS for w in dated):
        return "date"
    if after_place and len(content) <= _REGION_WORDS and all(
            w.text[:1].isupper() for w in content):
        return "region"  # "di Mamuju, | Sulawesi Barat, | Senin"
    if first in lx.HEARER_PREPOSITIONS:
        return "other"
    if len(content) < 2:
        return None
    second = content[1]
    if first in lx.LOCATIVE_PREPOSITIONS:
        return "place" if second.text[:1].isupper() else None
    if first in lx.OCCASION_PREPOSITIONS and second.lower in lx.SPEAKING_OCCASIONS:
        return "other"
    # The surface token: the small tokeniser may split "ditanya" into "dita" + "nya".
    token = second.form.lower()
    passive = token.startswith(lx.PASSIVE_PREFIX) and len(token) > _SHORTEST_PASSIVE
    return "other" if first in lx.WHILE_WORDS and passive else None


def _past_the_circumstances(rest: list[Word]) -> list[Word]:
    """The words after a cue past the circumstances of the saying, each closed by its comma
    (_circumstance); none when they are all that follows the cue ("mengatakan di Jakarta,
    Senin (3/3).") or when a hearer, an occasion or a while-clause runs on with no comma
    ("kepada wartawan harga naik": no quote, as before). A place is the saying's only when
    its day follows it ("di Jakarta, Senin, ..."); before anything else it is where what was
    said happened ("di Boyolali, satu RPH ..."), and stays in it."""
    placed: list[Word] | None = None  # where a place not yet shown to be the saying's starts
    while rest:
        comma = next((j for j, w in enumerate(rest[: _CIRCUMSTANCE_WORDS + 1]) if w.text == ","),
                     None)
        segment = rest if comma is None else rest[:comma]
        kind = _circumstance(segment, after_place=placed is not None)
        if kind is None:
            return placed if placed is not None else rest
        if comma is None:
            # To the sentence's end: a hearer, an occasion or a while-clause is all there is
            # ("menampik ketika ditanya apakah ...", "melalui keterangan tertulis yang ..."),
            # and so is a short place or date; a longer place opens what was said ("di
            # Jakarta banyak jalan rusak").
            short = len(_content_words(segment)) <= _CLOSING_CIRCUMSTANCE_WORDS
            if short or kind == "other":
                return []
            return placed if placed is not None else rest
        # A place waits for its day; any other circumstance closes what came before it.
        placed = (placed or rest) if kind in {"place", "region"} else None
        rest = rest[comma + 1 :]
    return rest


def _only_a_date(words: list[Word]) -> bool:
    """", Selasa (4/3/2025).": the day or date news puts after a closing frame ("kata X di
    Jakarta, Selasa"), which continues no clause."""
    return all(w.lower in lx.CALENDAR_WORDS or not w.text.strip("0123456789/().-")
               for w in _content_words(words))


def _is_clause(words: list[Word], *, right_after_cue: bool = False) -> bool:
    """Enough words with a predicate. right_after_cue: the words follow the cue directly,
    where "menegaskan komitmennya ..." (cue + noun phrase) is not speech; after a comma
    ("Menurutnya, sikap PDIP ...") the words are a clause in their own right."""
    content = _content_words(words)
    if len(content) < _MIN_CLAUSE_WORDS:
        return False
    if right_after_cue and content[0].lower in lx.NOUN_PHRASE_OBJECTS and not (
            _a_predicate_before_any_relative(content)):
        return False
    if content[0].lower in lx.EXISTENTIALS:
        return True  # "menyebut ada 12 rumah rusak": the existential is the predicate
    if _a_figure_predicate(content):
        return True  # "menyebut kerugian korban Rp 10 juta": the figure is the predicate
    if _a_predicate_after_a_demonstrative(content):
        return True  # "menilai putusan itu | cacat hukum"
    return any(
        w.upos in {"VERB", "AUX", "ADJ"} or _marks_a_predicate(w) or _a_passive_read_as_a_noun(w)
        for w in content[1:]
    )


def _only_an_adjunct(content: list[Word]) -> bool:
    """A prepositional phrase and no verb: an adjunct of a clause, not a clause ("dari hasil
    pemeriksaan", "menurut data kepolisian")."""
    return bool(content) and content[0].lower in lx.PREPOSITIONS and not any(
        w.upos in {"VERB", "AUX"} for w in content[1:])


# Figures that can be a clause's predicate after its subject (money, a share, a measure): a
# count may be the object's own number ("menyebut nama 12 tersangka").
_PREDICATE_FIGURES = frozenset({"money", "percent", "measure"})


def _a_figure_predicate(content: list[Word]) -> bool:
    """A subject and a figure as its predicate, the verb left out as Indonesian does in a
    clause whose predicate is a number (Tata Bahasa Baku: predikat numeralia): "kerugian
    korban | Rp 10 juta", "inflasi akhir tahun | di bawah 3 persen". The subject is a noun
    phrase with no verb and no figure of its own before it."""
    texts = [w.text for w in content]
    joined = " ".join(texts)
    starts = [sum(len(t) + 1 for t in texts[:k]) for k in range(len(texts))]
    for q in find_quantities(joined, 0):
        if q.kind not in _PREDICATE_FIGURES:
            continue
        subject = [w for w, at in zip(content, starts, strict=True) if at < q.start]
        return bool(subject) and any(w.upos in {"NOUN", "PROPN"} for w in subject) and not any(
            w.upos in {"VERB", "AUX", "NUM"} or any(ch.isdigit() for ch in w.text)
            for w in subject)
    return False


def _a_predicate_after_a_demonstrative(content: list[Word]) -> bool:
    """A noun phrase a demonstrative closes, then a noun or an adjective: subject and
    predicate ("putusan itu | cacat hukum", "orang itu | guru"; Tata Bahasa Baku: the
    demonstrative ends the noun phrase), whatever the tagger made of the predicate. A
    preposition, a date or an adverb after it is an adjunct of the object ("menyampaikan hal
    itu | di Jakarta", "... | Senin", "... | kemarin"), and "ini" may open what follows."""
    for k in range(1, len(content) - 1):
        if content[k].lower in lx.DEMONSTRATIVES - {"ini"} and content[k - 1].upos == "NOUN":
            after = content[k + 1]
            return after.upos in {"NOUN", "ADJ"} and after.lower not in lx.NOT_NAME_WORDS
    return False


def _a_passive_read_as_a_noun(w: Word) -> bool:
    """A word of passive shape (di-, ter-; morphology.verb_shaped) that the tagger read as a
    noun ("200 rumah terendam", "siswa diliburkan"): the predicate after a subject, unless a
    noun of that shape ("tersangka")."""
    return w.upos == "NOUN" and w.lower.startswith(("di", "ter")) and verb_shaped(w.text) and (
        w.lower not in lx.VERB_SHAPED_NOUNS)


def _a_second_verb(w: Word) -> bool:
    """A verb of active shape (lexicon.ACTIVE_PREFIXES; not a title such as "menteri" that
    the shape guess may call a verb): a second action of the same subject ("X melaporkan,
    mengutip ..."), not the start of a clause of its own."""
    return w.upos == "VERB" and w.lower.startswith(lx.ACTIVE_PREFIXES) and (
        w.lower not in lx.TITLE_WORDS)


def _trim(words: list[Word]) -> list[Word]:
    """Drop edge punctuation, keeping a closing quotation mark that ends a partial quote."""
    while words and (words[0].text in _END_PUNCT or words[0].lower in lx.COMPLEMENTISERS):
        words = words[1:]
    while words and words[-1].text in _END_PUNCT | {")"} and not is_quote_mark(words[-1]):
        if words[-1].text == ")" and any(w.text == "(" for w in words):
            break
        words = words[:-1]
    return words


def _points_back(rest: list[Word]) -> bool:
    """The words after an active cue open with a phrase pointing back at the statement before
    it ("hal itu", "hal tersebut", "pernyataan itu")."""
    lows = " ".join(w.lower for w in rest[:2])
    return any(lows == phrase or lows.startswith(phrase + " ") for phrase in lx.SPEECH_ACT_SUBJECTS
               if " " in phrase)


def _skip_connective(words: list[Word]) -> list[Word]:
    """"Pasalnya, kata AHY, ..." and "Hanya saja, ...": the connective stays outside."""
    for k, w in enumerate(words[:3]):
        if w.text == ",":
            if words[0].form.lower() in lx.CONNECTIVES:
                return words[k + 1 :]
            break
    return words


def _only_connective(words: list[Word]) -> bool:
    content = [w for w in _content_words(words) if not w.clitic]
    return not content or (len(content) <= 2 and content[0].form.lower() in lx.CONNECTIVES)


class _Finder:
    def __init__(self, view: ArticleView, direct: list[Quote], embedded: list[MarkedSpan],
                 frames: Frames):
        self.view = view
        self.frames = frames
        self.direct = direct
        self.embedded = embedded
        self.marked = sorted([(q.start, q.end) for q in direct]
                             + [(m.start, m.end) for m in embedded])
        self._marked_starts = [s for s, _ in self.marked]

    def inside_marks(self, w: Word) -> bool:
        """Inside quotation marks (spans never overlap, so only the last one starting
        before w can hold it)."""
        k = bisect_right(self._marked_starts, w.start)
        return k > 0 and w.end <= self.marked[k - 1][1]

    def _before_next_direct(self, words: list[Word]) -> list[Word]:
        """A clause ends where a direct quote opens after it ("… pembakaran."Pembakarannya…")."""
        if not words:
            return words
        later = [q.start for q in self.direct if words[0].start < q.start < words[-1].end]
        if not later:
            return words
        mark = min(later) - 1  # back from the quote's text to its opening mark
        while mark > words[0].start and self.view.text[mark] not in QUOTE_CHARS:
            mark -= 1
        return [w for w in words if w.end <= mark]

    def overlaps_direct(self, start: int, end: int) -> bool:
        return any(overlaps(q.start, q.end, start, end) for q in self.direct)

    def make(self, sent: Sentence, words: list[Word], cue: Word, mention: Mention | None,
             confidence: float) -> Quote | None:
        words = _trim(self._before_next_direct(words))
        if words and self.view.paragraphs[sent.para].start == words[0].start:
            # "Jakarta ( ANTARA News ) - Wakil Presiden ...": the lead's dateline is no one's
            # words ("Pernyataan tersebut disampaikan X" after it reports the rest).
            after = after_dateline(self.view.text, words[0].start, words[-1].end)
            words = [w for w in words if w.start >= after]
        if not words:
            return None
        start, end = words[0].start, words[-1].end
        if self.overlaps_direct(start, end):
            return None
        partial = [m for m in self.embedded if start <= m.start and m.end <= end]
        kind = "mixed" if any(len(self.view.text[m.start : m.end].split()) >= 2 for m in partial)\
            else "indirect"
        return Quote(
            type=kind, start=start, end=end, text=self.view.text[start:end], sentence=sent.i,
            cue=cues.cue_of(self.view, cue), mention=mention, confidence=confidence,
        )

    # -- frames -------------------------------------------------------------------------

    def according(self, sent: Sentence, words: list[Word], k: int, frame: Frame) -> Quote | None:
        cue = words[k]
        mention = frame.agent
        if mention is None:
            return None
        # "Menurut Ketua Komnas HAM, Budi Santoso, CLAUSE": the comma that opens the
        # statement is the first after the source's name, past an apposition's.
        stop = self._next_comma(words, k)
        while stop < len(words) and words[stop].start < mention.end:
            stop = self._next_comma(words, stop)
        before = _skip_connective(words[:k])
        if len(before) == 1 and before[0].lower in lx.AS_WORDS:
            before = []  # "Seperti dikatakan X, CLAUSE": the word of comparison frames too
        after = self._after_mention(words, mention)
        said = False  # "Menurut X, CLAUSE": the comma opens what X says
        if not _content_words(before):
            body = words[stop + 1 :] if stop < len(words) else after
            said = stop < len(words)
        elif stop == len(words) and _is_clause(after):
            body = after  # "Dengan capaian itu, menurut X CLAUSE": no comma after the name
        elif stop >= len(words) - 1 or not _content_words(words[stop + 1 :]):
            body = before  # "CLAUSE, menurut X."
        else:
            body = before + words[k:]  # "Saat ini, menurut dia, CLAUSE"
        # After "Menurut X," the words are X's statement whatever the tagger makes of its
        # predicate ("penerimaan pajak naik 10 persen" with "naik" read as a noun), as after
        # a verb of saying and its comma.
        if not (_is_clause(body) or (said and len(_content_words(body)) >= _MIN_CLAUSE_WORDS)):
            return None
        return self.make(sent, body, cue, mention, ACCORDING_CONFIDENCE)

    def _after_mention(self, words: list[Word], mention: Mention) -> list[Word]:
        return [w for w in words if w.start >= mention.end]

    @staticmethod
    def _next_comma(words: list[Word], k: int) -> int:
        for j in range(k + 1, len(words)):
            if words[j].text == ",":
                return j
        return len(words)

    def inverted(self, sent: Sentence, words: list[Word], k: int, frame: Frame) -> Quote | None:
        if k == 0 or words[k - 1].text not in {",", "-", "–", "—"}:
            return None
        if k >= 2 and is_quote_mark(words[k - 2]):
            return None  # the frame of a direct quote
        cue = words[k]
        stop = self._next_comma(words, k)
        mention = frame.agent
        before = _skip_connective(words[: k - 1])
        if _only_connective(before):
            before = []
        after = words[stop + 1 :] if stop < len(words) else []
        # "Prabowo, kata Erick, ingin ..." keeps the frame inside; "Pasalnya, kata AHY, ..."
        # reports what follows; "CLAUSE, kata X." reports what precedes.
        body = before
        if _content_words(after) and not _only_a_date(after):
            body = before + words[k - 1 :] if before else after
        # "Inflasi Maret sebesar 1,03 persen, kata X": the words before an inverted frame are
        # what X said whatever the tagger makes of their predicate (a nominal sentence with a
        # figure has no verb), as after "Menurut X,".
        said_before = bool(before) and len(_content_words(before)) >= _MIN_CLAUSE_WORDS
        if not (_is_clause(body) or said_before):
            return None
        return self.make(sent, body, cue, mention, INVERTED_CONFIDENCE)

    def active(self, sent: Sentence, words: list[Word], k: int, frame: Frame) -> Quote | None:
        cue = words[k]
        mention = frame.subject
        if mention is None:
            return None
        rest = [w for w in words[k + 1 :] if not w.clitic or w.token != cue.token]
        if _points_back(rest):
            # "Kompol X mengungkapkan hal itu berdasarkan ...": the active counterpart of
            # "Hal itu disampaikan X": X said the sentence before.
            return self._anaphoric(sent, cue, mention)
        # The parse reads a clause after the cue (its clausal complement follows): "BPS
        # menyebut data ... merupakan data sementara" reports a proposition even where the
        # word after the cue usually ends an object ("menyebut data").
        clausal = sent.parsed and any(w.head == cue.i and w.deprel == "ccomp" for w in rest)
        body = self._clause_after(rest, frame.directive, clausal,
                                  clause_only=cue.lower in lx.CLAUSAL_CUE_FORMS,
                                  own_act=cue.lower in lx.OWN_ACT_CUE_FORMS)
        if body is None:
            return None
        return self.make(sent, body, cue, mention, ACTIVE_CONFIDENCE)

    def _clause_after(self, rest: list[Word], directive: bool, clausal: bool = False,
                      clause_only: bool = False, own_act: bool = False) -> list[Word] | None:
        for j, w in enumerate(rest[:12]):
            if w.lower in lx.THAT_WORDS:
                return self._cut_inverted(rest[j + 1 :])
            if is_punct(w) and w.text not in {",", ":"}:
                break
        comma = bool(rest) and rest[0].text in {",", ":"}
        while rest and rest[0].text in {",", ":"}:
            rest = rest[1:]
        if not rest or is_quote_mark(rest[0]):
            return None
        if directive:
            content = _content_words(rest)
            purpose = any(w.lower in lx.PURPOSE_MARKERS for w in content)
            if not content or (content[0].lower in lx.REQUESTED_THINGS and not purpose):
                return None
            return rest
        said = _past_the_circumstances(rest)
        if not said:
            return None
        comma = comma or said is not rest
        rest = said
        if rest and rest[0].lower in lx.COMPLEMENTISERS:
            rest = rest[1:]
        body = self._cut_inverted(rest)
        content = _content_words(body)
        if len(body) < len(rest) and _only_an_adjunct(content):
            # "Budi mengungkapkan, dari hasil pemeriksaan, pelaku mengaku ...": cut before the
            # second speaker's frame, only the phrase that opens the report is left.
            return None
        if clause_only and (len(content) >= _MIN_CLAUSE_WORDS or _a_two_word_clause(content)
                            or _a_subject_and_a_predicate(content)) and (
                content[0].lower not in lx.EXPRESSED_ATTITUDES or _an_auxiliary_follows(content)):
            # lexicon.CLAUSAL_CUE_FORMS: what follows is what was said, even where its subject
            # opens with a noun other verbs take as their object ("mengatakan data pribadi
            # warga aman"), not an attitude the saying expresses ("menyatakan keprihatinan
            # atas musibah itu") unless a predicate follows it.
            return body
        if own_act and len(content) >= _MIN_OWN_ACT_WORDS and (
                content[0].upos == "VERB" or verb_shaped(content[0].text)) and (
                content[0].lower not in lx.TITLE_WORDS):
            return body  # lexicon.OWN_ACT_CUE_FORMS: "mengaku menerima uang ..."
        if comma and (len(content) >= _MIN_CLAUSE_WORDS or _a_two_word_clause(content)) and (
                not _a_second_verb(content[0])):
            # "Budi mengatakan, stok vaksin cukup ...": the comma after a verb of saying opens
            # what was said, as a colon does, whatever the tagger makes of its predicate;
            # unless another verb of the speaker's follows it ("X melaporkan, mengutip ...").
            return body
        return body if _is_clause(body, right_after_cue=not (comma or clausal)) else None

    def _cut_inverted(self, words: list[Word]) -> list[Word]:
        """Stop before a trailing frame (", katanya"), a following direct quote, or a second
        speaker's frame after a comma (", karena pemimpin Iran mengatakan ...")."""
        for j, w in enumerate(words):
            nxt = self.frames.at(words[j + 1]) if j + 1 < len(words) else None
            if w.text == "," and j + 1 < len(words) and (
                (nxt is not None and (nxt.opens(FrameKind.INVERTED)
                                      or nxt.opens(FrameKind.ACCORDING)))
                or self._frame_opens(words[j + 1 :])
            ):
                return words[:j]
            if is_quote_mark(w) and j > 0 and words[j - 1].text in {",", ":"}:
                return words[: j - 1]
        return words

    def _frame_opens(self, words: list[Word]) -> bool:
        """A clause of its own with a speaker and an active cue opens here: a connective at
        most, a subject, the cue ("karena pemimpin tertinggi Iran mengatakan")."""
        for k, w in enumerate(words[:_FRAME_REACH]):
            if is_punct(w):
                return False
            frame = self.frames.at(w)
            if frame is not None and frame.opens(FrameKind.ACTIVE) and k > 0:
                subject = [x for x in words[:k] if x.form.lower() not in lx.CONNECTIVES]
                m = frame.subject
                return bool(subject) and m is not None and m.start >= subject[0].start and (
                    m.kind in {"name", "description"})
        return False

    def passive(self, sent: Sentence, words: list[Word], k: int, frame: Frame) -> Quote | None:
        cue = words[k]
        mention = frame.agent
        if mention is None or (k > 0 and words[k - 1].lower in lx.NOT_A_FRAME_BEFORE):
            return None  # "versi yang dilaporkan BPS": a relative clause, no report
        subject = [w for w in words[:k] if not is_punct(w)]
        if subject and subject[0].lower in lx.ANAPHORIC_SUBJECTS and len(subject) <= 3:
            if any(w.lower in lx.AGREEMENT_WORDS for w in subject):
                return None
            return self._anaphoric(sent, cue, mention)
        after_agent = [w for w in words if w.start >= mention.end]
        before = _skip_connective(words[:k])
        if not _content_words(before) and after_agent and after_agent[0].text == ",":
            # "Dijelaskan Budi, harga beras ...": a passive cue opening the sentence frames
            # it as "Menurut Budi," does; what follows the agent's comma was said.
            said = self._cut_inverted(after_agent[1:])
            return self.make(sent, said, cue, mention, PASSIVE_CONFIDENCE) if _is_clause(
                said) else None
        # "Angka itu telah resmi diumumkan oleh BPS": the auxiliaries and adverbs right before
        # the cue are the cue's own; what is reported is the rest, with the words after the
        # agent when they go on ("Jumlah itu disebutkan Kepala BPS naik 5 persen").
        subject_part = list(before)
        while subject_part and (subject_part[-1].upos in {"AUX", "ADV", "PART", "ADJ"}
                                or subject_part[-1].lower in lx.PREDICATE_MARKERS):
            subject_part.pop()
        # ... but not a time or place after the agent ("diumumkan pemerintah pada Juni lalu").
        goes_on = bool(_content_words(after_agent)) and after_agent[0].text != "," and (
            after_agent[0].lower not in lx.PREPOSITIONS)
        if not _is_clause(subject_part + (after_agent if goes_on else [])):
            return None
        body = before + words[k:] if goes_on else before
        return self.make(sent, body, cue, mention, PASSIVE_CONFIDENCE)

    def _anaphoric(self, sent: Sentence, cue: Word, mention: Mention) -> Quote | None:
        if sent.i == 0:
            return None
        prev = self.view.sentences[sent.i - 1]
        body = _skip_connective(self.view.sentence_words(prev))
        if not _is_clause(body):
            return None
        q = self.make(prev, body, cue, mention, ANAPHORIC_CONFIDENCE)
        if q is not None:
            q.sentence = prev.i
        return q

    # -- driver -------------------------------------------------------------------------

    def sentence(self, sent: Sentence) -> list[Quote]:
        words = self.view.sentence_words(sent)
        found: list[Quote] = []
        for k, w in enumerate(words):
            if w.clitic or self.inside_marks(w):
                continue
            if found and w.start < found[-1].end:
                continue
            frame = self.frames.at(w)
            if frame is None or not frame.reports:
                continue
            q = None
            if frame.opens(FrameKind.ACCORDING):
                q = self.according(sent, words, k, frame)
            elif frame.opens(FrameKind.PASSIVE):
                q = self.passive(sent, words, k, frame)
            elif frame.opens(FrameKind.ACTIVE):
                q = self.active(sent, words, k, frame)
            if q is None and frame.opens(FrameKind.INVERTED):
                q = self.inverted(sent, words, k, frame)
            if q is not None and not any(overlaps(q.start, q.end, f.start, f.end) for f in found):
                found.append(q)
        return found


def extract_reported(view: ArticleView, direct: list[Quote], embedded: list[MarkedSpan],
                     frames: Frames) -> list[Quote]:
    finder = _Finder(view, direct, embedded, frames)
    out: list[Quote] = []
    for sent in view.sentences:
        for q in finder.sentence(sent):
            clash = [o for o in out if overlaps(q.start, q.end, o.start, o.end)]
            points_back = q.sentence != sent.i
            if not clash:
                out.append(q)
            elif points_back and all(
                    o.mention is None or o.mention.kind != "name" for o in clash):
                # "Juru bicara kementerian mengatakan ... . Ali Khamenei menegaskan hal itu": a
                # later frame pointing back names who said what a description introduced; the
                # quote keeps its own span.
                out = [replace(o, mention=q.mention) if o in clash else o for o in out]
            if points_back and _opens_paragraph(view, sent):
                # "Sebelumnya, polisi mengungkap ... . ¶ Kompol X mengungkapkan hal itu": at a
                # paragraph's start, "hal itu" is the paragraph before; its quotes that only a
                # description attributed are X's.
                para = view.sentences[sent.i - 1].para
                out = [replace(o, mention=q.mention)
                       if view.sentences[o.sentence].para == para and o.mention is not None
                       and o.mention.kind == "description" else o for o in out]
    return out


def _opens_paragraph(view: ArticleView, sent: Sentence) -> bool:
    return sent.i > 0 and view.sentences[sent.i - 1].para != sent.para
