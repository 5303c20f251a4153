"""Speakers' name words as an array (GIN) and aliases by prefix (btree): linking a name looks
up the speakers whose words hold it or it holds, and blends by their opening letters,
through indexes instead of comparing every alias by trigrams.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("speakers", sa.Column("words", postgresql.ARRAY(sa.Text()), nullable=True))
    # Existing speakers: their key's words (the key is lower-case words joined by spaces).
    op.execute("UPDATE speakers SET words = string_to_array(key, ' ')")
    op.alter_column("speakers", "words", nullable=False, server_default="{}")
    op.create_index("ix_speakers_words", "speakers", ["words"], postgresql_using="gin")
    op.create_index("ix_speaker_aliases_prefix", "speaker_aliases", ["alias"],
                    postgresql_ops={"alias": "text_pattern_ops"})


def downgrade() -> None:
    op.drop_index("ix_speaker_aliases_prefix", table_name="speaker_aliases")
    op.drop_index("ix_speakers_words", table_name="speakers")
    op.drop_column("speakers", "words")
