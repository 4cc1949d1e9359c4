"""The virtual card: the profile's application spoken to vsmartcard's vpcd over TCP.

Run it as ``python -m cardio.virtual --state FILE [--port 35963]``; see ``__main__.py``.
"""

from cardio.virtual.card import VirtualCard
from cardio.virtual.link import Faults, make_atr, serve
from cardio.virtual.state import CardState

__all__ = ["CardState", "Faults", "VirtualCard", "make_atr", "serve"]
