"""The person form's fields -> ``Demographics`` (the service's value object), or the field at fault.

The form keeps every field as text (what the clerk typed); this module turns them into the
service's own value object, so the rules live in one place (``station.model.demographics``)
and the form only needs to know which field to highlight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from station.errors import InvalidDemographics
from station.model.consent import check_consent, consent_of
from station.model.demographics import Address, Demographics, parse_birth, parse_sex
from station.model.locations import Gazetteer

FIELDS = ("local_name", "latin_name", "sex", "birth_date", "age", "province", "district",
          "commune", "village", "phone", "national_id", "household_id", "relation_to_head",
          "consent", "guardian")


@dataclass(frozen=True)
class FormResult:
    """Either the demographics, or the field and sentence to show the clerk."""

    demographics: Demographics | None
    field: str | None = None
    message: str = ""


def build_demographics(values: Mapping[str, str], *, today: dt.date,
                       gazetteer: Gazetteer | None = None) -> FormResult:
    """Validate the form; the first problem found is returned with its field name.

    With a ``gazetteer``, an area it lists must lie inside the area chosen above it (a
    village of another commune is a slip of the hand); codes it does not list pass.
    """
    v = {k: (values.get(k) or "").strip() for k in FIELDS}
    try:
        if not v["local_name"]:
            raise InvalidDemographics("enter the name in the local script", field="local_name")
        if not v["latin_name"]:
            raise InvalidDemographics("enter the name in Latin letters", field="latin_name")
        if not v["latin_name"].isascii():
            raise InvalidDemographics("the Latin transliteration must use Latin letters only",
                                      field="latin_name")
        sex = parse_sex(v["sex"])
        born, estimated = parse_birth(v["birth_date"] or None, v["age"] or None, today=today)
        address = Address(v["province"], v["district"], v["commune"], v["village"])
        wrong = gazetteer.inconsistency(asdict(address)) if gazetteer is not None else None
        if wrong is not None:
            raise InvalidDemographics(wrong[1], field=wrong[0])
        other_ids = {"national_id": v["national_id"]} if v["national_id"] else {}
        # the privacy notice read, who agreed (the notice in force: its version is kept)
        consent = consent_of(v["consent"], v["guardian"]) if v["consent"] else None
        demographics = Demographics(
            local_name=v["local_name"], latin_name=v["latin_name"], sex=sex, birth_date=born,
            birth_date_estimated=estimated, address=address, phone=v["phone"] or None,
            other_ids=other_ids, household_id=v["household_id"] or None,
            relation_to_head=v["relation_to_head"] or None, consent=consent)
        demographics.check_dates(today)
        check_consent(consent, born, today)
    except InvalidDemographics as err:
        return FormResult(None, field=err.field, message=str(err))
    return FormResult(demographics)
