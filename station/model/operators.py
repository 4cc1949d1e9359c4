"""Station users: creation, login with lockout, unlocking, role checks.

Passwords are hashed with scrypt (RFC 7914) through :func:`hashlib.scrypt`, with a random
salt and the cost parameters stored in the hash string, so they can be raised later. After
``settings.max_failed_logins`` consecutive failures the account locks until a supervisor
unlocks it. Every creation, failed login, lock and unlock is an audit event.

References
----------
C. Percival and S. Josefsson, "The scrypt Password-Based Key Derivation Function",
RFC 7914, 2016.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from station.errors import AccountLocked, BadInput, LoginFailed, PermissionDenied
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.models import ROLES, Operator

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 8


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex) for ``password``."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a hash made by :func:`hash_password` (constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        trial = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                               r=int(r), p=int(p), dklen=len(digest) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(trial.hex(), digest)


@dataclass(frozen=True)
class OperatorInfo:
    """A logged-in operator, as the services need it (no password hash)."""

    id: str
    username: str
    full_name: str
    role: str

    def require(self, *roles: str, action: str) -> None:
        """Raise :class:`PermissionDenied` unless this operator has one of ``roles``."""
        if self.role not in roles:
            raise PermissionDenied(action, self.role)


def _info(op: Operator) -> OperatorInfo:
    return OperatorInfo(id=op.id, username=op.username, full_name=op.full_name, role=op.role)


def create_operator(station: Station, *, username: str, full_name: str, role: str,
                    password: str, now: datetime, by: OperatorInfo | None) -> OperatorInfo:
    """Add an operator. Only a supervisor may (``by=None`` is the first one, at `sws init`)."""
    if by is not None:
        by.require("supervisor", action="create operators")
    if role not in ROLES:
        raise BadInput(f"role must be one of {', '.join(ROLES)}, not {role!r}", field="role")
    if not username or len(username) > 64 or not username.replace("-", "").replace(
            "_", "").replace(".", "").isalnum():
        raise BadInput(f"user name {username!r} is not valid (letters, digits, . - _)",
                       field="username")
    if len(password) < MIN_PASSWORD:
        raise BadInput(f"the password must have at least {MIN_PASSWORD} characters",
                       field="password")
    op = Operator(id=str(uuid.uuid4()), username=username, full_name=full_name or username,
                  role=role, password_hash=hash_password(password), failed_logins=0,
                  locked=False, created_at=naive_utc(now))
    with station.transaction() as session:
        if session.scalar(sa.select(Operator.id).where(Operator.username == username)):
            raise BadInput(f"an operator named {username!r} already exists", field="username")
        session.add(op)
        session.flush()
        station.audit(session, action="operator.create", subject_type="operator",
                      subject_id=op.id, details={"username": username, "role": role},
                      operator_id=by.id if by else None, now=now)
    return _info(op)


def login(station: Station, username: str, password: str, *, now: datetime) -> OperatorInfo:
    """Check a password; count failures and lock the account after too many.

    The failure count is committed even though the login fails, so that retrying from
    another process does not reset it.
    """
    limit = station.settings.max_failed_logins
    with station.transaction() as session:
        op = session.scalar(sa.select(Operator).where(Operator.username == username))
        if op is None:
            hash_password(password)  # same cost as a real check: no user-name oracle
            failed: Exception | None = LoginFailed()
        elif op.locked:
            failed = AccountLocked(username)
        elif verify_password(password, op.password_hash):
            op.failed_logins = 0
            op.last_login_at = naive_utc(now)
            return _info(op)
        else:
            op.failed_logins += 1
            locked = op.failed_logins >= limit
            op.locked = locked
            station.audit(session, action="operator.lock" if locked else "operator.login_failed",
                          subject_type="operator", subject_id=op.id,
                          details={"failed_logins": op.failed_logins}, operator_id=None, now=now)
            failed = AccountLocked(username) if locked else LoginFailed(limit - op.failed_logins)
    assert failed is not None
    raise failed


def unlock(station: Station, username: str, *, by: OperatorInfo, now: datetime) -> None:
    """Unlock an account and reset its failure count (supervisors only)."""
    by.require("supervisor", action="unlock operators")
    with station.transaction() as session:
        op = session.scalar(sa.select(Operator).where(Operator.username == username))
        if op is None:
            raise BadInput(f"no operator named {username!r}", field="username")
        op.locked, op.failed_logins = False, 0
        station.audit(session, action="operator.unlock", subject_type="operator",
                      subject_id=op.id, details={}, operator_id=by.id, now=now)


def count_operators(station: Station) -> int:
    with station.reading() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(Operator)) or 0)
