"""Claims: at most one per sentence, the words that state a checkable fact, typed, attributed
to their claimant and ranked by check-worthiness (CONTRACT.md, ../eval/dev/CLAIMS.md).

Every sentence is a candidate. Its span is the part inside the quote when it overlaps one
(so the attribution frame stays out), else the sentence without a dateline; never the final
punctuation. Signals read off the span (figures, entities, lexicon words for opinion,
appeals, questions, futures, causes, rules, accusations, public matters, the voice it is
said in) feed two logistic models whose weights live in claim_weights.json, trained by
scripts/train_claims.py and cross-validated by article: P(claim) decides whether a sentence
is a claim, P(worth checking) its `checkworthy` (0.5 and above: worth a fact-checker's time).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import dropwhile, takewhile
from pathlib import Path
from typing import Any

from service.extract import lexicon as lx
from service.extract.cues import is_passive
from service.extract.datelines import after_dateline
from service.extract.mentions import (
    is_capitalised,
    is_org_token,
    is_organisation,
    is_punct,
    is_site_furniture,
)
from service.extract.model import Claim, Mention, Quote, Speaker, overlaps
from service.extract.morphology import verb_shaped
from service.extract.quantities import Quantity, find_quantities, is_figure, states_a_result
from service.nlp.view import ArticleView, Sentence, Word
from service.orthography import QUOTE_CHARS

WEIGHTS = Path(__file__).with_name("claim_weights.json")
# A candidate is listed as a claim when P(claim) reaches this, or when it is worth checking.
CLAIM_THRESHOLD = 0.5
_EDGE = set(".,;:!?…-–—()[] \t\n") | set(lx.QUOTE_CHARS)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence's claim span, with the quote it lies in (None: the article's own voice)."""

    sentence: Sentence
    start: int
    end: int
    quote: Quote | None
    source: Mention | None = None  # a named body reporting the finding (finding frame)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def candidates(view: ArticleView, quotes: list[Quote]) -> list[Candidate]:
    """One candidate span per sentence (quotes sorted by start)."""
    out: list[Candidate] = []
    for sent in view.sentences:
        inside = [q for q in quotes if overlaps(q.start, q.end, sent.start, sent.end)]
        source: Mention | None = None
        if inside:
            start = max(sent.start, min(q.start for q in inside))
            end = min(sent.end, max(q.end for q in inside))
            # The first quote's speaker frames the sentence ("Trump mengatakan ..., karena
            # pemimpin Iran mengatakan ..."): later ones are reported inside it.
            quote = min(inside, key=lambda q: q.start)
            if _frame_states_a_fact(view, sent, quote):
                start = _sentence_start(view, sent)
        else:
            start, end, quote = _sentence_start(view, sent), sent.end, None
            end, source = _before_trailing_frame(view, start, end)
        # A finding frame stays out of the span, in a quote as in the article's voice ("Hal
        # itu disampaikan X" makes the sentence before it X's quote, frame and all); its body
        # claims the finding only where no quote gives a speaker.
        start, found = _after_finding_frame(view, sent, start)
        if quote is None and found is not None:
            source = found
        start, end = _trim(view.text, start, end)
        start = _after_connective(view.text, start, end)
        if end > start:
            out.append(Candidate(sent, start, end, quote, source))
    return out


def _sentence_start(view: ArticleView, sent: Sentence) -> int:
    """Where the sentence's own words start: after a dateline opening its paragraph."""
    if view.paragraphs[sent.para].start == sent.start:
        return after_dateline(view.text, sent.start, sent.end)
    return sent.start


def _frame_states_a_fact(view: ArticleView, sent: Sentence, quote: Quote) -> bool:
    """The words before the quote's cue hold a clause of their own besides the speaker, so
    the sentence states two facts and the claim covers both (CLAIMS.md): a subordinate clause
    ("Novanto ditahan setelah dokter menyatakan ...", "Jika tak ada kesepakatan, X
    mengungkapkan ..."), a first predicate coordinated with the cue ("pengadilan mengabulkan
    permohonan itu dan menyatakan ..."), or a restrictive relative clause with a verb after
    the speaker ("Miryam yang tetap mencabut BAP-nya menegaskan ...")."""
    cue, mention = quote.cue, quote.mention
    if cue is None or not sent.start <= cue.start < quote.start:
        return False
    frame = [w for w in view.words_between(sent.start, cue.start) if not is_punct(w) and not (
        mention is not None and mention.start <= w.start < mention.end)]
    lows = [w.lower for w in frame]
    # A conjunction and two words besides it: its clause ("Jika tak ada kesepakatan, X
    # mengungkapkan"), or the main clause when the frame is the subordinate one ("Novanto
    # ditahan setelah X menyatakan"); before a demonstrative it links sentences ("Oleh karena
    # itu, X menilai").
    if len(lows) > 2 and any(low in lx.FRAME_CLAUSE_CONJUNCTIONS and lx.DEMONSTRATIVES.isdisjoint(
            lows[k + 1 : k + 2]) for k, low in enumerate(lows)):
        return True
    if len(lows) > 1 and lows[-1] in lx.PREDICATE_COORDINATORS and any(
            verb_shaped(w.text) for w in frame[:-1]):
        return True
    if mention is None:
        return False
    after = view.words_between(mention.end, cue.start)
    return bool(after) and after[0].lower == "yang" and any(verb_shaped(w.text) for w in after)


