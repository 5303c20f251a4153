"""Aliases lose their trigram index: PostgreSQL chose it even for an exact alias, at tens of
milliseconds a lookup against the btree's fraction of one. Fuzzy speaker search reads the
speakers' names (trigram) and their aliases by exact value or prefix (btree).

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


def downgrade() -> None:
    op.create_index("ix_speaker_aliases_trgm", "speaker_aliases", ["alias"],
                    postgresql_using="gin", postgresql_ops={"alias": "gin_trgm_ops"})
