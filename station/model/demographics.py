"""A person's demographics as the clerk enters them, checked before anything is written.

Names are kept twice: in the local script (e.g. Khmer) and as a Latin transliteration used
for search and on the card. The date of birth may be unknown: an estimated age is then
recorded as a birth date in the middle of the estimated year, flagged as estimated (the usual
civil-registration practice).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from station.errors import InvalidDemographics
from station.model.consent import Consent

MAX_AGE = 130
_CODE = re.compile(r"^[A-Za-z0-9_-]{1,16}$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
SEX_ALIASES = {"f": "F", "female": "F", "m": "M", "male": "M", "x": "X", "other": "X"}


@dataclass(frozen=True)
class Address:
    """Administrative address codes: province > district > commune > village."""

    province: str
    district: str
    commune: str
    village: str

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if not isinstance(value, str) or not _CODE.match(value):
                raise InvalidDemographics(
                    f"the {name} code {value!r} is not valid (1-16 letters, digits, - or _)",
                    field=name)


@dataclass(frozen=True)
class Demographics:
    """What the clerk entered for one person; constructing one validates it."""

    local_name: str
    latin_name: str
    sex: str
    birth_date: dt.date
    address: Address
    birth_date_estimated: bool = False
    phone: str | None = None
    other_ids: Mapping[str, str] = field(default_factory=dict)
    household_id: str | None = None
    relation_to_head: str | None = None
    #: Who agreed to the registration after the privacy notice (:mod:`station.model.consent`);
    #: enrolment requires it, a correction carries none.
    consent: Consent | None = None

    def __post_init__(self) -> None:
        for name in ("local_name", "latin_name"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip() or len(value) > 200:
                raise InvalidDemographics(f"the {name.replace('_', ' ')} must be 1-200 "
                                          "characters", field=name)
            if any(unicodedata.category(c) == "Cc" for c in value):  # pasted line breaks
                raise InvalidDemographics(f"the {name.replace('_', ' ')} must be on one "
                                          "line, without tabs or other control characters",
                                          field=name)
        if self.sex not in ("F", "M", "X"):
            raise InvalidDemographics(f"sex must be F, M or X, not {self.sex!r}", field="sex")
        if self.phone is not None and not _PHONE.match(self.phone):
            raise InvalidDemographics(f"the phone number {self.phone!r} is not valid",
                                      field="phone")
        for scheme, number in self.other_ids.items():
            if not scheme or not number or len(scheme) > 32 or len(number) > 64:
                raise InvalidDemographics(f"the other id {scheme}={number} is not valid",
                                          field="other_ids")

    def check_dates(self, today: dt.date) -> None:
        """Refuse a birth date in the future or more than 130 years ago."""
        if self.birth_date > today:
            raise InvalidDemographics(f"the date of birth {self.birth_date} is in the future",
                                      field="birth_date")
        if today.year - self.birth_date.year > MAX_AGE:
            raise InvalidDemographics(
                f"the date of birth {self.birth_date} is more than {MAX_AGE} years ago",
                field="birth_date")

    def as_record(self) -> dict[str, Any]:
        """Plain JSON-able fields (for adjudication records and outbox payloads)."""
        return {
            "local_name": self.local_name,
            "latin_name": self.latin_name,
            "sex": self.sex,
            "birth_date": self.birth_date.isoformat(),
            "birth_date_estimated": self.birth_date_estimated,
            "address": asdict(self.address),
            "phone": self.phone,
            "other_ids": dict(self.other_ids),
            "household_id": self.household_id,
            "relation_to_head": self.relation_to_head,
        } | ({"consent": self.consent.as_record()} if self.consent is not None else {})

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Demographics:
        """The inverse of :meth:`as_record`."""
        return cls(
            local_name=record["local_name"], latin_name=record["latin_name"], sex=record["sex"],
            birth_date=dt.date.fromisoformat(record["birth_date"]),
            birth_date_estimated=bool(record.get("birth_date_estimated")),
            address=Address(**record["address"]), phone=record.get("phone"),
            other_ids=dict(record.get("other_ids") or {}),
            household_id=record.get("household_id"),
            relation_to_head=record.get("relation_to_head"),
            consent=(Consent.from_record(record["consent"]) if record.get("consent")
                     else None),
        )


def parse_sex(text: str) -> str:
    """``F``/``M``/``X`` from the usual spellings."""
    sex = SEX_ALIASES.get(text.strip().lower())
    if sex is None:
        raise InvalidDemographics(f"sex must be F, M or X, not {text!r}", field="sex")
    return sex


def parse_birth(date_text: str | None, age_text: str | None, *,
                today: dt.date) -> tuple[dt.date, bool]:
    """A birth date from a YYYY-MM-DD date or an estimated age in years (exactly one)."""
    if bool(date_text) == bool(age_text):
        raise InvalidDemographics("give either a date of birth or an estimated age",
                                  field="birth_date")
    if date_text:
        try:
            born = dt.date.fromisoformat(date_text.strip())
        except ValueError:
            raise InvalidDemographics(
                f"{date_text!r} is not a real date (expected YYYY-MM-DD)",
                field="birth_date") from None
        return born, False
    assert age_text is not None
    try:
        age = int(age_text)
    except ValueError:
        raise InvalidDemographics(f"the estimated age {age_text!r} is not a number",
                                  field="age") from None
    if not 0 <= age <= MAX_AGE:
        raise InvalidDemographics(f"the estimated age {age} is not between 0 and {MAX_AGE}",
                                  field="age")
    return min(dt.date(today.year - age, 7, 1), today), True
