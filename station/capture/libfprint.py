"""Real USB fingerprint scanners through libfprint (GObject introspection ``FPrint`` 2.0).

libfprint drives most USB scanners sold for Linux; its image devices return a grey image we
hand to the matcher, so the station never depends on a vendor SDK. The ``virtual_image``
driver (environment variable ``FP_VIRTUAL_IMAGE`` = a Unix socket path) stands in for a
scanner in tests: whatever image is written to the socket is the next capture.

PyGObject (``gi``) comes from Debian (``python3-gi``, ``gir1.2-fprint-2.0``); when the
station's virtual environment has no ``gi`` of its own, the Debian one is used if it exists
(same CPython 3.11 ABI). No Qt here.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np

from station.capture.base import CaptureFailed, Finger, GreyImage, Scanner, ScannerUnavailable

DEBIAN_DIST_PACKAGES = Path("/usr/lib/python3/dist-packages")


def load_fprint() -> Any:
    """``gi.repository.FPrint``, or :class:`ScannerUnavailable` saying what is missing."""
    try:
        gi = importlib.import_module("gi")
    except ImportError:
        if not (DEBIAN_DIST_PACKAGES / "gi").is_dir():
            raise ScannerUnavailable("libfprint", "PyGObject is not installed (Debian package "
                                     "python3-gi)") from None
        sys.path.append(str(DEBIAN_DIST_PACKAGES))
        try:
            gi = importlib.import_module("gi")
        finally:
            sys.path.remove(str(DEBIAN_DIST_PACKAGES))
    try:
        gi.require_version("FPrint", "2.0")
        return importlib.import_module("gi.repository.FPrint")
    except (ValueError, ImportError):
        raise ScannerUnavailable("libfprint", "libfprint's introspection data is not "
                                 "installed (Debian package gir1.2-fprint-2.0)") from None


class LibfprintScanner(Scanner):
    """The first libfprint device that can capture images (or the one named ``driver``).

    Captures block until a finger is placed (``wait_for_finger``); the GUI calls them from a
    worker thread. One capture at a time per device.
    """

    def __init__(self, driver: str | None = None) -> None:
        self.driver = driver
        self.name = f"libfprint: {driver or 'first image device'}"
        self._device: Any = None
        self._lock = threading.Lock()

    def _find(self) -> Any:
        fprint = load_fprint()
        context = fprint.Context()
        for device in context.get_devices():
            if self.driver is not None and device.get_driver() != self.driver:
                continue
            if device.has_feature(fprint.DeviceFeature.CAPTURE):
                self.name = f"libfprint: {device.get_name()}"
                return device
        wanted = f"driver {self.driver!r}" if self.driver else "an image-capable device"
        raise ScannerUnavailable("libfprint", f"no {wanted} is connected")

    def available(self) -> bool:
        try:
            self._find()
        except ScannerUnavailable:
            return False
        return True

    def capture(self, finger: Finger) -> GreyImage:
        """Wait for a finger on the device and return the image it took."""
        with self._lock:
            if self._device is None:
                device = self._find()
                try:
                    device.open_sync(None)
                except Exception as err:  # GLib.Error: busy, permission, unplugged
                    raise ScannerUnavailable(self.name, _gerror(err)) from None
                self._device = device
            try:
                image = self._device.capture_sync(True, None)
            except Exception as err:
                raise CaptureFailed(finger, _gerror(err)) from None
            return _to_array(image)

    def close(self) -> None:
        with self._lock:
            if self._device is not None:
                with contextlib.suppress(Exception):  # already gone: nothing to release
                    self._device.close_sync(None)
                self._device = None


def _to_array(image: Any) -> GreyImage:
    width, height = int(image.get_width()), int(image.get_height())
    data = image.get_data()
    raw = bytes(data) if not isinstance(data, bytes | bytearray) else data
    if len(raw) < width * height:
        raise CaptureFailed(Finger.RIGHT_INDEX, "the scanner returned a truncated image")
    return np.frombuffer(raw, dtype=np.uint8, count=width * height).reshape(height, width).copy()


def _gerror(err: Exception) -> str:
    message = getattr(err, "message", None) or str(err)
    return str(message).splitlines()[0] if message else type(err).__name__
