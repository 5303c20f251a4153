"""Run the stages over an ArticleView and build the contract's answer.

Data flows one way: view -> direct quotes -> reported speech -> speakers -> claims -> dict.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from service import __version__
from service.extract.claims import extract_claims
from service.extract.direct import extract_direct
from service.extract.frames import Frames
from service.extract.glue import unglue
from service.extract.model import Claim, Mention, Quote, Speaker
from service.extract.reported import extract_reported
from service.extract.selection import sentences_to_parse
from service.extract.speakers import resolve_article
from service.extract.subjects import with_subjects
from service.fingerprint import code_fingerprint, models_fingerprint
from service.nlp.view import ArticleView

if TYPE_CHECKING:
    from service.settings import Settings


@dataclass(slots=True)
class Extraction:
    quotes: list[Quote]
    speakers: list[Speaker]
    claims: list[Claim]


def extract_quotes(view: ArticleView
                   ) -> tuple[list[Quote], list[Speaker], Callable[[Mention], Speaker | None]]:
    """The quotes with their speakers, and the resolver's reference table (what a claim's
    subject refers to): everything before claims, which the claim scorer trains on."""
    frames = Frames(view)
    direct, embedded = extract_direct(view, frames)
    reported = extract_reported(view, direct, embedded, frames)
    return resolve_article(view, sorted(direct + reported, key=lambda q: q.start), frames)


def extract(view: ArticleView) -> Extraction:
    quotes, speakers, refer = extract_quotes(view)
    claims = with_subjects(extract_claims(view, quotes), refer)
    # An entity a claim is about, or whose finding it reports, is in the speaker table too,
    # after those quoted.
    listed = {id(sp) for sp in speakers}
    for claim in claims:
        for entity in (claim.about, claim.source):
            if entity is not None and id(entity) not in listed:
                speakers.append(entity)
                listed.add(id(entity))
    return Extraction(quotes=quotes, speakers=speakers, claims=claims)


def answer_id(text: str, options: dict[str, Any], model: dict[str, Any]) -> str:
    """sha256 over the options and versions, as one line of JSON (which holds no raw newline,
    so the first newline ends it), then the exact text (offsets depend on every character).
    The text is hashed as sent, not escaped into the JSON: every cache hit computes this."""
    head = json.dumps({"options": options, "model": model}, sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(head.encode("utf-8"))
    digest.update(b"\n")
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def to_answer(result: Extraction, *, model: dict[str, Any], answer_id: str,
              timing_ms: dict[str, Any]) -> dict[str, Any]:
    speaker_ids = {id(sp): f"s{k + 1}" for k, sp in enumerate(result.speakers)}
    speakers = [
        {
            "id": speaker_ids[id(sp)],
            "name": sp.name,
            "roles": sp.roles,
            "kind": sp.kind,
            "mentions": [m.as_dict() for m in sorted(sp.mentions, key=lambda m: m.start)],
        }
        for sp in result.speakers
    ]

    def speaker_ref(sp: Speaker | None) -> dict[str, Any] | None:
        return None if sp is None else {"id": speaker_ids[id(sp)], "name": sp.name}

    quotes = [
        {
            "id": f"q{k + 1}",
            "type": q.type,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "speaker": speaker_ref(q.speaker),
            "speaker_mention": q.mention.as_dict() if q.mention else None,
            "cue": q.cue.as_dict() if q.cue else None,
            "sentence": q.sentence,
            "confidence": q.confidence,
        }
        for k, q in enumerate(result.quotes)
    ]
    quote_ids = {id(q): f"q{k + 1}" for k, q in enumerate(result.quotes)}
    claims = [
        {
            "id": f"c{k + 1}",
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "sentence": c.sentence,
            "type": c.type,
            "quote": quote_ids[id(c.quote)] if c.quote is not None else None,
            "speaker": speaker_ref(c.claimant),
            "about": speaker_ref(c.about),
            "standalone": c.standalone or c.text,
            "checkworthy": c.checkworthy,
            "quantities": [qty.as_dict() for qty in c.quantities],
            "evidence": {"numbers": c.numbers, "entities": c.entities, "comparison": c.comparison,
                         "named_source": c.claimant is not None},
        }
        for k, c in enumerate(result.claims)
    ]
    return {
        "id": answer_id,
        "cached": False,
        "model": model,
        "speakers": speakers,
        "quotes": quotes,
        "claims": claims,
        "timing_ms": timing_ms,
    }


class Engine:
    """A loaded pipeline plus the stages: text in, contract answer out."""

    def __init__(self, pipeline: Any, *, package: str = "default", parse_all: bool = False,
                 max_parse_tokens: int | None = None, models: str = "",
                 lemmas: str = "dictionary"):
        """models: the fingerprint of the model files (models_fingerprint); lemmas: how the
        pipeline lemmatises (part of every answer's identity, as the models are)."""
        from service.nlp.analyse import MAX_PARSE_TOKENS
        from service.nlp.loader import stanza_version

        self.max_parse_tokens = max_parse_tokens or MAX_PARSE_TOKENS
        self.pipeline = pipeline
        # parse_all runs Stanza's full pipeline on every sentence (for comparison);
        # otherwise only sentences that can hold or attribute a quote are parsed.
        self.select = None if parse_all else sentences_to_parse
        # The fingerprints make every answer id follow the code and the models, so an upgrade
        # never serves an answer an older version computed.
        self.model = {"stanza": stanza_version(), "package": package, "extractor": __version__,
                      "code": code_fingerprint(), "models": models, "lemmas": lemmas}

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Engine:
        """The engine as the settings (default: the environment) describe it: Stanza's models
        from STANZA_DIR, loaded once per process."""
        from service.nlp.loader import shared_pipeline
        from service.settings import Settings

        settings = settings or Settings.from_env()
        pipeline = shared_pipeline(settings.stanza_dir, download=settings.stanza_download,
                                   torch_threads=settings.torch_threads,
                                   lemma_model=settings.lemma_model)
        return cls(pipeline, package=settings.stanza_package, parse_all=settings.parse_all,
                   max_parse_tokens=settings.max_parse_tokens,
                   models=models_fingerprint(settings.stanza_dir),
                   lemmas="model" if settings.lemma_model else "dictionary")

    def answer_id(self, text: str, options: dict[str, Any] | None = None) -> str:
        return answer_id(text, options or {}, self.model)

    def view(self, text: str, deadline: float | None = None) -> ArticleView:
        """Stanza's reading of text as the extraction stages see it (the scripts that train
        on the stages' signals read the same)."""
        from service.nlp.analyse import analyse

        return analyse(text, self.pipeline, select=self.select, repair=unglue, deadline=deadline,
                       max_parse_tokens=self.max_parse_tokens)

    def run(self, text: str, options: dict[str, Any] | None = None,
            deadline: float | None = None) -> dict[str, Any]:
        """The answer for text; deadline (time.monotonic()) raises BudgetExceeded if unmet."""
        t0 = time.perf_counter()
        view = self.view(text, deadline)
        t1 = time.perf_counter()
        result = extract(view)
        t2 = time.perf_counter()
        timing = {
            "nlp": round((t1 - t0) * 1000, 1),
            "extract": round((t2 - t1) * 1000, 1),
            "total": round((t2 - t0) * 1000, 1),
        }
        answer = to_answer(result, model=self.model, answer_id=self.answer_id(text, options),
                           timing_ms=timing)
        answer["warnings"] = [
            {"code": "sentence_not_parsed",
             "message": f"a sentence of {u.tokens} tokens is longer than the {u.limit} the "
                        "parser takes; quotes in it were found without its parse",
             "start": u.start, "end": u.end}
            for u in view.unparsed
        ]
        return answer
