"""The credential half of ``cardio`` loads no PC/SC: the centre verifies credentials with it,
and a server has no card reader (nor, often, the PC/SC library)."""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(code: str) -> list[str]:
    """The ``smartcard`` modules loaded by ``code`` in a fresh interpreter."""
    probe = code + "\nimport json, sys\n" \
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'smartcard')))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_credential_modules_load_no_pcsc() -> None:
    loaded = _modules_after("import cardio, cardio.cose, cardio.credential, cardio.verify, "
                            "cardio.revocation, cardio.pki\n"
                            "from cardio import verify, load_revocation_list, Claims")
    assert loaded == []


def test_issuing_and_reading_take_a_channel_and_load_no_pcsc() -> None:
    assert _modules_after("from cardio import issue_card, read_card, verify_card, IssuedCard\n"
                          "import cardio.card, cardio.profile, cardio.sealing") == []


def test_the_reader_names_load_pcsc_when_used() -> None:
    # the public names stay where tests and the station import them from
    loaded = _modules_after("from cardio import session, list_readers, CardEvents, ApduTrace")
    assert "smartcard.scard" in loaded


def test_the_central_registry_verifies_credentials_without_pcsc() -> None:
    # the centre learns card signers through cardio.credential (no copy of COSE of its own)
    assert _modules_after("import sync.central.app, sync.central.signers") == []
