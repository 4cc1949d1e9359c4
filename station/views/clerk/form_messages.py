"""The person form's complaint in the interface language.

The model (:mod:`station.model.ui_person_form`) names the field at fault and words the
problem in English for the CLI; the window says the same thing in the clerk's language, with
dates written as the window writes them. A problem this table does not know keeps the
model's sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QObject

from station.model.consent import ADULT_AGE
from station.model.demographics import MAX_AGE
from station.model.locations import LEVELS, Gazetteer
from station.views.formats import short_date


class FormMessages(QObject):
    """Turns the model's ``(field, message)`` into the sentence the form shows."""

    def __init__(self, values: Mapping[str, str], places: Gazetteer | None = None) -> None:
        super().__init__()
        self.values, self.places = values, places

    def say(self, field: str | None, message: str) -> str:
        """``values`` are the form's text values; ``places`` names the areas of an address
        that does not hold together."""
        if field in LEVELS:
            return self._area(field or "", message)
        if field == "local_name":
            return (self.tr("Enter the name in the local script.") if message.startswith("enter")
                    else self.tr("The name in the local script is too long: at most 200 "
                                 "characters."))
        if field == "latin_name":
            if message.startswith("enter"):
                return self.tr("Enter the name in Latin letters.")
            if "Latin letters only" in message:
                return self.tr("Write the Latin name with the letters A to Z only (no accents, "
                               "no other script).")
            return self.tr("The name in Latin letters is too long: at most 200 characters.")
        if field == "sex":
            return self.tr("Choose the person's sex.")
        if field == "birth_date":
            return self._birth(message)
        if field == "age":
            return self.tr("The estimated age must be between 0 and %1.").replace(
                "%1", str(MAX_AGE))
        if field == "phone":
            return self.tr("The phone number %1 is not valid: 6 to 20 digits, spaces, + ( ) "
                           "or -.").replace("%1", self.values.get("phone", ""))
        if field == "other_ids":
            return self.tr("The national ID is too long: at most 64 characters.")
        if field == "consent":
            if "under" in message:
                return self.tr("A person under %1 does not agree alone: a parent or guardian "
                               "agrees for them.").replace("%1", str(ADULT_AGE))
            return self.tr("Read the privacy notice to the person, then choose who agreed.")
        if field == "guardian":
            return self.tr("Name the parent or guardian who agreed.")
        return message[:1].upper() + message[1:]

    def _level(self, level: str) -> str:
        return {"province": self.tr("province"), "district": self.tr("district"),
                "commune": self.tr("commune"), "village": self.tr("village")}.get(level, level)

    def _birth(self, message: str) -> str:
        typed = self.values.get("birth_date", "")
        try:
            born = short_date(dt.date.fromisoformat(typed))
        except ValueError:
            born = typed
        if "in the future" in message:
            return self.tr("The date of birth %1 is in the future.").replace("%1", born)
        if "years ago" in message:
            return (self.tr("The date of birth %1 is more than %2 years ago.")
                    .replace("%1", born).replace("%2", str(MAX_AGE)))
        return self.tr("Give the date of birth, or tick \"Date unknown\" and give an "
                       "estimated age.")

    def _named(self, level: str) -> str:
        code = self.values.get(level, "")
        return f"{self.places.name(code)} ({code})" if self.places is not None else code

    def _area(self, field: str, message: str) -> str:
        if " is not in the " in message and self.places is not None and field != LEVELS[0]:
            above = LEVELS[LEVELS.index(field) - 1]
            return (self.tr("%1 is not in the %2 %3: choose the %4 again.")
                    .replace("%1", self._named(field))
                    .replace("%2", self._level(above))
                    .replace("%3", self._named(above))
                    .replace("%4", self._level(field)))
        return (self.tr("Choose the %1 from the list, or type its code (letters, digits, - "
                        "or _).").replace("%1", self._level(field)))
