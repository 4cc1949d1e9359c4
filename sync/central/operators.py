"""The centre's operators: named people with their own tokens and roles, and their trail.

An adjudicator's decision refuses a person a card, and approving a station lets its records
into the national registry: both must be traceable to a person. With one shared admin token
anybody holding it could decide under any name. Each operator now has a token of their own
(shown once when made, kept only as its SHA-256: tokens are 256-bit random strings, so a
plain hash is enough), a role, and every call they make is written to ``operator_actions``.

The service's ``SWS_CENTRAL_ADMIN_TOKEN`` stays as the bootstrap admin (to set up the first
operators and for scripts); its actions are recorded as ``(admin token)``, and an adjudication
decided with it must name the adjudicator, marked as given, not proven.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from sync.central import schema as t
from sync.central.expiry import iso
from sync.errors import CentralConfigError

ADMIN, ADJUDICATOR = "admin", "adjudicator"
ROLES = (ADMIN, ADJUDICATOR)
BOOTSTRAP = "(admin token)"
#: Who the trail names for changes made on the database itself (`sws central operator`).
DATABASE = "(database)"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,47}$")
TOKEN_PREFIX = "swsop_"


@dataclass(frozen=True)
class Operator:
    name: str
    role: str

    @property
    def bootstrap(self) -> bool:
        return self.name == BOOTSTRAP

    def may(self, role: str) -> bool:
        """Admins may do everything; an adjudicator only adjudication."""
        return self.role == ADMIN or self.role == role


def _hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


def add_operator(conn: sa.Connection, name: str, role: str, now: datetime) -> str:
    """Make operator ``name`` with ``role``; return their token (shown once, never stored)."""
    if not _NAME.match(name):
        raise CentralConfigError(f"{name!r} is not an operator name (letters, digits, "
                                 "'.', '_', '@', '-'; at most 48)")
    if role not in ROLES:
        raise CentralConfigError(f"an operator's role is one of {', '.join(ROLES)}")
    if conn.execute(sa.select(t.operators.c.name).where(t.operators.c.name == name)).first():
        raise CentralConfigError(f"there is already an operator {name!r} (revoke that one "
                                 "and choose another name)")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    conn.execute(t.operators.insert().values(name=name, role=role, token_hash=_hash(token),
                                             created_at=now, revoked_at=None))
    record(conn, Operator(DATABASE, ADMIN), "operator_add", name, role, now)
    return token


def active_operator(conn: sa.Connection, name: str) -> dict[str, Any]:
    """The active operator ``name`` as :func:`list_operators` gives them (whose token
    :func:`revoke_operator` would stop; ``--dry-run`` shows them);
    :class:`CentralConfigError` when there is none."""
    o = t.operators.c
    row = conn.execute(sa.select(o.name, o.role, o.created_at)
                       .where(o.name == name, o.revoked_at.is_(None))).first()
    if row is None:
        raise CentralConfigError(f"no active operator {name!r} (`sws central operator list`)")
    return {"name": row.name, "role": row.role, "created_at": iso(row.created_at),
            "revoked_at": None}


def revoke_operator(conn: sa.Connection, name: str, now: datetime) -> dict[str, Any]:
    """Revoke ``name``'s token at once (their past actions stay in the trail); return them
    as :func:`active_operator` found them."""
    who = active_operator(conn, name)
    done = conn.execute(t.operators.update().where(t.operators.c.name == name,
                                                   t.operators.c.revoked_at.is_(None))
                        .values(revoked_at=now))
    if done.rowcount != 1:  # revoked meanwhile by another command
        raise CentralConfigError(f"no active operator {name!r} (`sws central operator list`)")
    record(conn, Operator(DATABASE, ADMIN), "operator_revoke", name, None, now)
    return who


def list_operators(conn: sa.Connection) -> list[dict[str, Any]]:
    """Every operator by name; times as ISO 8601 UTC with ``Z``."""
    o = t.operators.c
    return [{"name": r.name, "role": r.role, "created_at": iso(r.created_at),
             "revoked_at": iso(r.revoked_at)}
            for r in conn.execute(sa.select(o.name, o.role, o.created_at, o.revoked_at)
                                  .order_by(o.name))]


def authenticate(conn: sa.Connection, token: str | None,
                 bootstrap_token: str | None) -> Operator | None:
    """The operator a token belongs to (None: no such active token)."""
    if not token:
        return None
    if bootstrap_token and hmac.compare_digest(token.encode(), bootstrap_token.encode()):
        return Operator(BOOTSTRAP, ADMIN)
    o = t.operators.c
    row = conn.execute(sa.select(o.name, o.role).where(o.token_hash == _hash(token),
                                                       o.revoked_at.is_(None))).first()
    return Operator(row.name, row.role) if row is not None else None


def record(conn: sa.Connection, who: Operator, action: str, subject: str | None,
           detail: str | None, now: datetime) -> None:
    """One line of the centre's operator trail, in the caller's transaction."""
    conn.execute(t.operator_actions.insert().values(
        at=now, operator=who.name, action=action[:32],
        subject=(subject or "")[:64] or None, detail=detail))


def actions(conn: sa.Connection) -> list[dict[str, Any]]:
    """The whole trail, oldest first (the ``actions`` report); times as ISO 8601 UTC with
    ``Z``."""
    a = t.operator_actions.c
    return [{"at": iso(r.at), "operator": r.operator, "action": r.action,
             "subject": r.subject or "", "detail": r.detail or ""}
            for r in conn.execute(sa.select(a.at, a.operator, a.action, a.subject, a.detail)
                                  .order_by(a.id))]
