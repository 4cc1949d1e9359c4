"""The matcher's exceptions: one base, a few specific kinds that carry what went wrong."""

from __future__ import annotations


class MatcherError(Exception):
    """Base of every error the matcher raises; its message is one plain sentence."""


class UnsupportedImage(MatcherError):
    """The file or array cannot be decoded as a grayscale image."""


class NotAFingerprint(MatcherError):
    """The image decodes, but holds no usable fingerprint (blank, noise, a photo...)."""

    def __init__(self, message: str, *, foreground_fraction: float | None = None) -> None:
        super().__init__(message)
        self.foreground_fraction = foreground_fraction


class InvalidTemplate(MatcherError):
    """A template record failed validation (bad header, length, count or field value)."""
