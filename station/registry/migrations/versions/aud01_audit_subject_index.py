"""audit_event: index on subject_id

A person's consent is read from their audit events (their enrolment's, and each consent asked
again since: :mod:`station.model.consent`) every time the clerk selects them, a receipt is
printed or ``sws person show`` runs; a payment copy reads its payment's own event the same way.
Without an index that read scanned every event of its action (one ``person.enrol`` per person
ever registered).

Revision ID: aud01
Revises: num01
Create Date: 2026-11-24 19:00:00
"""

from __future__ import annotations

from alembic import op

revision = "aud01"
down_revision = "num01"
branch_labels = None
depends_on = None

INDEX = "ix_audit_event_subject_id"


def upgrade() -> None:
    op.create_index(INDEX, "audit_event", ["subject_id"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="audit_event")
