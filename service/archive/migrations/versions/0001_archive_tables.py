"""The archive's tables: articles, the speaker registry (aliases, roles), quotes, claims,
fact-checks and matches, with full-text (PostgreSQL's indonesian configuration) and trigram
indexes.

Revision ID: 0001
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Trigram indexes for names and fuzzy matching (a contrib extension of PostgreSQL).
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        "articles",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("answer_id", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("text_hash"),
    )
    op.create_index(op.f("ix_articles_outlet"), "articles", ["outlet"], unique=False)
    op.create_index(op.f("ix_articles_published"), "articles", ["published"], unique=False)
    op.create_table(
        "factchecks",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("claim_reviewed", sa.Text(), nullable=False),
        sa.Column("rating", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("claimant", sa.Text(), nullable=True),
        sa.Column("date_published", sa.Date(), nullable=True),
        sa.Column(
            "tsv",
            postgresql.TSVECTOR(),
            sa.Computed("to_tsvector('indonesian', coalesce(claim_reviewed, ''))", persisted=True),
            nullable=True,
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_index(
        "ix_factchecks_trgm",
        "factchecks",
        ["claim_reviewed"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"claim_reviewed": "gin_trgm_ops"},
    )
    op.create_index(
        "ix_factchecks_tsv", "factchecks", ["tsv"], unique=False, postgresql_using="gin"
    )
    op.create_table(
        "speakers",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("merged_into", sa.BigInteger(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["merged_into"],
            ["speakers.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_speakers_key"), "speakers", ["key"], unique=False)
    op.create_index(
        "ix_speakers_name_trgm",
        "speakers",
        ["name"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"name": "gin_trgm_ops"},
    )
    op.create_table(
        "quotes",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.BigInteger(), nullable=False),
        sa.Column("speaker_id", sa.BigInteger(), nullable=True),
        sa.Column("local_id", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column(
            "tsv",
            postgresql.TSVECTOR(),
            sa.Computed("to_tsvector('indonesian', coalesce(text, ''))", persisted=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["speakers.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_quotes_article_id"), "quotes", ["article_id"], unique=False)
    op.create_index(op.f("ix_quotes_speaker_id"), "quotes", ["speaker_id"], unique=False)
    op.create_index("ix_quotes_tsv", "quotes", ["tsv"], unique=False, postgresql_using="gin")
    op.create_table(
        "speaker_aliases",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("speaker_id", sa.BigInteger(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["speaker_id"], ["speakers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("speaker_id", "alias"),
    )
    op.create_index("ix_speaker_aliases_alias", "speaker_aliases", ["alias"], unique=False)
    op.create_index(
        op.f("ix_speaker_aliases_speaker_id"), "speaker_aliases", ["speaker_id"], unique=False
    )
    op.create_index(
        "ix_speaker_aliases_trgm",
        "speaker_aliases",
        ["alias"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"alias": "gin_trgm_ops"},
    )
    op.create_table(
        "speaker_roles",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("speaker_id", sa.BigInteger(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["speaker_id"], ["speakers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("speaker_id", "role"),
    )
    op.create_index(
        op.f("ix_speaker_roles_speaker_id"), "speaker_roles", ["speaker_id"], unique=False
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.BigInteger(), nullable=False),
        sa.Column("quote_id", sa.BigInteger(), nullable=True),
        sa.Column("claimant_id", sa.BigInteger(), nullable=True),
        sa.Column("about_id", sa.BigInteger(), nullable=True),
        sa.Column("local_id", sa.String(length=16), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("standalone", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("checkworthy", sa.Float(), nullable=False),
        sa.Column(
            "quantities",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default="[]",
            nullable=False,
        ),
        sa.Column(
            "tsv",
            postgresql.TSVECTOR(),
            sa.Computed("to_tsvector('indonesian', coalesce(standalone, ''))", persisted=True),
            nullable=True,
        ),
        sa.ForeignKeyConstraint(
            ["about_id"],
            ["speakers.id"],
        ),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["claimant_id"],
            ["speakers.id"],
        ),
        sa.ForeignKeyConstraint(["quote_id"], ["quotes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_claims_article_id"), "claims", ["article_id"], unique=False)
    op.create_index(op.f("ix_claims_checkworthy"), "claims", ["checkworthy"], unique=False)
    op.create_index(op.f("ix_claims_claimant_id"), "claims", ["claimant_id"], unique=False)
    op.create_index(
        "ix_claims_standalone_trgm",
        "claims",
        ["standalone"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"standalone": "gin_trgm_ops"},
    )
    op.create_index("ix_claims_tsv", "claims", ["tsv"], unique=False, postgresql_using="gin")
    op.create_table(
        "matches",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("claim_id", sa.BigInteger(), nullable=False),
        sa.Column("other_claim_id", sa.BigInteger(), nullable=True),
        sa.Column("factcheck_id", sa.BigInteger(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("is_match", sa.Boolean(), nullable=False),
        sa.Column("reasons", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column(
            "computed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["factcheck_id"], ["factchecks.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_claim_id"], ["claims.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_matches_claim_id"), "matches", ["claim_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_matches_claim_id"), table_name="matches")
    op.drop_table("matches")
    op.drop_index("ix_claims_tsv", table_name="claims", postgresql_using="gin")
    op.drop_index(
        "ix_claims_standalone_trgm",
        table_name="claims",
        postgresql_using="gin",
        postgresql_ops={"standalone": "gin_trgm_ops"},
    )
    op.drop_index(op.f("ix_claims_claimant_id"), table_name="claims")
    op.drop_index(op.f("ix_claims_checkworthy"), table_name="claims")
    op.drop_index(op.f("ix_claims_article_id"), table_name="claims")
    op.drop_table("claims")
    op.drop_index(op.f("ix_speaker_roles_speaker_id"), table_name="speaker_roles")
    op.drop_table("speaker_roles")
    op.drop_index(
        "ix_speaker_aliases_trgm",
        table_name="speaker_aliases",
        postgresql_using="gin",
        postgresql_ops={"alias": "gin_trgm_ops"},
    )
    op.drop_index(op.f("ix_speaker_aliases_speaker_id"), table_name="speaker_aliases")
    op.drop_index("ix_speaker_aliases_alias", table_name="speaker_aliases")
    op.drop_table("speaker_aliases")
    op.drop_index("ix_quotes_tsv", table_name="quotes", postgresql_using="gin")
    op.drop_index(op.f("ix_quotes_speaker_id"), table_name="quotes")
    op.drop_index(op.f("ix_quotes_article_id"), table_name="quotes")
    op.drop_table("quotes")
    op.drop_index(
        "ix_speakers_name_trgm",
        table_name="speakers",
        postgresql_using="gin",
        postgresql_ops={"name": "gin_trgm_ops"},
    )
    op.drop_index(op.f("ix_speakers_key"), table_name="speakers")
    op.drop_table("speakers")
    op.drop_index("ix_factchecks_tsv", table_name="factchecks", postgresql_using="gin")
    op.drop_index(
        "ix_factchecks_trgm",
        table_name="factchecks",
        postgresql_using="gin",
        postgresql_ops={"claim_reviewed": "gin_trgm_ops"},
    )
    op.drop_table("factchecks")
    op.drop_index(op.f("ix_articles_published"), table_name="articles")
    op.drop_index(op.f("ix_articles_outlet"), table_name="articles")
    op.drop_table("articles")
