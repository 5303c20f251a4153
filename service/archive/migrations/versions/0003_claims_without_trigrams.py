"""Claims lose their trigram index: it cost a third of every ingest, and matching finds
earlier claims through the full-text index (two of the claim's most telling words), which
the Indonesian stemmer makes robust to a rewording's word forms. Fact-checks, few and seldom
written, keep theirs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_claims_standalone_trgm", table_name="claims")


def downgrade() -> None:
    op.create_index("ix_claims_standalone_trgm", "claims", ["standalone"],
                    postgresql_using="gin", postgresql_ops={"standalone": "gin_trgm_ops"})
