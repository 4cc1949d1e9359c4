"""outbox: index on (kind, record_id)

`sws person show` and card issue read what the station sent about one record (the centre's
answer about a person) by kind and record id; without an index that read scanned the whole
outbox, which holds every record a station ever made.

Revision ID: ob02
Revises: svc01
Create Date: 2026-11-22 23:50:00
"""

from __future__ import annotations

from alembic import op

revision = "ob02"
down_revision = "svc01"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_kind_record", ["kind", "record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_outbox_kind_record")
