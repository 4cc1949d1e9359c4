"""Card verification as the hospital and auditor screens need it (Qt-free).

Wraps :mod:`cardio`'s offline verification: read a card in a PC/SC reader (or a dump file),
check the issuer's signature and certificate chain against the national trust anchors, the
revocation list, the validity dates, the templates digest and the card's own key; then turn
the result into a plain outcome (green or red, and why). The optional 1:1 finger check
compares a live capture with the template stored on the card.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: Plain sentences for each reason a credential fails (cardio.errors.Reason values).
REASON_TEXT = {
    "malformed": "the card's data is damaged or not a social protection credential",
    "unknown_issuer": "the card was not issued by a recognised office",
    "expired_issuer": "the issuing office's certificate has expired",
    "bad_signature": "the issuer's signature does not match: the data was changed",
    "revoked": "the card has been revoked",
    "signer_revoked": "the card was signed after its issuing station was revoked (stolen or "
                      "withdrawn)",
    "not_yet_valid": "the card is not valid yet",
    "expired_card": "the card has expired",
    "template_mismatch": "the fingerprints on the card were altered",
    "clone_suspected": "the card could not prove it is the original (possible copy)",
    "bad_revocation_list": "the revocation list could not be checked",
}
#: Why a card of a revoked station is refused when it is dated before the revocation but its
#: station never delivered it (``cardio.NEVER_DELIVERED`` on the refusal's claims): nothing
#: says it was signed after; a genuine card and a backdated one look the same.
NEVER_DELIVERED_TEXT = ("the card is dated before its issuing station was revoked, but that "
                        "station never delivered it to the central registry: it cannot be "
                        "told from a card made with the station's stolen key (the holder gets "
                        "a new card at the office)")


def reason_text(reason: str, claims: Any, fallback: str) -> str:
    """Why a card is refused in plain English (:data:`REASON_TEXT`, or
    :data:`NEVER_DELIVERED_TEXT` for a revoked station's card it never delivered)."""
    import cardio

    if reason == "signer_revoked" and cardio.NEVER_DELIVERED in getattr(claims, "warnings", ()):
        return NEVER_DELIVERED_TEXT
    return REASON_TEXT.get(reason, fallback)


#: Warnings on a valid card whose prints this desk cannot open (the window translates them).
SEALED_NO_KEY = ("the card's fingerprints are sealed and this desk holds no template key: "
                 "the finger check is not available here")
SEALED_OTHER_KEY = ("the card's fingerprints are sealed for another programme's template key: "
                    "the finger check is not available here")
#: What ``cardio.verify``'s warning on a card signed before its signer was revoked says
#: (the rest of it is dates and the reason).
SIGNED_BEFORE_SIGNER_REVOKED = "before its card signer was revoked"
SEALED_DAMAGED = ("the card's sealed fingerprints do not open: the finger check is not "
                  "available here")


@dataclass(frozen=True)
class CardOutcome:
    """What one verification found; ``ok`` False carries the reason in plain words.

    ``claims`` is set for every valid card, and for a refused one whose issuer signature
    verified (revoked, expired, copied...): authentic holder data to say whose card it is,
    never a reason to accept it: only ``ok`` says that.
    """

    ok: bool
    source: str
    message: str
    reason: str = ""
    claims: Any = None
    serial: str = ""
    warnings: tuple[str, ...] = ()
    templates: bytes = field(default=b"", repr=False)
    chain: tuple[str, ...] = ()
    #: The card layer's own wording, for auditors.
    detail: str = ""


@dataclass(frozen=True)
class FingerCheck:
    """A 1:1 comparison of a live print with the card's template of the same finger."""

    finger: int
    score: float
    threshold: float

    @property
    def matched(self) -> bool:
        return self.score >= self.threshold


class CardVerifier:
    """Verifies cards offline against trust anchors and a verified revocation list."""

    def __init__(self, anchors: Sequence[Any], revocation_list: Any,
                 list_source: Callable[[dt.datetime], Path] | None = None,
                 template_key: Any = None) -> None:
        self.anchors = list(anchors)
        self.revocation_list = revocation_list
        #: The programme's ``cardio.TemplateKey`` when this desk may read the prints on cards
        #: (the 1:1 finger check), or the path of its file, read when a card is verified (so
        #: a window opened before the office's first card was issued picks it up); without
        #: it cards still verify, the finger check is unavailable.
        self.template_key = template_key
        #: Where the current signed list is (re-signed as cards are revoked here or the
        #: national list arrives); checked before each verification when given.
        self._source = list_source
        self._loaded: tuple[Path, float] | None = None

    @classmethod
    def from_files(cls, anchor_files: Sequence[Path], revocation_file: Path,
                   *, now: dt.datetime,
                   list_source: Callable[[dt.datetime], Path] | None = None,
                   template_key: Any = None) -> CardVerifier:
        """Load PEM trust anchors and a signed revocation list (verified on load). With
        ``list_source`` (e.g. :func:`station.model.trust.revocation_list_file` bound to the
        station) a desk that stays open for days picks up each newer list."""
        import cardio

        anchors = cardio.load_anchors(list(anchor_files))
        revocations = cardio.load_revocation_list(revocation_file.read_bytes(), anchors, now)
        verifier = cls(anchors, revocations, list_source, template_key)
        verifier._loaded = (revocation_file, revocation_file.stat().st_mtime)
        return verifier

    def refresh(self, now: dt.datetime) -> None:
        """Reload the revocation list when its file changed since it was loaded. A newer
        list that does not verify is an error the check reports (never a silent fallback
        to the old list)."""
        if self._source is None:
            return
        import cardio

        path = self._source(now)
        stamp = path.stat().st_mtime
        if self._loaded == (path, stamp):
            return
        self.revocation_list = cardio.load_revocation_list(path.read_bytes(), self.anchors, now)
        self._loaded = (path, stamp)

    def _template_key(self) -> Any:
        if not isinstance(self.template_key, Path):
            return self.template_key
        from station.model.trust import template_key

        return template_key(self.template_key)

    def chain_subjects(self) -> tuple[str, ...]:
        return tuple(c.subject.rfc4514_string() for c in self.anchors)

    def verify_dump(self, dump: Any, *, now: dt.datetime, source: str) -> CardOutcome:
        """Verify a :class:`cardio.CardDump`; never raises for a bad card, says why instead."""
        import cardio

        try:
            self.refresh(now)
            claims = cardio.verify_card(dump, self.anchors, self.revocation_list, now)
        except cardio.InvalidCredential as err:
            reason = str(getattr(err.reason, "name", err.reason)).lower()
            text = reason_text(reason, err.claims, str(err))
            return CardOutcome(False, source, f"{text[:1].upper()}{text[1:]}.", reason=reason,
                               serial=dump.serial, chain=self.chain_subjects(),
                               detail=str(err), claims=err.claims)
        warnings = list(claims.warnings)
        try:
            key = self._template_key()
        except cardio.CardError as err:  # a damaged key file: said as such, not a crash
            log.warning("card template key unusable: %s", err)
            key = None
        try:  # the card verified (claim 7 covers the file as stored); now open its prints
            templates = cardio.open_templates(dump.templates, key, serial=dump.serial)
        except cardio.TemplatesLocked:
            templates = b""
            warnings.append(SEALED_NO_KEY if key is None else SEALED_OTHER_KEY)
        except cardio.CardError:
            templates = b""
            warnings.append(SEALED_DAMAGED)
        return CardOutcome(True, source, "Valid card", claims=claims, serial=dump.serial,
                           warnings=tuple(warnings), templates=templates,
                           chain=(claims.issuer, *self.chain_subjects()))

    def read_and_verify(self, reader: str | None, *, now: dt.datetime) -> CardOutcome:
        """Read the card in ``reader`` (the first reader holding a card when None), verify it."""
        import cardio

        name = reader or reader_with_card()
        with cardio.session(name) as channel:
            dump = cardio.read_card(channel)
        return self.verify_dump(dump, now=now, source=name)

    def verify_file(self, path: Path, *, now: dt.datetime) -> CardOutcome:
        """Verify a card dump file (JSON written by ``sws card dump``)."""
        import cardio

        try:
            dump = cardio.CardDump.from_json(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, cardio.CardError) as err:
            return CardOutcome(False, str(path), "The card dump file cannot be read.",
                               reason="malformed", detail=str(err))
        return self.verify_dump(dump, now=now, source=str(path))

    def verify_folder(self, folder: Path, *, now: dt.datetime) -> list[CardOutcome]:
        """Every ``*.json`` dump in ``folder``, in name order."""
        return [self.verify_file(p, now=now) for p in sorted(folder.glob("*.json"))]


def reader_with_card(wait_s: float = 0.5) -> str:
    """The first PC/SC reader that holds a card; ``NoCardError`` when none does."""
    import cardio
    from cardio.errors import NoCardError

    readers = cardio.list_readers()
    for name in readers:
        try:
            with cardio.session(name, timeout_s=wait_s):
                return name
        except NoCardError:
            continue
    if not readers:
        raise NoCardError("no card reader is connected")
    raise NoCardError("no card in any reader: place the card on the reader")


def card_template(templates_file: bytes, finger: int) -> Any:
    """The ``matcher.Template`` the card holds for ``finger`` (ISO record or compact form)."""
    import cardio

    data = cardio.unpack_templates(templates_file).get(int(finger))
    if data is None:
        raise KeyError(finger)
    return _decode(data)


def _decode(data: bytes) -> Any:
    """A card template record: ISO/IEC 19794-2, else the compact card format."""
    from matcher import InvalidTemplate, Template

    try:
        return Template.from_iso19794_2(data)
    except InvalidTemplate:
        return Template.from_compact(data)


def fingers_on_card(templates_file: bytes) -> list[int]:
    import cardio

    return sorted(int(f) for f in cardio.unpack_templates(templates_file))


def best_finger_on_card(templates_file: bytes) -> int | None:
    """The card's finger whose template has the most minutiae (ties: the lower finger code),
    the one most likely to verify: the hospital's finger check proposes it first. None when
    the card holds no template."""
    import cardio

    stored = cardio.unpack_templates(templates_file)  # read once, each template decoded once
    counts = [(-len(_decode(data)), int(f)) for f, data in stored.items()]
    return min(counts)[1] if counts else None


def check_finger(outcome: CardOutcome, finger: int, probe: Any,
                 *, fmr: float = 1e-4) -> FingerCheck:
    """Compare a live template with the card's; the threshold is the matcher's for ``fmr``."""
    from matcher import compare, threshold_for_fmr

    stored = card_template(outcome.templates, finger)
    return FingerCheck(finger, float(compare(probe, stored)), float(threshold_for_fmr(fmr)))


# -- issuing ----------------------------------------------------------------------------------

#: The issuer PIN of the project's virtual card (``cardio.virtual --pin``); real offices set
#: SWS_CARD_PIN to their cards' issuer PIN.
DEFAULT_PIN = "123456"


@dataclass(frozen=True)
class CardIssued:
    """A card written, read back, verified and recorded."""

    serial: str
    credential: bytes
    outcome: CardOutcome
    record: Any


def holder_for(person: dict[str, Any]) -> Any:
    """The card holder from a registry person: the Latin name split family-first (the usual
    order in Khmer and many Indonesian and Pakistani records), ISO/IEC 5218 sex codes."""
    import cardio

    parts = str(person["latin_name"]).split()
    family, given = (parts[0], " ".join(parts[1:])) if len(parts) > 1 else ("", parts[0])
    sex = {"M": 1, "F": 2}.get(str(person.get("sex")), 0)
    born = dt.date.fromisoformat(str(person["birth_date"])[:10])
    return cardio.Holder(str(person["person_id"]), given, family, sex, born,
                         str(person["address"]["village"]))


@dataclass(frozen=True)
class EntitlementView:
    """One entitlement on a card as a focal point reads it: the programme's name and
    whether it covers ``today`` (``covered``), starts later (``not_yet``) or has ``ended``."""

    code: str
    name: str
    state: str
    valid_from: dt.date
    valid_until: dt.date

    def line(self) -> str:
        """English, for the command line (the window translates its own)."""
        if self.state == "covered":
            return f"{self.name}: covered today, until {self.valid_until:%Y-%m-%d}"
        if self.state == "not_yet":
            return f"{self.name}: not yet, from {self.valid_from:%Y-%m-%d}"
        return f"{self.name}: ended on {self.valid_until:%Y-%m-%d}"


def entitlement_views(claims: Any, today: dt.date,
                       language: str | None = None) -> list[EntitlementView]:
    """The card's entitlements, covered ones first, each with its programme's name (in
    ``language`` where the catalogue has it)."""
    from station.services.catalogue import programme_names

    names = programme_names(language)
    views = []
    for e in claims.entitlements:
        state = ("covered" if e.valid_from <= today <= e.valid_until
                 else "not_yet" if today < e.valid_from else "ended")
        views.append(EntitlementView(e.programme, names.get(e.programme, e.programme), state,
                                     e.valid_from, e.valid_until))
    order = {"covered": 0, "not_yet": 1, "ended": 2}
    return sorted(views, key=lambda v: order[v.state])


def entitlements_for(person: dict[str, Any], *, today: dt.date,
                     default_years: int = 5) -> list[Any]:
    """The person's programme memberships as card entitlements (open-ended ones run for
    ``default_years``, the card's own validity)."""
    import cardio

    out = []
    for p in person.get("programmes", []):
        start = dt.date.fromisoformat(str(p["start_date"])[:10])
        end = (dt.date.fromisoformat(str(p["end_date"])[:10]) if p.get("end_date")
               else today.replace(year=today.year + default_years))
        out.append(cardio.Entitlement(str(p["programme"]), start, end))
    return out


def card_entitlements(station: Any, person: dict[str, Any], *,
                      now: dt.datetime) -> list[Any]:
    """:func:`entitlements_for` as a card issued at ``now`` carries them: open-ended ones run
    from the office's date (``Settings.office_zone``), not UTC's, like the rest of the desk."""
    return entitlements_for(person, today=station.settings.today(now))


#: What :func:`issue_card` reports as it goes, in order (the window says each in the
#: desk's language: ``views.clerk.card``).
ISSUE_STEPS = ("Reading the person's record", "Writing the card", "Reading the card back",
               "Verifying the card", "Recording the card", "Done")


def issue_card(station: Any, person_id: str, *, reader: str | None, operator: Any,
               now: dt.datetime, verifier: CardVerifier | None, pin: str = DEFAULT_PIN,
               progress: Any = None) -> CardIssued:
    """Personalise the card in ``reader`` for a registered person, read it back, verify it
    offline, then record it (audit + outbox) — in that order, so the registry never lists a
    card that does not verify.

    The credential carries the person's templates in the standard's compact card form.
    """
    import cardio
    from station.model.cards import person_templates, record_issued, refuse_recorded_card
    from station.model.persons import get_person, refuse_if_enrolled_elsewhere

    def step(percent: int, text: str) -> None:
        if progress is not None:
            progress(percent, text)

    step(5, ISSUE_STEPS[0])
    person = get_person(station, person_id)
    if person.get("died_on"):
        from station.errors import BadInput

        raise BadInput(f"{person.get('latin_name') or person_id} is recorded as deceased on "
                       f"{person['died_on']}: no card is issued", field="person_id")
    refuse_if_enrolled_elsewhere(station, person_id)  # before anything is written to the card
    templates = {int(f): t.to_compact() for f, t in person_templates(station, person_id).items()}
    pki = cardio.Pki.load(station.settings.issuing_dir)
    from station.model.trust import template_key

    # the prints are never written readable: a key is made if this office has none yet
    sealing = template_key(station.settings.card_template_key_file, create=True)
    cardio.card_expiry(pki, now, cardio.CARD_VALIDITY)  # a chain ending too soon: say so first
    step(20, ISSUE_STEPS[1])
    with cardio.session(reader) as channel:
        issued = cardio.issue_card(channel, holder=holder_for(person),
                                   entitlements=card_entitlements(station, person, now=now),
                                   templates=templates, pki=pki, pin=pin, now=now,
                                   check_serial=lambda serial: refuse_recorded_card(
                                       station, serial),
                                   seal_for=sealing.public)
        step(70, ISSUE_STEPS[2])
        dump = cardio.read_card(channel)
    step(85, ISSUE_STEPS[3])
    checker = verifier or CardVerifier([pki.root_cert], _fresh_list(pki, now),
                                       template_key=sealing)
    outcome = checker.verify_dump(dump, now=now, source=reader or "card reader")
    if not outcome.ok:
        raise cardio.InvalidCredential(cardio.Reason.MALFORMED,
                                       f"the card just written does not verify: "
                                       f"{outcome.message}")
    step(95, ISSUE_STEPS[4])
    record = record_issued(station, person_id=person_id, serial=issued.serial,
                           credential=issued.credential, by=operator, now=now)
    step(100, ISSUE_STEPS[5])
    return CardIssued(issued.serial, issued.credential, outcome, record)


def _fresh_list(pki: Any, now: dt.datetime) -> Any:
    """An empty revocation list signed by this office (when no national list is loaded)."""
    import cardio

    data = cardio.sign_revocation_list([], pki, now, dt.timedelta(days=1))
    return cardio.load_revocation_list(data, [pki.root_cert], now)


def record_visit(station: Any, outcome: CardOutcome, *, facility: str, operator: Any,
                 now: dt.datetime, finger_check: FingerCheck | None = None,
                 repeat: bool = False) -> str:
    """Record a service use at a hospital focal point: an audit event and a ``service_use``
    outbox item (the centre counts them per facility), in one transaction. Only a card that
    verified can be recorded. ``repeat``: the card was already used here that office day
    and the operator said the second visit is meant (``repeat_same_day`` in both, so an
    auditor or the centre can tell a confirmed re-admission). Returns the record id."""
    import uuid

    from station.errors import BadInput
    from station.registry.base import OUTBOX
    from sync.outbox import enqueue

    if not outcome.ok or outcome.claims is None:
        raise BadInput("only a valid card's visit can be recorded")
    claims = outcome.claims
    record_id = str(uuid.uuid4())
    check = ("not done" if finger_check is None
             else "matched" if finger_check.matched else "not matched")
    # the office's day (a UTC `now` from `sws card visit` is still yesterday at dawn)
    active = [e.programme for e in claims.active_entitlements(
        station.settings.today(now))]
    details = {"card_serial": claims.card_serial, "person_id": claims.holder.id_number,
               "facility": facility, "finger_check": check, "entitlements": active}
    if repeat:
        details["repeat_same_day"] = True
    with station.transaction() as session:
        # the holder's name as the card says it, for the desk's list of the day's visits
        # and the facility's claim (``station.model.visits``); the centre has the person
        holder = f"{claims.holder.given_name} {claims.holder.family_name}".strip()
        station.audit(session, action="service.use", subject_type="card",
                      subject_id=claims.card_serial, details={**details, "holder": holder},
                      operator_id=getattr(operator, "id", None), now=now)
        enqueue(session, OUTBOX, kind="service_use", record_id=record_id,
                payload={"record_type": "hospital_visit", "at": now.isoformat(),
                         "station_id": station.settings.station_id, **details},
                sealed_biometrics=None, now=now)
    return record_id
