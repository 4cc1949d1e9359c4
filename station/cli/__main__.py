"""``python -m station.cli`` runs the ``sws`` command (used by tests that need a subprocess)."""

import sys

from station.cli import main

sys.exit(main())
