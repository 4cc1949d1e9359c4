"""contribution_payment: amounts in 64 bits

The amount column was a 32-bit integer: on PostgreSQL a payment past 2,147,483,647 minor
units, or the refund of payments adding up past it, failed with a database error. In a
currency with small units (riel, rupiah) a year of a health premium passes it. The column
becomes a 64-bit integer; every row is kept as it was (SQLite copies the table, which held
64 bits whatever it declared).

Revision ID: pay02
Revises: pay01
Create Date: 2026-11-24 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "pay02"
down_revision = "pay01"
branch_labels = None
depends_on = None

TABLE = "contribution_payment"
CHECK = "ck_contribution_payment_amount"
#: The largest amount a 32-bit column holds (the schema before pay02).
MAX_32 = 2**31 - 1


def _table(amount: sa.types.TypeEngine[int]) -> sa.Table:
    """The table as pay01 left it, with the amount's type ``amount``: what SQLite's batch
    mode copies the rows into (it reflects no CHECK constraint by itself)."""
    return sa.Table(
        TABLE, sa.MetaData(),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("membership_id", sa.String(36), nullable=False),
        sa.Column("amount_minor", amount, nullable=False),
        sa.Column("currency", sa.String(8), nullable=False),
        sa.Column("receipt_no", sa.String(96), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.String(36), nullable=True),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.CheckConstraint("amount_minor <> 0", name=CHECK),
        sa.PrimaryKeyConstraint("id", name="pk_contribution_payment"),
        sa.UniqueConstraint("receipt_no", name="uq_contribution_payment_receipt_no"),
        sa.Index("ix_contribution_payment_membership_id", "membership_id"),
    )


def _change(to: sa.types.TypeEngine[int], was: sa.types.TypeEngine[int]) -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table(TABLE, copy_from=_table(to), recreate="always"):
            pass
        return
    op.alter_column(TABLE, "amount_minor", type_=to, existing_type=was,
                    existing_nullable=False)


def upgrade() -> None:
    _change(sa.BigInteger(), sa.Integer())


def downgrade() -> None:
    _refuse_big_amounts()
    _change(sa.Integer(), sa.BigInteger())


def _refuse_big_amounts() -> None:
    """Stop, before changing anything, at amounts a 32-bit column cannot hold: money records
    are never cut or dropped to go back, and the database's own error said neither why nor
    what to do."""
    from station.errors import IntegrityFailure

    big = op.get_bind().scalar(sa.text(
        f"SELECT count(*) FROM {TABLE} WHERE amount_minor > {MAX_32} "
        f"OR amount_minor < -{MAX_32}"))
    if big:
        raise IntegrityFailure(
            f"the registry holds {big} payment or refund row(s) of more than {MAX_32} minor "
            "units, which the schema before migration pay02 cannot hold (32-bit amounts): "
            "it stays at pay02, nothing was changed")
