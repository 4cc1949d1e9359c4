"""operator: disabled (when, by whom) and must-change-password

A clerk who leaves must stop being able to sign in at once, while everything they recorded
keeps naming them: the operator row is never deleted, these columns say since when and by
whom it is disabled. A password a supervisor reset is temporary: the operator must choose
their own at the next sign-in.

Revision ID: ops01
Revises: dth01
Create Date: 2026-11-23 03:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "ops01"
down_revision = "dth01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: a batch copy of the operator table would have to drop
    # it, which the foreign keys pointing at it (enrolments, cases...) refuse
    op.add_column("operator", sa.Column("disabled_at", sa.DateTime(), nullable=True))
    op.add_column("operator", sa.Column("disabled_by", sa.String(length=36), nullable=True))
    op.add_column("operator", sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                        server_default=sa.false()))


def downgrade() -> None:
    # plain DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch copy of the operator table would
    # have to drop it, which the foreign keys pointing at it refuse
    for column in ("must_change_password", "disabled_by", "disabled_at"):
        op.drop_column("operator", column)
