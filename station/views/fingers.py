"""Finger names in the interface language.

:attr:`station.capture.base.Finger.label` is plain English for logs, the CLI and files; the
window names a finger with :func:`finger_name` ("ម្រាមដៃចង្អុលស្តាំ", not "Right index").
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from station.capture.base import Finger


class FingerNames(QObject):
    """Holds the translatable names (Qt's ``tr`` needs a class for its context)."""

    def name(self, finger: Finger) -> str:
        return {
            Finger.RIGHT_THUMB: self.tr("Right thumb"),
            Finger.RIGHT_INDEX: self.tr("Right index"),
            Finger.RIGHT_MIDDLE: self.tr("Right middle"),
            Finger.RIGHT_RING: self.tr("Right ring"),
            Finger.RIGHT_LITTLE: self.tr("Right little"),
            Finger.LEFT_THUMB: self.tr("Left thumb"),
            Finger.LEFT_INDEX: self.tr("Left index"),
            Finger.LEFT_MIDDLE: self.tr("Left middle"),
            Finger.LEFT_RING: self.tr("Left ring"),
            Finger.LEFT_LITTLE: self.tr("Left little"),
        }.get(finger, finger.label)


def finger_name(finger: Finger | int) -> str:
    """``finger``'s name in the interface language, e.g. "Right index" in English."""
    return FingerNames().name(Finger(int(finger)))
