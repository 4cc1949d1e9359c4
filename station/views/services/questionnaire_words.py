"""The vulnerability questionnaire's questions and answers in the interface language.

The questionnaire (``station/data/vulnerability.json``) is written in English: the clerk reads
its questions to the household, so a Khmer, Urdu or Indonesian desk shows them in its own
language, by question id and answer value. An English desk keeps the file's own wording, and a
question or answer not listed here (a newer questionnaire) keeps its English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.i18n import current_language
from station.views.formats import without_mnemonic
from station.views.value_words import member_words


def question_text(question_id: str, english: str) -> str:
    """The question as the clerk reads it out."""
    if current_language() == "en":
        return english
    return _questions().get(question_id, english)


def question_label(question_id: str, english: str) -> str:
    """The question as its row's label, with the Alt letter that takes the keyboard to its
    answer. A question whose English is not the one the letters were chosen for (a newer
    questionnaire) is labelled without one."""
    label = _labels().get(question_id)
    if label is None or (current_language() == "en" and without_mnemonic(label) != english):
        return question_text(question_id, english).replace("&", "&&")
    return label


def answer_text(value: str) -> str:
    """A choice's words ("metal_sheet" -> "metal sheet" in the interface language)."""
    fallback = value.replace("_", " ")
    if current_language() == "en":
        return fallback
    return {**_answers(), "yes": member_words()["yes"], "no": member_words()["no"]}.get(
        value, fallback)


def _questions() -> dict[str, str]:
    return {
        "members": QCoreApplication.translate(
            "Questionnaire", "How many people live and eat in the household?"),
        "roof": QCoreApplication.translate("Questionnaire", "Main material of the roof"),
        "walls": QCoreApplication.translate("Questionnaire",
                                            "Main material of the outer walls"),
        "water": QCoreApplication.translate("Questionnaire", "Main source of drinking water"),
        "toilet": QCoreApplication.translate("Questionnaire", "Toilet facility"),
        "electricity": QCoreApplication.translate(
            "Questionnaire", "Is the dwelling connected to electricity?"),
        "cooking_fuel": QCoreApplication.translate("Questionnaire", "Main cooking fuel"),
        "land": QCoreApplication.translate("Questionnaire",
                                           "Agricultural land used by the household"),
        "motorbike": QCoreApplication.translate(
            "Questionnaire", "Does the household own a motorbike or car?"),
        "television": QCoreApplication.translate(
            "Questionnaire", "Does the household own a television?"),
        "wage_earner": QCoreApplication.translate(
            "Questionnaire", "Does any member earn a regular wage or salary?"),
        "chronic_illness": QCoreApplication.translate(
            "Questionnaire", "Does a member have a chronic illness that stops them working?"),
    }


def _labels() -> dict[str, str]:
    # Each letter is free on the Programmes tab (its buttons, labels and tabs hold the
    # others); the four questions without a free letter in their words show it in brackets.
    return {
        "members": QCoreApplication.translate(
            "Questionnaire", "How many &people live and eat in the household?"),
        "roof": QCoreApplication.translate("Questionnaire", "&Main material of the roof"),
        "walls": QCoreApplication.translate("Questionnaire",
                                            "Main material of the ou&ter walls"),
        "water": QCoreApplication.translate("Questionnaire",
                                            "Main source of drin&king water"),
        "toilet": QCoreApplication.translate("Questionnaire", "Toilet facility (&J)"),
        "electricity": QCoreApplication.translate(
            "Questionnaire", "&Is the dwelling connected to electricity?"),
        "cooking_fuel": QCoreApplication.translate("Questionnaire", "Main cooking fuel (&Q)"),
        "land": QCoreApplication.translate("Questionnaire",
                                           "&Agricultural land used by the household"),
        "motorbike": QCoreApplication.translate(
            "Questionnaire", "Does the household own a motorbike or car? (&X)"),
        "television": QCoreApplication.translate(
            "Questionnaire", "Does the household own a tele&vision?"),
        "wage_earner": QCoreApplication.translate(
            "Questionnaire", "Does any member earn a regular wage or salar&y?"),
        "chronic_illness": QCoreApplication.translate(
            "Questionnaire",
            "Does a member have a chronic illness that stops them working? (&Z)"),
    }


def _answers() -> dict[str, str]:
    return {
        "thatch": QCoreApplication.translate("Questionnaire", "thatch"),
        "metal_sheet": QCoreApplication.translate("Questionnaire", "metal sheet"),
        "tiles": QCoreApplication.translate("Questionnaire", "tiles"),
        "concrete": QCoreApplication.translate("Questionnaire", "concrete"),
        "mud_bamboo": QCoreApplication.translate("Questionnaire", "mud or bamboo"),
        "wood": QCoreApplication.translate("Questionnaire", "wood"),
        "brick_concrete": QCoreApplication.translate("Questionnaire", "brick or concrete"),
        "surface": QCoreApplication.translate("Questionnaire", "surface water"),
        "unprotected_well": QCoreApplication.translate("Questionnaire", "unprotected well"),
        "protected_well": QCoreApplication.translate("Questionnaire", "protected well"),
        "piped": QCoreApplication.translate("Questionnaire", "piped water"),
        "none": QCoreApplication.translate("Questionnaire", "none"),
        "pit": QCoreApplication.translate("Questionnaire", "pit latrine"),
        "flush": QCoreApplication.translate("Questionnaire", "flush toilet"),
        "charcoal": QCoreApplication.translate("Questionnaire", "charcoal"),
        "gas_electric": QCoreApplication.translate("Questionnaire", "gas or electricity"),
        "under_half_ha": QCoreApplication.translate("Questionnaire", "under half a hectare"),
        "half_to_2_ha": QCoreApplication.translate("Questionnaire",
                                                   "half a hectare to 2 hectares"),
        "over_2_ha": QCoreApplication.translate("Questionnaire", "over 2 hectares"),
    }