# A closing quotation mark after the quoted words' comma or final mark, and the frame after
# it: '..., saya rasa juga tidak ada perizinannya," Aris dalam unggahan di akun Instagram'.
_CLOSING_MARK = re.compile(r"[,.!?…]\s*[\"”’]\s+(?=\S)")
# Most words a trailing frame holds ("demikian laporan tertulis P2BK Purabaya Yanto Prayitno").
_TRAILING_FRAME_WORDS = 12


def _before_trailing_frame(view: ArticleView, start: int, end: int
                           ) -> tuple[int, Mention | None]:
    """Where the claim ends when quoted words end inside the sentence and a frame no cue of
    the lexicon opens follows them ('…," demikian laporan tertulis X', '…," Aris dalam
    unggahan …'): before the quoted words' comma (CLAIMS.md: the frame stays out); and the
    first name in the frame, who said them. end itself and None otherwise."""
    text = view.text
    for m in reversed(list(_CLOSING_MARK.finditer(text, start, end))):
        tail = text[m.end() : end]
        if any(ch in lx.QUOTE_CHARS for ch in tail) or len(_WORD.findall(tail)) > (
                _TRAILING_FRAME_WORDS):
            return end, None
        run: list[Word] = []
        for w in view.words_between(m.end(), end):
            if is_capitalised(w) and not is_punct(w) and w.lower not in lx.NOT_NAME_WORDS:
                run.append(w)
            elif run:
                break
        source = Mention(text[run[0].start : run[-1].end], run[0].start, run[-1].end,
                         "name") if run else None
        return m.start(), source
    return end, None


_CONNECTIVES = "|".join(re.escape(c) for c in lx.SENTENCE_CONNECTIVES)
_CONNECTIVE = re.compile(rf"(?:{_CONNECTIVES})\s*,\s*", re.IGNORECASE)


def _after_connective(text: str, start: int, end: int) -> int:
    """Where the claim starts once a connective and its comma that open the span are left out
    ("Sementara itu, konsumsi ..." claims "konsumsi ..."); start itself otherwise."""
    m = _CONNECTIVE.match(text, start, end)
    return m.end() if m and m.end() < end else start


# A finding frame's source is at most this many words ("Data Badan Pusat Statistik (BPS)").
_FINDING_FRAME_WORDS = 10


def _after_finding_frame(view: ArticleView, sent: Sentence, start: int
                         ) -> tuple[int, Mention | None]:
    """Where the claim starts when the sentence opens with a source reporting a finding
    ("Data BPS menunjukkan, TPT ... mencapai 4,7 %": the claim is what follows the verb, and
    "bahwa" after it), and the source's name when one is written ("BPS"; none for "Laporan
    itu"); start itself otherwise."""
    sentence = view.sentence_words(sent)
    first = next((k for k, w in enumerate(sentence) if w.start >= start), None)
    if first is not None and sentence[first].lower in lx.CITING_WORDS:
        return _after_citation(view, sentence[first:], start)
    if first is not None and is_capitalised(sentence[first]) and (
            sentence[first].lower not in lx.FINDING_SOURCES):
        acting = _a_body_reporting(view, sentence[first:])
        if acting is not None:
            return acting
    if first is None or sentence[first].lower not in lx.FINDING_SOURCES:
        return start, None  # most sentences: decided by their first word, nothing built
    words = _without_aside(sentence[first:])
    for k, w in enumerate(words[1 : _FINDING_FRAME_WORDS + 1], start=1):
        # "Data Kementerian Pertanian, produksi padi ...": a named source and a comma, the
        # verb left out; the name must be capitalised throughout, or it is the claim itself.
        named_then_comma = w.text == "," and k > 1 and all(
            is_capitalised(n) or is_punct(n) for n in words[1:k])
        if w.lower in lx.FINDING_VERBS or named_then_comma:
            rest = _after_the_verb(words, k)
            if not rest:
                return start, None
            # The source's name: its capitalised words ("Laporan | Bank Dunia", "Hasil audit
            # | BPK"), after the record's own lower-case nouns.
            named = words[1:k]
            while named and not is_capitalised(named[0]):
                named = named[1:]
            source = None
            if named and all(is_capitalised(n) or is_punct(n) for n in named):
                s, e = named[0].start, named[-1].end
                source = Mention(view.text[s:e], s, e, "name")
            return rest[0].start, source
    return start, None


