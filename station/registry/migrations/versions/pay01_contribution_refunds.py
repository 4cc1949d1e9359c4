"""contribution_payment: refunds (a negative amount), and payments outlive a withdrawal

A membership not begun yet with contributions paid towards it could be neither ended nor
withdrawn: the office kept counting it and the person could not get their money back. A
refund is now a row of its own, with a negative amount and its own receipt number, so the net
paid is the sum of the rows; the check on the amount becomes "not zero". The refunded
membership is then withdrawn (its row goes, as every withdrawal's), so the payments no longer
hold a foreign key to it: they keep its id, as its ``programme.withdraw`` audit event does.

Revision ID: pay01
Revises: mem01
Create Date: 2026-11-24 00:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "pay01"
down_revision = "mem01"
branch_labels = None
depends_on = None

TABLE = "contribution_payment"
CHECK = "ck_contribution_payment_amount"
FOREIGN_KEY = "fk_contribution_payment_membership_id_programme_membership"


def _table(*, refunds: bool) -> sa.Table:
    """The table as it stands with refunds (``refunds``) or before them: what SQLite's batch
    mode copies the rows into (it reflects no CHECK constraint by itself)."""
    meta = sa.MetaData()
    sa.Table("programme_membership", meta, sa.Column("id", sa.String(36), primary_key=True))
    membership = (sa.Column("membership_id", sa.String(36), nullable=False) if refunds else
                  sa.Column("membership_id", sa.String(36),
                            sa.ForeignKey("programme_membership.id", name=FOREIGN_KEY),
                            nullable=False))
    return sa.Table(
        TABLE, meta,
        sa.Column("id", sa.String(36), nullable=False),
        membership,
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("receipt_no", sa.String(96), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.String(36), nullable=True),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.CheckConstraint("amount_minor <> 0" if refunds else "amount_minor > 0", name=CHECK),
        sa.PrimaryKeyConstraint("id", name="pk_contribution_payment"),
        sa.UniqueConstraint("receipt_no", name="uq_contribution_payment_receipt_no"),
        sa.Index("ix_contribution_payment_membership_id", "membership_id"),
    )


def _change(*, refunds: bool) -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(TABLE, copy_from=_table(refunds=refunds),
                                  recreate="always"):
            pass
        return
    if refunds:
        op.drop_constraint(op.f(FOREIGN_KEY), TABLE, type_="foreignkey")
    op.drop_constraint(op.f(CHECK), TABLE, type_="check")
    op.create_check_constraint(op.f(CHECK), TABLE,
                               "amount_minor <> 0" if refunds else "amount_minor > 0")
    if not refunds:
        op.create_foreign_key(op.f(FOREIGN_KEY), TABLE, "programme_membership",
                              ["membership_id"], ["id"])


def upgrade() -> None:
    _change(refunds=True)


def downgrade() -> None:
    _refuse_refunds()
    _change(refunds=False)


def _refuse_refunds() -> None:
    """Stop, before changing anything, at rows the schema before pay01 cannot hold: refunds
    (a negative amount) and payments towards a membership no longer on file (withdrawn with
    its refund). Money records are never dropped to go back; the database's own CHECK or
    FOREIGN KEY error said neither why nor what to do."""
    from station.errors import IntegrityFailure

    bind = op.get_bind()
    refunds = bind.scalar(sa.text(f"SELECT count(*) FROM {TABLE} WHERE amount_minor < 0"))
    orphans = bind.scalar(sa.text(
        f"SELECT count(*) FROM {TABLE} p WHERE NOT EXISTS (SELECT 1 FROM "
        "programme_membership m WHERE m.id = p.membership_id)"))
    if refunds or orphans:
        raise IntegrityFailure(
            f"the registry holds {refunds} refund(s) and {orphans} payment row(s) of "
            "memberships withdrawn since migration pay01, which the schema before it cannot "
            "hold (amounts above zero, each towards a membership on file): it stays at "
            "pay01, nothing was changed")
