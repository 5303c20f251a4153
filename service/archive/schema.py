"""The archive's tables (SQLAlchemy 2). Migrations in migrations/ create them; this module is
what the code queries and what Alembic compares against."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Computed,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, TSVECTOR
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# PostgreSQL's own Indonesian text-search configuration (snowball stemmer, stop words).
TS_CONFIG = "indonesian"


def _tsv(column: str) -> Computed:
    return Computed(f"to_tsvector('{TS_CONFIG}', coalesce({column}, ''))", persisted=True)


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the text
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    answer_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True),
                                                    server_default=func.now())


class Speaker(Base):
    """The registry: one row a person or organisation across articles. A merged speaker
    keeps its row, pointing at the one it was merged into."""

    __tablename__ = "speakers"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(Text, index=True)  # registry.name_key(name)
    words = mapped_column(ARRAY(Text), nullable=False, server_default="{}")  # the key's words
    kind: Mapped[str] = mapped_column(String(16))
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True),
                                                    server_default=func.now())
    __table_args__ = (Index("ix_speakers_name_trgm", "name", postgresql_using="gin",
                            postgresql_ops={"name": "gin_trgm_ops"}),
                      Index("ix_speakers_words", "words", postgresql_using="gin",
                            postgresql_with={"fastupdate": "off"}))


class SpeakerAlias(Base):
    __tablename__ = "speaker_aliases"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"),
                                            index=True)
    alias: Mapped[str] = mapped_column(Text)  # a name key: lower case, titles off
    __table_args__ = (UniqueConstraint("speaker_id", "alias"),
                      Index("ix_speaker_aliases_alias", "alias"),
                      Index("ix_speaker_aliases_prefix", "alias",
                            postgresql_ops={"alias": "text_pattern_ops"}))


class SpeakerRole(Base):
    """A role a speaker held, with the first and last article dates it was seen."""

    __tablename__ = "speaker_roles"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"),
                                            index=True)
    role: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)
    __table_args__ = (UniqueConstraint("speaker_id", "role"),)


class Quote(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"), index=True)
    local_id: Mapped[str] = mapped_column(String(16))  # the answer's "q3"
    type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    cue: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    tsv = mapped_column(TSVECTOR, _tsv("text"))
    __table_args__ = (Index("ix_quotes_tsv", "tsv", postgresql_using="gin"),)


class Claim(Base):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)
    quote_id: Mapped[int | None] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    claimant_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"), index=True)
    about_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"))
    local_id: Mapped[str] = mapped_column(String(16))
    type: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    standalone: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    checkworthy: Mapped[float] = mapped_column(Float, index=True)
    quantities = mapped_column(JSONB, nullable=False, server_default="[]")
    tsv = mapped_column(TSVECTOR, _tsv("standalone"))
    __table_args__ = (Index("ix_claims_tsv", "tsv", postgresql_using="gin"),)


class FactCheck(Base):
    """A fact-check as schema.org ClaimReview gives it."""

    __tablename__ = "factchecks"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # the URL's, else the claim's
    claim_reviewed: Mapped[str] = mapped_column(Text)
    rating: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    claimant: Mapped[str | None] = mapped_column(Text)
    date_published: Mapped[dt.date | None] = mapped_column(Date)
    tsv = mapped_column(TSVECTOR, _tsv("claim_reviewed"))
    __table_args__ = (Index("ix_factchecks_tsv", "tsv", postgresql_using="gin"),
                      Index("ix_factchecks_trgm", "claim_reviewed", postgresql_using="gin",
                            postgresql_ops={"claim_reviewed": "gin_trgm_ops"}))


class Match(Base):
    """A match found for an archived claim: an earlier claim or a fact-check, as last
    computed (GET /v1/claims/{id}/matches refreshes it)."""

    __tablename__ = "matches"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"),
                                          index=True)
    other_claim_id: Mapped[int | None] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"))
    factcheck_id: Mapped[int | None] = mapped_column(
        ForeignKey("factchecks.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    is_match: Mapped[bool]
    reasons = mapped_column(JSONB, nullable=False)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True),
                                                     server_default=func.now())