# Most words a body's name opening a sentence holds before its verb of finding.
_BODY_NAME_WORDS = 5


def _a_body_reporting(view: ArticleView, words: list[Word]) -> tuple[int, Mention] | None:
    """"BPS mencatat inflasi ...", "Bank Dunia menemukan bahwa ...": a body's name opening the
    sentence and a verb of finding right after it; the claim starts after the verb (and
    "bahwa"), and the body claims it (CLAIMS.md: an organisation reporting a finding)."""
    k = 0
    while k < len(words) and k < _BODY_NAME_WORDS and is_capitalised(words[k]) and (
            not is_punct(words[k])):
        k += 1
    if k == 0 or k >= len(words) - 1 or words[k].lower not in lx.FINDING_VERBS:
        return None
    s, e = words[0].start, words[k - 1].end
    if not is_organisation(view.text[s:e]):
        return None
    rest = _after_the_verb(words, k)
    return (rest[0].start, Mention(view.text[s:e], s, e, "name")) if rest else None


def _after_the_verb(words: list[Word], k: int) -> list[Word]:
    """The words after a finding's verb at k, past punctuation and "bahwa": the claim."""
    rest = words[k + 1 :]
    while rest and (is_punct(rest[0]) or rest[0].lower == "bahwa"):
        rest = rest[1:]
    return rest


def _without_aside(words: list[Word]) -> list[Word]:
    """The words without a relative clause set off by commas after the source ("Penilaian
    tersebut, yang menjadi hasil kerja paling signifikan ..., juga memperingatkan ..."): it
    describes the source and stands between it and its verb."""
    for j in range(1, min(len(words) - 2, _FINDING_FRAME_WORDS)):
        if words[j].text == "," and words[j + 1].lower == "yang":
            close = next((c for c in range(j + 2, len(words)) if words[c].text == ","), None)
            return words if close is None else words[:j] + words[close + 1 :]
    return words


# Lower-case words a citation may hold between its citing word and the source's name
# ("Menurut data dari FIFA", "Dilansir dari laman resmi Kementerian Kesehatan").
_CITATION_WORDS = 4


def _after_citation(view: ArticleView, words: list[Word], start: int
                    ) -> tuple[int, Mention | None]:
    """Where the claim starts after a citation that opens the sentence and names its source
    before a comma ("Menurut data dari FIFA, laga itu ...", "Melansir Daily Mail, ..."), and
    the source; start itself and no source when no name stands before the comma ("Menurut
    saya, ...", "Berdasarkan pertimbangan itu, ..."). A basis ("berdasarkan", "mengacu")
    cites a source only through a record's noun: "Berdasarkan UU Cipta Kerja" cites a law."""
    k = 1
    while k < len(words) and k <= _CITATION_WORDS and not is_capitalised(words[k]) and (
            not is_punct(words[k])):
        k += 1
    records = {w.lower for w in words[1:k]}
    if words[0].lower in lx.BASIS_WORDS and records.isdisjoint(
            lx.FINDING_SOURCES | lx.CITED_RECORDS):
        return start, None
    comma = next((j for j in range(k, min(len(words), k + _FINDING_FRAME_WORDS))
                  if words[j].text == ","), None)
    if comma is None or comma == k or comma + 1 >= len(words) or not all(
            is_capitalised(w) or is_punct(w) for w in words[k:comma]):
        return start, None
    s, e = words[k].start, words[comma - 1].end
    return words[comma + 1].start, Mention(view.text[s:e], s, e, "name")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=64)
