"""audit_event: index on action

Every receipt number and grievance reference now reads the registry's restores (its
``registry.restore`` audit events, :mod:`station.services.numbering`) to know whether the day
is numbered from a restore's block. Without an index that read scanned the whole audit trail,
which holds an event for everything the station ever did: a tenth of a second per receipt at
half a million events, more every year.

Revision ID: num01
Revises: grv01
Create Date: 2026-11-24 11:00:00
"""

from __future__ import annotations

from alembic import op

revision = "num01"
down_revision = "grv01"
branch_labels = None
depends_on = None

INDEX = "ix_audit_event_action"


def upgrade() -> None:
    op.create_index(INDEX, "audit_event", ["action"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="audit_event")
