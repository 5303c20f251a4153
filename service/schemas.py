"""Request and response schemas: the contract of ../shared/docs/CONTRACT.md in marshmallow.

flask-smorest builds the OpenAPI document from these; the request schema also validates.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import marshmallow as ma
from marshmallow import fields, validate

SUPPORTED_LANGUAGES = ("id",)
# Metadata is copied into answers and drafts (a title into every ClaimReview draft), so each
# field is bounded: what a real headline or address needs, never a way to amplify a request.
MAX_TITLE_CHARS = 1000
MAX_URL_CHARS = 2048
_URL_PATTERN = r"^https?://[^\x00-\x20/?#]+[^\x00-\x20]*$"
EARLIEST_DATE = date(1900, 1, 1)


_BLANK = "text must not be blank"


def is_blank(value: str) -> bool:
    """Empty or white space alone (str.isspace: Unicode white space, as the patterns' \\s)."""
    return not value or value.isspace()


class NotBlank(validate.Regexp):
    """Some character that is not white space: validate.Regexp(r"[\\s\\S]*\\S"), so the spec
    states the pattern, checked by str.isspace (the same Unicode white space as the regular
    expression's \\s) instead of a scan of a long article to its end and back."""

    def __init__(self) -> None:
        super().__init__(r"[\s\S]*\S", error=_BLANK)

    def __call__(self, value):  # text fields only: a str
        if is_blank(value):
            raise ma.ValidationError(_BLANK)
        return value


_LATEST_YEAR = date.today().year + 1
# The same range as a pattern, so the spec states it: years 1900 to next year.
_YEARS = "|".join(["19\\d\\d"] + [f"{decade}\\d" for decade in range(200, _LATEST_YEAR // 10)]
                  + [f"{_LATEST_YEAR // 10}[0-{_LATEST_YEAR % 10}]"])
DATE_PATTERN = f"^({_YEARS})-[0-9]{{2}}-[0-9]{{2}}$"


def _plausible_date(value: date) -> None:
    """An article's date: from 1900 to the end of next year (a clock or time zone ahead)."""
    latest = date(date.today().year + 1, 12, 31)
    if not EARLIEST_DATE <= value <= latest:
        raise ma.ValidationError(f"date must be between {EARLIEST_DATE.isoformat()} and "
                                 f"{latest.isoformat()}")


def _title_field() -> fields.String:
    return fields.String(load_default=None, allow_none=True,
                         validate=validate.Length(max=MAX_TITLE_CHARS),
                         metadata={"description": f"Optional headline (at most "
                                                  f"{MAX_TITLE_CHARS} characters)."})


def _url_field(description: str) -> fields.String:
    # A pattern rather than fields.Url, so the spec states exactly what is accepted.
    return fields.String(load_default=None, allow_none=True,
                         validate=[validate.Length(max=MAX_URL_CHARS),
                                   validate.Regexp(_URL_PATTERN,
                                                   error="url must be an http(s) address")],
                         metadata={"description": f"{description} (at most {MAX_URL_CHARS} "
                                                  "characters)."})


class ExtractRequestSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE

    text = fields.String(
        required=True,
        # Non-blank. The length limit is a setting, so it is described rather than declared.
        validate=NotBlank(),
        metadata={"description": "The article text: not blank, at most MAX_TEXT_CHARS "
                                 "characters (200,000 by default; longer gets 413)."},
    )
    title = _title_field()
    language = fields.String(
        load_default="id",
        validate=validate.OneOf(SUPPORTED_LANGUAGES, error="language must be one of: {choices}"),
        metadata={"description": "Only Indonesian ('id') is supported."},
    )


class ClaimReviewRequestSchema(ExtractRequestSchema):
    url = _url_field("Where the article appeared (the claim's appearance)")
    published = fields.Date(load_default=None, allow_none=True, validate=_plausible_date,
                            metadata={"pattern": DATE_PATTERN,
                                      "description": "The article's date (ISO 8601), from "
                                                     "1900 to the end of next year."})
    publisher = fields.String(load_default=None, allow_none=True,
                              validate=validate.Length(max=200),
                              metadata={"description": "The outlet; the author of claims the "
                                                       "article asserts itself."})
    reviewer = fields.String(load_default=None, allow_none=True,
                             validate=validate.Length(max=200),
                             metadata={"description": "The fact-checking organisation, the "
                                                      "ClaimReview's author."})
    min_checkworthy = fields.Float(load_default=0.5, validate=validate.Range(0, 1),
                                   metadata={"description": "Claims at or above this score."})


class SpanSchema(ma.Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class MentionSchema(SpanSchema):
    kind = fields.String(required=True, validate=validate.OneOf(
        ("name", "name_part", "pronoun", "clitic", "description", "cataphora")), metadata={
        "description": "How the quote names its speaker: a name, part of a fuller name, a "
                       "pronoun, a -nya clitic, a description, or a description before the "
                       "name it belongs to (cataphora)"})


class CueSchema(SpanSchema):
    lemma = fields.String(required=True)


class SpeakerRefSchema(ma.Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)


class SpeakerSchema(ma.Schema):
    id = fields.String(required=True)
    name = fields.String(required=True)
    roles = fields.List(fields.String(), required=True)
    kind = fields.String(required=True, validate=validate.OneOf(("person", "organization")))
    mentions = fields.List(fields.Nested(SpanSchema), required=True)


class QuoteSchema(ma.Schema):
    id = fields.String(required=True)
    type = fields.String(required=True, validate=validate.OneOf(("direct", "indirect", "mixed")))
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    speaker = fields.Nested(SpeakerRefSchema, allow_none=True, required=True)
    speaker_mention = fields.Nested(MentionSchema, allow_none=True, required=True)
    cue = fields.Nested(CueSchema, allow_none=True, required=True)
    sentence = fields.Integer(required=True)
    confidence = fields.Float(required=True)


class EvidenceSchema(ma.Schema):
    numbers = fields.List(fields.String(), required=True)
    entities = fields.List(fields.String(), required=True)
    comparison = fields.Boolean(required=True)
    named_source = fields.Boolean(required=True, metadata={
        "description": "the claim is attributed to a named speaker"})


class QuantitySchema(ma.Schema):
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    value = fields.Float(required=True)
    unit = fields.String(allow_none=True, required=True, metadata={
        "description": "IDR, USD, ... for money; percent or percentage_point; the counted noun; "
                       "the unit of a measure or duration"})
    kind = fields.String(required=True, validate=validate.OneOf(
        ["money", "percent", "count", "measure", "rank", "date", "duration"]))
    qualifier = fields.String(allow_none=True, required=True, validate=validate.OneOf(
        ["more_than", "less_than", "about", "nearly", "at_least", "at_most"]))


class ClaimSchema(ma.Schema):
    id = fields.String(required=True)
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    sentence = fields.Integer(required=True)
    type = fields.String(required=True, validate=validate.OneOf(
        ["quantity", "causal", "rule", "prediction", "event"]))
    quantities = fields.List(fields.Nested(QuantitySchema), required=True)
    quote = fields.String(allow_none=True, required=True)
    speaker = fields.Nested(SpeakerRefSchema, allow_none=True, required=True)
    about = fields.Nested(SpeakerRefSchema, allow_none=True, required=True, metadata={
        "description": "The entity the claim's subject refers to when that subject is a "
                       "pronoun or a description ('perusahaan tersebut' -> OpenAI), else null"})
    standalone = fields.String(required=True, metadata={
        "description": "The claim's text with that subject written out, readable alone"})
    checkworthy = fields.Float(required=True, validate=validate.Range(0, 1))
    evidence = fields.Nested(EvidenceSchema, required=True)


class ModelSchema(ma.Schema):
    stanza = fields.String(required=True)
    package = fields.String(required=True)
    extractor = fields.String(required=True)
    code = fields.String(metadata={"description": "Fingerprint of the extraction code"})
    models = fields.String(metadata={"description": "Fingerprint of the model files"})
    lemmas = fields.String(validate=validate.OneOf(("dictionary", "model")), metadata={
        "description": "How words were lemmatised: Stanza's lemma dictionary alone, or with "
                       "its seq2seq model for unknown words (LEMMA_MODEL=1)"})


class TimingSchema(ma.Schema):
    nlp = fields.Float(required=True)
    extract = fields.Float(required=True)
    total = fields.Float(required=True)


class WarningSchema(ma.Schema):
    code = fields.String(required=True, metadata={
        "description": "sentence_not_parsed: a sentence longer than MAX_PARSE_TOKENS was "
                       "not dependency-parsed; quotes in it were found without its parse"})
    message = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class ExtractResponseSchema(ma.Schema):
    id = fields.String(required=True)
    cached = fields.Boolean(required=True)
    model = fields.Nested(ModelSchema, required=True)
    speakers = fields.List(fields.Nested(SpeakerSchema), required=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    claims = fields.List(fields.Nested(ClaimSchema), required=True)
    timing_ms = fields.Nested(TimingSchema, required=True)
    warnings = fields.List(fields.Nested(WarningSchema), required=True, metadata={
        "description": "What Kutip could not do fully for this article (empty when nothing)"})


class ErrorBodySchema(ma.Schema):
    code = fields.String(required=True, metadata={"description": "Machine-readable error code."})
    message = fields.String(required=True)
    details = fields.Dict(required=True)


class ErrorSchema(ma.Schema):
    error = fields.Nested(ErrorBodySchema, required=True)


class HealthSchema(ma.Schema):
    status = fields.String(required=True)


class ReadySchema(ma.Schema):
    status = fields.String(required=True)
    models = fields.Boolean(required=True)
    cache = fields.String(required=True, metadata={"description": "redis or memory"})
    cache_ok = fields.Boolean(required=True, metadata={
        "description": "the cache answers and accepts writes"})
    jobs = fields.String(metadata={
        "description": "off (no Redis for jobs), ok, evictable (its Redis may drop job keys "
                       "when full), unreachable"})
    reason = fields.String(allow_none=True)


class ClaimReviewSchema(ma.Schema):
    """A schema.org ClaimReview draft (JSON-LD); no reviewRating: the verdict is the
    fact-checker's."""

    class Meta:
        include: ClassVar[dict] = {
            "@context": fields.String(required=True),
            "@type": fields.String(required=True),
            "itemReviewed": fields.Dict(required=True, metadata={
                "description": "A schema.org Claim: author (Person or Organization, jobTitle "
                               "from the roles), appearance (the url), datePublished"}),
        }

    claimReviewed = fields.String(required=True)
    author = fields.Dict(required=True, metadata={
        "description": "The fact-checking organisation (the request's reviewer)"})
    identifier = fields.String(required=True, metadata={"description": "answer id#claim id"})


class ArticleItemSchema(ma.Schema):
    """One article of a batch job."""

    class Meta:
        unknown = ma.EXCLUDE

    id = fields.String(required=True, validate=validate.Length(min=1, max=200),
                       metadata={"description": "The client's id for the article"})
    text = fields.String(required=True,
                         validate=NotBlank())
    title = _title_field()
    url = _url_field("Where the article appeared")
    outlet = fields.String(load_default=None, allow_none=True,
                           validate=validate.Length(max=200),
                           metadata={"description": "The outlet (stored with archive: true)"})
    published = fields.Date(load_default=None, allow_none=True, validate=_plausible_date,
                            metadata={"pattern": DATE_PATTERN,
                                      "description": "The article's date (ISO 8601)"})


class JobRequestSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE

    # Items are checked one by one, not here: an invalid item (no id or text, blank or
    # over-long text, not an object) does not fail the job; it becomes that article's error.
    articles = fields.List(
        fields.Raw(metadata={"description": '{"id": "client id", "text": "…", "title"?, '
                                            '"url"?}, as ArticleItem'}),
        required=True, validate=validate.Length(min=1),
        metadata={"description": "At most MAX_JOB_ARTICLES (1000); the body at most "
                                 "MAX_JOB_BYTES. Invalid items become error results."})
    archive = fields.Boolean(load_default=False, metadata={
        "description": "Also store each answered article in the archive (DATABASE_URL; "
                       "503 archive_unavailable without it). Each result then says "
                       "\"archived\": the article's archive id, or why it was not stored."})


class JobSchema(ma.Schema):
    id = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(["queued", "running",
                                                                    "done"]))
    total = fields.Integer(required=True)
    done = fields.Integer(required=True)
    failed = fields.Integer(required=True)
    created = fields.String(required=True)
    updated = fields.String(required=True)


class JobResultItemSchema(ma.Schema):
    article = fields.String(required=True)
    answer = fields.Nested(ExtractResponseSchema, metadata={"description": "when answered"})
    error = fields.Nested(ErrorBodySchema, metadata={"description": "when it failed"})


class JobResultsSchema(ma.Schema):
    job = fields.Nested(JobSchema, required=True)
    items = fields.List(fields.Nested(JobResultItemSchema), required=True)
    next_cursor = fields.Integer(allow_none=True, required=True)


# -- the archive ----------------------------------------------------------------------------

QUOTE_TYPES = ("direct", "indirect", "mixed")
CLAIM_TYPES = ("quantity", "causal", "rule", "prediction", "event")


class ArchiveRequestSchema(ExtractRequestSchema):
    url = _url_field("Where the article appeared")
    published = fields.Date(load_default=None, allow_none=True, validate=_plausible_date,
                            metadata={"pattern": DATE_PATTERN,
                                      "description": "The article's date (ISO 8601)."})
    outlet = fields.String(load_default=None, allow_none=True,
                           validate=validate.Length(max=200),
                           metadata={"description": "The outlet that published it."})


# The largest id PostgreSQL's bigint holds: a larger one names nothing stored.
MAX_ID = 2**63 - 1
_ID = validate.Range(1, MAX_ID)


def is_storable_text(value: str) -> bool:
    """No NUL and no half of a UTF-16 pair (UTF-8 cannot encode one, "\\ud800" in JSON):
    text PostgreSQL can store. Two checks in C, where a scan of every request's whole article
    by a pattern cost more than the rest of reading it."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# Storable text as patterns, so the spec states what is_storable_text checks: no NUL, no
# half of a UTF-16 pair; and, not blank, one character at least that is no white space.
_UNSTORABLE = r"\x00\ud800-\udfff"
_STORABLE_CHAR = rf"[^{_UNSTORABLE}]"
STORABLE_PATTERN = rf"^{_STORABLE_CHAR}*$"
STORABLE_NOT_BLANK_PATTERN = rf"^{_STORABLE_CHAR}*[^\s{_UNSTORABLE}]{_STORABLE_CHAR}*$"


class StorableText(validate.Regexp):
    """A field PostgreSQL stores or searches with: it refuses NUL, and UTF-8 has no lone
    surrogate; not_blank: some character is no white space too. A Regexp so the spec states
    the pattern (one pattern a field, so both rules in one), checked in C by
    is_storable_text and str.isspace."""

    def __init__(self, *, not_blank: bool = False) -> None:
        super().__init__(STORABLE_NOT_BLANK_PATTERN if not_blank else STORABLE_PATTERN)
        self.not_blank = not_blank

    def __call__(self, value):  # text fields only: a str
        if not is_storable_text(value):
            raise ma.ValidationError("text holds NUL or a lone surrogate, which PostgreSQL "
                                     "cannot store")
        if self.not_blank and is_blank(value):
            raise ma.ValidationError(_BLANK)
        return value


_storable = StorableText()


class _PageArgs(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    cursor = fields.String(load_default=None, validate=[validate.Length(max=500),
                                                         _storable],
                           metadata={"description": "next_cursor of the page before."})
    limit = fields.Integer(load_default=20, validate=validate.Range(1, 100))


class QuoteSearchArgs(_PageArgs):
    q = fields.String(load_default=None, validate=[validate.Length(max=500), _storable],
                      metadata={"description": "Words, searched with PostgreSQL's Indonesian "
                                               "stemmer (websearch syntax: \"…\", or, -)."})
    speaker = fields.Integer(load_default=None, validate=_ID,
                             metadata={"description": "A registry speaker id."})
    type = fields.String(load_default=None, validate=validate.OneOf(QUOTE_TYPES))
    outlet = fields.String(load_default=None, validate=[validate.Length(max=200),
                                                        _storable])
    since = fields.Date(load_default=None)
    until = fields.Date(load_default=None)


class ClaimSearchArgs(_PageArgs):
    q = fields.String(load_default=None, validate=[validate.Length(max=500), _storable])
    claimant = fields.Integer(load_default=None, validate=_ID)
    type = fields.String(load_default=None, validate=validate.OneOf(CLAIM_TYPES))
    min_checkworthy = fields.Float(load_default=None, validate=validate.Range(0, 1))


class SpeakerSearchArgs(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    q = fields.String(required=True, validate=[validate.Length(min=1, max=200),
                                               _storable])
    limit = fields.Integer(load_default=20, validate=validate.Range(1, 100))


class MergeRequestSchema(ma.Schema):
    other = fields.Integer(required=True, validate=_ID,
                           metadata={"description": "The speaker merged into this one."})


class SplitRequestSchema(ma.Schema):
    quotes = fields.List(fields.Integer(validate=_ID), required=True,
                         validate=validate.Length(min=1, max=1000),
                         metadata={"description": "Quote ids that belong to someone else."})
    name = fields.String(required=True, validate=[validate.Length(min=1, max=200),
                                                  _storable],
                         metadata={"description": "That other speaker's name."})


class MatchRequestSchema(ma.Schema):
    text = fields.String(required=True, validate=[
        validate.Length(min=1, max=5000), StorableText(not_blank=True)])
    claimant = fields.String(load_default=None, allow_none=True,
                             validate=[validate.Length(max=200), _storable])
    limit = fields.Integer(load_default=10, validate=validate.Range(1, 50))


class ScoredSchema(ma.Schema):
    kind = fields.String(required=True, metadata={"description": "claim or factcheck"})
    id = fields.Integer(required=True)
    text = fields.String(required=True)
    score = fields.Float(required=True)
    match = fields.Boolean(required=True, metadata={
        "description": "Above the precision-tuned threshold, and no changed figure."})
    reasons = fields.Dict(required=True, metadata={
        "description": "shared_terms, term_overlap, trigram, same_figure, changed_figure, "
                       "same_claimant, source."})


class MatchResultSchema(ma.Schema):
    matches = fields.List(fields.Nested(ScoredSchema), required=True)


class PageSchema(ma.Schema):
    items = fields.List(fields.Dict(), required=True)
    next_cursor = fields.String(allow_none=True, required=True)


class ArchivedSchema(ma.Schema):
    article = fields.Dict(required=True)
    quotes = fields.List(fields.Dict(), required=True)
    claims = fields.List(fields.Dict(), required=True)


class SpeakerProfileSchema(ma.Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True)
    aliases = fields.List(fields.String(), required=True)
    roles = fields.List(fields.Dict(), required=True)
    by_month = fields.List(fields.Dict(), required=True)
    latest_quotes = fields.List(fields.Dict(), required=True)
    latest_claims = fields.List(fields.Dict(), required=True)


class FactCheckImportSchema(ma.Schema):
    stored = fields.Integer(required=True)
    new = fields.Integer(required=True)


class ItemsSchema(ma.Schema):
    items = fields.List(fields.Dict(), required=True)


class ClaimMatchesSchema(ma.Schema):
    claim = fields.Dict(required=True)
    matches = fields.List(fields.Nested(ScoredSchema), required=True)
    cluster = fields.List(fields.Nested(ScoredSchema), required=True, metadata={
        "description": "The claim's matched repeats in other articles: who, where, when."})