def _entries(vocabulary: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A lexicon list split once into its one-word entries and its phrases (padded with
    spaces, as they are looked for in the text)."""
    return (frozenset(item for item in vocabulary if " " not in item),
            tuple(f" {item} " for item in vocabulary if " " in item))


def _has_any(words: list[str], low_text: str, vocabulary: frozenset[str]) -> bool:
    """A word of vocabulary among words, or a multi-word entry in the text."""
    single, phrases = _entries(vocabulary)
    return not single.isdisjoint(words) or any(phrase in low_text for phrase in phrases)


def _has_any_in(words: list[str], vocabulary: frozenset[str]) -> bool:
    """_has_any over a run of words alone (its phrases looked for in the words rejoined)."""
    return _has_any(words, f" {' '.join(words)} ", vocabulary)


def _count(words: list[str], vocabulary: Collection[str]) -> int:
    return sum(1 for w in words if w in vocabulary)


def entities(view: ArticleView, start: int, end: int) -> list[str]:
    """Capitalised runs inside the span, skipping a sentence-initial word, calendar and
    function words, and currency signs ("Rp"): the people, places and institutions a claim
    is about."""
    out: list[str] = []
    run: list[Any] = []
    for w in view.words_between(start, end):
        initial = view.sentences[w.sent].first == w.i or w.start == start
        if is_capitalised(w) and not is_punct(w) and not initial and \
                w.lower not in lx.NOT_NAME_WORDS and w.lower not in lx.CURRENCY_PREFIXES:
            run.append(w)
            continue
        if run and _numbers_the_law(run, w):
            run.append(w)  # "UU Nomor | 22 | Tahun | 2009": a law is named with its number
            continue
        if run:
            out.append(view.text[run[0].start : run[-1].end])
        run = []
    if run:
        out.append(view.text[run[0].start : run[-1].end])
    return list(dict.fromkeys(out))


def _numbers_the_law(run: list[Any], w: Word) -> bool:
    """w goes on naming the law the run opens: its number after a reference word ("Nomor
    22", "No. 4/2025"), and the year after that number ("Tahun 2009")."""
    last = run[-1].lower
    if w.text[:1].isdigit():
        return last in lx.REFERENCE_WORDS or (last == "tahun" and len(run) > 1
                                              and run[-2].text[:1].isdigit())
    return w.lower == "tahun" and last[:1].isdigit() and any(
        x.lower in lx.REFERENCE_WORDS for x in run)


# Longest line, in words, read as a headline or subheading when it has no final punctuation.
HEADLINE_MAX_WORDS = 16


def _is_headline(view: ArticleView, sent: Sentence) -> bool:
    """A headline or subheading: a short line of its own without final punctuation (news
    sentences end with one; titles do not)."""
    if len(view.paragraphs) < 2:
        return False
    para = view.paragraphs[sent.para]
    line = view.text[para.start : para.end].rstrip()
    return line[-1:] not in {".", "!", "?", '"', "”", "’", ")", ":"} and \
        len(line.split()) <= HEADLINE_MAX_WORDS


def features(view: ArticleView, cand: Candidate, quantities: list[Quantity],
             names: list[str] | None = None) -> dict[str, Any]:
    """The signals of one candidate, as numbers (names are the weights file's keys)."""
    text = view.text[cand.start : cand.end]
    low = f" {text.lower()} "
    words = _words(text)
    sent_text = view.text[cand.sentence.start : cand.sentence.end].strip()
    sent_low = sent_text.lower()
    figures = [q for q in quantities if is_figure(q) and not _already_given(view.text, q)]
    thanks_to = _thanks_to(text)
    ents = names if names is not None else entities(view, cand.start, cand.end)
    quote = cand.quote
    n = len(words)
    speech_act = sent_low.startswith(lx.SPEECH_ACT_SUBJECTS)
    frame = _frame_form(quote)
    feats = {
        "bias": 1.0,
        "log_words": math.log1p(n),
        "short": float(n < 5),
        "long": float(n > 35),
        "figure": float(bool(figures)),
        "money_or_percent": float(any(q.kind in {"money", "percent"} for q in figures)),
        "many_figures": float(len(figures) > 1),
        "minor_number": float(bool(quantities) and not figures),
        "comparison": float(_has_any(words, low, lx.COMPARISON_WORDS)),
        "entities": float(min(len(ents), 3)) / 3,
        "direct": float(quote is not None and quote.type == "direct"),
        "reported": float(quote is not None and quote.type != "direct"),
        "attributed": float(quote is not None and quote.mention is not None),
        "first_person": float(min(_count(words, lx.FIRST_PERSON), 2)) / 2,
        "opinion": float(min(_count(words, lx.OPINION_WORDS), 2)) / 2,
        "appeal": float((_has_any(words, low, lx.APPEAL_WORDS) and not thanks_to)
                        or not lx.SECOND_PERSON.isdisjoint(words)),
        "own_appeal": float(_own_appeal(words)),
        "question": float(_asks(view.text, cand, sent_text)),
        "purpose_only": float(_only_a_purpose(text, words)),
        "future": float(_states_a_future(words, low) or frame in lx.FUTURE_CUE_FORMS),
        "causal": float(_states_a_cause(words) or thanks_to
                        or _makes_happen(view.words_between(cand.start, cand.end))),
        "rule": float(_has_any(words, low, lx.RULE_WORDS)),
        "conditional": float((bool(words) and words[0] in lx.CONDITIONAL_OPENERS)
                             or _has_any(words, low, lx.PROVISOS)),
        "accusation": float(_has_any(words, low, lx.ACCUSATION_WORDS)),
        "public": float(min(_count(words, lx.PUBLIC_WORDS), 2)) / 2,
        "office": float(_has_any(words, low, _OFFICES)
                        or any(is_org_token(t) for t in _WORD.findall(text))),
        "frame_judgement": float(frame in lx.JUDGEMENT_CUE_FORMS),
        "frame_appeal": float(frame in lx.WISH_CUE_FORMS or frame in lx.DIRECTIVE_FORMS),
        "speech_act_only": float(speech_act),
        "describes_speaking": float((speech_act and _passive_speech_opens(view, cand.sentence))
                                    or _names_its_own_saying(_words(sent_low))),
        "boilerplate": float(is_site_furniture(sent_low)
                             or (sent_text.isupper() and n >= 2)
                             or _in_an_embedded_post(view, cand.sentence)),
        "headline": float(_is_headline(view, cand.sentence)),
        "lead": float(cand.sentence.para <= 1),
    }
    feats.update(_type_signals(feats, words, low, quantities, figures,
                               _counted_in_words(view.text, quantities)))
    return feats


# The offices of public life a claim may name: the titles, not the professions (a singer's or
# an actor's word is no public matter, and the weights were fitted without them).
_OFFICES = lx.TITLE_WORDS - lx.PROFESSIONS


def _in_an_embedded_post(view: ArticleView, sent: Sentence) -> bool:
    """The sentence is part of a social-media post embedded as its own paragraph, whose
    embed code leaves a marker in it (lexicon.EMBEDDED_POST_MARKERS), often in the last of
    its sentences only."""
    para = view.paragraphs[sent.para]
    return _EMBED_MARKER.search(view.text, para.start, para.end) is not None


_EMBED_MARKER = re.compile("|".join(map(re.escape, lx.EMBEDDED_POST_MARKERS)), re.IGNORECASE)


def _asks(text: str, cand: Candidate, sent_text: str) -> bool:
    """A question, by its question mark (PUEBI: tanda tanya) closing the sentence or the
    span ("Kapan dia akan memulainya?" inside a quote). A question word without one opens an
    indirect question inside a statement ("Apakah serius atau tidak pemerintah mencabut 4
    IUP ..., tapi sampai saat ini tidak ada dokumennya"), which asserts what follows."""
    return sent_text.rstrip("\"”’' ").endswith("?") or text[cand.end : cand.end + 3].lstrip(
        " \"”’'").startswith("?")


# How many words (adverbs: "juga", "tetap", "hanya") may stand between a first-person
# subject and its verb of appeal.
_APPEAL_REACH = 2


def _own_appeal(words: list[str]) -> bool:
    """The speaker appeals or wishes in the saying ("Kami mengimbau warga agar ...", "kami
    tetap imbau warga ...", "Saya berharap ..."; lexicon.OWN_APPEAL_VERBS): a first-person
    subject and its verb of appeal, not inside a relative clause ("apa yang saya minta"), and
    not a wish to say something ("saya ingin sampaikan bahwa ...": a frame)."""
    for k, word in enumerate(words):
        if word not in lx.FIRST_PERSON or (k and words[k - 1] == "yang"):
            continue
        for j in range(k + 1, min(k + 1 + _APPEAL_REACH, len(words))):
            if words[j] in lx.OWN_APPEAL_VERBS:
                after = words[j + 1] if j + 1 < len(words) else ""
                if after not in lx.BARE_SPEECH_FORMS and after not in lx.CUE_FORMS:
                    return True
                break
    return False


def _thanks_to(text: str) -> bool:
    """The span opens with thanks to a cause and a clause follows its comma ("Terima kasih
    kepada manusia, musim kebakaran kini ...": lexicon.THANKS_TO_OPENERS)."""
    low = text.lower()
    return low.startswith(lx.THANKS_TO_OPENERS) and "," in low and bool(
        _words(low.split(",", 1)[1]))


def _only_a_purpose(text: str, words: list[str]) -> bool:
    """The span is a purpose clause and nothing more ("Tujuannya, agar warga tidak panik",
    "Agar para pembantu Presiden bisa ..."): it opens with a conjunction of purpose, or a
    noun announcing one and then the conjunction, and no comma after it opens a main clause
    ("Agar tidak macet, polisi menutup jalan" states what the police did)."""
    k = 1 if words[:1] and words[0] in lx.PURPOSE_NOUNS else 0
    if len(words) <= k or words[k] not in lx.PURPOSE_CONJUNCTIONS:
        return False
    conjunction = re.search(rf"\b{re.escape(words[k])}\b", text, re.IGNORECASE)
    return conjunction is not None and "," not in text[conjunction.end() :]


def _states_a_cause(words: list[str]) -> bool:
    """A cause or an effect stated inside the claim: a causal word after any connective that
    opens it and points back to the sentence before (lexicon.BACKWARD_CAUSAL_OPENERS)."""
    for opener in _BACKWARD_OPENERS:
        if tuple(words[: len(opener)]) == opener:
            words = words[len(opener) :]
            break
    return _has_any_in(words, lx.CAUSAL_WORDS)


_BACKWARD_OPENERS = tuple(tuple(o.split()) for o in lx.BACKWARD_CAUSAL_OPENERS)


def _makes_happen(words: list[Word]) -> bool:
    """A causative verb with an object and what the object comes to be or do after it
    ("Tingginya harga pakan membuat peternak merugi", "... membuat proyek itu mangkrak";
    lexicon.CAUSATIVE_VERBS), not one that makes a thing ("membuat surat untuk Jaksa Agung")."""
    for k, word in enumerate(words):
        if word.lower not in lx.CAUSATIVE_VERBS:
            continue
        rest = list(dropwhile(_in_the_object, words[k + 1 :]))
        if len(rest) < len(words) - k - 1 and rest and (rest[0].lower in lx.NEGATIONS or (
                rest[0].upos in lx.RESULT_TAGS and rest[0].lower not in lx.FUNCTION_WORDS)):
            return True
    return False


_NOUN_PHRASE_FUNCTION_WORDS = lx.DEMONSTRATIVES | lx.PERSON_PRONOUNS | lx.PLURAL_PRONOUNS


def _in_the_object(word: Word) -> bool:
    return word.upos in lx.OBJECT_TAGS and (
        word.lower not in lx.FUNCTION_WORDS or word.lower in _NOUN_PHRASE_FUNCTION_WORDS)


def _states_a_future(words: list[str], low: str) -> bool:
    """A future or plan word the claim asserts: one inside an indirect question ("belum
    memutuskan apakah akan ...", "siapa yang akan menjadi ...") only says the matter is
    undecided now. Phrases ("tahun depan") are looked for in the whole text."""
    single, phrases = _entries(lx.FUTURE_WORDS)
    if any(phrase in low for phrase in phrases):
        return True
    asked = False
    for w in words:
        asked = asked or w in lx.QUESTION_WORDS
        if w in single and not asked:
            return True
    return False


# How far after a written count an enumeration of its members may open ("empat kampus yang
# dilibatkan antara lain ...").
_ENUMERATION_REACH = 6
_AFTER_COUNT = re.compile(r"\s*(?:([^\W\d_]+)\s+)?([^\W\d_]+)", re.UNICODE)


def _already_given(text: str, q: Quantity) -> bool:
    """A count or an age inside a noun phrase that a demonstrative closes ("empat perusahaan
    itu", "Ribuan miras itu disita", "Pria berusia 93 tahun itu menampik"): the phrase points
    back to what the reader already has, so the figure is no news of this sentence. "ini"
    also introduces what follows, so only "itu" and "tersebut" count. Money, shares and
    measures stay figures ("proyek bernilai Rp 78,9 miliar tersebut")."""
    if q.kind not in {"count", "duration"}:
        return False
    m = _AFTER_COUNT.match(text[q.end : q.end + 80])
    if m is None:
        return False
    return not {g.lower() for g in m.groups() if g}.isdisjoint(lx.DEMONSTRATIVES - {"ini"})


def _counted_in_words(text: str, quantities: list[Quantity]) -> bool:
    """A count written out, of two or more of a named thing ("menetapkan empat orang sebagai
    tersangka", "menggenangi delapan rumah"), that is news in itself: not one already known
    ("empat perusahaan itu") and not one that introduces its members ("tiga terdakwa, yakni
    ..."). quantities.is_figure leaves written counts to the narrative; CLAIMS.md counts a
    count as a quantity."""
    for q in quantities:
        if q.kind not in {"count", "duration"} or is_figure(q) or q.unit is None or (
                q.value < 2 or q.text[:1].isdigit()):
            continue
        if _already_given(text, q):
            continue  # "empat perusahaan itu": a count the reader already has
        after = text[q.end : q.end + 80]
        ahead = _words(after)[:_ENUMERATION_REACH]
        if ":" in after.split(".")[0][:40] or _has_any_in(ahead, lx.ENUMERATION_OPENERS):
            continue
        return True
    return False


def _frame_form(quote: Quote | None) -> str:
    """The surface form of the cue that frames the candidate's quote ("" for none): the verb
    says whether the clause is reported as fact, judged ("menilai") or wished ("berharap")."""
    if quote is None or quote.cue is None:
        return ""
    return quote.cue.text.lower().strip(QUOTE_CHARS)


def _type_signals(feats: dict[str, float], words: list[str], low: str,
                  quantities: list[Quantity], figures: list[Quantity],
                  counted_in_words: bool) -> dict[str, float]:
    """What tells a claim's type apart, beyond the signals above: the kind of its figures,
    strong and weak deontic words, the past, a reported finding, and CLAIMS.md's precedence
    itself (one of five): the future is a prediction; money or a share is a quantity even
    where a rule is cited; any other figure is a quantity, also in a causal sentence ("A
    claim with a number is quantity unless ... about the future"); but a regulation's figure
    ("berusia 17 tahun") stays with the rule; a cause makes it causal; a regulation's words
    (unless the law is cited as a charge: "dijerat Pasal 363") or a conditional opener make
    a rule ("harus" alone is an opinion of what ought to be); else an event. feats: the
    signals above, which the precedence reads."""
    should = _has_any(words, low, lx.SHOULD_WORDS)
    regulation = (_has_any(words, low, lx.REGULATION_WORDS) or (
        should and _cites_a_rule(words))) and not _has_any(words, low, lx.CHARGE_WORDS)
    result = states_a_result(low)
    precedence = ("prediction" if feats["future"] else "quantity" if feats["money_or_percent"]
                  else "quantity" if (feats["figure"] or result) and not regulation
                  else "causal" if feats["causal"]
                  else "rule" if regulation or feats["conditional"] else "event")
    return {
        "date_only": float(bool(quantities) and all(q.kind == "date" for q in quantities)),
        "count_figure": float(any(q.kind in {"count", "measure", "rank", "duration"}
                                  for q in figures)),
        "regulation": float(regulation),
        "should": float(should),
        "past": float(_has_any(words, low, lx.PAST_MARKERS)),
        "finding": float(_has_any(words, low, lx.FINDING_WORDS)),
        "result": float(result),
        "counted_in_words": float(counted_in_words),
        "rule_subject": float(not lx.RULE_SUBJECTS.isdisjoint(_subject_words(words))
                              and lx.ISSUING_VERBS.isdisjoint(words)),
        **{f"precedence_{t}": float(precedence == t) for t in CLAIM_TYPES},
    }


# How far after a preposition of basis the rule's name may stand ("sesuai dengan aturan").
_BASIS_REACH = 2


def _cites_a_rule(words: list[str]) -> bool:
    """A rule named as the basis of the sentence ("berdasarkan Perpres itu", "secara aturan",
    "sesuai dengan ketentuan": lexicon.BASIS_PREPOSITIONS, RULE_INSTRUMENTS)."""
    return any(w in lx.BASIS_PREPOSITIONS and not lx.RULE_INSTRUMENTS.isdisjoint(
        words[k + 1 : k + 1 + _BASIS_REACH]) for k, w in enumerate(words))


# The claim types (CONTRACT.md), and the signals a trained type model would read.
CLAIM_TYPES = ("quantity", "causal", "rule", "prediction", "event")
TYPE_FEATURES = (
    "figure", "money_or_percent", "many_figures", "minor_number", "comparison", "future",
    "causal", "rule", "conditional", "accusation", "opinion", "first_person", "direct",
    "reported", "date_only", "count_figure", "regulation", "should", "past", "finding",
    "result", *(f"precedence_{t}" for t in CLAIM_TYPES),
)


@cache
def load_weights(path: str = str(WEIGHTS)) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        weights: dict[str, Any] = json.load(fh)
    return weights


def probability(model: dict[str, Any], feats: dict[str, Any]) -> float:
    z = model["intercept"] + sum(w * feats.get(name, 0.0)
                                 for name, w in zip(model["features"], model["coef"],
                                                    strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _subject_words(words: list[str]) -> list[str]:
    """The claim's first words up to its first verb-shaped one (morphology.verb_shaped):
    where its subject stands ("Kebijakan ini | tetap memberikan ..."), not an object after
    the verb ("Bank Dunia | memperkenalkan standar baru")."""
    return list(takewhile(lambda w: not verb_shaped(w), words[:_SUBJECT_WORDS]))


# Signals only the type reads, each making an event another type: the check-worthiness
# models are not fitted on them (fitted in, the written count moved level-3 recall across
# sets by a claim).
TYPE_ONLY_SIGNALS = {"counted_in_words": "quantity", "rule_subject": "rule"}
# A claim's subject stands among its first words ("Kebijakan ini", "Peraturan tersebut").
_SUBJECT_WORDS = 4


def claim_type(feats: dict[str, Any]) -> str:
    """CLAIMS.md's precedence (see _type_signals), where a count written out that is news in
    itself makes an event a quantity (_counted_in_words), and a rule as the claim's subject
    makes it a rule, unless it is being issued. A multinomial model trained on the
    same signals was measured against it and lost across sets (scripts/train_claims.py
    reports both), so the precedence stands."""
    kind = next(t for t in CLAIM_TYPES if feats[f"precedence_{t}"])
    if kind == "event":
        return next((other for signal, other in TYPE_ONLY_SIGNALS.items() if feats[signal]),
                    kind)
    return kind


def checkworthy(p_worth: float, p_top: float) -> float:
    """P(worth checking), with the part above 0.5 spread by P(first to check), so that the
    0.5 threshold keeps its meaning and the ranking puts level-3 material first."""
    if p_worth < 0.5:
        return round(p_worth, 3)
    return round(0.5 + 0.25 * (2 * p_worth - 1) + 0.25 * p_top, 3)


def excluded(feats: dict[str, Any]) -> bool:
    """Never claims, whatever else they hold (CLAIMS.md): site furniture, headlines,
    questions and purposes, which assert nothing, and a sentence that only says who said
    the previous one, where and when ("Hal itu disampaikan X di Jakarta, Senin")."""
    return bool(feats["boilerplate"] or feats["headline"] or feats["question"]
                or feats["describes_speaking"] or feats["purpose_only"])


# A speech-act subject's passive verb stands within this many words of the sentence start.
_SPEAKING_VERB_WORDS = 5


def _passive_speech_opens(view: ArticleView, sent: Sentence) -> bool:
    """A passive verb of speech among the sentence's first words: after an anaphoric
    speech-act subject (lexicon.SPEECH_ACT_SUBJECTS: "Hal itu disampaikan ...", "Ajakan itu
    diungkapkan ...") the sentence only describes an act of speaking."""
    return any(is_passive(w) for w in view.sentence_words(sent)[:_SPEAKING_VERB_WORDS])


_SPEECH_ACT_ANAPHORS = tuple(tuple(s.split()) for s in lx.SPEECH_ACT_SUBJECTS)


def _names_its_own_saying(words: list[str]) -> bool:
    """The active form of "Hal itu disampaikan X ...": a verb of saying whose object points
    back at what was said, then only the circumstances of the saying or nothing ("Ia
    menyampaikan hal itu usai rapat di kantor gubernur, Selasa";
    lexicon.SAYING_CIRCUMSTANCE_OPENERS)."""
    for k, word in enumerate(words):
        if word not in lx.CUE_FORMS:
            continue
        for anaphor in _SPEECH_ACT_ANAPHORS:
            after = k + 1 + len(anaphor)
            if tuple(words[k + 1 : after]) == anaphor:
                return after == len(words) or words[after] in lx.SAYING_CIRCUMSTANCE_OPENERS
    return False


def decide(feats: dict[str, Any], weights: dict[str, Any]) -> float | None:
    """The candidate's checkworthy when it is a claim, else None."""
    if excluded(feats):
        return None
    p_claim = probability(weights["claim"], feats)
    score = checkworthy(probability(weights["worth"], feats), probability(weights["top"], feats))
    if p_claim < CLAIM_THRESHOLD and score < 0.5:
        return None
    return score


def extract_claims(view: ArticleView, quotes: list[Quote], weights: dict[str, Any] | None = None
                   ) -> list[Claim]:
    """Claims ranked by checkworthy, highest first."""
    weights = weights or load_weights()
    claims: list[Claim] = []
    sources: dict[str, Speaker] = {}
    for cand in candidates(view, quotes):
        text = view.text[cand.start : cand.end]
        quantities = find_quantities(text, cand.start)
        names = entities(view, cand.start, cand.end)
        feats = features(view, cand, quantities, names)
        score = decide(feats, weights)
        if score is None:
            continue
        claims.append(Claim(
            text=text, start=cand.start, end=cand.end, sentence=cand.sentence.i,
            type=claim_type(feats), checkworthy=score, quote=cand.quote,
            quantities=quantities, numbers=[q.text for q in quantities],
            entities=names, comparison=bool(feats["comparison"]),
            source=_source_entity(cand.source, quotes, sources)))
    claims.sort(key=lambda c: (-c.checkworthy, c.start))
    return claims


def _source_entity(source: Mention | None, quotes: list[Quote], known: dict[str, Speaker]
                   ) -> Speaker | None:
    """The entity a finding frame or a trailing frame names: a quoted speaker whose name
    holds its words or is held by them, else one entity per name in the article (a body
    unless the name has a person's shape)."""
    if source is None:
        return None
    named = set(_words(source.text))
    for q in quotes:
        # "Aris" is the quoted Ahmad Aris; "P2BK Purabaya Yanto Prayitno" (a body and its
        # officer) the quoted Yanto Prayitno.
        if q.speaker is not None and (
                named <= (held := set(_words(q.speaker.name))) or held <= named):
            return q.speaker
    if source.text not in known:
        kind = "organization" if is_organisation(source.text) else "person"
        known[source.text] = Speaker(source.text, kind, mentions=[source])
    return known[source.text]
