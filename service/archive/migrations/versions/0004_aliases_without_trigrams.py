"""Aliases lose their trigram index: PostgreSQL chose it even for an exact alias, at tens of
milliseconds a lookup against the btree's fraction of one. Fuzzy speaker search reads the
speakers' names (trigram) and their aliases by exact value or prefix (btree). And the name
words' index is kept without a pending list (fastupdate off): every ingest reads it, and a
search scans the whole pending list until a vacuum flushes it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_speaker_aliases_trgm", table_name="speaker_aliases")
    op.execute("ALTER INDEX ix_speakers_words SET (fastupdate = off)")
    op.execute("SELECT gin_clean_pending_list('ix_speakers_words'::regclass)")


def downgrade() -> None:
    op.execute("ALTER INDEX ix_speakers_words SET (fastupdate = on)")
    op.create_index("ix_speaker_aliases_trgm", "speaker_aliases", ["alias"],
                    postgresql_using="gin", postgresql_ops={"alias": "gin_trgm_ops"})
